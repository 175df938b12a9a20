// Subjects, companions and what follows a verb or noun (RightParticipants).
// Members of the Extractor (events/extractor.h).
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// The subject of a verb (or of the verb governing a noun) whose last token
// before it is p: an actor list to the left, past auxiliaries, fillers
// ("are expected to", "would be open to"), a dash and an appositive.
// `adjacent_ok`: the list may follow a preposition when it directly precedes
// the trigger ("compared it to Gorbachev and Reagan meeting").
// "Xi Jinping and the leaders of the five Central Asian countries -
// Kazakh President A, Kyrgyz President B, ... - attended": a group named
// after "and", its members listed between dashes; the subject is the one
// named before the group and the members. p is the closing dash.
bool Extractor::DashedMembersSubject(uint32_t p, std::vector<uint32_t>* ents) const {
  if (p <= begin_ + 4 || !MentionEndsAt(p - 1)) return false;
  std::vector<uint32_t> members;
  const uint32_t f = ListLeft(p - 1, &members);
  if (members.size() < 2 || f <= begin_ + 2 || !words::IsDash(W(f - 1)) ||
      t_.tokens[f - 1].Has(kGlued))
    return false;
  for (uint32_t e : members)
    if (KindOf(e) != ActorKind::kPerson) return false;
  uint32_t j = f - 1;
  bool group = false;
  while (j > begin_ && j + 10 > f) {
    --j;
    if (W(j) == "and" || Punct(j) || MentionAt(j) != kNone) break;
    group = group || (GroupHeadAt(j) && !Cap(j));
  }
  if (!group || W(j) != "and" || j <= begin_ || !MentionEndsAt(j - 1)) return false;
  std::vector<uint32_t> named;
  ListLeft(j - 1, &named);
  for (uint32_t e : named) AddOnce(ents, e);
  for (uint32_t e : members) AddOnce(ents, e);
  return true;
}

bool Extractor::SubjectLeft(uint32_t p, bool adjacent_ok, std::vector<uint32_t>* ents) const {
  if (p < begin_ || p >= end_) return false;
  uint32_t start = p;
  int skipped = 0;
  bool dash_used = false;
  std::vector<uint32_t> companions;
  for (;;) {
    // "the two Americans also met Y": persons counted by their nationality
    // are the ones just named, as "the two men" are; not the country.
    if (MentionEndsAt(p) && MentionStartsAt(p) && p >= begin_ + 2 &&
        KindOf(EntityOf(MentionAt(p))) == ActorKind::kCountry && W(p).EndsWith("s") &&
        !Cap(p - 1) && W(p - 2) == "the") {
      const int want = W(p - 1) == "two" ? 2 : CountWord(W(p - 1));
      if (want >= 2) return CountedNationals(p, want, ents);
    }
    if (MentionEndsAt(p)) break;
    Word w = W(p);
    // "X met A on Wednesday, then sat down with B": "then" after a comma
    // chains a second verb to the subject of the first.
    if (w == "then" && p == start && p > begin_ + 1 && W(p - 1) == ",")
      return ClauseSubject(p - 1, ents, true);
    if ((w == "and" || (w == "but" && p == start)) && p > begin_ && !MentionEndsAt(p - 1)) {
      // "X visited Kyiv and met Y": the subject of the first verb. So
      // with "but" right before the verb: "X was not present but joined Y
      // for the announcement".
      if (ClauseSubject(p, ents, true)) return true;
      if (w == "but") return false;
      // "X came to Washington in April, the first visit since the
      // invasion, and sat with Y": "since", "after" before a noun phrase
      // open no clause; the verbs share the subject before them.
      // ("X endorsed Y during the campaign and hosted him": so does a
      // preposition that may open a clause, "during", "amid".)
      const uint32_t cs = ClauseStart(p, false);
      if (cs > begin_ && cs + 1 < p &&
          (W(cs) == "since" || W(cs) == "after" || W(cs) == "before" || W(cs) == "until" ||
           PrepAt(cs)) &&
          (DetAt(cs + 1) || timex_at_[cs + 1] != kNone))
        return ClauseSubject(cs, ents, true);
      return false;
    }
    if (w == "and" && (p == start || skipped > 0) && p > begin_ && MentionEndsAt(p - 1)) {
      // "X endorsed Y and hosted him": a name before the "and" that joins
      // two verbs is the first verb's object; the second verb has the
      // clause's subject, when the clause opens with another list. So
      // with an adverb or auxiliary after the "and": "X met Y and later
      // held talks with Z", "... and is expected to host Z".
      std::vector<uint32_t> subj;
      const uint32_t y = EntityOf(MentionAt(p - 1));
      if (ClauseSubject(p, &subj, true) && !subj.empty() &&
          std::find(subj.begin(), subj.end(), y) == subj.end()) {
        for (uint32_t e : subj) AddOnce(ents, e);
        return true;
      }
      return false;
    }
    if ((w == "who" || w == "which") && p > begin_) {
      // "Putin, who met Xi": the relative's antecedent.
      uint32_t a = p - 1;
      if (W(a) == "," && a > begin_) --a;
      if (!MentionEndsAt(a)) return false;
      p = a;
      break;
    }
    if (w == "it") return ItIsTheSpeaker(p, ents);
    if (GroupHeadAt(p) && !Cap(p)) {
      // "Albright and other officials met Moi", "she and other family
      // members had spoken to him": the one the group is named with takes
      // part (the others are not named).
      uint32_t o = p - 1;
      if (o > begin_ && W(o) != "other" && !Cap(o) && !Punct(o)) --o;  // "other family members"
      if (o >= begin_ + 2 && W(o) == "other" && W(o - 1) == "and") {
        const uint32_t x = o - 2;
        if (MentionEndsAt(x)) {
          p = x;
          break;
        }
        if (SingularPronounAt(x) && (x == begin_ || !PrepAt(x - 1))) return ResolvePronoun(x, ents);
      }
    }
    if ((GroupHeadAt(p) || w == "team" || w == "delegation" || w == "entourage" || w == "aides") &&
        !Cap(p) && p >= begin_ + 3 &&
        (W(p - 1) == "his" || W(p - 1) == "her" || W(p - 1) == "their") && W(p - 2) == "and" &&
        MentionEndsAt(p - 3)) {
      // "Umerov and his team met Rubio": the one named takes part with his
      // people, whom the text does not name.
      p -= 3;
      break;
    }
    if (FirmNounAt(p) && p > begin_ && W(p - 1) == "the" && !Cap(p)) return ResolveFirm(p - 1, ents);
    if (QuotedSelf(p, SelfRole::kSubject, ents)) return true;
    if ((w == "state" || w == "government") && p >= begin_ + 3 && W(p - 1) == "of" &&
        W(p - 2) == "heads" && !Cap(p - 2) &&
        (W(p - 3) == "the" || W(p - 3) == "two" || W(p - 3) == "both")) {
      // "The two heads of state agreed": the group head is "heads".
      return ResolvePronoun(p - 2, ents);
    }
    if (GroupHeadAt(p) && !Cap(p) && p >= begin_ + 2) {
      // "The four leaders had travelled together to Kyiv"; "the four
      // western European leaders", "the six remaining leaders": up to two
      // modifiers between the number and the noun.
      uint32_t n = p - 1;
      for (int mods = 0; mods < 2 && n > begin_ + 1 && CountWord(W(n)) < 3; ++mods, --n)
        if (Punct(n) || MentionAt(n) != kNone || DetAt(n) || PrepAt(n) || AuxAt(n) ||
            timex_at_[n] != kNone)
          break;
      if (n > begin_ && W(n - 1) == "the" && CountWord(W(n)) >= 3)
        return ResolveCounted(p, CountWord(W(n)), ents);
    }
    // "the Secretary hosted X": the office's one named holder.
    if (HolderOfTitle(p, ents)) return true;
    // "He'll host X": the pronoun with its auxiliary glued on.
    if (ContractedSingularPronounAt(p) && (p == begin_ || !PrepAt(p - 1)))
      return ResolveSingular(p, ents);
    // "Several governors, including X and Y, said they met Z": "they" are
    // the group's members the subject names.
    if (w == "they" && IncludedSpeakers(p, ents)) return true;
    // "The premiers agreed to meet again": those the document titles so
    // (TitledGroup), as "met the premiers" has them.
    if (GroupHeadAt(p) && !Cap(p) && p > begin_ && W(p - 1) == "the")
      if (const std::vector<uint32_t>* g = TitledGroup(p)) {
        for (uint32_t e : *g) AddOnce(ents, e);
        return true;
      }
    if (SingularPronounAt(p) || w == "they" || TheTwoAlone(p) ||
        (GroupHeadAt(p) && p > begin_ &&
         (W(p - 1) == "two" || W(p - 1) == "both" || W(p - 1) == "the" || PairBefore(p)))) {
      return ResolvePronoun(p, ents);
    }
    if (w == "," && p > begin_ && MentionEndsAt(p - 1)) {
      // Named members of a group subject: "leaders, including X and Y, met".
      std::vector<uint32_t> list;
      uint32_t first = ListLeft(p - 1, &list);
      if (first > begin_ && W(first - 1) == "including") {
        for (uint32_t e : list) AddOnce(ents, e);
        return true;
      }
      // ... or in apposition to it: "the two leaders, X and Y, met".
      if (list.size() >= 2 && first > begin_ + 1 && W(first - 1) == "," &&
          GroupHeadAt(first - 2)) {
        for (uint32_t e : list) AddOnce(ents, e);
        return true;
      }
    }
    if (w == "them" && p >= begin_ + 2 && W(p - 1) == "of" &&
        (W(p - 2) == "two" || W(p - 2) == "both")) {
      // "the two of them then got on a line with Y": the pair just named.
      return ResolvePronoun(p - 2, ents);
    }
    if (w == "," && p == start && p > begin_ && MentionEndsAt(p - 1) && p + 1 < end_ &&
        W(p + 1).size() > 4 && W(p + 1).EndsWith("ing") && !Possessive(p)) {
      // "Macron, speaking alongside Starmer and Merz, said": a participle
      // set off after the clause's opening subject is that subject's.
      std::vector<uint32_t> list;
      const uint32_t first = ListLeft(p - 1, &list);
      if (first == begin_ || first == ClauseStart(first)) {
        for (uint32_t e : list) AddOnce(ents, e);
        return true;
      }
    }
    if (w == "," && p == start && p > begin_) {
      // "X wrapped up talks on Monday, meeting Y": a participle clause
      // shares the subject of the clause it hangs on.
      Word v = W(p + 1);
      // (A name before the comma may end the first verb's objects: "X
      // toured A, B and C, meeting Y". Not the subject itself: "Macron,
      // speaking alongside Starmer, said" is read below.)
      bool object_list = false;
      if (MentionEndsAt(p - 1)) {
        std::vector<uint32_t> list;
        const uint32_t first = ListLeft(p - 1, &list);
        object_list = first > begin_ && first != ClauseStart(first);
      }
      if (v.size() > 4 && v.EndsWith("ing") && object_list) return ClauseSubject(p, ents, true);
      if (v.size() > 4 && v.EndsWith("ing") && !MentionEndsAt(p - 1)) {
        if (ClauseSubject(p, ents)) return true;
        // "X toured the region during the week, meeting Y": a preposition
        // that may open a clause ("during", "amid") opened only a phrase.
        const uint32_t cs = ClauseStart(p, false);
        return cs > begin_ && cs < p && PrepAt(cs) && ClauseSubject(cs, ents);
      }
    }
    if (FillerAt(p) && skipped < 8) {
      ++skipped;
    } else if ((w == "like" || w == "love" || w == "prefer") && p > begin_ &&
               W(p - 1) == "would" && skipped < 8) {
      // "he would like to meet X": the wish's subject meets.
      ++skipped;
    } else if (!dash_used && words::IsDash(w) && !t_.tokens[p].Has(kGlued) &&
               DashedMembersSubject(p, ents)) {
      return true;
    } else if (!dash_used && words::IsDash(w) && !t_.tokens[p].Has(kGlued)) {
      dash_used = true;
      // "X and Y — the current president's father — spent five days ...":
      // an appositive between dashes; the subject ends before the first.
      uint32_t q = p;
      for (int k = 0; k < 12 && q > begin_ + 1; ++k) {
        --q;
        if (HardAt(q) || W(q) == ",") break;
        if (words::IsDash(W(q)) && !t_.tokens[q].Has(kGlued)) {
          if (MentionEndsAt(q - 1)) p = q;  // the loop steps to the mention
          break;
        }
      }
    } else if (Possessive(p) && p > begin_ && SingularPronounAt(p - 1)) {
      // "He's expected to meet": the contraction of "is" or "has".
    } else if (p == start && p > begin_ + 1 && SpentTimeBefore(p, &p)) {
      // "X spent the previous 48 hours speaking with Y": the time spent
      // doing it; X acts. (p is now the token before "spent".)
      continue;
    } else if (timex_at_[p] != kNone && skipped < 8 && p > begin_) {
      // "X on Tuesday called on Y", "X last week met Y": a time between
      // the subject and its verb (with its preposition).
      uint32_t f = tx_[size_t(timex_at_[p])].first_token;
      if (f > begin_ + 1 && PrepAt(f - 1)) --f;
      if (f <= begin_) return false;
      p = f;
      ++skipped;
    } else if (skipped < 8 && ConjunctiveAsideEndsAt(p)) {
      // "X did, however, speak with Y": a conjunctive adverb between commas
      // is no appositive; the subject lies before it.
      ++skipped;
      p -= 2;
    } else if (p == start && skipped < 8 && p > begin_ && MentionEndsAt(p - 1) &&
               ScareQuoteClose(p) != kNoScareQuote) {
      // "X and Y "spoke at length" by telephone": the verb opens a short
      // quote from a source; the subject, a name right before its opening
      // mark, lies outside it (not "urged X to "make a deal"", whose
      // infinitive has no subject of its own there).
      ++skipped;
    } else if (const uint32_t be = SingledOutPredicate(p); be != 0) {
      // "X was the last leader to be received by Y": the clause's subject
      // is the one singled out; go on left of the copula.
      p = be;
    } else if (w == "," && p > begin_) {
      if (NameInAppositionSubject(p, ents)) return true;
      if (ConjunctOfficeApposition(p, ents)) return true;
      // An appositive or relative clause between commas: "Putin, who ..., met".
      uint32_t q = p;
      bool found = false;
      for (int k = 0; k < 18 && q > begin_; ++k) {
        --q;
        Word x = W(q);
        // "Tetteh, who heads the UN Support Mission in Libya (UNSMIL),
        // held talks": a short bracketed abbreviation inside is no break.
        if (x == ")" && q > begin_ + 2 && W(q - 2) == "(") {
          q -= 2;
          continue;
        }
        if (HardAt(q)) break;
        if (x == "," && q > begin_ && MentionEndsAt(q - 1)) {
          found = true;
          break;
        }
      }
      if (!found) {
        // "In May, he flew to Beijing, met Xi and signed a deal": a verb
        // in the middle of a series that closes with "and" and a verb
        // shares the subject of the clause the series opens.
        return p == start && !MentionEndsAt(p - 1) && SeriesClosesAfter(p + 1) &&
               ClauseSubject(p, ents, true);
      }
      // "Putin, accompanied by Lavrov and Ushakov, met Trump": the
      // companions take part with the subject.
      Companions(q + 1, &companions);
      p = q - 1;
      break;
    } else {
      return false;
    }
    if (p == begin_) return false;
    --p;
  }
  std::vector<uint32_t> list;
  uint32_t first = ListLeft(p, &list);
  first = PersonOfPolity(first, &list);
  if (first > begin_ && first <= p) {
    // "After the White House, X is scheduled to meet Y": a fronted phrase
    // of time ends at its comma; what precedes the comma is no member of
    // the subject list after it. So does one of place: "At the Kremlin, X
    // met Y", "In Moscow, X met Y" (the seat is where, not who).
    const Word o = first - 1 > begin_ && DetAt(first - 1) ? W(first - 2) : W(first - 1);
    if (o == "after" || o == "before" || o == "since" || o == "until" || o == "following" ||
        o == "during" || o == "amid" || o == "at" || o == "in" || o == "inside" ||
        o == "outside" || o == "near") {
      uint32_t comma = first;
      for (uint32_t j = first; j <= p; ++j)
        if (W(j) == ",") comma = j;
      if (comma != first) {
        std::vector<uint32_t> tail;
        for (uint32_t j = comma + 1; j <= p; ++j)
          if (MentionStartsAt(j)) AddOnce(&tail, EntityOf(MentionAt(j)));
        if (tail.empty()) return false;
        list = tail;
        first = comma + 1;
      }
    }
  }
  if (first > begin_) {
    Word before = W(first - 1);
    bool adjacent = adjacent_ok && p == start;
    // "for Xi to meet Biden": the infinitive's subject.
    bool for_to = before == "for" && p + 1 < end_ && W(p + 1) == "to";
    // "Representatives of X and Y began negotiations": the group acts for
    // the parties it is of, when it opens the noun phrase ("the officials of
    // X"), not when it hangs on another noun ("a meeting of leaders of X").
    bool group_of = before == "of" && first >= begin_ + 2 && GroupHeadAt(first - 2) &&
                    (first - 2 == begin_ || DetAt(first - 3) || W(first - 3) == "," ||
                     first - 2 == ClauseStart(first - 2));
    // "Negotiators led by X and Y were still talking", "teams headed by X
    // and Y began talks": those who lead the group subject act for it (as
    // LeaderNamedAfter has it for an object).
    const uint32_t g = first >= begin_ + 3 ? first - 3 : first;
    const bool led_by = before == "by" && g < first &&
                        (W(first - 2) == "led" || W(first - 2) == "headed") &&
                        (!Cap(g) || OpensSentence(g)) &&
                        (GroupHeadAt(g) || OfPartyAt(g) || W(g) == "team" || W(g) == "teams");
    if (PrepAt(first - 1) && before != "including" && !adjacent && !for_to && !group_of &&
        !led_by)
      return false;
    if (Possessive(first - 1) && !OwnedPersonSubject(first, list)) return false;
  }
  // A subject that owns the next word is not a subject ("Trump's envoy met").
  if (Possessive(p + 1)) return false;
  for (uint32_t e : list) AddOnce(ents, e);
  for (uint32_t e : companions) AddOnce(ents, e);
  return true;
}

// "they" at p right after a speech verb ("said", "said that") whose
// subject is a group with named members set off by commas ("Several
// governors, including X and Governor Y of Ohio, said they ..."): adds the
// members.
bool Extractor::IncludedSpeakers(uint32_t p, std::vector<uint32_t>* ents) const {
  uint32_t v = p;
  if (v > begin_ && W(v - 1) == "that") --v;
  if (v < begin_ + 4 || !SpeechAt(v - 1) || W(v - 2) != ",") return false;
  // The last member may bring his place: "Governor X of Maryland".
  uint32_t last = v - 3;
  for (uint32_t k = last; !MentionEndsAt(last) && k > begin_ + 1 && k + 4 > last && Cap(k); --k)
    if (W(k - 1) == "of" && MentionEndsAt(k - 2)) last = k - 2;
  if (!MentionEndsAt(last)) return false;
  std::vector<uint32_t> list;
  const uint32_t first = ListLeft(last, &list);
  if (list.empty() || first <= begin_ + 1 || W(first - 1) != "including") return false;
  for (uint32_t e : list) AddOnce(ents, e);
  return true;
}

// "X was the last Pakistani leader to be received by Y", "X is the first
// minister to meet Y": at p, the head noun of a predicate "the <singled
// out> [modifiers] NOUN" right before the infinitive's "to" after a copula.
// Returns the copula's token (the subject lies before it), else 0.
// "the two Americans" at p (the country's mention): the persons of that
// country of the last interaction told in this sentence or the five before
// that had exactly `want` of them; else the last `want` persons of that
// country named there; else the pair or group just told, as for "the two
// men".
bool Extractor::CountedNationals(uint32_t p, int want, std::vector<uint32_t>* ents) const {
  const std::string& code = a_.entities[EntityOf(MentionAt(p))].country;
  const uint32_t from = sent_ >= 5 ? t_.sentences[sent_ - 5].first_token : 0;
  std::vector<uint32_t> found;
  for (auto it = out_.rbegin(); it != out_.rend() && !code.empty(); ++it) {
    if (it->sentence + 5 < sent_) break;
    if (!it->interaction) continue;
    found.clear();
    for (uint32_t e : it->participants)
      if (KindOf(e) == ActorKind::kPerson && a_.entities[e].country == code) found.push_back(e);
    if (int(found.size()) == want) {
      for (uint32_t e : found) AddOnce(ents, e);
      return true;
    }
  }
  found.clear();
  for (uint32_t k = mfirst_[MentionAt(p)]; k-- > from && int(found.size()) < want;) {
    if (!MentionEndsAt(k)) continue;
    const uint32_t e = EntityOf(MentionAt(k));
    if (KindOf(e) != ActorKind::kPerson || code.empty() || a_.entities[e].country != code) continue;
    if (std::find(found.begin(), found.end(), e) == found.end()) found.push_back(e);
  }
  if (int(found.size()) == want) {
    for (uint32_t e : found) AddOnce(ents, e);
    return true;
  }
  return want == 2 ? ResolvePlural(p, ents) : ResolveCounted(p, want, ents);
}

uint32_t Extractor::SingledOutPredicate(uint32_t p) const {
  if (p + 1 >= end_ || W(p + 1) != "to" || Punct(p) || MentionAt(p) != kNone) return 0;
  for (uint32_t k = p; k > begin_ + 1 && k + 4 > p; --k) {
    if (Cue(k, k + 1, CueClass::kSingledOut)) {
      if (k == p || W(k - 1) != "the" || !BeAt(k - 2)) return 0;
      return k - 2;
    }
    // A nationality may modify the noun ("the last Pakistani leader"); a
    // person may not (he would be whom the phrase is about).
    const int32_t m = MentionAt(k);
    if (Punct(k) || timex_at_[k] != kNone ||
        (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson))
      return 0;
  }
  return 0;
}

// Whether a series of verb phrases goes on after the verb at `verb` and
// closes with "and" and a lower-case word that opens no noun phrase ("met
// Xi and signed ..."), before the sentence or clause ends.
// The series may close after a serial comma ("attended the summit, held
// talks with A and B before the meeting, and spoke to ..."), and a
// preposition that could open a clause opens none before a noun phrase
// ("before the meeting", "after talks"): neither ends the verb's clause.
// Long names make long phrases: the window is counted in words.
bool Extractor::SeriesClosesAfter(uint32_t verb) const {
  for (uint32_t k = verb + 1; k + 1 < end_ && k < verb + 26; ++k) {
    if (HardAt(k)) return false;
    if (IsBoundary(k) && W(k) != "and") {
      const bool serial_comma = W(k) == "," && W(k + 1) == "and";
      const Word o = W(k);
      const bool phrase = (PrepAt(k) || o == "before" || o == "after" || o == "since" ||
                           o == "until") &&
                          (DetAt(k + 1) || timex_at_[k + 1] != kNone);
      if (!serial_comma && !phrase) return false;
      continue;
    }
    if (W(k) != "and") continue;
    const uint32_t v = k + 1;
    if (Cap(v) || Punct(v) || MentionAt(v) != kNone || timex_at_[v] != kNone || DetAt(v) ||
        PrepAt(v) || SingularPronounAt(v) || PluralPronounAt(v) || Possessive(v) ||
        t_.tokens[v].kind != TokenKind::kWord)
      continue;
    return true;
  }
  return false;
}

// "spent the previous 48 hours", "had spent two days" ending at p (a
// measure of time, or a time expression), before an -ing verb: *before is
// set to the token before the verb "spent" (past its auxiliaries as the
// caller's loop goes on). False when p ends no such phrase.
bool Extractor::SpentTimeBefore(uint32_t p, uint32_t* before) const {
  if (!((ClassesAt(p) & words::kMeasureNoun) || timex_at_[p] != kNone)) return false;
  for (uint32_t k = p; k > begin_ && k + 6 > p; --k) {
    const Word v = W(k - 1);
    if (v == "spent" || v == "spend" || v == "spends" || v == "spending") {
      if (k - 1 == begin_) return false;
      *before = k - 2;
      return true;
    }
    if (MentionAt(k - 1) != kNone || Punct(k - 1)) return false;
  }
  return false;
}

// "accompanied by X and Y" (also "flanked", "joined", or "alongside X and
// Y") at p: X and Y, with a second list after a phrase of sides ("X and Y
// on the American side and Z on the Russian side"). Returns the end of what
// was read, or p.
uint32_t Extractor::Companions(uint32_t p, std::vector<uint32_t>* ents) const {
  if (p + 1 >= end_) return p;
  const Word w = W(p);
  uint32_t first;
  if (w == "alongside") {
    first = p + 1;
  } else {
    if (p + 2 >= end_ || W(p + 1) != "by") return p;
    if (w != "accompanied" && w != "flanked" && w != "joined") return p;
    first = p + 2;
  }
  uint32_t e = ListRight(first, false, ents);
  if (e == first) return p;
  // "on the American side and ...": a short phrase, then "and" and names.
  if (e < end_ && (W(e) == "on" || W(e) == "from" || W(e) == "for")) {
    for (uint32_t k = e + 1; k < end_ && k < e + 6; ++k) {
      if (HardAt(k) || W(k) == "," || MentionAt(k) != kNone) break;
      if (W(k) == "and" && k + 1 < end_ && MentionStartsAt(k + 1)) {
        const uint32_t e2 = ListRight(k + 1, false, ents);
        if (e2 != k + 1) e = e2;
        break;
      }
    }
  }
  return e;
}

// "Russia said (on Monday) (that) it held talks with Ukraine": "it" right
// after a verb of saying is the speaker, when the speaker is a country or
// an organisation (a person would be "he" or "she").
bool Extractor::ItIsTheSpeaker(uint32_t p, std::vector<uint32_t>* ents) const {
  uint32_t q = p;
  if (q > begin_ && W(q - 1) == "that") --q;
  if (q > begin_ && timex_at_[q - 1] != kNone) {
    while (q > begin_ && timex_at_[q - 1] != kNone) --q;
    if (q > begin_ && W(q - 1) == "on") --q;  // "said on Monday it"
  }
  if (q <= begin_ + 1 || !SpeechAt(q - 1)) return false;
  std::vector<uint32_t> speaker;
  if (!SubjectLeft(q - 2, false, &speaker) || speaker.empty()) return false;
  for (uint32_t e : speaker)
    if (KindOf(e) == ActorKind::kPerson) return false;
  for (uint32_t e : speaker) AddOnce(ents, e);
  return true;
}

// The clause's subject: its first actor list, not inside a phrase of a
// preposition and not an owner ("X visited Kyiv and met Y"). A fronted
// clause of time or cause ("After the talks collapsed, X met Y and ...",
// "Because Y refused, X ...") is not the main clause: its subject is
// looked for after the fronted clause's comma. The speaker of a verb of
// saying is not the subject of the clause he reports ("X said Y met Z and
// spoke with W": Y spoke with W), unless that clause names no one else
// ("X said after meeting Y").
bool Extractor::ClauseSubject(uint32_t before, std::vector<uint32_t>* ents, bool pronouns) const {
  uint32_t cs = ClauseStart(before, false);
  cs = PastFrontedClause(cs, before);
  std::vector<uint32_t> reporter;
  for (uint32_t k = cs; k < before; ++k) {
    if (!MentionStartsAt(k)) {
      // "She was scheduled to lay flowers, talk to guards and meet with X".
      if (pronouns && (SingularPronounAt(k) || W(k) == "they") && (k == begin_ || !PrepAt(k - 1)))
        return ResolvePronoun(k, ents);
      if (pronouns && ContractedSingularPronounAt(k) && (k == begin_ || !PrepAt(k - 1)))
        return ResolveSingular(k, ents);
      if (pronouns && (ClassesAt(k) & (words::kFirstSingular | words::kFirstPlural)) &&
          (k == begin_ || !PrepAt(k - 1)) && QuotedSelfSlow(k, SelfRole::kSubject, ents))
        return true;
      continue;
    }
    if (KindOf(EntityOf(MentionAt(k))) != ActorKind::kPerson) {
      // "The US senior adviser for Africa, Massad Boulos, visited Kigali,
      // meeting X": the country modifies the office; the name in
      // apposition is the subject.
      uint32_t c = a_.mentions[MentionAt(k)].end_token;
      while (c < before && c < k + 8 && !CommaOrHardAt(c)) ++c;
      if (c + 1 < before && W(c) == "," && MentionStartsAt(c + 1)) {
        const uint32_t c2 = a_.mentions[MentionAt(c + 1)].end_token;
        if (c2 < before && W(c2) == "," && NameInAppositionSubject(c2, ents)) return true;
      }
    }
    std::vector<uint32_t> list;
    uint32_t r = ListRight(k, false, &list);
    if (r == k) {
      k = a_.mentions[MentionAt(k)].end_token - 1;
      continue;
    }
    if (k > begin_ && (PrepAt(k - 1) || Possessive(k - 1))) {
      k = r - 1;
      continue;
    }
    const uint32_t reported = ReportedClauseAfter(r, before);
    if (reported != r && reporter.empty()) {
      reporter = list;
      k = reported - 1;
      continue;
    }
    for (uint32_t e : list) AddOnce(ents, e);
    return true;
  }
  for (uint32_t e : reporter) AddOnce(ents, e);
  return !reporter.empty();
}

// Where the clause a verb of saying right after a subject (ending at r)
// reports begins, before `before`: past the verb, a time ("said on
// Monday"), "that", and the person a "told" addresses; r when no verb of
// saying follows.
uint32_t Extractor::ReportedClauseAfter(uint32_t r, uint32_t before) const {
  uint32_t q = r;
  while (q < before && SkipAdverbAt(q)) ++q;
  if (q >= before || !SpeechAt(q)) return r;
  const Word v = W(q);
  ++q;
  if (q < before && W(q) == "on" && q + 1 < before && timex_at_[q + 1] != kNone) ++q;
  while (q < before && timex_at_[q] != kNone) ++q;
  if ((v == "told" || v == "tells" || v == "tell") && q < before && MentionStartsAt(q)) {
    std::vector<uint32_t> told;
    q = ListRight(q, false, &told);
  }
  if (q < before && W(q) == "that") ++q;
  return q < before ? q : r;
}

// A clause of time or cause fronted at cs ("After the talks collapsed,",
// "Because Y refused,"): the main clause begins after its comma, when that
// comma comes before `before`; else cs.
uint32_t Extractor::PastFrontedClause(uint32_t cs, uint32_t before) const {
  if (cs >= before) return cs;
  const Word w = W(cs);
  if (!(w == "after" || w == "before" || w == "because" || w == "when" || w == "while" ||
        w == "since" || w == "as" || w == "although" || w == "though" || w == "once" ||
        w == "until" || w == "following"))
    return cs;
  if (cs != begin_ && !(cs > begin_ && (HardAt(cs - 1) || W(cs - 1) == ",")))
    return cs;
  for (uint32_t k = cs + 1; k + 1 < before; ++k) {
    if (HardAt(k)) return cs;
    if (W(k) == ",") return k + 1;
  }
  return cs;
}

// Participants after `from`: "with LIST", "between LIST", "among LIST",
// "involving LIST", "from LIST" (calls), "to LIST" (frame to), "by LIST"
// (passives), and relative clauses "that X held with Y".
void Extractor::RightParticipants(const TriggerMatch& tm, uint32_t from, Candidate* c) const {
  const TriggerEntry& e = *tm.entry;
  bool passive = !e.noun && tm.first > begin_ && BeAt(tm.first - 1);
  uint32_t q = from;
  for (int steps = 0; q < end_ && steps < 14; steps += !InsideTimex(q)) {
    Word w = W(q);
    // Relative clause: "(that) X held (talks) with Y".
    uint32_t r = q;
    if ((w == "that" || w == "which") && e.noun) ++r;
    if (e.noun && r < end_ && r <= from + 6) {
      std::vector<uint32_t> rel;
      uint32_t s = r;
      if (MentionStartsAt(s)) {
        s = ListRight(s, false, &rel);
      } else if (SingularPronounAt(s) || W(s) == "they") {
        if (ResolvePronoun(s, &rel)) ++s;
      } else if (QuotedSelf(s, SelfRole::kSubject, &rel)) {
        ++s;  // "the call we had with Y"
      }
      if (s != r && s < end_ && Cue(s, end_, CueClass::kSupport)) {
        for (uint32_t x : rel) AddOnce(&c->participants, x);
        q = s + Cue(s, end_, CueClass::kSupport);
        continue;
      }
    }
    // "The meeting, held in a hotel conference room, was attended by X": a
    // participle aside set off by commas right after the noun says where
    // or how; the predicate after it may still name those who took part.
    // (A participle: "-ed", or a verb of occurring: "held".)
    if (w == "," && e.noun && q == from && q + 2 < end_ &&
        ((W(q + 1).size() > 3 && W(q + 1).EndsWith("ed")) ||
         (ClassesAt(q + 1) & words::kOccurVerb)) &&
        !(ClassesAt(q + 1) & words::kHostVerb)) {
      uint32_t k = q + 2;
      while (k < end_ && k < q + 12 && !CommaOrHardAt(k) && MentionAt(k) == kNone) ++k;
      if (k < end_ && W(k) == ",") {
        q = k + 1;
        continue;
      }
    }
    if (HardAt(q) || (w != "that" && IsBoundary(q))) break;
    // "The talks, hosted by Turkey's foreign minister, lasted ...", "in talks
    // hosted by Macron": whoever hosts or chairs the event takes part.
    // "was attended on the Brazilian side by X and on the U.S. side by Y":
    // the side's phrase between the verb and its "by".
    const auto side_by = [&](uint32_t k) -> uint32_t {
      if (k + 3 >= end_ || W(k) != "on" || W(k + 1) != "the") return 0;
      for (uint32_t j = k + 2; j < k + 6 && j + 1 < end_; ++j) {
        if (Punct(j) || MentionAt(j) != kNone) {
          // ("the U.S. side": an abbreviation's period, a country's name.)
          if (!(W(j) == "." && t_.tokens[j].Has(kGlued)) && MentionAt(j) == kNone) return 0;
        }
        if (W(j) == "side" && W(j + 1) == "by") return j + 1;
      }
      return 0;
    };
    uint32_t by_at = 0;
    if (e.noun && q + 1 < end_ && (ClassesAt(q) & words::kHostVerb))
      by_at = W(q + 1) == "by" ? q + 1 : side_by(q + 1);
    bool host_by = by_at != 0;
    if (w == "," && q + 2 < end_ && e.noun && W(q + 2) == "by" &&
        (ClassesAt(q + 1) & words::kHostVerb)) {
      ++q;
      continue;
    }
    if (w == "," && q + 1 < end_) {
      // "met in Anchorage for three hours, accompanied by X and Y".
      std::vector<uint32_t> list;
      const uint32_t r2 = Companions(q + 1, &list);
      if (r2 != q + 1) {
        // "X met Y at the White House, accompanied by Z": Z came with one
        // side to the one meeting; not an object met in turn (one by one).
        for (uint32_t x : list) {
          if (std::find(c->participants.begin(), c->participants.end(), x) !=
              c->participants.end())
            continue;
          if (c->subject_count > 0 && c->subject_count <= c->participants.size()) {
            c->participants.insert(c->participants.begin() + long(c->subject_count), x);
            ++c->subject_count;
          } else {
            c->participants.push_back(x);
          }
        }
        q = r2;
        continue;
      }
    }
    // ", together with Z" / ", along with Z": Z was there too.
    if (w == "," && !(q + 1 < end_ && W(q + 1) == "with") &&
        !(q + 2 < end_ && (W(q + 1) == "together" || W(q + 1) == "along") && W(q + 2) == "with"))
      break;
    if (host_by) {
      std::vector<uint32_t> list;
      const uint32_t l0 = by_at + 1;
      uint32_t r2 = ListRight(l0, false, &list);
      // "... and on the U.S. side by Y and Z": the other side's list.
      if (r2 != l0 && r2 + 1 < end_ && W(r2) == "and")
        if (const uint32_t b2 = side_by(r2 + 1)) {
          const uint32_t r3 = ListRight(b2 + 1, false, &list);
          if (r3 != b2 + 1) r2 = r3;
        }
      // "led by X, who is also ..., and Y": the list goes on past a
      // relative clause set off by commas.
      if (r2 != l0 && r2 + 1 < end_ && W(r2) == "," && W(r2 + 1) == "who") {
        uint32_t k = r2 + 2;
        while (k < end_ && k < r2 + 30 && !CommaOrHardAt(k)) ++k;
        if (k + 2 < end_ && W(k) == "," && W(k + 1) == "and" && MentionStartsAt(k + 2)) {
          const uint32_t r3 = ListRight(k + 2, false, &list);
          if (r3 != k + 2) r2 = r3;
        }
      }
      if (r2 != l0) {
        for (uint32_t x : list) {
          AddOnce(&c->participants, x);
          AddOnce(&c->hosts, x);
        }
        q = r2;
        continue;
      }
    }
    bool other_trigger = false;
    for (const auto& o : trigs_)
      if (o.first == q && o.first != tm.first) other_trigger = true;
    if (other_trigger) break;
    if (w == "in" && e.type == "meeting") {  // (the word first: one test per step)
      if (const uint32_t r2 = InThePresenceOf(q, &c->participants)) {
        q = r2;
        continue;
      }
    }
    // "X attended the talks alongside Y": Y was there too.
    bool takes = w == "with" || w == "between" || w == "among" || w == "involving" ||
                 w == "alongside" ||
                 (w == "from" && e.type == "call") || (w == "to" && (e.frame & kFrameTo)) ||
                 (w == "by" && passive) || (w == "of" && e.noun && q == tm.end);
    if (takes) {
      std::vector<uint32_t> list;
      uint32_t r2 = ListRight(q + 1, w == "with", &list);
      if (r2 != q + 1) {
        // "X presented the deal at a news conference alongside Y": who
        // stands alongside Y there is the clause's subject.
        if (w == "alongside" && e.noun && c->participants.empty() && tm.first > begin_ + 1 &&
            (W(tm.first - 2) == "at" || W(tm.first - 2) == "during") && DetAt(tm.first - 1))
          ClauseSubject(tm.first - 2, &c->participants, true);
        for (uint32_t x : list) AddOnce(&c->participants, x);
        q = r2;
        continue;
      }
      // "X held talks with him", "a phone call with her": the person the
      // text named last who is not the subject.
      const uint32_t r = q + 1;
      // "... but there was no meeting between them": the pair the text
      // has just told of (an interaction earlier in the sentence first).
      if (w == "between" && r < end_ && W(r) == "them" && c->participants.empty() &&
          ResolvePlural(r, &list)) {
        for (uint32_t x : list) AddOnce(&c->participants, x);
        q = r + 1;
        continue;
      }
      if (w == "with" && r < end_ && !c->participants.empty() &&
          ObjectPronounAt(r) &&
          ResolveObjectPronoun(r, c->participants, &list)) {
        for (uint32_t x : list) AddOnce(&c->participants, x);
        q = r + 1;
        continue;
      }
    }
    ++q;
  }
}

}  // namespace extract_detail
}  // namespace eg
