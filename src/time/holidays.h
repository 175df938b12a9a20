// Holiday names and the rules that give their dates, read from
// data/time/holidays.tsv (compiled in: CMake embeds the file as
// kHolidaysTsv). The recogniser matches the names ("Labor Day", "New Year's
// Eve"); the resolver asks for a rule's date in a given year. The file's
// format is described at its top.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace eg::timex {

struct HolidayRule {
  enum Kind : uint8_t { kFixed, kNthWeekday, kEaster };
  Kind kind = kFixed;
  int8_t month = 0, day = 0;    // kFixed; month also for kNthWeekday
  int8_t weekday = 0, nth = 0;  // kNthWeekday: ISO weekday, n-th (-1 the last)
  int16_t offset = 0;           // days added (kNthWeekday, kEaster)
};

class HolidayTable {
 public:
  static constexpr size_t kMaxWords = 4;
  struct Name {
    // Lower case; "'s" a possessive token, "'" an apostrophe ("veterans'").
    std::array<std::string, kMaxWords> words;
    uint8_t n = 0;
    uint8_t rule = 0;  // index into rules()
  };
  // Parses the TSV text; messages name `where` and the line.
  static Status Parse(std::string_view tsv, const std::string& where, HolidayTable* out);

  const std::vector<Name>& names() const { return names_; }
  size_t rule_count() const { return rules_.size(); }
  // Month and day of rule r in year y; false for an unknown rule.
  bool Date(int r, int y, int* m, int* d) const;

 private:
  std::vector<Name> names_;  // longest first among names sharing a first word
  std::vector<HolidayRule> rules_;
};

// The compiled-in table, parsed on first use (thread-safe static
// initialisation). Should the file not parse, the message goes to stderr
// and the table stays empty; the unit tests keep the shipped file clean.
const HolidayTable& Holidays();

// The text of data/time/holidays.tsv (generated source).
extern const char* const kHolidaysTsv;

}  // namespace eg::timex
