// When interactions happened, as news tells it: a fronted time dates the
// event noun a hosting verb governs.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsWhen, AFrontedTimeDatesTheEventAHostingVerbGoverns) {
  // "hosted" has no party received: it names no interaction of its own.
  Doc d("On Tuesday, Mayor Ruiz hosted a video conference with Okafor from her office.");
  d.M("Mayor Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  // A hosting verb with a guest still takes the time itself.
  Doc g("On Tuesday, Ruiz hosted Okafor for talks in Lagos.");
  g.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto eg = g.Interactions();
  ASSERT_GE(eg.size(), 1u);
  for (const auto& e : eg) EXPECT_EQ(e.date, "2025-08-19");
}

}  // namespace
}  // namespace eg
