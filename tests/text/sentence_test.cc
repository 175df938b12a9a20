// Sentence splitting contract (src/text/text.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/text.h"

namespace eg {
namespace {

std::vector<std::string> Sents(const std::string& s) {
  TextAnalysis a;
  Analyze(s, 0, &a);
  std::vector<std::string> out;
  for (const auto& st : a.sentences) out.emplace_back(a.Str(st));
  return out;
}

using V = std::vector<std::string>;

TEST(Sentences, EndAtTerminalPunctuation) {
  EXPECT_EQ(Sents("They met. Nothing came of it! Why? Nobody knows."),
            (V{"They met.", "Nothing came of it!", "Why?", "Nobody knows."}));
}

TEST(Sentences, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_EQ(Sents("He said \"enough.\" Then he left. (It rained.) Later “we wait.” Done."),
            (V{"He said \"enough.\"", "Then he left.", "(It rained.)", "Later “we wait.”",
               "Done."}));
}

TEST(Sentences, TitlesAndMonthAbbreviationsDoNotEnd) {
  EXPECT_EQ(Sents("Mr. Smith met Dr. Jones on Jan. 5 in St. Louis. They spoke."),
            (V{"Mr. Smith met Dr. Jones on Jan. 5 in St. Louis.", "They spoke."}));
  EXPECT_EQ(Sents("Gen. Milley and Sen. Graham agreed. Talks followed."),
            (V{"Gen. Milley and Sen. Graham agreed.", "Talks followed."}));
}

// Any case, six-letter ones included (the lookup is by the token's
// lower-cased key); a longer word ends the sentence.
TEST(Sentences, AbbreviationsInAnyCaseAndOfSixLetters) {
  EXPECT_EQ(Sents("MR. SMITH met Messrs. Brown and Green. Approx. 40 came. They left."),
            (V{"MR. SMITH met Messrs. Brown and Green.", "Approx. 40 came.", "They left."}));
  EXPECT_EQ(Sents("They met the Generals. Talks followed."),
            (V{"They met the Generals.", "Talks followed."}));
}

TEST(Sentences, LowerCaseWordsThatLookLikeAbbreviationsEnd) {
  // "sat", "no", "sun" are abbreviations only as "Sat.", "No. 5", "Sun.".
  EXPECT_EQ(Sents("The delegates sat. Nobody spoke."), (V{"The delegates sat.", "Nobody spoke."}));
  EXPECT_EQ(Sents("He said no. The talks ended."), (V{"He said no.", "The talks ended."}));
  EXPECT_EQ(Sents("They met on Sat. Jan. 4 at No. 10 Downing Street."),
            (V{"They met on Sat. Jan. 4 at No. 10 Downing Street."}));
}

// "Md." (Muhammad) before a South Asian name, capitalised only.
TEST(Sentences, AbbreviatedGivenNameDoesNotEnd) {
  EXPECT_EQ(Sents("Dar met Adviser Md. Touhid Hossain in Dhaka. They spoke."),
            (V{"Dar met Adviser Md. Touhid Hossain in Dhaka.", "They spoke."}));
  EXPECT_EQ(Sents("Mohd. Najib arrived. Talks followed."),
            (V{"Mohd. Najib arrived.", "Talks followed."}));
}

TEST(Sentences, InitialsDoNotEnd) {
  EXPECT_EQ(Sents("George W. Bush met John F. Kennedy Jr. in a dream. It was odd."),
            (V{"George W. Bush met John F. Kennedy Jr. in a dream.", "It was odd."}));
}

TEST(Sentences, AbbreviationWithPeriodsInside) {
  EXPECT_EQ(Sents("The U.S. envoy arrived at 9 a.m. on Monday. He left."),
            (V{"The U.S. envoy arrived at 9 a.m. on Monday.", "He left."}));
}

TEST(Sentences, LowerCaseContinuationDoesNotEnd) {
  EXPECT_EQ(Sents("It cost 3.5 billion. and more"), (V{"It cost 3.5 billion. and more"}));
}

TEST(Sentences, NumbersAndDomainsDoNotEnd) {
  EXPECT_EQ(Sents("Growth was 3.5 percent, says example.com today."),
            (V{"Growth was 3.5 percent, says example.com today."}));
}

TEST(Sentences, LineBreaksEndSentences) {
  EXPECT_EQ(Sents("A headline without a period\nThe body starts here. Second one\r\n\r\nLast"),
            (V{"A headline without a period", "The body starts here.", "Second one", "Last"}));
}

// The events stage looks for line starts (speaker labels, dated heading
// lines) among the sentences' first tokens only: every token that starts a
// line must start a sentence, whatever ends the line before (an
// abbreviation, a closing quote, no stop, a run-on line that is cut).
TEST(Sentences, EveryLineStartOpensASentence) {
  std::string s =
      "Talks with Mr.\nSmith went on (as agreed.)\n\"Later,\" he said\n"
      "\u201cYes.\u201d\nlower case after a stop.\nMARA VOSS: We spoke on Jan.\n5 in Oslo";
  for (int i = 0; i < 260; ++i) s += " word";
  s += "\nThe end";
  TextAnalysis a;
  Analyze(s, 0, &a);
  std::vector<bool> opens(a.tokens.size(), false);
  for (const auto& st : a.sentences) opens[st.first_token] = true;
  int line_starts = 0;
  for (uint32_t k = 0; k < a.tokens.size(); ++k) {
    if (!a.tokens[k].Has(kLineStart)) continue;
    ++line_starts;
    EXPECT_TRUE(opens[k]) << "line start '" << a.Str(a.tokens[k]) << "' opens no sentence";
  }
  EXPECT_EQ(line_starts, 8);
}

TEST(Sentences, SpansAreTrimmedAndTokensAreCovered) {
  std::string s = "  First one.   Second one!  \n\n  Third  ";
  TextAnalysis a;
  Analyze(s, 0, &a);
  ASSERT_EQ(a.sentences.size(), 3u);
  EXPECT_EQ(a.Str(a.sentences[0]), "First one.");
  EXPECT_EQ(a.Str(a.sentences[2]), "Third");
  // Token ranges tile the token list, and the first token of each sentence is flagged.
  uint32_t next = 0;
  for (const auto& st : a.sentences) {
    EXPECT_EQ(st.first_token, next);
    EXPECT_LT(st.first_token, st.end_token);
    EXPECT_TRUE(a.tokens[st.first_token].Has(kSentenceStart));
    next = st.end_token;
  }
  EXPECT_EQ(next, a.tokens.size());
  size_t flagged = 0;
  for (const auto& t : a.tokens) flagged += t.Has(kSentenceStart);
  EXPECT_EQ(flagged, a.sentences.size());
}

TEST(Sentences, SentenceOfFindsTheContainingSentence) {
  TextAnalysis a;
  Analyze("One two. Three four five. Six.", 0, &a);
  ASSERT_EQ(a.sentences.size(), 3u);
  EXPECT_EQ(a.SentenceOf(0), 0u);
  EXPECT_EQ(a.SentenceOf(2), 0u);
  EXPECT_EQ(a.SentenceOf(3), 1u);
  EXPECT_EQ(a.SentenceOf(6), 1u);
  EXPECT_EQ(a.SentenceOf(7), 2u);
}

TEST(Sentences, EllipsisAndRepeatedMarks) {
  EXPECT_EQ(Sents("Really?! Yes... Fine."), (V{"Really?!", "Yes...", "Fine."}));
}

}  // namespace
}  // namespace eg
