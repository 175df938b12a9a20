// Names as older wire news writes them: relatives sharing a surname, two
// persons with one surname, "the Pope" with no polity, kinship titles.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::SmallGazetteer;

TEST(NewsNames, GivenNameWrittenAloneMakesARelativeAPersonOfHisOwn) {
  auto g = SmallGazetteer();
  // "Tiago" has no cue (not a known given name, no speech verb); the text
  // writes "Tiago" alone and names his father with the same surname: a
  // family, two persons.
  auto f = Find(*g,
                "The boy's father, Thomas Ferreira, arrived. Officials want Tiago Ferreira to "
                "stay. Reporters asked whether Tiago would go. Ferreira declined.",
                "2000-01-05");
  auto persons = f->Persons();
  EXPECT_NE(std::find(persons.begin(), persons.end(), "Tiago Ferreira"), persons.end());
  EXPECT_NE(std::find(persons.begin(), persons.end(), "Thomas Ferreira"), persons.end());
  EXPECT_EQ(f->EntityOf("Tiago"), "Tiago Ferreira");
  // Without another Ferreira the word before the surname is not taken for
  // a given name ("Tanzanian Foreign Minister"), even when the pair recurs
  // (a company: "Miller Brewing ... Miller's sales").
  auto h = Find(*g, "Officials want Tiago Ferreira to stay. Reporters asked whether Tiago would go.",
                "2000-01-05");
  for (const auto& p : h->Persons()) EXPECT_NE(p, "Tiago Ferreira");
  auto c = Find(*g,
                "Its rival, Acme Brewing, gained. Analysts said Acme lost ground. Shares of Acme "
                "Brewing rose.",
                "1989-10-05");
  for (const auto& p : c->Persons()) EXPECT_NE(p, "Acme Brewing");
}

TEST(NewsNames, AFamilyNameWrittenFirstNamesThePersonAlone) {
  // "Liu Jianchao" is "Liu" later, as a known Chinese name would be; the
  // small gazetteer has no such list, so the test gives it one.
  auto g = SmallGazetteer();
  ASSERT_TRUE(g->ParseWordList("family_first_surnames.txt", "liu\n").ok());
  auto f = Find(*g,
                "Liu Jianchao said on Monday that he would travel. The next day, Liu said the talks "
                "had gone well.",
                "2025-04-08");
  EXPECT_EQ(f->EntityOf("Liu"), "Liu Jianchao");
}

TEST(NewsNames, ACompoundFamilyNameWrittenAloneIsTheLongerName) {
  // "André Corrêa do Lago ... Corrêa do Lago": the tail of the one longer
  // name of the document, no given name opening it.
  auto g = SmallGazetteer();
  auto f = Find(*g,
                "Ana Corrêa do Lago said on Monday that she would travel. The next day, Corrêa "
                "do Lago said the talks had gone well.",
                "2025-04-08");
  EXPECT_EQ(f->EntityOf("Corrêa do Lago"), "Ana Corrêa do Lago");
  EXPECT_EQ(f->Persons(), std::vector<std::string>{"Ana Corrêa do Lago"});
}

TEST(NewsNames, WordsWrittenInLowerCaseOrAfterAHyphenAreNoGivenNames) {
  auto g = SmallGazetteer();
  // "Later" is written in lower case elsewhere: "Later Ferreira" is Ferreira.
  auto f = Find(*g,
                "Thomas Ferreira arrived. Officials met later. They want Later Ferreira to stay. "
                "Reporters asked Later twice.",
                "2000-01-05");
  for (const auto& p : f->Persons()) EXPECT_NE(p, "Later Ferreira");
  // "anti-Ferreira Cubans": a word glued after a hyphen starts no name.
  auto h = Find(*g,
                "Thomas Ferreira arrived. The anti-Ferreira Cubans marched. Protesters chanted "
                "anti-Ferreira Cubans slogans. Thomas Ferreira left.",
                "2000-01-05");
  for (const auto& p : h->Persons()) EXPECT_EQ(p.find("Cubans"), std::string::npos) << p;
}

TEST(NewsNames, ABareSurnameTwoPersonsShareIsTheOneNamedLast) {
  auto g = SmallGazetteer();
  auto a = Find(*g, "Valentina Rossi arrived on Monday. Thomas Rossi spoke later. Rossi said no.",
                "2000-01-05");
  EXPECT_EQ(a->EntityOf("Rossi"), "Thomas Rossi");
  auto b = Find(*g, "Thomas Rossi spoke on Monday. Valentina Rossi arrived later. Rossi said no.",
                "2000-01-05");
  EXPECT_EQ(b->EntityOf("Rossi"), "Valentina Rossi");
}

TEST(NewsNames, ATitledSurnameCountsAsTheLastNamedOfTwoGazetteerPersons) {
  auto g = SmallGazetteer();
  ASSERT_TRUE(g->ParseEntities("more.entities.tsv",
                               "saddam-hussein\tSaddam Hussein\tperson\tIQ\tSaddam\n"
                               "king-hussein\tKing Hussein\tperson\tJO\t\n")
                  .ok());
  ASSERT_TRUE(g->ParseRoles("more.roles.tsv", "king\tJO\tking-hussein\t1952-08-11\t1999-02-07\n").ok());
  ASSERT_TRUE(g->ParseRoleWords("more_role_words.tsv", "king\tking\n").ok());
  auto f = Find(*g,
                "Iraq's Saddam Hussein spoke on Monday. King Hussein of Jordan arrived on "
                "Tuesday. Officials said Hussein was tired.",
                "1990-08-16");
  EXPECT_EQ(f->EntityOf("Hussein"), "King Hussein");
}

TEST(NewsNames, AnOfficeOnlyOnePolityHasNeedsNoPolity) {
  auto g = SmallGazetteer();
  ASSERT_TRUE(g->ParseEntities("more.entities.tsv",
                               "pope-john-paul-ii\tPope John Paul II\tperson\tVA\tJohn Paul II\n"
                               "cuba\tCuba\tcountry\tCU\t\n")
                  .ok());
  ASSERT_TRUE(
      g->ParseRoles("more.roles.tsv", "pope\tVA\tpope-john-paul-ii\t1978-10-16\t2005-04-02\n").ok());
  ASSERT_TRUE(g->ParseRoleWords("more_role_words.tsv", "pope\tpope\tVA\n").ok());
  auto f = Find(*g, "The world will see the Pope in Havana.", "1998-01-20");
  EXPECT_EQ(f->EntityOf("the Pope"), "Pope John Paul II");
  // After his time nobody in this gazetteer holds the office.
  auto h = Find(*g, "The world will see the Pope in Havana.", "2010-01-20");
  EXPECT_TRUE(h->Persons().empty());
  // A country in apposition after the role is no name of the office holder.
  auto c = Find(*g, "Through the Pope, Cuba, can change.", "1998-01-20");
  EXPECT_EQ(c->EntityOf("the Pope, Cuba"), "");
  EXPECT_EQ(c->EntityOf("Cuba"), "Cuba");
}

TEST(NewsNames, RoleWordsTakeAnOptionalSolePolity) {
  Gazetteer g;
  EXPECT_TRUE(g.ParseRoleWords("r.tsv", "pope\tpope\tVA\npresident\tpresident\n").ok());
  Status s = g.ParseRoleWords("r.tsv", "pope\tpope\tVA\textra\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("r.tsv:1"), std::string::npos) << s.message();
}

TEST(NewsNames, ShippedDataKnowsKinshipTitlesAndThePopesOfTheNineties) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  auto f = Find(*g, "Custody went from his great-uncle, Manolo Quesada, to his cousin Yanet Quesada.",
                "2000-02-10");
  auto persons = f->Persons();
  EXPECT_NE(std::find(persons.begin(), persons.end(), "Manolo Quesada"), persons.end());
  EXPECT_NE(std::find(persons.begin(), persons.end(), "Yanet Quesada"), persons.end());
  auto p = Find(*g, "Crowds waited for the Pope in Havana.", "1998-01-20");
  EXPECT_EQ(p->EntityOf("the Pope"), "Pope John Paul II");
  auto m = Find(*g, "King Hussein of Jordan flew home. The monarch met aides.", "1990-08-16");
  EXPECT_EQ(m->EntityOf("The monarch"), "King Hussein");
}

TEST(NewsNames, ADatelineCapitalIsWhereTheStoryWasFiledNotItsGovernment) {
  auto g = SmallGazetteer();  // "Moscow" is a metonym of Russia there
  auto f = Find(*g, "MOSCOW (AP) -- Officials met on Friday. Moscow said no.", "1998-02-27");
  ASSERT_NE(f->Entity("Russia"), nullptr);
  EXPECT_EQ(f->Entity("Russia")->mentions, 1u);
  EXPECT_EQ(f->EntityOf("MOSCOW"), "");
  auto h = Find(*g, "MOSCOW, Feb. 27 -- Officials met on Friday.", "1998-02-27");
  EXPECT_EQ(h->Entity("Russia"), nullptr);
  // Inside the story the capital still stands for its government.
  auto m = Find(*g, "Moscow said no on Friday.", "1998-02-27");
  ASSERT_NE(m->Entity("Russia"), nullptr);
}

TEST(NewsNames, ABareRoleFindsTheHolderAmongNamesakesNotYetToldApart) {
  auto g = SmallGazetteer();
  ASSERT_TRUE(g->ParseRoles("more.roles.tsv",
                            "president\tUS\tbill-clinton\t1993-01-20\t2001-01-20\n"
                            "foreign-minister\tUS\thillary-clinton\t2009-01-21\t2013-02-01\n")
                  .ok());
  auto f = Find(*g, "President Clinton arrived. The president met Vladimir Putin.", "1998-05-01");
  EXPECT_EQ(f->EntityOf("The president"), "Bill Clinton");
}

TEST(NewsNames, ShippedDataReadsAppositionsRoyalsAndParticles) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  auto has = [](const testing::Found& f, const std::string& name) {
    auto p = f.Persons();
    return std::find(p.begin(), p.end(), name) != p.end();
  };
  // "Jan" is also the month's abbreviation (a stopword) ...
  auto j = Find(*g, "The Slovak envoy, Jan Novotny, said he was hopeful.", "1999-03-12");
  EXPECT_TRUE(has(*j, "Jan Novotny"));
  // ... which still names no one before a known name or as the month.
  auto m = Find(*g, "Talks began on Jan. 14 in Prague.", "1999-03-12");
  EXPECT_TRUE(m->Persons().empty());
  // A royal title with a given name: the person, not a weak candidate.
  auto r = Find(*g, "Crown Prince Talal, the king's brother, was asked about it.", "1990-08-15");
  EXPECT_TRUE(has(*r, "Talal"));
  // Lower-case "arap" inside a Kenyan name.
  auto k = Find(*g, "She met President Daniel arap Mwangi in Nairobi.", "1998-08-18");
  EXPECT_TRUE(has(*k, "Daniel arap Mwangi"));
  // A name set off by commas before a speech verb.
  auto c = Find(*g, "One of them, Yanet Quesada, told reporters it was unfair.", "2000-02-10");
  EXPECT_TRUE(has(*c, "Yanet Quesada"));
}

TEST(NewsNames, ShippedDataKnowsTheSovietUnionAsACountry) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  // A party to talks in older news, not a name like a war or a prize.
  auto f = Find(*g, "Washington and the Soviet Union held talks. The USSR said no.", "1990-08-15");
  const DocEntity* su = f->Entity("Soviet Union");
  ASSERT_NE(su, nullptr);
  EXPECT_EQ(su->kind, ActorKind::kCountry);
  EXPECT_EQ(su->mentions, 2u);
  // "the Soviet leader" is the one leading it on the publication date.
  auto l = Find(*g, "The Soviet leader arrived in Paris.", "1988-05-01");
  EXPECT_EQ(l->EntityOf("The Soviet leader"), "Mikhail Gorbachev");
}

TEST(NewsNames, AFunctionWordInOrdinaryCaseIsNotTheAcronymItSpells) {
  auto g = SmallGazetteer();
  ASSERT_TRUE(g->ParseEntities("more.entities.tsv",
                               "who\tWorld Health Organization\torganization\t-\tWHO\n"
                               "reuters\tReuters\torganization\tGB\n")
                  .ok());
  ASSERT_TRUE(g->ParseWordList("stopwords.txt", "who\nus\nreuters\n").ok());
  auto f = Find(*g, "Who's to say? Who knows. Us, we said.", "1998-01-20");
  EXPECT_EQ(f->Entity("World Health Organization"), nullptr);
  EXPECT_EQ(f->Entity("United States"), nullptr);
  // The acronym in capitals, and a name written in ordinary case, still are.
  auto a = Find(*g, "The WHO said so. US officials agreed. Reuters reported it.", "1998-01-20");
  EXPECT_NE(a->Entity("World Health Organization"), nullptr);
  EXPECT_NE(a->Entity("United States"), nullptr);
  EXPECT_NE(a->Entity("Reuters"), nullptr);
}

TEST(NewsNames, AShipNamedAfterAPersonIsNoMentionOfHim) {
  auto g = SmallGazetteer();
  ASSERT_TRUE(g->ParseWordList("vessel_words.txt", "carrier\nuss\n").ok());
  ASSERT_TRUE(g->ParseWordList("stopwords.txt", "to\n").ok());
  auto f = Find(*g, "The aircraft carrier Joe Biden sailed. USS Donald Trump followed.", "2025-08-20");
  EXPECT_EQ(f->Entity("Joe Biden"), nullptr);
  EXPECT_EQ(f->Entity("Donald Trump"), nullptr);
  auto d = Find(*g, "Another carrier -- the Joe Biden -- sailed.", "2025-08-20");
  EXPECT_EQ(d->Entity("Joe Biden"), nullptr);
  // A bare surname after "the" and before a function word is the ship too;
  // before a noun it still names the person.
  auto b = Find(*g, "The plan is for the Biden to replace it.", "2025-08-20");
  EXPECT_EQ(b->Entity("Joe Biden"), nullptr);
  auto a = Find(*g, "Critics of the Biden administration said so.", "2025-08-20");
  EXPECT_NE(a->Entity("Joe Biden"), nullptr);
  // A capitalised vessel word is a name's own word, and a person is one.
  auto p = Find(*g, "Joe Biden met Vladimir Putin. A carrier was near.", "2025-08-20");
  EXPECT_NE(p->Entity("Joe Biden"), nullptr);
}

TEST(NewsNames, ShippedDataReadsFundsAsCompanyContext) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  auto f = Find(*g, "Investors moved money into other T. Rowe Price funds.", "1989-10-30");
  EXPECT_TRUE(f->Persons().empty());
}

TEST(NewsNames, AContributorsLineNamesReportersNotActors) {
  auto g = SmallGazetteer();
  auto f = Find(*g, "Vladimir Putin spoke. Ana Ruiz in Paris and Ben Okafor contributed to this article.",
                "2025-08-20");
  auto p = f->Persons();
  EXPECT_EQ(p, std::vector<std::string>{"Vladimir Putin"});
  // Contributing to something else is no byline.
  auto c = Find(*g, "Ana Ruiz said she contributed to this campaign.", "2025-08-20");
  EXPECT_EQ(c->Persons(), std::vector<std::string>{"Ana Ruiz"});
}

TEST(NewsNames, CreditWordsComeFromTheDataFiles) {
  // Words the lists lack credit nobody; added to the lists, they do.
  const char* text =
      "Talks resumed, said Thomas Hale.\nNarrated by Valentina Ross\n"
      "John Carver said he contributed to this dispatch.\n";
  auto g = SmallGazetteer();
  auto before = Find(*g, text, "2025-03-01");
  EXPECT_EQ(before->Persons(),
            (std::vector<std::string>{"Thomas Hale", "Valentina Ross", "John Carver"}));
  ASSERT_TRUE(g->ParseWordList("byline_words.txt", "narrated\n").ok());
  ASSERT_TRUE(g->ParseWordList("contribution_nouns.txt", "dispatch\n").ok());
  auto after = Find(*g, text, "2025-03-01");
  EXPECT_EQ(after->Persons(), std::vector<std::string>{"Thomas Hale"});
}

}  // namespace
}  // namespace eg
