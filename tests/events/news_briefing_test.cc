// Briefing someone is talking to him: "X briefs Y at the palace", "flew
// to Z to brief Y". Only a person as the object: "briefed reporters" and
// "was briefed on the talks" name no one; "a brief statement" is no verb.
// A clause told "in a call" is a call, dated by the call's time.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsBriefing, BriefingAPersonIsTalks) {
  Doc d("Ruiz briefed Okafor at the palace on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");

  Doc p("Ruiz will travel to Norland on Friday to brief Okafor.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-22");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(p.Names(ep[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ep[0].status, EventStatus::kPlanned);
}

// "X spoke with Y in a phone call on Monday": the call the clause happened
// in names its form, and its time dates the clause's event.
TEST(NewsBriefing, InACallIsACallOnItsDay) {
  for (const char* text : {"Ruiz briefed Okafor in a call on Monday.",
                           "Ruiz spoke with Okafor in a phone call on Monday."}) {
    Doc d(text);
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(ev[0].type, "call") << text;
    EXPECT_EQ(ev[0].date, "2025-08-18") << text;
  }
}

TEST(NewsBriefing, NoPersonBriefedIsNoInteraction) {
  Doc r("Ruiz briefed reporters in Lagos on Monday.");
  r.M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  EXPECT_TRUE(r.Interactions().empty());
  Doc s("Ruiz gave a brief statement to Okafor on Monday.");
  s.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(s.Interactions().empty());
}

}  // namespace
}  // namespace eg
