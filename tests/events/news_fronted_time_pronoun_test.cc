// "A month after Ruiz's announcement, Secretary Berg flew to Vessa, where
// he met Lim": a sentence opened by a time phrase speaks of the subject
// after its comma; "he" is Berg, not the owner inside the fronted phrase
// (ResolveSingular).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsFrontedTimePronoun, HeIsTheSubjectAfterAFrontedTime) {
  Doc d("A month after Ruiz's announcement, Secretary Kai Berg flew to Vessa, where he met "
        "Foreign Minister Dora Lim on Tuesday.");
  d.M("Ruiz", "Ana Ruiz").M("Secretary Kai Berg", "Kai Berg")
      .M("Foreign Minister Dora Lim", "Dora Lim")
      .T("A month", "P1M", 0, TimexType::kDuration).T("Tuesday", "2025-10-14");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Kai Berg", "Dora Lim"}));
}

}  // namespace
}  // namespace eg
