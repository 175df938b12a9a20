// "hosted the Harbour City Hawks, led by coach X": a body's capitalised
// name that no actor stands for, then ", led by" a person: the body is met
// in him, as "a team led by X" is.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsNamedBodyLedBy, TheLeaderOfAnUnknownBodyTakesPart) {
  Doc d("On Monday, Ruiz hosted the champion Harbour City Hawks, led by coach Okafor, in the hall.");
  d.M("Ruiz", "Ana Ruiz").M("coach Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

}  // namespace
}  // namespace eg
