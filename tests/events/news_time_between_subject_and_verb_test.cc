// A time between a subject and its verb ("X on Tuesday called on Y", "X
// last week met Y") leaves the subject the verb's: wire copy puts the day
// there, before verbs that take a place after their object as much as
// before any other.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsTimeBetweenSubjectAndVerb, TheSubjectBeforeTheTimeActs) {
  Doc a("Ruiz on Tuesday called on Okafor at the presidential palace.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(a.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");

  Doc b("Ruiz last week joined Okafor at a rally in Lagos.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("last week", "2025-W33");
  ev = b.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(b.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsTimeBetweenSubjectAndVerb, TimeSpentDoingItStillReadsAsBefore) {
  Doc a("Ruiz spent two days in Madrid last week negotiating with Okafor.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("last week", "2025-W33");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(a.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
