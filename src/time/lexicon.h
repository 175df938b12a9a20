// Word tables of the time stage: what a lower-cased token means to the
// recogniser (month, weekday, number word, ordinal, unit, season, part of day,
// set adverb, or one of the function words the matchers look for).
//
// LookupTimeWord() is a hash lookup over a fixed table built once (thread-safe
// static initialisation); it never allocates and returns nullptr for words
// that play no role in time expressions, which is nearly every token.
#pragma once
#include <cstdint>
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
};

const Lex* LookupTimeWord(std::string_view lower);

}  // namespace eg::timex
