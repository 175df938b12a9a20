// "X met Y, together with Z" / ", along with Z": Z was at the meeting too.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsTogetherWith, ACompanionAfterACommaTakesPart) {
  Doc d("Ruiz met Okafor, together with Lee, on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kim Lee"}));
  // The object unnamed: the companion and the subject met it together.
  Doc u("Ruiz met the Norland delegation, along with Lee, on Friday.");
  u.M("Ruiz", "Ana Ruiz").M("Lee", "Kim Lee").T("Friday", "2025-08-15");
  auto eu = u.Interactions();
  ASSERT_EQ(eu.size(), 1u);
  EXPECT_EQ(u.Names(eu[0]), (Names{"Ana Ruiz", "Kim Lee"}));
}

TEST(NewsTogetherWith, AnotherClauseAfterTheCommaAddsNoOne) {
  Doc d("Ruiz met Okafor on Friday, and Lee said nothing.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
