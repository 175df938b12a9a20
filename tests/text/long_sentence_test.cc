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

TEST(LongSentence, OrdinarySentencesAreNotCut) {
  std::string s = "The two leaders met in Geneva on Friday, aides said, and talked for hours.";
  TextAnalysis t;
  Analyze(s, 0, &t);
  EXPECT_EQ(t.sentences.size(), 1u);
  EXPECT_EQ(t.sentences_cut, 0u);
}

}  // namespace
}  // namespace eg
