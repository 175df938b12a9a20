// One sentence: candidates per trigger, Emit into EventMentions.
// Members of the Extractor (events/extractor.h).
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// The time expression x opens its sentence, set off by a comma: "On
// Friday, ...", "Earlier on Friday, ...", "Late last week, ..." (only
// adverbs of sequence and prepositions before it).
bool Extractor::FrontedSentenceTime(size_t x) const {
  const Timex& t = tx_[x];
  if (t.first_token < begin_ || t.end_token >= end_ || W(t.end_token) != ",") return false;
  for (uint32_t k = begin_; k < t.first_token; ++k) {
    const Word w = W(k);
    if (!(PrepAt(k) || w == "earlier" || w == "later" || w == "also" || w == "then" ||
          w == "and" || w == "but"))
      return false;
  }
  return true;
}

// "X will meet Y on Wednesday and will also hold talks with Z", "...,
// where he will meet Y, and will also be received by Z": a verb joined
// by "and" (with only the auxiliaries "will", "also", "be" between) to
// the plan told last in the sentence, dated and with a party in common,
// goes on in that plan, at its time (it was left an undated proposal).
void Extractor::PlanConjunctDate(EventMention* m) const {
  const uint32_t t = m->trigger_first;
  uint32_t k = t;
  while (k > begin_) {
    const Word w = W(k - 1);
    if (!(w == "will" || w == "also" || w == "be" || w == "then" || w == "later")) break;
    --k;
  }
  if (k == t || k <= begin_ || W(k - 1) != "and") return;
  const uint32_t conj = k - 1;
  bool own_will = false;
  for (uint32_t j = k; j < t; ++j) own_will = own_will || W(j) == "will";
  for (auto it = out_.rbegin(); it != out_.rend() && it->sentence == m->sentence; ++it) {
    if (it->trigger_first >= conj) continue;
    if (it->status != EventStatus::kPlanned || it->date.empty()) return;
    if (!ShareParty(m->participants, it->participants)) return;
    // "and will meet Z" after a plan told with its own future ("will
    // meet", "is due to meet"): not after "met Y on Monday", a past the
    // story dates ahead of its publication.
    bool future = !own_will;
    for (uint32_t j = it->trigger_first; !future && j > begin_ && j + 6 > it->trigger_first;) {
      --j;
      const Word w = W(j);
      future = w == "will" || w == "to" || w == "would" || w == "shall";
    }
    if (!future) return;
    // Nothing of another clause between: no second "and" at the clause's
    // level, no word of sequence ("before", "after"), no verb's "will".
    for (uint32_t j = it->trigger_end; j < conj; ++j) {
      const Word w = W(j);
      if (w == "before" || w == "after" || w == "until" || w == "when" || w == "but" ||
          w == "while" || w == "will" || w == ";")
        return;
    }
    m->date = it->date;
    m->date_text = it->date_text;
    m->date_inherited = true;
    return;
  }
}

void Extractor::Emit(Candidate& c, uint32_t s) {
  // "X called Y during the meeting": the occasion named as the time of
  // another event is the one told before; the clause's parties are the
  // other event's, not the occasion's: it has only its antecedent's.
  // ("during the talks between X and Y" names its own parties.)
  bool during = c.trig.entry->interaction && c.definite && c.trig.entry->noun &&
                DuringPpAt(c.trig.first, begin_) &&
                !(c.trig.end < end_ && (W(c.trig.end) == "between" ||
                                        W(c.trig.end) == "with" || W(c.trig.end) == "among"));
  if (during) {
    // Only when the sentence has reported that other interaction
    // ("phoned", "held a call") before the occasion: "the treatment X
    // received during the encounter" tells of the encounter's own parties.
    bool other = false;
    for (auto it = out_.rbegin(); it != out_.rend() && it->sentence == s && !other; ++it)
      other = it->interaction && it->trigger_end <= c.trig.first;
    during = other;
  }
  if (during) c.participants.clear();
  if (InUnauthorizedDisclaimer(c.trig)) return;
  // A question tells of no event that took place (a planned one it may
  // name: "and the conference in June, co-chaired by X and Y?").
  if (c.status == EventStatus::kOccurred && InQuestion(c.trig)) return;
  if (c.status == EventStatus::kOccurred && HabitualPresent(c.trig)) return;
  DropRepresentedCountries(&c.participants);
  DropPrivateGroupCountries(&c.participants);
  // What the checks below would drop, known before the mention is built:
  // an interaction without two participants that are no groups, unless a
  // definite noun takes them from an earlier event; an undated other event.
  if (c.trig.entry->interaction && !c.definite) {
    size_t n = 0;
    for (uint32_t e : c.participants) n += KindOf(e) != ActorKind::kGroup;
    // A leader's visit counts its host, still to come (ResolveCountryVisits).
    if (c.visit_end) ++n;
    if (n < 2) {
      if (c.timex != kNone && !tx_date_[c.timex].empty()) KeepPartyDated(c, s);
      if (c.trig.entry->noun && c.timex != kNone && !tx_date_[c.timex].empty())
        unnamed_dated_.push_back({std::string(LowerSpan(c.trig.first, c.trig.end)),
                                  tx_date_[c.timex],
                                  std::string(DatingText(tx_[c.timex], t_.text)), s,
                                  (c.trig.entry->frame & kFrameGathering) != 0});
      return;
    }
  }
  if (!c.trig.entry->interaction && c.timex == kNone && !NarrativeDates(s)) return;
  const eg::Sentence& sn = t_.sentences[s];
  EventMention m;
  m.type = c.type.empty() ? c.trig.entry->type : c.type;
  m.interaction = c.trig.entry->interaction;
  m.status = c.status;
  m.participants = c.participants;
  m.seat_visit = c.seat;
  m.place = c.place;
  m.start = sn.start;
  m.end = sn.end;
  m.sentence = s;
  // Pluperfect before the trigger ("the hostility he'd shown when he met
  // X"): an event before the narrative's time.
  // (Not a quotation closed before the trigger: "\"We had robust talks,\"
  // X told reporters at a joint appearance with Y" tells its own time.)
  auto quote_mark = [&](uint32_t k) {
    const Word q = W(k);
    return q == "\"" || q == "\xE2\x80\x9C" || q == "\xE2\x80\x9D";
  };
  // "X says he and Y had a good conversation", "had \"frank talks\"":
  // "had" before a determiner, a quote mark or the event's noun is the
  // verb of support in the simple past, no pluperfect - unless a past verb
  // of saying before it has shifted the report back ("X said he had talks
  // with Y": before the saying).
  bool past_speech = false;
  for (uint32_t k = begin_; k < c.trig.first; ++k) {
    Word w = W(k);
    past_speech = past_speech || (ClassesAt(k) & words::kPastSpeech);
    if (w == "had" && !past_speech && k + 1 < end_ &&
        ((k + 1 == c.trig.first && c.trig.entry->noun) || DetAt(k + 1) || quote_mark(k + 1)))
      continue;
    if (quote_mark(k) && W(k) != "\xE2\x80\x9D") {
      uint32_t close = k + 1;
      while (close < c.trig.first && !quote_mark(close)) ++close;
      if (close < c.trig.first) {
        k = close;
        continue;
      }
    }
    if (w == "had" || (w.size() > 2 && w.EndsWith("'d")) ||
        (w.size() > 4 && w.EndsWith("\xE2\x80\x99" "d")))
      m.anterior = true;
  }
  {
    // A title or headline: no final punctuation.
    Word last = W(end_ - 1);
    m.headline = !(last == "." || last == "!" || last == "?" || last == "\"" ||
                   last == "\xE2\x80\x9D" || last == "'" || last == "\xE2\x80\x99" ||
                   last == ")" || last == ":" || last == ";" || last == "\xE2\x80\xA6");
  }
  m.trigger_first = c.trig.first;
  m.trigger_end = c.trig.end;
  m.trigger = std::string(t_.text.substr(t_.tokens[c.trig.first].start,
                                         t_.tokens[c.trig.end - 1].end -
                                             t_.tokens[c.trig.first].start));
  if (c.timex != kNone) {
    m.date = tx_date_[c.timex];
    m.date_text = std::string(DatingText(tx_[c.timex], t_.text));
    // "X and Y meet Monday", written on a Friday: news puts what is
    // scheduled in the simple present; the weekday is the coming one.
    long a0, a1, d1;
    // So is the weekday of what is told as planned ("Friday's meeting
    // between X and Y", written on a Thursday, that Y will attend).
    if (!m.headline &&
        (PresentBeforeWeekday(c) ||
         (m.status == EventStatus::kPlanned && BareWeekday(c.timex))) &&
        DateInterval(m.date, &a0, &a1) && a0 == a1 &&
        DctLastDay(&d1) && a0 < d1 && a0 + 7 > d1) {
      m.date = FormatDate(date::year_month_day{date::sys_days{date::days{a0 + 7}}});
    }
    // "met today", "spoke this evening" in an item of a page of readouts:
    // the item's own day, not the page's.
    const int shift = TodayShift(c.timex);
    bool closing;
    int32_t sx;
    if (shift != kNoShift && (sx = SectionDate(s, &closing)) >= 0 &&
        DateInterval(tx_date_[sx], &a0, &a1) && a0 == a1) {
      m.date = FormatDate(date::year_month_day{date::sys_days{date::days{a0 + shift}}});
    }
  }
  if (m.interaction && c.definite) {
    // "the meeting", "that call": the event just reported, when one fits;
    // one reported at the same place first ("the talks in Washington").
    const EventMention* ante = nullptr;
    for (int pass = 0; pass < 2 && !ante; ++pass) {
      for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
        // The place names the event from further back ("the White House
        // talks" ten sentences after the meeting there).
        if (it->sentence + (pass == 0 ? 20 : 2) < s) break;
        if (!it->interaction || !TypesFit(it->type, m.type)) continue;
        // A call happens nowhere: "the talks in Washington" are no call.
        if ((!m.place.empty() || !c.venue.empty()) && it->type == "call") continue;
        if (Asserted(it->status) != Asserted(m.status)) continue;
        // "The talks lasted an hour" does not tell of a visit planned for
        // after the publication date (a demonstrative still points at the
        // event last named).
        if (!c.demonstrative && m.status == EventStatus::kOccurred &&
            it->status == EventStatus::kPlanned && PlannedAfterDct(it->date))
          continue;
        if (!m.date.empty() && !it->date.empty() && !DatesCompatible(m.date, it->date)) continue;
        if (!m.place.empty() && !it->place.empty() && m.place != it->place) continue;
        if (pass == 0 && (m.place.empty() || it->place != m.place) &&
            (c.venue.empty() || it->place != c.venue))
          continue;
        // "before the summit" names another event than the one just told.
        // "before the summit", "after the meeting": some other occasion; so is
        // the topic of a report ("talking about the visit").
        if (IsTemporalPp(c) || c.topic) continue;
        // "The meeting came three days after Trump's summit with Putin":
        // an event told as the landmark of a temporal phrase is background;
        // "the meeting" that follows speaks of the narrative's own event.
        // A demonstrative points at the event last named, whatever its role
        // ("... following Trump's summit with Putin. That meeting ...").
        if (!c.demonstrative && it->trigger_first < t_.tokens.size() &&
            TemporalPpAt(it->trigger_first, t_.sentences[it->sentence].first_token))
          continue;
        // "Russia condemned the summit": an actor of the clause that is not in
        // the event means the noun names some other occasion.
        // (Not "during the meeting": the clause's actors are another event's.)
        if (!during && m.participants.size() < 2 && ForeignActorInClause(c, *it)) continue;
        ante = &*it;
        break;
      }
    }
    if (!ante && m.date.empty() && m.participants.size() >= 2 && m.status == EventStatus::kOccurred) {
      // "Teams held consultations on Saturday. The consultations were led
      // by X and Y": the same noun told before, dated, without parties.
      const std::string_view noun = LowerSpan(c.trig.first, c.trig.end);
      for (auto it = unnamed_dated_.rbegin(); it != unnamed_dated_.rend(); ++it) {
        if (it->sentence + 20 < s) break;
        if (it->trigger != noun) continue;
        m.date = it->date;
        m.date_text = it->date_text;
        m.date_inherited = true;
        break;
      }
    }
    if (!ante && c.demonstrative && m.date.empty() && m.participants.size() >= 2 &&
        DemonstrativeOfGroupEvent(m))
      m.date_inherited = true;
    if (ante) {
      auto it = ante;
      for (uint32_t e : it->participants) AddOnce(&m.participants, e);
      if (m.date.empty() && !it->date.empty()) {
        m.date = it->date;
        m.date_text = it->date_text;
        m.date_inherited = true;
      }
      if (m.place.empty()) m.place = it->place;
      if (m.type == "talks") m.type = it->type;
    }
  }
  bool sentence_has_time = SentenceHasTime(m.trigger_first);
  // "two days after Ruiz's summit with Tanaka": the landmark of a temporal
  // phrase happened at another time than the scene told around it: the
  // scene's dates below are not its (the narrative's time, moved on by
  // "This came after ...", is).
  // Nor is "Before flying to Moscow, X met Y" or "Earlier, X met Y" told in
  // the scene: it happened before it.
  // (Not a verb joined after it by "and later" / "and then": "Earlier he
  // met X and later held talks with Y" tells the scene's own doings next.)
  bool sequel_conjunct = false;
  for (uint32_t k = begin_ + 1; k + 1 < m.trigger_first && !sequel_conjunct; ++k)
    sequel_conjunct = W(k) == "and" && (W(k + 1) == "later" || W(k + 1) == "then" ||
                                        W(k + 1) == "afterwards" || W(k + 1) == "afterward");
  const bool landmark =
      m.interaction && !c.definite &&
      (IsTemporalPp(c) ||
       ((W(begin_) == "before" || W(begin_) == "earlier") && !sequel_conjunct));
  // "X said Friday, a day after Y and Z met": dated by the day of the
  // saying, the meeting lies a day before it.
  if (m.interaction && m.status == EventStatus::kOccurred &&
      (m.date.empty() ? OffsetFromEventDate(m, &m.date, &m.date_text)
                      : c.timex != kNone && OffsetFromEventDate(m, &m.date, &m.date_text,
                                                                c.timex))) {
    m.date_inherited = true;
  }
  if (m.date.empty() && NarrativeDates(s)) {
    m.date = narrative_.date;
    m.date_inherited = true;
  }
  if (m.interaction && m.date.empty() && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark) {
    // "Monday, Dec. 1 -- Paris. X met Y at the palace.": a diary's or live
    // blog's entry head dates what its paragraph tells (a time of the
    // sentence that does not date the event, one in a relative clause,
    // belongs to something else).
    int32_t hx = ParagraphHeadDate(s);
    if (hx < 0) hx = EntryStampDate(s);
    if (hx < 0) hx = HeadingLineDate(s);
    if (hx < 0) {
      // An item of a page of readouts closed by its issue line
      // ("[Issued Monday, February 17]") tells of that day.
      bool closing;
      const int32_t sx = SectionDate(s, &closing);
      if (closing) hx = sx;
    }
    if (hx >= 0) {
      m.date = tx_date_[hx];
      m.date_text = std::string(TimexText(hx));
      m.date_inherited = true;
    }
  }
  if (m.interaction && m.date.empty() && !sentence_has_time && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark && OccasionDate(m, &m.date, &m.date_text)) {
    m.date_inherited = true;
  }
  if (m.interaction && m.date.empty() && !sentence_has_time && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark &&
      SidelinesDate(m, &m.date, &m.date_text)) {
    m.date_inherited = true;
  }
  if (m.interaction && m.date.empty() && !sentence_has_time && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark &&
      ReturnTripDate(m, &m.date, &m.date_text)) {
    m.date_inherited = true;
  }
  if (m.interaction && m.date.empty() && !sentence_has_time && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark) {
    // "Obama held talks with Erdogan on Friday. Obama was welcomed by Duda at
    // the stadium.": an undated interaction that goes on with someone of a
    // dated one reported just before happened in the same scene. "X also
    // met Z" continues the same scene too.
    for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
      if (it->sentence + 2 < s) break;
      if (!it->interaction || it->date.empty() || it->status != EventStatus::kOccurred ||
          it->headline)
        continue;
      // "..., following X's meeting with Y last Monday. X briefed Z on ...":
      // the landmark of a temporal phrase is no scene of what follows.
      if (TemporalPpAt(it->trigger_first, t_.sentences[it->sentence].first_token)) continue;
      // A call after a meeting is another occasion, not the same scene.
      if (!TypesFit(it->type, m.type)) break;
      if (ShareParty(m.participants, it->participants)) {
        m.date = it->date;
        m.date_text = it->date_text;
        m.date_inherited = true;
      }
      break;
    }
  }
  if (m.interaction && m.date.empty() && !sentence_has_time && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark &&
      AlsoAfterDatedDoing(m, &m.date, &m.date_text)) {
    m.date_inherited = true;
  }
  if (m.interaction && m.date.empty() && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark && AlsoInDatedSentence(m)) {
    m.date_inherited = true;
  }
  // (A pluperfect too, when a word of sequence orders it: SequelOfDated.)
  if (m.interaction && m.date.empty() && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark &&
      SequelOfDated(m, sentence_has_time, &m.date, &m.date_text)) {
    m.date_inherited = true;
  }
  if (m.interaction && m.date.empty() && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark && GatheringJustTold(m)) {
    m.date_inherited = true;
  }
  if (m.interaction && m.date.empty() && !sentence_has_time && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark && NamesPartiesOfOneJustTold(m)) {
    m.date_inherited = true;
  }
  if (m.interaction && m.date.empty() && !sentence_has_time && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark && LeadDates(m)) {
    // "Albright paid tribute Tuesday to the victims ... Kikwete, speaking at
    // a joint news conference with Albright, said ...": the story's day.
    if (!lead_dct_) {
      m.date = tx_date_[lead_timex_];
      m.date_text = std::string(TimexText(lead_timex_));
      m.date_inherited = true;
    }
  }
  long dct_day;
  if (m.interaction && m.date.empty() && !sentence_has_time && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark &&
      (OngoingNow(c) || (lead_dct_ && LeadDates(m))) &&
      DctLastDay(&dct_day)) {
    m.date = FormatDate(*doc_.dct);  // known and valid (DctLastDay)
    m.date_inherited = true;
  }
  if (m.interaction && m.date.empty() && !sentence_has_time && !m.anterior && !m.headline &&
      m.status == EventStatus::kOccurred && !landmark && PreviousSentenceDates(c, s)) {
    // "On Wednesday, X hosted a video call with Y. Z flew to Berlin to join
    // X in person.": told in the past right after a dated sentence of its
    // paragraph, it happened then.
    m.date = narrative_.date;
    m.date_inherited = true;
  }
  // A firm known only by its legal form is a party to interactions only
  // (DocEntity::party_only): another event reads as if it were not named.
  auto strip_firms = [&](std::vector<uint32_t>* ps) {
    ps->erase(std::remove_if(ps->begin(), ps->end(),
                             [&](uint32_t e) { return a_.entities[e].party_only; }),
              ps->end());
  };
  if (!m.interaction) strip_firms(&m.participants);
  if (m.interaction) {
    // Groups take part only through their named members.
    m.participants.erase(std::remove_if(m.participants.begin(), m.participants.end(),
                                        [&](uint32_t e) { return KindOf(e) == ActorKind::kGroup; }),
                         m.participants.end());
    VisitedCountryLeader(&m);
    SummitCountryLeaders(&m);
    if (c.visit_end && m.participants.size() == 1) {
      m.visit_first = c.visit_first;
      m.visit_end = c.visit_end;
      m.visit_country = c.visit_country;
    } else if (m.participants.size() < 2) {
      KeepSubjectGathering(c, m, s);
      return;
    }
  } else if (m.date.empty()) {
    return;  // an undated statement or report adds nothing to a timeline
  } else if (m.participants.empty()) {
    // "Brussels imposed sanctions", "X flew home after signing a deal": the
    // clause's subject is whose event it is. Nobody's agreement or ceasefire
    // ("ended without an agreement", "efforts to secure a ceasefire") is
    // noise in a timeline; a bare event noun is kept only as its clause's
    // subject ("the invasion began").
    // Not across an infinitive: "urged efforts to secure a ceasefire".
    bool infinitive = false;
    for (uint32_t k = ClauseStart(c.trig.first); k < c.trig.first; ++k)
      infinitive = infinitive || W(k) == "to";
    if (!infinitive) ClauseSubject(c.trig.first, &m.participants);
    strip_firms(&m.participants);
    if (m.participants.empty() && !SubjectEvent(c)) return;
  }
  if (!m.interaction && (c.trig.entry->frame & kFrameJoint) &&
      HeldJointly(c.trig, m.participants)) {
    // "Bushnell, Kimotho and others had just ended a news conference": a
    // news conference two persons hold together is a joint one.
    m.type = "meeting";
    m.interaction = true;
  }
  // Planned means scheduled with a time (annotation.md); expected without
  // one is only proposed.
  if (m.status == EventStatus::kPlanned && m.date.empty() && !sentence_has_time && !m.headline) {
    // "In Berlin he will hold talks with Y on 23rd May. In The Hague, he
    // will meet Z.": the plan goes on at the time the text just set.
    m.date = FutureNarrativeDate(s, m.trigger_first);
    m.date_inherited = !m.date.empty();
  }
  // "Carney and Trump are due to meet at Kananaskis": a plan at a place
  // the story dated ahead ("15-17 June: leaders' summit in Kananaskis")
  // is set for that occasion's first day.
  if (m.status == EventStatus::kPlanned && m.date.empty() && !m.place.empty() && !m.headline) {
    m.date = PlaceOccasionDate(s, m.place, &m.date_text);
    m.date_inherited = !m.date.empty();
  }
  if (m.status == EventStatus::kPlanned && m.date.empty() && sentence_has_time && !m.headline)
    PlanConjunctDate(&m);
  if (m.status == EventStatus::kPlanned && m.date.empty()) {
    if (!NearFutureSpan()) {
      m.status = EventStatus::kProposed;
    } else if (doc_.dct && doc_.dct->ok()) {
      // "will meet within two weeks", "in the coming days": the month
      // the story is written in, as a reader dates it.
      m.date = FormatDate(*doc_.dct).substr(0, 7);
      m.date_inherited = true;
    }
  }
  // (Not for a date counted from another date of the text, "two days after
  // the Oval Office", past a publication date guessed from the text: the
  // guess is the day after the latest date the time stage saw told in the
  // past; this one says it ran early. A deictic "next week" is still ahead.)
  const bool counted_past_guess = doc_.dct_source == DctSource::kInferred && c.timex != kNone &&
                                  tx_[c.timex].type == TimexType::kDuration;
  if (m.status == EventStatus::kOccurred && !m.date.empty() && !counted_past_guess) {
    long a0, a1, d1;
    if (DateInterval(m.date, &a0, &a1) && DctLastDay(&d1) && a0 > d1) {
      // "At the end of January, X flew to Caracas and met Y", written in
      // October: a month named without its year, told with a verb in the
      // simple past, is the last one, not the next.
      if (!BackAYear(c, &m.date)) m.status = EventStatus::kPlanned;
    }
  }
  m.text = SentenceText(s);
  out_.push_back(std::move(m));
  PreviousEncounterSince(s);
  AgainOn(s);
  SigningMeeting(s);
}

void Extractor::AnalyzeSentence(uint32_t s) {
  const eg::Sentence& sn = t_.sentences[s];
  sent_ = s;
  owner_polities_.clear();
  // A new paragraph after a flashback: the story's narrative again (as the
  // time stage's reference time does).
  if (in_flashback_ && sn.first_token < t_.tokens.size() &&
      t_.tokens[sn.first_token].Has(kLineStart)) {
    in_flashback_ = false;
    narrative_ = story_;
  }
  begin_ = sn.first_token;
  end_ = std::min<uint32_t>(sn.end_token, uint32_t(t_.tokens.size()));
  prepared_ = false;
  // The time expressions starting in [begin_, end_): Run() asks for the
  // sentences in order, so both ends move forward from the last sentence's
  // (from the start again should one come before it); most sentences have
  // none, and two binary searches per sentence cost more.
  const size_t ntx = tx_order_.size();
  if (begin_ < tx_begin_) tx_lo_ = 0;
  if (end_ < tx_end_ || tx_hi_ < tx_lo_) tx_hi_ = tx_lo_;
  tx_begin_ = begin_;
  tx_end_ = end_;
  while (tx_lo_ < ntx && tx_[tx_order_[tx_lo_]].first_token < begin_) ++tx_lo_;
  if (tx_hi_ < tx_lo_) tx_hi_ = tx_lo_;
  while (tx_hi_ < ntx && tx_[tx_order_[tx_hi_]].first_token < end_) ++tx_hi_;
  trigs_.clear();
  std::vector<TriggerMatch>& at = at_;
  for (uint32_t i = begin_; i < end_;) {
    // Most tokens fail the lexicon's prefilter: a tight loop over them, no
    // lookup, no further test; a sentence without a candidate costs one pass.
    while (i < end_ && !lex_.MayStartTriggerAt(t_, i)) ++i;
    if (i >= end_) break;
    if (MentionAt(i) != kNone || timex_at_[i] != kNone || Punct(i)) {
      ++i;
      continue;
    }
    lex_.TriggersAt(t_, i, end_, &at);
    // A journey of frame `visit` alone ("travelled to", "a trip to") is a
    // trigger only with a destination right after it, and not with
    // "together", which another reading of the verb takes ("X and Y
    // travelled to Paris together").
    for (size_t k = 0; k < at.size();) {
      const TriggerEntry& v = *at[k].entry;
      uint32_t vf, ve;
      int32_t vc;
      if ((v.frame & kFrameVisit) && !(v.frame & kFrameObject) &&
          (!VisitDestination(at[k].end, &vf, &ve, &vc) || (!v.noun && TogetherAt(i, at[k].end))))
        at.erase(at.begin() + k);
      else
        ++k;
    }
    if (at.empty()) {
      ++i;
      continue;
    }
    TriggerMatch best = at[0];
    // Same length, noun and verb readings: decide from the left context.
    for (size_t k = 1; k < at.size(); ++k) {
      if (at[k].end != best.end) break;
      // Two verb readings, one of them only as a journey's purpose ("flew
      // to Berlin to join Merz", "will join Merz at the rally"): that one
      // after "to", unless a word of plan or wish governs the infinitive
      // ("is expected to join Merz at the rally", "plans to join him").
      // Two verb readings, one of them only with "together" ("X and Y
      // together visited the troops", "X visited the troops"): that one
      // where "together" goes with the verb.
      if (!at[k].entry->noun && !best.entry->noun &&
          ((at[k].entry->frame ^ best.entry->frame) & kFrameTogether)) {
        const bool together = TogetherAt(i, best.end);
        if (((at[k].entry->frame & kFrameTogether) != 0) == together) best = at[k];
        continue;
      }
      if (!at[k].entry->noun && !best.entry->noun &&
          ((at[k].entry->frame ^ best.entry->frame) & kFramePurpose)) {
        const bool to = i > begin_ && W(i - 1) == "to" &&
                        !(i > begin_ + 1 &&
                          (ClassesAt(i - 2) & (words::kScheduleWord | words::kFillerWord)));
        if (((at[k].entry->frame & kFramePurpose) != 0) == to) best = at[k];
        continue;
      }
      if (at[k].entry->noun != best.entry->noun) {
        bool noun = IsNoun(best, at[k], i);
        if (at[k].entry->noun == noun) best = at[k];
        break;
      }
    }
    // "spoke separately by phone with X", "reached her by telephone": after
    // "by" a bare form of a verb is the noun of the means, the medium of
    // the verb before it, not a verb whose subject is the object after it
    // ("by phoning X" is the verb).
    if (!best.entry->noun && best.end == i + 1 && i > begin_ && W(i - 1) == "by" &&
        !W(i).EndsWith("ing")) {
      ++i;
      continue;
    }
    // "the so-called coalition": the adjective is no call.
    if (i >= begin_ + 2 && t_.tokens[i].Has(kGlued) && W(i) == "called" && W(i - 1) == "-" &&
        W(i - 2) == "so") {
      i = best.end;
      continue;
    }
    // A verb that is an interaction only with "together" and has none is
    // no trigger at all: it would take a time or a clause from the others.
    if (!best.entry->noun && (best.entry->frame & kFrameTogether) && !TogetherAt(i, best.end)) {
      ++i;
      continue;
    }
    // A verb of frame `by_phone` is a call only with the medium after its
    // object ("invited X by phone"); "invited X to the summit" is none.
    if (!best.entry->noun && (best.entry->frame & kFrameByPhone) && !MediumAfterObject(best.end)) {
      ++i;
      continue;
    }
    trigs_.push_back(best);
    i = best.end;
  }
  if (trigs_.empty() && !SentenceNamesSeat() && !SentenceListsPresent()) {
    UpdateNarrative(s);
    return;
  }
  // An event that is no interaction is kept only when dated (Emit): by a
  // usable time expression of the sentence or by the narrative. In a
  // sentence that gives neither, its analysis is skipped: it would only be
  // thrown away, and it changes nothing for the other triggers (they look
  // at interactions only), except a noun after "in" whose hosts join the
  // verb's event ("met Y in talks hosted by Z").
  bool dated = NarrativeDates(s);
  for (size_t i = tx_lo_; i < tx_hi_ && !dated; ++i) dated = UsableTimex(int32_t(tx_order_[i]));
  bool prepared = false;  // PrepareSentence on the first trigger analysed

  std::vector<Candidate> cands;
  cands.reserve(trigs_.size());
  cur_ = &cands;
  trig_np_.assign(trigs_.size(), 0);
  for (size_t ti = 0; ti < trigs_.size(); ++ti) {
    const TriggerMatch& tm = trigs_[ti];
    const TriggerEntry& e = *tm.entry;
    if (!e.interaction && !dated && !(e.noun && tm.first > begin_ && W(tm.first - 1) == "in"))
      continue;
    if (!prepared) {
      PrepareSentence();
      prepared = true;
    }
    Candidate c;
    c.trig = tm;
    if (e.noun) {
      NounParticipants(tm, &c);
    } else {
      VerbParticipants(tm, &c);
    }
    trig_np_[ti] = c.participants.size();
    // Frames: who may fill the non-subject slots.
    if (e.frame & (kFramePersons | kFramePersonsOrCountries)) {
      size_t kept = 0;  // filtered in place
      for (size_t k = 0; k < c.participants.size(); ++k) {
        ActorKind kd = KindOf(c.participants[k]);
        bool ok = kd == ActorKind::kPerson ||
                  ((e.frame & kFramePersonsOrCountries) && kd == ActorKind::kCountry) ||
                  ((kd == ActorKind::kCountry || kd == ActorKind::kOrganization) &&
                   std::find(owner_polities_.begin(), owner_polities_.end(),
                             c.participants[k]) != owner_polities_.end());
        // The first participant found is the subject when there is one.
        if (ok || k == 0) c.participants[kept++] = c.participants[k];
      }
      c.participants.resize(kept);
    }
    // "X hosted Y", "X welcomed Y": one side hosts, the other is received;
    // "X and Y received letters" is no interaction.
    // ("On Wednesday, X hosted a video call with Y": a verb without a
    // party received names no interaction; a time before it dates the
    // event noun it governs.)
    // A verb of frame `together` names an interaction only with "together"
    // ("X and Y appeared together"; "X appeared on television" is none),
    // and then its subject of two or more is the pair, with no object.
    // A leader's visit to a country names its one party; the host comes
    // with the gazetteer's offices (ResolveCountryVisits).
    const bool visit = (e.frame & kFrameVisit) && LeaderVisit(tm, &c);
    // A journey that is no leader's visit ("he flew to Lagos", "the
    // minister's trip to Moscow") names no interaction.
    if (VisitOnly(e) && !visit) {
      trig_np_[ti] |= kNamedNoInteraction;
      continue;
    }
    const bool together = (e.frame & kFrameTogether) && TogetherAt(tm.first, tm.end);
    if ((e.frame & kFrameTogether) && !together) {
      trig_np_[ti] |= kNamedNoInteraction;
      continue;
    }
    if (!visit && !e.noun && e.interaction && !(e.frame & (kFrameWith | kFrameTo)) &&
        c.participants.size() <= c.subject_count && !(together && c.subject_count >= 2)) {
      trig_np_[ti] |= kNamedNoInteraction;
      continue;
    }
    if (!visit && (e.frame & kFrameNeedsWith)) {
      bool with = false;
      for (uint32_t k = tm.end; k < end_ && k < tm.end + 6; ++k) {
        if (W(k) == "with" || W(k) == "between" || W(k) == "together") with = true;
        // "spent 48 hours engaging with X": the "with" is another verb's;
        // not "spent the evening with X", whose "-ing" word is a noun.
        if (!e.noun && W(k).size() > 4 && W(k).EndsWith("ing") && W(k) != "evening" &&
            W(k) != "morning")
          break;
      }
      // "a dinner on Monday night, at which X handed Y a letter".
      if (!with && !c.definite && e.noun && c.participants.size() < 2 &&
          OccasionRelativePersons(tm, &c.participants))
        with = true;
      if (!with && !c.definite) {
        trig_np_[ti] |= kNamedNoInteraction;
        continue;
      }
    }
    // An interaction of fewer than two participants that names no earlier
    // event ("the meeting") and brings no hosts is dropped by Emit; its
    // status, place and type are asked by nobody else.
    if (!visit && e.interaction && !c.definite && c.participants.size() < 2 && c.hosts.empty())
      ClausePersonsFallback(tm, &c);
    if (!visit && e.interaction && !c.definite && c.participants.size() < 2 && c.hosts.empty()) {
      cands.push_back(std::move(c));
      continue;
    }
    c.status = StatusOf(c);
    if (c.place.empty()) c.place = PlaceNear(tm);
    c.type = e.type;
    if (e.interaction && e.type == "talks") {
      // "spoke with X by phone", "talks by video link": a call.
      uint32_t from = ClauseStart(tm.first);
      for (uint32_t k = from; k < end_ && k < tm.end + 8; ++k) {
        if (ClassesAt(k) & words::kCallMedium) {
          c.type = "call";
          break;
        }
        if (k >= tm.end && (W(k) == "in" || W(k) == "during") && k + 1 < end_ &&
            (W(k + 1) == "a" || W(k + 1) == "an" || W(k + 1) == "the")) {
          // "briefed X in a call on Monday", "spoke to X during a video
          // call": the noun the clause happened in names its form.
          bool call = false;
          for (const TriggerMatch& o : trigs_)
            if (o.first > k + 1 && o.first <= k + 4 && o.entry->type == "call") call = true;
          if (call) {
            c.type = "call";
            break;
          }
        }
        if (k >= tm.end && W(k) == "," && k + 1 < end_ && (W(k + 1) == "a" || W(k + 1) == "an")) {
          // "spoke to X on Feb. 12, a 90-minute call that ...": the noun in
          // apposition to the clause names its form.
          for (const TriggerMatch& o : trigs_)
            if (o.first > k + 1 && o.first <= k + 6 && o.entry->type == "call") c.type = "call";
          break;
        }
        // "X and Y "spoke at length" by telephone", "spoke "at length" by
        // phone": the marks of a short quote end no clause.
        if (k >= tm.end && QuoteCharAt(t_, k) != QuoteChar::kNone &&
            (ScareQuoteOpen(k) != kNoScareQuote || ScareQuoteClose(k) != kNoScareQuote))
          continue;
        if (k >= tm.end && IsBoundary(k)) break;  // hard punctuation included
      }
    }
    // "X and Y met separately with Z": one meeting of each subject with Z,
    // none of X with Y.
    c.separately = !e.noun && e.interaction && c.subject_count >= 2 &&
                   c.participants.size() > c.subject_count && Separately(tm);
    // "X met separately with Y and Z": one meeting of X with each. Before
    // the verb it sets the event apart from another told beside it ("the
    // team met A in a trilateral format, and X separately held talks with
    // Y and Z": one session of the three).
    c.separately = c.separately || (!e.noun && e.interaction && c.subject_count == 1 &&
                                    c.participants.size() >= 3 && Separately(tm, true, true));
    // "X met A and B", "X spoke with A and B": one encounter with each
    // (events/one_by_one.h). Not hosting, nor talks held or negotiated.
    c.separately = c.separately ||
                   (!e.noun && e.interaction &&
                    !(e.type == "meeting" && (e.frame & kFramePersons)) &&
                    !(e.frame & kFramePersonsOrCountries) &&
                    MetOneByOne(a_, c.participants, c.subject_count) && ObjectsListedApart(tm, c));
    // "met A at the Pentagon and B at the State Department": two places,
    // two encounters, of one government's envoys too.
    if (!c.separately && !e.noun && e.interaction && c.subject_count == 1 &&
        c.participants.size() == 3) {
      for (uint32_t k = tm.end; k < end_; ++k) {
        if (!MentionEndsAt(k) || EntityOf(MentionAt(k)) != c.participants[1]) continue;
        const uint32_t a = ParallelPlaceAfter(k + 1);
        c.separately = a != k + 1 && EntityOf(MentionAt(a + 1)) == c.participants[2];
        break;
      }
    }
    if (e.noun && e.interaction) SeparateMeetingsWith(tm, &c);
    if (e.interaction) RepeatedWithApart(tm, &c, &cands);
    cands.push_back(std::move(c));
  }
  IncludedEncounters(&cands);
  if (SentenceNamesSeat()) {
    if (!prepared) PrepareSentence();
    SeatVisits(&cands);
  }
  if (SentenceListsPresent()) {
    if (!prepared) PrepareSentence();
    PresenceSessions(&cands);
  }
  cur_ = nullptr;
  // Nor is it an interaction word for the rules after ("when he flew to
  // Lagos, and then again on March 13": "again" is the meeting's).
  {
    size_t kept = 0;
    for (size_t ti = 0; ti < trigs_.size(); ++ti) {
      bool gone = VisitOnly(*trigs_[ti].entry);
      for (const Candidate& c : cands)
        if (c.trig.first == trigs_[ti].first && c.visit_end) gone = false;
      if (gone) continue;
      trigs_[kept] = trigs_[ti];
      trig_np_[kept] = trig_np_[ti];
      ++kept;
    }
    trigs_.resize(kept);
    trig_np_.resize(kept);
  }
  // "since December 2019, when the two held talks in Paris": a time that a
  // "when" clause right after it describes dates that clause's event.
  int32_t when_timex = kNone;
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    size_t x = tx_order_[i];
    uint32_t e = tx_[x].end_token;
    if (e < end_ && W(e) == ",") ++e;
    // ("since" takes the time away from the main clause, not from this one.)
    if (!(e < end_ && W(e) == "when") || tx_date_[x].empty()) continue;
    // The first event of the clause only ("in 2022 when the invasion started
    // X's advice to Y was ...": the invasion's).
    for (Candidate& c : cands) {
      if (c.trig.first <= e) continue;
      if (!c.trig.entry->interaction || (c.participants.size() < 2 && !c.visit_end)) break;
      bool boundary = false;
      for (uint32_t k = e + 1; k < c.trig.first && !boundary; ++k) boundary = IsBoundary(k);
      if (!boundary && c.timex == kNone) {
        c.timex = int32_t(x);
        when_timex = int32_t(x);
      }
      break;
    }
  }
  // Each usable time expression dates the nearest event of its clause.
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    size_t x = tx_order_[i];
    if (int32_t(x) == when_timex || !UsableTimex(int32_t(x)) || DatelineBesideOther(int32_t(x)) ||
        StampBesideOther(int32_t(x)))
      continue;
    // "X, who hosted Y in London on Sunday, spoke with Z": a time inside a
    // relative clause set off by commas dates only an event inside it.
    uint32_t rel_from = 0, rel_to = 0, rel_pred = 0;
    for (uint32_t k = tx_[x].first_token; k > begin_ + 1 && k + 16 > tx_[x].first_token;) {
      --k;
      if (W(k) != ",") continue;
      Word r = W(k + 1);
      if ((r == "who" || r == "which" || r == "whose") && !BeingThereRelative(k + 1)) {
        rel_from = k;
        // (A clause on a person closing the sentence runs to its end; one
        // on a thing may be the event itself: "talks, which took place on
        // Friday".)
        rel_to = r == "which" ? 0 : end_;
        for (uint32_t j = tx_[x].end_token; j < end_; ++j)
          if (W(j) == "," || IsBoundary(j)) {
            rel_to = j;
            break;
          }
        // "The meeting, which lasted two hours on Friday, brought together
        // X and Y": the clause on an interaction noun tells of that event,
        // and so does the verb right after its closing comma, whose subject
        // the noun is.
        if (r == "which" && rel_to && W(rel_to) == ",")
          for (const TriggerMatch& o : trigs_)
            if (o.entry->noun && o.entry->interaction && o.end == k) rel_pred = rel_to + 1;
      }
      break;
    }
    int best = -1, best_cost = 1 << 30;
    const uint32_t since_at = SinceBefore(tx_[x].first_token);
    for (size_t k = 0; k < cands.size(); ++k) {
      const Candidate& c = cands[k];
      if (rel_to && (c.trig.first < rel_from || c.trig.first > rel_to) &&
          !(rel_pred && c.trig.first == rel_pred && !c.trig.entry->noun))
        continue;
      // "X, who met Y before the plenary, said ... by the end of 2026": a
      // time outside a relative clause on a person set off by commas does
      // not date the event inside it.
      if (TimeOutsideRelative(x, c.trig)) continue;
      if (c.trig.first < since_at) continue;
      if (TimeOfEarlierTrigger(x, c.trig)) continue;
      if (BackgroundPerfectRelative(c.trig, tx_[x].first_token, tx_[x].end_token)) continue;
      if (const uint32_t th = SpeechOccasionThat(c.trig); th && tx_[x].first_token > th) continue;
      // A bare "the meeting" takes its date from the event it names.
      bool viable = !c.trig.entry->interaction || c.participants.size() >= 2 || c.visit_end;
      if (!viable) continue;
      uint32_t a = tx_[x].first_token < c.trig.first ? tx_[x].end_token : c.trig.end;
      uint32_t b = tx_[x].first_token < c.trig.first ? c.trig.first : tx_[x].first_token;
      if (InteractionBetween(std::min(a, b), std::max(a, b), tx_[x].first_token < c.trig.first))
        continue;
      if (ThatConjunctBetween(std::min(a, b), std::max(a, b))) continue;
      // "travelled to Kinshasa, where he met X, and on to Kigali, where he
      // saw Y the following day": a time inside a later relative clause of
      // place dates what happened there, not the event before it.
      if (tx_[x].first_token > c.trig.first && SceneRelativeOpener(c.trig.end, tx_[x].first_token))
        continue;
      int cost = ClauseCost(std::min(a, b), std::max(a, b));
      // Interactions claim a date before other events of the same distance.
      if (!c.trig.entry->interaction) cost += 3;
      // "met Y on Monday and will visit Z on Thursday": a time of the
      // conjunct before goes to that conjunct's verb first.
      if (EarlierConjunct(tx_[x].first_token, tx_[x].end_token, c.trig)) cost += 10;
      // "sat down with X at Blair House on Monday to discuss the truce": a
      // time right before an infinitive of purpose is the main clause's,
      // not that of an event the infinitive's object names.
      if (c.trig.first > tx_[x].end_token + 1 && W(tx_[x].end_token) == "to") cost += 40;
      // "met Y at the headquarters on Wednesday, a meeting officials
      // described as a briefing on the trade deal": an apposition that
      // restates the event just told names no event of that time.
      if (const uint32_t comma = RestatingApposition(int32_t(x));
          comma && c.trig.first > comma + 2)
        cost += 40;
      if (cost < best_cost) {
        best_cost = cost;
        best = int(k);
      }
    }
    if (best < 0) continue;
    Candidate& c = cands[best];
    if (c.timex == kNone) {
      c.timex = int32_t(x);
    } else if (c.timex == when_timex && !WithinDate(tx_date_[x], tx_date_[when_timex])) {
      // "since the 1980s, when the two met over a late-night meal": the
      // time the "when" clause describes is that clause's; a time inside
      // it can only tell the day more precisely.
    } else {
      uint32_t t0 = tx_[c.timex].first_token;
      auto dist = [&](uint32_t t) {
        return t < c.trig.first ? c.trig.first - t : t - c.trig.first;
      };
      // "said on Saturday he would meet Putin on March 5": the time of the
      // statement does not date the event reported after it.
      // So does a time told before the verb of saying that reports the
      // event ("X, briefing reporters in the evening, said Y had spoken
      // with Z on Saturday").
      const bool occasion = SpeechOccasionThat(c.trig) != 0;
      bool sx = !occasion && (DatesSpeech(x, c.trig) || SpeechBetween(x, c.trig)),
           s0 = !occasion &&
                (DatesSpeech(size_t(c.timex), c.trig) || SpeechBetween(size_t(c.timex), c.trig));
      // "arrived in Washington on Sunday and met Rubio on Monday": a time
      // of the conjunct before the verb's own dates that conjunct's verb.
      const bool px = EarlierConjunct(tx_[x].first_token, tx_[x].end_token, c.trig),
                 p0 = EarlierConjunct(t0, tx_[c.timex].end_token, c.trig);
      // "toured the region last month, meeting Y on Jan. 4": a time before
      // the comma of a participle clause dates the clause it follows.
      const uint32_t pc = ParticipleComma(c.trig);
      const bool cx = pc != kNoParticiple && tx_[x].end_token <= pc,
                 c0 = pc != kNoParticiple && tx_[c.timex].end_token <= pc;
      if (sx != s0 ? s0 : px != p0 ? p0 : cx != c0 ? c0 : dist(tx_[x].first_token) < dist(t0))
        c.timex = int32_t(x);
    }
  }
  // Two events told by one trigger ("held talks with A, thanking him ...,
  // and with B"): the time that dates one dates the other.
  for (size_t k = 0; k < cands.size(); ++k) {
    if (cands[k].timex != kNone || !cands[k].trig.entry->interaction) continue;
    for (size_t j = 0; j < cands.size(); ++j)
      if (j != k && cands[j].timex != kNone && cands[j].trig.first == cands[k].trig.first &&
          cands[j].trig.end == cands[k].trig.end && cands[j].trig.entry == cands[k].trig.entry) {
        cands[k].timex = cands[j].timex;
        break;
      }
  }
  // A repeated interaction with coordinated dates ("spoke twice, in February
  // and September", "met in May and again in July"): one event per date.
  for (size_t k = 0, n = cands.size(); k < n; ++k) {
    if (cands[k].timex == kNone || !cands[k].trig.entry->interaction) continue;
    int32_t last = cands[k].timex;
    // "meetings with X in 2013 and 2014", "calls on May 2 and May 9": a
    // plural meeting or call noun is repeated too (talks may run on).
    bool repeated = false;
    if (cands[k].trig.entry->noun && cands[k].trig.entry->type != "talks")
      for (uint32_t j = cands[k].trig.first; j < cands[k].trig.end; ++j) {
        const Word w = W(j);
        if (w.size() > 3 && w.EndsWith("s") && !w.EndsWith("ss") && w != "news") repeated = true;
      }
    for (uint32_t j = cands[k].trig.end; j < tx_[last].first_token && j < end_; ++j) {
      Word w = W(j);
      if (w == "twice" || w == "again" || (w == "two" && j + 1 < end_ && W(j + 1) == "times"))
        repeated = true;
    }
    for (size_t i = tx_lo_; i < tx_hi_; ++i) {
      int32_t y = int32_t(tx_order_[i]);
      if (tx_[y].first_token < tx_[last].end_token || !UsableTimex(y)) continue;
      uint32_t j = tx_[last].end_token;
      if (j < end_ && W(j) == ",") ++j;
      if (!(j < end_ && W(j) == "and")) break;
      ++j;
      if (j < end_ && W(j) == "again") {
        repeated = true;
        ++j;
      }
      if (j < end_ && (W(j) == "in" || W(j) == "on")) ++j;
      if (j != tx_[y].first_token || !repeated) break;
      Candidate copy = cands[k];
      copy.timex = y;
      cands.push_back(std::move(copy));
      last = y;
    }
  }
  // "met Blair 10 days ago and Clinton last week", "talks with X on Monday
  // and Y on Tuesday": each name of the list with the date after it, one
  // event per pair; the first list is told apart from the second.
  for (size_t k = 0, n = cands.size(); k < n; ++k) {
    if (cands[k].timex == kNone || !cands[k].trig.entry->interaction) continue;
    const int32_t x = cands[k].timex;
    uint32_t t1 = tx_[x].first_token;
    if (t1 <= cands[k].trig.end) continue;
    if (t1 > begin_ + 1 && (W(t1 - 1) == "on" || W(t1 - 1) == "in")) --t1;
    if (t1 <= begin_ || !MentionEndsAt(t1 - 1)) continue;
    std::vector<uint32_t> first;
    if (ListLeft(t1 - 1, &first) < cands[k].trig.end) continue;
    uint32_t j = tx_[x].end_token;
    if (j < end_ && W(j) == ",") {
      ++j;
      // "last night, shortly after the X call, and again to Y this
      // morning": an aside on the first date, set off by commas.
      if (j < end_ && (PrepAt(j) || W(j) == "shortly" || W(j) == "just" || W(j) == "soon")) {
        uint32_t q = j;
        while (q < end_ && q < j + 10 && !CommaOrHardAt(q)) ++q;
        if (q + 1 < end_ && W(q) == "," && W(q + 1) == "and") j = q + 1;
      }
    }
    if (!(j < end_ && W(j) == "and")) continue;
    ++j;
    // "and again to Y this morning", "and also with Y on Tuesday".
    if (j < end_ && (W(j) == "again" || W(j) == "also")) ++j;
    if (j < end_ && (W(j) == "with" || W(j) == "to")) ++j;  // "and with Y on Tuesday"
    // "and with the minister for refugees and repatriation, Y, the
    // following day": an office set off before the name it describes;
    // the comma closing it comes before the date.
    bool set_off = false;
    if (j < end_ && !MentionStartsAt(j) && DetAt(j)) {
      uint32_t q = j + 1;
      while (q < end_ && q < j + 10 && W(q) != "," && !HardAt(q) && timex_at_[q] == kNone &&
             MentionAt(q) == kNone && !AuxAt(q))
        ++q;
      if (q + 1 < end_ && W(q) == "," && MentionStartsAt(q + 1)) {
        j = q + 1;
        set_off = true;
      }
    }
    if (!(j < end_ && MentionStartsAt(j))) continue;
    std::vector<uint32_t> second;
    uint32_t r = ListRight(j, true, &second);
    if (set_off && r + 1 < end_ && W(r) == "," && timex_at_[r + 1] != kNone &&
        tx_[timex_at_[r + 1]].first_token == r + 1)
      ++r;
    // "and with Y once more this morning".
    if (r < end_ && W(r) == "again") ++r;
    if (r + 1 < end_ && W(r) == "once" && W(r + 1) == "more") r += 2;
    // "and with Y, the summit host, on Friday": an appositive of the item,
    // a noun phrase set off by commas, before its date.
    if (r + 2 < end_ && W(r) == "," && DetAt(r + 1)) {
      uint32_t q = r + 2;
      while (q < end_ && q < r + 10 && !CommaOrHardAt(q) && timex_at_[q] == kNone &&
             MentionAt(q) == kNone && !AuxAt(q))
        ++q;
      if (q + 1 < end_ && W(q) == ",") r = q + 1;
    }
    if (r < end_ && (W(r) == "on" || W(r) == "in")) ++r;
    if (r >= end_ || timex_at_[r] == kNone || tx_[timex_at_[r]].first_token != r ||
        !UsableTimex(timex_at_[r]))
      continue;
    Candidate copy = cands[k];
    copy.participants.clear();
    for (uint32_t e : cands[k].participants)
      if (std::find(first.begin(), first.end(), e) == first.end() &&
          std::find(second.begin(), second.end(), e) == second.end())
        copy.participants.push_back(e);
    if (copy.participants.empty()) continue;
    for (uint32_t e : second) AddOnce(&copy.participants, e);
    copy.timex = timex_at_[r];
    auto& orig = cands[k].participants;
    orig.erase(std::remove_if(orig.begin(), orig.end(),
                              [&](uint32_t e) {
                                return std::find(second.begin(), second.end(), e) != second.end() &&
                                       std::find(first.begin(), first.end(), e) == first.end();
                              }),
               orig.end());
    cands.push_back(std::move(copy));
  }
  // An event without a time of its own takes the sentence's, unless that
  // time dates another interaction.
  for (Candidate& c : cands) {
    if (c.timex != kNone) continue;
    int best = -1, best_cost = 1 << 30;
    const uint32_t participle_comma = ParticipleComma(c.trig);
    for (size_t i = tx_lo_; i < tx_hi_; ++i) {
      size_t x = tx_order_[i];
      if (!UsableTimex(int32_t(x))) continue;
      if (c.trig.first < SinceBefore(tx_[x].first_token)) continue;
      bool taken = false;
      uint32_t tf = tx_[x].first_token;
      // "On Friday X was at a summit, where he met Y": the events the time
      // dates before a relative clause of place or occasion leave it to the
      // event inside.
      const uint32_t scene =
          tf < c.trig.first ? SceneRelativeOpener(tx_[x].end_token, c.trig.first) : 0;
      // "Earlier on Friday, X held talks with Y in Istanbul, while Z met
      // W": a time that opens the sentence, set off by its comma, dates
      // every clause of it, not only the first event after it.
      // (An interaction's, outside a clause of time: "since Trump took
      // office" keeps no "Yesterday, ...".)
      bool opens = c.trig.entry->interaction && FrontedSentenceTime(x) &&
                   tx_[x].end_token < c.trig.first;
      // It reaches a clause of its own after a comma ("..., while Z met
      // W"); within the first clause one time dates one event.
      bool own_clause = false;
      for (uint32_t k = tx_[x].end_token + 1; opens && k < c.trig.first; ++k) {
        const Word w = W(k);
        if (w == "since" || w == "after" || w == "before" || w == "until" || w == "when" ||
            w == "once" || w == "had")
          opens = false;
        if (W(k - 1) == "," && (w == "while" || w == "whereas" || w == "and" || w == "but"))
          own_clause = true;
      }
      opens = opens && own_clause;
      for (const Candidate& o : cands)
        if (&o != &c && o.timex == int32_t(x) && o.trig.entry->interaction &&
            !(scene && o.trig.first < scene) && !opens)
          taken = true;
      // Nor a time next to another interaction word ("the visit in September").
      auto dist = [&](const TriggerMatch& t) {
        return tf < t.first ? t.first - tf : tf - t.first;
      };
      for (const auto& o : trigs_)
        if (!opens && o.first != c.trig.first && o.entry->interaction && dist(o) < dist(c.trig) &&
            !(scene && o.first < scene) &&
            // ("met Y on the sidelines of the conference in February": the
            // occasion that holds the event shares its time.)
            !(o.first > c.trig.end && o.end <= tf && HostingOccasion(o, c.trig.end)))
          taken = true;
      if ((!opens && InteractionBetween(scene ? scene : std::min(tf, c.trig.end),
                                        std::max(tf, c.trig.first), false)) ||
          ThatConjunctBetween(std::min(tf, c.trig.end), std::max(tf, c.trig.first)))
        taken = true;
      // "X, who took office after Y resigned on Friday, sat down with Z":
      // a time inside a relative clause between commas dates that clause.
      if (!taken) {
        uint32_t open = tf, close = tx_[x].end_token;
        while (open > begin_ && !CommaOrHardAt(open - 1)) --open;
        while (close < end_ && !CommaOrHardAt(close)) ++close;
        // "X is expected to meet Y, who said this week he hopes ...": a
        // relative clause closing the sentence after the event holds its
        // time as well.
        const bool closes = close < end_ && W(close) == ",";
        const bool last =
            (close >= end_ || HardAt(close)) && c.trig.first < open && W(open) == "who";
        if (open > begin_ && W(open - 1) == "," && open < tf &&
            (W(open) == "who" || W(open) == "which") && (closes || last) &&
            (c.trig.first < open || c.trig.first > close) && !BeingThereRelative(open) &&
            // ("X, who arrived in Y on Sunday, was greeted by Z": the
            // arrival sets the scene of what X did there, told as done.)
            !(ArrivalRelative(open) && c.status == EventStatus::kOccurred))
          taken = true;
      }
      if (TimeOfEarlierTrigger(x, c.trig)) taken = true;
      if (BackgroundPerfectRelative(c.trig, tf, tx_[x].end_token)) taken = true;
      if (const uint32_t th = SpeechOccasionThat(c.trig); th && tf > th) taken = true;
      // "X, who met Y before the plenary, said ... by 2026": nor the time
      // of the clause a relative clause on a person hangs on.
      if (TimeOutsideRelative(x, c.trig)) taken = true;
      if (taken) continue;
      int cost = ClauseCost(std::min(tx_[x].first_token, c.trig.first),
                            std::max(tx_[x].first_token, c.trig.first));
      // "toured the region last month, meeting Y on Jan. 4": a participle
      // clause's own time comes before the time of the clause it follows.
      if (participle_comma != kNoParticiple && tx_[x].end_token <= participle_comma) cost += 40;
      if (cost < best_cost) {
        best_cost = cost;
        best = int(x);
      }
    }
    c.timex = best;
  }
  // "he will be received by X at Windsor later this month and hold talks
  // with Y": a bare verb right after "and" shares the auxiliary, and the
  // time, of the verb before it (same status, no clause boundary between).
  for (size_t k = 1; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    const Candidate& p = cands[k - 1];
    if (c.timex != kNone || p.timex == kNone || c.trig.entry->noun || p.trig.entry->noun ||
        !c.trig.entry->interaction || !p.trig.entry->interaction || c.status != p.status ||
        p.trig.end >= c.trig.first || W(c.trig.first - 1) != "and")
      continue;
    bool boundary = false;
    for (uint32_t j = p.trig.end; j + 1 < c.trig.first && !boundary; ++j)
      boundary = HardAt(j) || W(j) == "," || IsBoundary(j);
    if (!boundary) c.timex = p.timex;
  }
  for (Candidate& c : cands) {
    const int32_t ante = WhichClauseAntecedentTime(c.trig, c.timex);
    if (ante != kNone) c.timex = ante;
  }
  // "met in Alexandria the following year, in September 1986": a time
  // restated right after its comma by a more precise one within it; the
  // more precise date is the event's.
  for (Candidate& c : cands)
    if (c.timex != kNone) c.timex = RestatedMorePrecisely(c.timex);
  // "took place on Jan. 17, three days before the vote, when X and Y
  // discussed trade": a "when" clause on a time takes that time.
  for (Candidate& c : cands) {
    const int32_t h = WhenClauseHostTime(c.trig);
    if (h != kNone) c.timex = h;
  }
  for (Candidate& c : cands) {
    if (!c.trig.entry->interaction) continue;
    const int32_t l = LatestInstanceTime(c.trig);
    if (l != kNone) c.timex = l;
  }
  // "Trump said on Monday that Putin had agreed to meet Zelensky": what is
  // yet to happen does not happen on the day it is announced.
  // So does "On Monday, Trump told leaders that ...": a verb of saying
  // between the time and the trigger.
  for (Candidate& c : cands) {
    if (c.timex == kNone || !c.trig.entry->interaction ||
        (c.status != EventStatus::kPlanned && c.status != EventStatus::kProposed))
      continue;
    bool speech = DatesSpeech(size_t(c.timex), c.trig);
    for (uint32_t k = tx_[c.timex].end_token; !speech && k < c.trig.first; ++k)
      speech = SpeechAt(k);
    if (speech) c.timex = kNone;
  }
  // "The summit was announced two days later", "the talks were confirmed
  // on Monday": a time after the passive verb of announcing that follows
  // the event's noun dates the announcement, not the event.
  for (Candidate& c : cands) {
    if (c.timex == kNone || !c.trig.entry->interaction) continue;
    // (past the noun's own phrase: "the meeting between X and Y was ...")
    const uint32_t tf = tx_[c.timex].first_token;
    uint32_t k = c.trig.end;
    while (k < tf && W(k) != "was" && W(k) != "were" && W(k) != "," && !IsBoundary(k)) ++k;
    if (k + 1 >= tf || !(W(k) == "was" || W(k) == "were")) continue;
    // ("was confirmed for Friday": the day it is set for is its own.)
    if (tf > 0 && W(tf - 1) == "for") continue;
    Word v = W(k + 1);
    if (v == "announced" || v == "confirmed" || v == "unveiled" || v == "disclosed" ||
        v == "revealed" || v == "reported")
      c.timex = kNone;
  }
  // "X and Y met separately with Z": one meeting of each subject with Z,
  // none of X with Y; each keeps the date found for the verb.
  for (size_t k = 0, n = cands.size(); k < n; ++k) {
    if (!cands[k].separately) continue;
    Candidate& c = cands[k];
    const size_t subjects = c.subject_count;
    std::vector<uint32_t> all = c.participants;
    if (subjects == 1) {
      for (size_t j = 1; j < all.size(); ++j) {
        Candidate one = cands[k];
        one.participants = {all[0], all[j]};
        one.separately = false;
        if (j == 1) {
          cands[k] = std::move(one);
        } else {
          cands.push_back(std::move(one));
        }
      }
      continue;
    }
    for (size_t j = 0; j < subjects; ++j) {
      Candidate one = cands[k];
      one.participants.assign(1, all[j]);
      one.participants.insert(one.participants.end(), all.begin() + long(subjects), all.end());
      one.subject_count = 1;
      one.separately = false;
      if (j == 0) {
        cands[k] = std::move(one);
      } else {
        cands.push_back(std::move(one));
      }
    }
  }
  // One event named twice in a sentence ("met ... for talks"): keep the
  // fuller report.
  std::vector<bool> drop(cands.size(), false);
  // "X met Y on Monday in talks hosted by Z": the noun names the verb's
  // event again and brings its hosts.
  for (size_t j = 0; j < cands.size(); ++j) {
    Candidate& b = cands[j];
    if (b.hosts.empty() || !b.trig.entry->noun || b.trig.first == begin_ ||
        W(b.trig.first - 1) != "in")
      continue;
    for (size_t i = 0; i < cands.size(); ++i) {
      Candidate& a = cands[i];
      if (i == j || drop[i] || a.trig.entry->noun || !a.trig.entry->interaction ||
          a.participants.size() < 2 || a.trig.end > b.trig.first ||
          Asserted(a.status) != Asserted(b.status))
        continue;
      for (uint32_t x : b.hosts) AddOnce(&a.participants, x);
      drop[j] = true;
      break;
    }
  }
  for (size_t i = 0; i < cands.size(); ++i) {
    for (size_t j = 0; j < cands.size(); ++j) {
      if (i == j || drop[j] || drop[i]) continue;
      Candidate& a = cands[i];
      Candidate& b = cands[j];
      if (!a.trig.entry->interaction || !b.trig.entry->interaction) continue;
      if (!TypesFit(a.type, b.type)) continue;
      if (Asserted(a.status) != Asserted(b.status)) continue;
      // "X sat down with Y on Saturday and the two agreed to hold talks
      // between A and B": the planned event is a later one, not the one
      // that took place told again.
      if ((a.status == EventStatus::kOccurred) != (b.status == EventStatus::kOccurred)) continue;
      // A bare "the meeting" is a mention of an earlier event, kept as such.
      if (a.participants.size() < 2) continue;
      bool subset = std::all_of(a.participants.begin(), a.participants.end(), [&](uint32_t e) {
        return std::find(b.participants.begin(), b.participants.end(), e) != b.participants.end();
      });
      if (!subset || a.participants.size() > b.participants.size()) continue;
      if (a.participants.size() == b.participants.size() && i < j &&
          !(a.type == "talks" && b.type != "talks"))
        continue;  // equal: drop the later one, or the vaguer type
      if (a.timex != kNone && b.timex != kNone && a.timex != b.timex) continue;
      if (b.timex == kNone) b.timex = a.timex;
      if (b.type == "talks") b.type = a.type;
      if (b.place.empty()) b.place = a.place;
      drop[i] = true;
    }
  }
  // "X and Y crossed paths at the summit, where they did not hold a
  // meeting": the "where" clause denies what the encounter might be taken for.
  for (size_t i = 0; i < cands.size(); ++i)
    for (size_t j = 0; j < cands.size() && !drop[i]; ++j)
      if (i != j && !drop[j] && DeniedInWhereClause(cands[i], cands[j])) drop[i] = true;
  for (size_t k = 0; k < cands.size(); ++k)
    if (!drop[k]) Emit(cands[k], s);
  if (out_.empty() || out_.back().sentence != s) RestatedFirstSince(s);
  UpdateNarrative(s);
}

}  // namespace extract_detail
}  // namespace eg

namespace eg {
namespace extract_detail {

int32_t Extractor::RestatedMorePrecisely(int32_t x) const {
  uint32_t k = tx_[x].end_token;
  if (k >= end_ || W(k) != ",") return x;
  ++k;
  if (k < end_ && (W(k) == "in" || W(k) == "on")) ++k;
  if (k >= end_ || timex_at_[k] == kNone) return x;
  const int32_t y = timex_at_[k];
  if (y == x || tx_[y].first_token != k || tx_date_[y].empty() || tx_date_[x].empty()) return x;
  long x0, x1, y0, y1;
  if (!DateInterval(tx_date_[x], &x0, &x1) || !DateInterval(tx_date_[y], &y0, &y1)) return x;
  // Within x and narrower: a restatement, not a second time ("in 2019,
  // in 2021" are two times).
  if (y0 >= x0 && y1 <= x1 && y1 - y0 < x1 - x0) return y;
  return x;
}

}  // namespace extract_detail
}  // namespace eg

namespace eg {
namespace extract_detail {

int32_t Extractor::WhenClauseHostTime(const TriggerMatch& tm) const {
  // The clause opener: ", when" before the trigger, with no other comma or
  // hard boundary between.
  uint32_t w = tm.first;
  while (w > begin_ && !CommaOrHardAt(w - 1)) --w;
  if (w <= begin_ + 1 || w >= tm.first || W(w) != "when" || W(w - 1) != ",") return kNone;
  // The time right before that comma; or before an apposition between
  // commas that is itself a time ("three days before the vote").
  uint32_t k = w - 1;  // the comma
  for (int hop = 0; hop < 2 && k > begin_; ++hop) {
    const int32_t x = timex_at_[k - 1];
    if (x != kNone && tx_[x].end_token == k) {
      if (UsableTimex(x)) return x;
      // An undated time as apposition: look before its opening comma.
      uint32_t o = tx_[x].first_token;
      if (o <= begin_ || W(o - 1) != ",") return kNone;
      k = o - 1;
      continue;
    }
    // "three days before the vote": a time opens the apposition.
    uint32_t o = k;
    while (o > begin_ && !CommaOrHardAt(o - 1)) --o;
    if (o <= begin_ || o >= k || timex_at_[o] == kNone || UsableTimex(timex_at_[o])) return kNone;
    k = o - 1;
  }
  return kNone;
}

}  // namespace extract_detail
}  // namespace eg

namespace eg {
namespace extract_detail {

int32_t Extractor::LatestInstanceTime(const TriggerMatch& tm) const {
  // From the sentence's few times back to the cue, not from every token on.
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const int32_t x = int32_t(tx_order_[i]);
    uint32_t j = tx_[x].first_token;
    if (j < tm.end + 3 || j >= tm.end + 24 || !UsableTimex(x)) continue;
    if (PrepAt(j - 1)) --j;
    // The cue ends at j; "most" comes right before it.
    for (uint32_t c = j - 1; c > tm.end && c + 3 > j; --c) {
      if (W(c - 1) != "most") continue;
      if (Cue(c, j, CueClass::kLatest) != j - c) continue;
      bool hard = false;
      for (uint32_t k = tm.end; k < c - 1 && !hard; ++k) hard = HardAt(k);
      if (!hard) return x;
    }
  }
  return kNone;
}

}  // namespace extract_detail
}  // namespace eg
