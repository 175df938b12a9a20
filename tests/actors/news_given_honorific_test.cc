// An honorific and a given name ("Sheikh Khalid") after two persons of that
// given name named in full: the one named with the same honorific.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsGivenHonorific, TheSameHonorificTellsTwoNamesakesApart) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "Crown Prince Khalid bin Nayef al-Rashid arrived on Monday. Foreign Minister "
                "Sheikh Khalid bin Hamad Al Mansoori met him. Sheikh Khalid later flew home.",
                "2025-05-14");
  EXPECT_EQ(f->EntityOf("Sheikh Khalid"), "Khalid bin Hamad Al Mansoori");
  auto p = Find(*g,
                "Crown Prince Khalid bin Nayef al-Rashid arrived on Monday. Foreign Minister "
                "Sheikh Khalid bin Hamad Al Mansoori met him. Prince Khalid later flew home.",
                "2025-05-14");
  EXPECT_EQ(p->EntityOf("Prince Khalid"), "Khalid bin Nayef al-Rashid");
}

}  // namespace
}  // namespace eg
