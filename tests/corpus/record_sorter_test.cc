// RecordSorter: the external sort behind a directory's listing, with
// batches small enough that a few hundred records make many runs and
// several merge passes.
#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/record_sorter.h"

namespace eg {
namespace {

using Rec = std::tuple<std::string, uint64_t, uint32_t>;

std::vector<Rec> ReadAll(RecordSorter* s) {
  std::vector<Rec> out;
  RecordSorter::Record r;
  while (s->Next(&r)) out.emplace_back(std::string(r.key), r.order, r.value);
  return out;
}

std::vector<Rec> RandomRecords(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Rec> v;
  for (size_t i = 0; i < n; ++i) {
    std::string k;
    const size_t len = rng() % 12;  // empty keys too
    for (size_t j = 0; j < len; ++j) k.push_back(char('a' + rng() % 3));  // many equal keys
    v.emplace_back(k, uint64_t(i), uint32_t(rng()));
  }
  return v;
}

TEST(RecordSorter, ASmallSetStaysInMemory) {
  RecordSorter s("a test", 1 << 16);
  s.Add("b", 1, 10);
  s.Add("a", 7, 20);
  s.Add("b", 0, 30);
  s.Finish();
  EXPECT_EQ(s.runs_written(), 0u);
  EXPECT_EQ(ReadAll(&s), (std::vector<Rec>{{"a", 7, 20}, {"b", 0, 30}, {"b", 1, 10}}));
  EXPECT_TRUE(s.status().ok());
}

TEST(RecordSorter, ManyRunsMergedInSeveralPassesGiveTheSortedSequence) {
  std::vector<Rec> in = RandomRecords(2000, 1);
  // ~10 records a batch: ~200 runs, merged 3 at a time.
  RecordSorter s("a test", 256, 3);
  for (const auto& [k, o, v] : in) s.Add(k, o, v);
  s.Finish();
  EXPECT_GT(s.runs_written(), 200u + 60u);  // the batches, then merge passes
  std::vector<Rec> want = in;
  std::sort(want.begin(), want.end(), [](const Rec& a, const Rec& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  EXPECT_EQ(ReadAll(&s), want);
  // Read again from the start: the same.
  s.Rewind();
  EXPECT_EQ(ReadAll(&s), want);
  EXPECT_TRUE(s.status().ok());
}

TEST(RecordSorter, EqualKeysAcrossBatchesComeInOrderOfTheirOrder) {
  RecordSorter s("a test", 128, 2);
  for (uint64_t i = 0; i < 100; ++i) s.Add("same", 1000 - i * 7, uint32_t(i));
  s.Finish();
  ASSERT_GT(s.runs_written(), 1u);
  std::vector<Rec> got = ReadAll(&s);
  ASSERT_EQ(got.size(), 100u);
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(std::get<0>(got[i]), "same");
    EXPECT_EQ(std::get<1>(got[i]), 1000 - (99 - i) * 7);
  }
}

// A key longer than a batch and than a read buffer still goes through whole;
// bytes compare unsigned, as std::string_view does.
TEST(RecordSorter, KeysLongerThanABatchAndHighBytes) {
  RecordSorter s("a test", 64, 2);
  const std::string big(10000, 'm'), high = "\xC3\xA9t\xC3\xA9";
  s.Add(big, 1, 1);
  s.Add("z", 2, 2);
  s.Add(high, 3, 3);
  s.Add("a", 4, 4);
  s.Add(big + "a", 5, 5);
  s.Finish();
  EXPECT_GE(s.runs_written(), 3u);
  EXPECT_EQ(ReadAll(&s),
            (std::vector<Rec>{{"a", 4, 4}, {big, 1, 1}, {big + "a", 5, 5}, {"z", 2, 2},
                              {high, 3, 3}}));
}

TEST(RecordSorter, NothingAdded) {
  RecordSorter s("a test", 64, 2);
  s.Finish();
  RecordSorter::Record r;
  EXPECT_FALSE(s.Next(&r));
}

// Without a temporary directory the records stay in memory, still sorted.
TEST(RecordSorter, NoTemporaryFileKeepsEverythingInMemory) {
  RecordSorter s("a test", 64, 2, "/nonexistent-eventgraph-dir");
  std::vector<Rec> in = RandomRecords(300, 2);
  for (const auto& [k, o, v] : in) s.Add(k, o, v);
  s.Finish();
  EXPECT_EQ(s.runs_written(), 0u);
  std::sort(in.begin(), in.end(), [](const Rec& a, const Rec& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  EXPECT_EQ(ReadAll(&s), in);
}

}  // namespace
}  // namespace eg
