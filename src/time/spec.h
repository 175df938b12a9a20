// The underspecified value the recogniser emits for one time expression and
// the resolver turns into a TIMEX3 value.
//
// A Spec is either a literal (durations, sets, PRESENT_REF: the value is known
// from the words alone) or a calendar description: an anchor (none, the
// publication date, or the narrative reference time), an optional shift of
// the anchor in some unit, explicit fields the text gave (year, month, day,
// weekday, quarter, season...), the direction in which to look for an
// incomplete date (from the tense, or forced by "last"/"next"), and the
// granularity of the value to print.
#pragma once
#include <cstdint>
#include <string>

#include "time/lexicon.h"
#include "time/timex.h"

namespace eg::timex {

enum class Anchor : uint8_t { kNone, kDct, kRef };

// Where an incomplete date lies relative to its anchor.
enum class Dir : uint8_t {
  kTense,         // from the sentence's tense (past, future, or nearest)
  kPast,          // on or before the anchor
  kPastStrict,    // before the anchor ("last Friday")
  kFuture,        // on or after
  kFutureStrict,  // after ("next Friday")
  kSame           // inside the anchor's week/year ("this Friday", "this summer")
};

enum class Gran : uint8_t {
  kDay, kWeek, kWeekend, kMonth, kQuarter, kHalf, kSeason, kYear, kDecade, kCentury
};

struct Spec {
  TimexType type = TimexType::kDate;
  bool literal = false;  // value below is final
  std::string value;

  Anchor anchor = Anchor::kNone;
  Unit shift_unit = kNoUnit;
  int shift = 0;
  Dir dir = Dir::kTense;
  Gran gran = Gran::kDay;

  int year = -1;       // explicit year
  int8_t month = 0;    // 1..12
  int8_t day = 0;      // 1..31
  int8_t weekday = 0;  // ISO 1..7
  int8_t quarter = 0;  // 1..4
  int8_t half = 0;     // 1..2
  int8_t season = 0;   // 1 SP, 2 SU, 3 FA, 4 WI
  int16_t holiday = 0;  // 1 + a rule of Holidays() (holidays.h); 0 none
  int decade = -1;     // explicit decade, e.g. 197 for the 1970s
  int century = -1;    // explicit century, e.g. 19 for the 20th century
  int8_t hour = -1, minute = -1;
  PartOfDay pod = kNoPod;

  // "a year ago", "a year earlier", "last year": in a sentence about a quarter's
  // results these name the same quarter a year before (financial news).
  bool year_back_quarter = false;
  // "the quarter", "that quarter", "the latest period": in a story about a
  // quarter's results, the quarter being reported (the last one named, which
  // may be a fiscal quarter), not the last calendar quarter before the date.
  bool topic_quarter = false;
  // "that quarter", "the same quarter": the last quarter named, a year-ago
  // comparison included ("In the year-ago quarter ... That quarter ...").
  bool last_quarter = false;
  // "the 1988 period", "the same period last year": the period just spoken
  // of, in that year (a quarter after a quarter, the year after "the first
  // nine months").
  bool same_period = false;
  // Comparisons ("a year earlier") look back without moving the narrative.
  bool keeps_ref = false;
  // A fiscal quarter or half: numbered from the company's fiscal year, so
  // the calendar quarter of the anchor says nothing about its year.
  bool fiscal = false;
  // "the quarter ended Sept. 30": a quarter given by its last day. Counted
  // as a calendar quarter unless a fiscal quarter was just named: then it is
  // that quarter ("earned $5 million in the fiscal first quarter. Sales for
  // the quarter ended Sept. 29 rose"), whose number its end day cannot give.
  bool quarter_ended = false;
  // "until then", "by then": the narrative reference time itself, at its
  // own precision (1989-11-30, 1995-06, 1995); nothing when no date was
  // told in this sentence or the one before (see the tagger).
  bool ref_itself = false;
  // "two days later", "an hour earlier": TimeML's value is the duration in
  // `value` (type DURATION); the calendar description above still resolves,
  // into Timex::anchored, the date the narrative moves to.
  bool anchored_duration = false;
  // "a week ago", "two weeks ago": TimeML's value is the week (2025-W33),
  // but a reader counts the days back from the publication date; that day
  // (dct - 7n) goes into Timex::anchored for dating the event told.
  bool week_ago_day = false;
  // "the day after Christmas" (+1), "the day before May 3" (-1): days added
  // to the day the rest describes.
  int8_t day_offset = 0;
};

// Resolution context: the publication date, the narrative reference time and
// the tense of the current sentence (-1 past, 0 unknown, +1 future).
struct RefTime {
  bool known = false;
  int y = 0, m = 0, d = 0;  // m or d 0 when the reference is coarser
};

struct ResolveContext {
  bool has_dct = false;
  int dy = 0, dm = 0, dd = 0;  // publication date
  RefTime ref;                 // narrative reference time
  RefTime ref_day;             // the last reference with a day ("two days later" needs one)
  // The last days the narrative stood at, one per year and month, newest
  // last: "forty years ago" after "Nov. 19, 1985" and then "on Tuesday"
  // takes the narrative back to the day of 1985 ("The following day" is
  // Nov. 20, 1985), where ref_day alone would count from Tuesday.
  // The reference is the time of a clause a story goes on from ("in April
  // 1984", tagger.cc), not an aside: a day-level expression after it with
  // no day of it known counts from it rather than from an older day.
  bool narrative = false;
  static constexpr int kDaysKept = 8;
  RefTime days[kDaysKept];
  int n_days = 0;
  int tense = 0;
  bool keeps_ref = false;  // set by Resolve from the spec
};

// Quarter context of the sentence being resolved: the last quarter named in
// it (year, quarter; 0 when none) and whether it speaks of quarters at all.
// Fills in `spec` into a TIMEX3 value, written into *out (replaced: the
// caller's string keeps its capacity); updates ctx->ref when the expression
// places the narrative at a date.
void ResolveTo(const Spec& spec, ResolveContext* ctx, std::string* out);

}  // namespace eg::timex
