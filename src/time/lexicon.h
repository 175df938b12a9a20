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
#include <vector>
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
  kEve, kDayWord, kNew, kYears, kElection, kPreceding, kPrior, kNextWeekYear, kTwice, kOnce,
  kQuarterAbbr, kHalfAbbr,  // "Q3", "H1" of business news (Lex::ordinal holds the number)
  kDawnWord,  // "dawn", "dusk": a part of the day said without article (Lex::pod)
  kFiscalYear,  // "FY2025", "FY25": a fiscal year in one word (Lex::number holds the year)
  kWhile,  // "for a while": a stretch of unknown length and unit
  kThen,  // "until then", "by then": the time just told
  kSoon  // "will soon", "may soon": a little after the time of speaking
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
  kHolidayWord = 512,   // a one-word holiday name (christmas, easter; holidays.h)
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
  bool plural = false;
  bool abbrev = false;  // "aug", "sept", "fri": needs a period or a number after it
  // A preposition, article or other function word that never makes an
  // expression by itself ("the", "in", "about", "this"...): the recogniser's
  // pre-filter does not start at it unless a time word follows.
  bool function_word = false;
  uint8_t aux = 0;      // not a time word: kAuxStart / kAuxPrefix (TimeWordTable::Find only)
  bool holiday_start = false;  // first word of a holiday name (holidays.h)
};

// Words outside the time vocabulary that the recogniser's pre-filter must
// know: capitalised names that begin a holiday ("Labor Day", from
// data/time/holidays.tsv), and words the
// matchers accept before the time word ("an additional year", "the short term",
// "three times a week").
enum AuxWord : uint8_t { kAuxStart = 1, kAuxPrefix = 2 };

const Lex* LookupTimeWord(std::string_view lower);

// The table behind LookupTimeWord, for the recogniser's per-token loop: the
// lookups are inline (no call per token) and also return the aux words
// (Lex::aux != 0), which LookupTimeWord hides. `avail` >= n bytes are
// readable at p; 16 or more lets it load the word without a copy. Compact
// (16 KB of slots, the entries packed after them): it is cold at the start of
// every document in the pipeline.
class TimeWordTable {
 public:
  TimeWordTable();
  // False for nearly every word that is not a content word (a time word, not
  // a function word): a test in a filter keyed by the word's token hash
  // (`token_hash`, the text stage's TextAnalysis::hashes entry of the
  // token), which the text stage has already computed: nothing is read of
  // the word's bytes; no branch. Words that are content only when
  // capitalised (`cap`) have a bit of their own: month and weekday names,
  // holidays, time zones, the kAuxStart names ("may", "sun", "est" are
  // mostly other words). A word the filter passes wrongly (another word in
  // its bucket, or one longer than any table word) is only looked up for
  // nothing: the recogniser's Link() rejects it.
  bool MaybeContent(uint64_t token_hash, bool cap) const {
    // A byte per bucket: bit 0 content in lower case, bit 1 content when
    // capitalised (a content word sets both); one load and a shift.
    return (content_bytes_[token_hash >> (64 - kTokenContentBits)] >> cap) & 1;
  }
  // Index of the word's entry (see Entry), -1 when the table lacks it.
  int FindIndex(const char* p, size_t n, size_t avail) const {
    if (n == 0 || n > 13) return -1;
    const uint32_t h = ContentHash(p, n);
    if (!((word_bits_[h >> 6] >> (h & 63)) & 1)) return -1;  // most unknown words
    return FindKey(p, n, avail);
  }
  // The same for a token whose token hash (TextAnalysis::hashes) is known:
  // the filter is read with it instead of a hash of the bytes.
  int FindIndex(uint64_t token_hash, const char* p, size_t n, size_t avail) const {
    if (n == 0 || n > 13) return -1;
    if (!(content_bytes_[token_hash >> (64 - kTokenContentBits)] & kInTable)) return -1;
    return FindKey(p, n, avail);
  }
  const Lex& Entry(int index) const { return entries_[size_t(index)]; }
  const Lex* Find(const char* p, size_t n, size_t avail) const {
    const int k = FindIndex(p, n, avail);
    return k < 0 ? nullptr : &entries_[size_t(k)];
  }

 private:
  // The entry of the word at p (n bytes, 1 to 13) in the slots, or -1.
  int FindKey(const char* p, size_t n, size_t avail) const {
    const Key key = KeyOf(p, n, avail);
    size_t i = Hash(key);
    while (slots_[i].b) {
      if (slots_[i].a == key.a && (slots_[i].b & ~kIndexMask) == key.b)
        return int((slots_[i].b & kIndexMask) >> kIndexShift);
      i = (i + 1) & (kSize - 1);
    }
    return -1;
  }
  // A word of up to 13 bytes as two 8-byte words: bytes 0-7 in `a`, bytes
  // 8-12 in the low bits of `b`, the length in its top byte (never 0, so
  // b == 0 marks an empty slot). A slot also keeps the entry's index in
  // b's bits 40-55. One probe: two 8-byte compares, no memcmp.
  struct Key {
    uint64_t a = 0, b = 0;
  };
  static constexpr unsigned kIndexShift = 40;
  static constexpr uint64_t kIndexMask = uint64_t(0xFFFF) << kIndexShift;
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
  // `avail` >= 16: two loads, no copy. n <= 13.
  static Key KeyOf(const char* p, size_t n, size_t avail) {
    char buf[16];
    if (avail < 16) {
      std::memset(buf, 0, sizeof buf);
      std::memcpy(buf, p, n);
      p = buf;
    }
    Key k;
    k.a = Load8(p) & Mask(n);
    k.b = (n > 8 ? Load8(p + 8) & Mask(n - 8) : 0) | (uint64_t(n) << 56);
    return k;
  }
  static constexpr size_t kBits = 10;
  static constexpr size_t kSize = size_t(1) << kBits;  // > 2x the entries
  static size_t Hash(const Key& k) {
    const uint64_t h = (k.a ^ (k.b * 0x9E3779B97F4A7C15ull)) * 0xD6E8FEB86659FD93ull;
    return size_t(h >> (64 - kBits));
  }
  std::array<Key, kSize> slots_{};
  std::vector<Lex> entries_;
  static constexpr unsigned kContentBits = 15;
  static uint32_t ContentHash(const char* p, size_t n) {
    const uint64_t k = uint64_t(n) | (uint64_t(uint8_t(p[0])) << 8) |
                       (uint64_t(uint8_t(p[n > 1])) << 16) | (uint64_t(uint8_t(p[n / 2])) << 24) |
                       (uint64_t(uint8_t(p[n - 1])) << 32);
    return uint32_t((k * 0x9E3779B97F4A7C15ull) >> (64 - kContentBits));
  }
  // FindIndex's filter: one bit per ContentHash of a word of the table;
  // MaybeContent's: a byte per bucket of token hashes (HashTokenBytes) of
  // the words (16 KB: the recogniser reads it at every token), whose bit 2
  // (kInTable) is the hashed FindIndex's filter: any word of the table.
  static constexpr unsigned kTokenContentBits = 14;
  static constexpr uint8_t kInTable = 4;
  std::array<uint64_t, (size_t(1) << kContentBits) / 64> word_bits_{};
  std::array<uint8_t, size_t(1) << kTokenContentBits> content_bytes_{};
};

// Built once, on first use (thread-safe static initialisation).
const TimeWordTable& TimeWords();

}  // namespace eg::timex
