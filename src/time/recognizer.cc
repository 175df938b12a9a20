// Recognition of time expressions: a single pass over the tokens. At each
// token that can start an expression (a number or a word of the time lexicon)
// the matchers below parse an optional modifier prefix ("the", "about",
// "early", "last", "the end of"...) and then one head (a counted unit, a
// weekday, a month date, a year, a season, a quarter, a clock time, a deictic
// word...) with its suffixes ("ago", "later", "of 1990", "night"). The
// longest match wins; no allocation happens unless something matched.
#include "time/recognizer.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

#include "time/holidays.h"
#include "time/lexicon.h"

namespace eg::timex {
namespace {

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

struct NumTok {
  long val = -1;
  int digits = 0;
  enum Suffix : uint8_t { kNone, kS, kOrd, kAmS, kPmS, kOther } suffix = kNone;
  bool comma = false, decimal = false;
};

const char* UnitCode(Unit u, bool* time_part) {
  *time_part = false;
  switch (u) {
    case kSecond: *time_part = true; return "S";
    case kMinute: *time_part = true; return "M";
    case kHour: *time_part = true; return "H";
    case kDay: return "D";
    case kWeek: return "W";
    case kWeekend: return "WE";
    case kFortnight: return "W";
    case kMonth: return "M";
    case kQuarter: return "Q";
    case kYear: return "Y";
    case kDecade: return "DE";
    case kCentury: return "CE";
    case kMillennium: return "ML";
    default: return "X";
  }
}

// P2D, PT3H, PXY, P2Y6M. `count` < 0 means unknown ("several days").
std::string DurationValue(double count, Unit u) {
  bool tp;
  const char* code = UnitCode(u, &tp);
  if (u == kFortnight) count = count < 0 ? count : count * 2;
  if (u == kDecade || u == kCentury || u == kMillennium) {
    // TimeML writes decades and centuries as years.
    int mult = u == kDecade ? 10 : u == kCentury ? 100 : 1000;
    // Unknown numbers of decades are years in TimeML practice ("decades" = PXY).
    if (count < 0) return u == kDecade ? "PXY" : u == kCentury ? "PXC" : "PXML";
    count *= mult;
    code = "Y";
  }
  if (u == kWeekend) code = "WE";
  std::string v = tp ? "PT" : "P";
  if (count < 0) return v + "X" + code;
  long whole = long(count);
  double frac = count - double(whole);
  char buf[32];
  if (!(whole == 0 && frac > 0)) (v += std::to_string(whole)) += code;
  if (frac > 0.01) {
    // Halves in the next smaller unit: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M.
    switch (u) {
      case kYear: std::snprintf(buf, sizeof buf, "%dM", int(frac * 12 + 0.5)); v += buf; break;
      case kMonth: v += "T"; std::snprintf(buf, sizeof buf, "%dD", int(frac * 30 + 0.5)); v.pop_back(); v += buf; break;
      case kDay: std::snprintf(buf, sizeof buf, "T%dH", int(frac * 24 + 0.5)); v += buf; break;
      case kHour: std::snprintf(buf, sizeof buf, "%dM", int(frac * 60 + 0.5)); v += buf; break;
      case kMinute: std::snprintf(buf, sizeof buf, "%dS", int(frac * 60 + 0.5)); v += buf; break;
      case kWeek:  // 3 1/2 weeks: ISO 8601's decimal fraction of the last unit
        std::snprintf(buf, sizeof buf, "P%gW", double(whole) + (frac > 0.4 && frac < 0.6 ? 0.5 : frac));
        v = buf;
        break;
      default: break;
    }
  }
  return v;
}

// A shift by a fractional count ("half a century ago", "two and a half
// years later") moves by a whole number of the next smaller unit.
void WholeShift(double* count, Unit* unit) {
  if (*count == double(long(*count))) return;
  switch (*unit) {
    case kMillennium: *count *= 1000; *unit = kYear; break;
    case kCentury: *count *= 100; *unit = kYear; break;
    case kDecade: *count *= 10; *unit = kYear; break;
    case kYear: *count *= 12; *unit = kMonth; break;
    case kWeek: *count *= 7; *unit = kDay; break;
    case kDay: *count *= 24; *unit = kHour; break;
    case kHour: *count *= 60; *unit = kMinute; break;
    default: break;
  }
}

Gran GranOf(Unit u) {
  switch (u) {
    case kWeek: case kFortnight: return Gran::kWeek;
    case kWeekend: return Gran::kWeekend;
    case kMonth: return Gran::kMonth;
    case kQuarter: return Gran::kQuarter;
    case kYear: return Gran::kYear;
    case kDecade: return Gran::kDecade;
    case kCentury: case kMillennium: return Gran::kCentury;
    default: return Gran::kDay;
  }
}

class Rec {
 public:
  Rec(const TextAnalysis& t, std::vector<Candidate>* out)
      : t_(t), tok_(t.tokens), n_(uint32_t(t.tokens.size())), out_(out), words_(TimeWords()) {}

  void Run() {
    raw_.assign(n_, 0);  // 0: not looked up yet (a memset)
    // Every expression holds a content token (a number, a time word, a
    // deictic word: anything but a function word, a lower-case month or
    // weekday name, or a count that is money, a percentage...), and only chain tokens
    // (function words, punctuation, possessives, the kAuxPrefix words, a
    // capitalised name before "Day") come before it. So the matchers run only
    // at the tokens of the chain that ends at each content token.
    //
    // First a branch-free pass collects the tokens that may be content: the
    // numbers and the words that pass the table's content filter (one byte
    // read with the text stage's token hash; most words fail it). Each
    // token is written at the next slot, which only the ones that pass
    // move on from.
    // Locals and raw pointers: the stores would otherwise make the compiler
    // reload every member in each iteration.
    const TimeWordTable& words = words_;
    cand_.resize(n_ + 1);
    const uint32_t n = n_;
    const Token* const toks = tok_.data();
    const uint64_t* const hashes = t_.hashes.data();
    uint32_t* const cand = cand_.data();
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; ++i) {
      const Token t = toks[i];
      const bool word = t.kind == TokenKind::kWord;
      const bool num = t.kind == TokenKind::kNumber;
      const bool cap = (t.flags & (kCapitalized | kAllCaps)) != 0;
      cand[m] = i;
      m += uint32_t(num | (word & words.MaybeContent(hashes[i], cap)));
    }
    uint32_t pos = 0;  // tokens before pos are decided or inside an expression
    for (uint32_t k = 0; k < m; ++k) {
      const uint32_t c = cand_[k];
      if (c < pos || Link(c) != kContent) continue;
      uint32_t i = c;
      while (i > pos && Link(i - 1) == kChain) --i;
      while (i <= c) {
        if (!Startable(i)) {
          ++i;
          continue;
        }
        Spec spec;
        uint32_t b = i;
        const uint32_t e = MatchAt(i, &spec, &b);
        if (e > i) {
          b = DayAfterOrBefore(b, pos, &spec);
          i = EmitMatch(b, e, std::move(spec), pos);
          pos = i;
        } else {
          ++i;
        }
      }
    }
  }

 private:
  // Emits the expression [b, e) and returns where the scan goes on.
  // Tokens before `pos` belong to expressions already emitted.
  uint32_t EmitMatch(uint32_t b, uint32_t e, Spec spec, uint32_t pos) {
    const bool day_date = !spec.literal && spec.month && spec.day;
    // "2024-25", "1939-45": the second year of a span written with two digits
    // (above 12, else it may be an ISO month: "2011-12").
    int year2 = 0;
    const bool span = !spec.literal && spec.type == TimexType::kDate &&
                      spec.gran == Gran::kYear && spec.year >= 0 && !spec.month &&
                      SecondYearOfSpan(e, spec.year, &year2);
    // "14-15 July", "3 and 4 March": the first day shares the month named
    // after the second (as "Aug. 15 and 16" below; TimeML tags each day).
    int day1 = 0;
    if (day_date && b >= pos + 2 && DayFirstRange(b, spec.day, &day1)) {
      Spec first = spec;
      first.day = int8_t(day1);
      Emit(b - 2, b - 1, std::move(first));
    }
    if (span) {
      Spec second = spec;
      Emit(b, e, std::move(spec));
      second.year = year2;
      Emit(e + 1, e + 2, std::move(second));
      return e + 2;
    }
    Emit(b, e, std::move(spec));
    // "Aug. 15 and 16", "April 24-25": the second day shares the month.
    const uint32_t k = e;
    if (!day_date || !(K(k) == kAnd || K(k) == kOr || K(k) == kTo || K(k) == kThrough ||
                       Punct(k, '-')))
      return e;
    int day2 = 0;
    uint32_t de = DayNumber(k + 1, &day2);
    if (!de || Cls(de, kMonthWord) || Cls(de, kUnitWord) || Punct(de, '%')) return e;
    Spec second = out_->back().spec;
    second.day = int8_t(day2);
    int y;
    uint32_t y0 = Punct(de, ',') ? de + 1 : de;
    uint32_t ye = second.year < 0 ? YearAt(y0, &y) : 0;
    if (ye && IsNum(y0)) {
      second.year = y; second.anchor = Anchor::kNone; de = ye;
      out_->back().spec.year = y;  // the year closes both days
      out_->back().spec.anchor = Anchor::kNone;
    }
    Emit(k + 1, de, std::move(second));
    return de;
  }

 private:
  // ---- token helpers ----
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

  // What token i is to the pre-filter of Run.
  enum LinkKind : uint8_t { kStop, kChain, kContent };
  LinkKind Link(uint32_t i) const {
    const Token& t = tok_[i];
    if (t.kind == TokenKind::kNumber)
      return PlainCount(t_.lower.data() + t.start, t.end - t.start) && !CountMayStart(i)
                 ? kStop
                 : kContent;
    if (t.kind != TokenKind::kWord) return kChain;
    const Lex* l = Raw(i);
    if (!l) {
      // "Labour Day", "Victory Day"
      return Cap(i) && Cls(i + 1, kUnitWord) && L(i + 1)->unit == kDay ? kChain : kStop;
    }
    if (l->aux) {
      if (l->aux == kAuxPrefix) return kChain;
      // The first word of a holiday name, when the whole name follows
      // ("Labor Day", "Valentine's Day", "Good Friday").
      int rule;
      return Cap(i) && HolidayEnd(i, &rule) ? kContent : kStop;
    }
    if (l->cls == kNumberWord || l->kw == kMany || l->kw == kSeveral || l->kw == kFew)
      return CountWordCounts(i) ? kContent : kStop;
    if (l->cls == kOrdinalWord && !OrdinalCounts(i)) return kChain;
    if (!l->cls && !KeywordCounts(i, l->kw)) return kChain;
    // "a 10-year-old": an age, never part of an expression (UnitHead).
    if ((l->cls & kUnitWord) && Hyphen(i + 1) && Word(i + 2, "old")) return kStop;
    // Names the matchers take only capitalised: "may", "march", "sun", "est".
    if (!Cap(i) && ((l->cls & (kMonthWord | kWeekdayWord | kHolidayWord)) || l->kw == kTimeZone))
      return kChain;
    return l->cls || !l->function_word ? kContent : kChain;
  }
  // A number word or "many", "several", "few" takes part in an expression
  // only before what a count or a spoken year continues with: a number, a
  // unit, "-", "or", "to", "and", "more", "times", "trading"... ("two years",
  // "twenty-four hours", "two or three days", "nineteen ninety"); not in
  // "one of them", "two people".
  bool CountWordCounts(uint32_t i) const {
    const uint32_t k = i + 1;
    if (k >= n_) return false;
    if (IsNum(k)) return true;
    if (Punct(k, '-')) return Raw(k + 1) != nullptr;  // "twenty-four", "one-year"
    const Lex* l = Raw(k);
    if (!l) return false;
    if (l->aux) return l->aux == kAuxPrefix;
    return (l->cls & (kNumberWord | kUnitWord)) || l->kw == kOr || l->kw == kTo ||
           l->kw == kAnd || l->kw == kMore;
  }
  // Keywords that take part in an expression only next to certain words:
  // "the end/beginning/middle of", "once/twice a week", "the/in/near future",
  // "the near/short/long term"; "half" before "a"/"an" and a unit ("half an
  // hour"), else only after an ordinal or a count.
  bool KeywordCounts(uint32_t i, Kw kw) const {
    switch (kw) {
      case kEnd: case kBeginning: case kStart: case kMiddle: return K(i + 1) == kOf;
      case kOnce: case kTwice: return K(i + 1) == kA || K(i + 1) == kPer;
      case kFuture: {
        const Kw pk = i > 0 ? K(i - 1) : kNoKw;
        return pk == kThe || pk == kIn || pk == kNear;
      }
      case kTerm:
        return i > 0 && (K(i - 1) == kNear || Word(i - 1, "short") || Word(i - 1, "long"));
      case kHalf:  // "half an hour", "half a century ago"
        return (K(i + 1) == kA || K(i + 1) == kAn) && Cls(i + 2, kUnitWord) && !L(i + 2)->plural;
      case kQuarterAbbr: case kHalfAbbr: return QuarterAbbrCounts(i);
      case kEach: case kEvery: {  // "every week", "each Monday", "every other year"
        const uint32_t k = K(i + 1) == kOther ? i + 2 : i + 1;
        if (IsNum(k)) return true;
        const Lex* l = L(k);
        return l && (l->cls || l->kw == kFew || l->kw == kSeveral || l->kw == kMany ||
                     l->kw == kA || l->kw == kAn || l->kw == kCouple);
      }
      case kEarly: case kLate: case kMid: case kEarlier: case kLater:
        // a time word must follow ("early 1990", "later in the year")
        return i + 1 < n_ && (IsNum(i + 1) || Punct(i + 1, '-') || Raw(i + 1) ||
                              tok_[i + 1].kind != TokenKind::kWord);
      default: return true;
    }
  }
  bool SecondYearOfSpan(uint32_t e, int year, int* year2) const {
    if (!(Hyphen(e) || (Lw(e) == "\xE2\x80\x93" && Glued(e) && Glued(e + 1)))) return false;
    const NumTok n = Num(e + 1);
    if (n.digits != 2 || n.suffix != NumTok::kNone || n.comma || n.decimal || n.val <= 12)
      return false;
    if (e + 2 < n_ && (Punct(e + 2, '-') || Punct(e + 2, '/') || Punct(e + 2, '%'))) return false;
    const int y = year / 100 * 100 + int(n.val);
    if (y <= year || y - year > 10) return false;
    *year2 = y;
    return true;
  }
  // Is the day-month date at b ("15 July", "15th of July") the second day of
  // a range "14-15", "14 to 15", "14 and 15"? Then *day1 is the first day.
  // Not after a number or a date separator ("2-14-15 July" is no range).
  bool DayFirstRange(uint32_t b, int day2, int* day1) const {
    if (!IsNum(b) || Num(b).val != day2) return false;
    const uint32_t m = K(b + 1) == kOf ? b + 2 : b + 1;
    if (!Cls(m, kMonthWord)) return false;
    const uint32_t c = b - 1;
    if (!(Hyphen(c) || Lw(c) == "\xE2\x80\x93" || K(c) == kAnd || K(c) == kTo)) return false;
    if (DayNumber(b - 2, day1) != b - 1 || *day1 >= day2 || Num(b - 2).suffix != Num(b).suffix)
      return false;
    if (b >= 3) {
      const uint32_t x = b - 3;
      if (IsNum(x) || Cls(x, kMonthWord) ||
          (tok_[x].kind == TokenKind::kPunct && Glued(b - 2) && !Punct(x, '(')))
        return false;
    }
    return true;
  }
  // "Q3", "H1" name a period of the business year only as capitals, and
  // only with a year ("Q3 2025", "H1 of 2024") or after a word that puts a
  // period there ("in Q3", "the H2 figures", "fiscal Q4"): "Audi Q3", "an H1
  // heading" are names.
  bool QuarterAbbrCounts(uint32_t i) const {
    if (!(i < n_ && tok_[i].Has(kCapitalized)) || tok_[i].end != tok_[i].start + 2) return false;
    int y;
    if (YearAt(i + 1, &y) && IsNum(i + 1)) return true;
    if (K(i + 1) == kOf && IsNum(i + 2) && YearAt(i + 2, &y)) return true;
    if (i == 0) return false;
    const Kw pk = K(i - 1);
    return pk == kIn || pk == kDuring || pk == kFor || pk == kThe || pk == kFiscal ||
           pk == kSince || pk == kBy || pk == kUntil || pk == kThrough;
  }
  // An ordinal word counts only before a unit, "half", "fiscal" or a number
  // ("the third quarter", "first half", "the first 10 days"): "the first
  // time" is no expression.
  bool OrdinalCounts(uint32_t i) const {
    const uint32_t k = Hyphen(i + 1) ? i + 2 : i + 1;
    if (IsNum(k) || Cls(k, kUnitWord | kNumberWord)) return true;
    const Kw kw = K(k);
    return kw == kHalf || kw == kFiscal;
  }
  // "the day after Christmas", "the day before last Tuesday's hearing": a
  // day named by its neighbour. Returns the expression's new first token
  // (b when the words are not there), and sets spec->day_offset.
  uint32_t DayAfterOrBefore(uint32_t b, uint32_t pos, Spec* spec) const {
    if (b < 2 || b - 2 < pos || spec->literal || spec->gran != Gran::kDay ||
        spec->shift_unit != kNoUnit || spec->hour >= 0 || spec->pod != kNoPod ||
        !(spec->weekday || spec->holiday || (spec->month && spec->day)))
      return b;
    const Kw rel = K(b - 1);
    if ((rel != kAfter && rel != kBefore) || !Word(b - 2, "day")) return b;
    spec->day_offset = rel == kAfter ? 1 : -1;
    return b >= 3 && b - 3 >= pos && K(b - 3) == kThe ? b - 3 : b - 2;
  }

  // Where MatchAt may find something: not at a preposition or conjunction.
  bool Startable(uint32_t i) const {
    if (IsNum(i)) return true;
    const Lex* l = Raw(i);
    if (!l) return false;
    if (l->aux) return l->aux == kAuxStart && MaybeStart(i);
    // Words ParsePrefix takes only with the next one ("over a year", "at
    // least", "more than", "up to") and no head begins with.
    switch (l->kw) {
      case kOver: return K(i + 1) == kA || K(i + 1) == kAn || IsNum(i + 1) ||
                         Cls(i + 1, kNumberWord);
      case kAt: return K(i + 1) == kLeast || K(i + 1) == kMost;
      case kMore: case kLess: return K(i + 1) == kThan;
      case kUp: return K(i + 1) == kTo;
      case kThan: case kPrior: return false;
      default: return !NeverStarts(l->kw);
    }
  }
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

  // A count, not a year, a date or a clock time: digits with commas and at
  // most one decimal point ("5", "1,200", "3.5"), not four digits alone.
  static bool PlainCount(const char* p, size_t n) {
    int dots = 0;
    bool other = false;
    for (size_t k = 0; k < n; ++k) {
      if (p[k] == '.') ++dots;
      else if (p[k] != ',' && (p[k] < '0' || p[k] > '9')) return false;
      else if (p[k] == ',') other = true;
    }
    return dots <= 1 && (n != 4 || dots || other);
  }
  // A count (PlainCount) is part of a time expression only before a unit,
  // a number, a month, "a.m.", "or", "to", "-", "/", ":"...; not as money
  // ("$5"), a percentage ("5%"), before a word outside the table ("5 people",
  // "3 million"), "a" or "of" ("$5 a share", "5 of them"), or closing punctuation.
  bool CountMayStart(uint32_t i) const {
    if (i > 0 && tok_[i - 1].kind == TokenKind::kPunct) {
      std::string_view pw = Lw(i - 1);
      if (pw == "$" || pw == "\xC2\xA3" || pw == "\xE2\x82\xAC") return false;
    }
    if (i + 1 >= n_) return true;
    const Token& nt = tok_[i + 1];
    if (nt.kind == TokenKind::kWord) {
      const Lex* l = Raw(i + 1);
      if (l && !l->aux && !l->cls && l->kw == kTo)  // "two to three weeks"
        return IsNum(i + 2) || Cls(i + 2, kNumberWord);
      return l && !(!l->aux && (l->kw == kA || l->kw == kOf) && !l->cls);
    }
    if (nt.kind == TokenKind::kPunct && nt.end == nt.start + 1) {
      const char c = t_.text[nt.start];
      if (c == '-') return Raw(i + 2) != nullptr;  // "30-day", not "3-2", "10-15"
      return !(c == ',' || c == '%' || c == ')' || c == ';' || c == '.');
    }
    return true;
  }

  // Capitalised words that start expressions without being in the lexicon.
  // A capitalised word outside the time vocabulary that may start an
  // expression: the first word of a holiday name (holidays.h), "Mid-", "Q3".
  bool MaybeStart(uint32_t i) const {
    if (!Cap(i)) return false;
    const Lex* l = Raw(i);
    if (l && l->holiday_start) return true;
    std::string_view w = Lw(i);
    return w == "mid-" || w == "q1" || w == "q2" || w == "q3" || w == "q4";
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

  // ---- numbers ----
  // Cardinal at i: digits or words ("twenty-four", "a hundred", "a couple of",
  // "several"). Returns the end token, 0 if none; count < 0 = unknown.
  uint32_t Cardinal(uint32_t i, double* count) const {
    if (IsNum(i)) {
      NumTok n = Num(i);
      if (n.suffix != NumTok::kNone || n.digits > 7) return 0;
      double v = double(n.val);
      if (n.decimal) {
        std::string_view s = Lw(i);
        v = 0;
        double scale = 0;
        for (char c : s) {
          if (c == '.') { scale = 1; continue; }
          if (c < '0' || c > '9') continue;
          if (scale > 0) { scale /= 10; v += (c - '0') * scale; }
          else v = v * 10 + (c - '0');
        }
      }
      uint32_t e = i + 1;
      // "2 1/2"
      if (IsNum(e) && Int(e) == 1 && Punct(e + 1, '/') && Int(e + 2) == 2 && Glued(e + 1)) {
        v += 0.5;
        e += 3;
      }
      *count = v;
      return e;
    }
    const Lex* l = L(i);
    if (!l) return 0;
    Kw k = l->kw;
    // "half an hour", "half a century": a count of one half.
    if (k == kHalf && (K(i + 1) == kA || K(i + 1) == kAn) && Cls(i + 2, kUnitWord) &&
        !L(i + 2)->plural) {
      *count = 0.5;
      return i + 2;
    }
    if (k == kSeveral || k == kMany) { *count = -1; return i + 1; }
    if (k == kFew) { *count = -1; return i + 1; }
    if (k == kA && K(i + 1) == kFew) { *count = -1; return i + 2; }
    if ((k == kA && K(i + 1) == kCouple && K(i + 2) == kOf)) { *count = 2; return i + 3; }
    if (k == kCouple && K(i + 1) == kOf) { *count = 2; return i + 2; }
    uint32_t e = i;
    double v = 0;
    if ((k == kA || k == kAn) && Cls(i + 1, kNumberWord) &&
        (L(i + 1)->number == 100 || L(i + 1)->number == 1000 || L(i + 1)->number == 12)) {
      v = 1;
      e = i + 1;
    } else if (!(l->cls & kNumberWord)) {
      return 0;
    }
    // Word number: [tens [- units]] [hundred [and] ...]
    double total = 0, cur = 0;
    bool any = false;
    if (e == i + 1) { cur = v; any = true; }
    while (Cls(e, kNumberWord)) {
      int n = L(e)->number;
      if (n == 100) { cur = (any ? cur : 1) * 100; }
      else if (n == 1000) { total += (any ? cur : 1) * 1000; cur = 0; }
      else if (n == 12 && Word(e, "dozen")) { cur = (any ? cur : 1) * 12; }
      else if (any && cur >= 20 && int(cur) % 10 == 0 && n < 10) { cur += n; }
      else if (any && cur >= 100 && int(cur) % 100 == 0 && n < 100) { cur += n; }
      else if (!any) { cur = n; }
      else break;
      any = true;
      ++e;
      if (Hyphen(e) && Cls(e + 1, kNumberWord) && L(e + 1)->number < 10) ++e;
      else if (K(e) == kAnd && Cls(e + 1, kNumberWord) && cur >= 100) ++e;
    }
    if (!any) return 0;
    // "two and a half"
    if (K(e) == kAnd && K(e + 1) == kA && K(e + 2) == kHalf) { cur += 0.5; e += 3; }
    *count = total + cur;
    return e;
  }

  // Four-digit year token or a spoken year ("nineteen ninety-seven", "two
  // thousand"). Returns end, 0 if none.
  uint32_t YearAt(uint32_t i, int* year) const {
    if (IsNum(i)) {
      NumTok n = Num(i);
      if (n.digits == 4 && n.suffix == NumTok::kNone && !n.comma && !n.decimal &&
          n.val >= 1000 && n.val <= 2199) {
        *year = int(n.val);
        return i + 1;
      }
      return 0;
    }
    if (!Cls(i, kNumberWord)) return 0;
    int hi = L(i)->number;
    if (hi >= 11 && hi <= 20 && Cls(i + 1, kNumberWord)) {
      double rest;
      if (L(i + 1)->number == 100) {  // "nineteen hundred [and] eighty"
        uint32_t e = i + 2;
        if (K(e) == kAnd) ++e;
        uint32_t e2 = Cardinal(e, &rest);
        if (e2 && rest > 0 && rest < 100) { *year = hi * 100 + int(rest); return e2; }
        *year = hi * 100;
        return i + 2;
      }
      uint32_t e2 = Cardinal(i + 1, &rest);
      if (e2 && rest >= 10 && rest < 100) { *year = hi * 100 + int(rest); return e2; }
      return 0;
    }
    if (hi == 2 && Cls(i + 1, kNumberWord) && L(i + 1)->number == 1000) {
      uint32_t e = i + 2;
      uint32_t f = K(e) == kAnd ? e + 1 : e;
      double rest;
      uint32_t e2 = Cardinal(f, &rest);
      if (e2 && rest > 0 && rest < 100 && !Cls(e2, kUnitWord)) { *year = 2000 + int(rest); return e2; }
      *year = 2000;
      return e;
    }
    return 0;
  }

  // A bare year standing alone: filtered against money, counts and names.
  bool PlausibleBareYear(uint32_t i, uint32_t e, int year) const {
    if (year < 1000 || year > 2199) return false;
    if (!IsNum(i)) return true;
    if (i > 0) {
      uint32_t p = i - 1;
      if (Punct(p, '$') || Punct(p, '#') || Lw(p) == "\xC2\xA3" || Lw(p) == "\xE2\x82\xAC") return false;
      std::string_view pw = Lw(p);
      if (pw == "no" || pw == "number" || pw == "nos" || pw == "page" || pw == "flight" ||
          pw == "route" || pw == "room" || pw == "model" || pw == "rule" || pw == "resolution" ||
          pw == "article" || pw == "section" || pw == "version" || pw == "to" || pw == "about" ||
          pw == "than" || pw == "some" || pw == "nearly" || pw == "almost" || pw == "over" ||
          pw == "under" || pw == "only")
        if (!(pw == "to" && false)) {
          // "to 2025" is usually a year ("from 2020 to 2025"); keep it.
          if (pw != "to") return false;
        }
      if (IsNum(p)) return false;
      // "Trump 2024", "Vision 2030", "Windows 2000": a name before the number.
      if (tok_[p].kind == TokenKind::kWord && Cap(p) && !SentStart(p) && !L(p) &&
          !tok_[p].Has(kAllCaps))
        return false;
      // "1-2025" is a code; "2024-2025" a span of years.
      if (Punct(p, '-') && Glued(i) && IsNum(p - 1 < n_ ? p - 1 : p)) {
        const long y0 = p >= 1 ? Int(p - 1) : -1;
        if (!(p >= 1 && Num(p - 1).digits == 4 && y0 < year && year - y0 <= 100)) return false;
      }
    }
    if (year < 1900 || year > 2100) {
      Kw pk = i > 0 ? K(i - 1) : kNoKw;
      if (!(pk == kIn || pk == kSince || pk == kOf || pk == kBy || pk == kUntil ||
            pk == kFrom || pk == kBefore || pk == kAfter || pk == kDuring))
        return false;
    }
    if (e < n_) {
      if (Punct(e, '%') || Word(e, "percent") || Word(e, "per")) return false;
      if (K(e) == kTimeZone && tok_[e].Has(kAllCaps)) return false;  // "1900 GMT"
      if (Punct(e, ':') && Glued(e)) return false;
      if (Punct(e, '-') && Glued(e) && IsNum(e + 1) && Int(e + 1) >= 0 && Num(e + 1).digits != 2 &&
          Num(e + 1).digits != 4)
        return false;
      const Token& nt = tok_[e];
      if (nt.kind == TokenKind::kWord && !L(e) && !Cap(e)) {
        std::string_view w = Lw(e);
        // "2000 troops", "1500 people": a count, not a year.
        if (w.size() > 3 && w.back() == 's' && w != "levels" && w != "was" && w != "has" &&
            w != "is" && w != "as" && w != "elections" && w != "results")
          return false;
        if (w == "people" || w == "percent" || w == "feet" || w == "men" || w == "women" ||
            w == "children" || w == "miles" || w == "metres" || w == "meters")
          return false;
      }
    }
    return true;
  }

  // ---- clock times ----
  // "2.30pm", "10.45 a.m.": British style writes the clock with a dot. Only
  // with am/pm, which tells it from a decimal number ("2.30" alone is not a time).
  uint32_t DottedClock(uint32_t i, const NumTok& n, int* hour, int* minute) const {
    const std::string_view w = Lw(i);
    const size_t dot = w.find('.');
    if (dot == 0 || dot > 2 || n.digits != int(dot) + 2 || w.size() < dot + 3) return 0;
    const int h = int(n.val / 100), m = int(n.val % 100);
    if (h < 1 || h > 12 || m > 59) return 0;
    bool pm;
    uint32_t e;
    if (n.suffix == NumTok::kAmS || n.suffix == NumTok::kPmS) {
      pm = n.suffix == NumTok::kPmS; e = i + 1;
    } else if (n.suffix == NumTok::kNone && (K(i + 1) == kAm || K(i + 1) == kPm)) {
      pm = K(i + 1) == kPm; e = i + 2;
    } else {
      return 0;
    }
    *hour = pm ? (h < 12 ? h + 12 : 12) : (h == 12 ? 0 : h);
    *minute = m;
    if (K(e) == kTimeZone && tok_[e].Has(kAllCaps)) ++e;
    return e;
  }
  // "10:35 a.m.", "10 p.m.", "3pm", "noon", "midnight", "15:00" [+ time zone],
  // "1300 GMT".
  uint32_t Clock(uint32_t i, int* hour, int* minute) const {
    uint32_t e = 0;
    Kw k = K(i);
    // "high noon": the idiom (and the film), not twelve o'clock.
    if (k == kNoon && !(i > 0 && Word(i - 1, "high"))) { *hour = 12; *minute = 0; e = i + 1; }
    else if (k == kMidnight) { *hour = 24; *minute = 0; e = i + 1; }
    else if (IsNum(i)) {
      NumTok n = Num(i);
      if (n.decimal && !n.comma) return DottedClock(i, n, hour, minute);
      // "at 1300 GMT": wire copy's four-digit clock, only with its time
      // zone; in brackets it restates the local time before it ("10 a.m.
      // (0700 GMT)"), which TimeML annotators leave alone.
      if (n.digits == 4 && n.suffix == NumTok::kNone && !n.comma && K(i + 1) == kTimeZone &&
          !(i > 0 && Punct(i - 1, '(')) &&
          tok_[i + 1].Has(kAllCaps) && n.val % 100 <= 59 && n.val / 100 <= 23) {
        *hour = int(n.val / 100);
        *minute = int(n.val % 100);
        return i + 2;
      }
      if (n.comma || n.decimal || n.val < 0 || n.val > 24 || n.digits > 2) return 0;
      int h = int(n.val), m = 0;
      uint32_t k2 = i + 1;
      bool colon = false;
      if (n.suffix == NumTok::kAmS || n.suffix == NumTok::kPmS) {
        if (h > 12 || h == 0) return 0;
        if (n.suffix == NumTok::kPmS && h < 12) h += 12;
        if (n.suffix == NumTok::kAmS && h == 12) h = 0;
        *hour = h; *minute = 0;
        e = i + 1;
      } else if (n.suffix == NumTok::kNone) {
        if (Punct(k2, ':') && Glued(k2) && IsNum(k2 + 1) && Glued(k2 + 1)) {
          NumTok mm = Num(k2 + 1);
          if (mm.digits != 2 || mm.val > 59) return 0;
          m = int(mm.val);
          colon = true;
          k2 += 2;
          if (mm.suffix == NumTok::kAmS || mm.suffix == NumTok::kPmS) {
            if (h > 12) return 0;
            if (mm.suffix == NumTok::kPmS && h < 12) h += 12;
            if (mm.suffix == NumTok::kAmS && h == 12) h = 0;
            *hour = h; *minute = m;
            e = k2;
            goto zone;
          }
        }
        Kw ak = K(k2);
        if (ak == kAm || ak == kPm) {
          if (h > 12 || h == 0) return 0;
          if (ak == kPm && h < 12) h += 12;
          if (ak == kAm && h == 12) h = 0;
          e = k2 + 1;
        } else if (K(k2) == kOclock || Word(k2, "o'clock") || Word(k2, "o’clock")) {
          e = k2 + 1;
        } else if (!colon && h >= 1 && h <= 12 && K(k2) == kIn && K(k2 + 1) == kThe &&
                   Cls(k2 + 2, kPodWord)) {
          e = k2;  // "4 in the morning": the part of day follows (ClockHead)
        } else if (colon && h <= 23) {
          e = k2;
        } else {
          return 0;
        }
        *hour = h; *minute = m;
      } else {
        return 0;
      }
    } else {
      return 0;
    }
  zone:
    if (K(e) == kTimeZone && tok_[e].Has(kAllCaps)) ++e;
    return e;
  }

  // ---- month dates ----
  bool MonthWordOk(uint32_t i, bool day_or_year_follows) const {
    const Lex* l = L(i);
    if (!l || !(l->cls & kMonthWord) || !Cap(i)) return false;
    uint32_t nx = i + 1;
    if (l->abbrev) {
      if (!(Punct(nx, '.') && Glued(nx)) && !IsNum(nx)) return false;
    }
    if (i > 0 && !(day_or_year_follows && l->month != 5)) {
      uint32_t p = i - 1;
      // "Theresa May", "Prime Minister May"
      if (tok_[p].kind == TokenKind::kWord && Cap(p) && !SentStart(p) && !L(p) && !tok_[p].Has(kAllCaps))
        return false;
    }
    // "the annual March for Life", "the March of the Mothers": a title.
    // Also in quotes: the ``March of the Mothers''.
    uint32_t det = i > 0 ? i - 1 : 0;
    while (det > 0 && det + 3 > i && tok_[det].kind == TokenKind::kPunct &&
           (Lw(det) == "`" || Lw(det) == "``" || Lw(det) == "\"" || Lw(det) == "\xE2\x80\x9C"))
      --det;
    if (!day_or_year_follows && i > 0 && (K(det) == kThe || K(det) == kA || Word(det, "annual")) &&
        (K(i + 1) == kFor || K(i + 1) == kOf || K(i + 1) == kOn || K(i + 1) == kTo))
      return false;
    if (l->month == 5 || l->month == 3) {
      if (day_or_year_follows) return true;
      if (l->month == 5 && Lw(i) != "may") return true;
      Kw pk = i > 0 ? K(i - 1) : kNoKw;
      bool prep = pk == kIn || pk == kSince || pk == kUntil || pk == kBy || pk == kOf ||
                  pk == kLast || pk == kNext || pk == kThis || pk == kEarly || pk == kLate ||
                  pk == kFrom || pk == kThrough || pk == kDuring || pk == kBefore ||
                  pk == kAfter || pk == kMid || pk == kEnd || pk == kTo || pk == kAnd ||
                  (i > 0 && Punct(i - 1, '-'));
      if (l->month == 5 && !prep) return false;
      if (l->month == 3 && SentStart(i) && !prep) return false;
      // "in May" followed by a verb-like lowercase word is still the month; but a
      // modal "May" is never preceded by these words.
    }
    return true;
  }

  uint32_t DayNumber(uint32_t i, int* day) const {
    if (!IsNum(i)) {
      if (Cls(i, kOrdinalWord)) {  // "the fifteenth"? only with "of" forms
        return 0;
      }
      return 0;
    }
    NumTok n = Num(i);
    if (n.comma || n.decimal || n.digits > 2 || n.val < 1 || n.val > 31) return 0;
    if (n.suffix != NumTok::kNone && n.suffix != NumTok::kOrd) return 0;
    if (Punct(i + 1, ':') && Glued(i + 1) && IsNum(i + 2) && Glued(i + 2)) return 0;  // a clock time
    *day = int(n.val);
    return i + 1;
  }

  // Month [.] [day[,] [year]] | Month [,] year | Month of year.
  uint32_t MonthDate(uint32_t i, Spec* s) const {
    const Lex* l = L(i);
    if (!l || !(l->cls & kMonthWord)) return 0;
    uint32_t k = i + 1;
    if (Punct(k, '.') && Glued(k)) ++k;
    int day = 0, year = -1;
    uint32_t e = DayNumber(k, &day);
    uint32_t yend = 0;
    if (e) {
      uint32_t y = e;
      if (Punct(y, ',')) ++y;
      yend = YearAt(y, &year);
      if (yend && IsNum(y) && Punct(yend, ':')) yend = 0;
      if (!yend) year = -1;
    } else {
      uint32_t y = k;
      if (Punct(y, ',') && IsNum(y + 1)) ++y;
      else if (K(y) == kOf) ++y;
      yend = YearAt(y, &year);
      if (!yend) year = -1;
    }
    if (!MonthWordOk(i, e || yend)) return 0;
    s->type = TimexType::kDate;
    s->month = l->month;
    if (e) {
      s->day = int8_t(day);
      s->gran = Gran::kDay;
    } else {
      s->gran = Gran::kMonth;
    }
    if (year >= 0) s->year = year;
    uint32_t end = yend ? yend : e ? e : (k > i + 1 && !SentEndPeriod(i + 1) ? k : i + 1);
    if (!yend) {
      // "July last year", "January this year", "January of this year"
      if (K(end) == kOf && (K(end + 1) == kLast || K(end + 1) == kThis || K(end + 1) == kNext) &&
          Cls(end + 2, kUnitWord) && L(end + 2)->unit == kYear)
        ++end;
      Kw r = K(end);
      if ((r == kLast || r == kThis || r == kNext) && Cls(end + 1, kUnitWord) &&
          L(end + 1)->unit == kYear && !L(end + 1)->plural) {
        s->anchor = Anchor::kDct;
        s->shift_unit = kYear;
        s->shift = r == kLast ? -1 : r == kNext ? 1 : 0;
        s->dir = Dir::kSame;
        end += 2;
      }
    }
    return end;
  }
  // The period after "Aug" is part of the abbreviation, except when it is also
  // the end of the sentence (then TimeML leaves it out).
  bool SentEndPeriod(uint32_t k) const { return k + 1 >= n_ || SentStart(k + 1); }

  // "15 August [2025]", "15th of August".
  uint32_t DayMonth(uint32_t i, Spec* s) const {
    int day = 0;
    uint32_t k = DayNumber(i, &day);
    if (!k) return 0;
    if (K(k) == kOf) ++k;
    const Lex* l = L(k);
    if (!l || !(l->cls & kMonthWord) || !Cap(k)) return 0;
    // After a day number an abbreviation needs no period: "on 15 Aug in
    // Paris", "Tue 12 Aug" (British style writes none); but "Jan" before a
    // capitalised word is a first name ("3 Jan Smith goals").
    if (l->abbrev && l->month == 1 && !Punct(k + 1, '.') && Cap(k + 1) && !L(k + 1)) return 0;
    uint32_t e = k + 1;
    if (Punct(e, '.') && Glued(e) && !SentEndPeriod(e)) ++e;
    int year = -1;
    uint32_t y = e;
    if (Punct(y, ',')) ++y;
    uint32_t ye = YearAt(y, &year);
    s->type = TimexType::kDate;
    s->month = l->month;
    s->day = int8_t(day);
    s->gran = Gran::kDay;
    if (ye) { s->year = year; return ye; }
    return l->abbrev && Punct(k + 1, '.') ? (SentEndPeriod(k + 1) ? k + 1 : k + 2) : k + 1;
  }

  // "on the 15th", "by the 3rd": a day of the month spoken of (the
  // reference month, or the publication's). Only after a preposition of
  // time and before a clause boundary or function word: "the 15th floor",
  // "the 20th century", "the 3rd Infantry" are not days.
  uint32_t DayOfMonthHead(uint32_t i, uint32_t j, Spec* s) const {
    if (i == 0) return 0;
    const Kw before = K(i - 1);
    // "on the 3rd and the 4th": the second day right after the first.
    const bool second_day = (before == kAnd || before == kOr) && !out_->empty() &&
                            out_->back().end_token == i - 1 && !out_->back().spec.literal &&
                            out_->back().spec.day && !out_->back().spec.month;
    if (before != kOn && before != kBy && before != kUntil && before != kSince &&
        before != kFrom && before != kBefore && before != kAfter && before != kThrough &&
        !second_day)
      return 0;
    const NumTok n = Num(j);
    if (n.suffix != NumTok::kOrd || n.digits > 2 || n.val < 1 || n.val > 31) return 0;
    const uint32_t e = j + 1;
    if (e < n_ && tok_[e].kind == TokenKind::kWord) {
      const std::string_view w = Lw(e);
      if (!(K(e) == kAnd || K(e) == kOr || K(e) == kAt || K(e) == kIn || K(e) == kTo ||
            K(e) == kUntil || K(e) == kBefore || K(e) == kAfter || K(e) == kFor ||
            w == "but" || w == "when" || w == "with" || w == "as" || w == "because"))
        return 0;
    } else if (e < n_ && !(tok_[e].kind == TokenKind::kPunct &&
                           (Punct(e, '.') || Punct(e, ',') || Punct(e, ';') || Punct(e, ')') ||
                            Punct(e, ':')))) {
      return 0;
    }
    s->type = TimexType::kDate;
    s->day = int8_t(n.val);
    s->gran = Gran::kDay;
    s->anchor = Anchor::kRef;
    return e;
  }

  // 2025-08-15, 8/15/2025, 15.08.2025
  uint32_t NumericDate(uint32_t i, Spec* s) const {
    NumTok a = Num(i);
    if (a.val < 0 || a.suffix != NumTok::kNone || a.comma) return 0;
    if (a.decimal) {  // 15.08.2025 is one token
      std::string_view w = Lw(i);
      int parts[3] = {0, 0, 0}, np = 0, nd[3] = {0, 0, 0};
      for (char c : w) {
        if (c == '.') { if (++np > 2) return 0; continue; }
        if (++nd[np] > 4) return 0;  // no date part is longer; also no overflow
        parts[np] = parts[np] * 10 + (c - '0');
      }
      if (np != 2 || nd[2] != 4 || nd[0] > 2 || nd[1] > 2) return 0;
      return SetYmd(s, parts[2], parts[1], parts[0]) ? i + 1 : 0;
    }
    if (a.digits == 4 && Hyphen(i + 1) && IsNum(i + 2) && Num(i + 2).digits == 2 &&
        Hyphen(i + 3) && IsNum(i + 4) && Num(i + 4).digits == 2) {
      return SetYmd(s, int(a.val), int(Num(i + 2).val), int(Num(i + 4).val)) ? i + 5 : 0;
    }
    if (a.digits <= 2 && Punct(i + 1, '/') && Glued(i + 1) && IsNum(i + 2) && Glued(i + 2) &&
        Punct(i + 3, '/') && Glued(i + 3) && IsNum(i + 4) && Glued(i + 4)) {
      NumTok b = Num(i + 2), c = Num(i + 4);
      int y = int(c.val);
      if (c.digits == 2) y += y < 50 ? 2000 : 1900;
      else if (c.digits != 4) return 0;
      int m = int(a.val), d = int(b.val);
      if (m > 12) std::swap(m, d);
      return SetYmd(s, y, m, d) ? i + 5 : 0;
    }
    return 0;
  }
  static bool SetYmd(Spec* s, int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2199) return false;
    s->type = TimexType::kDate;
    s->year = y; s->month = int8_t(m); s->day = int8_t(d);
    s->gran = Gran::kDay;
    return true;
  }

  // ---- prefix ----
  uint32_t ParsePrefix(uint32_t i, Prefix* p) const {
    uint32_t j = i;
    for (int guard = 0; guard < 8 && j < n_; ++guard) {
      // Every step below needs a keyword, a unit, an ordinal or a number at
      // j: a month, a weekday or an unknown word ends the prefix at once.
      const Lex* lj = L(j);
      if (!IsNum(j) && (!lj || (lj->kw == kNoKw && !(lj->cls & (kUnitWord | kOrdinalWord)))))
        break;
      Kw k = lj ? lj->kw : kNoKw;
      if ((k == kThe || k == kA || k == kAn) && !p->the && !p->a) {
        if (k == kThe) p->the = true; else p->a = true;
        ++j;
        continue;
      }
      if (!p->approx && !p->the && !p->a && p->rel == kNoKw) {
        if (k == kAbout || k == kAround || k == kNearly || k == kAlmost || k == kApprox) {
          p->approx = true; ++j; continue;
        }
        if ((k == kMore || k == kLess) && K(j + 1) == kThan) { p->approx = true; j += 2; continue; }
        if (k == kAt && (K(j + 1) == kLeast || K(j + 1) == kMost)) { p->approx = true; j += 2; continue; }
        // "up to three weeks"; not "the run-up to Christmas", "up to
        // Friday" (a limit, not an approximation).
        if (k == kUp && K(j + 1) == kTo &&
            (IsNum(j + 2) || Cls(j + 2, kNumberWord) || K(j + 2) == kA || K(j + 2) == kAn ||
             K(j + 2) == kSeveral || K(j + 2) == kFew || K(j + 2) == kCouple)) {
          p->approx = true; j += 2; continue;
        }
        if (k == kOver && (K(j + 1) == kA || K(j + 1) == kAn || IsNum(j + 1) ||
                           Cls(j + 1, kNumberWord))) {
          p->approx = true; ++j; continue;
        }
      }
      if ((k == kEarly || k == kLate || k == kMid) && !p->early_late) {
        p->early_late = p->mod = true;
        ++j;
        if (Hyphen(j)) ++j;
        continue;
      }
      if (Word(j, "mid-") ) { p->early_late = p->mod = true; ++j; continue; }
      if ((k == kEarlier || k == kLater) && !p->early_late && !p->the && p->rel == kNoKw) {
        p->early_late = p->mod = true;
        ++j;
        if (K(j) == kIn && K(j + 1) == kThe && Cls(j + 2, kUnitWord)) {
          p->in_the = true;
          j += 2;
        }
        continue;
      }
      if ((k == kEnd || k == kBeginning || k == kStart || k == kMiddle) && p->the &&
          K(j + 1) == kOf && !p->endof) {
        p->endof = p->mod = true;
        p->the = false;
        j += 2;
        continue;
      }
      // "the 1988 third quarter", "the 1989 period", "1990's first quarter"
      if (IsNum(j) && p->year_poss_abs < 0) {
        int y;
        uint32_t ye = YearAt(j, &y);
        if (ye) {
          uint32_t nx = Possessive(ye) ? ye + 1 : ye;
          if (Word(nx, "period") || (Cls(nx, kUnitWord) && L(nx)->unit == kQuarter && !L(nx)->plural) ||
              K(nx) == kFiscal ||
              ((Cls(nx, kOrdinalWord) || Num(nx).suffix == NumTok::kOrd) &&
               (Cls(nx + 1, kUnitWord) || K(nx + 1) == kHalf || Hyphen(nx + 1)))) {
            p->year_poss_abs = y;
            j = nx;
            continue;
          }
        }
      }
      // "last year's", "this year's", "1990's" before a quarter.
      if ((k == kLast || k == kThis || k == kNext) && Cls(j + 1, kUnitWord) &&
          L(j + 1)->unit == kYear && Possessive(j + 2) &&
          (Cls(j + 3, kOrdinalWord) || K(j + 3) == kFiscal || Word(j + 3, "period") ||
           (Cls(j + 3, kUnitWord) && L(j + 3)->unit == kQuarter))) {
        p->year_poss = true;
        p->year_poss_shift = k == kLast ? -1 : k == kNext ? 1 : 0;
        j += 3;
        continue;
      }
      // "the last half of 1989": the second half.
      if (k == kLast && p->the && !p->ordinal && p->rel == kNoKw && K(j + 1) == kHalf &&
          K(j + 2) == kOf) {
        int y;
        if (YearAt(j + 3, &y)) { p->ordinal = 2; ++j; continue; }
      }
      if (k == kThis || k == kLast || k == kNext || k == kPast || k == kComing ||
          k == kPrevious || k == kFollowing || k == kSame || k == kThat || k == kCurrent ||
          k == kLatest || k == kRecent || k == kThese || k == kThose || k == kPreceding ||
          k == kFinal) {
        if (p->rel == kNoKw) p->rel = k;
        else if (p->rel == kThis && k == kPast) p->rel = kLast;
        else if (p->rel == kThis && k == kComing) p->rel = kNext;
        else if (p->rel == kThat && k == kSame) p->rel = kSame;
        else if (p->rel == kThe) p->rel = k;
        else break;
        ++j;
        continue;
      }
      if (k == kNear && (K(j + 1) == kFuture || K(j + 1) == kTerm)) { p->mod = true; ++j; continue; }
      if ((k == kFull || k == kWhole || k == kEntire) && p->the && Cls(j + 1, kUnitWord)) {
        p->mod = true; ++j; continue;
      }
      if (k == kFiscal) { p->fiscal = true; ++j; if (Hyphen(j)) ++j; continue; }
      if (Cls(j, kUnitWord) && L(j)->unit == kYear && !L(j)->plural && Hyphen(j + 1)) {
        Kw k2 = K(j + 2);
        if (k2 == kAgo || k2 == kEarlier) { p->year_ago = true; j += 3; continue; }
      }
      if (Cls(j, kOrdinalWord) || (IsNum(j) && Num(j).suffix == NumTok::kOrd)) {
        int o = Cls(j, kOrdinalWord) ? L(j)->ordinal : int(Num(j).val);
        uint32_t nx = Hyphen(j + 1) ? j + 2 : j + 1;
        if (o >= 1 && o <= 4 && Cls(nx, kUnitWord) && L(nx)->unit == kQuarter) { p->ordinal = o; j = nx; continue; }
        if (o >= 1 && o <= 2 && K(nx) == kHalf) { p->ordinal = o; j = nx; continue; }
        if (o == 1 && (IsNum(nx) || Cls(nx, kNumberWord))) { p->ordinal = o; ++j; continue; }
        if (K(nx) == kFiscal) { p->ordinal = o; ++j; continue; }
      }
      break;
    }
    return j;
  }

  // ---- heads ----
  // Counted units and bare units with their suffixes.
  uint32_t UnitHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const {
    double count = 0;
    adj_ = false;
    uint32_t k = Cardinal(j, &count);
    bool counted = k != 0;
    bool adjectival = false;
    uint32_t u = k ? k : j;
    if (counted && Hyphen(u) && Cls(u + 1, kUnitWord)) { adjectival = true; u = u + 1; }
    if (counted && !Cls(u, kUnitWord) && K(u) == kOr && IsNum(u + 1)) {
      // "two or three years": the first number
      double c2;
      uint32_t k2 = Cardinal(u + 1, &c2);
      if (k2 && Cls(k2, kUnitWord)) u = k2;
    }
    // "two to three weeks": one range expression, valued by its first number
    // as "two or three weeks" is.
    if (counted && K(u) == kTo && (IsNum(u + 1) || Cls(u + 1, kNumberWord))) {
      double c2;
      uint32_t k2 = Cardinal(u + 1, &c2);
      if (k2 && Cls(k2, kUnitWord) && L(k2)->plural) u = k2;
    }
    if (counted && K(u) == kOr && !Cls(u, kUnitWord)) {
      double c2;
      uint32_t k2 = Cardinal(u + 1, &c2);
      if (k2 && Cls(k2, kUnitWord)) u = k2;
    }
    if (counted && K(u) == kMore && Cls(u + 1, kUnitWord)) ++u;  // "two more weeks"
    // "eight trading days", "an additional year", "five business days"
    if ((counted || p.a) && Cls(u + 1, kUnitWord) &&
        (Word(u, "trading") || Word(u, "business") || Word(u, "working") ||
         Word(u, "calendar") || Word(u, "additional") || Word(u, "extra") || Word(u, "full")))
      ++u;
    const Lex* ul = L(u);
    if (!ul || !(ul->cls & kUnitWord)) return 0;
    Unit unit = ul->unit;
    if (unit == kNoUnit) return 0;
    if (Lw(u) == "second" && !counted) return 0;
    bool plural = ul->plural;
    uint32_t e = u + 1;
    if (!counted && p.a) {
      if (plural) return 0;
      // "$1.76 a year", "700 seats a week", "24 hours a day": a rate, not a time.
      Kw after = K(u + 1);
      if (i > 0 && after != kAgo && after != kEarlier && after != kLater && after != kBefore &&
          after != kAfter && after != kHence && RateAfter(i - 1))
        return 0;
      count = 1;
      counted = true;
    }
    // "a minute and a half", "one year and a half"
    bool and_a_half = false;
    if (counted && count > 0 && !plural && K(e) == kAnd && K(e + 1) == kA && K(e + 2) == kHalf) {
      count += 0.5;
      e += 3;
      and_a_half = true;
    }
    if (counted && count >= 0 && count > 1 && Lw(j) != "a" && !plural && !adjectival &&
        IsNum(j) && Num(j).digits == 4) {
      return 0;  // "1990 year"?
    }
    // "a day-long meeting", "a three-week-long strike"
    if (Hyphen(e) && Word(e + 1, "long")) {
      adj_ = true;
      Literal(s, TimexType::kDuration, DurationValue(counted ? count : plural ? -1 : 1, unit));
      return e + 2;
    }
    // Ages ("a 6-year-old", "52 years old") are not time expressions.
    if (Hyphen(e) && Word(e + 1, "old")) return 0;
    if (Word(e, "old") || (K(e) == kOf && Word(e + 1, "age"))) return 0;
    // "three-quarters" is a fraction; "60 Minutes" a title.
    if (adjectival && unit == kQuarter && plural) return 0;
    if (counted && Cap(u) && !tok_[u].Has(kAllCaps) && !SentStart(u) && !Cap(j)) return 0;
    // "more than a quarter of the market": a fraction.
    if (unit == kQuarter && !plural && K(u + 1) == kOf && !IsNum(u + 2) &&
        !(K(u + 2) == kThe && Cls(u + 3, kUnitWord)))
      return 0;
    // "a two year deal": a count with a singular unit is an adjective too.
    adj_ = adjectival ||
           (counted && !plural && !and_a_half && count > 1 && Lw(j) != "a" && Lw(j) != "an");
    if (counted) {
      // A number followed by a unit noun used as a measure of something else
      // ("the 30-year bond") is still a duration in TimeML.
      // "a week or so ago"
      if (K(e) == kOr && Word(e + 1, "so") && (K(e + 2) == kAgo || K(e + 2) == kEarlier ||
                                               K(e + 2) == kLater))
        e += 2;
      Kw sk = K(e);
      if (sk == kAgo && !adjectival) {
        if (count < 0) { Literal(s, TimexType::kDate, "PAST_REF"); return e + 1; }
        WholeShift(&count, &unit);
        s->anchor = Anchor::kDct;
        s->shift_unit = unit;
        s->shift = -int(count + 0.5);
        s->gran = GranOf(unit);
        // "six weeks ago": the week (TimeML keeps the precision of the unit)
        if (unit == kHour || unit == kMinute || unit == kSecond) s->gran = Gran::kDay;
        if (unit == kDecade) s->gran = Gran::kYear;
        s->year_back_quarter = unit == kYear && s->shift == -1;
        // "up 5% from a year ago": like "a year earlier", a comparison that
        // does not move the narrative.
        s->keeps_ref = s->year_back_quarter;
        return e + 1;
      }
      if ((sk == kLater || sk == kEarlier) && !adjectival && count >= 0) {
        const double duration_count = count;
        const Unit duration_unit = unit;
        WholeShift(&count, &unit);
        s->anchor = Anchor::kRef;
        s->shift_unit = unit;
        s->shift = (sk == kLater ? 1 : -1) * int(count + 0.5);
        s->gran = GranOf(unit);
        s->keeps_ref = sk == kEarlier;
        s->year_back_quarter = unit == kYear && s->shift == -1;
        if (unit == kWeek) s->gran = Gran::kDay;
        if (unit == kHour || unit == kMinute || unit == kSecond) s->gran = Gran::kDay;
        // TimeML annotates the stretch between two events as a duration
        // ("three days later" = P3D), "later" being a signal outside the
        // extent; the date it reaches stays beside it (Timex::anchored) for
        // the narrative. "a year earlier" is the comparison period of
        // financial news ("from $4 million a year earlier"), a date.
        if (!(sk == kEarlier && duration_unit == kYear)) {
          s->anchored_duration = true;
          s->type = TimexType::kDuration;
          s->value = DurationValue(duration_count, duration_unit);
          return e;
        }
        return e + 1;
      }
      // "a week from Friday", "two weeks from Tuesday", British "a week on
      // Friday": that many days after the coming weekday.
      if ((sk == kFrom || (sk == kOn && unit != kDay)) && !adjectival && count >= 1 &&
          (unit == kDay || unit == kWeek || unit == kFortnight) && Cls(e + 1, kWeekdayWord) &&
          Cap(e + 1) && !L(e + 1)->plural && !L(e + 1)->abbrev && !Possessive(e + 2)) {
        const int days = int(count + 0.5) * (unit == kWeek ? 7 : unit == kFortnight ? 14 : 1);
        if (days <= 120) {
          s->type = TimexType::kDate;
          s->anchor = Anchor::kDct;
          s->gran = Gran::kDay;
          s->weekday = L(e + 1)->weekday;
          s->dir = Dir::kFuture;
          s->day_offset = int8_t(days);
          return e + 2;
        }
      }
      // "two weeks from now", "a week from today", "a year hence".
      if ((sk == kFrom && (K(e + 1) == kNow || K(e + 1) == kToday)) || sk == kHence) {
        if (count < 0) { Literal(s, TimexType::kDate, "FUTURE_REF"); return sk == kHence ? e + 1 : e + 2; }
        s->anchor = Anchor::kDct;
        s->shift_unit = unit;
        s->shift = int(count + 0.5);
        s->gran = GranOf(unit);
        if (unit == kWeek || unit == kHour || unit == kMinute) s->gran = Gran::kDay;
        return sk == kHence ? e + 1 : e + 2;
      }
      if (p.rel == kThis || p.rel == kThat || p.rel == kSame || p.rel == kCurrent) return 0;
      if (unit == kWeekend && count == 1 && !plural) return 0;
      if (K(e) == kOr && Word(e + 1, "so")) e += 2;
      Literal(s, TimexType::kDuration, DurationValue(count, unit));
      return e;
    }
    // No number.
    if (plural) {
      if (p.the && p.rel == kNoKw && !p.approx && K(e) == kAhead && unit >= kDay) {
        Literal(s, TimexType::kDuration, DurationValue(-1, unit));  // "the weeks ahead"
        return e + 1;
      }
      if (p.rel == kRecent || p.rel == kComing || p.rel == kPast || p.rel == kLast ||
          (p.rel == kNext && p.the) || p.rel == kPrevious) {
        if (unit == kDay && p.rel == kRecent) { Literal(s, TimexType::kDuration, "PXD"); return e; }
        Literal(s, TimexType::kDuration, DurationValue(-1, unit));
        return e;
      }
      if (p.rel == kThese && unit == kDay) { Literal(s, TimexType::kDate, "PRESENT_REF"); return e; }
      // "Days later, ...", "weeks earlier": as "three days later", a stretch
      // between two events ("later" is the signal, outside), of unknown
      // length. (A bare "months ago" stays out: training text tags it
      // neither as "several months ago", PAST_REF, nor consistently.)
      if (!p.any() && unit >= kMinute && unit != kWeekend && !Hyphen(e) &&
          (K(e) == kLater || K(e) == kEarlier)) {
        Literal(s, TimexType::kDuration, DurationValue(-1, unit));
        return e;
      }
      // "over the years", "in the decades since", "in the years that
      // followed": a stretch of unknown length.
      if (p.the && !p.a && p.rel == kNoKw && !p.approx && !p.mod && unit >= kMonth &&
          unit <= kDecade && i > 0 && K(i - 1) == kOver && K(i) == kThe) {
        Literal(s, TimexType::kDuration, DurationValue(-1, unit));
        return e;
      }
      if (p.the && !p.a && p.rel == kNoKw && !p.approx && !p.mod && unit >= kMonth &&
          unit <= kDecade && i > 0 && K(i - 1) == kIn && K(i) == kThe &&
          (K(e) == kSince || K(e) == kAfter ||
           (Word(e, "that") && (Word(e + 1, "followed") || Word(e + 1, "came"))))) {
        Literal(s, TimexType::kDuration, DurationValue(-1, unit));
        return e;
      }
      // "decades-long", "years-old" (a slump), "day-long" below
      if (!p.any() && Hyphen(e) && Word(e + 1, "long")) {
        Literal(s, TimexType::kDuration, DurationValue(-1, unit));
        return e + 2;
      }
      if (!p.any() && i > 0 && (K(i - 1) == kFor || K(i - 1) == kWithin) && unit >= kHour &&
          unit != kWeekend &&
          !Cls(e, kUnitWord) && (e >= n_ || tok_[e].kind != TokenKind::kWord || L(e) ||
                                 K(e) == kAnd || K(e) == kOr)) {
        Literal(s, TimexType::kDuration, DurationValue(-1, unit));
        return e;
      }
      return 0;
    }
    if (unit < kDay && unit != kHour) return 0;
    if (p.year_poss_abs >= 0) return 0;
    if (!p.any() && Hyphen(e) && Word(e + 1, "long")) {  // "a day-long meeting"
      Literal(s, TimexType::kDuration, DurationValue(1, unit));
      return e + 2;
    }  // "the 1988 quarter": PeriodHead
    // "This Week", "Next Year": a capitalised unit inside a sentence is a title.
    if (Cap(u) && !tok_[u].Has(kAllCaps) && !SentStart(u) && !tok_[u].Has(kLineStart)) return 0;
    if (p.year_ago) {
      s->anchor = Anchor::kDct;
      if (unit == kQuarter) { s->shift_unit = kQuarter; s->shift = -5; s->gran = Gran::kQuarter; return e; }
      s->shift_unit = kYear; s->shift = -1; s->gran = Gran::kYear;
      return unit == kYear ? e : 0;
    }
    switch (p.rel) {
      case kThis: case kCurrent:
        if (unit == kHour || unit == kDay) return 0;
        s->anchor = Anchor::kDct;
        s->gran = GranOf(unit);
        s->dir = Dir::kSame;
        return e;
      case kLast: case kPast:
        if (unit == kHour) return 0;
        if (unit == kDay && p.the) { Literal(s, TimexType::kDuration, "P1D"); return e; }
        s->anchor = Anchor::kDct;
        s->shift_unit = unit == kWeekend ? kWeek : unit;
        s->shift = -1;
        s->gran = GranOf(unit);
        if (unit == kWeekend) s->shift_unit = kWeekend, s->dir = Dir::kSame;
        return e;
      case kNext: case kComing: case kFollowing:
        if (unit == kHour) return 0;
        s->anchor = (p.the && p.rel != kComing) ? Anchor::kRef : Anchor::kDct;
        s->shift_unit = unit;
        s->shift = 1;
        s->gran = GranOf(unit);
        if (unit == kWeekend) s->dir = Dir::kSame;
        return e;
      case kPrevious: case kPreceding:
        if (unit == kHour) return 0;
        s->anchor = Anchor::kRef;
        s->shift_unit = unit;
        s->shift = -1;
        s->gran = GranOf(unit);
        if (unit == kWeekend) s->dir = Dir::kSame;
        return e;
      case kThat: case kSame:
        if (unit == kHour) return 0;
        s->anchor = Anchor::kRef;
        s->gran = GranOf(unit);
        s->dir = Dir::kSame;
        s->last_quarter = unit == kQuarter;
        return e;
      case kLatest:
        // "the latest quarter", "the latest fiscal year": the last one completed
        if (unit != kQuarter && unit != kYear && unit != kMonth && unit != kWeek) return 0;
        s->anchor = Anchor::kDct;
        s->shift_unit = unit; s->shift = -1; s->gran = GranOf(unit);
        s->topic_quarter = unit == kQuarter;
        return e;
      case kNoKw:
        break;
      default:
        return 0;
    }
    if (p.in_the || p.endof) {  // "earlier in the year", "the end of the month"
      if (unit == kHour || unit == kDay) return 0;
      s->anchor = Anchor::kDct;
      s->gran = GranOf(unit);
      s->dir = Dir::kSame;
      return e;
    }
    if (p.the && !p.approx) {
      // "The day before, both sides had met", "the year after.": one unit
      // before or after the reference. Followed by more words ("the day after
      // the vote") it is relative to an event, not to a date.
      if (unit >= kDay && unit != kWeekend && unit != kFortnight &&
          (K(e) == kBefore || K(e) == kAfter) &&
          (e + 1 >= n_ || Punct(e + 1, ',') || Punct(e + 1, '.') || Punct(e + 1, ';') ||
           SentStart(e + 1))) {
        s->anchor = Anchor::kRef;
        s->shift_unit = unit;
        s->shift = K(e) == kBefore ? -1 : 1;
        s->gran = unit == kWeek ? Gran::kWeek : GranOf(unit);
        return e + 1;
      }
      if (unit == kWeekend) { s->anchor = Anchor::kDct; s->gran = Gran::kWeekend; return e; }
      // "the week of March 6": the week that holds that day.
      if (unit == kWeek && K(e) == kOf && p.rel == kNoKw && !p.early_late) {
        Spec d;
        uint32_t de = MonthDate(e + 1, &d);
        if (de && d.day) {
          *s = d;
          if (s->year < 0) s->anchor = Anchor::kDct;
          s->gran = Gran::kWeek;
          return de;
        }
      }
      if (unit == kQuarter) {
        s->anchor = Anchor::kDct; s->shift_unit = kQuarter; s->shift = -1; s->gran = Gran::kQuarter;
        s->topic_quarter = true;
        // "the quarter ended July 31": a company's quarter, named after the
        // calendar quarter holding most of its three months (May-July: Q2).
        Spec d;
        if ((Word(e, "ended") || Word(e, "ending")) && MonthDate(e + 1, &d) && d.month && d.day) {
          const int m = d.month == 1 ? 12 : d.month - 1;
          s->shift_unit = kNoUnit; s->shift = 0;
          s->topic_quarter = false;
          s->quarter = int8_t((m - 1) / 3 + 1);
          if (d.year >= 0) s->year = d.month == 1 ? d.year - 1 : d.year;
          s->dir = Dir::kPast;
        }
        return e;
      }
      if ((unit == kYear || unit == kQuarter) &&
          (Word(e, "ended") || Word(e, "ending") ||
           ((K(e) == kTo || K(e) == kThrough) && Cls(e + 1, kMonthWord) && Cap(e + 1)))) {
        // "the year ended Sept. 30", "inflation in the year to June": the
        // twelve months up to that date
        Literal(s, TimexType::kDuration, unit == kYear ? "P1Y" : "P3M");
        return e;
      }
      if (unit == kYear && !Possessive(e) && !(e < n_ && Hyphen(e))) {
        s->anchor = Anchor::kDct; s->gran = Gran::kYear;
        return e;
      }
      if (unit == kDay && (K(e) == kBefore || K(e) == kAfter) &&
          (K(e + 1) == kYesterday || K(e + 1) == kTomorrow)) {
        s->anchor = Anchor::kDct;
        s->shift_unit = kDay;
        s->shift = K(e + 1) == kYesterday ? -2 : 2;
        return e + 2;
      }
    }
    // "year-end", "year end", "year's end"
    if (unit == kYear && !p.any() &&
        ((Hyphen(e) && K(e + 1) == kEnd) || K(e) == kEnd || (Possessive(e) && K(e + 1) == kEnd))) {
      s->anchor = Anchor::kDct; s->gran = Gran::kYear;
      return K(e) == kEnd ? e + 1 : e + 2;
    }
    return 0;
  }

  static void Literal(Spec* s, TimexType t, std::string v) {
    s->literal = true;
    s->type = t;
    s->value = std::move(v);
  }

  // "overnight" ends its clause or comes before a preposition, a
  // conjunction or a time word: not before the noun it describes.
  bool OvernightAdverb(uint32_t j) const {
    if (j > 0 && (K(j - 1) == kA || K(j - 1) == kAn || K(j - 1) == kThe || Possessive(j - 1)))
      return false;
    const uint32_t e = j + 1;
    if (e >= n_ || tok_[e].kind == TokenKind::kPunct || SentStart(e)) return true;
    if (tok_[e].kind != TokenKind::kWord) return false;
    if (L(e)) return true;
    const std::string_view w = Lw(e);
    return w == "as" || w == "when" || w == "while" || w == "but" || w == "with" ||
           w == "amid" || w == "into" || w == "local" || w == "near";
  }
  uint32_t PodAfter(uint32_t e, Spec* s) const {
    if (Cls(e, kPodWord) && !L(e)->plural) {
      s->pod = L(e)->pod;
      s->type = TimexType::kTime;
      return e + 1;
    }
    return e;
  }

  uint32_t WeekdayHead(uint32_t j, const Prefix& p, Spec* s) const {
    const Lex* l = L(j);
    if (!l || !(l->cls & kWeekdayWord) || !Cap(j)) return 0;
    uint32_t e = j + 1;
    if (l->abbrev) {
      if (!(Punct(e, '.') && Glued(e))) return 0;
      ++e;
    }
    // "The Sunday Times", "the Monday Night Football": part of a name.
    if (j > 0 && K(j - 1) == kThe && Cap(e) && !L(e) && tok_[e].kind == TokenKind::kWord &&
        !SentStart(e))
      return 0;
    if (l->plural) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", l->weekday);
      std::string v = buf;
      if (Cls(e, kPodWord)) {
        static const char* kPod[] = {"", "TMO", "TAF", "TEV", "TNI"};
        v += kPod[L(e)->pod];
        ++e;
      }
      Literal(s, TimexType::kSet, v);
      return e;
    }
    // "Tuesday nights": every Tuesday night, a set; "Monday and Tuesday
    // nights": both are.
    if (!p.any()) {
      uint32_t pe = e;
      if ((K(pe) == kAnd || K(pe) == kOr) && Cls(pe + 1, kWeekdayWord) && Cap(pe + 1) &&
          !L(pe + 1)->plural)
        pe += 2;
      if (Cls(pe, kPodWord) && L(pe)->plural) {
        static const char* kPod[] = {"", "TMO", "TAF", "TEV", "TNI"};
        char buf[32];
        std::snprintf(buf, sizeof buf, "XXXX-WXX-%d%s", l->weekday, kPod[L(pe)->pod]);
        Literal(s, TimexType::kSet, buf);
        return pe == e ? e + 1 : e;
      }
    }
    // Weekday followed by a date: "Friday, Oct. 23", "Monday Oct. 26".
    {
      uint32_t k = e;
      if (Punct(k, ',')) ++k;
      Spec d;
      uint32_t de = MonthDate(k, &d);
      if (!de || !d.day) { d = Spec(); de = DayMonth(k, &d); }
      if (de && d.day) {
        *s = d;
        return de;
      }
    }
    s->weekday = l->weekday;
    s->gran = Gran::kDay;
    s->anchor = Anchor::kDct;
    switch (p.rel) {
      case kLast: case kPast: s->dir = Dir::kPastStrict; break;
      case kNext: case kComing: s->dir = Dir::kFutureStrict; break;
      case kThis: s->dir = Dir::kTense; break;
      case kPrevious: case kPreceding: s->anchor = Anchor::kRef; s->dir = Dir::kPastStrict; break;
      case kFollowing: s->anchor = Anchor::kRef; s->dir = Dir::kFutureStrict; break;
      case kSame: case kThat: s->anchor = Anchor::kRef; s->dir = Dir::kTense; break;
      case kNoKw: break;
      default: return 0;
    }
    if (p.the && p.rel == kNoKw) return 0;
    // "Friday's vote" reports something that has happened.
    if (p.rel == kNoKw && Possessive(e)) s->dir = Dir::kPast;
    // "shot on Friday night", "on Thursday morning": "on" takes a day, and
    // TimeBank/AQUAINT annotate such a phrase with the day's value (the
    // part of the day stays in the extent).
    if (p.rel == kNoKw && !p.any() && j > 0 && K(j - 1) == kOn && Cls(e, kPodWord) &&
        !L(e)->plural)
      return e + 1;
    return PodAfter(e, s);
  }

  // "the 1988 period", "the year-earlier period", "the latest period"
  uint32_t PeriodHead(uint32_t j, const Prefix& p, Spec* s) const {
    bool period = Word(j, "period");
    bool quarter = Cls(j, kUnitWord) && L(j)->unit == kQuarter && !L(j)->plural;
    if (!period && !quarter) return 0;
    if (p.year_poss_abs >= 0) {
      if (period) {
        s->gran = Gran::kYear; s->year = p.year_poss_abs; s->same_period = true;
        return j + 1;
      }
      s->anchor = Anchor::kDct; s->shift_unit = kQuarter; s->shift = -1;
      s->gran = Gran::kQuarter; s->year = p.year_poss_abs;
      return j + 1;
    }
    if (p.year_poss && !p.ordinal && !p.fiscal && p.year_poss_shift <= 0) {
      // "last year's quarter", "last year's period": in results news, the
      // quarter being reported, a year back (as "the year-ago quarter");
      // "this year's quarter" is the quarter being reported.
      s->anchor = Anchor::kDct; s->gran = Gran::kQuarter; s->shift_unit = kQuarter;
      s->shift = p.year_poss_shift < 0 ? -5 : -1;
      s->year_back_quarter = p.year_poss_shift < 0;
      return j + 1;
    }
    // "the same period last year", "the corresponding quarter a year ago":
    // the period spoken of, a year back (see the tagger).
    if (p.the && p.rel == kSame && !p.year_ago && !p.ordinal) {
      uint32_t e = K(j + 1) == kOf ? j + 2 : j + 1;
      const auto year_at = [&](uint32_t k) {
        return Cls(k, kUnitWord) && L(k)->unit == kYear && !L(k)->plural;
      };
      if (K(e) == kLast && year_at(e + 1)) {
        e += 2;
      } else if ((K(e) == kA || Word(e, "one")) && year_at(e + 1) &&
                 (K(e + 2) == kAgo || K(e + 2) == kEarlier)) {
        e += 3;
      } else {
        e = 0;
      }
      if (e) {
        s->anchor = Anchor::kDct; s->shift_unit = kYear; s->shift = -1; s->gran = Gran::kYear;
        s->year_back_quarter = true;
        s->keeps_ref = true;
        s->same_period = true;
        return e;
      }
    }
    if (!period) return 0;
    s->anchor = Anchor::kDct; s->gran = Gran::kQuarter; s->shift_unit = kQuarter;
    if (p.year_ago) { s->shift = -5; return j + 1; }
    if (p.rel == kLatest) { s->shift = -1; s->topic_quarter = true; return j + 1; }
    return 0;
  }

  uint32_t SeasonHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const {
    const Lex* l = L(j);
    if (!l || !(l->cls & kSeasonWord)) return 0;
    uint32_t e = j + 1;
    int year = -1;
    uint32_t y = K(e) == kOf ? e + 1 : e;
    uint32_t ye = YearAt(y, &year);
    if (l->plural) {
      if (p.rel == kPast || p.rel == kLast) {
        static const char* kS[] = {"", "SP", "SU", "FA", "WI"};
        Literal(s, TimexType::kSet, std::string("XXXX-") + kS[l->season]);
        return e;
      }
      return 0;
    }
    // "the fall of the Berlin Wall", "the spring of discontent": not seasons.
    if (!ye && K(e) == kOf) return 0;
    Kw pk = i > 0 ? K(i - 1) : kNoKw;
    bool ok = ye || p.rel != kNoKw || p.the || p.early_late || pk == kIn || pk == kDuring ||
              pk == kSince || pk == kUntil || pk == kBy || pk == kThrough;
    if (!ok) return 0;
    if (Lw(j) == "fall" && !(ye || p.rel != kNoKw || p.the || p.early_late)) return 0;
    s->season = l->season;
    s->gran = Gran::kSeason;
    if (ye) { s->year = year; return ye; }
    s->anchor = Anchor::kDct;
    switch (p.rel) {
      case kLast: case kPast: s->dir = Dir::kPastStrict; break;
      case kNext: case kComing: s->dir = Dir::kFutureStrict; break;
      case kThis: s->dir = Dir::kSame; break;
      case kNoKw: s->dir = Dir::kTense; break;
      default: return 0;
    }
    return e;
  }

  uint32_t QuarterHead(uint32_t j, const Prefix& p, Spec* s) const {
    uint32_t e = j;
    int year = -1;
    // "the 1988 third quarter"
    if (!p.ordinal) return 0;
    const Lex* l = L(e);
    bool half = K(e) == kHalf;
    if (!half && !(l && (l->cls & kUnitWord) && l->unit == kQuarter && !l->plural)) return 0;
    ++e;
    bool of_fiscal = false;
    if (K(e) == kOf) {
      uint32_t ye = YearAt(e + 1, &year);
      if (ye) e = ye;
      // "the third quarter of fiscal 1990"
      else if (K(e + 1) == kFiscal && IsNum(e + 2) && (ye = YearAt(e + 2, &year)) != 0) {
        e = ye;
        of_fiscal = true;
      } else if (K(e + 1) == kThe && Cls(e + 2, kUnitWord) && L(e + 2)->unit == kYear &&
               !L(e + 2)->plural) e += 3;
      else if ((K(e + 1) == kThis || K(e + 1) == kNext || K(e + 1) == kLast) &&
               Cls(e + 2, kUnitWord) && L(e + 2)->unit == kYear) {
        int sh = K(e + 1) == kLast ? -1 : K(e + 1) == kNext ? 1 : 0;
        s->anchor = Anchor::kDct; s->shift_unit = kYear; s->shift = sh;
        e += 3;
      }
    } else {
      uint32_t ye = YearAt(e, &year);
      if (ye && IsNum(e)) e = ye;
      else year = -1;
    }
    s->gran = half ? Gran::kHalf : Gran::kQuarter;
    s->fiscal = p.fiscal || of_fiscal;
    if (half) s->half = int8_t(p.ordinal); else s->quarter = int8_t(p.ordinal);
    if (year < 0 && p.year_poss_abs >= 0) year = p.year_poss_abs;
    if (year >= 0) { s->year = year; return e; }
    if (p.year_poss) {
      s->anchor = Anchor::kDct; s->shift_unit = kYear; s->shift = p.year_poss_shift;
    } else if (p.year_ago) {
      s->anchor = Anchor::kDct; s->shift_unit = kYear; s->shift = -1;
    } else if (s->shift_unit == kNoUnit) {
      s->anchor = Anchor::kDct;
      if (p.rel == kLast || p.rel == kPrevious) { s->shift_unit = kYear; s->shift = -1; }
      if (p.rel == kNext) { s->shift_unit = kYear; s->shift = 1; }
      // "the second quarter ended Oct. 31": a company's quarter lies in the
      // year of the day it ended (the resolver places that day).
      Spec d;
      if (p.rel == kNoKw && (Word(e, "ended") || Word(e, "ending")) && MonthDate(e + 1, &d) &&
          d.month && d.day) {
        if (d.year >= 0) {
          s->anchor = Anchor::kNone;
          s->year = d.year;
        } else {
          s->month = d.month;
          s->day = d.day;
          if (Word(e, "ended")) s->dir = Dir::kPast;
        }
      }
    }
    return e;
  }

  // "Q3 2025", "H1 of 2024", "in Q4": as "the third quarter [of 2025]".
  uint32_t QuarterAbbrHead(uint32_t j, const Prefix& p, Spec* s) const {
    if (!QuarterAbbrCounts(j) || p.ordinal || p.rel != kNoKw || p.year_poss || p.year_ago ||
        p.endof || p.a)
      return 0;
    const Lex* l = L(j);
    const bool half = l->kw == kHalfAbbr;
    uint32_t e = j + 1;
    int year = -1;
    uint32_t ye = IsNum(e) ? YearAt(e, &year) : 0;
    bool fy = false;
    if (ye) e = ye;
    else if (K(e) == kOf && IsNum(e + 1) && (ye = YearAt(e + 1, &year)) != 0) e = ye;
    else if (K(e) == kFiscalYear && Cap(e)) { year = L(e)->number; ye = e = e + 1; fy = true; }  // "Q3 FY2025"
    s->type = TimexType::kDate;
    s->gran = half ? Gran::kHalf : Gran::kQuarter;
    s->fiscal = p.fiscal || fy;
    if (half) s->half = l->ordinal; else s->quarter = l->ordinal;
    if (ye) s->year = year;
    else s->anchor = Anchor::kDct;
    return e;
  }

  uint32_t YearHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const {
    // Decades and centuries first.
    if (IsNum(j)) {
      NumTok n = Num(j);
      if (n.suffix == NumTok::kS && !n.comma && !n.decimal) {
        // "the 1800s" is a century; "the 2000s", "the early 2000s" the decade
        // (the 21st century is still under way: news names it so).
        if (n.digits == 4 && n.val % 100 == 0 && n.val >= 1000 && n.val < 2000) {
          s->gran = Gran::kCentury; s->century = int(n.val / 100);
          year_noun_ = true;
          return j + 1;
        }
        if (n.digits == 4 && n.val % 10 == 0 && n.val >= 1000 && n.val < 2200) {
          s->gran = Gran::kDecade; s->decade = int(n.val / 10);
          year_noun_ = true;
          return j + 1;
        }
        if (n.digits == 2 && n.val % 10 == 0 && j > 0 && Glued(j) &&
            (Punct(j - 1, '\'') || Lw(j - 1) == "\xE2\x80\x99" || Lw(j - 1) == "\xE2\x80\x98")) {
          s->gran = Gran::kDecade; s->decade = int(190 + n.val / 10);
          year_noun_ = true;
          return j + 1;
        }
        return 0;
      }
      // "the 1990's", "the early 1980's": a decade; "1990's first quarter" is
      // read by the prefix parser before this.
      if (n.suffix == NumTok::kNone && n.digits == 4 && !n.comma && !n.decimal &&
          n.val % 10 == 0 && n.val >= 1000 && n.val < 2200 && (p.the || p.early_late) &&
          (Punct(j + 1, '\'') || Lw(j + 1) == "\xE2\x80\x99") && Glued(j + 1) &&
          Word(j + 2, "s") && Glued(j + 2)) {
        if (n.val % 100 == 0 && n.val < 2000) {
          s->gran = Gran::kCentury; s->century = int(n.val / 100);
        } else {
          s->gran = Gran::kDecade; s->decade = int(n.val / 10);
        }
        year_noun_ = true;
        return j + 3;
      }
      if (n.suffix == NumTok::kOrd && n.val >= 1 && n.val <= 21 && Cls(j + 1, kUnitWord) &&
          L(j + 1)->unit == kCentury && !L(j + 1)->plural) {
        s->gran = Gran::kCentury; s->century = int(n.val - 1);
        year_noun_ = true;
        return j + 2;
      }
    }
    if (Cls(j, kOrdinalWord) && Cls(j + 1, kUnitWord) && L(j + 1)->unit == kCentury &&
        !L(j + 1)->plural && (p.the || p.early_late)) {
      s->gran = Gran::kCentury; s->century = L(j)->ordinal - 1;
      year_noun_ = true;
      return j + 2;
    }
    if (Cls(j, kDecadeWord) && (p.the || p.early_late)) {
      s->gran = Gran::kDecade; s->decade = 190 + L(j)->decade;
      year_noun_ = true;
      return j + 1;
    }
    // "'80s" starts at the apostrophe.
    if ((Punct(j, '\'') || Lw(j) == "\xE2\x80\x99" || Lw(j) == "\xE2\x80\x98") && IsNum(j + 1) &&
        Glued(j + 1)) {
      uint32_t e = YearHead(i, j + 1, p, s);
      return e;
    }
    // "the year 2000", "the year two thousand"
    uint32_t k = j;
    if (p.the && Cls(j, kUnitWord) && L(j)->unit == kYear && !L(j)->plural) k = j + 1;
    int year = -1;
    uint32_t e = YearAt(k, &year);
    if (!e) return 0;
    // Spoken years need context ("in", "since", a prefix), except the
    // unmistakable "nineteen ninety-six" of broadcast transcripts.
    const bool nineteen_tens = Cls(k, kNumberWord) && L(k)->number == 19 && year >= 1910 &&
                               year <= 1999 && !(Cls(k + 1, kNumberWord) && L(k + 1)->number == 100) &&
                               !Hyphen(e);  // "nineteen twenty-dollar bills"
    if (!IsNum(k) && k == j && !p.any() && !nineteen_tens &&
        !(i > 0 && (K(i - 1) == kIn || K(i - 1) == kSince)))
      return 0;
    if (k == j && !p.fiscal && !p.early_late && !p.endof && !PlausibleBareYear(j, e, year))
      return 0;
    if (IsNum(k) && Punct(e, '-') && Glued(e) && IsNum(e + 1) && Num(e + 1).digits == 2 &&
        !Hyphen(e + 2)) {
      // "1989-90": the first year only.
    }
    s->gran = Gran::kYear;
    s->year = year;
    year_noun_ = k != j;
    return e;
  }

  uint32_t DeicticHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const {
    Kw k = K(j);
    uint32_t e = j + 1;
    switch (k) {
      case kToday:
        // "today's world", "many of today's computers": the present age, not a day.
        if (Possessive(e) && !p.any()) {
          std::string_view nx = Lw(e + 1);
          if (nx == "world" || nx == "youth" || nx == "society" || nx == "generation" ||
              nx == "standards" || nx == "terms" || nx == "dollars" || nx == "young" ||
              nx == "children" || nx == "kids" || nx == "culture" || nx == "economy" ||
              (i > 0 && K(i - 1) == kOf))
            return 0;
        }
        // "USA Today", "VOA Today": a capitalised "Today" after a name, inside
        // a sentence, ends the name of a paper or a programme.
        if (!p.any() && Cap(j) && !SentStart(j) && j > 0 && Cap(j - 1) && !SentStart(j - 1) &&
            tok_[j - 1].kind == TokenKind::kWord && !L(j - 1))
          return 0;
        s->anchor = Anchor::kDct;
        return PodAfter(e, s);
      case kTomorrow:
        // "the leaders of tomorrow": the future in general, not a day (left
        // out, as TimeML leaves generic uses).
        if (!p.any() && j >= 3 && K(j - 1) == kOf && tok_[j - 2].kind == TokenKind::kWord &&
            !L(j - 2) && !Cap(j - 2) && K(j - 3) == kThe && !Possessive(e))
          return 0;
        [[fallthrough]];
      case kYesterday:
        s->anchor = Anchor::kDct; s->shift_unit = kDay; s->shift = k == kYesterday ? -1 : 1;
        return PodAfter(e, s);
      case kTonight:
        s->anchor = Anchor::kDct; s->pod = kNight; s->type = TimexType::kTime;
        return e;
      case kOvernight:
        // "Drones struck the city overnight": news says it of the night
        // before publication (as "last night"; TimeML: TNI of the day it
        // began), wherever the narrative is: deep in a story the reference
        // time is often a background date ("the Aug. 7 bombings"). It does
        // not move the narrative. Only the adverb; "an overnight stay",
        // "overnight rates" describe a kind of thing.
        if (p.any() || !OvernightAdverb(j)) return 0;
        s->anchor = Anchor::kDct; s->shift_unit = kDay; s->shift = -1;
        s->pod = kNight; s->type = TimexType::kTime; s->keeps_ref = true;
        return e;
      case kNow:
        if (p.any()) return 0;
        // "Now, he says, ...": at the head of a sentence and set off by a
        // comma, "now" is a discourse connective, not a time (TimeML).
        if (Punct(e, ',') && (SentStart(j) || (j > 0 && tok_[j - 1].kind == TokenKind::kPunct &&
                                               SentStart(j - 1))))
          return 0;
        Literal(s, TimexType::kDate, "PRESENT_REF");
        return e;
      case kCurrently: case kNowadays:
        if (p.any()) return 0;
        Literal(s, TimexType::kDate, "PRESENT_REF");
        return e;
      case kRecently: case kLately:
        if (p.any()) return 0;
        // "most recently last October", "most recently in 2019": it ranks
        // the date that follows, which is the time expression.
        if (k == kRecently && j > 0 && K(j - 1) == kMost &&
            (K(e) == kIn || K(e) == kOn || K(e) == kLast || K(e) == kThis || IsNum(e) ||
             Cls(e, kMonthWord) || Cls(e, kWeekdayWord)))
          return 0;
        Literal(s, TimexType::kDate, "PAST_REF");
        return e;
      case kFuture:
        // "the future of the alliance", "Europe's future": what becomes of
        // something, not a time.
        if (K(e) == kOf) return 0;
        // "talked about the future": the preposition "about" is no
        // approximation of a vague time (the match starts at "the").
        if (p.approx) return 0;
        if (p.the || (i > 0 && K(i - 1) == kIn && !p.any())) {
          if (e < n_ && tok_[e].kind == TokenKind::kWord && !L(e) && !Cap(e)) {
            // "the future president": an adjective
            std::string_view w = Lw(e);
            if (w.back() != 's' && w != "will" && w != "and" && w != "but" && w != "looked" &&
                w != "remained" && w != "seemed")
              return 0;
          }
          Literal(s, TimexType::kDate, "FUTURE_REF");
          return e;
        }
        return 0;
      case kTerm:
        if (p.the && p.mod) { Literal(s, TimexType::kDate, "FUTURE_REF"); return e; }
        return 0;
      default:
        break;
    }
    // "in the short term", "over the long term": the future (TimeML), as
    // "the near term" is; "short-term debt" is an adjective (a hyphen follows).
    if ((Word(j, "short") || Word(j, "long")) && K(j + 1) == kTerm && p.the) {
      Literal(s, TimexType::kDate, "FUTURE_REF");
      return j + 2;
    }
    // Pod with a relative word: "this morning", "last night", "tomorrow night".
    if (Cls(j, kPodWord) && !L(j)->plural) {
      PartOfDay pod = L(j)->pod;
      if (L(j)->kw == kDawnWord) return DawnHead(i, j, p, pod, s);
      if (p.early_late && !p.the && p.rel == kNoKw && K(i) != kEarlier && K(i) != kLater) {
        // "mid-afternoon yesterday", "early morning Friday", "by mid afternoon"
        Spec d;
        uint32_t de = 0;
        if (K(e) == kYesterday || K(e) == kToday || K(e) == kTomorrow) de = DeicticHead(e, e, Prefix(), &d);
        else if (Cls(e, kWeekdayWord)) de = WeekdayHead(e, Prefix(), &d);
        if (de && !d.literal && d.pod == kNoPod) {
          *s = d;
          s->pod = pod;
          s->type = TimexType::kTime;
          return de;
        }
        s->anchor = Anchor::kRef; s->pod = pod; s->type = TimexType::kTime;
        return e;
      }
      if (p.rel == kThis) {
        s->anchor = Anchor::kDct; s->pod = pod; s->type = TimexType::kTime;
        return e;
      }
      if (p.rel == kLast && pod == kNight) {
        s->anchor = Anchor::kDct; s->shift_unit = kDay; s->shift = -1; s->pod = pod;
        s->type = TimexType::kTime;
        return e;
      }
      if ((p.rel == kNext || p.rel == kFollowing) && p.the) {
        s->anchor = Anchor::kRef; s->shift_unit = kDay; s->shift = 1;
        return e;
      }
      // "in the morning", "during the night": that part of the reference day.
      Kw before = i > 0 ? K(i - 1) : kNoKw;
      if (p.the && p.rel == kNoKw && !p.approx && !p.early_late && K(e) != kOf &&
          (before == kIn || before == kDuring || before == kBy || before == kThrough) &&
          !(i > 1 && IsNum(i - 2))) {
        s->anchor = Anchor::kRef; s->pod = pod; s->type = TimexType::kTime;
        return e;
      }
      if (p.rel == kThat || p.rel == kSame) {
        s->anchor = Anchor::kRef; s->pod = pod; s->type = TimexType::kTime;
        return e;
      }
    }
    return 0;
  }

  // "at dawn", "before daybreak", "around dusk", "at dawn Saturday": that
  // part of the reference day, or of the day named right after it. Only
  // after a preposition of time or "around": "dawn broke", "a dawn raid",
  // "the dawn of an era", "from dawn to dusk" (all day) are no time of day;
  // a capital inside a sentence is a name ("Dawn Smith").
  uint32_t DawnHead(uint32_t i, uint32_t j, const Prefix& p, PartOfDay pod, Spec* s) const {
    if (p.the || p.a || p.rel != kNoKw || p.mod || p.ordinal) return 0;
    if (Cap(j) && !SentStart(j)) return 0;
    const uint32_t e = j + 1;
    if (Hyphen(e)) return 0;  // "dawn-to-dusk"
    if (!p.approx) {
      const Kw before = i > 0 ? K(i - 1) : kNoKw;
      if (before != kAt && before != kBefore && before != kAfter && before != kBy &&
          before != kUntil && before != kSince && before != kAround)
        return 0;
    }
    const uint32_t d0 = K(e) == kOn && Cls(e + 1, kWeekdayWord) ? e + 1 : e;
    Spec d;
    uint32_t de = 0;
    if (K(d0) == kYesterday || K(d0) == kToday || K(d0) == kTomorrow)
      de = DeicticHead(d0, d0, Prefix(), &d);
    else if (Cls(d0, kWeekdayWord))
      de = WeekdayHead(d0, Prefix(), &d);
    if (de && !d.literal && d.pod == kNoPod) {
      *s = d;
    } else {
      de = e;
      s->anchor = Anchor::kRef;
    }
    s->pod = pod;
    s->type = TimexType::kTime;
    return de;
  }

  // The end of the longest holiday name (data/time/holidays.tsv) starting at
  // token j, every word capitalised; 0 when none. *rule: the name's rule.
  uint32_t HolidayEnd(uint32_t j, int* rule) const {
    const std::string_view first = Lw(j);
    for (const HolidayTable::Name& name : Holidays().names()) {  // longest first
      if (name.words[0] != first) continue;
      uint32_t k = 1;
      for (; k < name.n; ++k) {
        const std::string& w = name.words[k];
        const bool ok = w == "'s"  ? Possessive(j + k)
                        : w == "'" ? Punct(j + k, '\'') || Lw(j + k) == "\xE2\x80\x99"
                                   : Word(j + k, w) && Cap(j + k);
        if (!ok) break;
      }
      if (k == name.n) {
        *rule = name.rule;
        return j + name.n;
      }
    }
    return 0;
  }

  uint32_t HolidayHead(uint32_t j, const Prefix& p, Spec* s) const {
    if (!Cap(j)) return 0;
    int rule = 0;
    const uint32_t e = HolidayEnd(j, &rule);
    if (!e) return 0;
    s->holiday = int16_t(rule + 1);
    s->gran = Gran::kDay;
    s->anchor = Anchor::kDct;
    int year = -1;
    uint32_t ye = YearAt(Punct(e, ',') ? e + 1 : e, &year);
    if (ye && IsNum(Punct(e, ',') ? e + 1 : e)) { s->year = year; return ye; }
    switch (p.rel) {
      case kLast: s->dir = Dir::kPastStrict; break;
      case kNext: s->dir = Dir::kFutureStrict; break;
      case kThis: s->dir = Dir::kSame; break;
      default: break;
    }
    // "Easter week", "Thanksgiving week": the (ISO) week of the holiday.
    const Lex* w = L(e);
    if (w && (w->cls & kUnitWord) && w->unit == kWeek && !w->plural && !Hyphen(e)) {
      s->gran = Gran::kWeek;
      return e + 1;
    }
    return e;
  }

  // A clock time [j, e) opening its line, then at most two capitalised
  // words (a time zone: "KST", "local time") and a dash, a colon or a bar;
  // or nothing more on its line ("08:40 BST" over the entry's paragraph).
  bool TimeStamp(uint32_t j, uint32_t e) const {
    if (!tok_[j].Has(kLineStart)) return false;
    uint32_t k = e;
    while (k < n_ && k < e + 2 && tok_[k].kind == TokenKind::kWord && Cap(k) && !tok_[k].Has(kLineStart))
      ++k;
    // A line of its own, with a next line of text.
    if (k < n_ && tok_[k].Has(kLineStart)) return true;
    if (k >= n_ || tok_[k].Has(kLineStart) || tok_[k].kind != TokenKind::kPunct) return false;
    const std::string_view p = t_.text.substr(tok_[k].start, tok_[k].end - tok_[k].start);
    return p == "-" || p == "--" || p == ":" || p == "|" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93";
  }

  uint32_t ClockHead(uint32_t j, Spec* s) const {
    int h, m;
    uint32_t e = Clock(j, &h, &m);
    if (!e) return 0;
    s->type = TimexType::kTime;
    s->hour = int8_t(h); s->minute = int8_t(m);
    s->gran = Gran::kDay;
    s->anchor = Anchor::kRef;
    // A live blog's time stamp ("09:10 KST — Putin not on the agenda"): a
    // time of the day of publication, whatever day the last entry spoke of.
    if (TimeStamp(j, e)) {
      s->anchor = Anchor::kDct;
      return e;
    }
    // "4 in the morning"
    if (K(e) == kIn && K(e + 1) == kThe && Cls(e + 2, kPodWord) && IsNum(j)) {
      PartOfDay pod = L(e + 2)->pod;
      if (pod == kAfternoon || pod == kEvening || pod == kNight) {
        if (s->hour < 12 && !(pod == kNight && s->hour < 5)) s->hour = int8_t(s->hour + 12);
      }
      e += 3;
    }
    // Day after the clock time: "10 p.m. Wednesday", "noon Saturday", "5 p.m. EST, Nov. 6".
    uint32_t k = Punct(e, ',') ? e + 1 : e;
    Spec d;
    uint32_t de = 0;
    if (Cls(k, kWeekdayWord)) de = WeekdayHead(k, Prefix(), &d);
    else if (K(k) == kToday || K(k) == kYesterday || K(k) == kTomorrow) de = DeicticHead(k, k, Prefix(), &d);
    else if (Cls(k, kMonthWord)) { de = MonthDate(k, &d); if (de && !d.day) de = 0; }
    if (K(k) == kTonight) {
      // "7:30 tonight": this evening's 19:30.
      s->anchor = Anchor::kDct;
      if (s->hour >= 5 && s->hour < 12) s->hour = int8_t(s->hour + 12);
      return k + 1;
    }
    // "5:30 this morning", "9 last night": the clock time on that day.
    if ((K(k) == kThis || K(k) == kLast) && Cls(k + 1, kPodWord) && !L(k + 1)->plural &&
        (K(k) == kThis || L(k + 1)->pod == kNight)) {
      const PartOfDay pod = L(k + 1)->pod;
      s->anchor = Anchor::kDct;
      // "2 a.m. last night" is already today's date.
      if (K(k) == kLast && s->hour >= 5) { s->shift_unit = kDay; s->shift = -1; }
      if ((pod == kAfternoon || pod == kEvening || (pod == kNight && s->hour >= 5)) &&
          s->hour < 12)
        s->hour = int8_t(s->hour + 12);
      return k + 2;
    }
    if (de && !d.literal && d.pod == kNoPod) {
      int8_t hh = s->hour, mm = s->minute;
      *s = d;
      s->hour = hh; s->minute = mm;
      s->type = TimexType::kTime;
      return de;
    }
    // "10 a.m. on Monday": two expressions (TimeML leaves the preposition
    // out), but the clock time lies on that day, not on the reference day.
    if (K(e) == kOn) {
      k = e + 1;
      de = 0;
      if (Cls(k, kWeekdayWord)) de = WeekdayHead(k, Prefix(), &d);
      else if (Cls(k, kMonthWord)) { de = MonthDate(k, &d); if (de && !d.day) de = 0; }
      if (de && !d.literal && d.pod == kNoPod) {
        int8_t hh = s->hour, mm = s->minute;
        *s = d;
        if (s->year < 0 && s->anchor == Anchor::kNone) s->anchor = Anchor::kDct;
        s->hour = hh; s->minute = mm;
        s->type = TimexType::kTime;
      }
    }
    return e;
  }

  // Token q ends an amount or a counted plural ("$1.76", "20%", "5 million",
  // "10,000 units", "its profits"): a "a year" or "annually" after it makes a
  // rate of that amount, not a time of its own.
  bool RateAfter(uint32_t q) const {
    std::string_view pw = Lw(q);
    return IsNum(q) || Punct(q, '%') || pw == "percent" || pw == "cents" || pw == "dollars" ||
           pw == "million" || pw == "billion" || pw == "trillion" || pw == "thousand" ||
           (Cls(q, kUnitWord) && L(q)->plural) ||
           (tok_[q].kind == TokenKind::kWord && !L(q) && !Cap(q) && pw.size() > 3 &&
            pw.back() == 's' && pw != "was" && pw != "has" && pw != "is" && pw != "less");
  }

  uint32_t SetHead(uint32_t j, Spec* s) const {
    Kw k = K(j);
    if (Cls(j, kSetWord)) {
      // "to grow 20% annually", "10,000 units annually": a rate (TimeBank
      // leaves these out), like "$2 million a year".
      // A word in -s is a counted noun only after a number or a determiner
      // ("10,000 units annually", "its profits annually"), not a verb ("the
      // council meets weekly").
      if (j > 0 && RateAfter(j - 1) && !Word(j - 1, "times")) {
        const uint32_t q = j - 1;
        const bool amount = IsNum(q) || Punct(q, '%') || L(q) || q == 0 ||
                            tok_[q].kind != TokenKind::kWord || Lw(q).back() != 's';
        const std::string_view d = q > 0 ? Lw(q - 1) : std::string_view();
        if (amount || IsNum(q - 1) || d == "its" || d == "their" || d == "his" || d == "her" ||
            d == "our" || d == "the" || d == "these" || d == "those")
          return 0;
      }
      Unit u = L(j)->unit;
      std::string v = u == kQuarter ? "P3M" : DurationValue(1, u);
      Literal(s, TimexType::kSet, v);
      return j + 1;
    }
    if (k == kEvery || k == kEach) {
      uint32_t e = j + 1;
      int step = 1;
      if (K(e) == kOther) { step = 2; ++e; }
      double count;
      uint32_t ce = Cardinal(e, &count);
      if (ce && count > 0 && Cls(ce, kUnitWord) && L(ce)->plural) {
        Literal(s, TimexType::kSet, DurationValue(count, L(ce)->unit));
        return ce + 1;
      }
      const Lex* l = L(e);
      if (!l) return 0;
      if ((l->cls & kUnitWord) && !l->plural && l->unit != kNoUnit && Lw(e) != "second") {
        Literal(s, TimexType::kSet, DurationValue(step, l->unit));
        return e + 1;
      }
      if ((l->cls & kWeekdayWord) && !l->plural && Cap(e)) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", l->weekday);
        std::string v = buf;
        uint32_t f = e + 1;
        if (Cls(f, kPodWord)) {
          static const char* kPod[] = {"", "TMO", "TAF", "TEV", "TNI"};
          v += kPod[L(f)->pod];
          ++f;
        }
        Literal(s, TimexType::kSet, v);
        return f;
      }
      if ((l->cls & kMonthWord) && !l->abbrev && Cap(e)) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "XXXX-%02d", l->month);
        Literal(s, TimexType::kSet, buf);
        return e + 1;
      }
      if ((l->cls & kSeasonWord) && !l->plural) {
        static const char* kS[] = {"", "SP", "SU", "FA", "WI"};
        Literal(s, TimexType::kSet, std::string("XXXX-") + kS[l->season]);
        return e + 1;
      }
      if ((l->cls & kPodWord) && !l->plural) {
        static const char* kPod[] = {"", "TMO", "TAF", "TEV", "TNI"};
        Literal(s, TimexType::kSet, std::string("XXXX-XX-XX") + kPod[l->pod]);
        return e + 1;
      }
      return 0;
    }
    // "twice a year", "three times a week", "once a month"
    {
      uint32_t e = j;
      if (Word(j, "twice") || Word(j, "once")) e = j + 1;
      else {
        double c;
        uint32_t ce = Cardinal(j, &c);
        if (ce && Word(ce, "times")) e = ce + 1;
      }
      if (e > j && (K(e) == kA || K(e) == kPer) && Cls(e + 1, kUnitWord) && !L(e + 1)->plural &&
          L(e + 1)->unit >= kHour) {
        Literal(s, TimexType::kSet, DurationValue(1, L(e + 1)->unit));
        return e + 2;
      }
    }
    return 0;
  }

  uint32_t RefHead(uint32_t j, const Prefix& p, Spec* s) const {
    // "the past" alone: PAST_REF; "the present"
    if (p.the && p.rel == kPast && !p.approx && j < n_) {
      if (!(Cls(j, kUnitWord) || Cls(j, kNumberWord) || IsNum(j) || Cls(j, kSeasonWord) ||
            K(j) == kFew || K(j) == kSeveral || K(j) == kCouple || Cls(j, kWeekdayWord) ||
            Cls(j, kMonthWord) || Cls(j, kDecadeWord))) {
        Literal(s, TimexType::kDate, "PAST_REF");
        return j;
      }
    }
    return 0;
  }

  // ---- driver ----
  uint32_t MatchAt(uint32_t i, Spec* out, uint32_t* start) const {
    // "right now"

    // Never start at a word that is only a preposition or conjunction.
    if (NeverStarts(K(i))) return 0;
    Prefix p;
    uint32_t j = ParsePrefix(i, &p);
    // Fast exit: after the prefix, every head starts with a number, a word of
    // the lexicon, an apostrophe ("'80s") or a capitalised holiday word.
    if (j >= n_ || (!IsNum(j) && !L(j) && !MaybeStart(j) && tok_[j].kind != TokenKind::kPunct &&
                    !Cap(j) && !p.year_ago && p.rel != kPast && p.rel != kCurrent &&
                    !Word(j, "period") && !Word(j, "additional") && !Word(j, "extra") &&
                    !((Word(j, "short") || Word(j, "long")) && K(j + 1) == kTerm)))
      return 0;
    uint32_t best = 0;
    bool best_noun = true;
    Spec bs;
    auto attempt = [&](uint32_t e, Spec& s, bool noun) {
      if (e > best) { best = e; bs = std::move(s); best_noun = noun; }
    };
    // Each head below is called only where its first test can pass: the
    // guards repeat those tests (a Spec is not free to build).
    const bool num = IsNum(j);
    const Lex* jl = L(j);
    const uint16_t jcls = jl ? jl->cls : 0;
    if (num) {
      Spec s;
      uint32_t e = NumericDate(j, &s);
      if (e) attempt(e, s, false);
    }
    if (jcls & kMonthWord) {
      Spec s;
      uint32_t e = MonthDate(j, &s);
      if (e) {
        if (s.anchor == Anchor::kNone && s.year < 0) {
          s.anchor = Anchor::kDct;
          switch (p.rel) {
            case kLast: s.dir = Dir::kPastStrict; break;
            case kNext: case kComing: s.dir = Dir::kFutureStrict; break;
            case kThis: s.dir = Dir::kSame; break;
            case kNoKw: break;
            default: e = 0;  // "past the Nov. 1 deadline": a preposition
          }
        }
        if (e) attempt(e, s, false);
      }
    }
    if (num) {
      Spec s;
      uint32_t e = DayMonth(j, &s);
      // "16 August 2025" needs no publication date: only a date without
      // its year is anchored.
      if (e) {
        if (s.year < 0) s.anchor = Anchor::kDct;
        attempt(e, s, false);
      }
    }
    if (num && p.the && j == i + 1 && !p.rel && !p.approx && !p.mod && !p.ordinal) {
      Spec s;
      uint32_t e = DayOfMonthHead(i, j, &s);
      if (e) attempt(e, s, true);
    }
    if (jcls & kWeekdayWord) {
      Spec s;
      uint32_t e = WeekdayHead(j, p, &s);
      if (e) attempt(e, s, false);
    }
    if (p.ordinal) {
      Spec s;
      uint32_t e = QuarterHead(j, p, &s);
      if (e) attempt(e, s, !(j > 0 && Punct(j - 1, '-')));
    }
    // "FY2025", "FY25": the fiscal year, written as the year (as "fiscal
    // 2025"); only in capitals ("fy25" is a typo or a code).
    if (jl && jl->kw == kFiscalYear && Cap(j)) {
      Spec s;
      s.type = TimexType::kDate;
      s.gran = Gran::kYear;
      s.year = jl->number;
      s.fiscal = true;
      attempt(j + 1, s, false);
    }
    if (jl && (jl->kw == kQuarterAbbr || jl->kw == kHalfAbbr)) {
      Spec s;
      uint32_t e = QuarterAbbrHead(j, p, &s);
      if (e) attempt(e, s, false);
    }
    const Lex* jraw = Raw(j);  // "period", "short", "additional": aux words
    const Kw jkw = jl ? jl->kw : kNoKw;
    // Where Cardinal() can begin ("two", "several", "a few", "a hundred").
    const bool count_word = (jcls & kNumberWord) || jkw == kSeveral || jkw == kMany ||
                            jkw == kFew || jkw == kA || jkw == kAn || jkw == kCouple ||
                            jkw == kHalf;
    if (num || count_word || (jcls & kUnitWord) || (jraw && jraw->aux == kAuxPrefix)) {
      Spec s;
      uint32_t e = UnitHead(i, j, p, &s);
      if (e) attempt(e, s, !adj_);
    }
    if ((jcls & kUnitWord) || (jraw && jraw->aux)) {
      Spec s;
      uint32_t e = PeriodHead(j, p, &s);
      if (e) attempt(e, s, true);
    }
    if (jcls & kSeasonWord) {
      Spec s;
      uint32_t e = SeasonHead(i, j, p, &s);
      if (e) attempt(e, s, true);
    }
    if (num || (j < n_ && tok_[j].kind == TokenKind::kPunct) ||  // "'80s"
        (jcls & (kOrdinalWord | kDecadeWord | kNumberWord)) ||
        (p.the && (jcls & kUnitWord))) {  // "the year 2000"
      Spec s;
      year_noun_ = false;
      uint32_t e = YearHead(i, j, p, &s);
      if (e) attempt(e, s, year_noun_ && p.the);
    }
    if ((jcls & kPodWord) || (jraw && jraw->aux) || jkw == kToday || jkw == kYesterday ||
        jkw == kTomorrow || jkw == kTonight || jkw == kOvernight || jkw == kNow || jkw == kCurrently ||
        jkw == kNowadays || jkw == kRecently || jkw == kLately || jkw == kFuture ||
        jkw == kTerm) {
      Spec s;
      uint32_t e = DeicticHead(i, j, p, &s);
      if (e) attempt(e, s, true);
    }
    if (Cap(j) && jraw && jraw->holiday_start) {
      Spec s;
      uint32_t e = HolidayHead(j, p, &s);
      if (e) attempt(e, s, false);
    }
    if (!p.the && !p.rel && !p.early_late && (num || (jl && (jl->kw == kNoon || jl->kw == kMidnight)))) {
      Spec s;
      uint32_t e = ClockHead(j, &s);
      if (e) attempt(e, s, true);
    }
    if (!p.any() && (num || count_word || (jcls & kSetWord) || jkw == kEvery ||
                     jkw == kEach || jkw == kTwice || jkw == kOnce)) {
      Spec s;
      uint32_t e = SetHead(j, &s);
      if (e) attempt(e, s, true);
    }
    if (!best && p.the && p.rel == kPast) {
      Spec s;
      uint32_t e = RefHead(j, p, &s);
      if (e) attempt(e, s, true);
    }
    // "Today is the eighth day of the blockade", "it's the second day of the
    // strike": a day counted from an event's start, said of the present, is
    // the publication date (TimeML annotates it as that date).
    if (!best && p.the && p.rel == kNoKw && !p.approx && !p.mod && !p.ordinal &&
        (jcls & kOrdinalWord) && Cls(j + 1, kUnitWord) && L(j + 1)->unit == kDay &&
        !L(j + 1)->plural && K(j + 2) == kOf && PresentCopulaBefore(i)) {
      Spec s;
      s.anchor = Anchor::kDct;
      s.gran = Gran::kDay;
      s.keeps_ref = true;
      *out = std::move(s);
      *start = i;
      return j + 2;
    }
    // "current" as an adjective ("the current system"): the present.
    if (!best && p.rel == kCurrent && j > i && K(j - 1) == kCurrent && !p.approx &&
        !p.early_late && !Hyphen(j) && j < n_ && tok_[j].kind == TokenKind::kWord) {
      Spec s;
      Literal(&s, TimexType::kDate, "PRESENT_REF");
      *start = j - 1;
      // "the then current chairman", "then-current rules": the present of a
      // past narrative (TimeML PAST_REF), "then" included.
      uint32_t then = j - 1 >= 2 && Hyphen(j - 2) ? j - 3 : j - 2;
      if (j >= 2 && then < j - 1 && Word(then, "then") &&
          (out_->empty() || out_->back().end_token <= then)) {
        Literal(&s, TimexType::kDate, "PAST_REF");
        *start = then;
      }
      *out = std::move(s);
      return j;
    }
    // "year-earlier" or "year-ago" alone, as an adjective ("year-earlier sales").
    if (!best && p.year_ago && j >= i + 3) {
      Spec s;
      s.anchor = Anchor::kDct;
      s.shift_unit = kYear;
      s.shift = -1;
      s.gran = Gran::kYear;
      s.year_back_quarter = true;
      *out = std::move(s);
      *start = j - 3;
      return j;
    }
    // A determiner before a date or an adjective belongs to the noun after it
    // ("the Oct. 23 meeting", "a two-year contract").
    if (best && !best_noun && (p.the || p.a) && (K(i) == kThe || K(i) == kA || K(i) == kAn)) {
      if (p.rel == kNoKw && !p.approx && !p.mod && !p.early_late) *start = i + 1;
    }
    if (!best) return 0;
    // "the quarter-to-quarter comparison", "a year-to-year basis": a unit
    // paired with another in an adjective is no time of its own.
    if (Hyphen(best) && Word(best + 1, "to") && Hyphen(best + 2) && Cls(best + 3, kUnitWord) &&
        Cls(best - 1, kUnitWord))
      return 0;
    // "Islam will one day be...", "he may one day return": after a modal,
    // "one day" is an indefinite future time, not a duration (TimeML
    // FUTURE_REF).
    if (best == i + 2 && K(i) == kNoKw && Cls(i, kNumberWord) && L(i)->number == 1 &&
        Word(i, "one") && Cls(i + 1, kUnitWord) && L(i + 1)->unit == kDay && !L(i + 1)->plural &&
        i > 0 && IsModal(i - 1)) {
      Literal(&bs, TimexType::kDate, "FUTURE_REF");
    }
    *out = std::move(bs);
    return best;
  }

  // "it is", "it's", "today is", "this is" just before token i.
  bool PresentCopulaBefore(uint32_t i) const {
    if (i < 2) return false;
    if (!(Word(i - 1, "is") || Possessive(i - 1))) return false;
    const std::string_view subj = Lw(i - 2);
    return subj == "it" || subj == "today" || subj == "this";
  }

  bool IsModal(uint32_t i) const {
    const std::string_view w = Lw(i);
    return w == "will" || w == "would" || w == "could" || w == "might" || w == "may" ||
           w == "can" || w == "shall" || w == "should" || w == "must" || w == "'ll";
  }

  void Emit(uint32_t b, uint32_t e, Spec spec) {
    Candidate& c = out_->emplace_back();
    c.first_token = b;
    c.end_token = e;
    c.start = tok_[b].start;
    c.end = tok_[e - 1].end;
    // "p.m." closing a sentence: TimeML leaves the sentence's period out.
    const Token& last = tok_[e - 1];
    if (last.kind == TokenKind::kWord && last.end > last.start + 1 &&
        t_.text[last.end - 1] == '.' &&
        (e >= n_ || SentStart(e) || tok_[e].Has(kLineStart) ||
         (!Glued(e) && tok_[e].kind == TokenKind::kWord && Cap(e) && !L(e))))
      --c.end;
    c.spec = std::move(spec);
  }

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

}  // namespace

void Recognize(const TextAnalysis& text, std::vector<Candidate>* out) {
  Rec r(text, out);
  r.Run();
}

}  // namespace eg::timex
