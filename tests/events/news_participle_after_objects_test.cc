// "X toured A, B and C, meeting Y": a participle after the first verb's
// objects has the clause's subject, not the objects before its comma.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsParticipleAfterObjects, TheClauseSubjectMeets) {
  Doc d("Ruiz toured Norland, Valdoria and Sudovia, meeting Okafor on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  d.M("Norland", "Norland", ActorKind::kCountry).M("Valdoria", "Valdoria", ActorKind::kCountry);
  d.M("Sudovia", "Sudovia", ActorKind::kCountry);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
