// "Md. Touhid Hossain", "Mohd. Najib Razak": an abbreviated given name
// (given_names.txt) and its full stop open a person's name, as an initial
// does.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg::testing {
namespace {

TEST(AbbreviatedGivenName, OpensTheName) {
  auto g = ShippedGazetteer();
  auto f = Find(*g, "Dar held talks with Foreign Affairs Adviser Md. Touhid Hossain in Dhaka.",
                "2025-08-25");
  EXPECT_TRUE(f->HasPerson("Md. Touhid Hossain"));
  EXPECT_FALSE(f->HasPerson("Md"));
}

}  // namespace
}  // namespace eg::testing
