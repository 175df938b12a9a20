// A year inside a "pre-"/"post-" adjective ("pre-1967 borders", "the
// post-1989 order"): TimeML tags the adjective, valued as the year, even
// before a plural noun that would make a bare number a count. Publication
// date Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(PrePostYear, YearInAPrefixedAdjective) {
  EXPECT_EQ(Show("The talks start from the pre-1948 boundaries."), "pre-1948=DATE:1948");
  EXPECT_EQ(Show("Historians study the post-1989 reforms."), "post-1989=DATE:1989");
  // A year that needs no help keeps its prefix too.
  EXPECT_EQ(Show("The post-2008 slump hurt exporters."), "post-2008=DATE:2008");
}

TEST(PrePostYear, CountsStayCounts) {
  // Without the prefix a number before a plural noun is a count.
  EXPECT_EQ(Show("The club sold 1948 tickets."), "");
}

}  // namespace
}  // namespace eg::testing
