// Kin appositions, seventh round: "Elian's father, Juan Miguel Gonzalez"
// (or "Juan Miguel Gonzalez, Elian's father") makes a bare "Elian's father"
// elsewhere in the document a mention of that person.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsKin7, AKinPhraseIsThePersonItsAppositionNames) {
  auto g = testing::ShippedGazetteer();
  // The apposition first, then the bare phrase.
  auto f = Find(*g,
                "Tomas Ibarguen was rescued at sea. Tomas's mother, Rosa Ibarguen Vela, asked "
                "for custody. On Thursday, Tomas's mother met with Mayor Alex Penelas.",
                "2000-02-10");
  EXPECT_EQ(f->EntityOf("Tomas's mother"), "Rosa Ibarguen Vela");
  // The apposition after the phrase, the name before the kin noun, a place
  // after the kin noun.
  for (const char* text :
       {"Tomas's mother met with Mayor Alex Penelas. Rosa Ibarguen Vela, Tomas's mother, "
        "said little.",
        "Tomas's mother met with Mayor Alex Penelas. A plea from Tomas's mother in Cuba, "
        "Rosa Ibarguen Vela, was read."}) {
    auto r = Find(*g, text, "2000-02-10");
    EXPECT_EQ(r->EntityOf("Tomas's mother"), "Rosa Ibarguen Vela") << text;
  }
}

TEST(NewsKin7, NoAppositionOrTwoOfThemResolveNothing) {
  auto g = testing::ShippedGazetteer();
  // No apposition: the phrase stays no one's.
  auto f = Find(*g, "Tomas's mother met with Mayor Alex Penelas.", "2000-02-10");
  EXPECT_EQ(f->EntityOf("Tomas's mother"), "");
  // Two sons named: "Bush's son" alone could be either.
  auto two = Find(*g,
                  "Bush's son, Marvin Ibarguen, spoke. Bush's son, Neil Ibarguen, left. "
                  "Bush's son met with Alex Penelas.",
                  "1991-11-27");
  EXPECT_EQ(two->EntityOf("Bush's son"), "");
  // A noun that is no kin relation ties nothing.
  auto not_kin = Find(*g,
                      "Tomas's teacher, Rosa Ibarguen Vela, spoke. Tomas's teacher met "
                      "with Alex Penelas.",
                      "2000-02-10");
  EXPECT_EQ(not_kin->EntityOf("Tomas's teacher"), "");
}

}  // namespace
}  // namespace eg
