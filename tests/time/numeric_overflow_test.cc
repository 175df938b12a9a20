#include <gtest/gtest.h>

#include <string>

#include "text/text.h"
#include "time/timex.h"

namespace eg {
namespace {

// A dotted number with a part longer than any date's is no date, and its
// digits must not overflow while being read (found by the time fuzzer).
TEST(NumericDates, OverlongDottedPartsAreNoDate) {
  std::string s = "It was 8888888888.1.2025 then, and 15.08.2025 was a Friday.";
  TextAnalysis t;
  Analyze(s, 0, &t);
  auto tx = TagTimexes(t, date::year{2025} / 8 / 20);
  bool long_number_tagged = false, real_date = false;
  for (const Timex& x : tx) {
    std::string span = s.substr(x.start, x.end - x.start);
    if (span.find("8888") != std::string::npos) long_number_tagged = true;
    if (span == "15.08.2025" && x.value == "2025-08-15") real_date = true;
  }
  EXPECT_FALSE(long_number_tagged);
  EXPECT_TRUE(real_date);
}

}  // namespace
}  // namespace eg
