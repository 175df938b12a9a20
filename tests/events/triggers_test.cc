// TriggerLexicon: loading, errors, matching; event date values.
#include <algorithm>

#include "events/dates.h"
#include "events/triggers.h"
#include "events/word_classes.h"
#include "fixture.h"

namespace eg {
namespace {

TEST(TriggerLexicon, LoadsTheShippedData) {
  const TriggerLexicon& lex = testing::Lexicon();
  EXPECT_GT(lex.size(), 100u);
}

TEST(TriggerLexicon, MissingDirectoryIsAnErrorNamingTheFile) {
  std::unique_ptr<TriggerLexicon> lex;
  Status s = TriggerLexicon::Load("/nonexistent-dir", &lex);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent-dir/triggers/triggers.tsv"), std::string::npos);
}

TEST(TriggerLexicon, MalformedLinesNameFileAndLine) {
  std::unique_ptr<TriggerLexicon> lex;
  Status s = TriggerLexicon::Parse("# c\nmeeting\tyes\tverb\tobject\n", "t.tsv", "", "c.tsv", &lex);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("t.tsv:2"), std::string::npos) << s.message();
  s = TriggerLexicon::Parse("meeting\tmaybe\tverb\t-\tmeet\n", "t.tsv", "", "c.tsv", &lex);
  EXPECT_NE(s.message().find("interaction must be yes or no"), std::string::npos);
  s = TriggerLexicon::Parse("meeting\tyes\tverb\tsideways\tmeet\n", "t.tsv", "", "c.tsv", &lex);
  EXPECT_NE(s.message().find("unknown frame flag"), std::string::npos);
  s = TriggerLexicon::Parse("meeting\tyes\tverb\t-\tmeet\n", "t.tsv", "\nodd\tnot\n", "c.tsv",
                            &lex);
  EXPECT_NE(s.message().find("c.tsv:2: unknown cue class"), std::string::npos);
}

TEST(TriggerLexicon, LeaderTitlesLoadByRank) {
  const LeaderTitles& shipped = testing::Lexicon().leader_titles();
  EXPECT_NE(std::find(shipped.leads.begin(), shipped.leads.end(), "prime minister"),
            shipped.leads.end());
  EXPECT_NE(std::find(shipped.serves.begin(), shipped.serves.end(), "envoy"), shipped.serves.end());
  EXPECT_NE(std::find(shipped.minister.begin(), shipped.minister.end(), "secretary of state"),
            shipped.minister.end());
  LeaderTitles t;
  ASSERT_TRUE(TriggerLexicon::ParseLeaderTitles("# c\nleads\tEmir|prime minister\nlower\tvice\n",
                                                "l.tsv", &t)
                  .ok());
  EXPECT_EQ(t.leads, (std::vector<std::string>{"emir", "prime minister"}));
  EXPECT_EQ(t.lower, std::vector<std::string>{"vice"});
  EXPECT_TRUE(t.serves.empty());
  Status s = TriggerLexicon::ParseLeaderTitles("rules\tking\n", "l.tsv", &t);
  EXPECT_NE(s.message().find("l.tsv:1: unknown rank 'rules'"), std::string::npos) << s.message();
  s = TriggerLexicon::ParseLeaderTitles("leads\n", "l.tsv", &t);
  EXPECT_NE(s.message().find("l.tsv:1: expected 2"), std::string::npos) << s.message();
}

TEST(TriggerLexicon, LongestFormFirstAndHyphensGlued) {
  std::unique_ptr<TriggerLexicon> lex;
  ASSERT_TRUE(TriggerLexicon::Parse("call\tyes\tnoun\t-\tcall|phone call\n"
                                    "election\tno\tnoun\t-\tre-election\n",
                                    "t", "negated\tcalled off\n", "c", &lex)
                  .ok());
  TextAnalysis t;
  std::string text = "A phone call. Her re-election. Re - election. It was called off.";
  Analyze(text, 0, &t);
  std::vector<TriggerMatch> m;
  lex->TriggersAt(t, 1, uint32_t(t.tokens.size()), &m);  // "phone"
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].entry->type, "call");
  EXPECT_EQ(m[0].end - m[0].first, 2u);
  lex->TriggersAt(t, 5, uint32_t(t.tokens.size()), &m);  // "re-election"
  ASSERT_EQ(m.size(), 1u);
  lex->TriggersAt(t, 9, uint32_t(t.tokens.size()), &m);  // "Re - election" (spaced)
  EXPECT_TRUE(m.empty());
  uint32_t called = 15;
  ASSERT_EQ(t.Lower(t.tokens[called]), "called");
  EXPECT_EQ(lex->CueAt(t, called, uint32_t(t.tokens.size()), CueClass::kNegated), 2u);
  EXPECT_EQ(lex->CueAt(t, called, uint32_t(t.tokens.size()), CueClass::kPlanned), 0u);
}

// The sentence tables of the extractor read every cue length at a token and
// the cheap trigger prefilter; both must agree with CueAt / TriggersAt.
TEST(TriggerLexicon, CueLengthsAgreeWithCueAtForEveryLimit) {
  std::unique_ptr<TriggerLexicon> lex;
  ASSERT_TRUE(TriggerLexicon::Parse("meeting\tyes\tnoun\t-\tmeeting|summit\n", "t",
                                    "negated\tcalled off|called\nplanned\tcalled off soon\n",
                                    "c", &lex)
                  .ok());
  TextAnalysis t;
  std::string text = "They called off soon the summit.";
  Analyze(text, 0, &t);
  uint32_t n = uint32_t(t.tokens.size());
  uint64_t lens[kCueClasses];
  lex->CueLengthsAt(t, 1, n, lens);  // "called"
  EXPECT_EQ(lens[int(CueClass::kNegated)], (uint64_t(1) << 1) | (uint64_t(1) << 2));
  EXPECT_EQ(lens[int(CueClass::kPlanned)], uint64_t(1) << 3);
  for (uint32_t limit = 2; limit <= n; ++limit) {
    lex->CueLengthsAt(t, 1, limit, lens);
    uint64_t neg = lens[int(CueClass::kNegated)];
    uint32_t longest = neg ? uint32_t(63 - __builtin_clzll(neg)) : 0;
    EXPECT_EQ(longest, lex->CueAt(t, 1, limit, CueClass::kNegated)) << limit;
  }
  lex->CueLengthsAt(t, 0, n, lens);  // "They": no cue
  for (int c = 0; c < kCueClasses; ++c) EXPECT_EQ(lens[c], 0u);
  EXPECT_EQ(lex->max_cue_words(), 3u);
  std::vector<TriggerMatch> m;
  for (uint32_t i = 0; i < n; ++i) {
    lex->TriggersAt(t, i, n, &m);
    // The prefilter may pass a token without a trigger, never the reverse.
    if (!m.empty()) {
      EXPECT_TRUE(lex->MayStartTriggerAt(t, i)) << i;
    }
    lex->CueLengthsAt(t, i, n, lens);
    uint64_t any = 0;
    for (int c = 0; c < kCueClasses; ++c) any |= lens[c];
    if (any) {
      EXPECT_TRUE(lex->MayStartCueAt(t, i)) << i;
    }
  }
  EXPECT_TRUE(lex->MayStartTriggerAt(t, 5));   // "summit"
  EXPECT_FALSE(lex->MayStartTriggerAt(t, 0));  // "They"
  EXPECT_TRUE(lex->MayStartCueAt(t, 1));       // "called"
  EXPECT_FALSE(lex->MayStartCueAt(t, 5));      // "summit"
}

// A first word that starts many phrases skips those of two words or more by
// the next token's hash (TriggerLexicon::FirstWord); what matches is what
// matching every phrase finds: the longer phrases when their second word
// follows, a second word written with a curly apostrophe, the one-word form
// always, nothing of two words at the limit.
TEST(TriggerLexicon, SecondWordFilterKeepsEveryMatch) {
  std::unique_ptr<TriggerLexicon> lex;
  ASSERT_TRUE(TriggerLexicon::Parse("talks\tyes\tnoun\t-\theld talks|held a summit|held\n"
                                    "meeting\tyes\tverb\t-\theld o'brien\n",
                                    "t", "negated\theld off|held back\nplanned\theld\n", "c", &lex)
                  .ok());
  TextAnalysis t;
  std::string text =
      "They held talks. They held a summit. They held O\xE2\x80\x99" "Brien. They held firm. They held";
  Analyze(text, 0, &t);
  const uint32_t n = uint32_t(t.tokens.size());
  std::vector<uint32_t> helds;
  for (uint32_t i = 0; i < n; ++i)
    if (t.Lower(t.tokens[i]) == "held") helds.push_back(i);
  ASSERT_EQ(helds.size(), 5u);
  std::vector<TriggerMatch> m;
  auto lengths = [&](uint32_t i, uint32_t limit) {
    lex->TriggersAt(t, i, limit, &m);
    std::vector<uint32_t> l;
    for (const TriggerMatch& x : m) l.push_back(x.end - x.first);
    return l;
  };
  EXPECT_EQ(lengths(helds[0], n), (std::vector<uint32_t>{2, 1}));  // held talks
  EXPECT_EQ(lengths(helds[1], n), (std::vector<uint32_t>{3, 1}));  // held a summit
  EXPECT_EQ(lengths(helds[2], n), (std::vector<uint32_t>{2, 1}));  // held O’Brien
  EXPECT_EQ(m[0].entry->type, "meeting");
  EXPECT_EQ(lengths(helds[3], n), (std::vector<uint32_t>{1}));     // held firm
  EXPECT_EQ(lengths(helds[4], n), (std::vector<uint32_t>{1}));     // the last token
  EXPECT_EQ(lengths(helds[0], helds[0] + 1), (std::vector<uint32_t>{1}));  // at the limit
  uint64_t lens[kCueClasses];
  lex->CueLengthsAt(t, helds[0], n, lens);
  EXPECT_EQ(lens[int(CueClass::kNegated)], 0u);
  EXPECT_EQ(lens[int(CueClass::kPlanned)], uint64_t(1) << 1);
  TextAnalysis off;
  std::string off_text = "They held off. They held back.";
  Analyze(off_text, 0, &off);
  EXPECT_EQ(lex->CueAt(off, 1, uint32_t(off.tokens.size()), CueClass::kNegated), 2u);
  EXPECT_EQ(lex->CueAt(off, 5, uint32_t(off.tokens.size()), CueClass::kNegated), 2u);
  EXPECT_EQ(lex->CueAt(off, 1, 2, CueClass::kNegated), 0u);
  EXPECT_EQ(lex->CueAt(off, 1, 2, CueClass::kPlanned), 1u);
}

// The shipped word_classes.tsv joins the closed classes of code in one table.
TEST(WordClasses, OneTableAnswersEveryList) {
  const WordClasses& wc = testing::Lexicon().word_classes();
  EXPECT_TRUE(wc.Of("to") & words::kPreposition);
  EXPECT_TRUE(wc.Of("to") & words::kAuxWord);
  EXPECT_TRUE(wc.Of("leaders") & words::kGroupHead);
  EXPECT_TRUE(wc.Of("leaders") & words::kMemberGroup);
  EXPECT_EQ(wc.Of("summit"), 0u);
  EXPECT_TRUE(words::IsAuxiliary("didn't", wc.Of("didn't")));
  EXPECT_TRUE(words::IsSkippableAdverb("quickly", wc.Of("quickly")));
  EXPECT_FALSE(words::IsSkippableAdverb("italy", wc.Of("italy")));
  EXPECT_TRUE(words::IsSubjectVerbFiller("expected", wc.Of("expected")));
  EXPECT_TRUE(words::IsSubjectVerbFiller("himself", wc.Of("himself")));
  EXPECT_FALSE(words::IsSubjectVerbFiller("summit", wc.Of("summit")));
  // A verb of saying opens a clause; "says" is no past.
  EXPECT_TRUE(wc.Of("said") & words::kClauseOpener);
  EXPECT_TRUE(wc.Of("said") & words::kSpeechVerb);
  EXPECT_TRUE(wc.Of("said") & words::kPastSpeech);
  EXPECT_FALSE(wc.Of("says") & words::kPastSpeech);
  EXPECT_TRUE(wc.Of("insisted") & words::kClauseOpener);
  EXPECT_FALSE(wc.Of("insisted") & words::kSpeechVerb);
}

// Without the data file only grammar is known.
TEST(WordClasses, OpenClassesComeFromTheDataFile) {
  WordClasses closed;
  EXPECT_TRUE(closed.Of("the") & words::kDeterminer);
  EXPECT_TRUE(closed.Of("which") & words::kClauseOpener);
  EXPECT_EQ(closed.Of("leaders"), 0u);
  EXPECT_EQ(closed.Of("said"), 0u);
  WordClasses wc;
  ASSERT_TRUE(wc.Parse("# groups\ngroup_head\tLeaders|envoys\n\nspeech\tsaid\n"
                       "group_head\tcamps\n", "w.tsv").ok());
  EXPECT_EQ(wc.Of("leaders"), uint32_t(words::kGroupHead));  // lower-cased on loading
  EXPECT_TRUE(wc.Of("camps") & words::kGroupHead);           // a class on two lines
  EXPECT_EQ(wc.Of("said"), uint32_t(words::kSpeechVerb | words::kClauseOpener));
  EXPECT_EQ(wc.Of("officials"), 0u);
  EXPECT_TRUE(wc.Of("the") & words::kDeterminer);
  // A word of data in a class of code too: both.
  ASSERT_TRUE(wc.Parse("title\tthe\n", "w.tsv").ok());
  EXPECT_EQ(wc.Of("the"), uint32_t(words::kDeterminer | words::kTitleWord));
}

TEST(WordClasses, MalformedLinesNameFileAndLine) {
  WordClasses wc;
  Status s = wc.Parse("# c\ngroup_head leaders\n", "w.tsv");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("w.tsv:2: expected 2 tab-separated columns"), std::string::npos)
      << s.message();
  s = wc.Parse("filler\texpected\ncolour\tred\n", "w.tsv");
  EXPECT_NE(s.message().find("w.tsv:2: unknown word class 'colour'"), std::string::npos)
      << s.message();
  s = wc.Parse("filler\twould-be\n", "w.tsv");
  EXPECT_NE(s.message().find("w.tsv:1: 'would-be' is not one token"), std::string::npos)
      << s.message();
  s = wc.Parse("speech\tsaid|spoke up\n", "w.tsv");
  EXPECT_NE(s.message().find("'spoke up' is not one token"), std::string::npos) << s.message();
  s = wc.Parse("speech\t|\n", "w.tsv");
  EXPECT_NE(s.message().find("w.tsv:1: no words"), std::string::npos) << s.message();
  // Through the lexicon: the words file is named.
  std::unique_ptr<TriggerLexicon> lex;
  s = TriggerLexicon::Parse("meeting\tyes\tverb\t-\tmeet\n", "t.tsv", "", "c.tsv",
                            "\n\nfiller\n", "words.tsv", &lex);
  EXPECT_NE(s.message().find("words.tsv:3:"), std::string::npos) << s.message();
}

// The table packs words of every length up to 16 bytes differently (one,
// two or three bytes; four to seven; eight and more) and keeps longer ones
// whole: listed words of each shape are found, and words that share their
// packed bytes' neighbours, prefixes or suffixes are not.
TEST(WordClasses, PackedKeysTellWordsOfEveryLengthApart) {
  const WordClasses& wc = testing::Lexicon().word_classes();
  EXPECT_TRUE(wc.Of("a") & words::kDeterminer);
  EXPECT_TRUE(wc.Of("his") & words::kDeterminer);
  EXPECT_EQ(wc.Of("hxs"), 0u);  // same first, last byte and length
  EXPECT_TRUE(wc.Of("among") & words::kPreposition);
  EXPECT_EQ(wc.Of("amonk"), 0u);
  EXPECT_TRUE(wc.Of("representatives") & words::kGroupHead);
  EXPECT_EQ(wc.Of("representativez"), 0u);
  EXPECT_EQ(wc.Of("representativ"), 0u);  // a prefix of listed words
  EXPECT_TRUE(wc.Of("representative") & words::kTitleWord);
  EXPECT_FALSE(wc.Of("representative") & words::kGroupHead);
  EXPECT_EQ(wc.Of("representativesxx"), 0u);  // longer than any listed word
  EXPECT_EQ(wc.Of(""), 0u);
  // Titles before a name: "Foreign Minister", "U.S.".
  EXPECT_TRUE(wc.Of("minister") & words::kTitleWord);
  EXPECT_TRUE(wc.Of("u.s.") & words::kTitleWord);
  EXPECT_FALSE(wc.Of("ministers") & words::kTitleWord);
  WordClasses more;
  ASSERT_TRUE(more.Parse("group_head\tparliamentarians|representatives\n", "w").ok());
  EXPECT_TRUE(more.Of("parliamentarians") & words::kGroupHead);  // 16 bytes
  ASSERT_TRUE(more.Parse("group_head\tinternationalists\n", "w").ok());
  EXPECT_TRUE(more.Of("internationalists") & words::kGroupHead);  // 17 bytes
  EXPECT_EQ(more.Of("internationalistz"), 0u);
  EXPECT_EQ(more.Of("internationalist"), 0u);
}

// The table grows past its first size and keeps every word.
TEST(WordClasses, GrowsWithTheData) {
  std::string line = "group_head\t";
  for (int i = 0; i < 600; ++i) line += "unit" + std::to_string(i) + "|";
  WordClasses wc;
  ASSERT_TRUE(wc.Parse(line + "\n", "w").ok());
  for (int i = 0; i < 600; ++i)
    EXPECT_EQ(wc.Of("unit" + std::to_string(i)), uint32_t(words::kGroupHead)) << i;
  EXPECT_EQ(wc.Of("unit600"), 0u);
  EXPECT_TRUE(wc.Of("between") & words::kPreposition);
}

TEST(EventDates, UsableValuesKeepTheirPrecision) {
  EXPECT_EQ(EventDateOf("2025-08-15"), "2025-08-15");
  EXPECT_EQ(EventDateOf("2025-08-15T19:00"), "2025-08-15");
  EXPECT_EQ(EventDateOf("2025-08"), "2025-08");
  EXPECT_EQ(EventDateOf("1985"), "1985");
  EXPECT_EQ(EventDateOf("198X"), "198X");
  EXPECT_EQ(EventDateOf("19XX"), "19XX");
  // TimeML decades and centuries from the time stage.
  EXPECT_EQ(EventDateOf("197"), "197X");
  EXPECT_EQ(EventDateOf("19"), "19XX");
  EXPECT_EQ(EventDateOf("2025-W33"), "2025-W33");
  EXPECT_EQ(EventDateOf("2025-SU"), "2025");
  EXPECT_EQ(EventDateOf("PRESENT_REF"), "");
  EXPECT_EQ(EventDateOf("XXXX-08-15"), "");
  EXPECT_EQ(EventDateOf("P2D"), "");
  EXPECT_EQ(EventDateOf("2025-02-30"), "");
}

// "talks over the weekend": a reader dates a weekend by its Saturday.
TEST(EventDates, AWeekendIsDatedByItsSaturday) {
  EXPECT_EQ(EventDateOf("2025-W43-WE"), "2025-10-25");
  EXPECT_EQ(EventDateOf("2025-W32-WE"), "2025-08-09");
  // ISO week 1 of 2026 starts on Monday 2025-12-29.
  EXPECT_EQ(EventDateOf("2026-W01-WE"), "2026-01-03");
  EXPECT_EQ(EventDateOf("2025-W99-WE"), "");
}

TEST(EventDates, TalksOverTheWeekendAreDated) {
  testing::Doc d("Ruiz and Okafor held talks in Varna over the weekend.", "2025-10-30");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("the weekend", "2025-W43-WE");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-10-25");
}

// The merge parses each date once (DayInterval) and compares spans: the same
// answers as from the strings.
TEST(EventDates, SpansGiveTheSameCompatibility) {
  const char* values[] = {"2025-08-15", "2025-08", "2025", "2025-W33", "2025-08-18",
                          "198X",       "1985-11", "",     "PRESENT_REF", "2025-Q3"};
  for (const char* a : values)
    for (const char* b : values)
      EXPECT_EQ(DatesCompatible(a, DayInterval(a), b, DayInterval(b)), DatesCompatible(a, b))
          << a << " / " << b;
  EXPECT_TRUE(DayInterval("2025-08").ok);
  EXPECT_EQ(DayInterval("2025-08").last - DayInterval("2025-08").first, 30);
  EXPECT_FALSE(DayInterval("").ok);
  EXPECT_FALSE(DayInterval("PRESENT_REF").ok);
  EXPECT_TRUE(DatesCompatible("2025-Q3", DayInterval("2025-Q3"), "2025-08", DayInterval("2025-08")));
}

TEST(EventDates, Compatibility) {
  EXPECT_TRUE(DatesCompatible("2025-08-15", "2025-08"));
  EXPECT_TRUE(DatesCompatible("2025", "2025-08-15"));
  EXPECT_TRUE(DatesCompatible("2025-W33", "2025-08-15"));  // Mon 11 .. Sun 17 August
  EXPECT_FALSE(DatesCompatible("2025-W33", "2025-08-18"));
  EXPECT_TRUE(DatesCompatible("198X", "1985-11"));
  EXPECT_FALSE(DatesCompatible("2025-08-15", "2025-08-16"));
  EXPECT_FALSE(DatesCompatible("", "2025"));
  EXPECT_LT(DateSpanDays("2025-08-15"), DateSpanDays("2025-08"));
}

}  // namespace
}  // namespace eg
