// "Russia's Oleg Tavrin", "the Kremlin's Oleg Tavrin": a two-word name owned
// by a country or an organisation is one of its people, even with a given
// name no list knows. Owned by a person or a place it needs a known given
// name ("Donetsk's Little Market" is a place); an office's words before a
// role ("Russia's Chief Deputy Spokesman") are no name.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::SmallGazetteer;

bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(PossessedName, ANameOwnedByACountryOrAnOrganisationIsAPerson) {
  auto g = SmallGazetteer();
  EXPECT_TRUE(Has(Find(*g, "Later, Russia's Oleg Tavrin arrived.", "2025-05-01")->Persons(),
                  "Oleg Tavrin"));
  EXPECT_TRUE(Has(Find(*g, "Later, the Kremlin's Oleg Tavrin arrived.", "2025-05-01")->Persons(),
                  "Oleg Tavrin"));
}

TEST(PossessedName, APlacesOwnNamesAndOfficesAreNot) {
  auto g = SmallGazetteer();
  EXPECT_FALSE(Has(Find(*g, "Crowds filled Donetsk's Little Market.", "2025-05-01")->Persons(),
                   "Little Market"));
  for (const auto& p :
       Find(*g, "Later, Russia's Chief Deputy Spokesman arrived.", "2025-05-01")->Persons())
    EXPECT_EQ(p.find("Deputy"), std::string::npos) << p;
}

}  // namespace
}  // namespace eg
