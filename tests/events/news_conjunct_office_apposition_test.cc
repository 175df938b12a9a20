// "Ruiz and the commission chairperson, Dora Lim, held talks": the second
// conjunct of a subject may be an office with the name in apposition after
// it (ConjunctOfficeApposition).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsConjunctOfficeApposition, TheNameAfterTheOfficeIsTheSecondConjunct) {
  Doc d("Ruiz and the commission chairperson, Dora Lim, held talks on Tuesday.");
  d.M("Ruiz", "Ana Ruiz").M("Dora Lim", "Dora Lim").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Dora Lim"}));
  // A body in the office, a live blog's time stamp before the subject.
  Doc b("10:15 \xE2\x80\x94 Ruiz and the Tarvo Union trade commissioner, Dora Lim, have just "
        "held a short meeting on Tuesday.");
  b.M("Ruiz", "Ana Ruiz").M("Tarvo Union", "Tarvo Union", ActorKind::kOrganization)
      .M("Dora Lim", "Dora Lim").T("Tuesday", "2025-08-19");
  auto eb = b.Interactions();
  ASSERT_EQ(eb.size(), 1u);
  EXPECT_EQ(b.Names(eb[0]), (Names{"Ana Ruiz", "Dora Lim"}));
}

}  // namespace
}  // namespace eg
