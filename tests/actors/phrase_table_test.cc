#include "actors/phrase_table.h"

#include <gtest/gtest.h>

#include <vector>

#include "actors/fold.h"
#include "text/text.h"

namespace eg {
namespace {

std::vector<uint64_t> Hashes(const TextAnalysis& t) {
  std::vector<uint64_t> h;
  for (const Token& tk : t.tokens) h.push_back(FoldedHash(t.Str(tk)));
  return h;
}

TEST(PhraseTable, LongestMatchStopsOnlyWhereAPhraseEnds) {
  PhraseTable pt;
  ASSERT_TRUE(pt.Add("prime minister", 1));
  ASSERT_TRUE(pt.Add("deputy prime minister", 2));
  ASSERT_TRUE(pt.Add("Secretary-General", 3));
  TextAnalysis t;
  Analyze("the deputy prime minister and the prime secretary-general", 0, &t);
  std::vector<uint64_t> h = Hashes(t);
  const uint32_t n = uint32_t(t.tokens.size());
  const std::vector<uint32_t>* v = nullptr;
  // "deputy prime minister": the whole phrase, with its value.
  EXPECT_EQ(pt.LongestMatch(h.data(), 1, n, &v), 3u);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ((*v)[0], 2u);
  // "prime minister" inside it.
  EXPECT_EQ(pt.LongestMatch(h.data(), 2, n, &v), 2u);
  EXPECT_EQ((*v)[0], 1u);
  // "deputy prime" before the end of the span: no phrase ends there.
  EXPECT_EQ(pt.LongestMatch(h.data(), 1, 3), 0u);
  // "prime" alone (followed by "secretary") is no phrase: an inner node.
  EXPECT_EQ(pt.LongestMatch(h.data(), 6, n), 0u);
  // Three tokens: secretary, -, general; case and the hyphen as tokenised.
  EXPECT_EQ(pt.LongestMatch(h.data(), 7, n, &v), 3u);
  EXPECT_EQ((*v)[0], 3u);
  // The same walk from the text, hashing on the fly.
  EXPECT_EQ(pt.LongestMatch(t, 1, n), 3u);
  EXPECT_EQ(pt.LongestMatch(t, 6, n), 0u);
}

TEST(PhraseTable, AWordThatEndedAPhraseCanLaterLeadOn) {
  PhraseTable pt;
  pt.Add("Joe", 1);  // a phrase's last word first...
  TextAnalysis t;
  Analyze("Joe Biden spoke", 0, &t);
  std::vector<uint64_t> h = Hashes(t);
  EXPECT_EQ(pt.LongestMatch(h.data(), 0, 3), 1u);
  pt.Add("Joe Biden", 2);  // ...then a longer phrase through it
  const std::vector<uint32_t>* v = nullptr;
  EXPECT_EQ(pt.LongestMatch(h.data(), 0, 3, &v), 2u);
  EXPECT_EQ((*v)[0], 2u);
  EXPECT_EQ(pt.LongestMatchStarting(h.data(), 0, 3, &v), 2u);
  EXPECT_EQ(pt.LongestMatch(h.data(), 0, 1, &v), 1u);
  EXPECT_EQ((*v)[0], 1u);
}

TEST(PhraseTable, SingleWordsAreWordsOnlyWhenAPhraseEndsThere) {
  PhraseTable pt;
  pt.Add("prime minister", 1);
  pt.Add("Erdoğan", 2);
  EXPECT_FALSE(pt.ContainsWord("prime"));
  EXPECT_FALSE(pt.ContainsHash(FoldedHash("prime")));
  EXPECT_TRUE(pt.ContainsWord("erdogan"));  // folded
  EXPECT_TRUE(pt.ContainsHash(FoldedHash("ERDOGAN")));
  pt.Add("prime", 4);  // now "prime" ends a phrase too
  EXPECT_TRUE(pt.ContainsWord("Prime"));
  EXPECT_EQ(pt.size(), 3u);
  // Many phrases: the edge table grows and keeps every end.
  for (int i = 0; i < 500; ++i) pt.Add("word" + std::to_string(i) + " tail", 10 + i);
  EXPECT_TRUE(pt.ContainsWord("Prime"));
  EXPECT_FALSE(pt.ContainsWord("word7"));
  TextAnalysis t;
  Analyze("word7 tail", 0, &t);
  const std::vector<uint32_t>* v = nullptr;
  EXPECT_EQ(pt.LongestMatch(t, 0, 2, &v), 2u);
  EXPECT_EQ((*v)[0], 17u);
}

}  // namespace
}  // namespace eg
