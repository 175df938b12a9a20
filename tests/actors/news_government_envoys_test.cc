// "the Venezuelan government", "U.S. envoys", "Iranian diplomats": a
// government, or envoys and diplomats, named by a country's adjective act
// for the country as its delegation does (delegation_nouns.txt).
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsGovernmentEnvoys, AGovernmentOrEnvoysOfACountryAdjectiveAreTheCountry) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g, "Ana Ruiz held talks with the Venezuelan government in Doha on Monday.",
                "2025-03-04");
  EXPECT_EQ(f->EntityOf("Venezuelan government"), "Venezuela");
  auto e = Find(*g, "Russian envoys met Iranian diplomats in Muscat.", "2025-03-04");
  EXPECT_EQ(e->EntityOf("Russian envoys"), "Russia");
  EXPECT_EQ(e->EntityOf("Iranian diplomats"), "Iran");
}

}  // namespace
}  // namespace eg
