// Given names of the shipped list that open a name owned by a region or a
// company the gazetteer does not know: there only a known given name makes
// the owned name a person's.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::Has;

TEST(OwnedGivenNames, AGivenNameOpensANameOwnedByARegionOrAFirm) {
  auto g = testing::ShippedGazetteer();
  auto a = Find(*g, "He held talks with Ohio's Gretchen Tallis on Monday.", "2025-06-03");
  EXPECT_TRUE(Has(a->Persons(), "Gretchen Tallis"));
  auto b = Find(*g, "Lunch guests included Vextra's Jensen Kolb and a banker.", "2025-06-03");
  EXPECT_TRUE(Has(b->Persons(), "Jensen Kolb"));
  auto c = Find(*g, "Guests included Sorvex's Mick Tallis.", "2025-06-03");
  EXPECT_TRUE(Has(c->Persons(), "Mick Tallis"));
  auto d = Find(*g, "He met Osaka's Noboru Tallis on Monday.", "2025-06-03");
  EXPECT_TRUE(Has(d->Persons(), "Noboru Tallis"));
}

}  // namespace
}  // namespace eg
