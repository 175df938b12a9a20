// A participle clause of time ("after receiving assurances", "while
// touring the port") has no subject of its own: it shares the main
// clause's, who is a party of the interaction named inside it ("... in a
// phone call with Y").
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSharedSubject, TheMainSubjectTakesPartInTheParticiplesCall) {
  Doc d("Norland's Ana Ruiz lifted her veto on Wednesday after receiving assurances on prices "
        "in a phone call with Okafor.");
  d.M("Norland", "Norland", ActorKind::kCountry).M("Ana Ruiz", "Ana Ruiz");
  d.M("Okafor", "Ben Okafor").T("Wednesday", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc w("Ruiz changed course while touring the port during talks with Okafor.");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ew = w.Interactions();
  ASSERT_EQ(ew.size(), 1u);
  EXPECT_EQ(w.Names(ew[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsSharedSubject, AClauseWithItsOwnSubjectOrObjectKeepsIt) {
  // The "after" clause has a subject of its own: Ruiz is no party.
  Doc d("Ruiz lifted her veto after Lee won assurances in a phone call with Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Lee", "Kim Lee").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Kim Lee", "Ben Okafor"}));
  // A participle with a named object: that reading is another's.
  Doc o("Ruiz relented after hearing Lee in a call with Okafor.");
  o.M("Ruiz", "Ana Ruiz").M("Lee", "Kim Lee").M("Okafor", "Ben Okafor");
  for (const auto& e : o.Interactions()) EXPECT_FALSE(o.Names(e).count("Ana Ruiz"));
}

}  // namespace
}  // namespace eg
