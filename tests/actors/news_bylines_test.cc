// Bylines of present-day wire copy: every name of "Reporting by X and Y" or
// "By X, Y and Z" is a reporter, as are "X contributed reporting", "Editor:
// X" and a name alone on a line under the headline; and an agency's closing line "Associated Press writers X in
// Paris and Y in Rome contributed." names reporters, not actors. And the
// surname "He" after a title opens a name; a counterpart named in
// apposition is that person, not a guessed office holder; a gerund opening
// a sentence is no misspelt surname.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::SmallGazetteer;

TEST(NewsBylines, BothNamesOfAReportingByLineAreReporters) {
  auto g = SmallGazetteer();
  ASSERT_TRUE(g->ParseWordList("byline_words.txt", "reporting\nediting\n").ok());
  auto f = Find(*g,
                "Vladimir Putin spoke.\n(Reporting by Thomas Brenner and Valentina Varga; Editing by "
                "John Okoro)\n",
                "2025-08-20");
  EXPECT_EQ(f->Persons(), std::vector<std::string>{"Vladimir Putin"});
  // "and" after a name that is no byline's keeps the next name an actor.
  auto h = Find(*g, "Vladimir Putin met Thomas Brenner and Valentina Varga.", "2025-08-20");
  EXPECT_EQ(h->Persons().size(), 3u);
}

TEST(NewsBylines, AgencyWritersContributedLine) {
  auto g = SmallGazetteer();
  auto f = Find(*g,
                "Vladimir Putin spoke. Associated Press writers Thomas Brenner in Paris and "
                "Valentina Varga in Rome contributed.",
                "2025-08-20");
  EXPECT_EQ(f->Persons(), std::vector<std::string>{"Vladimir Putin"});
  // Without a writer's word, a sentence ending in "contributed" is the story's.
  auto h = Find(*g, "Vladimir Putin spoke. Thomas Brenner and Valentina Varga also contributed.",
                "2025-08-20");
  EXPECT_EQ(h->Persons().size(), 3u);
}

TEST(NewsBylines, SurnameHeAfterATitleIsAName) {
  // The pronoun is not capitalised inside a sentence: after a title, "He"
  // opens a name ("Premier He Lanfeng"); at a sentence start it is the pronoun.
  auto g = SmallGazetteer();
  auto f = Find(*g, "Vladimir Putin met Premier He Lanfeng in Moscow.", "2025-08-20");
  auto p = f->Persons();
  EXPECT_NE(std::find(p.begin(), p.end(), "He Lanfeng"), p.end());
  auto h = Find(*g, "Vladimir Putin spoke. He Lanfeng was not there.", "2025-08-20");
  auto q = h->Persons();
  EXPECT_EQ(std::find(q.begin(), q.end(), "He Lanfeng"), q.end());
}

TEST(NewsBylines, ACounterpartNamedInAppositionIsNotTheLeader) {
  // "his Russian counterpart, General Thomas Brenner,": the apposition
  // names the counterpart; without a person before, the leader is no guess.
  auto g = SmallGazetteer();
  auto f = Find(*g,
                "The army chief of Ukraine called his Russian counterpart, General Thomas "
                "Brenner, on Monday.",
                "2025-08-20");
  auto p = f->Persons();
  EXPECT_EQ(std::find(p.begin(), p.end(), "Vladimir Putin"), p.end());
  EXPECT_NE(std::find(p.begin(), p.end(), "Thomas Brenner"), p.end());
  // Without the apposition the counterpart is still resolved.
  auto h = Find(*g, "Donald Trump sat down with his Russian counterpart.", "2025-08-20");
  EXPECT_EQ(h->Persons(), (std::vector<std::string>{"Donald Trump", "Vladimir Putin"}));
}

TEST(NewsBylines, AGerundOpeningASentenceIsNoMisspeltSurname) {
  // "Joining" is within two edits of "Jinping" (Xi Jinping, named before).
  auto g = SmallGazetteer();
  auto f = Find(*g, "Xi Jinping arrived in Busan. Joining Donald Trump at the table were aides.",
                "2025-10-30");
  for (const auto& m : f->Mentions()) EXPECT_NE(m.second, "Joining") << m.first;
}

TEST(NewsBylines, EveryNameOfACommaListByline) {
  auto g = SmallGazetteer();
  auto f = Find(*g, "Talks in Geneva\n\nBy Thomas Brenner, Valentina Varga and John Okoro\n\n"
                "Vladimir Putin spoke.\n",
                "2025-08-20");
  EXPECT_EQ(f->Persons(), std::vector<std::string>{"Vladimir Putin"});
  // A wire story's credits name each reporter with a place.
  auto h = Find(*g,
                "Vladimir Putin spoke.\n(Reporting by Thomas Brenner in Kyiv, Valentina Varga in "
                "Moscow and John Okoro in Washington)\n",
                "2025-08-20");
  EXPECT_EQ(h->Persons(), std::vector<std::string>{"Vladimir Putin"});
  // The same list after a "by" that is no byline's is the story's people.
  auto k = Find(*g,
                "Vladimir Putin was joined by Thomas Brenner, Valentina Varga and John Okoro.",
                "2025-08-20");
  EXPECT_EQ(k->Persons().size(), 4u);
}

TEST(NewsBylines, ContributedReportingAndCreditLabels) {
  auto g = SmallGazetteer();
  ASSERT_TRUE(g->ParseWordList("writer_nouns.txt", "reporter\neditor\n").ok());
  auto f = Find(*g,
                "Vladimir Putin spoke.\n\nDaily Sun reporter Thomas Brenner contributed reporting.\n"
                "Valentina Varga contributed additional reporting from Rome.\n\nEditor: John Okoro\n",
                "2025-08-20");
  EXPECT_EQ(f->Persons(), std::vector<std::string>{"Vladimir Putin"});
  // A colon after a word that names no writer is the story's: "Guest: John Okoro".
  auto h = Find(*g, "Vladimir Putin spoke.\n\nGuest: John Okoro\n", "2025-08-20");
  EXPECT_EQ(h->Persons().size(), 2u);
}

TEST(NewsBylines, ANameAloneUnderTheHeadlineIsTheAuthor) {
  auto g = SmallGazetteer();
  auto f = Find(*g,
                "Notes from the summit\n\nWhat the pictures tell us\n\nThomas Brenner\n\n"
                "Vladimir Putin spoke.\n",
                "2025-08-20");
  EXPECT_EQ(f->Persons(), std::vector<std::string>{"Vladimir Putin"});
  // Far down the story a name on its own line (a caption, a list) is a person.
  std::string text = "Notes from the summit\n";
  for (int n = 0; n < 8; ++n) text += "Vladimir Putin spoke.\n";
  text += "Thomas Brenner\n";
  auto h = Find(*g, text, "2025-08-20");
  EXPECT_EQ(h->Persons().size(), 2u);
}

}  // namespace
}  // namespace eg
