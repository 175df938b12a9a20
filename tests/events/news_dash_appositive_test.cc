// "X and Y — the current president's father — met in Paris": an
// appositive set off by dashes between the subject and its verb.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsDashAppositive, TheSubjectBeforeADashedAppositiveActs) {
  Doc d("In April 2001, Ruiz and Okafor \xE2\x80\x94 the current president's father \xE2\x80\x94 "
        "met in Paris.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("April 2001", "2001-04");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2001-04");
  Doc o("Ruiz \xE2\x80\x93 his longtime rival \xE2\x80\x93 met Okafor on Monday.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(o.Names(eo[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsDashAppositive, NoNameBeforeTheFirstDashNoSubject) {
  Doc d("The talks \xE2\x80\x94 long delayed \xE2\x80\x94 met resistance from Okafor.");
  d.M("Okafor", "Ben Okafor");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
