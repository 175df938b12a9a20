// "X met A on Wednesday, then sat down with B": ", then" chains a second
// verb to the subject of the first, on the same occasion; the time of the
// first conjunct is its own. An appositive "X, then chairman, met Y" is no
// chain.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCommaThen, ASecondVerbSharesTheSubjectAndTheDay) {
  Doc d("Ruiz met Okafor on Wednesday, then sat down with Lee.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").T("Wednesday", "2025-03-26");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) EXPECT_EQ(e.date, "2025-03-26") << e.Text();
  std::set<Names> pairs;
  for (const auto& e : ev) pairs.insert(d.Names(e));
  EXPECT_EQ(pairs, (std::set<Names>{{"Ana Ruiz", "Ben Okafor"}, {"Ana Ruiz", "Kim Lee"}}));
}

TEST(NewsCommaThen, AnAppositiveThenChainsNothing) {
  Doc d("Ruiz, then chairman, met Okafor on Wednesday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Wednesday", "2025-03-26");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
