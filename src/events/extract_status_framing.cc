// Status framing: where the words around an event noun say it will not,
// or may not, happen.
// Members of the Extractor (events/extractor.h).
#include <algorithm>

#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// "the summit, which was cancelled", "talks, which could take place":
// a relative clause right after an event noun and its complements speaks of
// the event, as its auxiliary would ("the summit was cancelled"). Returns
// the token after "which"/"that" when one opens at `k`, else `k`. Without
// a comma, only a denied one ("a meeting that never happened").
uint32_t Extractor::RelativeClauseAfter(uint32_t k) const {
  if (k + 2 < end_ && W(k) == "," && (W(k + 1) == "which" || W(k + 1) == "that")) return k + 2;
  // "the summit, hosted by Angola, was cancelled", "talks, mediated by
  // Qatar, will resume": a participle phrase set off by commas names the
  // event's host; the auxiliary after it still speaks of the event.
  if (k + 3 < end_ && W(k) == "," &&
      ((ClassesAt(k + 1) & words::kHostVerb) || (W(k + 2) == "by" && W(k + 1).EndsWith("ed")))) {
    for (uint32_t j = k + 2; j < end_ && j < k + 14; ++j) {
      if (W(j) == ",") return j + 1;
      if (HardAt(j) || QuoteCharAt(t_, j) != QuoteChar::kNone) break;
    }
  }
  // Without the comma only a denial: "a meeting that never happened", "talks
  // which did not take place" ("talks that will decide ..." describes them).
  if (k + 2 < end_ && (W(k) == "which" || W(k) == "that")) {
    Word n1 = W(k + 1), n2 = W(k + 2);
    if (n1 == "never" ||
        (AuxAt(k + 1) && (n2 == "not" || n2 == "never" || words::IsNegatedContraction(n1))))
      return k + 1;
  }
  return k;
}

// "X talks to Y when necessary", "X regularly speaks with Y", "the two
// often meet": a habit told in the present (a verb trigger in -s, or one
// right after the habit's adverb) with a `habitual` cue in its clause is no
// interaction that took place; one whose latest instance a `latest` cue
// names ("..., most recently on Tuesday") is.
bool Extractor::HabitualPresent(const TriggerMatch& tm) const {
  // ("X talks to Y": the noun "talks" right after a name, before "to" or
  // "with", is the verb.)
  if (tm.entry->noun &&
      !(tm.first > begin_ && MentionEndsAt(tm.first - 1) && tm.end < end_ &&
        (W(tm.end) == "to" || W(tm.end) == "with")))
    return false;
  const Word v = W(tm.first);
  bool present = v.size() > 3 && v.EndsWith("s") && !v.EndsWith("ss") && v != "was" &&
                 v != "has" && v != "does";
  if (!present && tm.first > begin_ && Cue(tm.first - 1, tm.first, CueClass::kHabitual) &&
      !v.EndsWith("ed"))
    present = true;
  if (!present) return false;
  // The habit's adverb in the verb's clause, up to its first comma ("X
  // meets Y on Tuesday, as they usually do" is no habit of that Tuesday);
  // the latest instance anywhere after it ("..., most recently on Monday").
  bool habit = false, comma = false;
  for (uint32_t k = ClauseStart(tm.first); k < end_; ++k) {
    if (HardAt(k) || W(k) == ";") break;
    if (Cue(k, end_, CueClass::kLatest)) return false;
    comma = comma || (k > tm.first && W(k) == ",");
    if (!comma && Cue(k, end_, CueClass::kHabitual)) habit = true;
  }
  return habit;
}

// "..., an official said, speaking on condition of anonymity because they
// were not authorized to discuss the talks publicly": the wire's note on
// its source names an event as what may not be discussed; it tells nothing
// of it. A trigger up to eight words after "not / n't authorized (allowed,
// permitted, cleared) to", with no punctuation between, is no mention.
bool Extractor::InUnauthorizedDisclaimer(const TriggerMatch& tm) const {
  for (uint32_t k = tm.first; k > begin_ + 2 && k + 9 > tm.first;) {
    --k;
    if (Punct(k) || HardAt(k)) return false;
    if (W(k) != "to") continue;
    Word v = W(k - 1);
    if (v != "authorized" && v != "authorised" && v != "allowed" && v != "permitted" &&
        v != "cleared" && v != "unauthorized" && v != "unauthorised")
      continue;
    if (v == "unauthorized" || v == "unauthorised") return true;
    Word n = W(k - 2);
    return n == "not" || words::IsNegatedContraction(n);
  }
  return false;
}

// "Q: What happened to the summit between X and Y?", "And the two envoys,
// have they spoken since?": a question asks; it reports no event. The
// trigger's clause is a question when the first mark that ends a clause
// after it is "?". A wh-question about the act itself presupposes it ("Why
// did X meet Y?"), so a verb counts only when an auxiliary opens its clause
// after a comma (a fronted topic: "X and Y, have they met?"); a noun never
// is the act the question takes for granted ("what happened to the summit").
bool Extractor::InQuestion(const TriggerMatch& tm) const {
  bool question = false;
  for (uint32_t k = tm.end; k < end_; ++k) {
    if (!Punct(k)) continue;  // (the marks below are punctuation tokens: one test a word)
    Word w = W(k);
    if (w == "?") {
      question = true;
      break;
    }
    if (w == "." || w == "!" || w == ";" || w == ":") return false;
  }
  if (!question) return false;
  if (tm.entry->noun) return true;
  for (uint32_t k = tm.first; k > begin_ && k + 6 > tm.first;) {
    --k;
    if (W(k) == ",") return k + 1 < tm.first && AuxAt(k + 1);
    if (HardAt(k)) return false;
  }
  return false;
}

// "Lula and Milei crossed paths at the summit, where they did not hold a
// bilateral meeting", "the two were both at the dinner, where they did not
// speak": a "where" clause about the occasion of an encounter that denies
// the same pair's interaction says the encounter was no such interaction;
// so does a ", but" clause ("shook hands, but did not hold a meeting").
bool Extractor::DeniedInWhereClause(const Candidate& told, const Candidate& denied) const {
  if (told.status != EventStatus::kOccurred || denied.status != EventStatus::kNegated) return false;
  if (!told.trig.entry->interaction || !denied.trig.entry->interaction) return false;
  if (told.participants.size() < 2 || told.participants.size() != denied.participants.size())
    return false;
  if (!TypesFit(told.type, denied.type)) return false;
  for (uint32_t e : told.participants)
    if (std::find(denied.participants.begin(), denied.participants.end(), e) ==
        denied.participants.end())
      return false;
  if (denied.trig.first <= told.trig.end) return false;
  // The clause opens with ", where" between the two, no hard mark besides.
  // So does a contrast: "the two men shook hands, but there was no meeting
  // between them" says the encounter was no meeting.
  bool where = false;
  for (uint32_t k = told.trig.end; k + 1 < denied.trig.first; ++k) {
    if (HardAt(k)) return false;
    if (W(k) == "," && (W(k + 1) == "where" || W(k + 1) == "but")) where = true;
  }
  return where;
}

// "a telephone conversation could also be organized", "a summit might be
// arranged for the autumn": a modal at `k` whose verb (within three words)
// organises or schedules the event leaves it open, as "could take place" does.
bool Extractor::ModalArrangement(uint32_t k) const {
  for (uint32_t j = k + 1; j < end_ && j < k + 4; ++j) {
    if (ClassesAt(j) & (words::kHostVerb | words::kScheduleWord)) return true;
    if (W(j) == "arranged") return true;
  }
  return false;
}

// "had not met since the summit in Luanda in December 2024": a time deeper
// in a "since" phrase dates what the phrase names (the summit), not an
// event before "since", whose perfect runs from it; an event after it may
// take it ("since the summit in August, where X and Y met"). The phrase is a
// noun phrase and its complements: no comma, clause word or verb stands
// between. Returns the position of "since", or 0 when `first` is in no
// such phrase.
uint32_t Extractor::SinceBefore(uint32_t first) const {
  // Nearly always there is no "since" in reach: one comparison a token
  // says so before the walk below asks its several questions of each.
  bool any = false;
  for (uint32_t k = first; k > begin_ && k + 14 > first && !any;) {
    --k;
    any = W(k) == "since";
  }
  if (!any) return 0;
  uint32_t since = 0;
  for (uint32_t k = first; k > begin_ && k + 14 > first;) {
    --k;
    if (W(k) == "since") {
      if (k + 1 < first) since = k;
      break;
    }
    // "to" before a name or a determiner is a preposition ("trip to Moscow");
    // so in "returned to office", "came to power".
    const bool prep_to = W(k) == "to" && (Cap(k + 1) || MentionAt(k + 1) != kNone || DetAt(k + 1) ||
                                          W(k + 1) == "office" || W(k + 1) == "power");
    if (HardAt(k) || W(k) == "," || IsBoundary(k) || (AuxAt(k) && !prep_to) ||
        (ClassesAt(k) & words::kClauseOpener))
      return 0;
  }
  if (since == 0) return 0;
  // No verb between: "since the war began in 2022" is a clause of its own.
  for (const TriggerMatch& o : trigs_)
    if (o.first > since && o.first < first && !o.entry->noun) return 0;
  return since;
}

// "since the cancelled summit in Luanda", "since the summit in Luanda, which
// was called off": an occasion that did not take place dates no encounter.
// [first, end) is the phrase that names it.
bool Extractor::OccasionCalledOff(uint32_t first, uint32_t end) const {
  for (uint32_t k = first; k < end; ++k)
    if (MentionAt(k) == kNone && Cue(k, end_, CueClass::kNegated)) return true;
  uint32_t k = RelativeClauseAfter(end);
  if (k == end) return false;
  for (uint32_t j = k; j < end_ && j < k + 4; ++j) {
    if (MentionAt(j) != kNone || HardAt(j)) break;
    Word w = W(j);
    if (w == "not" || w == "never" || words::IsNegatedContraction(w)) return false;
    if (Cue(j, end_, CueClass::kNegated)) return true;
    if (!AuxAt(j) && !SkipAdverbAt(j)) break;
  }
  return false;
}

// Whether the sentence has a time of its own, which the rules that date an
// undated event by the scene or the story leave to it. A length ("met for
// about three hours", "the session ran for more than two hours", "a
// 40-minute call") says how long, not when: it is none, unless counted from
// a date ("two days later", which has one).
bool Extractor::SentenceHasTime(uint32_t trig_first) const {
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const size_t x = tx_order_[i];
    if (InOtherRelativeClause(tx_[x].first_token, trig_first)) continue;
    // "the first meeting between the two since the minister's trip to
    // Moscow in December 2024": the occasion's time, not the sentence's.
    if (tx_[x].first_token > begin_ && SinceBefore(tx_[x].first_token) != 0) continue;
    // "X hosted Y, the second time the four have met since January": a
    // landmark after the event counts from it, no time of the event's.
    if (tx_[x].landmark && tx_[x].first_token > trig_first) continue;
    if (tx_[x].type != TimexType::kDuration || !tx_date_[x].empty()) return true;
    // "Two days after the vote", "within two weeks", "in a week": a time
    // counted from another, placed though not resolved.
    const uint32_t e = tx_[x].end_token, b = tx_[x].first_token;
    if (e < end_) {
      Word w = W(e);
      if (w == "after" || w == "before" || w == "later" || w == "earlier" || w == "ago" ||
          w == "prior" || w == "since" || w == "into" || w == "from")
        return true;
    }
    // ("the first meeting between the two leaders in 25 years", "for the
    // first time in three years": a count since the last time, no time of
    // this event.)
    if (b > begin_ && W(b - 1) == "in") {
      bool first = false;
      for (uint32_t k = b - 1; k > begin_ && k + 12 > b && !first;) {
        --k;
        first = W(k) == "first";
      }
      if (first) continue;
    }
    if (b > begin_ && (W(b - 1) == "within" || W(b - 1) == "in" || W(b - 1) == "after"))
      return true;
  }
  return false;
}

bool Extractor::InOtherRelativeClause(uint32_t k, uint32_t trig_first) const {
  // The nearest ", who / which / where / whom / whose" before k, and the
  // commas between it and k.
  uint32_t open = kNoParticiple, commas = 0;
  for (uint32_t j = k; j > begin_ + 1;) {
    --j;
    if (HardAt(j)) break;
    const Word w = W(j);
    if (w == ",") {
      ++commas;
      continue;
    }
    if ((w == "who" || w == "which" || w == "where" || w == "whom" || w == "whose") &&
        W(j - 1) == ",") {
      open = j;
      break;
    }
  }
  if (open == kNoParticiple || trig_first == open) return false;
  // Trailing the trigger's clause: ", where the two men announced the group
  // would meet regularly, with the first session due within weeks".
  if (trig_first < open) return commas <= 1;
  // Set off between commas before the trigger: "X, who won on Sunday, met Y".
  if (commas > 0) return false;
  uint32_t close = k;
  while (close < end_ && !CommaOrHardAt(close)) ++close;
  return close < end_ && W(close) == "," && trig_first > close;
}

// "their first summit since Helsinki in 2018": a place, then "in" and the
// time, names the encounter held there then (as "since the Helsinki
// summit in 2018" does); so does a gathering's name, and where it was held
// ("since the G20 in Osaka in June 2019"). [first, time_first) is the
// place or the gathering, and the "in".
bool Extractor::PlaceForOccasion(uint32_t first, uint32_t time_first) const {
  if (time_first < first + 2 || W(time_first - 1) != "in") return false;
  // "the G20 in Osaka in June 2019": a gathering's name after "the", and
  // where it was held, before the time.
  if (W(first) == "the" && time_first <= first + 8) {
    uint32_t k = first + 1, caps = 0;
    for (; k + 1 < time_first && W(k) != "in"; ++k, ++caps)
      if (!Cap(k) || Punct(k) || (MentionAt(k) != kNone && KindOf(EntityOf(MentionAt(k))) == ActorKind::kPerson))
        return false;
    if (caps == 0) return false;
    if (k + 1 < time_first) {
      // "in Osaka": one to three capitalised words, then the time's "in".
      const uint32_t place = ++k;
      for (; k + 1 < time_first; ++k)
        if (!Cap(k) || Punct(k) ||
            (MentionAt(k) != kNone && KindOf(EntityOf(MentionAt(k))) == ActorKind::kPerson))
          return false;
      if (k == place || k > place + 3) return false;
    }
    return true;
  }
  if (time_first > first + 4) return false;
  for (uint32_t k = first; k + 1 < time_first; ++k)
    if (!Cap(k) || Punct(k) || (MentionAt(k) != kNone && KindOf(EntityOf(MentionAt(k))) == ActorKind::kPerson))
      return false;
  return true;
}

// "said it was "premature" to talk about a meeting": one or two quoted
// words inside a clause (scare quotes, a word quoted from a statement) do
// not end it as a quotation does. `close` is a closing double quote; returns
// the position of its opening quote, or kNoScareQuote when the quote is no
// such one (it holds punctuation, opens after a comma or colon, or is
// longer).
uint32_t Extractor::ScareQuoteOpen(uint32_t close) const {
  const QuoteChar q = QuoteCharAt(t_, close);
  if (q == QuoteChar::kNone || close == begin_) return kNoScareQuote;
  for (uint32_t k = close; k > begin_ && k + 4 > close;) {
    --k;
    if (QuoteCharAt(t_, k) != QuoteChar::kNone) {
      if (k + 1 == close || k == begin_) return kNoScareQuote;
      Word before = W(k - 1);
      if (before == "," || before == ":" || HardAt(k - 1)) return kNoScareQuote;
      return k;
    }
    if (Punct(k)) return kNoScareQuote;
  }
  return kNoScareQuote;
}

// The same short quote seen from its opening mark: "X and Y "spoke at
// length" by telephone" — a verb phrase quoted from a source stays in the
// clause of the subject before it. `open` is an opening double quote (a
// curly one, or a straight one not glued to the word before); returns the
// position of its closing quote, or kNoScareQuote when the quote is no such
// one (empty, holding punctuation, opening the sentence or after a comma or
// colon, or longer than three words).
uint32_t Extractor::ScareQuoteClose(uint32_t open) const {
  const QuoteChar q = QuoteCharAt(t_, open);
  if (!(q == QuoteChar::kOpenDouble || (q == QuoteChar::kDouble && !t_.tokens[open].Has(kGlued))))
    return kNoScareQuote;
  if (open == begin_) return kNoScareQuote;
  Word before = W(open - 1);
  if (before == "," || before == ":" || HardAt(open - 1)) return kNoScareQuote;
  for (uint32_t k = open + 1; k < end_ && k < open + 5; ++k) {
    const QuoteChar c = QuoteCharAt(t_, k);
    if (c != QuoteChar::kNone) {
      if (k == open + 1 || !(c == QuoteChar::kCloseDouble || c == QuoteChar::kDouble)) return kNoScareQuote;
      return k;
    }
    if (Punct(k)) return kNoScareQuote;
  }
  return kNoScareQuote;
}

// "Friday: Uzhhorod" on a line of its own, then the paragraph: a diary's
// or a weekly round-up's heading, a time and a colon or a dash before a
// title (no sentence), dates what the paragraph under it tells (as a "Monday, Dec. 1 --
// Paris." opening the paragraph does: ParagraphHeadDate). The heading is
// the short sentence right before the paragraph of sentence s; returns its
// time expression, or -1.
int32_t Extractor::HeadingLineDate(uint32_t s) const {
  uint32_t p = s;
  while (p > 0 && s - p < 6 && !t_.tokens[t_.sentences[p].first_token].Has(kLineStart)) --p;
  if (p == 0 || !t_.tokens[t_.sentences[p].first_token].Has(kLineStart)) return -1;
  const eg::Sentence& h = t_.sentences[p - 1];
  uint32_t k = h.first_token;
  if (h.end_token - k > 8 || !t_.tokens[k].Has(kLineStart) || timex_at_[k] == kNone) return -1;
  const int32_t x = timex_at_[k];
  k = tx_[x].end_token;
  if (k + 1 >= h.end_token || tx_date_[x].empty()) return -1;
  const std::string_view sep = t_.text.substr(t_.tokens[k].start, t_.tokens[k].end - t_.tokens[k].start);
  if (!(sep == ":" || sep == "\xE2\x80\x94" || sep == "\xE2\x80\x93" || sep == "-" || sep == "--"))
    return -1;
  // The rest of the heading is a title ("Uzhhorod", "the coalition in
  // Paris"), not a sentence: no final stop.
  const eg::Token& last = t_.tokens[h.end_token - 1];
  const std::string_view w = t_.text.substr(last.start, last.end - last.start);
  if (w == "." || w == "?" || w == "!") return -1;
  return x;
}

// "said he planned to speak with Putin in the coming days", "will continue
// working with X over the next few days": a plan set within a near span of
// time (the time stage's PXD / PXW: "the coming days", "the next few
// weeks") is planned with a time, though the time gives no date.
// So do "in the near future" (FUTURE_REF) and "shortly", "soon",
// "immediately" (not "as soon as we can set it up": a condition, no time).
bool Extractor::NearFutureSpan() const {
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const Timex& t = tx_[tx_order_[i]];
    if (t.value == "FUTURE_REF") {
      for (uint32_t k = t.first_token; k < t.end_token; ++k)
        if (W(k) == "near") return true;
      continue;
    }
    if (t.type != TimexType::kDuration) continue;
    // "within two weeks", "within 30 days", "within days".
    if (t.first_token > begin_ && W(t.first_token - 1) == "within" && t.value.size() >= 3 &&
        t.value[0] == 'P' && t.value[1] != 'T' && (t.value.back() == 'D' || t.value.back() == 'W'))
      return true;
    if (t.value != "PXD" && t.value != "PXW") continue;
    for (uint32_t k = t.first_token; k < t.end_token && k < t.first_token + 2; ++k)
      if (W(k) == "coming" || W(k) == "next") return true;
  }
  for (uint32_t k = begin_; k < end_; ++k) {
    const Word w = W(k);
    if (w == "shortly" || w == "immediately" || w == "imminently") return true;
    if (w == "soon" && !(k > begin_ && W(k - 1) == "as") && !(k + 1 < end_ && W(k + 1) == "as"))
      return true;
  }
  return false;
}

// "At the invitation of Xi, Putin paid a state visit", "held a phone call at
// the request of the U.S. side", "on the initiative of": the cue word at k
// names how the event came about, not a proposal of it.
bool Extractor::CircumstanceOf(uint32_t k) const {
  if (k < begin_ + 2 || k + 1 >= end_ || W(k - 1) != "the" || W(k + 1) != "of") return false;
  const Word p = W(k - 2);
  return p == "at" || p == "on" || p == "upon";
}

// "last night's summit", "Friday's summit": a time in the possessive right
// before the noun at `first` dates it, wherever the noun stands.
bool Extractor::PossessiveTimeBefore(uint32_t first) const {
  return first >= begin_ + 2 && Possessive(first - 1) && timex_at_[first - 2] != kNone &&
         tx_[timex_at_[first - 2]].end_token == first - 1;
}

// "midway through Monday's session", "halfway through the talks on
// Friday": a point within the time, as "during" is, not its end ("through
// Friday", "until Monday"). `k` is the "through".
bool Extractor::WithinThrough(uint32_t k) const {
  if (W(k) != "through" || k == begin_) return false;
  Word w = W(k - 1);
  return w == "midway" || w == "halfway" || w == "partway" || w == "part-way";
}

// "Midway through Monday's session, Trump stepped out and called Putin",
// "At Friday's summit, X met Y": a phrase fronted before the clause's comma
// sets the clause in an occasion dated by a possessive time; the time
// (ending at `a`, the possessive) dates the clause's event (starting at
// `b`) as well as the occasion `o` that stands between them.
bool Extractor::FrontedPossessiveOccasion(const TriggerMatch& o, uint32_t a, uint32_t b) const {
  if (!o.entry->noun || !Possessive(a) || o.first != a + 1 || timex_at_[a - 1] == kNone) return false;
  if (tx_[timex_at_[a - 1]].first_token > begin_ + 3) return false;  // fronted: near the start
  for (uint32_t k = begin_; k < tx_[timex_at_[a - 1]].first_token; ++k)
    if (MentionAt(k) != kNone || Punct(k)) return false;
  // The phrase ends at a comma before the event: the noun and its
  // complements, no other clause.
  for (uint32_t k = o.end; k < b; ++k) {
    if (W(k) == ",") return true;
    if (HardAt(k) || MentionAt(k) != kNone || AuxAt(k)) return false;
  }
  return false;
}

// "... after last night's summit in Anchorage. Trump and Putin met for
// about three hours": a dated gathering told without its parties in the
// sentence just before, and an undated face-to-face meeting of named
// persons told right after it, is the gathering's meeting; it takes its
// date. Not a call (another occasion), not one set at other times ("had
// met before", "have often met": kOtherTimeWord, a perfect), nor one after
// a sentence that dated an interaction of its own (the scene rules date
// by that one).
bool Extractor::GatheringJustTold(EventMention& m) const {
  if (m.type == "call" || m.sentence == 0) return false;
  // A time of the sentence that gives a date is its own ("for three hours"
  // gives none; one in a relative clause without the trigger is another's).
  for (size_t i = tx_lo_; i < tx_hi_; ++i)
    if (!tx_date_[tx_order_[i]].empty() &&
        !InOtherRelativeClause(tx_[tx_order_[i]].first_token, m.trigger_first))
      return false;
  size_t persons = 0;
  for (uint32_t e : m.participants) persons += KindOf(e) == ActorKind::kPerson;
  if (persons < 2) return false;
  for (uint32_t k = begin_; k < m.trigger_first; ++k) {
    Word w = W(k);
    if (w == "has" || w == "have" || w == "'ve" || (ClassesAt(k) & words::kOtherTimeWord))
      return false;
  }
  for (uint32_t k = m.trigger_end; k < end_; ++k)
    if (ClassesAt(k) & words::kOtherTimeWord) return false;
  for (auto it = out_.rbegin(); it != out_.rend() && it->sentence + 1 >= m.sentence; ++it)
    if (it->interaction && !it->date.empty() && it->sentence + 1 == m.sentence) return false;
  for (auto it = unnamed_dated_.rbegin(); it != unnamed_dated_.rend(); ++it) {
    if (it->sentence + 1 < m.sentence) break;
    if (it->sentence + 1 != m.sentence || !it->gathering) continue;
    long a0, a1;
    if (!DateInterval(it->date, &a0, &a1) || a0 != a1) return false;
    m.date = it->date;
    m.date_text = it->date_text;
    return true;
  }
  return false;
}

// "Umerov proposed that Zelenskiy and Putin meet before the end of June",
// "urged that the two leaders talk": a "that" clause completing a word of
// proposal tells what is proposed. Its verb must be untensed or present
// (the mandative subjunctive); "suggested that they met" or "had met"
// reports a past event.
bool Extractor::ProposedClause(uint32_t clause_start, const TriggerMatch& tm) const {
  if (tm.entry->noun || clause_start <= begin_ || W(clause_start) != "that") return false;
  for (uint32_t k = clause_start + 1; k <= tm.first; ++k) {
    Word w = W(k);
    if (w == "had" || w == "has" || w == "have" || w == "did" || w == "was" || w == "were" ||
        w == "met" || w == "spoke" || w == "held" || w == "sat" || w == "shook" ||
        w == "got" || (k == tm.first && w.size() > 3 && w.EndsWith("ed")))
      return false;
  }
  return ThatClauseOfCue(clause_start, CueClass::kProposed);
}

// A negation ten words or fewer before "until <time>", within its clause.
// The time may be placed within its span first: "did not speak with Y until
// late in the evening", "until early on Friday" (the time lexicon's
// early / late / later words, then a preposition) still says when it
// happened.
bool Extractor::NotUntil(uint32_t k) const {
  if (k + 1 >= end_ || !(W(k) == "until" || W(k) == "till")) return false;
  uint32_t t = k + 1;
  if (timex_at_[t] == kNone) {
    const timex::Lex* lx = timex::LookupTimeWord(W(t));
    if (!lx || !(lx->kw == timex::kEarly || lx->kw == timex::kLate || lx->kw == timex::kLater))
      return false;
    ++t;
    if (t < end_ && timex_at_[t] == kNone && (ClassesAt(t) & words::kPreposition)) ++t;
    if (t >= end_ || timex_at_[t] == kNone) return false;
  }
  for (uint32_t j = k; j > begin_ && j + 10 > k;) {
    --j;
    const Word w = W(j);
    if (w == "," || w == ";" || HardAt(j) || IsBoundary(j)) return false;
    if (w == "not" || w == "never" || words::IsNegatedContraction(w)) return true;
  }
  return false;
}

uint32_t Extractor::OccasionPpComma(const TriggerMatch& tm) const {
  if (!tm.entry->noun || tm.first <= begin_ + 2) return kNoParticiple;
  // Back over the noun's article and up to two modifiers ("a closed-door",
  // "a two-hour") to "in" right after a comma.
  uint32_t k = tm.first - 1;
  for (int n = 0; n < 5 && k > begin_ + 1 && W(k) != "in"; ++n, --k) {
    const bool hyphen = W(k) == "-" && GluedHyphen(k);
    if (!hyphen && (Punct(k) || Cap(k) || MentionAt(k) != kNone || timex_at_[k] != kNone ||
                    PrepAt(k) || AuxAt(k)))
      return kNoParticiple;
  }
  if (W(k) != "in" || W(k - 1) != ",") return kNoParticiple;
  return k - 1;
}

uint32_t Extractor::ParticipleComma(const TriggerMatch& tm) const {
  if (tm.entry->noun || tm.first <= begin_ + 1 || W(tm.first - 1) != ",") return kNoParticiple;
  return W(tm.first).EndsWith("ing") ? tm.first - 1 : kNoParticiple;
}

}  // namespace extract_detail
}  // namespace eg
