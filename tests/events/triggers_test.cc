// TriggerLexicon: loading, errors, matching; event date values.
#include "events/dates.h"
#include "events/triggers.h"
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
