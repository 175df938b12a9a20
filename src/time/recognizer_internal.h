// Internal to the time stage: the recognizer behind Recognize()
// (time/recognizer.h), shared by the files recognizer_*.cc that define its
// matchers, one family per file. Not a public header: nothing outside
// src/time includes it.
//
// A Rec makes one pass over the tokens of a document (Run,
// recognizer_scan.cc). A pre-filter keeps the tokens that may hold an
// expression (a number or a content word of the time lexicon) and the chain
// of function words before each; at each token there that can start one,
// MatchAt (recognizer_driver.cc) parses an optional modifier prefix
// (ParsePrefix: "the", "about", "early", "last", "the end of"...) and tries
// each head (a counted unit, a weekday, a month date, a year, a season, a
// quarter, a clock time, a deictic word...) with its suffixes ("ago",
// "later", "of 1990", "night"). The longest match wins; EmitMatch appends it
// to the output, in document order and without overlaps. The matchers are
// const: each returns the token after what it matched (0 when nothing) and
// fills a Spec, and nothing is allocated unless something matched. The
// per-token tables are kept per thread from one document to the next.
//
// The token accessors below stay inline: every matcher calls them, many
// times per token.
#ifndef EG_TIME_RECOGNIZER_INTERNAL_H_
#define EG_TIME_RECOGNIZER_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "time/lexicon.h"
#include "time/recognizer.h"

namespace eg::timex {
namespace detail {

// The modifier prefix read before a head (Rec::ParsePrefix).
struct Prefix {
  bool the = false, a = false, approx = false, mod = false;
  bool early_late = false;   // early, late, mid, earlier, later
  bool in_the = false;       // "earlier in the year"
  bool endof = false;        // the end/beginning/middle of
  Kw rel = kNoKw;            // this, last, next, past, coming, previous...
  int ordinal = 0;
  bool fiscal = false, year_ago = false, year_end = false;
  bool year_poss = false;    // "last year's", "1990's"
  int year_poss_shift = 0;   // -1 last, 0 this, +1 next (relative years)
  int year_poss_abs = -1;    // "1990's"
  bool any() const {
    return the || a || approx || mod || rel != kNoKw || ordinal || fiscal || year_ago ||
           year_end || year_poss;
  }
};

// A number token read (Rec::Num): its value and digits, commas or a
// decimal point, and a suffix ("1990s", "15th", "3pm").
struct NumTok {
  long val = -1;
  int digits = 0;
  enum Suffix : uint8_t { kNone, kS, kOrd, kAmS, kPmS, kOther } suffix = kNone;
  bool comma = false, decimal = false;
};

// P2D, PT3H, PXY, P2Y6M. `count` < 0 means unknown ("several days")
// (recognizer_units.cc).
std::string DurationValue(double count, Unit u);

class Rec {
 public:
  Rec(const TextAnalysis& t, std::vector<Candidate>* out)
      : t_(t), tok_(t.tokens), n_(uint32_t(t.tokens.size())), out_(out), words_(TimeWords()) {}

  // Appends the document's expressions to *out, in order (recognizer_scan.cc).
  void Run();

 private:
  // ---- token accessors ----
  // The table entry of token i, aux words included; looked up on first use.
  const Lex* Raw(uint32_t i) const {
    if (i >= n_) return nullptr;
    uint16_t v = raw_[i];
    if (__builtin_expect(!v, 0)) v = LookUp(i);
    return v == 1 ? nullptr : &words_.Entry(v - 2);
  }
  __attribute__((noinline)) uint16_t LookUp(uint32_t i) const {
    const Token& t = tok_[i];
    const int k = t.kind == TokenKind::kWord
                      ? words_.FindIndex(t_.hashes[i], t_.lower.data() + t.start,
                                         t.end - t.start, t_.lower.size() - t.start)
                      : -1;
    raw_[i] = uint16_t(k + 2);
    return raw_[i];
  }
  const Lex* L(uint32_t i) const {
    const Lex* l = Raw(i);
    return l && !l->aux ? l : nullptr;
  }
  Kw K(uint32_t i) const { const Lex* l = L(i); return l ? l->kw : kNoKw; }
  bool Cls(uint32_t i, uint16_t c) const { const Lex* l = L(i); return l && (l->cls & c); }
  std::string_view Lw(uint32_t i) const { return i < n_ ? t_.Lower(tok_[i]) : std::string_view(); }
  bool Punct(uint32_t i, char c) const {
    return i < n_ && tok_[i].kind == TokenKind::kPunct && tok_[i].end == tok_[i].start + 1 &&
           t_.text[tok_[i].start] == c;
  }
  bool Glued(uint32_t i) const { return i < n_ && tok_[i].Has(kGlued); }
  bool Hyphen(uint32_t i) const { return Punct(i, '-') && Glued(i) && Glued(i + 1); }
  bool IsNum(uint32_t i) const { return i < n_ && tok_[i].kind == TokenKind::kNumber; }
  bool Cap(uint32_t i) const {
    return i < n_ && (tok_[i].Has(kCapitalized) || tok_[i].Has(kAllCaps));
  }
  bool SentStart(uint32_t i) const { return i < n_ && tok_[i].Has(kSentenceStart); }
  bool Word(uint32_t i, std::string_view w) const { return Lw(i) == w; }
  bool Possessive(uint32_t i) const { return i < n_ && tok_[i].kind == TokenKind::kPossessive; }
  static bool NeverStarts(Kw k) {
    switch (k) {
      case kIn: case kFor: case kSince: case kUntil: case kBy: case kOn: case kDuring:
      case kThrough: case kFrom: case kAnd: case kOr: case kOf: case kTo: case kBefore:
      case kAfter: case kWithin: case kAgo: case kTime: case kAm: case kPm:
        return true;
      default:
        return false;
    }
  }
  NumTok Num(uint32_t i) const {
    NumTok r;
    if (!IsNum(i)) return r;
    std::string_view s = Lw(i);
    long v = 0;
    size_t k = 0;
    int digits = 0;
    for (; k < s.size(); ++k) {
      char c = s[k];
      if (c >= '0' && c <= '9') {
        if (digits < 12) v = v * 10 + (c - '0');
        ++digits;
      } else if (c == ',' && !r.decimal) {
        r.comma = true;
      } else if (c == '.') {
        r.decimal = true;
      } else {
        break;
      }
    }
    r.val = v;
    r.digits = digits;
    std::string_view suf = s.substr(k);
    if (suf.empty()) r.suffix = NumTok::kNone;
    else if (suf == "s") r.suffix = NumTok::kS;
    else if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") r.suffix = NumTok::kOrd;
    else if (suf == "am") r.suffix = NumTok::kAmS;
    else if (suf == "pm") r.suffix = NumTok::kPmS;
    else r.suffix = NumTok::kOther;
    return r;
  }
  // A plain integer token ("12", not "12th", "1,000" or "3.5").
  long Int(uint32_t i) const {
    NumTok n = Num(i);
    if (n.val < 0 || n.suffix != NumTok::kNone || n.comma || n.decimal) return -1;
    return n.val;
  }
  // The period after "Aug" is part of the abbreviation, except when it is also
  // the end of the sentence (then TimeML leaves it out).
  bool SentEndPeriod(uint32_t k) const { return k + 1 >= n_ || SentStart(k + 1); }
  static void Literal(Spec* s, TimexType t, std::string v) {
    s->literal = true;
    s->type = t;
    s->value = std::move(v);
  }

  // What token i is to the pre-filter of Run.
  enum LinkKind : uint8_t { kStop, kChain, kContent };

  // recognizer_scan.cc: Run and its pre-filter: which tokens may hold an
  // expression, and where a match may start.
  LinkKind Link(uint32_t i) const;
  bool CountWordCounts(uint32_t i) const;
  bool KeywordCounts(uint32_t i, Kw kw) const;
  bool QuarterAbbrCounts(uint32_t i) const;
  bool OrdinalCounts(uint32_t i) const;
  bool Startable(uint32_t i) const;
  static bool PlainCount(const char* p, size_t n);
  bool CountMayStart(uint32_t i) const;
  bool MaybeStart(uint32_t i) const;

  // recognizer_driver.cc: one match at a token (all heads tried, the longest
  // kept) and its emission, with the day and year ranges it shares a month or
  // year with.
  uint32_t MatchAt(uint32_t i, Spec* out, uint32_t* start) const;
  uint32_t EmitMatch(uint32_t b, uint32_t e, Spec spec, uint32_t pos);
  bool SecondYearOfSpan(uint32_t e, int year, int* year2) const;
  bool DayFirstRange(uint32_t b, int day2, int* day1) const;
  uint32_t DayAfterOrBefore(uint32_t b, uint32_t pos, Spec* spec) const;
  uint32_t LeadingWords(uint32_t b, uint32_t pos, const Spec& spec) const;
  bool PresentCopulaBefore(uint32_t i) const;
  bool IsModal(uint32_t i) const;
  bool WholePeriodRate(uint32_t i, uint32_t u, Unit per) const;
  void Emit(uint32_t b, uint32_t e, Spec spec);

  // recognizer_numbers.cc: cardinals in digits and words, years, bare years.
  uint32_t Cardinal(uint32_t i, double* count) const;
  uint32_t YearAt(uint32_t i, int* year) const;
  bool PlausibleBareYear(uint32_t i, uint32_t e, int year) const;
  bool PrePostYear(uint32_t i) const;

  // recognizer_clock.cc: clock times ("10:35 a.m.", "3pm", "noon", "1300 GMT")
  // and their heads.
  uint32_t DottedClock(uint32_t i, const NumTok& n, int* hour, int* minute) const;
  uint32_t Clock(uint32_t i, int* hour, int* minute) const;
  // "at 1700 hours", "from 0600 hrs": a four-digit clock read in hours, as
  // armies and official briefings write it; a duration otherwise ("1700
  // hours of footage").
  bool MilitaryClock(uint32_t i) const;
  bool TimeStamp(uint32_t j, uint32_t e) const;
  uint32_t ClockHead(uint32_t j, Spec* s) const;

  // recognizer_month_dates.cc: month names with days and years, day-month
  // dates, numeric dates, "on the 15th".
  bool MonthWordOk(uint32_t i, bool day_or_year_follows) const;
  uint32_t DayNumber(uint32_t i, int* day) const;
  uint32_t SpelledDay(uint32_t i, int* day) const;
  uint32_t MonthDate(uint32_t i, Spec* s) const;
  uint32_t DayMonth(uint32_t i, Spec* s) const;
  uint32_t DayOfMonthHead(uint32_t i, uint32_t j, Spec* s) const;
  uint32_t NumericDate(uint32_t i, Spec* s) const;
  static bool SetYmd(Spec* s, int y, int m, int d);

  // recognizer_prefix.cc: the modifier prefix before a head ("the", "about",
  // "early", "last", "the end of"...).
  uint32_t ParsePrefix(uint32_t i, Prefix* p) const;

  // recognizer_units.cc: counted and bare units with their suffixes ("two years
  // ago", "a week", "a two-year term").
  uint32_t UnitHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const;
  bool SuperlativeBefore(uint32_t k) const;

  // recognizer_periods.cc: years, decades, seasons, quarters, halves and "the
  // period".
  uint32_t YearHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const;
  uint32_t PeriodHead(uint32_t j, const Prefix& p, Spec* s) const;
  uint32_t SeasonHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const;
  uint32_t QuarterHead(uint32_t j, const Prefix& p, Spec* s) const;
  uint32_t QuarterAbbrHead(uint32_t j, const Prefix& p, Spec* s) const;

  // recognizer_days.cc: named days: weekdays ("last Friday", "Friday night")
  // and holidays ("Christmas").
  uint32_t WeekdayHead(uint32_t j, const Prefix& p, Spec* s) const;
  uint32_t PodAfter(uint32_t e, Spec* s) const;
  uint32_t HolidayEnd(uint32_t j, int* rule) const;
  uint32_t HolidayHead(uint32_t j, const Prefix& p, Spec* s) const;

  // recognizer_deictic.cc: deictic words ("today", "tonight", "now",
  // "recently", "the future"), parts of the day ("this morning", "at dawn") and
  // "the past".
  uint32_t DeicticHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const;
  uint32_t DawnHead(uint32_t i, uint32_t j, const Prefix& p, PartOfDay pod, Spec* s) const;
  bool OvernightAdverb(uint32_t j) const;
  uint32_t RefHead(uint32_t j, const Prefix& p, Spec* s) const;

  // recognizer_sets.cc: sets and rates ("every week", "annually", "twice a
  // year").
  bool RateAfter(uint32_t q) const;
  uint32_t SetHead(uint32_t j, Spec* s) const;

  const TextAnalysis& t_;
  const std::vector<Token>& tok_;
  uint32_t n_;
  std::vector<Candidate>* out_;
  const TimeWordTable& words_;
  // Per-token scratch, kept per thread across documents (no allocation per
  // document once they have grown).
  struct Scratch {
    std::vector<uint16_t> raw;  // Raw(): 0 not looked up, 1 none, else entry + 2
    std::vector<uint32_t> cand;
  };
  static Scratch& TheScratch() {
    static thread_local Scratch scratch;
    return scratch;
  }
  Scratch& scratch_ = TheScratch();
  std::vector<uint16_t>& raw_ = scratch_.raw;
  std::vector<uint32_t>& cand_ = scratch_.cand;  // tokens that may be content (Run)
  mutable bool adj_ = false;        // UnitHead matched an adjective ("two-year")
  mutable bool year_noun_ = false;  // YearHead matched a noun ("the 1990s", "the year 2000")
};

}  // namespace detail
}  // namespace eg::timex

#endif  // EG_TIME_RECOGNIZER_INTERNAL_H_
