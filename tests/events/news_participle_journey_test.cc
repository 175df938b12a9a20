// "X is due to visit Y before travelling to Z for talks with W": the
// participle after an opener of time shares the main clause's subject,
// who travels to the talks.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsParticipleJourney, TheMainClausesSubjectTravelsToTheTalks) {
  Doc d(
      "Premier Lena Vos is due to tour the harbour in Orlin before travelling to Velm for talks "
      "with Piet Graaf on Friday.",
      "2025-07-08");
  d.M("Premier Lena Vos", "Lena Vos").M("Piet Graaf", "Piet Graaf");
  d.T("Friday", "2025-07-11");
  bool found = false;
  for (const EventMention& m : d.Interactions())
    if (m.type == "talks") {
      EXPECT_EQ(d.Names(m), (Names{"Lena Vos", "Piet Graaf"}));
      found = true;
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
