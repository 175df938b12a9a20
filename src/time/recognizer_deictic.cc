// Deictic words: "today", "tomorrow night", "tonight", "overnight", "now",
// "currently", "recently", "soon", "the future", "the short term"; parts of the
// day ("this morning", "in the morning", "at dawn"); "the past".
#include "time/recognizer_internal.h"
#include "time/tense.h"

namespace eg::timex {
namespace detail {
namespace {

// A conjunction or a modal: never a noun, so the word before it is no
// adjective ("strikes will go on well into the future if he refuses",
// "in the future when prices rise", "the future would be bleak").
bool ClauseWord(std::string_view w) {
  return w == "if" || w == "unless" || w == "when" || w == "whenever" || w == "because" ||
         w == "as" || w == "than" || w == "though" || w == "although" || w == "whether" ||
         w == "where" || w == "would" || w == "could" || w == "should" || w == "might" ||
         w == "must" || w == "can" || w == "so" || w == "too";
}

}  // namespace

uint32_t Rec::DeicticHead(uint32_t i, uint32_t j, const Prefix& p, Spec* s) const {
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
              w != "remained" && w != "seemed" && !ClauseWord(w))
            return 0;
        }
        Literal(s, TimexType::kDate, "FUTURE_REF");
        return e;
      }
      return 0;
    case kSoon:
      // "liquidate the company as soon as possible": the near future too
      // (the leading "as" joins the expression in LeadingWords).
      if (!p.any() && j > 0 && Word(j - 1, "as") && Word(e, "as") &&
          (Word(e + 1, "possible") || Word(e + 1, "practicable"))) {
        Literal(s, TimexType::kDate, "FUTURE_REF");
        return e + 2;
      }
      // "prosecutors may soon seek an indictment": the near future of the
      // speaker (TimeML: FUTURE_REF). Not "soon after the vote", "soon
      // afterwards" (a time after an event, which the event gives), nor
      // the conjunction "as soon as", "too soon to say", "how soon", "so
      // soon", "a soon-to-be": no time of its own.
      if (p.any() || K(e) == kAfter || K(e) == kBefore || Word(e, "afterwards") ||
          Word(e, "afterward") || Word(e, "thereafter") || Word(e, "as") || Hyphen(e))
        return 0;
      if (j > 0 && (Word(j - 1, "as") || Word(j - 1, "too") || Word(j - 1, "how") ||
                    Word(j - 1, "so")))
        return 0;
      // "He was soon released", "a trickle that soon became a flood": told
      // in the past, it is a little after the event just told, no future.
      if (const uint32_t sent = t_.SentenceOf(j);
          (j > 0 && PastVerbAt(t_, sent, j - 1)) || PastVerbAt(t_, sent, e))
        return 0;
      Literal(s, TimexType::kDate, "FUTURE_REF");
      return e;
    case kThen:
      // "The offer expires on Nov. 30. Until then, ...", "by then": the
      // time the narrative just stood at, valued in the tagger.
      if (p.any() || i != j || i == 0 ||
          !(K(i - 1) == kUntil || K(i - 1) == kBy || Word(i - 1, "till")))
        return 0;
      s->ref_itself = true;
      s->keeps_ref = true;
      return e;
    case kWhile:
      // "for a while", "in a while": a stretch of unknown length and unit
      // (TimeML: PXX); "a while ago" a vague past. "Once in a while" is a
      // frequency, left out.
      if (!p.a || p.approx || p.mod || p.rel != kNoKw) return 0;
      if (i >= 2 && K(i - 1) == kIn && Word(i - 2, "once")) return 0;
      if (K(e) == kAgo || Word(e, "back")) { Literal(s, TimexType::kDate, "PAST_REF"); return e + 1; }
      Literal(s, TimexType::kDuration, "PXX");
      return e;
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
    // "the previous evening", "the preceding night": that part of the day
    // before the reference day (the day of the saying that tells it), as
    // "the following morning" is of the day after.
    if ((p.rel == kPrevious || p.rel == kPreceding) && p.the) {
      s->anchor = Anchor::kRef; s->shift_unit = kDay; s->shift = -1;
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
uint32_t Rec::DawnHead(uint32_t i, uint32_t j, const Prefix& p, PartOfDay pod, Spec* s) const {
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

// "overnight" ends its clause or comes before a preposition, a
// conjunction or a time word: not before the noun it describes.
bool Rec::OvernightAdverb(uint32_t j) const {
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

uint32_t Rec::RefHead(uint32_t j, const Prefix& p, Spec* s) const {
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

}  // namespace detail
}  // namespace eg::timex
