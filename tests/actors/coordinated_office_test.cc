// A name in apposition after two offices joined by "and": the owner or the
// determiner stands before the first office, beyond the eight words the
// apposition cue looks back over for a single office.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::Has;

TEST(CoordinatedOffice, ANameAfterTwoOfficesJoinedByAndIsAPersons) {
  auto g = testing::ShippedGazetteer();
  auto a = Find(*g,
                "Ghana's Minister of Trade and Coordinating Minister of Industry, Tunde Obiakor, "
                "led the delegation.",
                "2025-06-03");
  EXPECT_TRUE(Has(a->Persons(), "Tunde Obiakor"));
  auto b = Find(*g,
                "The minister of energy and acting minister of mines, Tunde Obiakor, arrived.",
                "2025-06-03");
  EXPECT_TRUE(Has(b->Persons(), "Tunde Obiakor"));
  // No owner or determiner before the first office: nothing says whose
  // name follows.
  auto c = Find(*g, "Trade and Coordinating Minister of Industry, Tunde Obiakor, arrived.",
                "2025-06-03");
  EXPECT_FALSE(Has(c->Persons(), "Tunde Obiakor"));
}

}  // namespace
}  // namespace eg
