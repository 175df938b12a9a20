// "X met Y at the palace, accompanied by Z": one meeting of the three, not
// one of X with Y and another of X with Z.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCompanionsAfterObject, OneMeetingOfAll) {
  Doc d("Ana Ruiz met Tom Berg at the palace on Monday, accompanied by Ben Okafor.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").M("Ben Okafor", "Ben Okafor");
  d.Country("Ana Ruiz", "AA").Country("Tom Berg", "BB").Country("Ben Okafor", "AA");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tom Berg", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
