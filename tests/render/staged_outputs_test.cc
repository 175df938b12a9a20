// StagedOutputs: a set of outputs written aside and moved into place together,
// the earlier outputs untouched until then, synced only where they replace
// something.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
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

// Whether a directory named with `prefix` is beside the output directory.
bool HasSibling(const std::string& prefix) {
  const fs::path p(prefix);
  for (const auto& e : fs::directory_iterator(p.parent_path()))
    if (e.path().filename().string().rfind(p.filename().string(), 0) == 0) return true;
  return false;
}

TEST(StagedOutputs, ReplacedOutputsAreDeletedAfterTheCommitByADetachedProcess) {
  TempDir t;
  t.Write("out/events.json", "old events");
  t.Write("out/sub/a.html", "old a");
  StagedOutputs staged;
  ASSERT_TRUE(staged.Begin(t / "out", nullptr).ok());
  ASSERT_TRUE(Stage(staged, "events.json", "new events").ok());
  ASSERT_TRUE(Stage(staged, "sub/a.html", "new a").ok());
  ASSERT_TRUE(staged.Commit(nullptr).ok());
  EXPECT_EQ(Slurp(t / "out/events.json"), "new events");
  EXPECT_EQ(Slurp(t / "out/sub/a.html"), "new a");
  EXPECT_FALSE(HasSibling(StagingPrefix(t / "out")));
  // The earlier files went out of the output directory at once, and are gone
  // from the disk soon after, without this process waiting for it.
  for (const auto& e : fs::recursive_directory_iterator(t / "out")) {
    if (e.is_regular_file()) {
      EXPECT_NE(Slurp(e.path()).substr(0, 3), "old") << e.path();
    }
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (HasSibling(ReplacedPrefix(t / "out")) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_FALSE(HasSibling(ReplacedPrefix(t / "out")));
}

TEST(StagedOutputs, ReplacedFilesLeftByADeadProcessAreRemovedByTheNextRun) {
  TempDir t;
  t.Write("out/events.json", "current");
  // What a deleting process killed half-way leaves: no one holds its lock.
  const std::string left = ReplacedPrefix(t / "out") + "424242";
  fs::create_directories(left);
  t.Write(fs::path(left).filename().string() + "/events.json", "older");
  std::vector<std::string> removed;
  StagedOutputs staged;
  ASSERT_TRUE(staged.Begin(t / "out", &removed).ok());
  EXPECT_EQ(removed, std::vector<std::string>{left});
  EXPECT_FALSE(fs::exists(left));
  EXPECT_EQ(Slurp(t / "out/events.json"), "current");
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
