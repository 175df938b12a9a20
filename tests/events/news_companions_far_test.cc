// "X and Y met for about four and a half hours at the palace on Tuesday,
// joined by Z": a time expression is one step of the search for the
// participants after the verb, however many words it has.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCompanionsFar, ATimeExpressionIsOneStep) {
  Doc d("Ruiz and Lee met for about four and a half hours at the Vella royal palace on "
        "Tuesday, joined by Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Lee", "Kim Lee").M("Okafor", "Ben Okafor");
  d.T("about four and a half hours", "PT4.5H", 0, TimexType::kDuration).T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Kim Lee", "Ben Okafor"}));
}

TEST(NewsCompanionsFar, TheSearchStillEnds) {
  // As many words without a time expression end the search before Okafor.
  Doc d("Ruiz and Lee met for a long and rather tense and very difficult round at the Vella "
        "royal palace in the capital, joined by Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Lee", "Kim Lee").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Kim Lee"}));
}

}  // namespace
}  // namespace eg
