// Date, place and status of a clause.
// Members of the Extractor (events/extractor.h).
#include "events/extractor.h"

#include <cstdlib>

#include "time/tense.h"

namespace eg {
namespace extract_detail {

// The word at j joins two ends of a range of times, the second of which
// (x) starts at j + 1. A dash joins any two; "to" and "through" only a bare
// day number ("June 15 to 17"): "moved from Monday to Tuesday" is a change
// of date, not a range.
bool Extractor::RangeJoint(uint32_t j, int32_t x) const {
  Word w = W(j);
  if (w == "-" || w == "\xE2\x80\x93") return true;
  if (w != "to" && w != "through") return false;
  const Timex& t = tx_[x];
  Word d = W(t.first_token);
  return t.end_token == t.first_token + 1 && !d.empty() && d[0] >= '0' && d[0] <= '9';
}

bool Extractor::RangeEnd(int32_t x) const {
  const uint32_t f = tx_[x].first_token;
  return f >= begin_ + 2 && timex_at_[f - 2] != kNone && timex_at_[f - 2] != x &&
         RangeJoint(f - 1, x);
}

bool Extractor::RangeStart(int32_t x) const {
  const uint32_t e = tx_[x].end_token;
  return e + 1 < end_ && timex_at_[e + 1] != kNone && timex_at_[e + 1] != x &&
         tx_[timex_at_[e + 1]].first_token == e + 1 && RangeJoint(e, timex_at_[e + 1]);
}

bool Extractor::UsableTimex(int32_t x) const {
  const Timex& tx = tx_[x];
  // Dates, times and durations anchored at a date (DatingValue).
  if (tx_date_[x].empty()) return false;
  // "September 14-15 - X meets Y", "talks from June 15 to 17": an event over
  // a range of days is dated by its first day; the range's end is no date
  // of it, and "from" before the start opens the range, not a time after
  // which something holds.
  if (RangeEnd(x)) return false;
  // "have met several times over the past year", "in the last month": the
  // span up to the day of writing, no calendar year or month (TimeML values
  // it as the year before, which the events of that span need not be in).
  if (tx.end_token == tx.first_token + 3 && W(tx.first_token) == "the" &&
      (W(tx.first_token + 1) == "past" || W(tx.first_token + 1) == "last")) {
    const Word u = W(tx.first_token + 2);
    if (u == "year" || u == "month" || u == "week" || u == "decade") return false;
  }
  if (tx.first_token > begin_) {
    Word w = W(tx.first_token - 1);
    if ((w == "since" || w == "until" || w == "till" || w == "through" || w == "from") &&
        !WithinThrough(tx.first_token - 1) && !NotUntil(tx.first_token - 1) &&
        !(w == "from" && RangeStart(x)))
      return false;
    // "the 1970s policy", "2018 interview": a modifier dates its noun, fine;
    // "of 2022" after a noun ("the invasion of 2022") also fine.
    // "X and Y speak again, as agreed on May 10, and ...": the time of an
    // aside "as <agreed/announced ...>" dates that act, not the event.
    uint32_t k = tx.first_token - 1;
    if (k > begin_ && (W(k) == "on" || W(k) == "in" || W(k) == "at" || W(k) == "last")) --k;
    if (k > begin_ && W(k - 1) == "as" && (k - 1 == begin_ || W(k - 2) == ",")) {
      const Word v = W(k);
      if (v == "agreed" || v == "announced" || v == "promised" || v == "pledged" ||
          v == "reported" || v == "stated" || v == "said" || v == "decided" ||
          v == "requested" || v == "proposed")
        return false;
    }
  }
  // "Monday's talks" possessive timex: usable.
  return true;
}

// "BEIJING, June 6 (Xinhua) -- The phone call ... on Thursday has ...",
// "MOSCOW, Oct 22 (Reuters) - X met Y on Tuesday": the dateline's date
// opens its line after a capitalised place and a comma, and an agency in
// parentheses or a dash follows it. It is the day of the filing, not of
// the event: another usable time of the sentence dates the event instead.
bool Extractor::DatelineBesideOther(int32_t x) const {
  if (!DatelineShape(x)) return false;
  const Timex& t = tx_[x];
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const int32_t y = int32_t(tx_order_[i]);
    if (y != x && tx_[y].first_token > t.end_token && UsableTimex(y)) return true;
  }
  return false;
}

// The dateline's shape: a date opening its line after a capitalised place
// and a comma, an agency in parentheses or a dash after it.
bool Extractor::DatelineShape(int32_t x) const {
  const Timex& t = tx_[x];
  if (t.first_token < 2 || t.end_token >= ntok_ || W(t.first_token - 1) != ",") return false;
  uint32_t k = t.first_token - 1;
  for (uint32_t n = 0; k > 0 && !toks_[k].Has(kLineStart) && n < 6; ++n) {
    --k;
    if (t_.tokens[k].kind == TokenKind::kWord && !Cap(k)) return false;
  }
  if (!toks_[k].Has(kLineStart) || !Cap(k)) return false;
  Word after = W(t.end_token);
  if (!(after == "(" || after == "-" || after == "--" || after == "_" ||
        after == "\xE2\x80\x94" || after == "\xE2\x80\x93"))
    return false;
  return true;
}

bool Extractor::StampBesideOther(int32_t x) const {
  const Timex& t = tx_[x];
  if (t.type != TimexType::kTime || t.first_token >= ntok_ || !toks_[t.first_token].Has(kLineStart))
    return false;
  // (A zone or "local time" may follow the clock: "16:10 BST —".)
  uint32_t k = t.end_token;
  while (k < ntok_ && k < t.end_token + 2 && t_.tokens[k].kind == TokenKind::kWord && Cap(k) &&
         !toks_[k].Has(kLineStart))
    ++k;
  if (k >= ntok_ || toks_[k].Has(kLineStart)) return false;
  const Word sep = W(k);
  // ("15:02 The Prime Minister confirmed that he spoke with X on
  // Saturday": a stamp may also run straight into the entry's first word.)
  const bool straight = t.end_token < ntok_ && !toks_[t.end_token].Has(kLineStart) &&
                        t_.tokens[t.end_token].kind == TokenKind::kWord && Cap(t.end_token);
  if (!(sep == ":" || sep == "-" || sep == "--" || sep == "|" || sep == "\xE2\x80\x94" ||
        sep == "\xE2\x80\x93") && !straight)
    return false;
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const int32_t y = int32_t(tx_order_[i]);
    if (y != x && tx_[y].first_token > t.end_token && UsableTimex(y)) return true;
  }
  return false;
}

bool Extractor::BackgroundPerfectRelative(const TriggerMatch& tm, uint32_t tf, uint32_t te) const {
  if (tm.entry->noun) return false;
  uint32_t k = tm.first;
  while (k > begin_ && SkipAdverbAt(k - 1)) --k;  // "who has twice met"
  if (k < begin_ + 3) return false;
  const Word aux = W(k - 1);
  if (!(aux == "has" || aux == "have" || aux == "had") || W(k - 2) != "who" || W(k - 3) != ",")
    return false;
  const uint32_t open = k - 3;
  uint32_t close = tm.end;
  while (close < end_ && !CommaOrHardAt(close)) ++close;
  return te <= open || tf >= close;
}

int32_t Extractor::WhichClauseAntecedentTime(const TriggerMatch& tm, int32_t own) const {
  // "in which" / "during which" opening the trigger's clause, within ten
  // words before it, no comma or hard punctuation between.
  uint32_t w = tm.first;
  bool found = false;
  for (uint32_t n = 0; w > begin_ + 1 && n < 10; ++n) {
    --w;
    if (HardAt(w) || W(w) == ",") return kNone;
    if (W(w) == "which" && (W(w - 1) == "in" || W(w - 1) == "during")) {
      found = true;
      break;
    }
  }
  if (!found) return kNone;
  const uint32_t prep = w - 1;
  // The clause runs to its comma or hard punctuation: a time of its own
  // there stays.
  uint32_t close = tm.end;
  while (close < end_ && !CommaOrHardAt(close)) ++close;
  if (own != kNone && tx_[own].first_token > w && tx_[own].first_token < close) return kNone;
  // The antecedent's phrase: back from the preposition (and a comma) to
  // the next comma or hard punctuation; its nearest usable time.
  uint32_t k = prep;
  if (k > begin_ && W(k - 1) == ",") --k;
  for (uint32_t n = 0; k > begin_ && n < 12; ++n) {
    --k;
    if (HardAt(k) || W(k) == ",") break;
    const int32_t x = timex_at_[k];
    if (x != kNone && UsableTimex(x)) return x;
  }
  return kNone;
}

uint32_t Extractor::SpeechOccasionThat(const TriggerMatch& tm) const {
  if (!tm.entry->noun || tm.first < begin_ + 3) return 0;
  // "in a meeting", "during a call", "at their meeting": a preposition and
  // a determiner right before the noun (a modifier may stand between).
  uint32_t k = tm.first;
  if (k > begin_ + 2 && !DetAt(k - 1) && DetAt(k - 2)) --k;  // "a brief meeting"
  if (k <= begin_ + 1 || !DetAt(k - 1)) return 0;
  const Word p = W(k - 2);
  if (!(p == "in" || p == "during" || p == "at" || p == "over")) return 0;
  // A verb of saying before it in the clause, with at most its object
  // between ("told Y", "said").
  bool speech = false;
  for (uint32_t j = k - 2; j > begin_ && j + 8 > k;) {
    --j;
    if (HardAt(j) || W(j) == ",") break;
    if (SpeechAt(j)) {
      speech = true;
      break;
    }
    if (!(MentionAt(j) != kNone || SingularPronounAt(j) || PluralPronounAt(j) ||
          ObjectPronounAt(j) || W(j) == "them" || W(j) == "us" || W(j) == "reporters"))
      break;
  }
  if (!speech) return 0;
  // "that" after the noun (and its own time or "with" phrase), before any
  // comma: the verb of saying's clause, not a relative one on the noun.
  for (uint32_t j = tm.end; j < end_ && j < tm.end + 8; ++j) {
    if (HardAt(j) || W(j) == ",") return 0;
    if (W(j) == "that") return j;
  }
  return 0;
}

uint32_t Extractor::RestatingApposition(int32_t x) const {
  const uint32_t comma = tx_[x].end_token;
  if (comma + 2 >= end_ || W(comma) != "," || !(W(comma + 1) == "a" || W(comma + 1) == "an"))
    return 0;
  // The event noun, right after the article or one modifier ("a brief
  // meeting"), of an interaction.
  for (const auto& o : trigs_)
    if (o.entry->noun && o.entry->interaction &&
        (o.first == comma + 2 || o.first == comma + 3))
      return comma;
  return 0;
}

// Whether trigger tm lies inside a relative clause on a person set off by
// commas (", who met Y before the plenary,") and time expression x outside
// it.
bool Extractor::TimeOutsideRelative(size_t x, const TriggerMatch& tm) const {
  uint32_t from = kUnknown;
  for (uint32_t k = tm.first; k > begin_ + 1 && k + 12 > tm.first;) {
    --k;
    if (HardAt(k)) return false;
    if (W(k) != ",") continue;
    if (W(k + 1) == "who" || W(k + 1) == "whose") from = k;
    break;
  }
  if (from == kUnknown) return false;
  // The closing comma: not one inside a list of names ("with A, B and C").
  uint32_t to = kUnknown;
  for (uint32_t k = tm.end; k < end_; ++k) {
    if (HardAt(k)) return false;
    if (W(k) == "," && !(k + 1 < end_ && MentionStartsAt(k + 1))) {
      to = k;
      break;
    }
  }
  if (to == kUnknown) return false;
  return tx_[x].end_token <= from || tx_[x].first_token > to;
}

// Tokens between a and b, plus a penalty for each clause boundary crossed.
int Extractor::ClauseCost(uint32_t a, uint32_t b) const {
  if (a > b) std::swap(a, b);
  int cost = int(b - a);
  for (uint32_t k = a; k < b; ++k) {
    if (W(k) == "that") {
      // A determiner ("that meeting") does not open a clause.
      bool det = false;
      for (const auto& o : trigs_)
        if (o.first == k + 1) det = true;
      if (det) continue;
    }
    if (IsBoundary(k)) cost += 40;  // hard punctuation included
  }
  return cost;
}

// The capitalised run at p (after in/at [the]): "Alaska", "Elmendorf Air
// Force Base", "the White House" -> "White House". Empty when p is no place.
std::string Extractor::PlaceRun(uint32_t p) const {
  if (p < end_ && W(p) == "the") ++p;
  uint32_t q = p;
  while (q < end_ && q - p < 6) {
    if (timex_at_[q] != kNone) break;
    int32_t m = MentionAt(q);
    if (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson) break;
    if (Cap(q) && t_.tokens[q].kind == TokenKind::kWord) {
      ++q;
    } else if (q > p && W(q) == "of" && q + 1 < end_ && Cap(q + 1)) {
      ++q;
    } else if (q > p && W(q) == "of" && q + 2 < end_ && W(q + 1) == "the" && Cap(q + 2) &&
               MentionAt(q + 2) == kNone) {
      q += 2;  // "the Great Hall of the People"
    } else {
      break;
    }
  }
  if (q == p) return "";
  // A name that modifies a common noun is no place: "at the Belt and Road
  // forum", "at Trump's Mar-a-Lago resort".
  if (q < end_ && !Cap(q) && t_.tokens[q].kind == TokenKind::kWord) {
    Word w = W(q);
    if (w == "and" && q + 1 < end_ && Cap(q + 1)) return "";
    if (!PrepAt(q) && !DetAt(q) && !AuxAt(q) &&
        !OpenerAt(q) && !SkipAdverbAt(q) && w != "and" && w != "or" &&
        w != "where" && w != "instead" && w != "again" && w != "too" && w != "later" &&
        w != "earlier" && w != "first" && w != "last" && w != "twice" && w != "as" &&
        w != "while" && timex_at_[q] == kNone && !(w.size() > 3 && w.EndsWith("ed")))
      return "";
  }
  return std::string(t_.text.substr(t_.tokens[p].start, t_.tokens[q - 1].end - t_.tokens[p].start));
}

std::string Extractor::PlaceNear(const TriggerMatch& tm) const {
  // The window counts words of the clause's own: a long participant list or
  // a date ("with Turkish President Recep Tayyip Erdogan on Friday on the
  // sidelines of the NATO summit in Warsaw") does not push the place out.
  uint32_t budget = 14;
  // "discussed the situation in Idlib": after a verb whose object is a
  // topic, not a party, a place belongs to the topic.
  bool topic_object = !tm.entry->noun &&
                      !(tm.entry->frame & (kFrameObject | kFrameBareObject)) && tm.end < end_ &&
                      (DetAt(tm.end) ||
                       (!Cap(tm.end) && !PrepAt(tm.end) &&
                        timex_at_[tm.end] == kNone && MentionAt(tm.end) == kNone));
  if (topic_object) budget = 0;
  for (uint32_t q = tm.end; q < end_ && budget > 0; ++q) {
    Word w = W(q);
    if (MentionAt(q) == kNone && timex_at_[q] == kNone) --budget;
    if (IsBoundary(q)) break;  // hard punctuation included
    // The place of this event, not of a phrase after it ("called for peace
    // in Ukraine"): stop where the trigger's own complements end.
    // "hosted X and European leaders at the White House": a group of
    // actors is one of the objects too.
    bool next_is_actor = q + 1 < end_ && MentionAt(q + 1) != kNone;
    if (!next_is_actor && w == "and")
      for (uint32_t j = q + 1; j < end_ && j < q + 4 && !next_is_actor; ++j)
        next_is_actor = (ClassesAt(j) & words::kGroupHead) && W(j) != "two";
    // "met for the first time at the Elysee Palace", "talked for 50 minutes
    // in the House of Freedom": a phrase of time, not a purpose.
    if (w == "for" && q + 2 < end_ &&
        (timex_at_[q + 1] != kNone || t_.tokens[q + 1].kind == TokenKind::kNumber ||
         (W(q + 1) == "the" && (W(q + 3) == "time" || W(q + 2) == "first"))) ) {
      continue;
    }
    if (((w == "and" || w == ",") && !next_is_actor) || w == "for" || w == "to" ||
        w == "about" || w == "over" || w == "against")
      break;
    if ((w == "in" || w == "at") && q + 1 < end_) {
      std::string s = PlaceRun(q + 1);
      if (!s.empty()) return s;
    }
  }
  // "flew to Brussels instead, where he met Mogherini": the place the
  // relative adverb stands for.
  for (uint32_t k = tm.first; k > begin_ + 1 && k + 5 > tm.first;) {
    --k;
    if (W(k) != "where" || W(k - 1) != ",") continue;
    for (uint32_t j = k - 1; j > begin_ && j + 6 > k;) {
      --j;
      Word w = W(j);
      if (w == "to" || w == "in" || w == "at") {
        std::string run = PlaceRun(j + 1);
        if (!run.empty()) return run;
        break;
      }
    }
    break;
  }
  // "In Anchorage, Trump met Putin."
  uint32_t cs = ClauseStart(tm.first);
  if (cs < tm.first && (W(cs) == "in" || W(cs) == "at")) return PlaceRun(cs + 1);
  // "heading to Washington for talks", "arrived in Kyiv for a meeting",
  // "will travel to Beijing to meet Xi".
  if (tm.entry->noun || (tm.first > cs && W(tm.first - 1) == "to")) {
    for (uint32_t k = cs; k + 1 < tm.first; ++k) {
      if (!Cue(k, end_, CueClass::kMotion)) continue;
      Word p = W(k + 1);
      if (p == "to" || p == "in" || p == "into") {
        std::string run = PlaceRun(k + 2);
        if (!run.empty()) return run;
      }
    }
  }
  return "";
}

// The first token of the trigger's clause, walking left past an embedded
// relative clause between commas.
uint32_t Extractor::ClauseStart(uint32_t first, bool speech) const {
  if (prepared_ && first >= begin_ && first <= end_) {
    uint32_t& memo = clause_start_[2 * size_t(first - begin_) + (speech ? 1 : 0)];
    if (memo == kUnknown) memo = ClauseStartScan(first, speech);
    return memo;
  }
  return ClauseStartScan(first, speech);
}

// The scan walks back from `first` over positions p; only its first step
// (p == first) asks about `first` itself. From any p < first on, the answer
// is that of the walk from p alone: in a prepared sentence it is kept per
// (p, speech) in clause_tail_, for every position a walk passed, so that the
// walks of later questions (every trigger, many rules) stop where an earlier
// one went.
uint32_t Extractor::ClauseStartScan(uint32_t first, bool speech) const {
  uint32_t p = first;
  const bool memo = prepared_ && first >= begin_ && first <= end_;
  std::vector<uint32_t>& path = scratch_.clause_path;
  path.clear();
  uint32_t result = begin_;
  while (p > begin_) {
    if (memo && p < first) {
      const uint32_t known = clause_tail_[2 * size_t(p - begin_) + (speech ? 1 : 0)];
      if (known != kUnknown) {
        result = known;
        break;
      }
      path.push_back(p);
    }
    uint32_t k = p - 1;
    Word w = W(k);
    if (HardAt(k)) {
      const uint32_t open = ScareQuoteOpen(k);
      if (open != kNoScareQuote) {
        p = open;
        continue;
      }
      // The trigger opens a short quote: "X and Y "spoke at length" ...".
      if (k + 1 == first && k > begin_ && MentionEndsAt(k - 1) && ScareQuoteClose(k) != kNoScareQuote) {
        p = k;
        continue;
      }
      result = p;
      break;
    }
    if (IsBoundary(k) && (speech || !SpeechAt(k))) {
      // "that meeting": a determiner, not a clause opener.
      if (w == "that" && k + 1 == first) {
        p = k;
        continue;
      }
      result = k;  // the opener belongs to the clause (its "if" counts)
      break;
    }
    if (w == ",") {
      // ", who ... ," before the trigger: skip the embedded clause.
      uint32_t j = k;
      bool rel = false;
      while (j > begin_) {
        --j;
        Word x = W(j);
        if (x == "," || HardAt(j)) break;
        if ((x == "who" || x == "which" || x == "whose") && j > begin_ && W(j - 1) == ",") {
          rel = true;
          j -= 1;
          break;
        }
      }
      if (rel) {
        p = j;
        continue;
      }
    }
    p = k;
  }
  for (const uint32_t q : path) clause_tail_[2 * size_t(q - begin_) + (speech ? 1 : 0)] = result;
  return result;
}

// For a noun trigger: a preposition between `from` and the noun that is not
// the end of a cue phrase ("take part in", "open to") puts the noun inside a
// phrase of another verb.
bool Extractor::PrepositionBetween(uint32_t from, const TriggerMatch& tm) const {
  if (!tm.entry->noun) return false;
  for (uint32_t j = from; j < tm.first; ++j)
    if (PrepAt(j) && !CueEndingAt(j) && MentionAt(j) == kNone) return true;
  return false;
}

// "X and Y have not met for a bilateral meeting in years": the noun after
// "for" is what the interaction verb before it was for, one act with it;
// a negation of the verb (at `from`) denies the noun too, where before any
// other preposition ("did not comment on the meeting") it would not.
bool Extractor::PurposeOfInteractionVerb(uint32_t from, const TriggerMatch& tm) const {
  if (!tm.entry->noun) return false;
  bool verb = false;
  for (uint32_t j = from; j < tm.first; ++j) {
    if (Punct(j) || MentionAt(j) != kNone) return false;
    // "met face to face for talks", "one on one": no preposition.
    if (PrepAt(j) && j > from && j + 1 < tm.first && W(j - 1) == W(j + 1)) continue;
    if (PrepAt(j) && !CueEndingAt(j)) {
      if (!verb || W(j) != "for") return false;
      for (uint32_t q = j + 1; q < tm.first; ++q)
        if (PrepAt(q) || Punct(q) || MentionAt(q) != kNone) return false;
      return true;
    }
    // (The sentence's triggers, found once: no second lexicon probe.)
    for (const TriggerMatch& o : trigs_)
      verb = verb || (o.first == j && !o.entry->noun && o.entry->interaction);
  }
  return false;
}

EventStatus Extractor::StatusOf(const Candidate& c) const {
  const TriggerMatch& tm = c.trig;
  bool neg = false, hyp = false, prop = false, plan = c.future_pp;
  uint32_t cs = ClauseStart(tm.first);
  uint32_t limit = tm.entry->noun ? tm.first : tm.end;
  if (tm.entry->noun) {
    // "during / after / at their meeting" presupposes the meeting: only the
    // phrase itself ("during their planned meeting") frames it.
    // "It followed a phone call", "the decision to cancel came after a call"
    // likewise. A compound counts as one word: "a two-and-a-half-hour call".
    for (uint32_t k = tm.first, words = 0; k > cs && words < 6;) {
      --k;
      if (W(k) == "-" ? GluedHyphen(k) : (k > begin_ && W(k - 1) == "-" && GluedHyphen(k - 1)))
        continue;
      ++words;
      Word w = W(k);
      if (w == "during" || w == "after" || w == "following" || w == "since" || w == "at" ||
          w == "amid" || w == "followed" || w == "preceded") {
        cs = k;
        break;
      }
      if (Punct(k) || IsBoundary(k)) break;
    }
  }
  // "nothing will move until he meets Putin", "once they meet", "after
  // she speaks to Y on Friday": a verb in the present inside a clause of
  // time tells what is to come.
  if (!tm.entry->noun && PresentInTimeClause(cs, tm)) plan = true;
  {
    // "Before flying to Moscow, X met Y": a fronted clause of time says
    // nothing about the status of the main clause's event; nor does one of
    // cause or concession ("Because the summit was cancelled, X called Y").
    auto fronted = [](Word w) {
      return w == "before" || w == "after" || w == "while" || w == "since" ||
             w == "following" || w == "once" || w == "because" || w == "although" ||
             w == "though" || w == "when";
    };
    if (cs < limit && fronted(W(cs)))
      for (uint32_t k = cs + 1; k < limit && k < cs + 12; ++k)
        if (W(k) == ",") {
          cs = k + 1;
          break;
        }
    // "(Hours) after a speech in which he said the UN had potential but
    // offered only letters, X sat down with Y": the opener found is that of
    // a clause inside the fronted phrase (a relative clause, what it
    // reports); the phrase's first comma still closes it.
    if (cs < limit && cs > begin_) {
      uint32_t f = begin_;
      while (f < cs && Punct(f)) ++f;
      if (f < cs && (ClassesAt(f) & words::kMeasureNoun) && !DetAt(f)) ++f;
      if (f < cs && fronted(W(f)))
        for (uint32_t k = f + 1; k < limit && k < f + 40; ++k)
          if (W(k) == ",") {
            if (k >= cs) cs = k + 1;
            break;
          }
    }
  }
  // "toured the region seeking support, meeting Y": a participle after a
  // comma opens its own clause; a wish or a denial before the comma is not
  // about it (a plan or a condition is: "will travel on, meeting Y").
  // So is an occasion ", in a meeting" at the clause's tail (OccasionPpComma).
  // There the predicate's own complement ("agreed to set up") plans
  // nothing: only its auxiliary or a word of schedule after a copula ("is
  // expected to sign ..., in a ceremony") does.
  uint32_t participle = ParticipleComma(tm);
  const uint32_t occasion = participle == kNoParticiple ? OccasionPpComma(tm) : kNoParticiple;
  if (occasion != kNoParticiple) participle = occasion;
  for (uint32_t k = cs; k < limit; ++k) {
    if (participle != kNoParticiple && k < participle) {
      if (Cue(k, end_, CueClass::kHypothetical)) hyp = true;
      if (occasion != kNoParticiple
              ? (W(k) == "will" || W(k) == "shall" ||
                 (k > begin_ && (ClassesAt(k) & words::kScheduleWord) &&
                  (ClassesAt(k - 1) & words::kBe)))
              : (Cue(k, end_, CueClass::kPlanned) || W(k) == "will"))
        plan = true;
      continue;
    }
    if (W(k) == "," && k + 1 < limit &&
        (W(k + 1) == "who" || W(k + 1) == "which" || W(k + 1) == "whose")) {
      // An embedded relative clause says nothing about this event.
      uint32_t j = k + 1;
      while (j < limit && W(j) != ",") ++j;
      if (j < limit) {
        k = j;
        continue;
      }
    }
    if (MentionAt(k) != kNone || timex_at_[k] != kNone) continue;
    if (Cap(k) && !OpensSentence(k)) continue;  // "May", "Will"
    // A word inside a trigger of several words is the trigger's, no cue:
    // "stood next to Y" is not "next" week.
    if (k > tm.first) break;
    // "invited Y by phone": the verb of a call done on the line is what
    // happened, not the invitation it carries (a proposed cue elsewhere).
    if (k == tm.first && (tm.entry->frame & kFrameByPhone)) break;
    // "a long-planned meeting", "his long-expected call": the word after a
    // glued hyphen heads a compound adjective, no cue of status.
    if (k > begin_ + 1 && W(k - 1) == "-" && GluedHyphen(k - 1)) continue;
    if (CircumstanceOf(k)) continue;  // "at the invitation of X"
    Word w = W(k);
    // A negation before a preposition governs another verb: "did not comment
    // on the meeting" says nothing about the meeting.
    if (words::IsNegatedContraction(w) &&
        (!PrepositionBetween(k + 1, tm) || PurposeOfInteractionVerb(k + 1, tm)))
      neg = true;
    if (w.size() > 3 && (w.EndsWith("'ll") ||
                         (w.size() > 5 && w.EndsWith("\xE2\x80\x99ll"))))
      plan = true;
    if (uint32_t n = Cue(k, end_, CueClass::kNegated)) {
      if (!PrepositionBetween(k + n, tm) || PurposeOfInteractionVerb(k + n, tm)) neg = true;
      // "no date has been set for the summit", "without a date for talks":
      // what is denied is the date; the event is only under discussion.
      // One word may stand between: "no fixed date", "without a firm date".
      if ((w == "no" || w == "without") && tm.entry->noun) {
        const uint32_t d = k + n + (k + n < limit && DetAt(k + n) ? 1 : 0);
        for (uint32_t j = d; j < limit && j < d + 2; ++j)
          if (ClassesAt(j) & words::kDateNoun) prop = true;
      }
    }
    // "said he would like to meet X", "he'd love to host Y": a wish, not
    // a future in the past ("he'd" is one token; "he'd met" is "had").
    if (Cue(k, end_, CueClass::kProposed) ||
        (k + 1 < limit && w.size() > 2 && (w.EndsWith("'d") || w.EndsWith("\xE2\x80\x99" "d")) &&
         (W(k + 1) == "like" || W(k + 1) == "love" || W(k + 1) == "prefer" ||
          W(k + 1) == "welcome"))) {
      prop = true;
      continue;
    }
    // "X, who had pushed both sides to hold talks": what X urges is proposed.
    if (UrgedTo(k, limit)) {
      prop = true;
      continue;
    }
    if (w == "would" && FutureInThePast(k, tm)) {
      plan = true;
      continue;
    }
    if (Cue(k, end_, CueClass::kHypothetical)) hyp = true;
    if (Cue(k, end_, CueClass::kProposed)) prop = true;
    if (Cue(k, end_, CueClass::kPlanned)) plan = true;
  }
  if (tm.entry->noun) {
    // "the meeting was cancelled", "talks will take place", "a summit could happen":
    // from the first auxiliary after the noun and its complements.
    uint32_t k = tm.end;
    while (k < end_ && k < tm.end + 10 && !AuxAt(k) && !IsBoundary(k)) {
      Word w = W(k);
      // "between the two diplomats": a number and a group noun too.
      bool complement = MentionAt(k) != kNone || timex_at_[k] != kNone || Cap(k) ||
                        w == "with" || w == "between" || w == "of" || w == "in" ||
                        w == "at" || w == "on" || w == "among" || w == "and" ||
                        DetAt(k) || w == "two" || w == "both" || GroupHeadAt(k);
      // "between the two heads of state / of government": the noun after
      // a group's "of" is part of it.
      if (!complement && k >= tm.end + 2 && W(k - 1) == "of" && GroupHeadAt(k - 2) &&
          !Punct(k))
        complement = true;
      // "between the Kinshasa government and the rebels", "with the Afghan
      // authorities": a party's noun after its name or adjective of place.
      if (!complement && k > tm.end && (Cap(k - 1) || MentionAt(k - 1) != kNone) &&
          (ClassesAt(k) & words::kOfParty))
        complement = true;
      if (!complement) break;
      ++k;
    }
    k = RelativeClauseAfter(k);
    for (int s = 0; s < 5 && k < end_; ++s, ++k) {
      Word w = W(k);
      if (MentionAt(k) != kNone) break;
      // was "not on the agenda": a quote mark opens what follows.
      if (QuoteCharAt(t_, k) != QuoteChar::kNone) {
        --s;
        continue;
      }
      // "a meeting has not been scheduled / is not planned": no plan, no event.
      bool place_verb = false, schedule = false;
      for (uint32_t j = k + 1; j < end_ && j < k + 4; ++j) {
        // ("was not called off": "off" ends a negated cue, not a verb of occurring.)
        place_verb = place_verb || ((ClassesAt(j) & words::kOccurVerb) &&
                                    !(j > k + 1 && Cue(j - 1, end_, CueClass::kNegated) == 2));
        schedule = schedule || (ClassesAt(j) & words::kScheduleWord);
      }
      if ((w == "not" || words::IsNegatedContraction(w)) && schedule) {
        neg = true;
        break;
      }
      if (w == "not" || w == "never" || words::IsNegatedContraction(w)) {
        if (place_verb) neg = true;
        break;
      }
      uint32_t n = Cue(k, end_, CueClass::kNegated);
      if (n && w != "no" && w != "without" && w != "nor") {
        neg = true;
        break;
      }
      if (w == "could" || w == "would" || w == "might" || w == "may") {
        if (place_verb || ModalArrangement(k)) hyp = true;
        break;
      }
      if (w == "will" || (ClassesAt(k) & words::kScheduleWord)) {
        plan = true;
        break;
      }
      // "a meeting is possible", "talks are on the table"; not "a call
      // at the request of X".
      if (Cue(k, end_, CueClass::kProposed) && !CircumstanceOf(k)) {
        prop = true;
        break;
      }
      if (Cue(k, end_, CueClass::kHypothetical)) {
        hyp = true;
        break;
      }
      if (!AuxAt(k) && !SkipAdverbAt(k)) break;
    }
  }
  // "X pressed Y to meet Z": the infinitive opens the trigger's clause, the
  // verb of urging and its object stand just before it.
  if (!prop && W(cs) == "to")
    for (uint32_t k = cs; k > begin_ && k + 7 > cs;) {
      --k;
      if (Punct(k) || HardAt(k)) break;
      if (UrgedTo(k, limit)) {
        prop = true;
        break;
      }
    }
  // "a framework for the leaders to discuss on Thursday", "a chance for Y
  // to meet Z": an infinitive with its own subject after "for" is not
  // asserted ("the first time for Y to visit Z" is, in some wire English).
  if (!prop && !neg && !tm.entry->noun && tm.first > begin_ + 3 && W(tm.first - 1) == "to")
    for (uint32_t k = tm.first - 2; k > begin_ && k + 7 > tm.first; --k) {
      Word w = W(k);
      if (Punct(k) || HardAt(k) || w == "to") break;
      if (w != "for") continue;
      if (k + 2 < tm.first && W(k - 1) != "time" && W(k - 1) != "times") prop = true;
      break;
    }
  // "thanked Turkiye for its support for peace talks between Russia and
  // Ukraine": backing for an occasion is backing for one not held.
  if (!neg && !prop && tm.entry->noun && BackingBefore(tm)) prop = true;
  if (!neg && !prop && InYesNoQuestion(tm)) hyp = true;
  if (!neg && DeniedClause(ClauseStart(tm.first))) neg = true;
  if (!neg && tm.entry->noun && DeniedReportOf(tm)) neg = true;
  if (!neg && !hyp && ProposedClause(ClauseStart(tm.first), tm)) prop = true;
  if (neg)
    for (uint32_t k = tm.end; k + 1 < end_ && k < tm.end + 10; ++k) {
      if (W(k) == "," || W(k) == ";" || HardAt(k)) break;
      if (NotUntil(k)) {
        neg = false;
        break;
      }
    }
  if (neg) return EventStatus::kNegated;
  if (prop) return EventStatus::kProposed;
  if (hyp) return EventStatus::kHypothetical;
  if (plan) return EventStatus::kPlanned;
  return EventStatus::kOccurred;
}

bool Extractor::BackingBefore(const TriggerMatch& tm) const {
  for (uint32_t j = tm.first; j > begin_ && j + 6 > tm.first;) {
    --j;
    const uint32_t n = Cue(j, end_, CueClass::kBacking);
    if (!n || j + n > tm.first) continue;
    bool modifiers = true;
    for (uint32_t k = j + n; k < tm.first && modifiers; ++k)
      modifiers = !Punct(k) && !HardAt(k) && !AuxAt(k) && timex_at_[k] == kNone;
    return modifiers;
  }
  return false;
}

// "X pushed both sides to hold direct talks", "Y pressed Z to meet W",
// "encouraged the two leaders to sit down": a verb of urging, its object
// (one to five words, no punctuation or clause opener) and "to" before a
// verb. A particle after the verb ("pushed back to Monday", "pressed
// ahead") or a name after "to" (a place) is something else.
bool Extractor::UrgedTo(uint32_t k, uint32_t limit) const {
  const uint32_t n = Cue(k, end_, CueClass::kUrging);
  if (!n) return false;
  const uint32_t o = k + n;
  if (o >= limit) return false;
  Word p = W(o);
  if (p == "back" || p == "ahead" || p == "forward" || p == "on" || p == "through" ||
      p == "for" || p == "to")
    return false;
  for (uint32_t j = o + 1; j + 1 < limit && j < o + 6; ++j) {
    if (Punct(j) || HardAt(j) || (IsBoundary(j) && W(j) != "to")) return false;
    if (W(j) != "to") continue;
    const uint32_t v = j + 1;
    return MentionAt(v) == kNone && timex_at_[v] == kNone && !Cap(v) && !DetAt(v);
  }
  return false;
}

// "X denied (a report in the Post) that Y had met Z": a "that" clause
// completing a verb of denial, directly or through the noun it denies,
// reports what is denied. The noun phrase between may hold names and a
// preposition, not another clause (a comma, a clause opener, a hard stop);
// the word just before "that" may open clauses itself ("claims that").
bool Extractor::DeniedClause(uint32_t clause_start) const {
  return ThatClauseOfCue(clause_start, CueClass::kDenial);
}

// "dismissing reports (on social media) of a call between X and Y",
// "denied rumours of a meeting": the noun trigger completes the "of" of a
// report noun right after a verb of denial; what the report tells is denied.
bool Extractor::DeniedReportOf(const TriggerMatch& tm) const {
  uint32_t k = tm.first;
  // Back over the noun's determiner and modifiers to "of" / "about".
  for (int n = 0; k > begin_ && n < 4; ++n) {
    const Word w = W(k - 1);
    if (w == "of" || w == "about") break;
    if (Punct(k - 1) || MentionAt(k - 1) != kNone || IsBoundary(k - 1)) return false;
    --k;
  }
  if (k <= begin_ || !(W(k - 1) == "of" || W(k - 1) == "about")) return false;
  // The report noun, a short phrase before the "of" ("reports on social media").
  for (uint32_t j = k - 1, n = 0; j > begin_ && n < 5; ++n) {
    --j;
    if (HardAt(j) || W(j) == "," || MentionAt(j) != kNone) return false;
    const uint32_t len = Cue(j, k - 1, CueClass::kReportNoun);
    if (!len) continue;
    // The verb of denial right before it, past a determiner ("denied the reports").
    uint32_t v = j;
    if (v > begin_ && DetAt(v - 1)) --v;
    for (uint32_t len2 = 1; len2 <= 2 && v >= begin_ + len2; ++len2)
      if (Cue(v - len2, v, CueClass::kDenial) == len2) return true;
    return false;
  }
  return false;
}

bool Extractor::ThatClauseOfCue(uint32_t clause_start, CueClass cls) const {
  if (clause_start <= begin_ || W(clause_start) != "that") return false;
  for (uint32_t k = clause_start; k > begin_ && k + 10 > clause_start;) {
    --k;
    if (Cue(k, end_, cls)) return true;
    if (HardAt(k) || W(k) == "," || W(k) == ";" || W(k) == ":") return false;
    if (IsBoundary(k) && k + 1 < clause_start) return false;
  }
  return false;
}

// "Will Ruiz meet Okafor?", "Is it possible that talks are under way?":
// a yes/no question asks whether the event happens, it does not say so.
// The question runs from the sentence start, a colon or an opening quote
// to a "?" with no "." or "!" before it; a wh-question ("Why did Ruiz
// meet Okafor?") presupposes its event and is left alone.
bool Extractor::InYesNoQuestion(const TriggerMatch& tm) const {
  // (The full stop of a short abbreviation, "Mr." or "Gen.", ends nothing.)
  const auto abbreviation = [&](uint32_t j) {
    return j > begin_ && t_.tokens[j].Has(kGlued) && Cap(j - 1) &&
           t_.tokens[j - 1].end - t_.tokens[j - 1].start <= 4;
  };
  bool question = false;
  for (uint32_t k = tm.end; k < end_; ++k) {
    if (!Punct(k)) continue;
    const char c = t_.text[t_.tokens[k].start];
    if (c == '.' && abbreviation(k)) continue;
    if (c == '.' || c == '!') return false;
    if (c == '?') {
      question = true;
      break;
    }
  }
  if (!question) return false;
  uint32_t q = begin_;
  for (uint32_t k = tm.first; k > begin_; --k) {
    const uint32_t j = k - 1;
    if (!Punct(j)) continue;
    const char c = t_.text[t_.tokens[j].start];
    if (c == '.' && abbreviation(j)) continue;
    if (c == '.' || c == '!' || c == '?') return false;
    const QuoteChar qc = QuoteCharAt(t_, j);
    if (c == ':' || qc == QuoteChar::kOpenDouble || qc == QuoteChar::kOpenSingle ||
        (qc == QuoteChar::kDouble && (j == begin_ || !t_.tokens[j].Has(kGlued)))) {
      q = k;
      break;
    }
  }
  while (q < tm.first && QuoteCharAt(t_, q) != QuoteChar::kNone) ++q;
  // "Q: And Vice President X is meeting Y?": a reporter's question in a
  // transcript asks, in the word order of a statement too; only a
  // wh-question takes its event for granted.
  if (q >= begin_ + 2 && q < tm.first && W(q - 1) == ":" && W(q - 2) == "q") {
    uint32_t k = q;
    while (k < tm.first && (W(k) == "and" || W(k) == "but" || W(k) == "so")) ++k;
    const Word h = W(k);
    return !(h == "why" || h == "when" || h == "where" || h == "what" || h == "how" ||
             h == "who" || h == "which");
  }
  if (q >= tm.first || MentionAt(q) != kNone) return false;  // "Will Smith met ...?"
  Word w = W(q);
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "will" || w == "would" ||
         w == "could" || w == "can" || w == "do" || w == "does" || w == "did" || w == "has" ||
         w == "have" || w == "had" || w == "should" || w == "shall" || w == "might" ||
         w == "isn't" || w == "aren't" || w == "won't" || w == "didn't" || w == "doesn't";
}

// Another interaction word between tokens a and b ("talking about the
// visit in September": September dates the visit), except a purpose
// ("met ... for talks").
bool Extractor::InteractionBetween(uint32_t a, uint32_t b, bool time_first) const {
  for (size_t i = 0; i < trigs_.size(); ++i) {
    const auto& o = trigs_[i];
    // Only an event with someone in it ("the visit of Boric"), not a bare
    // setting ("on the sidelines of the summit on Sunday").
    if (o.entry->interaction && o.first >= a && o.end <= b &&
        (trig_np_[i] & ~kNamedNoInteraction) > 0 &&
        !(o.first > begin_ && W(o.first - 1) == "for")) {
      // A noun that named no interaction ("on a visit to Egypt", no "with")
      // keeps only a time after it ("a visit to Egypt on Tuesday"); a time
      // before it, fronted ("On Tuesday, X, on a visit to Egypt, met Y"),
      // dates the clause's event.
      if (time_first && (trig_np_[i] & kNamedNoInteraction)) continue;
      if (time_first && FrontedPossessiveOccasion(o, a, b)) continue;
      if (time_first && SetOffPhraseAround(o, a, b)) continue;
      if (time_first && LeftFrom(o, a)) continue;
      if (!time_first && HostingOccasion(o, a)) continue;
      return true;
    }
  }
  return false;
}

// "X met Y on the sidelines of the NATO meeting in Antalya on Thursday",
// "during the ASEAN summit on Friday": the occasion noun o, named by its
// host body, holds the event told before it (from a on); a time after
// the occasion dates both. Only "at", "during", "over" a meal and "on the
// sidelines (or margins) of" hold it: "ahead of the NATO meeting on
// Thursday" does not.
bool Extractor::HostingOccasion(const TriggerMatch& o, uint32_t a) const {
  uint32_t k = o.first;
  for (int n = 0; k > a && n < 6; ++n) {
    --k;
    const Word w = W(k);
    if (HardAt(k) || w == "," || IsBoundary(k)) return false;
    if (!PrepAt(k)) continue;
    if (w == "at" || w == "during") return true;
    // "briefed X in a call on Monday": the call is the form of the event
    // told before it, and its time that event's.
    if (w == "in") return o.entry->type == "call" && k + 1 < o.first && DetAt(k + 1);
    // "held further talks over breakfast the next morning": a meal.
    if (w == "over") {
      const Word m = W(o.first);
      return m == "breakfast" || m == "lunch" || m == "dinner" || m == "working";
    }
    if (w != "of" || k == 0) return false;
    const Word h = W(k - 1);
    return h == "sidelines" || h == "sideline" || h == "margins" || h == "margin";
  }
  return false;
}

// "since the meeting of 17 August, and since the meeting of X with Y in
// Washington on 18 August", "Since the talks on Monday, X met Y": a time
// right after another trigger and "of", "on" or "in", before the
// trigger of tm, is that trigger's own (even a bare "the meeting" without
// parties keeps it). Not a purpose ("for talks on Friday").
bool Extractor::TimeOfEarlierTrigger(size_t x, const TriggerMatch& tm) const {
  const uint32_t f = tx_[x].first_token;
  if (f >= tm.first || f < begin_ + 2) return false;
  const Word p = W(f - 1);
  if (!(p == "of" || p == "on" || p == "in")) return false;
  // ("since the summit in August, where X and Y met": the occasion's time
  // dates what the relative clause of place tells.)
  if (SceneRelativeOpener(tx_[x].end_token, tm.first)) return false;
  for (const auto& o : trigs_) {
    if (!o.entry->interaction || o.end + 1 != f || o.first == tm.first) continue;
    uint32_t k = o.first;
    while (k > begin_ && (DetAt(k - 1) || Possessive(k - 1))) --k;
    if (!(k > begin_ && W(k - 1) == "for")) return true;
  }
  return false;
}

// "On Friday X was in Tirana for a summit, where he met Y", "late last month
// he visited Istanbul, where he met Z", "a trilateral meeting, at which A
// met B", "a video call, in which ...": a relative clause of place or
// occasion tells what happened there, on the day of what it hangs on. The
// first token of its opener ("where", "at/in/during which") between tokens
// a and b, with no hard punctuation before it from a, or 0.
uint32_t Extractor::SceneRelativeOpener(uint32_t a, uint32_t b) const {
  for (uint32_t k = a; k < b; ++k) {
    if (HardAt(k)) return 0;
    if (W(k) != "," || k + 1 >= b) continue;
    const Word r = W(k + 1);
    if (r == "where") return k + 1;
    if ((r == "at" || r == "in" || r == "during") && k + 2 < b && W(k + 2) == "which") return k + 1;
  }
  return 0;
}

// "On Wednesday in Gyeongju, the city hosting the APEC summit, Lee met
// Trump", "In 2019, a year after the Helsinki summit, X met Y": an
// interaction word inside a phrase set off by commas between a fronted
// time (ending before a) and the clause's event (from b) is an aside: an
// appositive or a prepositional phrase (it opens with a determiner or a
// preposition, not with a name: "On Monday, X held talks with Y, and ..."
// is a clause of its own).
// "In September 2023, Biden flew to Hanoi straight from the G20 summit in
// New Delhi and held talks with Trong": an occasion noun o a traveller
// comes from (the noun phrase opened by "from" after a on) was over before
// the clause's event; the time before it is that event's.
bool Extractor::LeftFrom(const TriggerMatch& o, uint32_t a) const {
  for (uint32_t k = o.first, n = 0; k > a && n < 5; ++n) {
    --k;
    const Word w = W(k);
    if (w == "from") return true;
    if (HardAt(k) || w == "," || IsBoundary(k) || PrepAt(k)) return false;
  }
  return false;
}

bool Extractor::SetOffPhraseAround(const TriggerMatch& o, uint32_t a, uint32_t b) const {
  uint32_t open = o.first;
  while (open > a && !CommaOrHardAt(open - 1)) --open;
  if (open <= a || W(open - 1) != ",") return false;
  uint32_t close = o.end;
  while (close < b && !CommaOrHardAt(close)) ++close;
  if (close >= b || W(close) != ",") return false;
  if (MentionAt(open) != kNone) return false;
  if (!(DetAt(open) || PrepAt(open))) return false;
  // Nothing but the aside between the time and it, and the event's
  // clause after it.
  for (uint32_t k = a; k + 1 < open; ++k)
    if (HardAt(k) || IsBoundary(k)) return false;
  return true;
}

// The event's month or day, named without its year, moved back a year
// when the trigger is a verb in the simple past and that puts it on or
// before the publication date.
bool Extractor::BackAYear(const Candidate& c, std::string* date) {
  if (c.timex == kNone || c.trig.entry->noun || !timex::PastVerbAt(t_, sent_, c.trig.first))
    return false;
  const Timex& t = tx_[c.timex];
  if (t.type != TimexType::kDate) return false;
  bool month = false;
  for (uint32_t k = t.first_token; k < t.end_token; ++k) {
    const Word w = W(k);
    if (w.size() >= 3 && w[0] >= '0' && w[0] <= '9') return false;  // a year
    // The time stage's lexicon knows the month names and abbreviations.
    if (const timex::Lex* lx = timex::LookupTimeWord(w)) month = month || (lx->cls & timex::kMonthWord);
  }
  if (!month) return false;  // "tomorrow", "next week": counted from the day of writing
  const std::string& v = *date;
  if (v.size() < 7 || v[4] != '-') return false;
  // (Within two months ahead the time stage's tense band placed it there on
  // purpose: only a month far ahead is the nearest-year guess.)
  long b0, b1, dd;
  if (!DateInterval(v, &b0, &b1) || !DctLastDay(&dd) || b0 <= dd + 61) return false;
  const int y = std::atoi(v.c_str()) - 1;
  std::string back = std::to_string(y) + v.substr(4);
  long a0, a1, d1;
  if (!DateInterval(back, &a0, &a1) || !DctLastDay(&d1) || a0 > d1) return false;
  *date = back;
  return true;
}

// The two objects of "X met A and B" are named right after the verb, as a
// list of their own: not members of a group ("European leaders, including
// A and B"), and no word makes the three one session ("together with",
// "jointly", "a trilateral", "joint").
bool Extractor::ObjectsListedApart(const TriggerMatch& tm, const Candidate& c) const {
  uint32_t first_object = end_;
  for (uint32_t k = tm.end; k < end_; ++k) {
    const int32_t m = MentionAt(k);
    if (m != kNone && (EntityOf(m) == c.participants[1] || EntityOf(m) == c.participants[2])) {
      first_object = k;
      break;
    }
    // ("both foreign ministers, A and B": the pair named after the group.)
    if ((GroupHeadAt(k) && !(k > tm.end && (W(k - 1) == "both" || (k > tm.end + 1 &&
                                                                    W(k - 2) == "both")))) ||
        W(k) == "including" || IsBoundary(k))
      return false;
  }
  if (first_object == end_) return false;
  for (uint32_t k = ClauseStart(tm.first); k < end_; ++k) {
    if (k > first_object && IsBoundary(k)) break;
    Word w = W(k);
    if (w == "together" || w == "jointly" || w == "trilateral" || w == "joint" ||
        w == "three-way" || (w == "three" && k + 2 < end_ && W(k + 2) == "way"))
      return false;
  }
  return true;
}

// "separately" in the trigger's clause, before it or just after it. With
// `manner_only`, not the discourse adverb set off by a comma ("Separately,
// X met Y and Z" tells of another matter, not of two meetings).
bool Extractor::Separately(const TriggerMatch& tm, bool manner_only, bool after_trigger) const {
  for (uint32_t k = after_trigger ? tm.first + 1 : ClauseStart(tm.first); k < end_ && k < tm.end + 4;
       ++k) {
    if (k >= tm.end && IsBoundary(k)) break;
    if (W(k) == "separately" && !(manner_only && k + 1 < end_ && W(k + 1) == ",")) return true;
  }
  // "received A and, separately, B", "met A, and separately B": in the
  // object list, right after its "and", the adverb sets the items apart.
  if (after_trigger)
    for (uint32_t k = tm.end + 1; k < end_ && k < tm.end + 40 && !HardAt(k); ++k)
      if (W(k) == "separately" &&
          (W(k - 1) == "and" || (W(k - 1) == "," && k >= tm.end + 2 && W(k - 2) == "and")))
        return true;
  return false;
}

// "The company is negotiating with the Soviets", "Both sides are in talks",
// "they are holding talks": the present progressive of an interaction (or
// "in talks" after a present "be") says it goes on as the story is written;
// so does an "as" clause hanging on a main clause in that tense.
bool Extractor::OngoingNow(const Candidate& c) const {
  uint32_t k = c.trig.first;
  auto present_be = [&](uint32_t b) {
    Word w = W(b);
    return w == "is" || w == "are" || w == "am" || w == "'re" || w == "\xE2\x80\x99re";
  };
  auto skip_adverbs = [&](uint32_t b) {  // "is still negotiating"
    while (b > begin_ && SkipAdverbAt(b)) --b;
    return b;
  };
  if (k <= begin_ + 1) return false;
  // "The US is bolstering its forces in the gulf, as Clinton discussed the
  // crisis with Blair": an "as" clause after a main clause in the present
  // progressive happens while it goes on, whatever its own tense.
  uint32_t cs = k;  // the "as" after a comma, with no comma between it and the trigger
  while (cs > begin_ + 3 && !(W(cs) == "as" && W(cs - 1) == ",") && !CommaOrHardAt(cs))
    --cs;
  if (cs > begin_ + 3 && W(cs) == "as" && W(cs - 1) == ",") {
    for (uint32_t b = begin_; b + 1 < cs - 1; ++b) {
      if (!present_be(b)) continue;
      const uint32_t v = b + 1;
      if (!(W(v).size() > 4 && W(v).EndsWith("ing"))) continue;
      bool main_clause = true;  // no clause opener between "is" and the comma
      for (uint32_t q = begin_; q < cs - 1 && main_clause; ++q) main_clause = !IsBoundary(q);
      if (main_clause) return true;
    }
  }
  Word first = W(k);
  if (!c.trig.entry->noun) {
    if (!(first.size() > 4 && first.EndsWith("ing"))) return false;
    return present_be(skip_adverbs(k - 1));
  }
  uint32_t b = k - 1;
  while (b > begin_ && DetAt(b)) --b;  // "holding the talks"
  Word w = W(b);
  if (w == "in" || (w.size() > 4 && w.EndsWith("ing") && Cue(b, end_, CueClass::kSupport)))
    return b > begin_ && present_be(skip_adverbs(b - 1));
  return false;
}

// The trigger is a verb in the simple present ("meet", "meets"; no past or
// perfect auxiliary, no modal before it in its clause) and the candidate's
// time is a bare weekday ("Monday").
bool Extractor::BareWeekday(int32_t t) const {
  if (t == kNone) return false;
  const Timex& x = tx_[t];
  if (x.end_token != x.first_token + 1) return false;
  // The time stage's lexicon knows the weekday names; abbreviations ("Fri")
  // and plurals ("Mondays", a set) are not a bare weekday here.
  const timex::Lex* d = timex::LookupTimeWord(W(x.first_token));
  return d && (d->cls & timex::kWeekdayWord) && !d->plural && !d->abbrev;
}

bool Extractor::PresentInTimeClause(uint32_t cs, const TriggerMatch& tm) const {
  const Word o = W(cs);
  if (cs + 1 >= tm.first || !(o == "until" || o == "till" || o == "before" || o == "after" ||
                              o == "once" || o == "when" || o == "whenever"))
    return false;
  const Word v = W(tm.first);
  if (v.EndsWith("ed") || v.EndsWith("ing") || timex::PastVerbAt(t_, sent_, tm.first))
    return false;
  // Only the subject between: "until he meets", "once Trump and Putin meet"
  // (not "after having met", "when he had spoken").
  for (uint32_t k = cs + 1; k < tm.first; ++k)
    if (!(MentionAt(k) != kNone || SingularPronounAt(k) || W(k) == "they" || W(k) == "we" ||
          W(k) == "and" || DetAt(k) || GroupHeadAt(k) || W(k) == "two" || W(k) == "finally" ||
          W(k) == "eventually"))
      return false;
  return true;
}

bool Extractor::PresentBeforeWeekday(const Candidate& c) const {
  if (c.trig.entry->noun || !BareWeekday(c.timex)) return false;
  Word v = W(c.trig.first);
  if (v.EndsWith("ed") || v.EndsWith("ing") || timex::PastVerbAt(t_, sent_, c.trig.first))
    return false;
  uint32_t cs = ClauseStart(c.trig.first);
  // "X did, however, speak with Y on Tuesday": the aside (its adverb may
  // open the clause found) is inside the clause whose auxiliary tells the
  // tense.
  for (uint32_t k = cs > begin_ ? cs - 1 : cs; k <= cs + 1; ++k)
    if (k >= begin_ + 3 && ConjunctiveAsideEndsAt(k)) {
      cs = ClauseStart(k - 3);
      break;
    }
  for (uint32_t k = cs; k < c.trig.first; ++k) {
    Word w = W(k);
    // ("Having spoken with Y on Tuesday, X said": a perfect participle.)
    if (w == "was" || w == "were" || w == "had" || w == "has" || w == "have" || w == "did" ||
        w == "having" ||
        w == "would" || w == "could" || w == "should" || w == "might" || w == "to" ||
        timex::PastVerbAt(t_, sent_, k))
      return false;
  }
  // "X speaks with Y regularly, most recently on Tuesday": a habit in the
  // present, whose latest instance (a `latest` cue: "recently", "lately")
  // puts in the past.
  const uint32_t tf = tx_[c.timex].first_token;
  for (uint32_t k = c.trig.end; k < tf && k < end_; ++k)
    if (Cue(k, tf, CueClass::kLatest)) return false;
  return true;
}

// The noun is inside "after / following / since ... the meeting".
bool Extractor::IsTemporalPp(const Candidate& c) const {
  return TemporalPpAt(c.trig.first, begin_);
}

// The noun starting at `first` (its sentence starting at `lo`) is the
// complement of a temporal preposition: "three days after Trump's summit".
bool Extractor::TemporalPpAt(uint32_t first, uint32_t lo, bool since_only) const {
  for (uint32_t k = first; k > lo && k + 5 > first;) {
    --k;
    Word w = W(k);
    if (w == "since") return true;
    if (w == "after" || w == "following" || w == "before" || w == "until" || w == "ahead")
      return !since_only;
    if (!DetAt(k) && !Cap(k) && !Possessive(k) && MentionAt(k) == kNone) break;
  }
  return false;
}

// The noun starting at `first` is the complement of "during": "during the
// meeting", "during their talks", "during that White House meeting".
bool Extractor::DuringPpAt(uint32_t first, uint32_t lo) const {
  for (uint32_t k = first; k > lo && k + 5 > first;) {
    --k;
    if (W(k) == "during") return true;
    if (!DetAt(k) && !Cap(k) && !Possessive(k) && MentionAt(k) == kNone) break;
  }
  return false;
}

bool Extractor::ForeignActorInClause(const Candidate& c, const EventMention& ante) const {
  uint32_t from = ClauseStart(c.trig.first);
  for (uint32_t k = from; k < end_; ++k) {
    if (k >= c.trig.end && IsBoundary(k)) break;  // hard punctuation included
    int32_t m = MentionAt(k);
    if (m == kNone) continue;
    uint32_t e = EntityOf(m);
    if (KindOf(e) == ActorKind::kGroup) continue;
    if (std::find(ante.participants.begin(), ante.participants.end(), e) ==
            ante.participants.end() &&
        std::find(c.participants.begin(), c.participants.end(), e) == c.participants.end())
      return true;
  }
  return false;
}

// "Then ...", "Later, ...", "After that": the sentence continues the narrative.
bool Extractor::ContinuesNarrative() const {
  for (uint32_t k = begin_; k < end_ && k < begin_ + 3; ++k) {
    Word w = W(k);
    if (w == "then" || w == "later" || w == "afterwards" || w == "afterward" ||
        w == "subsequently" || w == "thereafter" || w == "next")
      return true;
    if (w == "after" && k + 1 < end_ && W(k + 1) == "that") return true;
    if (w == "same" && k + 1 < end_ && W(k + 1) == "day") return true;
  }
  // "This came after ...", "It followed ...": what was just told, continued.
  if (end_ > begin_ + 2) {
    Word a = W(begin_), b = W(begin_ + 1);
    if ((a == "this" || a == "that" || a == "it") &&
        (((b == "came" || b == "comes") && W(begin_ + 2) == "after") || b == "followed" ||
         b == "follows"))
      return true;
  }
  return false;
}

// An asserted noun event that is its clause's subject: only a few
// determiners or modifiers between the clause start and the noun.
bool Extractor::SubjectEvent(const Candidate& c) const {
  if (!c.trig.entry->noun || c.in_pp || !Asserted(c.status)) return false;
  uint32_t cs = ClauseStart(c.trig.first);
  if (c.trig.first < cs || c.trig.first - cs > 4) return false;
  for (uint32_t k = cs; k < c.trig.first; ++k) {
    Word w = W(k);
    bool verbal = !Cap(k) && w.size() > 4 &&
                  (w.EndsWith("ing") || w.EndsWith("ed"));
    if (MentionAt(k) != kNone || PrepAt(k) || AuxAt(k) ||
        CueEndingAt(k) || verbal)
      return false;
  }
  return true;
}

}  // namespace extract_detail
}  // namespace eg
