// "Pakistan's army chief" names an office as "the Russian president" does:
// the holder of army-chief for that polity on the publication date. More
// given names (Priya, Maya, Ajit, Kashif, Khalil, Majid) make two-word
// names persons. In a transcript of speakers labelled in capitals, "I'm Ana
// Ruiz" is a speaker, not a reporter's sign-off. "The Prime Minister" in a readout
// headed by a seat of government ("From: Prime Minister's Office, 10
// Downing Street") is that government's. Hamas, Hezbollah, the Houthis
// and the Taliban negotiate: organisations, parties to talks.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsWhoNames, AnArmyChiefIsTheOfficeHolder) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g, "Pakistan's army chief flew to Riyadh on Tuesday.", "2025-06-20");
  EXPECT_EQ(f->EntityOf("Pakistan's army chief"), "Asim Munir");
}

TEST(NewsWhoNames, MoreGivenNamesMakePersons) {
  auto g = testing::ShippedGazetteer();
  auto f = testing::Find(
      *g, "The panel heard Priya Tandon, Maya Ekdahl, Majid Rostami and Khalil Idrissi on Monday.",
      "2025-06-20");
  EXPECT_TRUE(f->HasPerson("Priya Tandon"));
  EXPECT_TRUE(f->HasPerson("Maya Ekdahl"));
  EXPECT_TRUE(f->HasPerson("Khalil Idrissi"));
  EXPECT_TRUE(f->HasPerson("Majid Rostami"));
}

TEST(NewsWhoNames, AHostIntroducingHerselfInATranscriptIsAPerson) {
  auto g = testing::ShippedGazetteer();
  const char* show =
      "ANA RUIZ: Welcome to the show. I'm Ana Ruiz.\n\n"
      "BEN OKAFOR: Thanks for having me.\n\n"
      "ANA RUIZ: Let's start.\n";
  auto f = testing::Find(*g, show, "2025-06-20");
  EXPECT_TRUE(f->HasPerson("Ana Ruiz"));
  // Without speaker labels "I'm Ana Ruiz" is a reporter's sign-off.
  auto s =
      testing::Find(*g, "The talks ended on Monday. For the World, I'm Ana Ruiz.", "2025-06-20");
  EXPECT_FALSE(s->HasPerson("Ana Ruiz"));
}

TEST(NewsWhoNames, TheBareOfficeOfAReadoutIsItsSeatsGovernments) {
  auto g = testing::ShippedGazetteer();
  const std::string body =
      "The Prime Minister met President Okonjo at Lancaster House this evening, "
      "following the President's arrival for a State Visit.\n\n"
      "The Prime Minister also noted that he had spoken to the Chancellor.\n";
  auto f = testing::Find(*g, "Press release\n\nPM meeting: 8 July 2025\n\n"
                         "From: Prime Minister's Office, 10 Downing Street\n\n" + body,
                         "2025-07-10");
  EXPECT_EQ(f->EntityOf("The Prime Minister"), "Keir Starmer");
  // A header naming a newspaper, or none: no government speaks.
  auto n = testing::Find(*g, "Press release\n\nFrom: The Guardian\n\n" + body, "2025-07-10");
  EXPECT_EQ(n->EntityOf("The Prime Minister"), "");
  auto b = testing::Find(*g, body, "2025-07-10");
  EXPECT_EQ(b->EntityOf("The Prime Minister"), "");
}

// The seat's polity comes from seats.tsv, for any date its office has a
// holder: a Kremlin readout of 2010 is Medvedev's.
TEST(NewsWhoNames, TheBareOfficeOfASeatsReadoutIsTheHolderOfThatDay) {
  auto g = testing::ShippedGazetteer();
  const std::string body =
      "The President met Prime Minister Okonjo in the Kremlin this evening, "
      "following the Prime Minister's arrival for an official visit.\n\n"
      "The President also noted that he had spoken to the Chancellor.\n";
  auto f = testing::Find(*g, "News release\n\nTalks with Okonjo: 8 July 2010\n\n"
                         "From: the Kremlin, Moscow\n\n" + body,
                         "2010-07-10");
  EXPECT_EQ(f->EntityOf("The President"), "Dmitry Medvedev");
}

TEST(NewsWhoNames, AnArmedMovementThatNegotiatesIsAnOrganisation) {
  auto g = testing::ShippedGazetteer();
  auto f = testing::Find(*g, "US envoys held direct talks with Hamas in Doha.", "2025-05-17");
  const DocEntity* h = f->Entity("Hamas");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->kind, ActorKind::kOrganization);
}

TEST(NewsWhoNames, EmperorHirohito) {
  auto g = testing::ShippedGazetteer();
  auto f = testing::Find(*g, "In 1971 the president met Emperor Hirohito of Japan in Anchorage.",
                         "1985-06-01");
  EXPECT_EQ(f->EntityOf("Emperor Hirohito"), "Hirohito");
  auto r = testing::Find(*g, "The Japanese emperor arrived in Paris on Monday.", "1985-06-01");
  EXPECT_EQ(r->EntityOf("The Japanese emperor"), "Hirohito");
}

// Without a header, the lede says where the document speaks from: "the
// President" of a White House briefing whose lede names the White House.
TEST(NewsWhoNames, TheBareOfficeOfABriefingIsItsLedesSeatsGovernments) {
  auto g = testing::ShippedGazetteer();
  const std::string rest =
      "MS. RUIZ: Good afternoon. On Friday the President welcomed the governors.\n\n"
      "Q: Has the President spoken to Governor Okafor since?\n";
  auto f = testing::Find(*g, "Excerpts from Monday's White House press briefing by Press Secretary "
                             "Ana Ruiz in the briefing room.\n\n" + rest,
                         "2025-02-24");
  EXPECT_EQ(f->EntityOf("the President"), "Donald Trump");
  // A header that names no known seat keeps the lede out of it.
  auto h = testing::Find(*g, "Press briefing excerpt\n\nExcerpts from Monday's press briefing at "
                             "the White House by Ana Ruiz.\n\n" + rest,
                         "2025-02-24");
  EXPECT_EQ(h->EntityOf("the President"), "");
}

// A crowned head named by the office alone is the monarch of the story's
// country: the polity whose office holders the document has named most.
TEST(NewsWhoNames, TheBareKingIsTheStorysCountrys) {
  auto g = testing::ShippedGazetteer();
  auto f = testing::Find(*g, "Prime Minister Dick Schoof left the cabinet meeting early. Schoof "
                             "drove to the palace.\n\nThe king received the prime minister at "
                             "six.\n",
                         "2025-06-03");
  EXPECT_EQ(f->EntityOf("The king"), "King Willem-Alexander");
  // Not another office: "the president" of a story is no such guess.
  auto p = testing::Find(*g, "Prime Minister Francois Bayrou spoke. Bayrou left. Bayrou came "
                             "back.\n\nLater the president said nothing.\n",
                         "2025-06-03");
  EXPECT_EQ(p->EntityOf("the president"), "");
}

// More seats of government (seats.tsv): a briefing headed by the Casa Rosada
// is the Argentine president's, whoever else it names.
TEST(NewsWhoNames, TheCasaRosadasPresidentIsArgentinas) {
  auto g = testing::ShippedGazetteer();
  auto f = testing::Find(*g, "Casa Rosada press briefing\n\nThe spokesman said the visit to the "
                             "White House went well.\n\nQ: Has the president spoken to Lula?\n",
                         "2025-10-15");
  EXPECT_EQ(f->EntityOf("the president"), "Javier Milei");
}

// An office's abbreviation of one country's usage: "the EAM" of an Indian
// briefing is India's external affairs minister.
TEST(NewsWhoNames, TheEamIsIndiasExternalAffairsMinister) {
  auto g = testing::ShippedGazetteer();
  auto f = testing::Find(*g, "The EAM will visit the Netherlands next week.", "2025-05-15");
  EXPECT_EQ(f->EntityOf("The EAM"), "Subrahmanyam Jaishankar");
}

// A title and a lone surname name the one holder of that office that day
// whose surname it is, though it is another known person's given name
// ("Abbas Araghchi"); a lone given name after a title names no one.
TEST(NewsWhoNames, ATitleAndTheHoldersSurnameNameHim) {
  auto g = testing::ShippedGazetteer();
  auto f = testing::Find(*g, "Guterres met President Abbas on Monday.", "2025-09-19");
  EXPECT_EQ(f->EntityOf("President Abbas"), "Mahmoud Abbas");
  auto d = testing::Find(*g, "Guterres met President Daniel on Monday.", "2025-09-19");
  EXPECT_EQ(d->EntityOf("President Daniel"), "");
}

// Congo, Rwanda and Sudan are countries, parties to talks; the M23 and the
// RSF are armed movements that negotiate: organisations.
TEST(NewsWhoNames, CongoRwandaSudanAreCountriesAndTheirRebelsOrganisations) {
  auto g = testing::ShippedGazetteer();
  auto f = testing::Find(*g, "Congo and Rwanda signed a deal. The M23 and the RSF held talks.",
                         "2025-06-28");
  for (const char* c : {"Democratic Republic of Congo", "Rwanda"}) {
    const DocEntity* e = f->Entity(c);
    ASSERT_NE(e, nullptr) << c;
    EXPECT_EQ(e->kind, ActorKind::kCountry) << c;
  }
  for (const char* o : {"M23", "Rapid Support Forces"}) {
    const DocEntity* e = f->Entity(o);
    ASSERT_NE(e, nullptr) << o;
    EXPECT_EQ(e->kind, ActorKind::kOrganization) << o;
  }
}

}  // namespace
}  // namespace eg
