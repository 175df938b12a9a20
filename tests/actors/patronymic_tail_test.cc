// "Prince Faisal bin Farhan bin Abdullah", "Mohammed bin Salman bin
// Abdulaziz Al Saud": a known name followed by the father's (and the
// family's) names is one mention of the known person, not the known name
// and a stray remainder; other words after a known name still end it.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg::testing {
namespace {

TEST(PatronymicTail, FathersNamesBelongToTheKnownPersonsMention) {
  auto g = ShippedGazetteer();
  auto f = Find(*g,
                "Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, met Rubio.",
                "2025-05-14");
  EXPECT_EQ(f->EntityOf("Prince Faisal bin Farhan bin Abdullah"), "Faisal bin Farhan");
  auto m = Find(*g, "Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud received Trump.",
                "2025-05-14");
  EXPECT_EQ(m->EntityOf("Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud"),
            "Mohammed bin Salman");
  EXPECT_EQ(m->Persons().size(), 2u);  // and Trump: no person "Abdulaziz Al Saud"
}

}  // namespace
}  // namespace eg::testing
