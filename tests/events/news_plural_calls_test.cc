// "X held calls on Wednesday with A, B and C": calls in the plural are one
// call of X with each, not one call of all (SeparateMeetingsWith).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPluralCalls, OneCallWithEach) {
  Doc d("Ruiz held calls on Wednesday with Ben Okafor, Carl Dunn and Dora Lim.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Dunn", "Carl Dunn")
      .M("Dora Lim", "Dora Lim").T("Wednesday", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  std::set<Names> got;
  for (const auto& e : ev) got.insert(d.Names(e));
  EXPECT_EQ(got, (std::set<Names>{{"Ana Ruiz", "Ben Okafor"},
                                  {"Ana Ruiz", "Carl Dunn"},
                                  {"Ana Ruiz", "Dora Lim"}}));
}

TEST(NewsPluralCalls, ACallInTheSingularIsOne) {
  Doc d("Ruiz held a call on Wednesday with Ben Okafor, Carl Dunn and Dora Lim.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Dunn", "Carl Dunn")
      .M("Dora Lim", "Dora Lim").T("Wednesday", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carl Dunn", "Dora Lim"}));
}

}  // namespace
}  // namespace eg
