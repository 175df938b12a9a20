#include <gtest/gtest.h>

#include <algorithm>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::Has;
using testing::SmallGazetteer;

class FindActorsTest : public ::testing::Test {
 protected:
  std::unique_ptr<Gazetteer> gaz_ = SmallGazetteer();
};

TEST_F(FindActorsTest, RoleResolvesThroughTheHolderOnTheDocumentDate) {
  const std::string text = "The US president spoke on the phone. Later the US president flew home.";
  auto a = Find(*gaz_, text, "2023-04-02");
  auto b = Find(*gaz_, text, "2025-04-02");
  ASSERT_EQ(a->Persons(), std::vector<std::string>{"Joe Biden"});
  ASSERT_EQ(b->Persons(), std::vector<std::string>{"Donald Trump"});
  ASSERT_EQ(b->actors.mentions.size(), 2u);
  EXPECT_TRUE(b->actors.mentions[0].via_role);
  EXPECT_EQ(b->Mentions()[0].second, "The US president");
  // Possessive form and another office: Italy's premier before and after a change.
  auto c = Find(*gaz_, "Italy's premier was in Rome.", "2022-01-10");
  auto d = Find(*gaz_, "Italy's premier was in Rome.", "2024-01-10");
  EXPECT_EQ(c->Persons(), std::vector<std::string>{});  // no entity for "Italy": not in this gazetteer
  auto e = Find(*gaz_, "The Italian prime minister was in Rome.", "2022-01-10");
  auto f = Find(*gaz_, "The Italian prime minister was in Rome.", "2024-01-10");
  EXPECT_EQ(e->Persons(), std::vector<std::string>{"Mario Draghi"});
  EXPECT_EQ(f->Persons(), std::vector<std::string>{"Giorgia Meloni"});
  (void)d;
}

TEST_F(FindActorsTest, BareRoleRefersToARecentHolderOfThatOffice) {
  const std::string text = "Donald Trump arrived late. The president said hello.";
  auto a = Find(*gaz_, text, "2025-06-01");
  ASSERT_EQ(a->Persons(), std::vector<std::string>{"Donald Trump"});
  EXPECT_EQ(a->Entity("Donald Trump")->mentions, 2u);
  // In 2023 he held no office: "the president" is not him.
  auto b = Find(*gaz_, text, "2023-06-01");
  EXPECT_EQ(b->Entity("Donald Trump")->mentions, 1u);
}

TEST_F(FindActorsTest, NoDateNoRoleResolution) {
  auto a = Find(*gaz_, "The Russian president spoke.", nullptr);
  EXPECT_TRUE(a->Persons().empty());
}

TEST_F(FindActorsTest, IndefiniteOrFormerRolesNameNobody) {
  auto a = Find(*gaz_, "A US president has little power. The former US president left.", "2025-03-01");
  EXPECT_TRUE(a->Persons().empty());
}

TEST_F(FindActorsTest, RoleModifiersComeFromTheDataFile) {
  // A modifier the list does not know breaks the role phrase: "the
  // incumbent US president" names nobody.
  const std::string text = "The incumbent US president left.";
  auto a = Find(*gaz_, text, "2025-03-01");
  EXPECT_TRUE(a->Persons().empty());
  // Listed as "current", it names today's holder, as "the acting ..." would;
  // listed as "former", nobody, as "the former US president" does.
  ASSERT_TRUE(gaz_->ParseRoleModifiers("role_modifiers.tsv", "incumbent\tcurrent\n").ok());
  auto b = Find(*gaz_, text, "2025-03-01");
  EXPECT_EQ(b->Persons(), std::vector<std::string>{"Donald Trump"});
  ASSERT_TRUE(gaz_->ParseRoleModifiers("role_modifiers.tsv", "erstwhile\tformer\n").ok());
  auto d = Find(*gaz_, "The erstwhile US president left.", "2025-03-01");
  EXPECT_TRUE(d->Persons().empty());
  // "lower": a sentence's first "Then" is the adverb, not "then-president".
  auto c = Find(*gaz_, "Then the US president left.", "2025-03-01");
  EXPECT_EQ(c->Persons(), std::vector<std::string>{"Donald Trump"});
}

TEST_F(FindActorsTest, AnAgeBeforeTheRoleStillNamesTheHolder) {
  auto a = Find(*gaz_, "The 78-year-old US president left.", "2025-03-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Donald Trump"});
  auto b = Find(*gaz_, "Reporters asked the 72-year-old Russian president.", "2025-03-01");
  EXPECT_EQ(b->Persons(), std::vector<std::string>{"Vladimir Putin"});
}

TEST_F(FindActorsTest, PortugueseParticlesStayInsideTheName) {
  // "do", "das" as "da" and "dos": "André Corrêa do Lago", "Rui das Neves".
  auto a = Find(*gaz_, "Ana Corrêa do Lago said the talks went well.", "2025-03-01");
  EXPECT_TRUE(testing::Has(a->Persons(), "Ana Corrêa do Lago"));
  auto b = Find(*gaz_, "Ana das Neves said the talks went well.", "2025-03-01");
  EXPECT_TRUE(testing::Has(b->Persons(), "Ana das Neves"));
}

TEST_F(FindActorsTest, ANameInAppositionAfterABodysOfficeIsAPerson) {
  // The office's body named between the determiner and the role.
  auto a = Find(*gaz_, "The Acme Group spokesman for Europe, Tama Rangi, arrived.", "2025-03-01");
  EXPECT_TRUE(testing::Has(a->Persons(), "Tama Rangi"));
}

TEST(FindActorsByDate, ANameTwoLeadersShareIsTheOneWhoseOfficeCameBeforeTheStory) {
  // Father and son of one name, presidents years apart: a story names the
  // one in office, else the one who held office last before it, never the
  // one whose office is still to come.
  auto g = testing::SmallGazetteer();
  ASSERT_TRUE(g->ParseEntities("family.entities.tsv",
                               "ana-lind-sr\tAna Lind Sr.\tperson\tUS\tAna Lind\n"
                               "ana-lind-jr\tAna Lind Jr.\tperson\tUS\tAna Lind\n")
                  .ok());
  ASSERT_TRUE(g->ParseRoles("family.roles.tsv",
                            "president\tUS\tana-lind-sr\t1989-01-20\t1993-01-20\n"
                            "president\tUS\tana-lind-jr\t2001-01-20\t2009-01-20\n")
                  .ok());
  const std::string text = "Former President Ana Lind spoke on Friday.";
  EXPECT_EQ(Find(*g, text, "1991-05-01")->Persons(), std::vector<std::string>{"Ana Lind Sr."});
  // Between the two: the father, out of office for five years, not the son
  // three years before his.
  EXPECT_EQ(Find(*g, text, "1998-03-01")->Persons(), std::vector<std::string>{"Ana Lind Sr."});
  EXPECT_EQ(Find(*g, text, "2005-03-01")->Persons(), std::vector<std::string>{"Ana Lind Jr."});
  EXPECT_EQ(Find(*g, text, "2020-03-01")->Persons(), std::vector<std::string>{"Ana Lind Jr."});
}

TEST_F(FindActorsTest, ASurnameBeforeAFamilyNounNamesTheFamily) {
  auto a = Find(*gaz_, "The Putin family left. Macron clan members stayed.", "2025-03-01");
  EXPECT_TRUE(a->Persons().empty());
  // The person's own family, and the person named in full, are still his.
  auto b = Find(*gaz_, "Putin's family left. Emmanuel Macron stayed.", "2025-03-01");
  EXPECT_EQ(b->Persons(), (std::vector<std::string>{"Vladimir Putin", "Emmanuel Macron"}));
  // A noun the list lacks changes nothing.
  auto c = Find(*gaz_, "The Putin dynasty left.", "2025-03-01");
  EXPECT_EQ(c->Persons(), std::vector<std::string>{"Vladimir Putin"});
}

TEST_F(FindActorsTest, BareRoleFarBackIsTheOneHolderTheDocumentNamed) {
  // Named long before, as a live blog does: the one person the document
  // named who held the office that day.
  std::string text = "Giorgia Meloni is hosting the summit.";
  for (int i = 0; i < 5; ++i) text += " Delegates arrived in the rain.";
  text += " The Prime Minister said hello.";
  auto a = Find(*gaz_, text, "2025-06-01");
  EXPECT_EQ(a->Entity("Giorgia Meloni")->mentions, 2u);
  // Two holders of that office named: no one.
  std::string two = "Donald Trump and Emmanuel Macron spoke.";
  for (int i = 0; i < 5; ++i) two += " Delegates arrived in the rain.";
  two += " The President said hello.";
  auto b = Find(*gaz_, two, "2025-06-01");
  EXPECT_EQ(b->Entity("Donald Trump")->mentions, 1u);
  EXPECT_EQ(b->Entity("Emmanuel Macron")->mentions, 1u);
}

TEST_F(FindActorsTest, CounterpartIsTheSameOfficeInTheOtherCountry) {
  auto a = Find(*gaz_, "The US president sat down with his Russian counterpart.", "2025-08-15");
  auto m = a->Mentions();
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].first, "Donald Trump");
  EXPECT_EQ(m[1].first, "Vladimir Putin");
  EXPECT_EQ(m[1].second, "his Russian counterpart");
  // Of a subject the gazetteer does not know, the office is unknown: the
  // other country's leader is no guess.
  auto b = Find(*gaz_, "The Ukrainian army chief called his Russian counterpart on Monday.",
                "2025-08-15");
  EXPECT_TRUE(b->Persons().empty());
}

TEST_F(FindActorsTest, TitleAndNameTheNameWins) {
  // The title is evidence only: an unknown name after it is a new person.
  auto a = Find(*gaz_, "French President Jean Dupont arrived.", "2025-03-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Jean Dupont"});
  auto b = Find(*gaz_, "French President Emmanuel Macron arrived.", "2025-03-01");
  ASSERT_EQ(b->Mentions().size(), 1u);
  EXPECT_EQ(b->Mentions()[0].first, "Emmanuel Macron");
  EXPECT_EQ(b->Mentions()[0].second, "French President Emmanuel Macron");
}

TEST_F(FindActorsTest, TitledNameInAppositionToTheOfficeWins) {
  // The office's holder named in apposition with a title of his own: he is
  // the one meant, not the gazetteer's holder on that day; one mention.
  auto a = Find(*gaz_, "The French president, General Jean Dupont, arrived.", "2025-03-01");
  ASSERT_EQ(a->Mentions().size(), 1u);
  EXPECT_EQ(a->Mentions()[0].first, "Jean Dupont");
  EXPECT_EQ(a->Mentions()[0].second, "The French president, General Jean Dupont");
  auto b = Find(*gaz_, "The French president, Mr Jean Dupont, arrived.", "2025-03-01");
  EXPECT_EQ(b->Persons(), std::vector<std::string>{"Jean Dupont"});
}

TEST_F(FindActorsTest, PersonsOwnOfficeThroughPossessive) {
  auto a = Find(*gaz_, "Dmitry Peskov, Putin's spokesman, said nothing. Putin's spokesman left.", "2025-03-01");
  auto m = a->Mentions();
  ASSERT_GE(m.size(), 4u);
  EXPECT_EQ(m[0].first, "Dmitry Peskov");
  EXPECT_EQ(m[1].first, "Vladimir Putin");
  EXPECT_EQ(m[1].second, "Putin");
  EXPECT_TRUE(a->actors.mentions[1].possessive);
  EXPECT_FALSE(a->actors.mentions[0].possessive);
  EXPECT_EQ(m.back().first, "Dmitry Peskov");
  EXPECT_EQ(m.back().second, "Putin's spokesman");
}

TEST_F(FindActorsTest, NotPersons) {
  auto a = Find(*gaz_,
                "Trump's plan was praised. Putinist bloggers cheered. The Telegraph reported it. "
                "He posted on Truth Social from Air Force One. Predictably nothing happened. "
                "The Kremlin said the Justice Department erred. Fighting went on in Donetsk.",
                "2025-03-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Donald Trump"});
  auto m = a->Mentions();
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].second, "Trump");  // the possessive is not part of the mention
  const DocEntity* k = a->Entity("Kremlin");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->kind, ActorKind::kOrganization);
  EXPECT_NE(a->Entity("The Telegraph"), nullptr);
  EXPECT_EQ(a->Entity("The Telegraph")->kind, ActorKind::kOrganization);
}

TEST_F(FindActorsTest, MetonymIsAPartyNotAPlace) {
  auto a = Find(*gaz_, "Washington wants a deal. Leaders met in Washington.", "2025-03-01");
  const DocEntity* us = a->Entity("United States");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->mentions, 1u);
}

TEST_F(FindActorsTest, DiscoveryCues) {
  auto a = Find(*gaz_,
                "Finnish President Alexander Stubb arrived. Valentina Shevchenko said it was insane. "
                "French expert Regis Chamagne agreed. Mr Smith stayed home. Judge Nap asked questions. "
                "Columnist Sam Friedman disagreed. Defence Secretary Pat Lowe spoke. "
                "Then J. K. Rowling wrote back. Plans leaked, according to Ines Okafor. "
                "Tomas Brandl, 45, was there.",
                "2025-03-01");
  auto p = a->Persons();
  EXPECT_TRUE(Has(p, "Alexander Stubb"));
  EXPECT_TRUE(Has(p, "Valentina Shevchenko"));
  EXPECT_TRUE(Has(p, "Regis Chamagne"));
  EXPECT_TRUE(Has(p, "Smith"));
  EXPECT_TRUE(Has(p, "Nap"));
  EXPECT_TRUE(Has(p, "Sam Friedman"));
  EXPECT_TRUE(Has(p, "Pat Lowe"));
  EXPECT_TRUE(Has(p, "J. K. Rowling"));
  EXPECT_TRUE(Has(p, "Ines Okafor"));
  EXPECT_TRUE(Has(p, "Tomas Brandl"));
  // Capitalised words with no cue are nobody.
  EXPECT_FALSE(Has(p, "French"));
  EXPECT_FALSE(Has(p, "Finnish"));
}

TEST_F(FindActorsTest, ShortNameOfAnOrganisationIsNoPerson) {
  auto a = Find(*gaz_, "Karl Marx Theater reopened. Tickets sold out, according to Karl Marx.",
                "2025-03-01");
  EXPECT_TRUE(a->Persons().empty());
}

TEST_F(FindActorsTest, AdministrationNamesItsLeader) {
  auto a = Find(*gaz_, "The Biden Administration sent arms. Visitors toured the Trump Theater.", "2025-03-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Joe Biden"});
}

TEST_F(FindActorsTest, BylinesAreNotActors) {
  auto a = Find(*gaz_, "By Valentina Ross\nTalks resumed, said Thomas Hale.\nPosted by John Carver\n"
                "By Giorgia Meloni\n",
                "2025-03-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Thomas Hale"});
}

TEST_F(FindActorsTest, NoCueNoPerson) {
  auto a = Find(*gaz_, "Rivers flooded the Grand Valley. Sunshine Bakery opened on Main Road.",
                "2025-03-01");
  EXPECT_TRUE(a->Persons().empty());
}

TEST_F(FindActorsTest, SurnameLinksToTheFullNameOfTheDocument) {
  auto a = Find(*gaz_, "Crooke disagreed at first. Thomas Fazi wrote an essay. Fazi argued. Alastair Crooke said so.",
                "2025-03-01");
  const DocEntity* fazi = a->Entity("Thomas Fazi");
  ASSERT_NE(fazi, nullptr);
  EXPECT_EQ(fazi->mentions, 2u);
  // "Alastair" is not a given name this gazetteer knows, but the speech verb is a cue,
  // and the earlier bare surname links to the full name found later.
  const DocEntity* crooke = a->Entity("Alastair Crooke");
  ASSERT_NE(crooke, nullptr);
  EXPECT_EQ(crooke->mentions, 2u);
}

TEST_F(FindActorsTest, MentionSpansAreTokenAccurate) {
  auto a = Find(*gaz_, "Yesterday Ukrainian President Volodymyr Zelensky met Trump.", "2025-03-01");
  ASSERT_EQ(a->actors.mentions.size(), 2u);
  const ActorMention& z = a->actors.mentions[0];
  EXPECT_EQ(a->text.Str(a->text.tokens[z.first_token]), "Ukrainian");
  EXPECT_EQ(a->text.Str(a->text.tokens[z.end_token - 1]), "Zelensky");
  EXPECT_EQ(a->text.text.substr(z.start, z.end - z.start), "Ukrainian President Volodymyr Zelensky");
  const ActorMention& t = a->actors.mentions[1];
  EXPECT_EQ(t.end_token - t.first_token, 1u);
}

TEST_F(FindActorsTest, AmbiguousSurnameFollowsTheFullName) {
  auto a = Find(*gaz_, "Hillary Clinton spoke first. Later Clinton left.", "2025-03-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Hillary Clinton"});
  EXPECT_EQ(a->Entity("Hillary Clinton")->mentions, 2u);
}

TEST_F(FindActorsTest, SurnameOfSomeoneElseNamedInFull) {
  // "Merz" is a gazetteer alias, but this document names another Merz.
  auto a = Find(*gaz_, "John Merz said the plant would close. Merz declined to comment.", "2025-03-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"John Merz"});
  EXPECT_EQ(a->Entity("John Merz")->mentions, 2u);
}

TEST_F(FindActorsTest, GazetteerAliasWithTitleBeatsDiscovery) {
  std::unique_ptr<Gazetteer> g = SmallGazetteer();
  ASSERT_TRUE(g->ParseEntities("more.entities.tsv",
                               "keir-starmer\tKeir Starmer\tperson\tGB\tStarmer|Sir Keir\n").ok());
  auto a = Find(*g, "Sir Keir said no. Mr Starmer left.", "2025-03-01");
  EXPECT_EQ(a->Persons(), std::vector<std::string>{"Keir Starmer"});
  EXPECT_EQ(a->Entity("Keir Starmer")->mentions, 2u);
}

TEST_F(FindActorsTest, DiacriticsFold) {
  auto a = Find(*gaz_, "President Erdogan called. Erdoğan hung up.", "2025-03-01");
  ASSERT_EQ(a->Persons().size(), 1u);
  EXPECT_EQ(a->Entity("Recep Tayyip Erdoğan")->mentions, 2u);
}

// seats.tsv: an organisation listed as the seat of an office is marked as
// such (DocEntity::seat), for the events stage to read a visit to it as a
// meeting with the holder; others are not. A bad line names what is wrong.
TEST_F(FindActorsTest, ASeatOfAnOfficeIsMarked) {
  ASSERT_TRUE(gaz_->ParseSeats("seats.tsv", "white-house\tpresident\tUS\n").ok());
  auto f = Find(*gaz_, "Arnel Vosk was at the White House and then at the Kremlin.", "2025-03-01");
  bool white_house = false, kremlin = false;
  for (const DocEntity& e : f->actors.entities) {
    if (e.name == "White House") white_house = e.seat;
    if (e.name == "Kremlin") kremlin = !e.seat;
  }
  EXPECT_TRUE(white_house);
  EXPECT_TRUE(kremlin);
  EXPECT_FALSE(gaz_->ParseSeats("seats.tsv", "no-such-seat\tpresident\tUS\n").ok());
  EXPECT_FALSE(gaz_->ParseSeats("seats.tsv", "donald-trump\tpresident\tUS\n").ok());
  EXPECT_FALSE(gaz_->ParseSeats("seats.tsv", "kremlin\tpresident\n").ok());
  EXPECT_FALSE(gaz_->ParseSeats("seats.tsv", "white-house\tpresident\tUS\n").ok());
}

}  // namespace
}  // namespace eg
