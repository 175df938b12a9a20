// StageStats on the thread's CPU clock (EVENTGRAPH_STAGE_CLOCK=cpu): a
// document's CPU time, read by a DocClock, is shared among the stages timed
// meanwhile by their wall time.
#include "cli/stage_stats.h"

#include <gtest/gtest.h>
#include <time.h>

#include <chrono>
#include <cstdlib>
#include <thread>

namespace eg {
namespace {

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Keeps the processor busy for about `seconds` of this thread's CPU time.
void Burn(double seconds) {
  volatile uint64_t x = 0;
  const double until = ThreadCpuSeconds() + seconds;
  while (ThreadCpuSeconds() < until)
    for (int k = 0; k < 1000; ++k) x = x + uint64_t(k);
}

class CpuClockTest : public ::testing::Test {
 protected:
  void SetUp() override { setenv("EVENTGRAPH_STAGE_CLOCK", "cpu", 1); }
  void TearDown() override { unsetenv("EVENTGRAPH_STAGE_CLOCK"); }
};

TEST_F(CpuClockTest, ADocumentsCpuTimeGoesToItsStages) {
  StageStats stats(true);
  ASSERT_TRUE(stats.cpu_clock());
  const double cpu0 = ThreadCpuSeconds();
  {
    DocClock clock(&stats);
    {
      StageTimer t(&stats, Stage::kText);
      Burn(0.01);
    }
    {
      StageTimer t(&stats, Stage::kActors);
      Burn(0.08);
    }
  }
  const double cpu = ThreadCpuSeconds() - cpu0;
  const double text = stats.Seconds(Stage::kText), actors = stats.Seconds(Stage::kActors);
  // The document's CPU time is split by the stages' wall time, so on a busy
  // machine a preempted stage gets more than it burnt; an 8:1 ratio keeps
  // the order of the two shares, and their sum is the document's CPU time.
  EXPECT_GT(text, 0.0);
  EXPECT_GT(actors, 2 * text);
  EXPECT_GT(text + actors, 0.085);
  EXPECT_LE(text + actors, cpu + 1e-3);
  EXPECT_EQ(stats.Seconds(Stage::kEvents), 0.0);
}

TEST_F(CpuClockTest, WaitingInsideAStageIsNoCpuTime) {
  StageStats stats(true);
  {
    DocClock clock(&stats);
    StageTimer t(&stats, Stage::kTime);
    Burn(0.005);
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
  }
  // Wall time 65 ms, CPU time 5 ms: the stage gets the CPU time.
  EXPECT_GT(stats.Seconds(Stage::kTime), 0.002);
  EXPECT_LT(stats.Seconds(Stage::kTime), 0.03);
}

TEST_F(CpuClockTest, AStageOutsideADocumentReadsTheCpuClockItself) {
  StageStats stats(true);
  {
    StageTimer t(&stats, Stage::kMerge);
    Burn(0.01);
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
  }
  EXPECT_GT(stats.Seconds(Stage::kMerge), 0.005);
  EXPECT_LT(stats.Seconds(Stage::kMerge), 0.025);
}

TEST(StageStats, DisabledTimesNothing) {
  StageStats stats(false);
  {
    DocClock clock(&stats);
    StageTimer t(&stats, Stage::kText);
    Burn(0.005);
  }
  EXPECT_EQ(stats.Seconds(Stage::kText), 0.0);
  stats.MarkPeak(Stage::kText);
  EXPECT_EQ(stats.PeakKb(Stage::kText), 0);
}

}  // namespace
}  // namespace eg
