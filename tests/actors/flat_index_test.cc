#include "actors/flat_index.h"

#include <gtest/gtest.h>

#include <string>

namespace eg {
namespace {

TEST(FlatIndex, InsertKeepsTheFirstValueAndFindReturnsIt) {
  FlatIndex ix;
  EXPECT_EQ(ix.Find("smith"), nullptr);
  auto [v, fresh] = ix.Insert("smith", 3);
  ASSERT_TRUE(fresh);
  EXPECT_EQ(*v, 3);
  auto [v2, fresh2] = ix.Insert("smith", 7);
  EXPECT_FALSE(fresh2);
  EXPECT_EQ(*v2, 3);
  ASSERT_NE(ix.Find("smith"), nullptr);
  EXPECT_EQ(*ix.Find("smith"), 3);
  EXPECT_EQ(ix.Find("smit"), nullptr);
  EXPECT_EQ(ix.Find("smithe"), nullptr);
  EXPECT_EQ(ix.size(), 1u);
}

TEST(FlatIndex, KeysAreCopiedAndComparedByteForByte) {
  FlatIndex ix;
  std::string key = "ann smith#";
  key.append("\0\0\0\1", 4);  // binary suffix, as the memo keys have
  ix.Insert(key, 1);
  std::string other = "ann smith#";
  other.append("\0\0\0\2", 4);
  EXPECT_EQ(ix.Find(other), nullptr);
  ix.Insert(other, 2);
  key[0] = 'b';  // the index holds its own copy
  EXPECT_EQ(ix.Find(key), nullptr);
  key[0] = 'a';
  ASSERT_NE(ix.Find(key), nullptr);
  EXPECT_EQ(*ix.Find(key), 1);
  EXPECT_EQ(*ix.Find(other), 2);
  // The empty key is a key like any other.
  EXPECT_EQ(ix.Find(""), nullptr);
  ix.Insert("", 9);
  ASSERT_NE(ix.Find(""), nullptr);
  EXPECT_EQ(*ix.Find(""), 9);
}

TEST(FlatIndex, GrowsAndClearsForTheNextDocument) {
  FlatIndex ix;
  for (int round = 0; round < 3; ++round) {
    const int n = 1000 + round;  // many more than the first 64 slots
    for (int i = 0; i < n; ++i) {
      auto [v, fresh] = ix.Insert("name" + std::to_string(i), i * 2 + round);
      ASSERT_TRUE(fresh) << i;
    }
    EXPECT_EQ(ix.size(), size_t(n));
    for (int i = 0; i < n; ++i) {
      const int32_t* v = ix.Find("name" + std::to_string(i));
      ASSERT_NE(v, nullptr) << i;
      EXPECT_EQ(*v, i * 2 + round);
    }
    EXPECT_EQ(ix.Find("name" + std::to_string(n)), nullptr);
    ix.Clear();
    EXPECT_EQ(ix.size(), 0u);
    EXPECT_EQ(ix.Find("name0"), nullptr);
    EXPECT_EQ(ix.Find("name5"), nullptr);
  }
}

TEST(FlatIndex, ValuesCanBeUpdatedThroughFind) {
  FlatIndex ix;
  ix.Insert("putin", 0);
  *ix.Find("putin") = 5;
  EXPECT_EQ(*ix.Find("putin"), 5);
}

}  // namespace
}  // namespace eg
