// "spoke with the CEO of Acme, X": an office written in capitals or
// initials, its "of" complement, then the holder's name in apposition. The
// holder takes part, as after "the chief executive of Acme, X".
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCapitalOfficeApposition, TheHolderAfterTheComplementTakesPart) {
  Doc d("Ruiz spoke with the CEO of Norvale, Ben Okafor, on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
