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

// Keys are compared by their first 16 bytes as numbers first: keys equal
// there (a shared 14-byte stem), shorter than 16 bytes, or differing only by
// zero bytes around the 8th and 16th byte must still come in byte order,
// sorted in memory and through runs alike.
std::vector<Rec> PrefixTies(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  const std::string stems[] = {"", "abcdefg", "abcdefgh", "abcdefghijklmn"};
  const char bytes[] = {'\0', '\x01', 'a', '\x7f', '\x80', '\xff'};
  std::vector<Rec> v;
  for (size_t i = 0; i < n; ++i) {
    std::string k = stems[rng() % 4];
    const size_t more = rng() % 6;
    for (size_t j = 0; j < more; ++j) k.push_back(bytes[rng() % 6]);
    v.emplace_back(k, uint64_t(rng() % 50), uint32_t(i));
  }
  return v;
}

TEST(RecordSorter, KeysEqualInTheirFirst16BytesOrShorterComeInByteOrder) {
  auto by_key_order = [](const Rec& a, const Rec& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  };
  for (size_t batch : {size_t(1) << 20, size_t(300)}) {
    std::vector<Rec> in = PrefixTies(3000, unsigned(batch));
    RecordSorter s("a test", batch, 4);
    for (const auto& [k, o, v] : in) s.Add(k, o, v);
    s.Finish();
    EXPECT_EQ(s.runs_written() > 0, batch < 1000) << batch;
    std::vector<Rec> got = ReadAll(&s);
    ASSERT_EQ(got.size(), in.size());
    // Equal (key, order) pairs may come in any order: compare those two only.
    EXPECT_TRUE(std::is_sorted(got.begin(), got.end(), by_key_order)) << batch;
    std::vector<Rec> want = in;
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, want);
  }
  // The cases at the borders, exactly.
  RecordSorter s("a test", 1 << 20);
  const std::string k16 = "abcdefghijklmnop";
  for (const std::string& k : {k16 + "a", k16, std::string("ab\0", 3), std::string("ab"),
                               k16 + std::string(1, '\0'), std::string("abcdefgh\0", 9),
                               std::string("abcdefgh"), std::string("\xff"), std::string()})
    s.Add(k, 0, 0);
  s.Finish();
  std::vector<std::string> keys;
  for (const auto& r : ReadAll(&s)) keys.push_back(std::get<0>(r));
  EXPECT_EQ(keys, (std::vector<std::string>{"", "ab", std::string("ab\0", 3), "abcdefgh",
                                            std::string("abcdefgh\0", 9), k16,
                                            k16 + std::string(1, '\0'), k16 + "a", "\xff"}));
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
