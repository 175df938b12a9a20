// StagedOutputs: a set of outputs written aside and moved into place together,
// the earlier outputs untouched until then, synced only where they replace
// something.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../corpus/temp_dir.h"
#include "render/atomic_file.h"

namespace eg {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::string Slurp(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Status Stage(const StagedOutputs& staged, const std::string& rel, const std::string& text) {
  fs::create_directories(fs::path(staged.dir() + "/" + rel).parent_path());
  return WriteFileAtomically(staged.dir() + "/" + rel, text);
}

TEST(StagedOutputs, CommitMovesEveryFileAndSyncsOnlyThoseReplacingOne) {
  TempDir t;
  t.Write("out/events.json", "old events");
  t.Write("out/keep.txt", "not ours");
  StagedOutputs staged;
  ASSERT_TRUE(staged.Begin(t / "out", nullptr).ok());
  ASSERT_TRUE(Stage(staged, "events.json", "new events").ok());
  ASSERT_TRUE(Stage(staged, "timeline.svg", "<svg/>").ok());
  ASSERT_TRUE(Stage(staged, "docs/a.html", "a").ok());
  // Nothing moves before the commit.
  EXPECT_EQ(Slurp(t / "out/events.json"), "old events");
  EXPECT_FALSE(fs::exists(t / "out/timeline.svg"));

  std::vector<std::string> committed;
  ASSERT_TRUE(staged.Commit(&committed).ok());
  EXPECT_EQ(committed, (std::vector<std::string>{t / "out/docs/a.html", t / "out/events.json",
                                                 t / "out/timeline.svg"}));
  EXPECT_EQ(Slurp(t / "out/events.json"), "new events");
  EXPECT_EQ(Slurp(t / "out/timeline.svg"), "<svg/>");
  EXPECT_EQ(Slurp(t / "out/docs/a.html"), "a");
  EXPECT_EQ(Slurp(t / "out/keep.txt"), "not ours");
  // Only events.json replaced an earlier file.
  EXPECT_EQ(staged.synced(), std::vector<std::string>{"events.json"});
  // The staging directory is gone.
  for (const auto& e : fs::directory_iterator(t.path()))
    EXPECT_EQ(e.path().filename().string().find("eventgraph-staging"), std::string::npos)
        << e.path();
}

TEST(StagedOutputs, ASecondRunSyncsWhatTheFirstWrote) {
  TempDir t;
  for (int run = 0; run < 2; ++run) {
    StagedOutputs staged;
    ASSERT_TRUE(staged.Begin(t / "out", nullptr).ok());
    ASSERT_TRUE(Stage(staged, "events.json", "run " + std::to_string(run)).ok());
    ASSERT_TRUE(Stage(staged, "events.csv", "csv").ok());
    ASSERT_TRUE(staged.Commit(nullptr).ok());
    if (run == 0) {
      EXPECT_TRUE(staged.synced().empty());
    } else {
      EXPECT_EQ(staged.synced(), (std::vector<std::string>{"events.csv", "events.json"}));
    }
  }
  EXPECT_EQ(Slurp(t / "out/events.json"), "run 1");
}

TEST(StagedOutputs, AbortLeavesTheEarlierOutputsAndNoStagingDirectory) {
  TempDir t;
  t.Write("out/events.json", "old events");
  {
    StagedOutputs staged;
    ASSERT_TRUE(staged.Begin(t / "out", nullptr).ok());
    ASSERT_TRUE(Stage(staged, "events.json", "half").ok());
    // Destroyed without Commit(): as a failed run.
  }
  EXPECT_EQ(Slurp(t / "out/events.json"), "old events");
  for (const auto& e : fs::directory_iterator(t.path()))
    EXPECT_EQ(e.path().filename().string().find("eventgraph-staging"), std::string::npos)
        << e.path();
}

}  // namespace
}  // namespace eg
