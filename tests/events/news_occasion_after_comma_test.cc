// "X and Y agreed on Tuesday to set up a panel, in a meeting at the palace":
// an event noun heading "in" right after a comma at the clause's tail is
// the occasion on which the clause's predicate took place. A proposal in
// the predicate's complement ("to set up") is not the occasion's status.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsOccasionAfterComma, AMeetingAfterTheAgreementTookPlace) {
  Doc d("Ana Ruiz and Ben Okafor agreed on Tuesday to set up a joint border panel, in a meeting "
        "at the palace that both sides called warm.",
        "2025-09-04");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Tuesday", "2025-09-02");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  EXPECT_EQ(ev[0].date, "2025-09-02");
}

TEST(NewsOccasionAfterComma, AFutureAuxiliaryStillPlansIt) {
  Doc f("Ana Ruiz and Ben Okafor will agree on Friday to extend the truce, in a meeting at the "
        "palace.",
        "2025-09-04");
  f.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Friday", "2025-09-05");
  auto fv = f.Interactions();
  ASSERT_EQ(fv.size(), 1u);
  EXPECT_EQ(fv[0].status, EventStatus::kPlanned);
}

TEST(NewsOccasionAfterComma, WithoutTheCommaTheNounIsTheComplements) {
  // What they agreed to set up: a meeting to come.
  Doc p("Ana Ruiz and Ben Okafor agreed on Tuesday to set up a meeting in a month.",
        "2025-09-04");
  p.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Tuesday", "2025-09-02");
  for (const auto& m : p.Run()) EXPECT_NE(m.status, EventStatus::kOccurred);
}

}  // namespace
}  // namespace eg
