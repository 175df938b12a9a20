// Named days: weekdays ("Friday", "last Tuesday", "Friday, Oct. 23",
// "Tuesday nights"), the part of the day after a day ("Friday morning",
// "tomorrow night"), and holidays (data/time/holidays.tsv: "Christmas",
// "Labor Day", "Easter week").
#include "time/recognizer_internal.h"

#include "time/holidays.h"

namespace eg::timex {
namespace detail {

uint32_t Rec::WeekdayHead(uint32_t j, const Prefix& p, Spec* s) const {
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
      // The weekday stays: it names the year when the text gives none (see
      // the resolver).
      s->weekday = l->weekday;
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

uint32_t Rec::PodAfter(uint32_t e, Spec* s) const {
  if (Cls(e, kPodWord) && !L(e)->plural) {
    s->pod = L(e)->pod;
    s->type = TimexType::kTime;
    return e + 1;
  }
  return e;
}

// The end of the longest holiday name (data/time/holidays.tsv) starting at
// token j, every word capitalised; 0 when none. *rule: the name's rule.
uint32_t Rec::HolidayEnd(uint32_t j, int* rule) const {
  const std::string_view first = Lw(j);
  for (const HolidayTable::Name& name : Holidays().names()) {  // longest first
    if (name.words[0] != first) continue;
    uint32_t k = 1;
    for (; k < name.n; ++k) {
      const std::string& w = name.words[k];
      const bool ok = w == "'s"  ? Possessive(j + k)
                      // ("Presidents' Day": the tokenizer makes a bare
                      // apostrophe after a name before a capital a
                      // possessive, else punctuation.)
                      : w == "'" ? Lw(j + k) == "'" || Lw(j + k) == "\xE2\x80\x99"
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

uint32_t Rec::HolidayHead(uint32_t j, const Prefix& p, Spec* s) const {
  if (!Cap(j)) return 0;
  int rule = 0;
  const uint32_t e = HolidayEnd(j, &rule);
  if (!e) return 0;
  // "Ukraine's Independence Day", "India's Independence Day": another
  // country's own day, not the Fourth of July.
  // So is a bare one after such a mention ("at the Independence Day
  // ceremony"). (Rare words: the look back costs nothing elsewhere.)
  if (e == j + 2 && Word(j, "independence")) {
    for (uint32_t i = j + 1; i-- > 2;) {
      if (!(Word(i, "independence") && Possessive(i - 1))) continue;
      const std::string_view owner = Lw(i - 2);
      if (owner != "america" && owner != "u.s." && owner != "us" && owner != "nation" &&
          owner != "country")
        return 0;
      break;
    }
  }
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

}  // namespace detail
}  // namespace eg::timex
