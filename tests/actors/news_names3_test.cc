// Names as wire news writes them, third round: a relative's full name at
// the start of a sentence, given names alone for a longer name, and the
// other names a person is "also known as".
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::SmallGazetteer;

TEST(NewsNames3, ARelativesFullNameMayOpenASentence) {
  auto g = SmallGazetteer();
  // "Tiago Ferreira's father said": the sentence's first word, written alone
  // inside other sentences, is his given name, not a word before the
  // father's surname.
  auto f = Find(*g,
                "Tiago Ferreira's father said he wants his son back. Thomas Ferreira wrote a "
                "letter. Relatives want to keep Tiago in Miami.",
                "2000-01-05");
  EXPECT_TRUE(f->HasPerson("Tiago Ferreira"));
  EXPECT_EQ(f->EntityOf("Tiago Ferreira"), "Tiago Ferreira");
  EXPECT_EQ(f->EntityOf("Tiago"), "Tiago Ferreira");
  // A sentence-opening word never written alone stays no given name.
  auto h = Find(*g, "Meanwhile Ferreira left the room. Thomas Ferreira wrote a letter.",
                "2000-01-05");
  EXPECT_FALSE(h->HasPerson("Meanwhile Ferreira"));
}

TEST(NewsNames3, GivenNamesAloneAreTheLongerNameTheyOpen) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "Juan Miguel Ferreira wrote a letter. ``Juan Miguel must not have written it,'' "
                "said Ana Ruiz.",
                "2000-01-05");
  EXPECT_FALSE(f->HasPerson("Juan Miguel"));
  EXPECT_EQ(f->EntityOf("Juan Miguel"), "Juan Miguel Ferreira");
  // Two longer names it could open: it stays apart.
  auto h = Find(*g,
                "Juan Miguel Ferreira and Juan Miguel Ortega wrote. ``Juan Miguel must not "
                "have written it,'' said Ana Ruiz.",
                "2000-01-05");
  EXPECT_NE(h->EntityOf("Juan Miguel"), "Juan Miguel Ferreira");
  EXPECT_NE(h->EntityOf("Juan Miguel"), "Juan Miguel Ortega");
}

TEST(NewsNames3, AnotherNameAPersonIsKnownAsIsNoPersonOfItsOwn) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "Police arrested a suspect, Mohammed Saddiq Odeh, also known as Mohammad Sadiq "
                "Howaida, on Friday.",
                "1998-08-17");
  EXPECT_TRUE(f->HasPerson("Mohammed Saddiq Odeh"));
  EXPECT_FALSE(f->HasPerson("Mohammad Sadiq Howaida"));
  EXPECT_EQ(f->EntityOf("Mohammad Sadiq Howaida"), "Mohammed Saddiq Odeh");
  // Without the phrase, two persons.
  auto h = Find(*g, "Police arrested Mohammed Saddiq Odeh and Mohammad Sadiq Howaida on Friday.",
                "1998-08-17");
  EXPECT_TRUE(h->HasPerson("Mohammad Sadiq Howaida"));
}

TEST(NewsNames3, AReporterSigningOffIsNoPersonOfTheStory) {
  auto g = testing::ShippedGazetteer();
  // The anchor introduces the reporter, who signs off: a spoken byline.
  auto f = Find(*g,
                "The World's Nancy Ferreira reports on the visit. Ana Ruiz welcomed Ben Okafor on "
                "Monday. For The World, I'm Nancy Ferreira in Washington.",
                "1998-02-05");
  EXPECT_TRUE(f->HasPerson("Ana Ruiz"));
  EXPECT_FALSE(f->HasPerson("Nancy Ferreira"));
  auto n = Find(*g, "Ana Ruiz welcomed Ben Okafor. For The World I'm Nancy Ferreira in Washington.",
                "1998-02-05");
  EXPECT_FALSE(n->HasPerson("Nancy Ferreira"));
  EXPECT_FALSE(n->HasPerson("World I'm Nancy Ferreira"));
  // Without the sign-off she is a person of the story.
  auto h = Find(*g, "Ana Ruiz met Nancy Ferreira, who said little.", "1998-02-05");
  EXPECT_TRUE(h->HasPerson("Nancy Ferreira"));
}

TEST(NewsNames3, ACorrespondentsSignOffIsABylineForEveryMentionOfHer) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "Here's ABC's Nancy Ferreira. Ana Ruiz welcomed Ben Okafor on Monday. Nancy "
                "Ferreira, ABC News, Hong Kong.",
                "1998-01-08");
  EXPECT_TRUE(f->HasPerson("Ana Ruiz"));
  EXPECT_FALSE(f->HasPerson("Nancy Ferreira"));
  auto v = Find(*g, "Ana Ruiz welcomed Ben Okafor. Nancy Ferreira for VOA News, Geneva.",
                "1998-03-05");
  EXPECT_FALSE(v->HasPerson("Nancy Ferreira"));
  // A person the network's news is about, and a name before a network that
  // the sentence goes on after, stay persons.
  auto p = Find(*g, "Nancy Ferreira, ABC News president, said the network would grow.",
                "1998-01-08");
  EXPECT_TRUE(p->HasPerson("Nancy Ferreira"));
}

TEST(NewsNames3, AnAppositiveNamingACompanyMakesTheNameACompanys) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "Mary Ferreira, a fast-growing British conglomerate, bought the maker. Mary "
                "Ferreira's chairman, Ana Ruiz, said so.",
                "1989-10-05");
  EXPECT_FALSE(f->HasPerson("Mary Ferreira"));
  EXPECT_TRUE(f->HasPerson("Ana Ruiz"));
  // An organisation word that modifies the head noun is no head.
  auto p = Find(*g, "Mary Ferreira, a police officer, said the maker was sold.", "1989-10-05");
  EXPECT_TRUE(p->HasPerson("Mary Ferreira"));
}

}  // namespace
}  // namespace eg
