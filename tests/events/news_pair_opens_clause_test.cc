// "A called B, and the two leaders discussed ...": a pair reference after a
// comma and "and" opens a clause of its own; it is no item of the object
// list of the verb before (which would then run into "discussed").
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPairOpensClause, TheCallBeforeThePairReferenceStands) {
  Doc d(
      "President Lena Vos spoke with Omar Haddad on Monday. "
      "Vos also called Piet Graaf, and the two leaders discussed the border, her office said.",
      "2025-07-10");
  d.M("President Lena Vos", "Lena Vos").M("Omar Haddad", "Omar Haddad");
  d.M("Vos", "Lena Vos", ActorKind::kPerson, 1).M("Piet Graaf", "Piet Graaf");
  d.T("Monday", "2025-07-07");
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
