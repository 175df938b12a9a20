// CollectInputs with its memory bounds made tiny (CollectLimits): sorted
// batches of a few entries, merges of two runs, so that every decision
// (the directory's order, the manifest's dates, the duplicates) crosses a
// batch.
// The results must be exactly those of the default bounds, and the ones the
// listing's contract gives (first file in input order wins, the messages in
// the order the files come).
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/loader.h"
#include "temp_dir.h"

namespace eg {
namespace {

using testing::TempDir;

// The files with their dates, then the messages, one per line.
std::string Listing(const std::vector<std::string>& paths, const CollectLimits& limits) {
  InputList files;
  std::vector<InputProblem> problems;
  CollectInputs(paths, &files, &problems, limits);
  std::string r;
  for (size_t i = 0; i < files.size(); ++i) {
    r += files.Path(i);
    if (auto d = files.ManifestDct(i)) r += " " + FormatDate(*d);
    r += "\n";
  }
  for (const auto& p : problems) r += "! " + p.message + "\n";
  return r;
}

// Batches of one to a few records (the duplicate check's records are
// ~60 bytes): every sort spills many runs and merges them in passes.
std::vector<CollectLimits> TinyLimits() {
  std::vector<CollectLimits> v;
  for (size_t batch : {48, 100, 300}) v.push_back({batch, 2});
  v.push_back({200, 3});
  return v;
}

TEST(BoundedListing, HardLinksAndIdsAcrossBlocksFirstFileWins) {
  TempDir t;
  t.Write("a/one.txt", "x");
  t.Write("a/two.txt", "x");
  ASSERT_EQ(::link((t / "a/one.txt").c_str(), (t / "b/zlink.txt").c_str()), -1);  // no b yet
  t.Write("b/two.txt", "y");  // the id 'two' again
  ASSERT_EQ(::link((t / "a/one.txt").c_str(), (t / "b/zlink.txt").c_str()), 0);
  // Turned away by its id, b/two.txt never counts as read: its hard link
  // c/three.txt, with an id of its own, is admitted, and its id then turns
  // away d/three.txt.
  ASSERT_EQ(::link((t / "b/two.txt").c_str(), (t / "c/three.txt").c_str()), -1);
  ::mkdir((t / "c").c_str(), 0755);
  ASSERT_EQ(::link((t / "b/two.txt").c_str(), (t / "c/three.txt").c_str()), 0);
  t.Write("d/three.txt", "z");
  t.Write("d/four.txt", "z");
  const std::string want =
      t / "a/one.txt\n" + t / "a/two.txt\n" + t / "c/three.txt\n" + t / "d/four.txt\n" +
      "! " + t / "b/two.txt" + ": document id 'two' is already used by " + t / "a/two.txt" +
      " (ids are file names without extension; rename one); skipped\n" +
      "! " + t / "b/zlink.txt" + ": the same file as " + t / "a/one.txt" +
      ", already read; skipped\n" +
      "! " + t / "d/three.txt" + ": document id 'three' is already used by " + t / "c/three.txt" +
      " (ids are file names without extension; rename one); skipped\n";
  EXPECT_EQ(Listing({t.path()}, CollectLimits()), want);
  for (const CollectLimits& l : TinyLimits()) EXPECT_EQ(Listing({t.path()}, l), want);
}

// A symbolic link to a directory already read is refused whole; a link to
// a file already read names it; the messages interleave with the others
// (a broken link) in the order the files come, whatever the block size.
TEST(BoundedListing, SymlinkedDirectoryAndMessagesInInputOrder) {
  TempDir t;
  for (int i = 0; i < 6; ++i) t.Write("real/f" + std::to_string(i) + ".txt", "x");
  ASSERT_EQ(::symlink("real", (t / "x-again").c_str()), 0);
  ASSERT_EQ(::symlink("real/f1.txt", (t / "b1.txt").c_str()), 0);
  ASSERT_EQ(::symlink("missing.txt", (t / "b2.txt").c_str()), 0);
  ASSERT_EQ(::symlink("real/f3.txt", (t / "b3.txt").c_str()), 0);
  t.Write("b4.txt", "x");
  t.Write("z/f5.txt", "x");
  const std::string got = Listing({t.path(), t / "real", t / "b4.txt"}, CollectLimits());
  std::string want = t / "b1.txt\n" + t / "b3.txt\n" + t / "b4.txt\n";
  for (int i : {0, 2, 4, 5}) want += t / "real/f" + std::to_string(i) + ".txt\n";
  want += "! " + t / "b2.txt" + ": broken symbolic link (No such file or directory); skipped\n";
  want += "! " + t / "real/f1.txt" + ": the same file as " + t / "b1.txt" +
          ", already read; skipped\n";
  want += "! " + t / "real/f3.txt" + ": the same file as " + t / "b3.txt" +
          ", already read; skipped\n";
  want += "! " + t / "x-again" +
          ": a directory already being read (symbolic link loop or a second path to it); "
          "skipped\n";
  want += "! " + t / "z/f5.txt" + ": document id 'f5' is already used by " + t / "real/f5.txt" +
          " (ids are file names without extension; rename one); skipped\n";
  want += "! " + t / "real" +
          ": a directory already being read (symbolic link loop or a second path to it); "
          "skipped\n";
  want += "! " + t / "b4.txt" + ": the same file as " + t / "b4.txt" + ", already read; skipped\n";
  EXPECT_EQ(got, want);
  for (const CollectLimits& l : TinyLimits())
    EXPECT_EQ(Listing({t.path(), t / "real", t / "b4.txt"}, l), want);
}

// A directory many batches large, with a manifest many batches large:
// names crossing batch boundaries, dates by name and by stem, a name
// listed again with another date, bad lines, names of no file.
std::string Day(int i) {
  const int d = 1 + i % 28;
  return (d < 10 ? "0" : "") + std::to_string(d);
}

TEST(BoundedListing, ADirectoryLargerThanABatchWithItsManifest) {
  TempDir t;
  std::string manifest = "# dates\n";
  for (int i = 0; i < 400; ++i) {
    const std::string n = "n" + std::to_string((i * 37) % 400);
    t.Write(n + ".txt", "x");
    if (i % 2 == 0) manifest += n + "\t2021-02-" + Day(i) + "\n";
    if (i % 5 == 0) manifest += n + ".txt\t2021-03-" + Day(i) + "\n";
    if (i % 50 == 0) manifest += n + "\t2021-04-01\n";  // again, another date
    if (i % 80 == 0) manifest += "ghost" + std::to_string(i) + "\t2021-05-01\n";
    if (i % 90 == 0) manifest += n + "\t2021-02-30\n";   // no such date
  }
  manifest += "ghost0\t2021-06-01\n";
  t.Write("MANIFEST.tsv", manifest);
  t.Write("sub/inner.txt", "x");
  const std::string base = Listing({t.path()}, CollectLimits());
  EXPECT_NE(base.find(t / "n0.txt 2021-03-01\n"), std::string::npos) << base;  // own name wins
  EXPECT_NE(base.find(t / "n74.txt 2021-02-03\n"), std::string::npos);  // by stem
  EXPECT_NE(base.find("line 4"), std::string::npos);
  EXPECT_NE(base.find("ghost0"), std::string::npos);
  size_t lines = 0;
  for (char c : base) lines += c == '\n';
  EXPECT_GT(lines, 401u);  // the files and the warnings
  for (const CollectLimits& l : TinyLimits()) EXPECT_EQ(Listing({t.path()}, l), base);
  // The same listing with the default bounds, as ParseManifest reads the file.
  std::vector<std::string> warnings;
  Manifest m = ParseManifest(t / "MANIFEST.tsv", manifest, &warnings);
  std::string want_warnings;
  for (const auto& w : warnings) want_warnings += "! " + w + "\n";
  // Then one for the ghosts' lines, which name no file: the first is
  // ghost0 (i = 0) on line 5, after lines 2-4 (n0 by stem, by name, again).
  ASSERT_EQ(manifest.find("ghost0\t"), manifest.find("\nghost0\t") + 1);
  want_warnings += "! " + ManifestUnusedWarning(t / "MANIFEST.tsv", 5, "ghost0", 400 / 80 + 1) +
                   "\n";
  EXPECT_NE(base.find(want_warnings), std::string::npos) << base;
  EXPECT_EQ(base.size() - want_warnings.size(), base.find(want_warnings));  // at the end
  // Every file's date is its own name's last line, else its stem's: the
  // stem records the listing skips (names no .txt entry may have) are
  // never the ones that date a file.
  std::string want_files;
  for (int i = 0; i < 400; ++i) {
    const std::string n = "n" + std::to_string(i);
    want_files += t / (n + ".txt");
    auto d = m.Find(n + ".txt");
    if (!d) d = m.Find(n);
    if (d) want_files += " " + FormatDate(*d);
    want_files += "\n";
  }
  InputList files;
  std::vector<InputProblem> problems;
  CollectInputs({t.path()}, &files, &problems);
  std::string got_files;
  for (size_t i = 0; i < files.size(); ++i) {
    if (files.Path(i) == t / "sub/inner.txt") continue;
    got_files += files.Path(i);
    if (auto d = files.ManifestDct(i)) got_files += " " + FormatDate(*d);
    got_files += "\n";
  }
  // In name order: n0, n1, n10, n100...
  std::vector<std::string> want_sorted, got_sorted;
  for (size_t a = 0, b; a < want_files.size(); a = b + 1)
    want_sorted.push_back(want_files.substr(a, (b = want_files.find('\n', a)) - a));
  std::sort(want_sorted.begin(), want_sorted.end());
  for (size_t a = 0, b; a < got_files.size(); a = b + 1)
    got_sorted.push_back(got_files.substr(a, (b = got_files.find('\n', a)) - a));
  EXPECT_EQ(got_sorted, want_sorted);
}

}  // namespace
}  // namespace eg
