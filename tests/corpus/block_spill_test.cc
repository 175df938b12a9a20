// Block stores spilled to temporary files: what is read back is what was
// stored, in order, at random and from two threads; only the last block
// stays in memory; a directory that cannot hold the file is a Status naming
// it and what the file was for.
#include "corpus/block_spill.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "corpus/chunked.h"
#include "corpus/input_list.h"
#include "corpus/loader.h"
#include "temp_dir.h"

namespace eg {
namespace {

using testing::TempDir;

TEST(BlockSpill, BlocksComeBackAsPutAndNothingShowsOnDisk) {
  TempDir d;
  BlockSpill s;
  ASSERT_TRUE(s.Open(d.path(), "the test blocks").ok());
  const std::string a(1000, 'a'), b = "short block";
  ASSERT_TRUE(s.Put(0, a.data(), a.size()));
  ASSERT_TRUE(s.Put(1, b.data(), b.size()));
  EXPECT_EQ(s.BlockBytes(1), b.size());
  EXPECT_EQ(std::string(s.Get(1), b.size()), b);
  EXPECT_EQ(std::string(s.Get(0), a.size()), a);
  EXPECT_TRUE(s.status().ok());
  EXPECT_TRUE(std::filesystem::is_empty(d.path()));
}

TEST(BlockSpill, AnUnwritableDirectoryIsAStatusNamingItAndTheContents) {
  TempDir d;
  const std::string missing = d / "no-such-dir";
  BlockSpill s;
  Status st = s.Open(missing, "the test blocks");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find(missing), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("the test blocks"), std::string::npos) << st.message();
  EXPECT_FALSE(s.Put(0, "x", 1));
  EXPECT_FALSE(s.status().ok());
}

TEST(BlockSpill, ABlockNeverPutReadsAsAnErrorNamingTheFile) {
  TempDir d;
  BlockSpill s;
  ASSERT_TRUE(s.Open(d.path(), "the test blocks").ok());
  ASSERT_TRUE(s.Put(0, "abc", 3));
  s.Get(5);
  Status st = s.status();
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find(d.path() + ": cannot read back the temporary file of the test blocks"),
            std::string::npos)
      << st.message();
}

TEST(ChunkedVector, SpilledKeepsOnlyTheLastBlockAndReadsBackEveryValue) {
  TempDir d;
  ChunkedVector<uint32_t, 6> v;  // blocks of 64 values
  for (uint32_t i = 0; i < 200; ++i) v.push_back(i * 7);
  ASSERT_TRUE(v.Spill(d.path(), "the test values").ok());
  EXPECT_TRUE(v.spilled());
  for (uint32_t i = 200; i < 5000; ++i) v.push_back(i * 7);
  EXPECT_EQ(v.bytes(), 64u * sizeof(uint32_t));  // the last block only
  ASSERT_EQ(v.size(), 5000u);
  for (uint32_t i = 0; i < 5000; ++i) ASSERT_EQ(v[i], i * 7) << i;
  for (uint32_t i = 4999; i >= 37; i -= 37) ASSERT_EQ(v[i], i * 7) << i;  // jumping about
  EXPECT_TRUE(v.status().ok());
  v.clear();
  EXPECT_EQ(v.bytes(), 0u);
  EXPECT_FALSE(v.spilled());
}

TEST(ChunkedVector, TwoThreadsReadASpilledVectorEachWithItsOwnBlock) {
  TempDir d;
  ChunkedVector<uint64_t, 8> v;
  ASSERT_TRUE(v.Spill(d.path(), "the test values").ok());
  for (uint64_t i = 0; i < 20000; ++i) v.push_back(i * i);
  std::vector<size_t> bad(2, 0);
  auto read = [&](int t) {
    for (int pass = 0; pass < 3; ++pass)
      for (uint64_t k = 0; k < 20000; ++k) {
        const uint64_t i = t ? 19999 - k : k;  // one forwards, one backwards
        if (v[i] != i * i) ++bad[t];
      }
  };
  std::thread other(read, 1);
  read(0);
  other.join();
  EXPECT_EQ(bad[0], 0u);
  EXPECT_EQ(bad[1], 0u);
}

TEST(NameArena, SpilledNamesReadBackAndOnlyTheLastBlockStays) {
  TempDir d;
  NameArena a;
  std::vector<std::pair<uint32_t, std::string>> added;
  for (int i = 0; i < 3000; ++i) {
    std::string n = "name-" + std::to_string(i) + std::string(size_t(i % 97), 'x');
    if (i == 100) {
      ASSERT_TRUE(a.Spill(d.path(), "the test names").ok());
    }
    added.emplace_back(a.Add(n), n);
    ASSERT_NE(added.back().first, UINT32_MAX);
  }
  EXPECT_EQ(a.bytes(), NameArena::kBlock);
  for (const auto& [h, n] : added) ASSERT_EQ(a.View(h, n.size()), n);
  EXPECT_TRUE(a.status().ok());
}

TEST(InputList, SpilledListReadsTheSameAndCostsNoMemoryPerFile) {
  TempDir d;
  InputList l;
  const uint32_t dir = l.AddDirectory("/some/corpus/");
  const int kFiles = 40000;
  auto name = [](int i) {
    char n[40];
    std::snprintf(n, sizeof n, "d%06d_%016x.txt", i, i * 7919);
    return std::string(n);
  };
  for (int i = 0; i < kFiles; ++i)
    ASSERT_TRUE(l.Add(dir, name(i), i % 3 ? std::optional(date::year{2020} / 1 / (1 + i % 28))
                                          : std::nullopt));
  const size_t before = l.bytes();
  ASSERT_TRUE(l.Spill(d.path()).ok());
  // A 64 KB block each of prefixes, names and file records (the last ones),
  // and a block of 512 directory records.
  EXPECT_LT(l.bytes(), before / 4);
  EXPECT_LE(l.bytes(), (size_t(3) << 16) + 512 * 8);
  for (int i = 0; i < kFiles; ++i) {
    const InputFile f = l[size_t(i)];
    ASSERT_EQ(f.path, "/some/corpus/" + name(i)) << i;
    ASSERT_EQ(bool(f.manifest_dct), i % 3 != 0) << i;
    if (f.manifest_dct) {
      ASSERT_EQ(unsigned(f.manifest_dct->day()), unsigned(1 + i % 28));
    }
  }
  EXPECT_EQ(l.Name(17), name(17));
  EXPECT_EQ(l.Directory(39999), "/some/corpus/");
  EXPECT_TRUE(l.status().ok());
}

TEST(InputList, SpillToAMissingDirectoryNamesItAndKeepsTheList) {
  TempDir d;
  InputList l;
  ASSERT_TRUE(l.Add(l.AddDirectory("c/"), "a.txt", std::nullopt));
  Status s = l.Spill(d / "gone");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(d / "gone"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("the input listing"), std::string::npos) << s.message();
  EXPECT_EQ(l.Path(0), "c/a.txt");
}

}  // namespace
}  // namespace eg
