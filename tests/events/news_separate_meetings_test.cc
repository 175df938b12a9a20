// "X held separate meetings with A and B": one meeting of X with each, none
// of A with B.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSeparateMeetings, OneMeetingWithEach) {
  Doc d("On Monday, Ana Ruiz held separate meetings with Tom Berg and Ben Okafor in Varna.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  d.T("Monday", "2025-08-18");
  std::set<Names> pairs;
  for (const auto& e : d.Interactions()) pairs.insert(d.Names(e));
  EXPECT_EQ(pairs, (std::set<Names>{{"Ana Ruiz", "Tom Berg"}, {"Ana Ruiz", "Ben Okafor"}}));
}

TEST(NewsSeparateMeetings, TheObjectsAloneDidNotMeet) {
  // The subject is not found: A and B are no pair.
  Doc d("Officials said separate talks with Tom Berg and Ben Okafor were held on Monday.");
  d.M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
}

// "held talks with A and with B": the "with" said again tells two
// encounters; without it the list is one meeting of the three.
TEST(NewsSeparateMeetings, RepeatedWithTellsTwoEncounters) {
  Doc d("On Monday, Ana Ruiz held talks with Tom Berg and with Ben Okafor in Varna.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  std::set<Names> pairs;
  for (const auto& e : ev) pairs.insert(d.Names(e));
  EXPECT_EQ(pairs, (std::set<Names>{{"Ana Ruiz", "Tom Berg"}, {"Ana Ruiz", "Ben Okafor"}}));
  // An aside between the two: "with A, thanking him for ..., and with B".
  Doc a("On Monday, Ana Ruiz held talks with Tom Berg, thanking him for the invitation, "
        "and with Ben Okafor.");
  a.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  a.T("Monday", "2025-08-18");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 2u);
  pairs.clear();
  for (const auto& e : ea) pairs.insert(a.Names(e));
  EXPECT_EQ(pairs, (std::set<Names>{{"Ana Ruiz", "Tom Berg"}, {"Ana Ruiz", "Ben Okafor"}}));
  // The one time of the clause dates both.
  for (const auto& e : ea) EXPECT_EQ(e.date, "2025-08-18");
  // One "with": one session of the three.
  Doc o("On Monday, Ana Ruiz held talks with Tom Berg and Ben Okafor in Varna.");
  o.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  o.T("Monday", "2025-08-18");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(eo[0].participants.size(), 3u);
  // "together" keeps them one meeting.
  Doc t("On Monday, Ana Ruiz held talks together with Tom Berg and with Ben Okafor.");
  t.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  t.T("Monday", "2025-08-18");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
}

}  // namespace
}  // namespace eg
