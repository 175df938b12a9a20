// "met the political directors of Norland, Sudria and Ostia": officials
// named by their post in the countries' foreign ministries ("directors",
// like "officials" or "envoys") stand for the countries they are of, which
// are the parties.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsDirectorsOf, CountriesOfThePoliticalDirectorsAreParties) {
  Doc d("Ana Ruiz met with the political directors of Norland, Sudria and Ostia in Lisbon "
        "on Monday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry);
  d.M("Sudria", "Sudria", ActorKind::kCountry).M("Ostia", "Ostia", ActorKind::kCountry);
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Norland", "Sudria", "Ostia"}));
}

}  // namespace
}  // namespace eg
