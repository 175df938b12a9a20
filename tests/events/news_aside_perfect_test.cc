// "X did, however, speak with Y by phone on Tuesday": a conjunctive adverb
// set off by commas is no appositive (the subject lies before it) and no
// clause boundary (the auxiliary before it tells the tense: the weekday is
// the past one, not the coming one of a futurate present). "Having spoken
// with Y on Tuesday, X said": a perfect participle tells the past too.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsAsidePerfect, AConjunctiveAsideKeepsSubjectAndTense) {
  Doc d("Ruiz did, however, speak with Okafor by phone on Tuesday to convey her regrets.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsAsidePerfect, APerfectParticipleIsPast) {
  Doc d("Having spoken with Okafor on Tuesday, Ruiz said she was hopeful.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

}  // namespace
}  // namespace eg
