// A surname two persons of a document share is the one named last before
// it, unless that one was named as a relative in passing ("the son of
// ..."): then the story's own person named before. (The shipped
// gazetteer: its given names and kin nouns.)
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg::testing {
namespace {

TEST(SurnameOfKinNamedInPassing, TheStorysPersonNotTheRelative) {
  auto g = ShippedGazetteer();
  auto f = Find(*g,
                "Ana Maria Okafor, the opposition leader, died on Wednesday. Born in 1950, the "
                "daughter of Benedict Chukwu Okafor, a judge, she studied law in Lagos. Okafor "
                "later led the party for two decades.",
                "2025-08-20");
  EXPECT_EQ(f->EntityOf("Okafor"), "Ana Maria Okafor");
}

TEST(SurnameOfKinNamedInPassing, ATitledRelativeIsNotInPassing) {
  auto g = ShippedGazetteer();
  auto f = Find(*g,
                "Ana Maria Okafor, the widow of former President Benedict Chukwu Okafor, met "
                "the envoy on Wednesday. Okafor was president for two decades.",
                "2025-08-20");
  EXPECT_EQ(f->EntityOf("Okafor"), "Benedict Chukwu Okafor");
}

TEST(SurnameOfKinNamedInPassing, OtherwiseTheOneNamedLast) {
  auto g = ShippedGazetteer();
  auto f = Find(*g,
                "Ana Maria Okafor, the opposition leader, met Benedict Chukwu Okafor on "
                "Wednesday. Okafor later led the party for two decades.",
                "2025-08-20");
  EXPECT_EQ(f->EntityOf("Okafor"), "Benedict Chukwu Okafor");
}

}  // namespace
}  // namespace eg::testing
