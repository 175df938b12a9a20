// "X, who has met Y twice, said on Monday ...": a perfect in a relative
// clause on a person is background to the main clause; the main clause's
// time does not date it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsPerfectRelative, MainClauseTimeDoesNotDateIt) {
  Doc d("Ana Ruiz, who has met Ben Okafor several times, said on Monday that the border "
        "would reopen.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "");
  Doc f("On Monday, Ana Ruiz, who has already spoken with Ben Okafor, flew to Rome.");
  f.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto fv = f.Interactions();
  ASSERT_EQ(fv.size(), 1u);
  EXPECT_EQ(fv[0].date, "");
}

TEST(NewsPerfectRelative, ItsOwnTimeStays) {
  Doc d("Ana Ruiz, who had met Ben Okafor on Sunday, said on Monday that the talks went well.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("Sunday", "2025-08-17").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-17");
}

}  // namespace
}  // namespace eg
