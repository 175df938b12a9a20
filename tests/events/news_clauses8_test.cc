// Clauses of wire news found on unlabeled text, eighth round: appealing to
// someone as the purpose of a journey there is meeting them.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsClauses8, AJourneyToAppealToSomeoneIsAMeeting) {
  Doc d("Mayor Ruiz, accompanied by a lawyer, flew to Norland on Monday to appeal directly to "
        "Okafor.");
  d.M("Mayor Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
  // "plead with", "lobby" as the purpose of travel too; a future journey is planned.
  Doc p("Ruiz will travel to Norland on Monday to plead with Okafor.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-25");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(p.Names(ep[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ep[0].status, EventStatus::kPlanned);
}

TEST(NewsClauses8, AnAppealWithoutAJourneyIsNoInteraction) {
  // A plea in public, or in writing: no one is said to have met.
  Doc d("Ruiz appealed directly to Okafor on Monday to release the prisoners.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
  Doc w("Ruiz wrote to the court on Monday to appeal to Okafor.");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(w.Interactions().empty());
  // Appealing a ruling is no dealing with a person.
  Doc r("Ruiz flew to Norland to appeal the ruling of the court.");
  r.M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(r.Interactions().empty());
}

}  // namespace
}  // namespace eg
