// Robustness: deterministic pseudo-random word salad built from the time
// vocabulary (plus numbers, punctuation and hyphens) must never crash the
// tagger, and every expression must be a non-empty, in-order, non-overlapping
// span inside the text with a value.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(Robustness, WordSaladKeepsSpansValid) {
  const std::vector<std::string> words = {
      "the", "a", "last", "next", "this", "that", "same", "early", "late", "mid", "-", ",",
      ".", "'", "s", "May", "March", "Aug", "Sept.", "Friday", "Fridays", "night", "morning",
      "year", "years", "week", "quarter", "third", "first", "half", "of", "ago", "later",
      "earlier", "from", "now", "today", "yesterday", "1990", "1970s", "80s", "15th", "3",
      "10:30", "p.m.", "a.m", "noon", "every", "each", "two", "twenty", "hundred", "and",
      "several", "few", "couple", "nineteen", "ninety", "fiscal", "year-ago", "period",
      "$", "%", "2024-02-29", "7/4/2019", "Christmas", "New", "Year", "Day", "current",
      "the", "end", "ahead", "or", "so", "twice", "times", "per", "old", "EST", "since"};
  uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&state]() {
    state ^= state << 13; state ^= state >> 7; state ^= state << 17;
    return state;
  };
  for (int doc = 0; doc < 300; ++doc) {
    std::string s;
    int n = 5 + int(next() % 60);
    for (int k = 0; k < n; ++k) {
      const std::string& w = words[next() % words.size()];
      if (!s.empty() && (next() % 4) != 0) s += ' ';
      s += w;
    }
    for (auto dct : {std::optional<date::year_month_day>(Dct()),
                     std::optional<date::year_month_day>()}) {
      TextAnalysis ta;
      Analyze(s, 0, &ta);
      uint32_t prev_end = 0;
      for (const Timex& t : TagTimexes(ta, dct)) {
        ASSERT_LT(t.start, t.end) << s;
        ASSERT_LE(t.end, s.size()) << s;
        ASSERT_GE(t.start, prev_end) << s;
        ASSERT_FALSE(t.value.empty()) << s;
        prev_end = t.end;
      }
    }
  }
}

}  // namespace
}  // namespace eg::testing
