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

}  // namespace
}  // namespace eg
