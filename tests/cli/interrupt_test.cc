// An interrupted run (SIGINT, SIGTERM) leaves the previous outputs exactly as
// they were, exits 130 and leaves no staging directory; staging directories
// of killed runs are removed by the next run, those of live runs are not.
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../corpus/temp_dir.h"
#include "cli/extract.h"
#include "render/atomic_file.h"
#include "run_binary.h"

namespace eg {
namespace {

namespace fs = std::filesystem;
using testing::ReadAll;
using testing::RunEventgraph;
using testing::TempDir;

std::map<std::string, std::string> Snapshot(const std::string& dir) {
  std::map<std::string, std::string> m;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) m[fs::relative(e.path(), dir).string()] = ReadAll(e.path().string());
  return m;
}

// Whether a staging directory of output directory `out` exists.
bool HasStaging(const std::string& out) {
  fs::path prefix(StagingPrefix(out));
  for (const auto& e : fs::directory_iterator(prefix.parent_path()))
    if (e.path().filename().string().rfind(prefix.filename().string(), 0) == 0) return true;
  return false;
}

// A corpus large enough that a run takes a noticeable time.
void WriteLargeCorpus(const TempDir& t, const std::string& rel, int files) {
  const char* sentences[] = {
      "The foreign minister met his counterpart in the capital on Monday. ",
      "Officials said the talks would continue next week. ",
      "The president spoke by phone with the prime minister on Friday evening. ",
      "Negotiators held a second round of talks in Geneva in early March. ",
      "A spokesman declined to comment on the report, published on Tuesday. ",
  };
  for (int i = 0; i < files; ++i) {
    std::string text = "date 2025-04-0" + std::to_string(1 + i % 9) + "\n";
    for (int k = 0; text.size() < 12000; ++k) {
      text += sentences[(i + k) % 5];
      if (k % 4 == 3) text += "\n\n";
    }
    t.Write(rel + "/doc" + std::to_string(i) + ".txt", text);
  }
}

// Starts eventgraph with `args`, stderr to /dev/null; returns its pid.
pid_t Spawn(const std::vector<std::string>& args) {
  pid_t pid = ::fork();
  if (pid == 0) {
    int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, 2);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(EVENTGRAPH_BINARY));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(EVENTGRAPH_BINARY, argv.data());
    ::_exit(127);
  }
  return pid;
}

TEST(Interrupt, PreviousOutputsSurviveSigintAndSigterm) {
  TempDir t;
  t.Write("small/a.txt", "date 2025-01-02\nThe ministers met in Paris on Monday.\n");
  ASSERT_EQ(RunEventgraph((t / "small") + " -q -o " + (t / "out"), t / "err").code, kExitOk);
  const auto before = Snapshot(t / "out");
  ASSERT_FALSE(before.empty());
  WriteLargeCorpus(t, "large", 400);

  // How long a whole run on the large corpus takes, to aim the signals.
  auto t0 = std::chrono::steady_clock::now();
  ASSERT_EQ(RunEventgraph((t / "large") + " -q -o " + (t / "out-ref"), t / "err").code, kExitOk);
  auto full = std::chrono::steady_clock::now() - t0;
  const auto after_full_run = Snapshot(t / "out-ref");

  int interrupted = 0, completed = 0;
  for (int sig : {SIGINT, SIGTERM}) {
    for (double frac : {0.05, 0.2, 0.4, 0.6, 0.8}) {
      pid_t pid = Spawn({t / "large", "-q", "-o", t / "out"});
      ASSERT_GT(pid, 0);
      std::this_thread::sleep_for(std::chrono::duration_cast<std::chrono::microseconds>(full * frac));
      ::kill(pid, sig);
      int st = 0;
      ASSERT_EQ(::waitpid(pid, &st, 0), pid);
      auto now = Snapshot(t / "out");
      if (WIFEXITED(st) && (WEXITSTATUS(st) == kExitOk)) {
        // The signal came after the outputs were in place: the new set, whole.
        ++completed;
        EXPECT_EQ(now, after_full_run);
        ASSERT_EQ(RunEventgraph((t / "small") + " -q -o " + (t / "out"), t / "err").code, kExitOk);
        continue;
      }
      if (WIFEXITED(st)) {
        // Interrupted cleanly: the previous outputs, untouched.
        EXPECT_EQ(WEXITSTATUS(st), kExitInterrupted) << "signal " << sig << " at " << frac;
        ++interrupted;
        EXPECT_EQ(now, before) << "signal " << sig << " at " << frac;
      } else {
        // Killed by the signal's default action: before the handlers were
        // installed (previous outputs), or after the commit, once they were
        // restored on the way out (the new set, whole). Never a mix.
        EXPECT_TRUE(now == before || now == after_full_run) << "signal " << sig << " at " << frac;
        if (now == after_full_run) {
          ASSERT_EQ(RunEventgraph((t / "small") + " -q -o " + (t / "out"), t / "err").code,
                    kExitOk);
        }
      }
      EXPECT_FALSE(HasStaging(t / "out"));
    }
  }
  std::fprintf(stderr, "full run %.0f ms; %d runs interrupted (exit 130), %d completed\n",
               std::chrono::duration<double, std::milli>(full).count(), interrupted, completed);
  EXPECT_GE(interrupted, 3);
}

TEST(Interrupt, LeftoverStagingOfKilledRunIsRemovedLiveOneKept) {
  TempDir t;
  t.Write("in/a.txt", "The ministers met in Paris on Monday.\n");
  const std::string dead = StagingPrefix(t / "out") + "424242";
  const std::string live = StagingPrefix(t / "out") + "live";
  ASSERT_EQ(fs::path(dead).parent_path(), fs::path(t.path()));  // beside out/
  t.Write(dead.substr(t.path().size() + 1) + "/events.json.tmp1", "half");
  t.Write(dead.substr(t.path().size() + 1) + "/.lock", "");
  t.Write(live.substr(t.path().size() + 1) + "/.lock", "");
  int fd = ::open((live + "/.lock").c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);  // as a running eventgraph holds it

  auto r = RunEventgraph((t / "in") + " -o " + (t / "out"), t / "err");
  EXPECT_EQ(r.code, kExitOk) << r.err;
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_NE(r.err.find("removed " + dead + ", left by an interrupted run"), std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::exists(live + "/.lock"));
  EXPECT_TRUE(fs::exists(t / "out/events.json"));
  EXPECT_FALSE(fs::exists(StagingPrefix(t / "out") + std::to_string(::getpid())));
  ::close(fd);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

// `eventgraph render` under a signal: exit 130 and the previous outputs, or
// the new outputs whole; never a mix, never a staging directory left.
TEST(Interrupt, RenderCommandLeavesPreviousOutputsOrNewOnes) {
  TempDir t;
  t.Write("small/a.txt", "date 2025-01-02\nThe ministers met in Paris on Monday.\n");
  ASSERT_EQ(RunEventgraph((t / "small") + " -q -o " + (t / "out"), t / "err").code, kExitOk);
  const auto before = Snapshot(t / "out");
  // An events.json with enough events that rendering takes a while.
  nlohmann::ordered_json j;
  j["version"] = 1;
  j["documents"] = {{{"id", "a"}, {"path", t / "small/a.txt"}, {"dct", "2025-01-02"},
                     {"dct_source", "marker"}}};
  j["actors"] = nlohmann::ordered_json::array();
  for (int a = 0; a < 60; ++a)
    j["actors"].push_back({{"id", "actor-" + std::to_string(a)},
                           {"name", "Actor " + std::to_string(a)},
                           {"kind", "person"},
                           {"aliases", nlohmann::ordered_json::array()},
                           {"mentions", 3}});
  j["events"] = nlohmann::ordered_json::array();
  for (int e = 0; e < 20000; ++e) {
    char date[16];
    std::snprintf(date, sizeof date, "20%02d-%02d-%02d", 10 + e % 15, 1 + e % 12, 1 + e % 28);
    j["events"].push_back(
        {{"id", "ev-" + std::to_string(e)}, {"type", "meeting"}, {"interaction", true},
         {"date", date}, {"date_text", "on Monday"}, {"status", "occurred"},
         {"participants", {"actor-" + std::to_string(e % 60), "actor-" + std::to_string((e + 7) % 60)}},
         {"place", nullptr}, {"summary", "a meeting"},
         {"mentions", {{{"doc", "a"}, {"start", 16}, {"end", 54},
                        {"text", "The ministers met in Paris on Monday."}}}}});
  }
  t.Write("big/events.json", j.dump(1));

  auto t0 = std::chrono::steady_clock::now();
  ASSERT_EQ(RunEventgraph("render " + (t / "big/events.json") + " -o " + (t / "out-ref"), t / "err")
                .code,
            kExitOk);
  auto full = std::chrono::steady_clock::now() - t0;
  const auto after = Snapshot(t / "out-ref");

  int interrupted = 0;
  for (double frac : {0.1, 0.3, 0.5, 0.7, 0.9}) {
    pid_t pid = Spawn({"render", t / "big/events.json", "-o", t / "out"});
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::duration_cast<std::chrono::microseconds>(full * frac));
    ::kill(pid, SIGINT);
    int st = 0;
    ASSERT_EQ(::waitpid(pid, &st, 0), pid);
    auto now = Snapshot(t / "out");
    if (WIFEXITED(st) && WEXITSTATUS(st) == kExitInterrupted) {
      ++interrupted;
      EXPECT_EQ(now, before) << "at " << frac;
    } else {
      EXPECT_TRUE(now == before || now == after) << "at " << frac;
      if (now == after) {
        ASSERT_EQ(RunEventgraph((t / "small") + " -q -o " + (t / "out"), t / "err").code, kExitOk);
      }
    }
    EXPECT_FALSE(HasStaging(t / "out")) << "at " << frac;
  }
  std::fprintf(stderr, "full render %.0f ms; %d of 5 interrupted (exit 130)\n",
               std::chrono::duration<double, std::milli>(full).count(), interrupted);
  EXPECT_GE(interrupted, 2);
}

}  // namespace
}  // namespace eg
