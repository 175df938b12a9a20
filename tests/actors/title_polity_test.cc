// DocEntity::country: the polity a person serves, from the gazetteer entry
// or, for a person no gazetteer knows, from the first title that names one
// ("Finnish President Anna Virtanen").
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg::testing {
namespace {

std::string CountryOf(const Gazetteer& g, const std::string& text, const std::string& name) {
  auto f = Find(g, text, "2025-08-20");
  const DocEntity* e = f->Entity(name);
  return e ? e->country : "(none)";
}

TEST(TitlePolity, AKnownPersonKeepsTheGazetteersPolity) {
  auto g = SmallGazetteer();
  EXPECT_EQ(CountryOf(*g, "Giorgia Meloni spoke to reporters.", "Giorgia Meloni"), "IT");
  EXPECT_EQ(CountryOf(*g, "Italian Prime Minister Giorgia Meloni spoke.", "Giorgia Meloni"), "IT");
}

TEST(TitlePolity, AnUnknownPersonServesThePolityOfHisTitle) {
  auto g = SmallGazetteer();
  EXPECT_EQ(CountryOf(*g, "Finnish President Anna Virtanen met Trump on Monday.",
                      "Anna Virtanen"),
            "FI");
  // No title, or a former office: nothing is known.
  EXPECT_EQ(CountryOf(*g, "Mr Anton Virtanen met Trump on Monday.", "Anton Virtanen"), "");
  EXPECT_EQ(CountryOf(*g, "Former Finnish President Anna Virtanen met Trump.", "Anna Virtanen"),
            "");
}

}  // namespace
}  // namespace eg::testing
