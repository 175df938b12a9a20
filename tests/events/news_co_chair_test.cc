// "X and Y will co-chair a P-Q summit": "co-chair" is a verb of support
// (cues.tsv), so its subject takes part in the summit; the persons stand
// for the polities the modifier names.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCoChair, TheCoChairsOfACountriesSummitAreItsParties) {
  Doc d("On Thursday, Lena Vos and Piet Graaf will co-chair a Norland-Sudovia summit in Orlin.",
        "2025-03-10");
  d.M("Lena Vos", "Lena Vos").M("Piet Graaf", "Piet Graaf");
  d.M("Norland", "Norland", ActorKind::kCountry).M("Sudovia", "Sudovia", ActorKind::kCountry);
  d.Country("Lena Vos", "NL").Country("Norland", "NL");
  d.Country("Piet Graaf", "SU").Country("Sudovia", "SU");
  d.T("Thursday", "2025-03-13");
  bool found = false;
  for (const EventMention& m : d.Interactions()) {
    EXPECT_EQ(d.Names(m), (Names{"Lena Vos", "Piet Graaf"}));
    found = true;
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
