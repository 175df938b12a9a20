// "The US senior adviser for Africa, Massad Boulos, visited X, meeting Y":
// the country modifies the office; the name in apposition is the subject.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOfficeApposition, TheNameAfterACountrysOfficeIsTheSubject) {
  Doc d("The Valdorian special envoy for Asia, Tom Berg, toured Oslo and Varna in April, "
        "meeting Ruiz and Okafor separately.");
  d.M("The Valdorian", "Valdoria", ActorKind::kCountry).M("Tom Berg", "Tom Berg");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("April", "2025-04");
  std::set<Names> pairs;
  for (const auto& e : d.Interactions()) pairs.insert(d.Names(e));
  EXPECT_EQ(pairs, (std::set<Names>{{"Tom Berg", "Ana Ruiz"}, {"Tom Berg", "Ben Okafor"}}));
}

TEST(NewsOfficeApposition, TheVerbAfterTheAppositionTakesTheName) {
  Doc d("The Valdorian adviser for Africa, Tom Berg, met Ruiz in Oslo on Monday.");
  d.M("The Valdorian", "Valdoria", ActorKind::kCountry).M("Tom Berg", "Tom Berg");
  d.M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Tom Berg", "Ana Ruiz"}));
}

}  // namespace
}  // namespace eg
