// PackedWordMap (events/packed_word.h): the tables behind
// the word classes and the trigger and cue lexicon's first words.
#include <gtest/gtest.h>

#include <string>

#include "events/packed_word.h"

namespace eg {
namespace {

TEST(PackedWordMap, FindsWordsOfEveryShapeAndNothingNearThem) {
  PackedWordMap<int> m;
  // One to three bytes, four to seven, eight to sixteen, longer.
  const char* words[] = {"a", "to", "met", "meet", "summit", "meetings", "videoconference",
                         "representatives", "internationalisation"};
  int v = 0;
  for (const char* w : words) m.Insert(w, v++);
  ASSERT_EQ(m.size(), 9u);
  v = 0;
  for (const char* w : words) {
    const int* f = m.Find(w);
    ASSERT_NE(f, nullptr) << w;
    EXPECT_EQ(*f, v++) << w;
  }
  // Same length and the bytes a short key samples, or a prefix, suffix or
  // the middle of a long word changed.
  for (const char* w : {"b", "mat", "meat", "sumit", "summitt", "meetingz", "videoconferencf",
                        "representativez", "internationalizatio", "internationalization",
                        "internationalisation!", ""})
    EXPECT_EQ(m.Find(w), nullptr) << w;
}

TEST(PackedWordMap, InsertKeepsTheFirstValueAndGrows) {
  PackedWordMap<int> m;
  EXPECT_EQ(*m.Insert("talks", 1), 1);
  EXPECT_EQ(*m.Insert("talks", 2), 1);  // already there: its value
  for (int i = 0; i < 500; ++i) m.Insert("w" + std::to_string(i), i);
  EXPECT_EQ(m.size(), 501u);
  for (int i = 0; i < 500; ++i) {
    std::string w = "w" + std::to_string(i);
    ASSERT_NE(m.Find(w), nullptr) << w;
    EXPECT_EQ(*m.Find(w), i);
  }
  EXPECT_EQ(*m.Find("talks"), 1);
  EXPECT_EQ(m.Find("w500"), nullptr);
}

}  // namespace
}  // namespace eg
