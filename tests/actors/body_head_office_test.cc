// "The Secretary-General spoke with ...": the head of an international
// body named by the office alone is the holder of that office in the body
// the story names (StoryHolder), not anyone when it names none.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(BodyHeadOffice, TheSecretaryGeneralOfTheBodyTheStoryNames) {
  auto g = testing::ShippedGazetteer();
  auto un = Find(*g,
                 "The United Nations said its staff had left the port. The Secretary-General "
                 "spoke by telephone with the foreign minister on Monday.",
                 "2025-05-06");
  EXPECT_EQ(un->EntityOf("The Secretary-General"), "António Guterres");
  auto nato = Find(*g,
                   "NATO allies met in Brussels. The Secretary-General spoke by telephone with "
                   "the foreign minister on Monday.",
                   "2025-05-06");
  EXPECT_EQ(nato->EntityOf("The Secretary-General"), "Mark Rutte");
  auto none = Find(*g, "The Secretary-General spoke by telephone with the minister on Monday.",
                   "2025-05-06");
  EXPECT_EQ(none->EntityOf("The Secretary-General"), "");
}

}  // namespace
}  // namespace eg
