#include "actors/gazetteer.h"

#include <gtest/gtest.h>

#include <cstring>

#include "actors/fold.h"
#include "test_gazetteer.h"
#include "corpus/document.h"
#include "text/text.h"

namespace eg {
namespace {

date::sys_days Day(const char* s) { return date::sys_days(*ParseIsoDate(s)); }

TEST(GazetteerParse, MalformedEntityLineNamesFileAndLine) {
  Gazetteer g;
  Status s = g.ParseEntities("people.entities.tsv",
                             "# comment\n"
                             "ann-smith\tAnn Smith\tperson\tGB\tSmith\n"
                             "bob-jones\tBob Jones\tperson\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("people.entities.tsv:3:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("fields"), std::string::npos) << s.message();
}

TEST(GazetteerParse, UnknownKindAndDuplicateIdAreErrors) {
  Gazetteer g;
  Status s = g.ParseEntities("a.entities.tsv", "ann-smith\tAnn Smith\tcelebrity\tGB\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("a.entities.tsv:1: unknown kind"), std::string::npos) << s.message();
  Gazetteer g2;
  s = g2.ParseEntities("b.entities.tsv", "ann-smith\tAnn Smith\tperson\tGB\n\nann-smith\tAnn Smyth\tperson\tGB\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("b.entities.tsv:3"), std::string::npos) << s.message();
}

TEST(GazetteerParse, RoleLinesAreChecked) {
  Gazetteer g;
  ASSERT_TRUE(g.ParseEntities("p.entities.tsv", "ann-smith\tAnn Smith\tperson\tGB\n").ok());
  Status s = g.ParseRoles("o.roles.tsv", "mayor\tGB\tbob-jones\t2020-01-01\t\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("o.roles.tsv:1: unknown holder id 'bob-jones'"), std::string::npos)
      << s.message();
  s = g.ParseRoles("o.roles.tsv", "mayor\tGB\tann-smith\t2020-02-30\t\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not YYYY-MM-DD"), std::string::npos) << s.message();
  s = g.ParseRoles("o.roles.tsv", "mayor\tGB\tann-smith\t2020-01-01\t2019-01-01\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("end before start"), std::string::npos) << s.message();
}

TEST(GazetteerRoles, HolderDependsOnTheDay) {
  Gazetteer g;
  ASSERT_TRUE(g.ParseEntities("p.entities.tsv",
                              "ann-smith\tAnn Smith\tperson\tXX\n"
                              "bob-jones\tBob Jones\tperson\tXX\n").ok());
  ASSERT_TRUE(g.ParseRoles("o.roles.tsv",
                           "mayor\tXX\tann-smith\t2020-01-01\t2022-06-01\n"
                           "mayor\tXX\tbob-jones\t2022-06-01\t\n").ok());
  EXPECT_EQ(g.HolderOn("mayor", "XX", Day("2021-03-01")), g.Find("ann-smith"));
  EXPECT_EQ(g.HolderOn("mayor", "XX", Day("2022-05-31")), g.Find("ann-smith"));
  EXPECT_EQ(g.HolderOn("mayor", "XX", Day("2022-06-01")), g.Find("bob-jones"));
  EXPECT_EQ(g.HolderOn("mayor", "XX", Day("2019-12-31")), -1);
  EXPECT_EQ(g.HolderOn("governor", "XX", Day("2021-03-01")), -1);
  // Two holders from the same day: "the envoy" is nobody in particular.
  ASSERT_TRUE(g.ParseRoles("o.roles.tsv",
                           "envoy\tXX\tann-smith\t2023-01-01\t\n"
                           "envoy\tXX\tbob-jones\t2023-01-01\t\n").ok());
  EXPECT_EQ(g.HolderOn("envoy", "XX", Day("2024-01-01")), -1);
}

// A seat of an office (seats.tsv) has no holder rows of its own: "the
// Kremlin leader" is whoever holds the seat's office that day, as its
// visitors meet; an organisation's own "leader" rows still come first.
TEST(GazetteerRoles, ASeatLeadsAsItsOfficesHolderOfTheDay) {
  Gazetteer g;
  ASSERT_TRUE(g.ParseEntities("p.entities.tsv",
                              "ann-smith\tAnn Smith\tperson\tXX\n"
                              "bob-jones\tBob Jones\tperson\tXX\n"
                              "cal-reyes\tCal Reyes\tperson\tXX\n"
                              "grey-house\tGrey House\torganization\tXX\n"
                              "war-office\tWar Office\torganization\tXX\n").ok());
  ASSERT_TRUE(g.ParseRoles("o.roles.tsv",
                           "president\tXX\tann-smith\t2008-05-07\t2012-05-07\n"
                           "president\tXX\tbob-jones\t2012-05-07\t\n"
                           "leader\twar-office\tcal-reyes\t2010-01-01\t\n").ok());
  ASSERT_TRUE(g.ParseSeats("seats.tsv", "grey-house\tpresident\tXX\n"
                                        "war-office\tpresident\tXX\n").ok());
  EXPECT_EQ(g.HolderOn("leader", "grey-house", Day("2010-03-01")), g.Find("ann-smith"));
  EXPECT_EQ(g.HolderOn("leader", "grey-house", Day("2020-03-01")), g.Find("bob-jones"));
  EXPECT_EQ(g.HolderOn("leader", "grey-house", Day("2001-03-01")), -1);
  EXPECT_EQ(g.HolderOn("leader", "war-office", Day("2020-03-01")), g.Find("cal-reyes"));
}

// The shipped seats name their holders through the offices' spells alone:
// the Kremlin's in 2010 is Medvedev's presidency, not Putin's premiership.
TEST(GazetteerLoad, ShippedSeatsLeadAsTheirOfficesHolders) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  EXPECT_EQ(g->HolderOn("leader", "kremlin", Day("2010-06-01")), g->Find("dmitry-medvedev"));
  EXPECT_EQ(g->HolderOn("leader", "kremlin", Day("2025-06-01")), g->Find("vladimir-putin"));
  EXPECT_EQ(g->HolderOn("leader", "kremlin", Day("2005-06-01")), g->Find("vladimir-putin"));
}

TEST(GazetteerLoad, ShippedDataLoadsAndKnowsOfficeHolders) {
  std::unique_ptr<Gazetteer> g;
  Status s = Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_GT(g->entries().size(), 500u);
  EXPECT_EQ(g->HolderOn("president", "US", Day("2023-06-01")), g->Find("joe-biden"));
  EXPECT_EQ(g->HolderOn("president", "US", Day("2025-06-01")), g->Find("donald-trump"));
  EXPECT_EQ(g->HolderOn("president", "US", Day("2019-06-01")), g->Find("donald-trump"));
  EXPECT_EQ(g->HolderOn("leader", "DE", Day("2025-08-01")), g->Find("friedrich-merz"));
  EXPECT_EQ(g->HolderOn("leader", "DE", Day("2020-08-01")), g->Find("angela-merkel"));
}

// "George Bush" is how news wrote both presidents Bush while each was in
// office: the shipped data lists it for both, and the date decides.
TEST(GazetteerLoad, ShippedNameSharedByTwoPresidentsGoesByTheDate) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  auto gaz_id = [&](const char* dct) {
    auto f = testing::Find(*g, "George Bush met John Major in Bermuda on Saturday.", dct);
    const DocEntity* e = f->Entity("George Bush");
    if (!e) e = f->Entity("George H. W. Bush");
    if (!e) e = f->Entity("George W. Bush");
    return e && e->gaz_entry >= 0 ? g->entries()[size_t(e->gaz_entry)].id : std::string();
  };
  EXPECT_EQ(gaz_id("1991-03-02"), "george-h-w-bush");
  EXPECT_EQ(gaz_id("2005-03-02"), "george-w-bush");
}

// "Syria's interim president", "the caretaker prime minister": whoever holds
// an office ad interim holds it; the shipped modifiers say so.
TEST(GazetteerLoad, ShippedInterimAndCaretakerNameTheHolder) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  for (const char* text : {"The interim US president left on Friday.",
                           "The caretaker US president left on Friday."}) {
    auto f = testing::Find(*g, text, "2025-06-01");
    EXPECT_EQ(f->Persons(), std::vector<std::string>{"Donald Trump"}) << text;
  }
}

// "the pontiff" is the Pope of the day, as "the Pope" is.
TEST(GazetteerLoad, ShippedPontiffIsThePopeOfTheDay) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  EXPECT_EQ(testing::Find(*g, "The pontiff left on Friday.", "2025-04-01")->Persons(),
            std::vector<std::string>{"Pope Francis"});
  EXPECT_EQ(testing::Find(*g, "The pontiff left on Friday.", "2025-06-01")->Persons(),
            std::vector<std::string>{"Pope Leo XIV"});
}

// A briefing headed by the White House press secretary speaks from the White
// House: its bare "the President" is the US president (not the FIFA
// president named after it).
TEST(GazetteerLoad, AHeaderNamingASeatsOfficerGivesTheHomeOffice) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  const std::string text =
      "PRESS BRIEFING BY PRESS SECRETARY KAROLINE LEAVITT\n\n"
      "MS. LEAVITT: Good afternoon, everybody, and thank you all for coming. As many of you "
      "saw, the President welcomed FIFA President Gianni Infantino to the Oval Office earlier "
      "today.\n";
  auto f = testing::Find(*g, text, "2025-03-07");
  EXPECT_TRUE(testing::Has(f->Persons(), "Donald Trump"));
}

// Every sovereign state is a country, with its adjective: "Turkmenistan's
// Serdar Berdimuhamedov" is a person of Turkmenistan, "Kenyan President X"
// one of Kenya.
TEST(GazetteerLoad, ShippedStatesAreCountries) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  for (const char* id : {"kenya", "vietnam", "turkmenistan", "peru", "cote-divoire", "jamaica"}) {
    const int e = g->Find(id);
    ASSERT_GE(e, 0) << id;
    EXPECT_EQ(g->KindOf(uint32_t(e)), GazKind::kCountry) << id;
  }
  auto f = testing::Find(*g, "Turkmenistan's Serdar Berdimuhamedov arrived on Friday.", "2025-06-01");
  EXPECT_TRUE(testing::Has(f->Persons(), "Serdar Berdimuhamedov"));
  auto k = testing::Find(*g, "Kenyan President Wanjiru Odhiambo arrived on Friday.", "2025-06-01");
  ASSERT_TRUE(testing::Has(k->Persons(), "Wanjiru Odhiambo"));
  EXPECT_EQ(k->Entity("Wanjiru Odhiambo")->country, "KE");
}

// "Speaker" is an office as "President" is: "House Speaker Mike Johnson" is
// the US speaker, and the name in apposition after another country's
// speaker is a person's.
TEST(GazetteerLoad, ShippedSpeakerIsAnOffice) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  auto f = testing::Find(*g, "The House speaker met reporters on Friday.", "2025-06-01");
  EXPECT_TRUE(testing::Has(f->Persons(), "Mike Johnson"));
  auto n = testing::Find(*g, "New Zealand's Speaker of the House, Tama Rangi, spoke on Friday.",
                         "2025-06-01");
  EXPECT_TRUE(testing::Has(n->Persons(), "Tama Rangi"));
}

// A region's adjective is nobody's name ("a Central Asian diplomat"), and
// the Pope's own name is the Pope.
TEST(GazetteerLoad, ShippedRegionAdjectivesAndThePopesName) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  auto f = testing::Find(*g, "\"Nobody wants to pick a side,\" said one Central Asian diplomat.",
                         "2025-06-01");
  EXPECT_TRUE(f->Persons().empty());
  auto p = testing::Find(*g, "Cardinal Robert Prevost was elected on Thursday.", "2025-06-01");
  EXPECT_EQ(p->Persons(), std::vector<std::string>{"Pope Leo XIV"});
}

// A sole polity belongs to its phrase, not to the office: "the EAM" is
// India's foreign minister, "the secretary of state" nobody in particular.
TEST(GazetteerLoad, ASolePolityIsThePhrasesOnly) {
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g).ok());
  EXPECT_EQ(testing::Find(*g, "The EAM arrived on Monday.", "2025-06-01")->Persons(),
            std::vector<std::string>{"Subrahmanyam Jaishankar"});
  EXPECT_TRUE(testing::Find(*g, "The secretary of state arrived on Monday.", "2025-06-01")
                  ->Persons()
                  .empty());
}

TEST(GazetteerLoad, MissingDirectoryIsAnError) {
  std::unique_ptr<Gazetteer> g;
  Status s = Gazetteer::Load("/nonexistent/eventgraph-data", &g);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/eventgraph-data/actors"), std::string::npos);
}

// The tail of HashFoldedBytes is read with wide loads: it must give the
// value the documented definition gives (eight bytes per step,
// little-endian, the last word zero-padded), at every length and offset.
TEST(Fold, HashOfEveryLengthIsTheWordwiseDefinition) {
  const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789-'ABCDEFGH";
  for (size_t off = 0; off < 8; ++off)
    for (size_t n = 0; off + n <= text.size() && n <= 30; ++n) {
      std::string_view s(text.data() + off, n);
      uint64_t h = FoldedHashSeed(n);
      for (size_t k = 0; k < n; k += 8) {
        uint64_t w = 0;
        for (size_t b = 0; b < 8 && k + b < n; ++b)
          w |= uint64_t(static_cast<unsigned char>(s[k + b])) << (8 * b);
        h = FoldedHashStep(h, w);
      }
      EXPECT_EQ(HashFoldedBytes(s), FoldedHashFinish(h)) << off << " " << n;
    }
}

TEST(Fold, DiacriticsCaseAndApostrophes) {
  EXPECT_EQ(Fold("Erdoğan"), "erdogan");
  EXPECT_EQ(Fold("Orbán"), "orban");
  EXPECT_EQ(Fold("Støre"), "store");
  EXPECT_EQ(Fold("O\xE2\x80\x99" "Brien"), "o'brien");
  EXPECT_EQ(FoldedHash("Erdoğan"), FoldedHash("ERDOGAN"));
  // Words longer than the eight bytes hashed per step, and differing only
  // in the last byte of a step or of the tail.
  EXPECT_EQ(FoldedHash("Lukashenko-Štefánik"), FoldedHash("lukashenko-stefanik"));
  EXPECT_EQ(FoldedHash("ABCDEFGH"), HashFoldedBytes("abcdefgh"));
  EXPECT_NE(FoldedHash("abcdefgh"), FoldedHash("abcdefgi"));
  EXPECT_NE(FoldedHash("abcdefghi"), FoldedHash("abcdefghj"));
  EXPECT_NE(FoldedHash("ab"), FoldedHash(std::string("ab\0", 3)));
  EXPECT_EQ(Slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
  EXPECT_EQ(Slug("George H. W. Bush"), "george-h-w-bush");
  EXPECT_EQ(EditDistance("zelinsky", "zelensky", 2), 1);
  EXPECT_EQ(EditDistance("putin", "biden", 2), 3);
}

TEST(Fold, EditDistanceIsCappedLevenshteinOnBytes) {
  EXPECT_EQ(EditDistance("", "", 2), 0);
  EXPECT_EQ(EditDistance("abc", "", 5), 3);
  EXPECT_EQ(EditDistance("", "ab", 5), 2);
  EXPECT_EQ(EditDistance("meloni", "miloni", 2), 1);
  EXPECT_EQ(EditDistance("abcd", "abdc", 5), 2);  // a transposition is two edits
  EXPECT_EQ(EditDistance("kitten", "sitting", 5), 3);
  EXPECT_EQ(EditDistance("kitten", "sitting", 1), 2);  // capped: cap + 1
  EXPECT_EQ(EditDistance("xijinping", "xijinpeng", 1), 1);
  EXPECT_EQ(EditDistance("erdoğan", "erdogan", 5), 2);  // two bytes for one letter
  std::string a(70, 'a'), b(70, 'a');
  b[3] = 'b';
  EXPECT_EQ(EditDistance(a, a, 2), 0);  // long strings only compare equal
  EXPECT_EQ(EditDistance(a, b, 2), 3);
}

TEST(Fold, ByteMaskNeverRejectsAPairWithinTheDistance) {
  const char* words[] = {"zelensky", "zelenskyy", "zelinskyy", "selensky", "meloni", "miloni",
                         "merz", "marz", "xijinping", "xijinpeng", "erdoğan", "erdogan"};
  for (const char* a : words)
    for (const char* b : words)
      for (int d = 0; d <= 2; ++d) {
        if (EditDistance(a, b, d) <= d) {
          EXPECT_TRUE(MayBeWithin(strlen(a), ByteMask(a), strlen(b), ByteMask(b), d)) << a << " " << b;
        }
      }
  EXPECT_FALSE(MayBeWithin(5, ByteMask("putin"), 5, ByteMask("biden"), 1));
}

TEST(TokenClasses, EveryTableAnswersInOneLookupAndFollowsLaterFiles) {
  auto g = testing::SmallGazetteer();
  uint32_t president = g->TokenClasses(FoldedHash("President"));
  EXPECT_TRUE(president & WordBit(WordTable::kRoleWords));
  EXPECT_TRUE(president & StartBit(WordTable::kRoleWords));
  EXPECT_FALSE(president & WordBit(WordTable::kGivenNames));
  // "prime minister": "prime" starts a role phrase but is none alone.
  uint32_t prime = g->TokenClasses(FoldedHash("prime"));
  EXPECT_TRUE(prime & StartBit(WordTable::kRoleWords));
  EXPECT_FALSE(prime & WordBit(WordTable::kRoleWords));
  EXPECT_EQ(g->TokenClasses(FoldedHash("zyzzyva")), 0u);
  EXPECT_TRUE(g->TokenClasses(FoldedHash("erdogan")) & WordBit(WordTable::kNames));
  ASSERT_TRUE(g->ParseWordList("given_names.txt", "zyzzyva\n").ok());
  EXPECT_EQ(g->TokenClasses(FoldedHash("Zyzzyva")),
            WordBit(WordTable::kGivenNames) | StartBit(WordTable::kGivenNames));
}

// The actors stage takes an all-ASCII token's hash from the text stage
// (TextAnalysis::hashes) instead of folding it: the classes must be the
// ones its FoldedHash gives, for words of every length and case; a token
// with a multi-byte character is flagged, as its folded form differs.
TEST(TokenClasses, TextStageHashOfAnAsciiTokenIsItsFoldedHash) {
  auto g = testing::SmallGazetteer();
  TextAnalysis t;
  Analyze("The PRESIDENT said Predictably Prime Minister Zyzzyva Counterintelligence-Executives "
          "Erdo\xC4\x9F" "an, Erdogan and the Department",
          0, &t);
  uint32_t nonzero = 0;
  for (size_t k = 0; k < t.tokens.size(); ++k) {
    const Token& tk = t.tokens[k];
    const uint32_t before = g->TokenClasses(FoldedHash(t.Str(tk)));
    nonzero += before != 0;
    if (tk.Has(kNonAscii)) {
      EXPECT_NE(t.hashes[k], FoldedHash(t.Str(tk))) << t.Str(tk);
      continue;
    }
    EXPECT_EQ(t.hashes[k], FoldedHash(t.Str(tk))) << t.Str(tk);
    EXPECT_EQ(g->TokenClasses(t.hashes[k]), before) << t.Str(tk);
  }
  EXPECT_GE(nonzero, 8u);
  // "Erdoğan" is a name only once folded.
  EXPECT_TRUE(g->TokenClasses(FoldedHash("Erdo\xC4\x9F" "an")) & WordBit(WordTable::kNames));
}

// The actors stage stops its scan at a lower-case word only when the small
// MayOpenLower() filter lets it through: every word whose classes may open
// a role prefix must pass it, including ones added by a later file; words
// of other tables may not (bar the filter's rare false positives, which
// this gazetteer's few words do not hit).
TEST(Gazetteer, BadRoleModifierLinesNameTheFileAndLine) {
  auto g = testing::SmallGazetteer();
  for (const char* bad : {"erstwhile\n", "erstwhile\tpast\n", "erstwhile\tformer\tupper\n",
                          "two words\tformer\n"}) {
    Status s = g->ParseRoleModifiers("data/role_modifiers.tsv", bad);
    EXPECT_FALSE(s.ok()) << bad;
    EXPECT_NE(s.message().find("data/role_modifiers.tsv"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find("1"), std::string::npos) << s.message();
  }
  // A modifier makes its word open a role phrase in lower case.
  EXPECT_FALSE(g->MayOpenLower(FoldedHash("erstwhile")));
  ASSERT_TRUE(g->ParseRoleModifiers("role_modifiers.tsv", "erstwhile\tformer\n").ok());
  EXPECT_TRUE(g->MayOpenLower(FoldedHash("erstwhile")));
}

TEST(TokenClasses, MayOpenLowerPassesEveryLowerCaseOpener) {
  auto g = testing::SmallGazetteer();
  for (const char* w : {"the", "his", "former", "acting", "both", "president", "prime"}) {
    EXPECT_TRUE(g->TokenClasses(FoldedHash(w)) & kLowerOpenerClasses) << w;
    EXPECT_TRUE(g->MayOpenLower(FoldedHash(w))) << w;
  }
  EXPECT_FALSE(g->TokenClasses(FoldedHash("erdogan")) & kLowerOpenerClasses);
  EXPECT_FALSE(g->MayOpenLower(FoldedHash("erdogan")));
  EXPECT_FALSE(g->MayOpenLower(FoldedHash("zyzzyva")));
  ASSERT_TRUE(g->ParseRoleWords("role_words.tsv", "zyzzyva\tpresident\n").ok());
  EXPECT_TRUE(g->MayOpenLower(FoldedHash("zyzzyva")));
}

}  // namespace
}  // namespace eg
