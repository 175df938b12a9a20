// Replays every input saved in fuzz/regressions/<target>/ through the body of
// that fuzz target (fuzz/harness.h): each once crashed eventgraph or broke an
// invariant. Run under the sanitizer build, this is where such a bug shows
// again.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "../../fuzz/harness.h"

namespace eg {
namespace {

namespace fs = std::filesystem;

// The files under fuzz/regressions/<target>/, sorted.
std::vector<fs::path> Inputs(const std::string& target) {
  std::vector<fs::path> v;
  fs::path dir = fs::path(EVENTGRAPH_SOURCE_DIR) / "fuzz" / "regressions" / target;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file()) v.push_back(e.path());
  std::sort(v.begin(), v.end());
  return v;
}

void Replay(const std::string& target, void (*body)(const uint8_t*, size_t)) {
  for (const auto& p : Inputs(target)) {
    SCOPED_TRACE(p.string());
    std::ifstream in(p, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    body(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
}

TEST(FuzzRegression, Load) { Replay("load", fuzz::Load); }
TEST(FuzzRegression, Time) { Replay("time", fuzz::Time); }
TEST(FuzzRegression, Extract) { Replay("extract", fuzz::Extract); }

// The first time-stage finding: a dotted number of many digits was read as
// a day.month.year date with int overflow (src/time/recognizer.cc).
TEST(FuzzRegression, HugeDottedNumberIsNoDate) {
  ASSERT_FALSE(Inputs("time").empty());
  std::string text = "It was 8888888888.1.2025 then.";
  TextAnalysis a;
  Analyze(text, 0, &a);
  for (const Timex& t : TagTimexes(a, date::year_month_day{date::year{2025}, date::month{8},
                                                          date::day{20}}))
    EXPECT_EQ(std::string(text, t.start, t.end - t.start).find("8888"), std::string::npos);
}

}  // namespace
}  // namespace eg
