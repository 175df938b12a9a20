// "X, who heads the Support Mission in Norland (SMN), held talks with Y": a
// short bracketed abbreviation inside an appositive between commas does not
// cut the subject off from its verb.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsBracketedAppositive, TheSubjectReachesPastTheBrackets) {
  Doc d("Ruiz, a diplomat who heads the Support Mission in Norland (SMN), held talks with "
        "Okafor on Tuesday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-26");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
