// "A met B in February, and in 2018 the two leaders signed a declaration":
// the pair is the two persons whose interaction the same sentence has just
// told, before the story's pair that the previous sentence names.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPairOfSentenceInteraction, TheSentencesOwnMeetingNamesThePair) {
  Doc d(
      "President Lena Vos met President Omar Haddad in Orlin on Monday. "
      "Vos's predecessor, Piet Graaf, was close to Haddad. "
      "Graaf met Haddad briefly in Velm in February, and in 2018 the two leaders held "
      "talks in Orlin.",
      "2025-07-10");
  d.M("President Lena Vos", "Lena Vos").M("President Omar Haddad", "Omar Haddad");
  d.M("Vos", "Lena Vos", ActorKind::kPerson, 1).M("Piet Graaf", "Piet Graaf");
  d.M("Haddad", "Omar Haddad", ActorKind::kPerson, 1).M("Graaf", "Piet Graaf", ActorKind::kPerson, 1);
  d.M("Haddad", "Omar Haddad", ActorKind::kPerson, 2);
  d.T("Monday", "2025-07-07").T("February", "2025-02").T("2018", "2018");
  bool found = false;
  for (const EventMention& m : d.Interactions())
    if (m.type == "talks") {
      EXPECT_EQ(d.Names(m), (Names{"Piet Graaf", "Omar Haddad"}));
      found = true;
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
