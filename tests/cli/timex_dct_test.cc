// `eventgraph timex` dates a file as the main job does: --dct, else the
// directory's MANIFEST.tsv (by file name, else by stem), else the file's
// "date" header, else the date its own dates give (time/dct_inference.h);
// a bad manifest line is reported, naming the manifest.
#include <cstdio>
#include <string>

#include <gtest/gtest.h>

#include "../corpus/temp_dir.h"
#include "run_binary.h"

namespace eg {
namespace {

using testing::RunEventgraph;
using testing::TempDir;

// The value timex gives the first expression of `file` (with `args` before it).
std::string FirstValue(TempDir& t, const std::string& args) {
  const std::string out = t / "timex.out";
  RunEventgraph("timex " + args + " >" + out, t / "timex.err");
  std::FILE* f = std::fopen(out.c_str(), "r");
  if (!f) return "";
  char buf[512] = {};
  std::string line = std::fgets(buf, sizeof buf, f) ? buf : "";
  std::fclose(f);
  // start, end, type, value, text
  size_t a = 0;
  for (int k = 0; k < 3 && a != std::string::npos; ++k) a = line.find('\t', a) + 1;
  return a ? line.substr(a, line.find('\t', a) - a) : "";
}

TEST(TimexDct, ManifestThenHeaderThenOption) {
  TempDir t;
  // 2025-08-17 is a Sunday: "Friday" is 2025-08-15.
  t.Write("in/MANIFEST.tsv", "named.txt\t2025-08-17\nstem\t2025-08-10\nbad line\n");
  t.Write("in/named.txt", "The ministers met on Friday.\n");
  t.Write("in/stem.txt", "The ministers met on Friday.\n");
  t.Write("in/header.txt", "date 2025-07-06\nThe ministers met on Friday.\n");
  t.Write("other/plain.txt", "The ministers met on Friday.\n");
  EXPECT_EQ(FirstValue(t, t / "in/named.txt"), "2025-08-15");
  EXPECT_EQ(FirstValue(t, t / "in/stem.txt"), "2025-08-08");
  EXPECT_EQ(FirstValue(t, t / "in/header.txt"), "2025-07-04");
  EXPECT_EQ(FirstValue(t, "--dct 2025-09-03 " + t / "in/named.txt"), "2025-08-29");
  EXPECT_EQ(FirstValue(t, t / "other/plain.txt"), "XXXX-WXX-5");
  // No date given but a dateline, Tuesday 2025-03-04: its Friday is
  // 2025-02-28.
  t.Write("other/dated.txt", "On Friday the ministers met again.\nMarch 4, 2025\n");
  EXPECT_EQ(FirstValue(t, t / "other/dated.txt"), "2025-02-28");
  // The manifest's bad line is reported with its path.
  const auto r = RunEventgraph("timex " + t / "in/named.txt" + " >/dev/null", t / "err");
  EXPECT_NE(r.err.find(t / "in/MANIFEST.tsv"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace eg
