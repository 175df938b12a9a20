// SmallVec, the merge's per-cluster lists: inline up to N items, then on the
// heap, keeping order through push_back, insert and moves.
#include <gtest/gtest.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "events/small_vec.h"

namespace eg {
namespace {

template <class V>
std::vector<uint32_t> Items(const V& v) {
  return std::vector<uint32_t>(v.begin(), v.end());
}

TEST(MergeSmallVec, KeepsOrderInlineAndAfterGrowing) {
  SmallVec<uint32_t, 2> v;
  EXPECT_TRUE(v.empty());
  v.push_back(5);
  v.push_back(7);
  EXPECT_EQ(Items(v), (std::vector<uint32_t>{5, 7}));
  for (uint32_t i = 0; i < 20; ++i) v.push_back(100 + i);
  ASSERT_EQ(v.size(), 22u);
  EXPECT_EQ(v.front(), 5u);
  EXPECT_EQ(v.back(), 119u);
  EXPECT_EQ(v[2], 100u);
}

TEST(MergeSmallVec, InsertsAtAnyPlace) {
  SmallVec<uint32_t, 1> v;
  v.insert(v.begin(), 3);  // inline, empty
  v.insert(v.begin(), 1);  // grows
  v.insert(v.end(), 9);
  const uint32_t* at = v.insert(v.begin() + 2, 4);
  EXPECT_EQ(*at, 4u);
  EXPECT_EQ(Items(v), (std::vector<uint32_t>{1, 3, 4, 9}));
}

TEST(MergeSmallVec, MovesInlineAndHeapLists) {
  SmallVec<uint32_t, 3> small;
  small.push_back(1);
  small.push_back(2);
  SmallVec<uint32_t, 3> big;
  for (uint32_t i = 0; i < 10; ++i) big.push_back(i);

  SmallVec<uint32_t, 3> a(std::move(small));
  EXPECT_EQ(Items(a), (std::vector<uint32_t>{1, 2}));
  EXPECT_TRUE(small.empty());  // NOLINT: moved-from is empty by contract
  SmallVec<uint32_t, 3> b;
  b.push_back(42);
  b = std::move(big);
  EXPECT_EQ(b.size(), 10u);
  EXPECT_EQ(b[9], 9u);
  EXPECT_TRUE(big.empty());  // NOLINT
  a = std::move(b);  // a heap list replaces an inline one
  EXPECT_EQ(a.size(), 10u);
  a = SmallVec<uint32_t, 3>();  // and is freed
  EXPECT_TRUE(a.empty());
  a.push_back(8);
  EXPECT_EQ(Items(a), (std::vector<uint32_t>{8}));
}

}  // namespace
}  // namespace eg
