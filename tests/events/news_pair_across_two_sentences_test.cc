// "..., with A still without a meeting with B. A planned meeting was
// cancelled after B left early. The two leaders have spoken by phone": a
// previous sentence naming one person continues the one before it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPairAcrossTwoSentences, TheOneNamedPersonAndTheOtherOfTheSentenceBefore) {
  Doc d(
      "Premier Lena Vos met President Omar Haddad in Orlin on Tuesday. "
      "The trip comes as Vos seeks ties with both rivals, with Vos still without a visit "
      "to President Piet Graaf. A planned trip in May was called off after Graaf fell ill. "
      "The two leaders have spoken by phone twice, most recently in early June.",
      "2025-07-10");
  d.M("Premier Lena Vos", "Lena Vos").M("President Omar Haddad", "Omar Haddad");
  d.M("Vos", "Lena Vos", ActorKind::kPerson, 1).M("Vos", "Lena Vos", ActorKind::kPerson, 2);
  d.M("President Piet Graaf", "Piet Graaf").M("Graaf", "Piet Graaf", ActorKind::kPerson, 1);
  d.T("Tuesday", "2025-07-08").T("May", "2025-05").T("early June", "2025-06");
  bool found = false;
  for (const EventMention& m : d.Interactions())
    if (m.type == "call") {
      EXPECT_EQ(d.Names(m), (Names{"Lena Vos", "Piet Graaf"}));
      found = true;
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
