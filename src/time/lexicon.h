// Word tables of the time stage: what a lower-cased token means to the
// recogniser (month, weekday, number word, ordinal, unit, season, part of day,
// set adverb, or one of the function words the matchers look for).
//
// LookupTimeWord() is a hash lookup over a fixed table built once (thread-safe
// static initialisation); it never allocates and returns nullptr for words
// that play no role in time expressions, which is nearly every token. Most
// words fail a (length, first byte, last byte) bit filter without hashing;
// the rest cost one multiply and two 8-byte compares per probe.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace eg::timex {

enum Unit : int8_t {
  kNoUnit = 0, kSecond, kMinute, kHour, kDay, kWeek, kWeekend, kFortnight, kMonth,
  kQuarter, kYear, kDecade, kCentury, kMillennium
};

enum PartOfDay : int8_t { kNoPod = 0, kMorning, kAfternoon, kEvening, kNight };

// Function and modifier words the matchers test for.
enum Kw : uint8_t {
  kNoKw = 0, kThe, kA, kAn, kThis, kThat, kThese, kLast, kNext, kPast, kComing,
  kPrevious, kFollowing, kSame, kCurrent, kLatest, kRecent, kEarly, kLate, kMid,
  kEarlier, kLater, kAgo, kHence, kFrom, kNow, kToday, kYesterday, kTomorrow, kTonight,
  kCurrently, kRecently, kNowadays, kFuture, kAbout, kAround, kNearly, kAlmost,
  kApprox, kMore, kLess, kThan, kAt, kLeast, kUp, kTo, kOver, kSeveral, kFew, kCouple,
  kMany, kOf, kEvery, kEach, kPer, kFiscal, kEnd, kBeginning, kStart, kMiddle, kHalf,
  kNoon, kMidnight, kOvernight, kAm, kPm, kTimeZone, kAnd, kOr, kBefore, kAfter,
  kAhead, kFull, kWhole, kEntire, kNear, kOther, kFinal, kOnly, kJust, kRight,
  kPresent, kTime, kFor, kIn, kSince, kUntil, kOclock, kWithin, kSome, kBy, kOn,
  kDuring, kThrough, kLately, kTerm, kThose, kMost, kYearAgo, kYearEarlier, kYearEnd,
  kEve, kDayWord, kNew, kYears, kElection, kPreceding, kPrior, kNextWeekYear, kTwice, kOnce
};

enum LexClass : uint16_t {
  kMonthWord = 1,       // month: full name or abbreviation (see `abbrev`)
  kWeekdayWord = 2,     // weekday (plural "mondays" sets `plural`)
  kNumberWord = 4,      // cardinal: one..ninety, hundred, thousand, dozen
  kOrdinalWord = 8,     // ordinal: first..thirty-first, twentieth...
  kUnitWord = 16,       // unit (plural sets `plural`)
  kSeasonWord = 32,     // spring, summer, fall, autumn, winter
  kPodWord = 64,        // morning, afternoon, evening, night
  kSetWord = 128,       // daily, weekly, monthly, annually, hourly...
  kDecadeWord = 256,    // twenties..nineties
  kHolidayWord = 512,   // christmas, thanksgiving, easter, halloween...
};

struct Lex {
  uint16_t cls = 0;
  Kw kw = kNoKw;
  int8_t month = 0;    // 1..12
  int8_t weekday = 0;  // ISO 1 (Monday)..7
  int16_t number = -1;
  int8_t ordinal = 0;
  Unit unit = kNoUnit;
  int8_t season = 0;   // 1 SP, 2 SU, 3 FA, 4 WI
  PartOfDay pod = kNoPod;
  int8_t decade = 0;   // 2..9 for twenties..nineties
  int8_t holiday = 0;  // index into the holiday rules (resolver)
  bool plural = false;
  bool abbrev = false;  // "aug", "sept", "fri": needs a period or a number after it
  uint8_t aux = 0;      // not a time word: kAuxStart / kAuxPrefix (TimeWordTable::Find only)
};

// Words outside the time vocabulary that the recogniser's pre-filter must
// know: capitalised names that begin a holiday ("Labor Day"), and words the
// matchers accept before the time word ("an additional year", "the short term",
// "three times a week").
enum AuxWord : uint8_t { kAuxStart = 1, kAuxPrefix = 2 };

const Lex* LookupTimeWord(std::string_view lower);

// The table behind LookupTimeWord, for the recogniser's per-token loop: Find()
// is inline (no call per token) and also returns the aux words (Lex::aux != 0),
// which LookupTimeWord hides. `avail` >= n bytes are readable at p; 16 or
// more lets it load the word without a copy.
class TimeWordTable {
 public:
  TimeWordTable();
  const Lex* Find(const char* p, size_t n, size_t avail) const {
    if (n == 0 || n > 13) return nullptr;
    unsigned bit = 0;
    const size_t si = SigIndex(p, n, &bit);
    if (!((sig_[si] >> bit) & 1)) return nullptr;
    const Key key = KeyOf(p, n, avail);
    size_t i = Hash(key, n);
    while (slots_[i].len) {
      if (slots_[i].len == n && slots_[i].key == key) return &vals_[i];
      i = (i + 1) & (kSize - 1);
    }
    return nullptr;
  }

 private:
  // A word of up to 16 bytes as two zero-padded 8-byte words: one compare
  // per half instead of a memcmp call.
  struct Key {
    uint64_t a = 0, b = 0;
    bool operator==(const Key& o) const { return a == o.a && b == o.b; }
  };
  static uint64_t Load8(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static uint64_t Mask(size_t bytes) {  // the first `bytes` bytes in memory order
    if (bytes >= 8) return ~uint64_t(0);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return (uint64_t(1) << (8 * bytes)) - 1;
#else
    uint64_t m = 0;
    std::memset(&m, 0xFF, bytes);
    return m;
#endif
  }
  static Key KeyOf(const char* p, size_t n, size_t avail) {
    Key k;
    if (avail < 16) {
      char buf[16] = {};
      std::memcpy(buf, p, n);
      k.a = Load8(buf) & Mask(n);
      k.b = n > 8 ? Load8(buf + 8) & Mask(n - 8) : 0;
      return k;
    }
    k.a = Load8(p) & Mask(n);
    k.b = n > 8 ? Load8(p + 8) & Mask(n - 8) : 0;
    return k;
  }
  // Signature filter: one bit per (length, first byte, last byte) class that
  // occurs in the table. Most words of running text fail it without hashing.
  static size_t SigIndex(const char* p, size_t n, unsigned* bit) {
    *bit = uint8_t(p[n - 1]) & 63u;
    return n * 64 + (uint8_t(p[0]) & 63u);
  }
  static constexpr size_t kBits = 10;
  static constexpr size_t kSize = size_t(1) << kBits;  // > 2.5x the entries
  static size_t Hash(const Key& k, size_t n) {
    const uint64_t h = (k.a ^ (k.b * 0x9E3779B97F4A7C15ull) ^ n) * 0xD6E8FEB86659FD93ull;
    return size_t(h >> (64 - kBits));
  }
  struct Slot {
    Key key;
    uint8_t len = 0;  // 0: empty
  };
  std::array<Slot, kSize> slots_{};
  std::array<Lex, kSize> vals_{};
  std::array<uint64_t, 14 * 64> sig_{};
};

// Built once, on first use (thread-safe static initialisation).
const TimeWordTable& TimeWords();

}  // namespace eg::timex
