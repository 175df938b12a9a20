// Participants of noun and verb triggers.
// Members of the Extractor (events/extractor.h).
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// A comma at k between two modifiers of a noun ("a good, frank
// conversation"): a lowercase word before it, and a determiner at most
// three such words before that, with no mention, time or punctuation.
bool Extractor::CoordinatedModifierComma(uint32_t k) const {
  for (uint32_t j = k, n = 0; j > begin_ && n < 4; ++n) {
    --j;
    if (Punct(j) || Cap(j) || MentionAt(j) != kNone || timex_at_[j] != kNone) return false;
    if (DetAt(j)) return j + 1 < k && W(j) != "that";
  }
  return false;
}

// Nouns: possessors and compounds before the noun ("Trump's call",
// "Trump-Putin summit"), the subject of a governing support verb ("X held
// talks"), of a motion verb ("X flew to Y for talks"), or of a framing cue
// ("X floated a meeting"); then what follows the noun.
void Extractor::NounParticipants(const TriggerMatch& tm, Candidate* c) const {
  uint32_t p = tm.first;
  bool det = false;
  int modifiers = 0;
  std::vector<int32_t> compounds;  // actor mentions modifying the noun
  bool joined = false;
  while (p > begin_ && modifiers < 6) {
    uint32_t k = p - 1;
    Word w = W(k);
    if (Possessive(k) && k > begin_ && MentionEndsAt(k - 1)) {
      std::vector<uint32_t> list;
      p = ListLeft(k - 1, &list);
      for (uint32_t e : list) AddOnce(&c->participants, e);
      det = true;  // a possessor works as a determiner
      break;
    }
    if (Possessive(k) && k > begin_ && timex_at_[k - 1] != kNone) {
      // "Monday's talks": a definite reference dated by its possessor.
      c->definite = true;
      det = true;
      p = tx_[timex_at_[k - 1]].first_token;
      break;
    }
    if (MentionEndsAt(k) && (k + 1 == tm.first || W(k + 1) == "-" || W(k + 1) == "\xE2\x80\x93" ||
                             Cap(k + 1))) {
      // Compounds: "Trump-Putin summit", "US-Russia talks", "Trump Putin summit".
      int32_t m = MentionAt(k);
      compounds.push_back(m);
      p = mfirst_[m];
      ++modifiers;
      continue;
    }
    if ((w == "and" && modifiers > 0 && k > begin_ && MentionEndsAt(k - 1)) ||
        ((w == "-" || w == "\xE2\x80\x93") && t_.tokens[k].Has(kGlued) && k > begin_ &&
         MentionEndsAt(k - 1))) {
      joined = true;
      p = k;
      continue;
    }
    // "a two-hour meeting", "a 90-minute call": a hyphen inside a modifier.
    if ((w == "-" || w == "\xE2\x80\x93") && t_.tokens[k].Has(kGlued) && k > begin_ &&
        k + 1 < tm.first && t_.tokens[k + 1].Has(kGlued) && MentionAt(k - 1) == kNone &&
        !Punct(k - 1)) {
      p = k;
      continue;
    }
    // "a good, frank conversation", "a long, difficult meeting": a comma
    // between two modifiers of the noun, a determiner before the first.
    if (w == "," && modifiers > 0 && CoordinatedModifierComma(k)) {
      p = k;
      continue;
    }
    if (DetAt(k)) {
      if (w == "the" || w == "that" || w == "this" || w == "these" || w == "those")
        c->definite = true;
      c->demonstrative = w == "that" || w == "this" || w == "these" || w == "those";
      // "his talks with Xi": the possessor is the person just spoken of.
      if (w == "his" || w == "her") {
        std::vector<uint32_t> who;
        if (ResolveSingular(k, &who))
          for (uint32_t e : who) AddOnce(&c->participants, e);
      }
      // "Their call on June 5", "recalling their meeting in Rome last
      // September": an occasion of theirs with its own date is told anew;
      // the pair "they" would name. (Undated, or the time of another event
      // - "during their talks", "after their talks on Monday" -, it is the
      // occasion just told; "since their meeting in Rome last September"
      // is an earlier one, the landmark of the time since.)
      if (w == "their" &&
          (!TemporalPpAt(tm.first, begin_) || TemporalPpAt(tm.first, begin_, true)) &&
          !DuringPpAt(tm.first, begin_) && DatedAfter(tm.end)) {
        std::vector<uint32_t> who;
        uint32_t pf, pe;
        PreviousSentence(&pf, &pe);
        if (ResolvePlural(k, &who) || TwoPersonsNamed(begin_, k, &who) ||
            TwoPersonsNamed(pf, pe, &who))
          for (uint32_t e : who) AddOnce(&c->participants, e);
      }
      // "my talks with Xi" in a quotation: the speaker's.
      QuotedSelf(k, SelfRole::kPossessor, &c->participants);
      det = true;
      p = k;
      break;
    }
    if (Punct(k) || PrepAt(k) || AuxAt(k) || IsBoundary(k) ||
        Cue(k, end_, CueClass::kSupport) || Cue(k, end_, CueClass::kMotion))
      break;
    // Adjectives and noun modifiers: "second telephone", "emergency", "Alaska".
    // A past-tense verb is not a modifier unless it is a status cue ("planned talks").
    // Right after a determiner it is a participle adjective: "a televised
    // encounter", "the long-delayed summit" ("that" may be a conjunction).
    // So is one right after a verb of support: "began detailed
    // negotiations", "held renewed talks" (the verb frames the noun).
    if (!Cap(k) && w.size() > 3 && w.EndsWith("ed") &&
        !Cue(k, end_, CueClass::kPlanned) &&
        !Cue(k, end_, CueClass::kProposed) &&
        !(k > begin_ && DetAt(k - 1) && W(k - 1) != "that") &&
        !(k > begin_ && k + 1 == tm.first && Cue(k - 1, end_, CueClass::kSupport) == 1 &&
          CueEndingAt(k - 1) == 1))
      break;
    ++modifiers;
    p = k;
  }
  (void)det;
  // One country or organisation before the noun is where or whose event it
  // is ("the Madrid summit", "a NATO summit"), not a party; two joined ones
  // are the parties ("US-China talks").
  for (int32_t m : compounds) {
    const ActorMention& am = a_.mentions[m];
    if (joined || KindOf(am.entity) == ActorKind::kPerson) {
      AddOnce(&c->participants, am.entity);
    } else if (KindOf(am.entity) == ActorKind::kCountry && c->place.empty()) {
      c->place = std::string(t_.text.substr(am.start, am.end - am.start));
    } else {
      // Only to find which earlier event a definite noun names, by the
      // place it was told at ("at the White House" ... "the White House talks").
      c->venue = t_.text.substr(am.start, am.end - am.start);
      if (c->venue.size() > 4 && c->venue.substr(0, 4) == "the ") c->venue.remove_prefix(4);
    }
  }
  {
    // Skip framing words ("the planned visit") to the preposition, if any.
    uint32_t g = p;
    while (g > begin_ && g + 4 > p && (Cue(g - 1, end_, CueClass::kPlanned) ||
                                       Cue(g - 1, end_, CueClass::kProposed) ||
                                       DetAt(g - 1)))
      --g;
    if (g > begin_) {
      Word gw = W(g - 1);
      c->topic = gw == "about" || gw == "over" || gw == "regarding" || gw == "concerning" ||
                 gw == "on" || gw == "of";
    }
  }
  // The governing words left of the noun phrase: a support verb ("held
  // talks"), a framing cue ("held out the prospect of", "floated"), "is in
  // talks", "flew to Washington for talks", "told X in a call".
  int k = int(p) - 1;
  bool govern = false;
  bool fronted_after = false;  // "After a meeting with Y, X said"
  for (int hops = 0; hops < 6 && k >= int(begin_); ++hops) {
    uint32_t len = CueEndingAt(uint32_t(k));
    if (len) {
      govern = true;
      k -= int(len);
      continue;
    }
    Word w = W(uint32_t(k));
    // 'had "a frank conversation"': the marks of the quoted noun phrase
    // stand between the verb of support and the noun.
    if (QuotedEventNounEnd(uint32_t(k)) > uint32_t(k)) {
      --k;
      continue;
    }
    if (w == "of" || w == "out" || w == "up" || (DetAt(uint32_t(k)) && w != "no")) {
      --k;
      continue;
    }
    // "three days of talks", "a second round of talks".
    if (k + 1 < int(end_) && W(uint32_t(k + 1)) == "of" &&
        (timex_at_[uint32_t(k)] != kNone || (ClassesAt(uint32_t(k)) & words::kMeasureNoun))) {
      int j = k;
      while (j > int(begin_) && (timex_at_[uint32_t(j - 1)] != kNone ||
                                 t_.tokens[uint32_t(j - 1)].kind == TokenKind::kNumber ||
                                 DetAt(uint32_t(j - 1)) ||
                                 W(uint32_t(j - 1)) == "second" || W(uint32_t(j - 1)) == "new" ||
                                 W(uint32_t(j - 1)) == "first" || W(uint32_t(j - 1)) == "third" ||
                                 W(uint32_t(j - 1)) == "fourth" || W(uint32_t(j - 1)) == "fifth" ||
                                 W(uint32_t(j - 1)) == "sixth" || W(uint32_t(j - 1)) == "latest" ||
                                 W(uint32_t(j - 1)) == "final" || W(uint32_t(j - 1)) == "another" ||
                                 W(uint32_t(j - 1)) == "several" || W(uint32_t(j - 1)) == "two" ||
                                 W(uint32_t(j - 1)) == "three"))
        --j;
      k = j - 1;
      continue;
    }
    // "X is in talks with Y", "X was at dinner with Y": the copula's subject.
    if ((w == "in" || w == "at") && k > int(begin_) && BeAt(uint32_t(k - 1))) {
      govern = true;
      k -= 2;
      break;
    }
    if (w == "for" && k > int(begin_)) {
      // "X and Y will join them for talks", "X joined Macron for a dinner":
      // the support verb's subject and its object take part.
      uint32_t o = uint32_t(k - 1);
      std::vector<uint32_t> objs;
      uint32_t ostart = o;
      Word ow = W(o);
      if (ow == "them" || ow == "him" || ow == "her") {
        if (ow == "them") ResolvePlural(o, &objs);
        else ResolveSingular(o, &objs);
      } else if (MentionEndsAt(o)) {
        ostart = ListLeft(o, &objs);
      }
      uint32_t len = ostart > begin_ && !objs.empty() ? CueEndingAt(ostart - 1) : 0;
      if (len && Cue(ostart - len, ostart, CueClass::kSupport) == len) {
        for (uint32_t e : objs) AddOnce(&c->participants, e);
        if (ostart - len > begin_) SubjectLeft(ostart - len - 1, false, &c->participants);
        break;
      }
    }
    if (w == "from") {
      // "X returned from talks with Y", "X and Y came back on Monday from a
      // visit to the front": whoever comes back from the event was at it.
      MotionSubject(uint32_t(k), 6, &c->participants);
      c->in_pp = true;
      break;
    }
    if (w == "for") {
      // "X flew to Washington for talks": the motion verb's subject.
      MotionSubject(uint32_t(k), 8, &c->participants);
      break;
    }
    bool fronted = uint32_t(k) == ClauseStart(uint32_t(k) + 1);
    // "X spent last night at dinner with Y": where the time was spent.
    uint32_t spent_subject;
    if (w == "at" && !fronted && k > int(begin_) + 1 &&
        SpentTimeBefore(uint32_t(k - 1), &spent_subject)) {
      SubjectLeft(spent_subject, false, &c->participants);
      break;
    }
    // "X said at a joint news conference with Y that ...", "X told reporters
    // at a meeting with Y": the speaker was at the occasion the phrase names
    // with Y, though the verb of saying ends his clause.
    if (w == "at" && !fronted && tm.entry->interaction && tm.entry->noun &&
        (W(tm.end - 1) == "with" || (tm.end < end_ && W(tm.end) == "with"))) {
      uint32_t j = uint32_t(k - 1);
      if (j > begin_ && (W(j) == "reporters" || W(j) == "journalists")) --j;
      if (j > begin_ && SpeechAt(j)) SubjectLeft(j - 1, false, &c->participants);
    }
    if (w == "in" || w == "during" || w == "on" || w == "over" || (w == "at" && fronted)) {
      // "X told Y in a phone call": the clause's subject and its objects.
      size_t before = c->participants.size();
      if (w != "at") ClauseActors(uint32_t(k), false, c);
      // "X told Y in a phone call": a speech verb ends the clause for the
      // words after it, yet the person it addresses, right before the
      // phrase, was on the call with its speaker.
      if (w != "at" && k > int(begin_) + 2 && MentionEndsAt(uint32_t(k - 1))) {
        std::vector<uint32_t> told;
        uint32_t f = ListLeft(uint32_t(k - 1), &told);
        bool persons = !told.empty();
        for (uint32_t e : told) persons = persons && KindOf(e) == ActorKind::kPerson;
        if (persons && f > begin_ + 1 && SpeechAt(f - 1)) {
          SubjectLeft(f - 2, false, &c->participants);
          for (uint32_t e : told) AddOnce(&c->participants, e);
        }
      }
      // "X said in a phone conversation with Y that ...": the speaker was
      // on the call, though the speech verb ends his clause (not "stated
      // in an interview": a call only).
      if (w == "in" && tm.entry->type == "call" && c->participants.size() == before &&
          k > int(begin_) + 1 &&
          SpeechAt(uint32_t(k - 1)))
        SubjectLeft(uint32_t(k - 2), false, &c->participants);
      if (c->participants.size() == before && w != "at") SharedSubjectOfAdjunct(uint32_t(k), c);
      if (c->participants.size() == before && uint32_t(k) == ClauseStart(uint32_t(k) + 1)) {
        // "In a call with Y, X said ...": the subject follows the phrase.
        for (uint32_t q = tm.end; q < end_; ++q) {
          if (HardAt(q)) break;
          if (W(q) == ",") {
            std::vector<uint32_t> list;
            const uint32_t r = ListRight(q + 1, false, &list);
            for (uint32_t e : list) AddOnce(&c->participants, e);
            if (!list.empty() && tm.entry->interaction) FrontedOccasionObject(tm.end, q, r, c);
            break;
          }
        }
      }
    } else if (w == "to" && govern && c->participants.empty()) {
      // "X will fly to Doha to hold talks with Y".
      MotionSubject(uint32_t(k), 10, &c->participants, /*meet_moves=*/false);
    } else if (w == "to") {
      // "X invited Y to talks".
      for (uint32_t j = ClauseStart(uint32_t(k)); j < uint32_t(k); ++j) {
        if (ClassesAt(j) & words::kInviteVerb) {
          ClauseActors(uint32_t(k), false, c);
          break;
        }
      }
    } else if (w == "after" || w == "following" || w == "before" || w == "during" ||
               w == "ahead" || w == "until" || w == "prior") {
      // "X wrote after a call with Y": the clause's subject took part,
      // unless the noun names its own ("after Trump's call with Y").
      if (c->participants.empty() && (w == "after" || w == "following" || w == "during")) {
        ClauseActors(uint32_t(k), true, c);
        fronted_after = c->participants.empty() && uint32_t(k) == ClauseStart(uint32_t(k) + 1);
        if (c->participants.empty()) ParticipleClauseSubject(uint32_t(k), c);
      }
      c->future_pp = w == "before" || w == "ahead" || w == "until" || w == "prior";
    }
    if (PrepAt(uint32_t(k)) || w == "after" || w == "before" || w == "ahead" ||
        w == "until" || w == "prior")
      c->in_pp = true;
    break;
  }
  if (govern) {
    // "Attending the talks are X, Y and Z": the attendees follow a be-verb.
    uint32_t gv = uint32_t(k + 1);
    Word g = W(gv);
    if (gv == ClauseStart(gv) && g.size() > 3 && g.EndsWith("ing")) {
      for (uint32_t q = tm.end; q < end_ && q < tm.end + 10; ++q) {
        if (IsBoundary(q)) break;
        if (BeAt(q)) {
          std::vector<uint32_t> list;
          ListRight(q + 1, false, &list);
          for (uint32_t e : list) AddOnce(&c->participants, e);
          break;
        }
      }
    }
    // "X, speaking at a news conference with Y, said": a participle in
    // apposition has the name before the comma for its subject.
    if (k > int(begin_) && W(uint32_t(k)) == "," && MentionEndsAt(uint32_t(k - 1)) &&
        W(uint32_t(k + 1)).EndsWith("ing"))
      --k;
    if (k >= int(begin_)) SubjectLeft(uint32_t(k), false, &c->participants);
  }
  // A form that ends in "with" ("news conference with") keeps its complement.
  RightParticipants(tm, tm.end - (W(tm.end - 1) == "with" ? 1 : 0), c);
  // "After a meeting with Y, X said ...": fronted, the subject follows the
  // comma, unless the noun names both sides ("after the call between X and Y").
  if (fronted_after && c->participants.size() < 2) {
    for (uint32_t q = tm.end; q < end_; ++q) {
      if (HardAt(q)) break;
      if (W(q) != ",") continue;
      uint32_t r = q + 1;
      while (r < end_ && r < q + 3 && !MentionStartsAt(r) && !IsBoundary(r)) ++r;
      std::vector<uint32_t> list;
      if (r < end_ && MentionStartsAt(r)) ListRight(r, false, &list);
      for (uint32_t e : list) AddOnce(&c->participants, e);
      break;
    }
  }
}

// "X lifted his veto after receiving assurances in a phone call with Y":
// a participle clause of time or manner ("after / before / while / when /
// by / since V-ing") has no subject of its own; it shares the main clause's,
// who is then a party of the interaction named inside it. k is the
// preposition before the noun; the main clause's subject is looked for
// before the participle's opener.
void Extractor::SharedSubjectOfAdjunct(uint32_t k, Candidate* c) const {
  const uint32_t cs = ClauseStart(k);
  if (cs <= begin_ || cs + 1 >= k) return;
  Word o = W(cs);
  Word v = W(cs + 1);
  if (!(o == "after" || o == "before" || o == "while" || o == "when" || o == "by" ||
        o == "since") ||
      !(v.size() > 4 && v.EndsWith("ing")))
    return;
  // No actor between the participle and the phrase: the participle's
  // object would be the other party of another reading.
  for (uint32_t j = cs + 1; j < k; ++j)
    if (MentionAt(j) != kNone) return;
  ClauseSubject(cs, &c->participants, false);
}

// "would" at k is the future of a reported statement ("Erdogan said he
// would meet Putin on March 5") or of a plan told in the past ("he was
// expected to travel to Brussels, where he would meet Y"), not a
// conditional: a speech verb or a word of schedule (word_classes.tsv
// `schedule`; not a journey's verb: "he headed to Rome, where he would meet
// Y" tells what came next) before it, no "if" / "unless" in the sentence,
// and the trigger (or a verb of support or travel) right after it, not
// "would like to".
bool Extractor::FutureInThePast(uint32_t k, const TriggerMatch& tm) const {
  bool frame = false;
  for (uint32_t j = begin_; j < k && !frame; ++j)
    frame = ClassesAt(j) & (words::kPastSpeech | words::kScheduleWord);
  if (!frame) return false;
  for (uint32_t j = begin_; j < end_; ++j)
    if (W(j) == "if" || W(j) == "unless") return false;
  uint32_t n = k + 1;
  if (n < end_) {
    Word a = W(n);
    // "would probably meet": a guess, not a plan.
    if (a == "probably" || a == "possibly" || a == "perhaps" || a == "maybe" || a == "likely")
      return false;
    if (SkipAdverbAt(n)) ++n;
  }
  if (n >= end_) return false;
  return n == tm.first || Cue(n, end_, CueClass::kSupport) ||
         Cue(n, end_, CueClass::kMotion);
}

// The time expression x sits next to a speech verb before the trigger
// ("said on Saturday", "on Friday told reporters"): it dates the statement.
bool Extractor::DatesSpeech(size_t x, const TriggerMatch& tm) const {
  uint32_t f = tx_[x].first_token, e = tx_[x].end_token;
  if (e > tm.first) return false;
  for (uint32_t k = f >= begin_ + 2 ? f - 2 : begin_; k < f; ++k)
    if (SpeechAt(k)) return true;
  // "told reporters on Thursday that ...", "told the BBC on Friday": past
  // the saying's object (a name or a few words, no trigger, no punctuation)
  // and a preposition.
  if (f > begin_ + 2 && PrepAt(f - 1))
    for (uint32_t k = f - 2; k > begin_ && k + 6 > f; --k) {
      if (Punct(k) || W(k) == "that" || AuxAt(k)) break;
      bool trig = false;
      for (const TriggerMatch& o : trigs_) trig = trig || (o.first <= k && k < o.end);
      if (trig) break;
      if (SpeechAt(k)) return k + 2 < f;
    }
  return e < end_ && SpeechAt(e);
}

// "X will travel to Beijing on Friday to meet Y": the subject of a verb of
// travel a few words back in the clause is the subject of the purpose (the
// infinitive, "for talks", "from talks").
bool Extractor::MotionSubject(uint32_t prep, int window, std::vector<uint32_t>* ents,
                              bool meet_moves) const {
  bool gapped = false;
  for (uint32_t j = prep, n = 0; j-- > begin_ && n < uint32_t(window); ++n) {
    if (!gapped && j > begin_ && W(j) == "and" && W(j - 1) == ",") {
      // "X travels to Paris on Monday for talks, and on Tuesday to Rome for
      // a summit": the second journey leaves its verb out; what lies
      // between the "and" and the preposition is only where and when.
      bool gap = true;
      for (uint32_t k = j + 1; k < prep && gap; ++k)
        gap = PrepAt(k) || timex_at_[k] != kNone || Cap(k) || DetAt(k) ||
              MentionAt(k) != kNone;
      if (!gap) return false;
      gapped = true;
      --j;  // the comma
      n = 0;
      window = 16;
      continue;
    }
    if (IsBoundary(j)) return false;  // hard punctuation included
    if (Cue(j, end_, CueClass::kMotion) && (meet_moves || (W(j) != "met" && W(j) != "meet"))) {
      // "X is due to have lunch with Y before travelling to London for
      // talks with Z": a participle after an opener of time ("before /
      // after / while / when / since V-ing") has no subject of its own; it
      // shares the main clause's.
      if (j > begin_ + 1 && W(j).size() > 4 && W(j).EndsWith("ing")) {
        const Word o = W(j - 1);
        if (o == "before" || o == "after" || o == "while" || o == "when" || o == "since")
          return ClauseSubject(j - 1, ents, true);
      }
      return j > begin_ && SubjectLeft(j - 1, false, ents);
    }
  }
  return false;
}

// Length of a support, proposed, planned or negated cue phrase that ends at token k.
uint32_t Extractor::CueEndingAt(uint32_t k) const {
  if (prepared_ && k >= begin_ && k < end_) {
    // Cue(s, k + 1, c) == len exactly when a cue of len words starts at s.
    for (uint32_t len = 4; len >= 1; --len) {
      if (k + 1 < begin_ + len) continue;
      const uint64_t* m = CueLensAt(k + 1 - len);
      uint64_t any = m[size_t(CueClass::kSupport)] | m[size_t(CueClass::kProposed)] |
                     m[size_t(CueClass::kPlanned)] | m[size_t(CueClass::kNegated)];
      if ((any >> len) & 1) return len;
    }
    return 0;
  }
  for (uint32_t len = 4; len >= 1; --len) {
    if (k + 1 < begin_ + len) continue;
    uint32_t s = k + 1 - len;
    for (CueClass cc : {CueClass::kSupport, CueClass::kProposed, CueClass::kPlanned,
                         CueClass::kNegated})
      if (Cue(s, k + 1, cc) == len) return len;
  }
  return 0;
}

// Actors of the clause before token `before` that are its subject or its
// objects (direct, or after to/with), not those inside other phrases.
// "In that February meeting, Trump and Vance berated the Ukrainian leader":
// the persons the subject after a fronted occasion (its phrase from the
// trigger's end to the comma at `comma`, naming no one with "with") acts on
// right after its verb at r were at it too.
void Extractor::FrontedOccasionObject(uint32_t from, uint32_t comma, uint32_t r,
                                      Candidate* c) const {
  for (uint32_t k = from; k < comma; ++k)
    if (W(k) == "with" || W(k) == "between") return;
  while (r < end_ && SkipAdverbAt(r)) ++r;
  if (r + 1 >= end_ || Cap(r) || t_.tokens[r].kind != TokenKind::kWord || AuxAt(r) || BeAt(r) ||
      PrepAt(r) || MentionAt(r) != kNone)
    return;
  std::vector<uint32_t> obj;
  ListRight(r + 1, false, &obj);
  for (uint32_t e : obj)
    if (KindOf(e) == ActorKind::kPerson) AddOnce(&c->participants, e);
}

// The preposition whose complement the actor list [k, r) belongs to, or
// kNone: past a determiner with up to three words after it ("in the
// Turkish capital Ankara", "at the Kremlin"), and, when the list closes an
// enumeration ("Ramallah and Jerusalem"), past its earlier members and
// their commas ("in Cairo, Ramallah and Jerusalem"). A bare lower-case
// word (a verb: "arrived in Alaska and met X"), a time or a comma before a
// list of its own ("In Washington, X met Y") ends the walk: no complement.
int32_t Extractor::GoverningPreposition(uint32_t k, uint32_t r) const {
  bool tail = false;
  for (uint32_t t = k; t < r && t < end_; ++t) tail = tail || W(t) == "and";
  uint32_t j = k;
  for (int steps = 0; j > begin_ && steps < 16; ++steps) {
    const uint32_t p = j - 1;
    if (timex_at_[p] != kNone) return kNone;
    if (MentionAt(p) != kNone) {
      j = std::min(mfirst_[MentionAt(p)], p);
      continue;
    }
    const Word w = W(p);
    if (PrepAt(p)) return int32_t(p);
    if ((w == "," && tail) || (Cap(p) && !Punct(p) && !OpensSentence(p))) {
      j = p;
      continue;
    }
    if (DetAt(p) && w != "that") {
      j = p;
      continue;
    }
    // Modifiers of the noun after a determiner: "the Turkish capital".
    uint32_t d = p;
    while (d > begin_ && d + 3 > p && !DetAt(d) && !Punct(d) && !PrepAt(d) && !IsBoundary(d)) --d;
    if (DetAt(d) && W(d) != "that" && d < p) {
      j = d;
      continue;
    }
    return kNone;
  }
  return kNone;
}

// "X threatened tariffs in May, before agreeing to delay them after a call
// with Y": a participle clause set off after the main one ("before / after
// / while" and an -ing verb, after a comma) has the main clause's subject
// for its own; so has the phrase in it before `before`.
void Extractor::ParticipleClauseSubject(uint32_t before, Candidate* c) const {
  for (uint32_t k = before; k > begin_ + 2 && k + 12 > before;) {
    --k;
    if (HardAt(k) || MentionAt(k) != kNone) return;
    const Word w = W(k);
    if (!(w == "before" || w == "after" || w == "while" || w == "following")) continue;
    const Word v = W(k + 1);
    if (W(k - 1) != "," || k + 1 >= before || v.size() <= 4 || !v.EndsWith("ing")) return;
    ClauseSubject(k - 1, &c->participants, true);
    return;
  }
}

void Extractor::ClauseActors(uint32_t before, bool subject_only, Candidate* c) const {
  uint32_t cs = ClauseStart(before, !subject_only);
  if (subject_only) {
    // The nearest person before the phrase ("like Lukashenko has done
    // following talks with ..."), else the clause's first actor.
    for (uint32_t k = before; k-- > cs;) {
      // "X said the decision was made after talks with Y": the reported
      // clause has a subject of its own, and X only reports.
      if (k + 1 < before) {
        Word d = W(k + 1);
        if ((d == "the" || d == "a" || d == "an") && SpeechAt(k)) return;
      }
      if (!MentionEndsAt(k) || Possessive(k + 1)) continue;
      uint32_t e = EntityOf(MentionAt(k));
      if (KindOf(e) == ActorKind::kPerson) {
        // With the list it closes: "X and Y agreed ... after talks".
        std::vector<uint32_t> list;
        uint32_t first = ListLeft(k, &list);
        // A person inside a phrase of a preposition is no subject ("X
        // spoke after a dinner for Y following talks with Z"), except
        // after "like" / "as", which compare a subject of its own.
        const int32_t prep = GoverningPreposition(first, k + 1);
        if (prep != kNone && W(uint32_t(prep)) != "like" && W(uint32_t(prep)) != "as") {
          k = first;
          continue;
        }
        if (first >= cs && (first == begin_ || !PrepAt(first - 1)))
          for (uint32_t x : list) AddOnce(&c->participants, x);
        AddOnce(&c->participants, e);
        return;
      }
    }
  }
  for (uint32_t k = cs; k < before; ++k) {
    if (!MentionStartsAt(k)) continue;
    std::vector<uint32_t> list;
    uint32_t r = ListRight(k, false, &list);
    if (r == k) continue;
    // A place or an actor inside a phrase of a preposition is not a party
    // ("our correspondents in Cairo, Ramallah and Jerusalem are following
    // the summit", "in the Turkish capital Ankara"); the objects after
    // "to" / "with" are, unless only the subject is asked for.
    const int32_t prep = GoverningPreposition(k, r);
    const Word pw = prep != kNone ? W(uint32_t(prep)) : Word();
    bool ok = prep == kNone || (!subject_only && (pw == "to" || pw == "with"));
    // Not a modifier of a noun: "last year's Madrid summit".
    if (k > begin_ && Possessive(k - 1)) ok = false;
    for (const auto& o : trigs_)
      if (o.first == r) ok = false;
    if (ok)
      for (uint32_t e : list) AddOnce(&c->participants, e);
    if (ok && subject_only) return;
    k = r - 1;
  }
}

// "Saddam, with whom the king met on Monday", "Blair, whom Chirac met":
// "whom" after a name and its comma stands for that name, the verb's object
// (or the complement of its "with" / "to"); the relative's subject is found
// by SubjectLeft as for any verb.
void Extractor::RelativeAntecedent(const TriggerMatch& tm, Candidate* c) const {
  const TriggerEntry& e = *tm.entry;
  uint32_t k = tm.first;
  for (int n = 0; k > begin_ && n < 8; ++n) {
    --k;
    if (Punct(k)) return;
    if (W(k) != "whom") continue;
    uint32_t j = k;
    if (j <= begin_) return;
    Word prep = W(j - 1);
    bool ok = (e.frame & kFrameObject) != 0;
    if (prep == "with" || prep == "to") {
      ok = prep == "with" ? (e.frame & kFrameWith) != 0 : (e.frame & kFrameTo) != 0;
      --j;
    }
    if (!ok || j < begin_ + 2 || W(j - 1) != ",") return;
    if (!MentionEndsAt(j - 2)) return;
    // (Whether the trigger's frame admits the antecedent's kind is the
    // frame filter's to say, as for any object.)
    AddOnce(&c->participants, EntityOf(MentionAt(j - 2)));
    return;
  }
}

// "X received at Zabeel Palace in Dubai His Excellency Y", "X met on the
// sidelines of the visit with Y": a phrase of place or occasion between a
// verb and its object, the object moved after it (a long one, as wire copy
// writes its titles). r opens the phrase ("at", "in", "on", "during");
// returns the first token of the object (a person's mention, or what
// follows "with" when the verb takes one), or 0. The phrase holds no time,
// no clause (punctuation, an auxiliary) and no "by" (a passive's agent).
uint32_t Extractor::ObjectAfterShiftedPhrase(uint32_t r, bool with) const {
  if (r + 2 >= end_) return 0;
  const Word w = W(r);
  if (!(w == "at" || w == "in" || w == "on" || w == "during")) return 0;
  for (uint32_t k = r + 1; k < end_ && k < r + 12; ++k) {
    if (MentionStartsAt(k)) {
      const ActorMention& m = a_.mentions[MentionAt(k)];
      if (KindOf(m.entity) == ActorKind::kPerson) return k > r + 1 ? k : 0;
      k = m.end_token - 1;  // a place the phrase names ("in Dubai")
      continue;
    }
    const Word x = W(k);
    if (x == "with") return with && k > r + 1 && k + 1 < end_ ? k + 1 : 0;
    if (Punct(k) || AuxAt(k) || timex_at_[k] != kNone || x == "by" || x == "and" ||
        x == "to" || x == "that")
      return 0;
  }
  return 0;
}

void Extractor::VerbParticipants(const TriggerMatch& tm, Candidate* c) const {
  const TriggerEntry& e = *tm.entry;
  if (e.frame & kFramePurpose) {
    // "X flew to Washington to appeal directly to Y": appealing to someone
    // is in person only as the purpose of the journey there; "X appealed
    // to Y" alone may be a public statement, no interaction.
    if (tm.first > begin_ + 1 && W(tm.first - 1) == "to" &&
        MotionSubject(tm.first - 1, 10, &c->participants, /*meet_moves=*/false)) {
      c->subject_count = c->participants.size();
      // "flew to Kyiv to see Zelensky": the direct object of the purpose.
      uint32_t q = tm.end;
      if (e.frame & kFrameObject) {
        std::vector<uint32_t> obj;
        q = ListRight(q, false, &obj);
        for (uint32_t x : obj) AddOnce(&c->participants, x);
      }
      RightParticipants(tm, q, c);
    }
    return;
  }
  if (tm.first > begin_) SubjectLeft(tm.first - 1, true, &c->participants);
  if (c->participants.empty() && tm.first > begin_) {
    // "After meeting Putin, Trump said": a fronted participle clause takes
    // the subject of the clause after its comma.
    Word w = W(tm.first - 1);
    Word v = W(tm.first);
    bool ing = v.size() > 4 && v.EndsWith("ing");
    // "On Tuesday, after meeting Y, X said": a time phrase and its comma
    // before the opener leave it fronted.
    bool after_time = tm.first >= begin_ + 3 && W(tm.first - 2) == ",";
    for (uint32_t j = begin_; after_time && j + 2 < tm.first; ++j)
      after_time = timex_at_[j] != kNone || (j == begin_ && PrepAt(j));
    if (ing && (w == "after" || w == "before" || w == "while" || w == "when" || w == "since" ||
                w == "following" || w == "by" || w == "in") &&
        ((ClauseStart(tm.first - 1) == tm.first - 1 && tm.first - 1 <= begin_ + 1) ||
         after_time)) {
      for (uint32_t q = tm.end; q < end_; ++q) {
        if (HardAt(q)) break;
        if (W(q) == ",") {
          ListRight(q + 1, false, &c->participants);
          break;
        }
      }
    } else if (ing && (w == "after" || w == "before" || w == "while" || w == "following") &&
               tm.first - 1 > begin_ + 1) {
      // "X left Tokyo on Wednesday after meeting (Premier) Y": a participle
      // clause after the main one, with a named object, takes that clause's
      // subject.
      bool named_object = false;
      for (uint32_t k = tm.end; k < end_ && k < tm.end + 4 && !named_object; ++k) {
        if (MentionStartsAt(k)) named_object = true;
        else if (!Cap(k) && !(k == tm.end && W(k) == "with")) break;
      }
      if (named_object) ClauseSubject(tm.first - 1, &c->participants, true);
    }
  }
  if (c->participants.empty() && tm.first > begin_ + 1 && W(tm.first - 1) == "to")
    MotionSubject(tm.first - 1, 10, &c->participants, /*meet_moves=*/false);
  c->subject_count = c->participants.size();
  if (e.interaction && c->subject_count) RelativeAntecedent(tm, c);
  uint32_t q = tm.end;
  if (e.frame & (kFrameObject | kFrameBareObject)) {
    uint32_t r = q;
    if (r < end_ && W(r) == "with") ++r;
    else if (r + 1 < end_ && W(r) == "up" && W(r + 1) == "with") r += 2;
    std::vector<uint32_t> obj;
    uint32_t after = ListRight(r, true, &obj);
    // "her" before a noun is its determiner ("met her husband").
    if (after == r && r < end_ && c->subject_count &&
        ObjectPronounAt(r) &&
        ResolveObjectPronoun(tm.first, c->participants, &obj))
      after = r + 1;
    // "received at Zabeel Palace in Dubai His Excellency X", "met on the
    // sidelines of the visit with X": the object after a phrase of place.
    if (after == r && r == q && c->subject_count) {
      const uint32_t o = ObjectAfterShiftedPhrase(r, (e.frame & kFrameWith) != 0);
      if (o) {
        const uint32_t a2 = ListRight(o, true, &obj);
        if (a2 != o) after = a2;
      }
    }
    bool ok = after != r;
    if (e.frame & kFramePlaced) {
      // "X joined Y on Thursday at a rally / in a packed auditorium": they
      // were there together. Not "joined Y in condemning ...", "joined Y's
      // call", nor joining a body or a cause.
      uint32_t a = after;
      // Past the times: "on Thursday", "last week".
      while (a < end_ && (timex_at_[a] != kNone ||
                          (PrepAt(a) && a + 1 < end_ && timex_at_[a + 1] != kNone)))
        ++a;
      // "called on Y on 8th May during his visit": an interaction the two
      // were at ("during his visit / the talks") places them as a place
      // does (not "during the debate").
      bool during = false;
      if (ok && a + 2 < end_ && W(a) == "during" && DetAt(a + 1))
        for (const TriggerMatch& o : trigs_)
          during = during || ((o.first == a + 2 || o.first == a + 3) && o.entry->interaction &&
                              o.entry->noun);
      // "joined Y for the announcement / for a dinner / for the summit":
      // an occasion the two attended, named by a determined noun phrase
      // (not "for the first time", nor "joined Y for his campaign's ...",
      // where the phrase is no determiner's).
      bool occasion = false;
      if (ok && a + 2 < end_ && W(a) == "for" && (W(a + 1) == "the" || W(a + 1) == "a" ||
                                                   W(a + 1) == "an")) {
        occasion = true;
        // (The noun phrase ends at a preposition: "for a dinner on Monday".
        // A duration is none: "for a week".)
        for (uint32_t k = a + 1; k < end_ && k < a + 6 && !CommaOrHardAt(k) && !PrepAt(k); ++k)
          if (W(k) == "time" || W(k) == "times" || timex_at_[k] != kNone) occasion = false;
      }
      bool placed = ok && a + 1 < end_ &&
                    (W(a) == "at" || during || occasion ||
                     ((W(a) == "in" || W(a) == "on") && (DetAt(a + 1) || Cap(a + 1))));
      // ("in condemning": a gerund; "in Beijing", "in Kunming": a place.)
      if (placed && a + 1 < end_ && W(a + 1).size() > 4 && W(a + 1).EndsWith("ing") &&
          !Cap(a + 1))
        placed = false;
      if (!placed) {
        c->participants.clear();
        return;
      }
    }
    if (ok && (e.frame & kFrameBareObject)) {
      // "called Putin" is a call only when nothing predicative follows
      // ("called Putin a dictator", "called Putin to account").
      if (after < end_) {
        Word w = W(after);
        static constexpr std::string_view kOk[] = {",", ".", ";", "on", "in", "at", "and", "about", "after",
                                    "before", "earlier", "late", "again", "back", "by", "from",
                                    "last", "this", "over", "during", "amid", "ahead",
                                    "shortly", "twice", "to", "for", "yesterday", "today",
                                    "minutes", "hours", "while", "as", "when", "—", "–"};
        bool good = timex_at_[after] != kNone;
        for (std::string_view x : kOk)
          if (w == x) good = true;
        // "called Putin to discuss / to congratulate him", not "to account".
        if (w == "to" && !(after + 1 < end_ && !Cap(after + 1) &&
                           !DetAt(after + 1) && W(after + 1) != "account" &&
                           W(after + 1) != "order" && W(after + 1) != "task"))
          good = false;
        if (w == "for" && !(after + 1 < end_ && timex_at_[after + 1] != kNone)) good = false;
        // "will call on Y to resign": a verb with "on" before its object
        // and an infinitive after it is an appeal to Y, not a visit.
        if (w == "to" && W(tm.end - 1) == "on") good = false;
        // "saw Putin as a threat / as the enemy", "saw Trump on television":
        // what the object is taken for, or a screen, is no encounter.
        if (after + 1 < end_) {
          const Word n = W(after + 1);
          if (w == "as" && (DetAt(after + 1) || Possessive(after + 1) || n == "one" ||
                            n == "his" || n == "her" || n == "their" || n == "its"))
            good = false;
          if (w == "on" && (n == "television" || n == "tv" || n == "screen" || n == "video"))
            good = false;
        }
        ok = good;
      }
      if (ok && e.frame & kFrameBareObject) {
        for (uint32_t x : obj)
          if (KindOf(x) != ActorKind::kPerson) ok = false;
      }
    }
    if (ok) {
      SubjectPronounNotObject(tm.first, obj, c);
      for (uint32_t x : obj) AddOnce(&c->participants, x);
      q = after;
    } else if (e.frame & kFrameBareObject) {
      c->participants.clear();
      return;
    }
  }
  // A form that ends in "with" or "between" ("huddled with", "mediating
  // between") keeps its complement: the preposition is read again.
  if (q == tm.end && tm.end > tm.first + 1 && (W(q - 1) == "with" || W(q - 1) == "between"))
    --q;
  RightParticipants(tm, q, c);
}

// Two entries match at the same tokens ("calls"): the noun after a
// determiner, possessive, number or adjective-like word, else the verb.
bool Extractor::IsNoun(const TriggerMatch&, const TriggerMatch&, uint32_t i) const {
  if (i <= begin_) return true;
  // "the first call", "their second phone call": a determiner shortly before.
  for (uint32_t k = i; k > begin_ && k + 3 > i;) {
    --k;
    if (DetAt(k) || Possessive(k)) return true;
    if (MentionAt(k) != kNone || AuxAt(k) || Punct(k)) break;
  }
  if (DetAt(i - 1) || Possessive(i - 1) || t_.tokens[i - 1].kind == TokenKind::kNumber)
    return true;
  // "after meeting Putin": a gerund with its object, its title before it
  // when the name alone is the mention ("after meeting Prime Minister Ito").
  if (i + 1 < end_ && MentionStartsAt(i + 1)) return false;
  for (uint32_t k = i + 1; k < end_ && k < i + 4 && Cap(k) && MentionAt(k) == kNone; ++k)
    if (k + 1 < end_ && MentionStartsAt(k + 1) && KindOf(EntityOf(MentionAt(k + 1))) ==
                                                       ActorKind::kPerson)
      return false;
  if (PrepAt(i - 1)) return true;  // "in a call" handled above; "for talks"
  if (MentionEndsAt(i - 1) || AuxAt(i - 1) || PluralPronounAt(i - 1) ||
      SingularPronounAt(i - 1) || SkipAdverbAt(i - 1))
    return false;
  return !Punct(i - 1);
}

// "The Prime Minister thanked Meloni ..., recalling their meeting", "Mr.
// Trump joked ...; Mr. Carney said .... It was a reprise of their first
// meeting": exactly two persons named in [lo, hi) are "they".
bool Extractor::TwoPersonsNamed(uint32_t lo, uint32_t hi, std::vector<uint32_t>* out) const {
  uint32_t two[2];
  int n = 0;
  for (uint32_t k = lo; k < hi; ++k) {
    const int32_t m = MentionAt(k);
    if (m == kNone || KindOf(EntityOf(m)) != ActorKind::kPerson) continue;
    const uint32_t e = EntityOf(m);
    if ((n > 0 && two[0] == e) || (n > 1 && two[1] == e)) continue;
    if (n == 2) return false;
    two[n++] = e;
  }
  if (n != 2) return false;
  AddOnce(out, two[0]);
  AddOnce(out, two[1]);
  return true;
}

// A date in the clause right after an event noun (`from`): "call on June 5",
// "meeting, on May 6", "summit was in Helsinki in July 2018". The clause
// ends at a hard stop or another clause's opener.
bool Extractor::DatedAfter(uint32_t from) const {
  for (uint32_t k = from; k < end_ && k < from + 10; ++k) {
    if (HardAt(k) || (IsBoundary(k) && W(k) != "that")) return false;
    const int32_t x = timex_at_[k];
    if (x != kNone) return !tx_date_[x].empty();
  }
  return false;
}

// "Trump paid a state visit to China in 2017", "Xi recalled his state visit
// to Brazil": the visitor meets the country's head of state or government,
// whom the story names (with a leader's title: "Chinese President Xi
// Jinping"), not the country. Only when exactly one person of that country
// is so titled, and no person of it takes part already.
void Extractor::VisitedCountryLeader(EventMention* m) const {
  if (m->participants.size() != 2 || m->trigger.size() < 5) return;
  const std::string_view trig = m->trigger;
  if (!(trig.compare(0, 5, "visit") == 0 || trig.compare(0, 5, "Visit") == 0 ||
        trig.find(" visit") != std::string_view::npos ||
        trig.find(" Visit") != std::string_view::npos))
    return;
  uint32_t country = 0, visitor = 0;
  int nc = 0;
  for (uint32_t e : m->participants) {
    if (KindOf(e) == ActorKind::kCountry) {
      country = e;
      ++nc;
    } else if (KindOf(e) == ActorKind::kPerson) {
      visitor = e;
    }
  }
  if (nc != 1 || KindOf(visitor) != ActorKind::kPerson) return;
  const std::string& code = a_.entities[country].country;
  if (code.empty() || a_.entities[visitor].country == code) return;
  const int32_t leader = NamedLeaderOf(code);
  if (leader < 0) return;
  for (uint32_t& e : m->participants)
    if (e == country) e = uint32_t(leader);
}

int32_t Extractor::NamedLeaderOf(const std::string& code) const {
  int32_t leader = -1;
  for (uint32_t e = 0; e < a_.entities.size(); ++e) {
    if (KindOf(e) != ActorKind::kPerson || a_.entities[e].country != code) continue;
    if (!NamedAsLeader(e, true)) continue;
    if (leader >= 0) return -1;  // two of its leaders named: which one?
    leader = int32_t(e);
  }
  return leader;
}

void Extractor::SummitCountryLeaders(EventMention* m) const {
  if (m->participants.size() < 2 || m->trigger.find("ummit") == std::string::npos) return;
  std::vector<uint32_t> leaders;
  for (uint32_t e : m->participants) {
    if (KindOf(e) != ActorKind::kCountry || a_.entities[e].country.empty()) return;
    const int32_t l = NamedLeaderOf(a_.entities[e].country);
    if (l < 0) return;
    leaders.push_back(uint32_t(l));
  }
  m->participants = std::move(leaders);
}

// "X held separate meetings with A and B", "separate talks with A and B":
// one meeting of X with each; A and B did not meet. Without X (the
// subject lost), the objects alone are no event.
// So do calls in the plural: "X held calls on Wednesday with A, B and C"
// (a call of several at once is "a call", "a video conference").
void Extractor::SeparateMeetingsWith(const TriggerMatch& tm, Candidate* c) const {
  if (tm.first <= begin_) return;
  const Word last = W(tm.end - 1);
  const bool calls = tm.entry->type == "call" && (last == "calls" || last == "conversations");
  if (W(tm.first - 1) != "separate" && !calls) return;
  uint32_t w = tm.end;
  // "calls on Wednesday with A and B": past the time.
  while (calls && w + 1 < end_ && w < tm.end + 6 &&
         (timex_at_[w] != kNone || (PrepAt(w) && W(w) != "with" && timex_at_[w + 1] != kNone)))
    ++w;
  if (w + 1 >= end_ || W(w) != "with") return;
  std::vector<uint32_t> objects;
  ListRight(w + 1, true, &objects);
  if (objects.size() < 2) return;
  std::vector<uint32_t> subjects;
  for (uint32_t e : c->participants)
    if (std::find(objects.begin(), objects.end(), e) == objects.end()) subjects.push_back(e);
  if (subjects.size() > 1) return;
  if (subjects.empty()) {
    // (Calls whose caller is not found are left as they were read.)
    if (W(tm.first - 1) == "separate") c->participants.clear();
    return;
  }
  c->participants = subjects;
  for (uint32_t e : objects) AddOnce(&c->participants, e);
  c->subject_count = 1;
  c->separately = true;
}

// "X held talks with A and with B", "spoke with A, thanking him for ...,
// and with B": the preposition said again before the second name tells two
// encounters of X, not one of the three. One subject only, and none of
// "together", "jointly", "trilateral" in the clause.
void Extractor::RepeatedWithApart(const TriggerMatch& tm, Candidate* c,
                                  std::vector<Candidate>* cands) const {
  if (c->separately || c->subject_count != 1 || c->participants.size() < 2) return;
  uint32_t w = tm.end;
  if (w > tm.first && W(w - 1) == "with") --w;
  if (w + 1 >= end_ || W(w) != "with") return;
  std::vector<uint32_t> objects;
  const uint32_t r = ListRight(w + 1, true, &objects);
  if (objects.empty()) return;
  for (uint32_t k = ClauseStart(tm.first); k < end_; ++k) {
    if (k > r && HardAt(k)) break;
    Word x = W(k);
    if (x == "together" || x == "jointly" || x == "trilateral" || x == "joint" ||
        x == "three-way")
      return;
  }
  // "with A and with B" inside the list.
  for (uint32_t k = w + 2; k + 1 < r; ++k) {
    if (W(k) == "and" && W(k + 1) == "with" && c->participants.size() >= 3) {
      c->separately = true;
      return;
    }
  }
  // "with A, thanking him for ..., and with B": an aside between commas
  // (a participle or a relative), then the second "with".
  if (r + 2 >= end_) return;
  uint32_t k = r;
  if (W(r) == ",") {
    Word opener = W(r + 1);
    const bool aside = opener == "who" || opener == "which" ||
                       (opener.size() > 4 && opener.EndsWith("ing"));
    if (!aside) return;
    k = r + 2;
    for (int n = 0; k < end_ && n < 20 && !CommaOrHardAt(k); ++k, ++n) {
    }
  } else {
    // "speak with A by telephone later in the day, and with B afterwards":
    // an adjunct of the first encounter (its means, place or time) before
    // the comma; no verb, auxiliary, clause opener or person in it.
    for (int n = 0; k < end_ && !CommaOrHardAt(k); ++k, ++n) {
      if (n >= 10 || AuxAt(k) || IsBoundary(k)) return;
      const int32_t m = MentionAt(k);
      if (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson) return;
      for (const TriggerMatch& o : trigs_)
        if (o.first == k) return;
    }
  }
  if (!(k + 3 < end_ && W(k) == "," && W(k + 1) == "and" && W(k + 2) == "with")) return;
  std::vector<uint32_t> second;
  ListRight(k + 3, true, &second);
  if (second.empty()) return;
  Candidate copy = *c;
  copy.participants.clear();
  for (uint32_t e : c->participants)
    if (std::find(objects.begin(), objects.end(), e) == objects.end() &&
        std::find(second.begin(), second.end(), e) == second.end())
      copy.participants.push_back(e);
  if (copy.participants.size() != 1) return;
  for (uint32_t e : second) AddOnce(&copy.participants, e);
  auto& orig = c->participants;
  orig.erase(std::remove_if(orig.begin(), orig.end(),
                            [&](uint32_t e) {
                              return std::find(second.begin(), second.end(), e) != second.end() &&
                                     std::find(objects.begin(), objects.end(), e) == objects.end();
                            }),
             orig.end());
  cands->push_back(std::move(copy));
}

}  // namespace extract_detail
}  // namespace eg
