// "instead" between a subject and its verb names another course taken,
// not another actor: "X and Y are instead expected to see each other in
// June" is their plan, as without the adverb.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsInsteadAdverb, InsteadBetweenSubjectAndVerbKeepsTheSubject) {
  Doc d("Ruiz did not attend. Ruiz and Okafor are instead expected to see each other at the "
        "Bank of Settlements' annual meeting in Geneva at the end of June.");
  d.M("Ruiz", "Ana Ruiz").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor")
      .T("the end of June", "2025-06");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

}  // namespace
}  // namespace eg
