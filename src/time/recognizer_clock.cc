// Clock times: "10:35 a.m.", "2.30pm", "3pm", "noon", "1300 GMT"; the
// clock head with its part of the day and date ("4 in the morning",
// "10 p.m. Tuesday"), and clock times that stamp a line.
#include "time/recognizer_internal.h"

namespace eg::timex {
namespace detail {

// "2.30pm", "10.45 a.m.": British style writes the clock with a dot. Only
// with am/pm, which tells it from a decimal number ("2.30" alone is not a time).
uint32_t Rec::DottedClock(uint32_t i, const NumTok& n, int* hour, int* minute) const {
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

bool Rec::MilitaryClock(uint32_t i) const {
  if (i == 0 || !IsNum(i)) return false;
  const NumTok n = Num(i);
  if (n.digits != 4 || n.suffix != NumTok::kNone || n.comma || n.decimal) return false;
  if (n.val % 100 > 59 || n.val / 100 > 23) return false;
  const Lex* u = L(i + 1);
  if (!u || !(u->cls & kUnitWord) || u->unit != kHour || !u->plural) return false;
  // Only after a preposition of a point in time: "after 1200 hours of
  // talks" and "for 1700 hours" count hours.
  return Word(i - 1, "at") || Word(i - 1, "from") || Word(i - 1, "until") ||
         Word(i - 1, "till") || Word(i - 1, "since");
}

// "10:35 a.m.", "10 p.m.", "3pm", "noon", "midnight", "15:00" [+ time zone],
// "1300 GMT", "15:35 hours", "at 1700 hours".
uint32_t Rec::Clock(uint32_t i, int* hour, int* minute) const {
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
    if (MilitaryClock(i)) {
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
        // "15:35 hours": the word restates that it is a clock time.
        const Lex* u = L(k2);
        e = u && (u->cls & kUnitWord) && u->unit == kHour && u->plural ? k2 + 1 : k2;
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

// A clock time [j, e) opening its line (after one label word:
// "Updated 14:05"), then at most two capitalised
// words (a time zone: "KST", "local time") and a dash, a colon or a bar;
// or nothing more on its line ("08:40 BST" over the entry's paragraph).
bool Rec::TimeStamp(uint32_t j, uint32_t e) const {
  // ("Updated 14:05", "UPDATE 09:30 GMT": one label word may open the line.)
  const bool labelled = j > 0 && tok_[j - 1].Has(kLineStart) &&
                        tok_[j - 1].kind == TokenKind::kWord && Cap(j - 1) && !L(j - 1);
  if (!tok_[j].Has(kLineStart) && !labelled) return false;
  uint32_t k = e;
  while (k < n_ && k < e + 2 && tok_[k].kind == TokenKind::kWord && Cap(k) && !tok_[k].Has(kLineStart))
    ++k;
  // A line of its own, with a next line of text.
  if (k < n_ && tok_[k].Has(kLineStart)) return true;
  if (k >= n_ || tok_[k].Has(kLineStart) || tok_[k].kind != TokenKind::kPunct) return false;
  const std::string_view p = t_.text.substr(tok_[k].start, tok_[k].end - tok_[k].start);
  return p == "-" || p == "--" || p == ":" || p == "|" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93";
}

uint32_t Rec::ClockHead(uint32_t j, Spec* s) const {
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
    else if (IsNum(k)) de = DayMonth(k, &d);  // "on 10th May", "on 10 May 2025"
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

}  // namespace detail
}  // namespace eg::timex
