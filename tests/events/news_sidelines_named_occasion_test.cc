// "Y spoke at a farewell dinner on Tuesday evening ... X met Z on the
// sidelines of the dinner": the occasion the noun names is dated where the
// story told it, though it was no interaction of its own.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSidelinesNamedOccasion, TheNamedOccasionsOwnTimeDatesTheSidelines) {
  Doc d("Ana Ruiz won the vote on Thursday. Ben Okafor spoke at a farewell dinner on "
        "Tuesday evening. Carl Diaz met Ruiz briefly on the sidelines of the dinner, aides said.",
        "2025-08-22");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Diaz", "Carl Diaz")
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .T("Thursday", "2025-08-21").T("Tuesday evening", "2025-08-19TEV");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Carl Diaz"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
}

}  // namespace
}  // namespace eg
