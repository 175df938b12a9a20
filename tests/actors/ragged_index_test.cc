#include "actors/ragged_index.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "../corpus/temp_dir.h"

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

TEST(RaggedIndex, RemappedValuesKeepTheRows) {
  RaggedIndex r = {{0, 1}, {1}};
  r.Remap({10, 11});
  EXPECT_EQ(r[0].ToVector(), (V{10, 11}));
  EXPECT_EQ(r[1].ToVector(), (V{11}));
  RaggedIndex moved = std::move(r);
  EXPECT_EQ(moved.size(), 2u);
  EXPECT_EQ(moved[1].ToVector(), (V{11}));
}

TEST(RaggedIndex, SpilledRowsReadBackInOrderAndRemapped) {
  eg::testing::TempDir d;
  RaggedIndex r;
  ASSERT_TRUE(r.Spill(d.path()).ok());
  // 60,000 rows of 0 to 12 values: many 64 KB blocks of each store, rows
  // straddling blocks.
  const uint32_t kRows = 60000;
  for (uint32_t row = 0; row < kRows; ++row) {
    r.NewRow();
    for (uint32_t k = 0; k < row % 13; ++k) r.Push((row + k) % 1000);
  }
  EXPECT_LT(r.MemoryBytes(), size_t(3) << 16);  // the last block of each store
  ASSERT_EQ(r.size(), size_t(kRows));
  for (uint32_t row = 0; row < kRows; ++row) {
    const auto v = r[row];
    ASSERT_EQ(v.size(), row % 13) << row;
    for (uint32_t k = 0; k < v.size(); ++k) ASSERT_EQ(v[k], (row + k) % 1000) << row;
  }
  std::vector<uint32_t> map(1000);
  for (uint32_t i = 0; i < 1000; ++i) map[i] = 5000 + i;
  r.Remap(map);
  EXPECT_EQ(r[14].ToVector(), (V{5014}));
  EXPECT_EQ(r[59999].ToVector().back(), 5000u + (59999 + 59999 % 13 - 1) % 1000);
  EXPECT_TRUE(r.status().ok());
  EXPECT_TRUE(std::filesystem::is_empty(d.path()));
}

TEST(RaggedIndex, SpillToAMissingDirectoryIsAStatusNamingIt) {
  eg::testing::TempDir d;
  RaggedIndex r = {{1}};
  Status s = r.Spill(d / "missing");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(d / "missing"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("entities"), std::string::npos) << s.message();
  EXPECT_EQ(r[0].ToVector(), (V{1}));  // still in memory
}

}  // namespace
}  // namespace eg
