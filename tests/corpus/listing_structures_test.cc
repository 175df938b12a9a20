// The compact structures behind the input listing: block storage, the name
// arena, the input list, the open-addressing index table (including keys
// whose hashes collide) and the manifest's sorted records.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/chunked.h"
#include "corpus/index_table.h"
#include "corpus/input_list.h"
#include "corpus/loader.h"
#include "corpus/manifest.h"
#include "temp_dir.h"

namespace eg {
namespace {

bool IsTxt(std::string_view n) { return n.size() > 4 && n.substr(n.size() - 4) == ".txt"; }

date::year_month_day Ymd(int y, unsigned m, unsigned d) {
  return date::year{y} / date::month{m} / date::day{d};
}

TEST(ChunkedVector, KeepsValuesAcrossBlocksAndElementsNeverMove) {
  ChunkedVector<uint32_t, 4> v;  // blocks of 16
  for (uint32_t i = 0; i < 100; ++i) v.push_back(i * 3);
  const uint32_t* first = &v[0];
  for (uint32_t i = 100; i < 1000; ++i) v.push_back(i * 3);
  ASSERT_EQ(v.size(), 1000u);
  EXPECT_EQ(first, &v[0]);  // growing did not move the first block
  for (uint32_t i = 0; i < 1000; ++i) ASSERT_EQ(v[i], i * 3) << i;
  EXPECT_EQ(v.bytes(), 63u * 16 * sizeof(uint32_t));  // ceil(1000 / 16) blocks
  v.clear();
  EXPECT_TRUE(v.empty());
  EXPECT_EQ(v.bytes(), 0u);
}

// An owner that reads once, in order, gives back the blocks it has passed;
// the elements after, and those appended later, are untouched.
TEST(ChunkedVector, ReleaseBeforeFreesOnlyWholeBlocksPassed) {
  ChunkedVector<uint32_t, 4> v;  // blocks of 16
  for (uint32_t i = 0; i < 100; ++i) v.push_back(i);
  EXPECT_EQ(v.bytes(), 7u * 16 * sizeof(uint32_t));
  v.ReleaseBefore(15);  // inside the first block: nothing to free
  EXPECT_EQ(v.bytes(), 7u * 16 * sizeof(uint32_t));
  v.ReleaseBefore(40);  // blocks 0 and 1
  EXPECT_EQ(v.bytes(), 5u * 16 * sizeof(uint32_t));
  for (uint32_t i = 32; i < 100; ++i) ASSERT_EQ(v[i], i) << i;
  v.ReleaseBefore(20);  // already freed: a no-op
  v.ReleaseBefore(1000);  // past the end: every full block, not the last
  EXPECT_EQ(v.bytes(), 1u * 16 * sizeof(uint32_t));
  for (uint32_t i = 100; i < 120; ++i) v.push_back(i);
  EXPECT_EQ(v.size(), 120u);
  for (uint32_t i = 96; i < 120; ++i) ASSERT_EQ(v[i], i) << i;
  EXPECT_EQ(v.bytes(), 2u * 16 * sizeof(uint32_t));
}

TEST(NameArena, NamesDoNotStraddleBlocksAndViewsStayValid) {
  NameArena a;
  std::vector<std::pair<uint32_t, std::string>> added;
  // 1,000-byte names: 65 fit in a 64 KB block, the 66th starts a new one.
  for (int i = 0; i < 200; ++i) {
    std::string n(1000, char('a' + i % 26));
    n += std::to_string(i);
    uint32_t h = a.Add(n);
    ASSERT_NE(h, UINT32_MAX);
    added.emplace_back(h, n);
  }
  std::string_view early = a.View(added[0].first, added[0].second.size());
  for (const auto& [h, n] : added) {
    ASSERT_EQ(a.View(h, n.size()), n);
    EXPECT_LE((h & 0xFFFF) + n.size(), NameArena::kBlock);
  }
  EXPECT_EQ(early, added[0].second);  // later blocks did not move earlier names
  EXPECT_EQ(added[66].first >> 16, 1u);
  EXPECT_EQ(a.Add(std::string(NameArena::kMaxName + 1, 'x')), UINT32_MAX);
  EXPECT_NE(a.Add(std::string(NameArena::kMaxName, 'x')), UINT32_MAX);
}

TEST(InputList, JoinsDirectoryAndNameAndPacksDates) {
  InputList l;
  uint32_t d1 = l.AddDirectory("corpus/2024/");
  uint32_t d2 = l.AddDirectory("");
  ASSERT_TRUE(l.Add(d1, "a.txt", Ymd(2024, 2, 29)));
  ASSERT_TRUE(l.Add(d2, "b.txt", std::nullopt));
  uint32_t h = l.StoreName("c.txt");
  l.StoreName("unused-subdir");  // stored, never listed
  l.Add(d1, h, 5, PackDate(Ymd(1969, 12, 31)));
  ASSERT_EQ(l.size(), 3u);
  EXPECT_EQ(l.Path(0), "corpus/2024/a.txt");
  EXPECT_EQ(l.Path(1), "b.txt");
  EXPECT_EQ(l.Path(2), "corpus/2024/c.txt");
  EXPECT_EQ(l.Name(2), "c.txt");
  EXPECT_EQ(l.Directory(2), "corpus/2024/");
  InputFile f = l[0];
  EXPECT_EQ(f.path, "corpus/2024/a.txt");
  ASSERT_TRUE(f.manifest_dct);
  EXPECT_EQ(FormatDate(*f.manifest_dct), "2024-02-29");
  EXPECT_FALSE(l[1].manifest_dct);
  ASSERT_TRUE(l[2].manifest_dct);  // before the epoch: negative days
  EXPECT_EQ(FormatDate(*l[2].manifest_dct), "1969-12-31");
  l.clear();
  EXPECT_TRUE(l.empty());
  EXPECT_EQ(l.bytes(), 0u);
}

TEST(InputList, ManyFilesCostAFewDozenBytesEach) {
  InputList l;
  uint32_t d = l.AddDirectory("/some/corpus/");
  const int kFiles = 40000;
  for (int i = 0; i < kFiles; ++i) {
    char name[40];
    std::snprintf(name, sizeof name, "d%06d_%016x.txt", i, i * 7919);  // 28 bytes
    ASSERT_TRUE(l.Add(d, name, Ymd(2020, 1, 1) ));
  }
  ASSERT_EQ(l.size(), size_t(kFiles));
  EXPECT_EQ(l.Path(12345).substr(0, 21), "/some/corpus/d012345_");
  // 16-byte records and 28-byte names, in blocks: under 50 bytes a file.
  EXPECT_LT(l.bytes(), size_t(kFiles) * 50);
}

TEST(InputList, DirectoriesShareTheArena) {
  InputList l;
  const int kDirs = 20000;
  for (int i = 0; i < kDirs; ++i) {
    std::string dir = "news/2024/" + std::to_string(i) + "/";
    uint32_t d = l.AddDirectory(dir);
    ASSERT_EQ(d, uint32_t(i));
    ASSERT_TRUE(l.Add(d, "a" + std::to_string(i) + ".txt", std::nullopt));
  }
  EXPECT_EQ(l.Path(4321), "news/2024/4321/a4321.txt");
  EXPECT_EQ(l.DirectoryAt(17), "news/2024/17/");
  // A directory record is 8 bytes plus its prefix: 16 + 8 + ~25 bytes a file here.
  EXPECT_LT(l.bytes(), size_t(kDirs) * 60);
  EXPECT_EQ(l.AddDirectory(std::string(NameArena::kMaxName + 1, 'd')), UINT32_MAX);
}

// Keys are strings in a vector; the table holds their indices.
struct StringSet {
  std::vector<std::string> keys;
  IndexTable table;
  uint32_t Find(const std::string& k, uint64_t hash) const {
    return table.Find(hash, [&](uint32_t i) { return keys[i] == k; });
  }
  void Insert(const std::string& k, uint64_t hash) {
    keys.push_back(k);
    table.Insert(hash, uint32_t(keys.size() - 1));
  }
};

// Well-mixed hashes of the test's strings (the listing hashes only
// directory identities: IndexTable::Hash of two integers).
uint64_t HashOf(const std::string& k) {
  return IndexTable::Hash(std::hash<std::string>()(k), k.size());
}

TEST(IndexTable, FindsEveryKeyAfterGrowingAndNothingElse) {
  StringSet s;
  for (int i = 0; i < 5000; ++i) {
    const std::string k = "id" + std::to_string(i);
    s.Insert(k, HashOf(k));
  }
  EXPECT_EQ(s.table.size(), 5000u);
  EXPECT_LE(s.table.size() * 4, s.table.bytes() / 8 * 3);  // at most 3/4 full
  for (int i = 0; i < 5000; ++i) {
    std::string k = "id" + std::to_string(i);
    ASSERT_EQ(s.Find(k, HashOf(k)), uint32_t(i)) << k;
  }
  for (int i = 5000; i < 6000; ++i) {
    std::string k = "id" + std::to_string(i);
    ASSERT_EQ(s.Find(k, HashOf(k)), IndexTable::kNone) << k;
  }
}

TEST(IndexTable, KeysWithTheSameHashAreToldApart) {
  // Every key under one hash: the table must compare the keys themselves.
  const uint64_t h = 0x1234567890abcdefULL;
  StringSet s;
  EXPECT_EQ(s.Find("alpha", h), IndexTable::kNone);
  s.Insert("alpha", h);
  EXPECT_EQ(s.Find("beta", h), IndexTable::kNone);  // a collision is not a match
  s.Insert("beta", h);
  for (int i = 0; i < 200; ++i) s.Insert("k" + std::to_string(i), h);  // grows while colliding
  EXPECT_EQ(s.Find("alpha", h), 0u);
  EXPECT_EQ(s.Find("beta", h), 1u);
  EXPECT_EQ(s.Find("k199", h), 201u);
  EXPECT_EQ(s.Find("gamma", h), IndexTable::kNone);
}

TEST(IndexTable, HashesSpreadSequentialInodes) {
  IndexTable t;
  std::vector<std::pair<uint64_t, uint64_t>> keys;
  for (uint64_t ino = 1000; ino < 3000; ++ino) {
    keys.emplace_back(2049, ino);
    t.Insert(IndexTable::Hash(2049, ino), uint32_t(keys.size() - 1));
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    auto [dev, ino] = keys[i];
    ASSERT_EQ(t.Find(IndexTable::Hash(dev, ino), [&](uint32_t j) { return keys[j] == keys[i]; }),
              uint32_t(i));
  }
  EXPECT_NE(IndexTable::Hash(1, 2), IndexTable::Hash(2, 1));
}

TEST(Manifest, SortedUniqueNamesAndLastLineWins) {
  std::vector<std::string> w;
  Manifest m = ParseManifest("M", "c.txt\t2025-01-03\na.txt\t2025-01-01\nb\t2025-01-02\n"
                                  "a.txt\t2025-01-01\nc.txt\t2025-02-03\nc.txt 2025-03-03\n",
                             &w);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m.Name(0), "a.txt");
  EXPECT_EQ(m.Name(1), "b");
  EXPECT_EQ(m.Name(2), "c.txt");
  EXPECT_EQ(FormatDate(m.Date(2)), "2025-03-03");
  // The same date again is no conflict; each change is, naming the line before.
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0], "M:5: 'c.txt' is already listed on line 1 with another date; this line wins");
  EXPECT_EQ(w[1], "M:6: 'c.txt' is already listed on line 5 with another date; this line wins");
}

TEST(Manifest, WarningsComeInLineOrderWhateverTheirKind) {
  std::vector<std::string> w;
  Manifest m = ParseManifest("M", "b\t2025-01-01\nz\t2025-01-01\nb\t2025-01-02\nbroken\n"
                                  "a\t2025-13-01\n",
                             &w);
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].rfind("M:3: 'b' is already listed on line 1", 0), 0u) << w[0];
  EXPECT_EQ(w[1].rfind("M:4: expected FILE<TAB>", 0), 0u) << w[1];
  EXPECT_EQ(w[2].rfind("M:5: '2025-13-01' is not a valid date", 0), 0u) << w[2];
  EXPECT_FALSE(m.Find("a"));
  EXPECT_EQ(FormatDate(*m.Find("b")), "2025-01-02");
}

// Files named one by one keep their paths as given, share a directory
// record when consecutive, and are checked for duplicates like listed ones.
TEST(CollectLoose, PathsAsGivenAndDuplicatesAgainstListedFiles) {
  testing::TempDir t;
  t.Write("x/a.txt", "x");
  t.Write("x/c.txt", "x");
  t.Write("y/b.txt", "x");
  t.Write("z/a.txt", "x");
  InputList files;
  std::vector<InputProblem> problems;
  CollectInputs({t / "x/a.txt", t / "y/b.txt", t / "x//c.txt", t / "z", t / "x/a.txt"}, &files,
                &problems);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files.Path(0), t / "x/a.txt");
  EXPECT_EQ(files.Path(1), t / "y/b.txt");
  EXPECT_EQ(files.Path(2), t / "x//c.txt");
  EXPECT_EQ(files.Name(2), "c.txt");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].message, t / "z/a.txt" + ": document id 'a' is already used by " +
                                     t / "x/a.txt" +
                                     " (ids are file names without extension; rename one); skipped");
  EXPECT_EQ(problems[1].message,
            t / "x/a.txt" + ": the same file as " + t / "x/a.txt" + ", already read; skipped");
}

// Ids are only indexed once a second directory (or a name not ending in
// .txt) comes: the files of the first one must still be found then.
TEST(CollectDirectory, AnIdOfTheFirstDirectoryIsFoundFromTheSecond) {
  testing::TempDir t;
  for (int i = 0; i < 300; ++i) t.Write("a/n" + std::to_string(i) + ".txt", "x");
  t.Write("b/n150.txt", "x");
  t.Write("b/other.txt", "x");
  InputList files;
  std::vector<InputProblem> problems;
  CollectInputs({t / "a", t / "b"}, &files, &problems);
  EXPECT_EQ(files.size(), 301u);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message, t / "b/n150.txt" + ": document id 'n150' is already used by " +
                                     t / "a/n150.txt" +
                                     " (ids are file names without extension; rename one); skipped");
}

TEST(CollectLoose, SameIdInOneDirectoryFromANameNotEndingInTxt) {
  testing::TempDir t;
  t.Write("d/a.txt", "x");
  t.Write("d/a.md", "x");
  InputList files;
  std::vector<InputProblem> problems;
  CollectInputs({t / "d/a.txt", t / "d/a.md"}, &files, &problems);
  EXPECT_EQ(files.size(), 1u);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message, t / "d/a.md" + ": document id 'a' is already used by " +
                                     t / "d/a.txt" +
                                     " (ids are file names without extension; rename one); skipped");
}

// A directory's regular files that are not .txt are dropped while listing,
// but still count among the entries a listing error would mention; the
// manifest dates land on the right files whatever the readdir order.
TEST(CollectDirectory, ManifestDatesFollowNamesInAShuffledDirectory) {
  testing::TempDir t;
  std::string manifest;
  for (int i = 0; i < 500; ++i) {
    std::string n = "f" + std::to_string((i * 7919) % 500);
    t.Write(n + ".txt", "x");
    t.Write(n + ".html", "x");
    if (i % 3 == 0) manifest += n + (i % 2 ? ".txt" : "") + "\t2020-01-" +
                                std::to_string(10 + i % 19) + "\n";
  }
  t.Write("MANIFEST.tsv", manifest);
  InputList files;
  std::vector<InputProblem> problems;
  CollectInputs({t.path()}, &files, &problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(files.size(), 500u);
  Manifest m;
  {
    std::vector<std::string> w;
    m = ParseManifest("M", manifest, &w);
  }
  size_t dated = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    std::string_view n = files.Name(i);
    if (i > 0) {
      EXPECT_LT(files.Name(i - 1), n);
    }
    auto want = m.Find(n);
    if (!want) want = m.Find(n.substr(0, n.size() - 4));
    EXPECT_EQ(files.ManifestDct(i), want) << n;
    dated += want.has_value();
  }
  EXPECT_EQ(dated, 167u);  // every third file is listed, by name or by stem
}

// The listing streams the manifest in 64 KB reads instead of parsing it
// whole: the dates and the warnings must be ParseManifest's, with lines cut
// by the reads, a byte order mark, CRLF, names listed again (by name and by
// stem, with the same or another date), bad lines and names of no file.
TEST(CollectDirectory, StreamedManifestGivesParseManifestsDatesAndWarnings) {
  testing::TempDir t;
  std::string manifest = "\xEF\xBB\xBF# dates\r\n";
  for (int i = 0; i < 2000; ++i) t.Write("doc" + std::to_string(i) + ".txt", "x");
  t.Write("sub/inner.txt", "x");
  for (int k = 0; k < 6000; ++k) {
    const int i = (k * 7919) % 2600;  // some name no file (doc2000..doc2599)
    const std::string day = std::to_string(10 + (k / 2600) * 3 + i % 7);
    switch (k % 7) {
      case 0: manifest += "doc" + std::to_string(i) + "\t2021-03-" + day + "\n"; break;
      case 1: manifest += "doc" + std::to_string(i) + ".txt\t2021-04-" + day + "\r\n"; break;
      case 2: manifest += "  doc" + std::to_string(i) + ".txt   2021-05-" + day + "\n"; break;
      case 3: manifest += "doc" + std::to_string(i) + "\t2021-02-30\n"; break;  // no such day
      case 4: manifest += "doc" + std::to_string(i) + "-without-date\n"; break;
      case 5: manifest += "sub\t2021-06-" + day + "\n"; break;  // a directory
      default: manifest += "\n#" + std::string(size_t(k % 500), 'c') + "\n"; break;
    }
  }
  manifest += "doc7.txt\t2022-01-01";  // no final newline
  ASSERT_GT(manifest.size(), size_t(3) << 16);
  t.Write("MANIFEST.tsv", manifest);
  InputList files;
  std::vector<InputProblem> problems;
  CollectInputs({t.path()}, &files, &problems);
  std::vector<std::string> want_warnings;
  const Manifest m = ParseManifest(t / "MANIFEST.tsv", manifest, &want_warnings);
  // Then one warning for the lines that name no file (doc2000 and up, "sub").
  int first_unused = 0, n = 0;
  size_t unused = 0;
  std::string first_name;
  for (size_t a = 0, b; a < manifest.size(); a = b + 1) {
    b = std::min(manifest.find('\n', a), manifest.size());
    std::string_view name;
    int32_t date;
    std::string w;
    if (!ParseManifestLine("M", ++n, std::string_view(manifest).substr(a, b - a), &name, &date, &w))
      continue;
    std::string_view stem = name.substr(0, name.size() - (IsTxt(name) ? 4 : 0));
    const bool file = stem.substr(0, 3) == "doc" && std::stoi(std::string(stem.substr(3))) < 2000;
    if (file) continue;
    if (unused++ == 0) first_unused = n, first_name = name;
  }
  ASSERT_GT(unused, 100u);
  want_warnings.push_back(ManifestUnusedWarning(t / "MANIFEST.tsv", first_unused, first_name, unused));
  std::vector<std::string> got_warnings;
  for (const auto& p : problems) {
    EXPECT_FALSE(p.skipped) << p.message;
    got_warnings.push_back(p.message);
  }
  ASSERT_GT(want_warnings.size(), 1000u);
  EXPECT_EQ(got_warnings, want_warnings);
  ASSERT_EQ(files.size(), 2001u);
  size_t dated = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    std::string_view n = files.Name(i);
    auto want = m.Find(n);
    if (!want) want = m.Find(n.substr(0, n.size() - 4));
    ASSERT_EQ(files.ManifestDct(i), want) << n;
    dated += want.has_value();
  }
  EXPECT_GT(dated, 1000u);
}

// A name listed again with another date is reported naming the name's
// previous line, whether it names a file, a file's stem or no file, among
// lines naming the same file the other way; the file's own name wins.
TEST(CollectDirectory, ManifestConflictsNameTheSameNamesEarlierLine) {
  testing::TempDir t;
  t.Write("a.txt", "x");
  t.Write("b.txt", "x");
  const std::string mp = t.Write("MANIFEST.tsv",
                                 "a.txt\t2020-01-01\n"    // 1
                                 "a\t2020-01-02\n"        // 2
                                 "a.txt\t2020-01-01\n"    // 3: same date, no conflict
                                 "zz\t2020-01-01\n"       // 4
                                 "a.txt\t2020-01-03\n"    // 5: after line 3
                                 "a\t2020-01-04\n"        // 6: after line 2
                                 "zz\t2020-01-05\n"       // 7: after line 4
                                 "b\t2020-02-01\n");      // 8
  InputList files;
  std::vector<InputProblem> problems;
  CollectInputs({t.path()}, &files, &problems);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].message, ManifestDuplicateWarning(mp, 5, "a.txt", 3));
  EXPECT_EQ(problems[1].message, ManifestDuplicateWarning(mp, 6, "a", 2));
  EXPECT_EQ(problems[2].message, ManifestDuplicateWarning(mp, 7, "zz", 4));
  // Lines 4 and 7 name no file: one warning after the listing.
  EXPECT_EQ(problems[3].message, ManifestUnusedWarning(mp, 4, "zz", 2));
  EXPECT_EQ(problems[3].message, mp + ":4: 'zz' and 1 more line name no .txt file in this "
                                      "directory; their dates are not used");
  EXPECT_FALSE(problems[3].skipped);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files.ManifestDct(0), Ymd(2020, 1, 3));
  EXPECT_EQ(files.ManifestDct(1), Ymd(2020, 2, 1));
}

TEST(CollectDirectory, AnUnreadableManifestIsReportedAndGivesNoDates) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any file";
  testing::TempDir t;
  t.Write("a.txt", "x");
  const std::string mp = t.Write("MANIFEST.tsv", "a.txt\t2021-01-01\n");
  ASSERT_EQ(::chmod(mp.c_str(), 0), 0);
  InputList files;
  std::vector<InputProblem> problems;
  CollectInputs({t.path()}, &files, &problems);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_FALSE(files.ManifestDct(0));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message,
            mp + ": cannot read: Permission denied; the manifest's dates are not used");
}

// A manifest that opens but cannot be read (an I/O error: /proc/self/mem
// reads as one at offset 0, for root too, where the test above is skipped):
// one problem naming it, and none of its dates.
TEST(CollectDirectory, AManifestThatFailsToReadIsReportedAndGivesNoDates) {
  testing::TempDir t;
  t.Write("a.txt", "x");
  const std::string mp = t / "MANIFEST.tsv";
  std::error_code ec;
  std::filesystem::create_symlink("/proc/self/mem", mp, ec);
  if (ec) GTEST_SKIP() << "no /proc/self/mem to link to: " << ec.message();
  InputList files;
  std::vector<InputProblem> problems;
  CollectInputs({t.path()}, &files, &problems);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_FALSE(files.ManifestDct(0));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message.rfind(mp + ": read error: ", 0), 0u) << problems[0].message;
  EXPECT_NE(problems[0].message.find("; the manifest's dates are not used"), std::string::npos)
      << problems[0].message;
}

}  // namespace
}  // namespace eg
