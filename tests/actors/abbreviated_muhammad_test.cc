// "Md. Touhid Hossain", "Mohd. Najib Razak": Muhammad abbreviated is an
// honorific (titles.tsv) before the person's name, as "Mr." is.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg::testing {
namespace {

TEST(AbbreviatedMuhammad, IsAnHonorificBeforeTheName) {
  auto g = ShippedGazetteer();
  auto f = Find(*g, "Dar held talks with Foreign Affairs Adviser Md. Touhid Hossain in Dhaka.",
                "2025-08-25");
  EXPECT_TRUE(f->HasPerson("Touhid Hossain"));
  EXPECT_FALSE(f->HasPerson("Md"));
}

}  // namespace
}  // namespace eg::testing
