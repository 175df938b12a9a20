// "Tarvia's de facto leader, General X, flew to Y for talks with Z": the
// subject is an office with lower-case words before the word the actors
// stage took into the holder's mention ("leader, General X"), after its
// owner; a dateline's dash may open the sentence (NameInAppositionSubject).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOfficeModifierApposition, LowerCaseWordsBeforeTheOfficeKeepTheSubject) {
  Doc d("Tarvia's de facto leader, General Kai Berg, flew to Vessa on Tuesday for talks with "
        "President Dora Lim.");
  d.M("Tarvia", "Tarvia", ActorKind::kCountry).M("leader, General Kai Berg", "Kai Berg")
      .M("President Dora Lim", "Dora Lim").T("Tuesday", "2025-10-14");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Kai Berg", "Dora Lim"}));
}

TEST(NewsOfficeModifierApposition, ADatelineDashOpensTheSubject) {
  Doc d("VESSA \xE2\x80\x94 Tarvia's leader, General Kai Berg, flew to Vessa on Tuesday for "
        "talks with President Dora Lim.");
  d.M("Tarvia", "Tarvia", ActorKind::kCountry).M("leader, General Kai Berg", "Kai Berg")
      .M("President Dora Lim", "Dora Lim").T("Tuesday", "2025-10-14");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Kai Berg", "Dora Lim"}));
}

}  // namespace
}  // namespace eg
