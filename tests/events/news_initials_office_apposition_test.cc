// "called our DGMO, Lieutenant General X": an office known by its initials
// (no actor stands for it) after a determiner, then its holder in
// apposition, who takes part; not when the name is the sentence's speaker.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsInitialsOfficeApposition, TheHolderAfterTheInitialsTakesPart) {
  Doc d("Tom Berg called our DGMO, Lieutenant General Ana Ruiz, on Monday.");
  d.M("Tom Berg", "Tom Berg").M("Lieutenant General Ana Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Tom Berg", "Ana Ruiz"}));
}

TEST(NewsInitialsOfficeApposition, TheSpeakerAfterTheInitialsDoesNot) {
  Doc d("Tom Berg met the NSA, Ana Ruiz said on Monday.");
  d.M("Tom Berg", "Tom Berg").M("Ana Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
