#include <gtest/gtest.h>

#include <string>

#include "text/text.h"

namespace eg {
namespace {

TEST(LongSentence, RunOnTextIsCutAtClauseBoundariesWithinTheLimit) {
  std::string s;
  for (int i = 0; i < 300; ++i) s += "and the talks went on, ";
  s += "until dawn.";
  TextAnalysis t;
  Analyze(s, 0, &t);
  ASSERT_GT(t.sentences.size(), 1u);
  for (const Sentence& st : t.sentences) {
    EXPECT_LE(st.end_token - st.first_token, kMaxSentenceTokens);
    // Cut after a comma, not in the middle of a clause.
    if (st.end < s.size() - 1) {
      EXPECT_EQ(s[st.end - 1], ',');
    }
  }
  // Every token still belongs to exactly one sentence, in order.
  EXPECT_EQ(t.sentences.front().first_token, 0u);
  EXPECT_EQ(t.sentences.back().end_token, t.tokens.size());
  for (size_t i = 1; i < t.sentences.size(); ++i)
    EXPECT_EQ(t.sentences[i].first_token, t.sentences[i - 1].end_token);
}

TEST(LongSentence, WithoutPunctuationTheLimitCuts) {
  std::string s;
  for (int i = 0; i < 1000; ++i) s += "word ";
  TextAnalysis t;
  Analyze(s, 0, &t);
  EXPECT_EQ(t.sentences.size(), 5u);
  EXPECT_EQ(t.sentences_cut, 4u);  // the fifth piece ends with the text
  for (const Sentence& st : t.sentences)
    EXPECT_EQ(st.end_token - st.first_token, kMaxSentenceTokens);
}

// The cuts fall where the limit is reached between punctuation tokens:
// at the last clause boundary when it is far enough into the sentence, else
// at the limit; a sentence end after the cuts still ends a sentence.
TEST(LongSentence, CutsAtTheBoundaryThenAtTheLimitThenAtTheStop) {
  std::string s;
  for (int i = 0; i < 120; ++i) s += "word ";
  s += ", ";  // token 120: a clause boundary, token 121 starts the next clause
  for (int i = 0; i < 250; ++i) s += "word ";
  s += ". Next words.";  // tokens 371 (.), 372 Next, 373 words, 374 (.)
  TextAnalysis t;
  Analyze(s, 0, &t);
  ASSERT_EQ(t.tokens.size(), 375u);
  ASSERT_EQ(t.sentences.size(), 4u);
  EXPECT_EQ(t.sentences_cut, 2u);
  const uint32_t ends[] = {121, 321, 372, 375};
  uint32_t first = 0;
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(t.sentences[i].first_token, first) << i;
    EXPECT_EQ(t.sentences[i].end_token, ends[i]) << i;
    first = ends[i];
  }
}

TEST(LongSentence, OrdinarySentencesAreNotCut) {
  std::string s = "The two leaders met in Geneva on Friday, aides said, and talked for hours.";
  TextAnalysis t;
  Analyze(s, 0, &t);
  EXPECT_EQ(t.sentences.size(), 1u);
  EXPECT_EQ(t.sentences_cut, 0u);
}

}  // namespace
}  // namespace eg
