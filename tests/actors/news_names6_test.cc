// Names as news writes them, sixth round: a hyphenated surname written
// alone ("Mr. Panet-Raymond") is the surname of the person the document
// named in full; a nickname in quotes ("Ernesto ``Che'' Guevara") is
// inside the name.
#include <gtest/gtest.h>

#include "actors/fold.h"
#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsNames6, AHyphenatedSurnameAloneIsTheFullNamesPerson) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "\"Where is the bid?\" asked Pierre Lalonde-Roy, an analyst in Toronto. "
                "Mr. Lalonde-Roy said investors want more.",
                "1989-10-26");
  EXPECT_TRUE(f->HasPerson("Pierre Lalonde-Roy"));
  EXPECT_EQ(f->EntityOf("Mr. Lalonde-Roy"), "Pierre Lalonde-Roy");
  EXPECT_EQ(f->Persons().size(), 1u);
  // Two persons whose names end with the surname: no telling which.
  auto t = Find(*g,
                "Pierre Lalonde-Roy and Marie Lalonde-Roy spoke. Mr. Lalonde-Roy left early.",
                "1989-10-26");
  EXPECT_TRUE(t->HasPerson("Pierre Lalonde-Roy"));
  EXPECT_TRUE(t->HasPerson("Marie Lalonde-Roy"));
  EXPECT_NE(t->EntityOf("Mr. Lalonde-Roy"), "Pierre Lalonde-Roy");
  EXPECT_NE(t->EntityOf("Mr. Lalonde-Roy"), "Marie Lalonde-Roy");
}

// "Deputy Assistant Secretary of State X": the whole phrase is a title,
// not "Assistant Secretary" a name and X lost.
TEST(NewsNames6, AnAssistantSecretaryIsATitle) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "The delegation was led by Deputy Assistant Secretary of State Ilsa Varnow. "
                "Under Secretary Pim Stael spoke later.",
                "2025-07-10");
  EXPECT_TRUE(f->HasPerson("Ilsa Varnow"));
  EXPECT_TRUE(f->HasPerson("Pim Stael"));
  EXPECT_EQ(f->Persons().size(), 2u);
}

TEST(NewsNames6, ANicknameInQuotesIsInsideTheName) {
  auto g = testing::ShippedGazetteer();
  for (const char* text :
       {"The rally hailed the rebel Tomas ``Flaco'' Ibarguen on Monday. Ibarguen died in 1967.",
        "The rally hailed the rebel Tomas \"El Flaco\" Ibarguen on Monday. Ibarguen died in 1967.",
        "The rally hailed the rebel Tomas \xE2\x80\x9C" "Flaco" "\xE2\x80\x9D"
        " Ibarguen on Monday. Ibarguen died in 1967."}) {
    auto f = Find(*g, text, "2000-01-28");
    ASSERT_EQ(f->Persons().size(), 1u) << text;
    const std::string name = f->Persons()[0];
    EXPECT_EQ(name.substr(0, 6), "Tomas ") << name;
    EXPECT_EQ(name.substr(name.size() - 8), "Ibarguen") << name;
    EXPECT_EQ(f->EntityOf("Ibarguen"), name);
  }
  // Ids leave the quotes out, curly ones too.
  EXPECT_EQ(Slug("Tomas \xE2\x80\x9C" "Flaco" "\xE2\x80\x9D Ibarguen"), "tomas-flaco-ibarguen");
  EXPECT_EQ(Slug("Sean O\xE2\x80\x99" "Brien"), "sean-obrien");
  // A quote that is speech after a name opens no nickname.
  auto q = Find(*g, "Tomas Ibarguen said ``No'' and left.", "2000-01-28");
  EXPECT_TRUE(q->HasPerson("Tomas Ibarguen"));
}

}  // namespace
}  // namespace eg
