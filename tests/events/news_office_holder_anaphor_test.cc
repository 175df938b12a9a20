// "The Norland envoy for Valdoria, Ana Ruiz, arrived. The envoy also met Y":
// a bare office as a subject, lower case too, is the one person the story
// named with it, in apposition after it as well as before the name.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOfficeHolderAnaphor, TheOfficeNamedInAppositionEarlier) {
  Doc d("The Norland envoy for Valdoria, Ana Ruiz, arrived on Sunday. The envoy also met Okafor "
        "on Monday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-25");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
