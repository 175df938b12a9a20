// Fuzzes the text and time stages on arbitrary bytes (not cleaned by the
// loader) with a fixed publication date: no crash, no hang, and every time
// expression lies inside the text, in document order.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "text/text.h"
#include "time/timex.h"

namespace {
void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  eg::TextAnalysis a;
  eg::Analyze(text, 0, &a);
  const std::optional<date::year_month_day> dct =
      date::year_month_day{date::year{2025}, date::month{8}, date::day{20}};
  std::vector<eg::Timex> tx = eg::TagTimexes(a, dct);
  uint32_t prev = 0;
  for (const auto& t : tx) {
    Check(t.start < t.end && t.end <= size, "timex span inside the text");
    Check(t.start >= prev, "timexes in document order");
    Check(t.first_token < t.end_token && t.end_token <= a.tokens.size(), "token range");
    Check(t.sentence < a.sentences.size(), "sentence index");
    prev = t.start;
  }
  return 0;
}
