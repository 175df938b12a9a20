// WordMap / WordSet (src/text/word_set.h).
#include <gtest/gtest.h>

#include <string>

#include "text/word_set.h"

namespace eg {
namespace {

TEST(WordSet, MembersAndNonMembers) {
  const WordSet s{"which", "who", "that", "a", "according", "notwithstanding-ly-long-word"};
  EXPECT_TRUE(s.Has("which"));
  EXPECT_TRUE(s.Has("a"));
  EXPECT_TRUE(s.Has("according"));
  EXPECT_TRUE(s.Has("notwithstanding-ly-long-word"));
  EXPECT_FALSE(s.Has("whic"));
  EXPECT_FALSE(s.Has("whichx"));
  EXPECT_FALSE(s.Has("Which"));  // bytes, not case-folded
  EXPECT_FALSE(s.Has(""));
  EXPECT_FALSE(s.Has("accordinG"));
  EXPECT_EQ(s.size(), 6u);
}

TEST(WordSet, ViewsIntoLargerStrings) {
  const WordSet s{"talks", "met"};
  std::string text = "they met for talks";
  EXPECT_TRUE(s.Has(std::string_view(text).substr(5, 3)));
  EXPECT_TRUE(s.Has(std::string_view(text).substr(13, 5)));
  EXPECT_FALSE(s.Has(std::string_view(text).substr(5, 4)));
}

TEST(WordSet, EmptySetAndDuplicates) {
  WordSet empty;
  EXPECT_FALSE(empty.Has("x"));
  WordSet s{"x", "x", "y"};
  EXPECT_EQ(s.size(), 2u);
  EXPECT_TRUE(s.Has("x"));
}

TEST(WordMap, ValuesAndReplacement) {
  WordMap<int> m{{"will", 1}, {"said", -1}};
  ASSERT_NE(m.Find("will"), nullptr);
  EXPECT_EQ(*m.Find("will"), 1);
  EXPECT_EQ(*m.Find("said"), -1);
  EXPECT_EQ(m.Find("says"), nullptr);
  m.Set("said", 7);
  EXPECT_EQ(*m.Find("said"), 7);
  EXPECT_EQ(m.size(), 2u);
}

TEST(WordMap, ManyWordsSurviveGrowth) {
  WordMap<int> m;
  for (int i = 0; i < 5000; ++i) m.Set("w" + std::to_string(i), i);
  EXPECT_EQ(m.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const int* v = m.Find("w" + std::to_string(i));
    ASSERT_NE(v, nullptr) << i;
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(m.Find("w5000"), nullptr);
  EXPECT_EQ(m.Find("w"), nullptr);
}

TEST(WordHash, DependsOnEveryByteAndTheLength) {
  EXPECT_NE(WordHash("abcdefgh"), WordHash("abcdefgi"));
  EXPECT_NE(WordHash("abcdefghi"), WordHash("abcdefghj"));
  EXPECT_NE(WordHash("a"), WordHash(std::string_view("a\0", 2)));
  EXPECT_EQ(WordHash("same"), WordHash(std::string("same")));
}

}  // namespace
}  // namespace eg
