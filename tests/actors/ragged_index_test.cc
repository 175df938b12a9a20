#include "actors/ragged_index.h"

#include <gtest/gtest.h>

#include <vector>

namespace eg {
namespace {

using V = std::vector<uint32_t>;

TEST(RaggedIndex, RowsKeepTheirValuesIncludingEmptyOnes) {
  RaggedIndex r;
  r.NewRow();
  r.Push(3);
  r.Push(1);
  r.NewRow();  // a document without entities
  r.NewRow();
  r.Push(7);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].ToVector(), (V{3, 1}));
  EXPECT_TRUE(r[1].empty());
  EXPECT_EQ(r[2].ToVector(), (V{7}));
  EXPECT_EQ(r[0][1], 1u);
  uint32_t sum = 0;
  for (uint32_t v : r[0]) sum += v;
  EXPECT_EQ(sum, 4u);
}

TEST(RaggedIndex, PushToAnEarlierRowShiftsTheLaterOnes) {
  RaggedIndex r = {{1, 2}, {}, {5}};
  r.PushTo(0, 9);
  r.PushTo(1, 8);
  EXPECT_EQ(r[0].ToVector(), (V{1, 2, 9}));
  EXPECT_EQ(r[1].ToVector(), (V{8}));
  EXPECT_EQ(r[2].ToVector(), (V{5}));
}

TEST(RaggedIndex, ValuesRewrittenInPlaceKeepTheRows) {
  RaggedIndex r = {{0, 1}, {1}};
  for (uint32_t& v : r.values()) v = v + 10;
  EXPECT_EQ(r[0].ToVector(), (V{10, 11}));
  EXPECT_EQ(r[1].ToVector(), (V{11}));
  RaggedIndex moved = std::move(r);
  EXPECT_EQ(moved.size(), 2u);
  EXPECT_EQ(moved[1].ToVector(), (V{11}));
}

}  // namespace
}  // namespace eg
