// Long sentences are cut into pieces before the later stages; normal ones
// are left alone.
#include <gtest/gtest.h>

#include "cli/extract_sentence_cap.h"

namespace eg {
namespace {

TEST(SentenceCap, ShortSentencesUntouched) {
  std::string text = "The envoys met. They talked for hours.\n";
  TextAnalysis t;
  Analyze(text, 0, &t);
  auto before = t.sentences.size();
  SentenceCut c = CapSentenceLength(&t, 5);
  EXPECT_EQ(c.cut, 0u);
  EXPECT_EQ(t.sentences.size(), before);
  EXPECT_EQ(SentenceCutMessage("a.txt", c, 5), "");
}

TEST(SentenceCap, LongSentenceCutIntoPieces) {
  std::string text = "Short one.\n";
  const size_t long_start = text.size();
  for (int i = 0; i < 23; ++i) text += "word ";
  text += "end.\nLast.";
  TextAnalysis t;
  Analyze(text, 0, &t);
  ASSERT_EQ(t.sentences.size(), 3u);
  const uint32_t n = t.sentences[1].end_token - t.sentences[1].first_token;
  ASSERT_EQ(n, 25u);  // 23 words, "end", "."
  SentenceCut c = CapSentenceLength(&t, 10);
  EXPECT_EQ(c.cut, 1u);
  EXPECT_EQ(c.longest, 25u);
  EXPECT_EQ(c.first_offset, long_start);
  ASSERT_EQ(t.sentences.size(), 5u);  // 1 + 3 pieces (10, 10, 5) + 1
  for (size_t i = 1; i < 4; ++i) {
    const Sentence& s = t.sentences[i];
    EXPECT_LE(s.end_token - s.first_token, 10u);
    EXPECT_EQ(s.first_token, t.sentences[i - 1].end_token);
    EXPECT_EQ(s.start, t.tokens[s.first_token].start);
    EXPECT_EQ(s.end, t.tokens[s.end_token - 1].end);
    EXPECT_TRUE(t.tokens[s.first_token].Has(kSentenceStart));
  }
  EXPECT_EQ(t.Str(t.sentences[4]), "Last.");
  EXPECT_EQ(t.SentenceOf(t.sentences[2].first_token + 1), 2u);
  std::string m = SentenceCutMessage("d/a.txt", c, 10);
  EXPECT_EQ(m, "d/a.txt: 1 sentence longer than 10 tokens (the longest 25, the first at byte 11) "
               "cut into pieces of 10 tokens; events spanning a cut are missed; file processed");
}

}  // namespace
}  // namespace eg
