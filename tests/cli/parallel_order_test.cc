// The main job folds documents into the corpus in input order through a
// bounded window, whatever thread finished them: on a corpus larger than the
// window, with bad files scattered through it, every output byte and every
// message (and its order) is the same for one thread and for several.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "../corpus/temp_dir.h"
#include "cli/extract.h"
#include "run_binary.h"

namespace eg {
namespace {

namespace fs = std::filesystem;
using testing::ReadAll;
using testing::RunEventgraph;
using testing::RunResult;
using testing::TempDir;

std::map<std::string, std::string> Files(const std::string& dir) {
  std::map<std::string, std::string> m;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) m[e.path().filename().string()] = ReadAll(e.path().string());
  return m;
}

TEST(ParallelOrder, AnyNumberOfJobsGivesTheSameBytesAndMessages) {
  TempDir t;
  const char* leaders[] = {"Ana Pereira", "Boris Lind", "Chen Wei", "Dara Okafor"};
  // 1,000 documents: more than twice the fold window of three workers (384).
  const int kDocs = 1000;
  size_t bad = 0;
  for (int i = 0; i < kDocs; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "in/doc%03d.txt", i);
    if (i % 37 == 5) {
      t.Write(name, "");  // empty: skipped with a message
      ++bad;
      continue;
    }
    std::string text = "date 2024-05-" + std::to_string(10 + i % 18) + "\n" +
                       std::string("Prime Minister ") + leaders[i % 4] + " met President " +
                       leaders[(i + 1) % 4] + " in Geneva on Monday.\n" +
                       "They spoke again by phone " + std::to_string(2 + i % 5) +
                       " days later, officials said.\n";
    if (i % 41 == 7) {
      text += "Bad byte here: \xFF.\n";  // repaired with a message
      ++bad;
    }
    t.Write(name, text);
  }
  // Output directories side by side: the same relative links to the inputs.
  RunResult one = RunEventgraph((t / "in") + " -q -j 1 -o " + (t / "out1"), t / "err1");
  RunResult three = RunEventgraph((t / "in") + " -q -j 3 -o " + (t / "out3"), t / "err3");
  EXPECT_EQ(one.code, kExitSomeInputsFailed) << one.err;
  EXPECT_EQ(three.code, one.code) << three.err;
  EXPECT_EQ(three.lines, one.lines);
  // One message per bad file, in input order.
  ASSERT_EQ(one.lines.size(), bad) << one.err;
  for (size_t k = 1; k < one.lines.size(); ++k) EXPECT_LT(one.lines[k - 1], one.lines[k]);
  auto a = Files(t / "out1"), b = Files(t / "out3");
  ASSERT_EQ(a.size(), 8u);
  for (const auto& [name, bytes] : a) EXPECT_TRUE(b[name] == bytes) << name;
  EXPECT_NE(a["events.json"].find("doc999"), std::string::npos);
}

}  // namespace
}  // namespace eg
