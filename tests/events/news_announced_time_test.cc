// "The summit was announced two days later": the time after the passive
// verb of announcing dates the announcement, not the event the noun names.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsAnnouncedTime, TheAnnouncementsTimeDoesNotDateTheMeeting) {
  Doc d("The meeting between Ruiz and Okafor was announced on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "");
}

TEST(NewsAnnouncedTime, AMeetingHeldOnADayKeepsIt) {
  Doc d("The meeting between Ruiz and Okafor was held on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-05-16");
}

TEST(NewsAnnouncedTime, TheDayItIsConfirmedForIsItsOwn) {
  Doc d("The meeting between Ruiz and Okafor was confirmed for Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-05-16");
}

}  // namespace
}  // namespace eg
