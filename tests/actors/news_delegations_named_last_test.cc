// "talks between the Norwegian and Taliban delegations": a name closing a
// list of country adjectives before a delegation noun is read as itself;
// the adjectives before it still stand for their countries.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsDelegationsNamedLast, TheAdjectiveBeforeANamedBodyIsItsCountry) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g, "Talks between Norwegian and Taliban delegations resumed in Oslo on Monday.",
                "2025-05-14");
  EXPECT_EQ(f->EntityOf("Norwegian"), "Norway");
  auto t = Find(*g, "Talks between the Turkish and Kurdish Workers Front delegations resumed.",
                "2025-05-14");
  EXPECT_EQ(t->EntityOf("Turkish"), "Turkey");
  // Adjectives alone before the noun: the last one takes it, as before.
  auto r = Find(*g, "Talks between the Norwegian and Turkish delegations resumed.", "2025-05-14");
  EXPECT_EQ(r->EntityOf("Norwegian"), "Norway");
  EXPECT_EQ(r->EntityOf("Turkish delegations"), "Turkey");
}

}  // namespace
}  // namespace eg
