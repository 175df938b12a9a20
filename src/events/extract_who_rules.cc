// WHO rules: who takes part (small rules hooked into the clause analysis).
// Members of the Extractor (events/extractor.h).
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// "Ukraine's Zelensky met Trump", "the president's special envoy Steve
// Witkoff sat down with Putin": a possessive before a person's name (and
// title) says whose man he is; the person is the subject, the owner only
// modifies him. Only a single person right after the possessive (a list or
// a non-person owned by X is no such apposition: "Putin's Kremlin").
bool Extractor::OwnedPersonSubject(uint32_t first, const std::vector<uint32_t>& list) const {
  if (list.size() != 1 || !MentionStartsAt(first)) return false;
  const int32_t m = MentionAt(first);
  return KindOf(a_.mentions[m].entity) == ActorKind::kPerson && list[0] == a_.mentions[m].entity;
}

// "The army chief, Major General X, called Y", "Ukraine's chief negotiator,
// X, met Y": a short noun phrase opening the clause, then a person's name
// between commas, then the verb: the name in apposition is the subject.
// `comma` is the comma before the verb. The phrase before the name holds no
// actor but owners ("Pakistan's") or the person himself by his office ("The
// UK's foreign secretary, David Lammy,"), no verb's object: at most six words,
// opening the clause or the sentence's stretch after a comma, none a
// preposition but an opening one ("On Monday,").
bool Extractor::NameInAppositionSubject(uint32_t comma, std::vector<uint32_t>* ents) const {
  if (comma <= begin_ + 2 || !MentionEndsAt(comma - 1)) return false;
  const ActorMention& m = a_.mentions[MentionAt(comma - 1)];
  if (KindOf(m.entity) != ActorKind::kPerson) return false;
  // The actors stage may have taken office and name into one mention ("The
  // UK's foreign secretary, David Lammy"): its inner comma opens the name.
  uint32_t open = m.first_token;
  for (uint32_t k = m.first_token; k + 1 < m.end_token; ++k)
    if (W(k) == ",") open = k;
  if (open != m.first_token) {
    uint32_t s = m.first_token;
    // "The Secretary-General's Personal Envoy, Y": capitalised words of the
    // office before the word the mention starts at, and an owner that is
    // no mention, open the phrase as well.
    for (int n = 0; n < 5 && s > begin_ + 1 && Cap(s - 1) && MentionAt(s - 1) == kNone &&
                    t_.tokens[s - 1].kind == TokenKind::kWord;
         ++n)
      --s;
    if (s > begin_ + 2 && Possessive(s - 1) && !MentionEndsAt(s - 2) && Cap(s - 2) &&
        t_.tokens[s - 2].kind == TokenKind::kWord) {
      // ("Secretary-General": the glued hyphen is part of the word.)
      uint32_t o = s - 2;
      for (int n = 0; n < 5 && o > begin_ && MentionAt(o - 1) == kNone &&
                      ((Cap(o - 1) && t_.tokens[o - 1].kind == TokenKind::kWord) ||
                       (W(o - 1) == "-" && t_.tokens[o].Has(kGlued)));
           ++n)
        --o;
      s = o;
    }
    // "Sudan's de facto leader, Y", "the bloc's acting chair, Y": lower-case
    // words of the office before the word the mention took in.
    for (uint32_t t = s; t > begin_ && s - t < 3;) {
      const uint32_t k = t - 1;
      if (Cap(k) || Punct(k) || t_.tokens[k].kind != TokenKind::kWord || MentionAt(k) != kNone ||
          PrepAt(k) || AuxAt(k) || DetAt(k) || W(k) == "and" || W(k) == "or")
        break;
      t = k;
      if (k > begin_ && (Possessive(k - 1) || DetAt(k - 1))) {
        s = k;
        break;
      }
    }
    // "X's predecessor, Y": the owner opens the phrase.
    if (s > begin_ + 1 && Possessive(s - 1) && MentionEndsAt(s - 2)) s = mfirst_[MentionAt(s - 2)];
    if (s > begin_ && DetAt(s - 1)) --s;
    // "The Personal Envoy of the Secretary-General, Y": the office the
    // mention took in is the complement of the office before it.
    if (s > begin_ + 1 && (W(s - 1) == "of" || W(s - 1) == "for")) {
      uint32_t b = s - 1;
      while (b > begin_ && b + 5 > s && !CommaOrHardAt(b - 1) && MentionAt(b - 1) == kNone &&
             !PrepAt(b - 1) && !AuxAt(b - 1))
        --b;
      if (b < s - 1 && (b == begin_ || W(b - 1) == "," || b == ClauseStart(open, false))) s = b;
    }
    // (A dateline's dash may open the sentence: "CAIRO — Sudan's leader, Y,".)
    if (!(s == begin_ || W(s - 1) == "," || words::IsDash(W(s - 1)) ||
          s == ClauseStart(open, false)))
      return false;
    AddOnce(ents, m.entity);
    return true;
  }
  if (m.first_token < begin_ + 2) return false;
  open = m.first_token - 1;
  if (W(open) != ",") return false;
  // The phrase starts the clause, or follows a comma ("According to X,
  // Pakistan's DGMO, Y, called Z").
  uint32_t cs = open;
  while (cs > begin_ && open - cs < 7 && !CommaOrHardAt(cs - 1)) --cs;
  if (cs >= open || open - cs > 6) return false;
  if (cs != begin_ && W(cs - 1) != "," && cs != ClauseStart(open, false)) return false;
  // "The US senior adviser for Africa, Massad Boulos, visited": a phrase
  // opened by an article is a noun phrase, whose country names the office
  // ("US") and whose "for", "of" phrase its remit.
  const bool noun_phrase = W(cs) == "the" || W(cs) == "a";
  for (uint32_t k = cs; k < open; ++k) {
    if (MentionStartsAt(k)) {
      const ActorMention& o = a_.mentions[MentionAt(k)];
      // "The UK's foreign secretary, David Lammy,": the office names him too.
      if (o.entity == m.entity && o.end_token == open) break;
      const ActorKind ok = KindOf(o.entity);
      if (noun_phrase && k <= cs + 1 && o.end_token < open && !Possessive(o.end_token) &&
          (ok == ActorKind::kCountry || ok == ActorKind::kOrganization) &&
          !Cap(o.end_token) && !Punct(o.end_token)) {
        k = o.end_token - 1;  // "The US senior adviser"
        continue;
      }
      if (noun_phrase && k > cs && (W(k - 1) == "for" || W(k - 1) == "of") &&
          ok != ActorKind::kPerson && !Possessive(o.end_token)) {
        k = o.end_token - 1;  // "adviser for Africa"
        continue;
      }
      if (!Possessive(o.end_token)) return false;
      k = o.end_token;  // the 's
      continue;
    }
    if (noun_phrase && k > cs + 1 && (W(k) == "for" || W(k) == "of") && k + 1 < open) continue;
    if (Punct(k) || (k > cs && PrepAt(k)) || AuxAt(k)) return false;
  }
  AddOnce(ents, m.entity);
  return true;
}

// "Lammy and the African Union Commission chairperson, Mahmoud Ali
// Youssouf, held a bilateral meeting": the second conjunct of a subject
// may be an office with the name in apposition after it ("the" and up to
// six words of the office, bodies and countries among them). The subject
// is the list before "and" and the name. `comma` is the comma after the
// name.
bool Extractor::ConjunctOfficeApposition(uint32_t comma, std::vector<uint32_t>* ents) const {
  if (comma <= begin_ + 5 || !MentionEndsAt(comma - 1)) return false;
  const int32_t y = MentionAt(comma - 1);
  if (KindOf(EntityOf(y)) != ActorKind::kPerson) return false;
  const uint32_t open = mfirst_[y] - 1;
  if (open <= begin_ + 3 || W(open) != ",") return false;
  uint32_t k = open;
  while (k > begin_ && k + 7 > open && W(k - 1) != "the") {
    --k;
    const int32_t m = MentionAt(k);
    if (m != kNone) {
      if (KindOf(EntityOf(m)) == ActorKind::kPerson) return false;
      k = mfirst_[m];
      continue;
    }
    if (Punct(k) || PrepAt(k) || AuxAt(k) || W(k) == "and" || timex_at_[k] != kNone) return false;
  }
  if (k <= begin_ + 2 || W(k - 1) != "the" || W(k - 2) != "and" || !MentionEndsAt(k - 3) ||
      k == open)
    return false;
  std::vector<uint32_t> list;
  const uint32_t first = ListLeft(k - 3, &list);
  // (At the clause's start, after a comma, or after a live blog's "11:15 —".)
  if (first > begin_ && first != ClauseStart(first, false) && W(first - 1) != "," &&
      !words::IsDash(W(first - 1)))
    return false;
  for (uint32_t e : list)
    if (KindOf(e) != ActorKind::kPerson) return false;
  for (uint32_t e : list) AddOnce(ents, e);
  AddOnce(ents, EntityOf(y));
  return true;
}

// "Kremlin foreign policy aide Yuri Ushakov", "White House press secretary
// X": a country's or organisation's name before the words of an office (a
// title or group noun last, a few lower-case words before it) and a
// person's name modifies the person, who is the item (the office may open
// the person's mention: "aide Yuri Ushakov"). q is the country's or
// organisation's mention; returns the person's first token, or 0.
uint32_t Extractor::BodyModifiesPerson(uint32_t q) const {
  const int32_t m = MentionAt(q);
  const ActorKind k = KindOf(EntityOf(m));
  if (k != ActorKind::kCountry && k != ActorKind::kOrganization) return 0;
  const uint32_t after = a_.mentions[m].end_token;
  uint32_t r = after;
  while (r < end_ && r < after + 4 && !MentionStartsAt(r)) {
    const Word w = W(r);
    const bool title = (ClassesAt(r) & words::kTitleWord) || GroupHeadAt(r);
    if (!title && (Cap(r) || Punct(r) || DetAt(r) || PrepAt(r) || AuxAt(r) || w == "and" ||
                   w == "or" || timex_at_[r] != kNone))
      return 0;
    ++r;
  }
  // The office's last word before the name, or opening the person's mention
  // ("aide Yuri Ushakov").
  if (r == after || r >= end_ || !MentionStartsAt(r) ||
      !((ClassesAt(r - 1) & words::kTitleWord) || GroupHeadAt(r - 1) ||
        (ClassesAt(r) & words::kTitleWord)) ||
      KindOf(EntityOf(MentionAt(r))) != ActorKind::kPerson)
    return 0;
  return r;
}

// "a group of European leaders, among them X, Y and Z", "..., notably X":
// words after a group noun that introduce the members it names, besides
// "including" and "such as". Returns their length, 0 if none.
uint32_t Extractor::MembersIntroducedAt(uint32_t q) const {
  if (q + 1 < end_ && W(q) == "among" && (W(q + 1) == "them" || W(q + 1) == "whom")) return 2;
  if (q < end_ && (W(q) == "notably" || W(q) == "namely")) return 1;
  return 0;
}

// "the Simla Agreement signed by Indira Gandhi and Zulfikar Ali Bhutto in
// July 1972", "The deal, signed on Friday by A and B in the presence of C":
// persons of different countries who sign an agreement together met to sign
// it. After an agreement mention (out_.back()) whose sentence has an
// agreement noun and a signing verb (agreement triggers) a few words apart,
// with two persons or more signing (not all of one known country, unless
// the verb says with whom: "X signed it with Y"), a meeting of the signers
// and of those in whose presence they signed, dated and placed as the
// agreement.
void Extractor::SigningMeeting(uint32_t s) {
  const EventMention& a = out_.back();
  if (a.interaction || a.headline || a.sentence != s || a.type != "agreement") return;
  // The agreement's noun and its signing verb (triggers of type agreement),
  // a few words apart; the mention may be either's.
  const TriggerMatch* verb = nullptr;
  bool noun = false;
  for (const TriggerMatch& o : trigs_) {
    if (o.entry->type != "agreement" || o.first + 8 < a.trigger_first ||
        o.first > a.trigger_end + 8)
      continue;
    if (o.entry->noun) noun = true;
    else if (!verb) verb = &o;
  }
  if (!noun || !verb) return;
  std::vector<uint32_t> signers = a.participants;
  // "the deal, signed on Friday by A and B": a participle after its noun is
  // passive; its agents follow "by", past a time or place ("was signed in
  // Colombo on July 29, 1987, by A and B": a place after "in"/"at", the
  // commas of a date, of a phrase after a time and the comma before "by").
  for (uint32_t k = verb->end; k + 1 < end_ && k < verb->end + 14; ++k) {
    if (HardAt(k)) break;
    if (W(k) == ",") {
      // ("almost 38 years ago, on July 29, 1987, by": a time, then another
      // phrase of time or place.)
      if (timex_at_[k] != kNone || W(k + 1) == "by" ||
          (k > verb->end && timex_at_[k - 1] != kNone && PrepAt(k + 1)))
        continue;
      break;
    }
    if (MentionStartsAt(k)) {
      if (k == verb->end || !(W(k - 1) == "in" || W(k - 1) == "at")) break;
      k = a_.mentions[MentionAt(k)].end_token - 1;
      continue;
    }
    if (W(k) == "by") {
      ListRight(k + 1, true, &signers);
      break;
    }
  }
  // "X signed the agreement on Tuesday at the Diet with Y and Z": the
  // signing verb's subject signed it together with those after "with",
  // whatever their countries.
  bool together = false;
  for (uint32_t k = verb->end; k + 1 < end_ && k < verb->end + 12; ++k) {
    if (HardAt(k) || W(k) == "," || IsBoundary(k)) break;
    if (W(k) == "with") {
      std::vector<uint32_t> with;
      ListRight(k + 1, true, &with);
      std::vector<uint32_t> subject;
      if (verb->first > begin_) SubjectLeft(verb->first - 1, true, &subject);
      for (uint32_t e : subject) AddOnce(&signers, e);
      for (uint32_t e : with) AddOnce(&signers, e);
      together = !subject.empty() && !with.empty();
      break;
    }
  }
  std::vector<uint32_t> persons;
  std::string_view country;
  bool two_countries = together;
  for (uint32_t e : signers) {
    if (KindOf(e) != ActorKind::kPerson) continue;
    persons.push_back(e);
    const std::string& c = a_.entities[e].country;
    if (c.empty() || (!country.empty() && c != country)) two_countries = true;
    if (!c.empty()) country = c;
  }
  if (persons.size() < 2 || !two_countries) return;
  for (uint32_t k = verb->end; k + 3 < end_; ++k) {
    if (HardAt(k)) break;
    if (InThePresenceOf(k, &persons)) break;
  }
  EventMention m = a;
  m.type = "meeting";
  m.interaction = true;
  m.participants = std::move(persons);
  out_.push_back(std::move(m));
}

// "meet Trump's special envoy for Ukraine and Russia, Keith Kellogg, in
// Kyiv": a title's complement naming what the office is for or of, then the
// holder's name in apposition: the name is the list item, not the places or
// bodies of the complement. q is the preposition ("for", "of", "on") right
// after a title word of the item starting at p; returns the first token of
// the person's mention after the comma, or 0.
// So with a second title after "and": "General Secretary of the Communist
// Party of China (CPC) Central Committee and President Xi Jinping" is one
// person, named after the second title (the wire's formula of offices).
uint32_t Extractor::NameAfterTitleComplement(uint32_t p, uint32_t q) const {
  const Word w = W(q);
  if (q <= p || !(w == "for" || w == "of" || w == "on") || !(ClassesAt(q - 1) & words::kTitleWord))
    return 0;
  for (uint32_t k = q + 1; k < end_ && k < q + 14; ++k) {
    // "... Central Committee and President (of China) Xi Jinping": a
    // second title, perhaps with its own complement, then the person.
    if (W(k) == "and" && k > q + 2 && k + 1 < end_ && (ClassesAt(k + 1) & words::kTitleWord)) {
      for (uint32_t j = k + 1; j < end_ && j < k + 7; ++j) {
        if (MentionStartsAt(j)) {
          const ActorMention& m = a_.mentions[MentionAt(j)];
          if (KindOf(m.entity) == ActorKind::kPerson) return j;
          j = m.end_token - 1;  // "of China"
          continue;
        }
        if (!((ClassesAt(j) & words::kTitleWord) || W(j) == "of" || Cap(j))) break;
      }
    }
    if (MentionStartsAt(k)) {
      k = a_.mentions[MentionAt(k)].end_token - 1;
      continue;
    }
    // "(CPC)": an abbreviation in brackets inside the complement.
    if (W(k) == "(" && k + 2 < end_ && Cap(k + 1) && W(k + 2) == ")") {
      k += 2;
      continue;
    }
    const Word x = W(k);
    if (x == "," && k > q + 1 && k + 1 < end_ && MentionStartsAt(k + 1)) {
      // "..., Okafor said": the name after the comma is the speaker.
      const ActorMention& m = a_.mentions[MentionAt(k + 1)];
      const bool speaker = m.end_token < end_ && SpeechAt(m.end_token);
      return KindOf(m.entity) == ActorKind::kPerson && !speaker ? k + 1 : 0;
    }
    if (!(x == "and" || (x == "of" && k > q + 1) || DetAt(k) || Cap(k) ||
          (ClassesAt(k) & words::kTitleWord)))
      return 0;
  }
  return 0;
}

// "hosted Chief of Army Staff Field Marshal X", "met Chairman of the Joint
// Chiefs of Staff General X": the office's complement is capitalised words
// (no mention, no time) up to a second title opening the person's mention.
// Only a person closes the run: "Governor of the Central Bank" with no name
// after it stays what it was.
bool Extractor::CapitalisedRunToPerson(uint32_t q) const {
  uint32_t r = q;
  if (r < end_ && W(r) == "the") ++r;
  for (uint32_t n = 0; r < end_ && n < 6; ++r, ++n) {
    if (MentionStartsAt(r)) return KindOf(EntityOf(MentionAt(r))) == ActorKind::kPerson;
    if (W(r) == "of" && n > 0) continue;  // "Joint Chiefs of Staff"
    if (!Cap(r) || Punct(r) || t_.tokens[r].kind != TokenKind::kWord || MentionAt(r) != kNone ||
        timex_at_[r] != kNone)
      return false;
  }
  return false;
}

// "X met Y on Sunday in the presence of Z", "signed in the presence of Z":
// those in whose presence it happened were there. At q ("in"): adds the
// list after "in the presence of" and returns the token after it, else 0.
uint32_t Extractor::InThePresenceOf(uint32_t q, std::vector<uint32_t>* ents) const {
  if (!(q + 4 < end_ && W(q) == "in" && W(q + 1) == "the" && W(q + 2) == "presence" &&
        W(q + 3) == "of"))
    return 0;
  const uint32_t r = ListRight(q + 4, false, ents);
  return r == q + 4 ? 0 : r;
}

// A word of the title before a list item that the actors stage left out of
// its mention, read leftwards from `last` (the token before the item): "X
// and Miami Mayor Y", "X and foreign minister Y", "X and Russia's Y", "X,
// Y and Ukraine's military chief Z". Capitalised and title words, and
// nearer the item an owner and its 's, or a lower-case modifier of the
// title; the word right before the item is a title word, a capitalised one,
// a possessive, or a modifier of the title opening the item's mention.
bool Extractor::TitleOfItemWord(uint32_t t, uint32_t last) const {
  if (Cap(t) || (ClassesAt(t) & words::kTitleWord)) return true;
  // "X and Chief of Staff Y", "X and Chief of the Defence Staff Y": "of"
  // (and its "the") between a title word and a capitalised one.
  if (t > begin_ && t < last && (W(t) == "of" || W(t) == "the") &&
      (Cap(t + 1) || (W(t) == "of" && W(t + 1) == "the"))) {
    const uint32_t o = W(t) == "the" ? t - 1 : t;
    if (W(o) == "of" && o > begin_ && (ClassesAt(o - 1) & words::kTitleWord)) return true;
  }
  if (Possessive(t)) return true;
  // A lower-case word right before the item only before a title opening
  // its mention ("military chief Andriy Hnatov").
  if (t == last && !(t + 1 < end_ && (ClassesAt(t + 1) & words::kTitleWord))) return false;
  if (MentionEndsAt(t)) return true;
  return t_.tokens[t].kind == TokenKind::kWord && !DetAt(t) && !PrepAt(t) && !AuxAt(t) &&
         timex_at_[t] == kNone && W(t) != "and" && W(t) != "or";
}

uint32_t Extractor::PersonOfPolity(uint32_t first, std::vector<uint32_t>* list) const {
  if (list->empty() || first < begin_ + 2 || W(first - 1) != "of" || !MentionEndsAt(first - 2))
    return first;
  for (uint32_t e : *list)
    if (KindOf(e) != ActorKind::kCountry && KindOf(e) != ActorKind::kOrganization) return first;
  int32_t m = MentionAt(first - 2);
  if (KindOf(EntityOf(m)) != ActorKind::kPerson) return first;
  list->assign(1, EntityOf(m));
  // "Presidents A of Norland and B of Vesterland signed": each pair before.
  uint32_t f = mfirst_[m];
  while (f >= begin_ + 4 && (W(f - 1) == "and" || W(f - 1) == ",") && MentionEndsAt(f - 2)) {
    const int32_t c = MentionAt(f - 2);
    const ActorKind ck = KindOf(EntityOf(c));
    const uint32_t o = mfirst_[c];
    if ((ck != ActorKind::kCountry && ck != ActorKind::kOrganization) || o < begin_ + 2 ||
        W(o - 1) != "of" || !MentionEndsAt(o - 2))
      break;
    m = MentionAt(o - 2);
    if (KindOf(EntityOf(m)) != ActorKind::kPerson) break;
    list->insert(list->begin(), EntityOf(m));
    f = mfirst_[m];
  }
  return f;
}

// A transcript whose turns are labelled in capitals with the names of two
// or more persons, each speaking at least twice ("MAYA LINDQVIST: ...",
// "HALLAM: ..."), records their conversation: a talks event of the
// speakers, on the day the text says it was recorded ("This conversation
// was recorded on Tuesday, October 14"), else on the publication date.
// Its evidence is the first labelled line. One pass over the line starts:
// every line break ends a sentence (text/text.h), so the line starts are
// among the sentences' first tokens (a pass over the sentences, not over
// every token of the document).
void Extractor::Conversation() {
  std::vector<uint32_t> speakers;
  uint32_t turns[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  uint32_t first = ntok_;
  uint32_t after = 0;  // the tokens before it are a label's, passed over
  for (const eg::Sentence& sn : t_.sentences) {
    const uint32_t k = sn.first_token;
    if (k < after || k >= ntok_) continue;
    if (k != 0 && !toks_[k].Has(kLineStart)) continue;
    uint32_t colon = 0;
    bool caps = false;
    const int32_t sp = SpeakerLabelAt(t_, k, mention_at_.data(), a_, &colon, &caps);
    if (sp < 0 || !caps) continue;
    if (first == ntok_) first = k;
    auto it = std::find(speakers.begin(), speakers.end(), uint32_t(sp));
    if (it == speakers.end()) {
      if (speakers.size() == 8) continue;
      speakers.push_back(uint32_t(sp));
      it = speakers.end() - 1;
    }
    ++turns[it - speakers.begin()];
    after = colon + 1;
  }
  if (speakers.size() < 2) return;
  size_t kept = 0;
  for (size_t i = 0; i < speakers.size(); ++i)
    if (turns[i] >= 2) speakers[kept++] = speakers[i];
  speakers.resize(kept);
  if (speakers.size() < 2) return;
  EventMention m;
  m.type = "talks";
  m.interaction = true;
  m.participants = speakers;
  // "recorded on Tuesday, October 14" before the first turn.
  for (const uint32_t x : tx_order_) {
    const Timex& tm = tx_[x];
    if (tm.first_token >= first) break;
    if (tx_date_[x].size() != 10 || tm.first_token < 2) continue;
    for (uint32_t k = tm.first_token - 1; k + 4 > tm.first_token && k > 0; --k) {
      if (W(k) == "recorded" || W(k) == "taped") {
        m.date = tx_date_[x];
        m.date_text = std::string(TimexText(int32_t(x)));
        break;
      }
    }
    if (!m.date.empty()) break;
  }
  long dct_day;
  if (m.date.empty() && DctLastDay(&dct_day)) m.date = FormatDate(*doc_.dct);
  const uint32_t s = t_.SentenceOf(first);
  const eg::Sentence& sn = t_.sentences[s];
  m.start = sn.start;
  m.end = sn.end;
  m.sentence = s;
  m.trigger_first = first;
  m.trigger_end = first + 1;
  m.trigger = std::string(t_.Str(toks_[first]));
  m.text = ShareText(t_.Str(sn));
  out_.push_back(std::move(m));
}

// Recall over form: with fewer than half of the interactions found, an
// event named by its clause's persons is right more often than the F1
// needs; the clause's date keeps old and undated talk out.
void Extractor::ClausePersonsFallback(const TriggerMatch& tm, Candidate* c) const {
  // A word that takes part only in a frame ("flew to X to appeal to Y",
  // "a news conference", "joined Y at a rally") was judged by its frame.
  if (tm.entry->frame & (kFramePurpose | kFrameJoint | kFramePlaced | kFrameNeedsWith)) return;
  const uint32_t cs = ClauseStart(tm.first);
  uint32_t ce = tm.end;
  while (ce < end_ && ce < tm.end + 10 && !IsBoundary(ce)) ++ce;
  const uint32_t from = std::max(cs, tm.first > 10 ? tm.first - 10 : 0u);
  bool dated = false;
  for (uint32_t k = cs; k < ce && !dated; ++k)
    dated = timex_at_[k] != kNone && UsableTimex(timex_at_[k]);
  if (!dated) return;
  std::vector<uint32_t> found;
  for (uint32_t e : c->participants)
    if (KindOf(e) == ActorKind::kPerson) found.push_back(e);
  for (uint32_t k = from; k < ce; ++k) {
    const int32_t m = MentionAt(k);
    if (m == kNone || mfirst_[m] != k) continue;
    const uint32_t e = EntityOf(m);
    // An owner ("the president's son") is no party.
    if (KindOf(e) != ActorKind::kPerson || Possessive(a_.mentions[m].end_token)) continue;
    // Nor a person who only names others: "the friends of X", "X
    // administration officials".
    const uint32_t after = a_.mentions[m].end_token;
    if (k > begin_ && W(k - 1) == "of") continue;
    if (after < end_ && t_.tokens[after].kind == TokenKind::kWord && !Cap(after) &&
        (GroupHeadAt(after) || OfPartyAt(after) || MemberGroupAt(after) ||
         W(after) == "administration" || W(after) == "government"))
      continue;
    // ... nor a party of another event of the sentence ("where he met X,
    // also held talks with Y").
    bool other = false;
    if (cur_)
      for (const Candidate& o : *cur_)
        if (o.participants.size() >= 2 &&
            std::find(o.participants.begin(), o.participants.end(), e) != o.participants.end())
          other = true;
    if (other) continue;
    AddOnce(&found, e);
  }
  if (found.size() >= 2) c->participants = found;
}


// "Russian and Ukrainian negotiators met on Friday. Russia's delegation was
// led by P; Ukraine's team was headed by Q." / "The Ukrainian delegation
// was led by Q, while Russia sent a team headed by P": a country that met
// as a delegation is met in the person of the head the next three sentences
// name for its delegation (team, side, negotiators). The head replaces the
// country in the interactions of the three sentences before, when
// that sentence tells no interaction of its own.
void Extractor::DelegationHeads() {
  // Only the three sentences after an interaction with a country party can
  // name its head: the others are not read (a pass over every token of the
  // corpus cost more than the rule's work).
  const uint32_t nsent = uint32_t(t_.sentences.size());
  std::vector<uint32_t> after;  // sentences to read, ascending
  for (const EventMention& m : out_) {
    if (!m.interaction) continue;
    bool country = false;
    for (uint32_t p : m.participants) country |= KindOf(p) == ActorKind::kCountry;
    if (!country) continue;
    for (uint32_t s = m.sentence + 1; s <= m.sentence + 3 && s < nsent; ++s)
      if (after.empty() || after.back() < s) after.push_back(s);
  }
  for (uint32_t s : after) {
    const uint32_t first = t_.sentences[s].first_token;
    const uint32_t end = std::min<uint32_t>(t_.sentences[s].end_token, ntok_);
    int own = -1;  // whether the sentence reports an interaction: asked at a match
    for (uint32_t k = first + 2; k + 2 < end; ++k) {
      const uint32_t len = toks_[k].end - toks_[k].start;
      if (len != 3 && len != 6) continue;  // "led", "headed": most words stop here
      const Word w = W(k);
      if (!(w == "led" || w == "headed") || W(k + 1) != "by" || !MentionStartsAt(k + 2)) continue;
      if (own < 0) {
        own = 0;
        for (const EventMention& m : out_) own |= m.sentence == s && m.interaction;
      }
      if (own) break;
      const ActorMention& head = a_.mentions[MentionAt(k + 2)];
      if (KindOf(head.entity) != ActorKind::kPerson || head.possessive) continue;
      // The delegation noun, at most three words before "led" ("team was
      // led", "delegation, led"), and the country at most three before it.
      uint32_t q = k;
      for (uint32_t j = k; j > first && j + 4 > k;) {
        --j;
        const Word v = W(j);
        if (v == "delegation" || v == "team" || v == "side" || v == "negotiators" ||
            v == "delegates") {
          q = j;
          break;
        }
      }
      if (q == k) continue;
      int32_t country = -1;
      for (uint32_t j = q; j > first && j + 4 > q;) {
        --j;
        const int32_t mi = MentionAt(j);
        if (mi == kNone) continue;
        if (KindOf(EntityOf(mi)) == ActorKind::kCountry) country = int32_t(EntityOf(mi));
        break;
      }
      if (country < 0) continue;
      // Those events, and earlier mentions of the same event (same type,
      // date and parties: "negotiators met on Friday. The talks ...").
      std::vector<size_t> hit;
      for (size_t i = 0; i < out_.size(); ++i) {
        const EventMention& m = out_[i];
        if (m.interaction && m.sentence < s && m.sentence + 3 >= s &&
            std::find(m.participants.begin(), m.participants.end(), uint32_t(country)) !=
                m.participants.end() &&
            std::find(m.participants.begin(), m.participants.end(), head.entity) ==
                m.participants.end())
          hit.push_back(i);
      }
      const size_t direct = hit.size();
      for (size_t h = 0; h < direct; ++h) {
        const EventMention& d = out_[hit[h]];
        for (size_t i = 0; i < out_.size(); ++i) {
          const EventMention& m = out_[i];
          if (m.sentence >= d.sentence || !m.interaction || m.type != d.type ||
              m.date != d.date || m.participants.size() != d.participants.size() ||
              std::find(hit.begin(), hit.end(), i) != hit.end())
            continue;
          bool same = true;
          for (uint32_t p : m.participants)
            same &= std::find(d.participants.begin(), d.participants.end(), p) !=
                    d.participants.end();
          if (same) hit.push_back(i);
        }
      }
      for (size_t i : hit)
        *std::find(out_[i].participants.begin(), out_[i].participants.end(),
                   uint32_t(country)) = head.entity;
    }
  }
}

// "the call, which lasted more than an hour, included A and B", "the
// leaders on the line included A", "Participants included A": the word
// before "included" at k (past a relative clause set off by commas) is an
// event noun, or the participants of one.
bool Extractor::OccasionIncludedAt(uint32_t k, uint32_t first) const {
  uint32_t h = k - 1;
  if (W(h) == "also") --h;
  if (h > first && W(h) == ",") {
    // Back to ", which" / ", who" within 15 words.
    uint32_t j = h;
    while (j > first + 1 && h - j < 15 && !HardAt(j - 1) &&
           !(W(j - 1) == "," && (W(j) == "which" || W(j) == "that")))
      --j;
    if (!(j > first + 1 && W(j - 1) == "," && (W(j) == "which" || W(j) == "that"))) return false;
    h = j - 2;
  }
  if (h <= first) return false;
  const Word n = W(h);
  if (n == "call" || n == "meeting" || n == "talks" || n == "conversation" || n == "session" ||
      n == "participants" || n == "attendees")
    return DetAt(h - 1) || Cap(h);
  // "the leaders on the line", "those on the call".
  if ((n == "line" || n == "call") && h >= first + 3 && W(h - 1) == "the" && W(h - 2) == "on")
    return GroupHeadAt(h - 3) || W(h - 3) == "those";
  return false;
}

// "Xi met Rana on Tuesday. The two men were later joined in the Great Hall
// by A, B and C." / "Rana was accompanied by A and B; Xi by C." / "Trump
// was joined by A, while Putin brought B." / "A and B were also present." /
// "Also present were A and B." / "A and B also participated." / "On the
// Canadian side were A and B." / "The U.S. side included A and B.": persons the
// one or two sentences after an asserted interaction place there, in a
// sentence that tells no interaction of its own, take part in it. The
// subject of "was joined by" / "was accompanied by" must be a party of that
// interaction, or "they" / "the two men" / "the leaders". The persons join
// the interaction and the document's other mentions of the same event (same
// date and parties).
void Extractor::CompanionsOfEventJustTold() {
  const uint32_t nsent = uint32_t(t_.sentences.size());
  std::vector<uint32_t> after;  // sentences to read, ascending
  for (const EventMention& m : out_) {
    if (!m.interaction || !Asserted(m.status)) continue;
    // (Its own sentence too: "X co-chaired the meeting, and the two
    // leaders, joined by A, signed ...".)
    for (uint32_t s = m.sentence; s <= m.sentence + 2 && s < nsent; ++s)
      if (after.empty() || after.back() < s) after.push_back(s);
  }
  auto adverb = [&](uint32_t j) {
    const Word v = W(j);
    return v == "later" || v == "also" || v == "then" || v == "again" || v == "soon" ||
           (SkipAdverbAt(j) && MentionAt(j) == kNone && !Cap(j));
  };
  for (uint32_t s : after) {
    const uint32_t first = t_.sentences[s].first_token;
    const uint32_t end = std::min<uint32_t>(t_.sentences[s].end_token, ntok_);
    int own = -1;  // whether the sentence reports an interaction: asked at a match
    for (uint32_t k = first; k + 1 < end; ++k) {
      const uint32_t len = toks_[k].end - toks_[k].start;
      if (len != 4 && len != 6 && len != 7 && len != 8 && len != 11 && len != 12) continue;
      const Word w = W(k);
      bool joined = w == "joined" || w == "accompanied";
      // "X joined by phone", "Y joined by video link from Rome": X and Y
      // took part from afar. "Z was in the room": Z was there.
      const bool medium = w == "joined" && k + 2 < end && W(k + 1) == "by" &&
                          (ClassesAt(k + 2) & words::kCallMedium);
      // ("was in the room with Y" places Z at Y's own occasion.)
      const bool room = w == "room" && k >= first + 3 && W(k - 1) == "the" && W(k - 2) == "in" &&
                        (Punct(k + 1) || W(k + 1) == "and");
      if (medium || room) joined = false;
      const bool present = w == "present" || w == "participated";
      const bool side = w == "side" || w == "included" || w == "includes";
      if (!joined && !present && !side && !medium && !room) continue;
      if (own < 0) {
        own = 0;
        for (const EventMention& m : out_) own |= m.sentence == s && m.interaction;
      }
      // "the call, which lasted an hour, included A and B": the event noun
      // the sentence names is the one just told; its own mention may stand.
      const bool occasion_included = side && w != "side" && OccasionIncludedAt(k, first);
      // "the two leaders, joined by A and B, signed ...": set off after the
      // subject; the interaction may be the sentence's own, told before.
      const bool participial = joined && k > first + 1 && W(k - 1) == "," && W(k + 1) == "by";
      // "X and Y met in Riyadh, where the Russian delegation also included
      // A": so may a delegation's.
      const bool same_sentence = occasion_included || participial || (side && w != "side");
      if (own && !same_sentence) continue;
      sent_ = s;
      begin_ = first;
      end_ = end;
      prepared_ = false;
      owner_polities_.clear();
      std::vector<uint32_t> subject, added;
      bool group_subject = false;
      bool past = false;  // "was joined", "were also present": told as done
      uint32_t list_end = k;  // where a gapped second clause may start
      // The clause-opening list that ends at token t ("A, B and C",
      // "A and B, among others,"): its first token, or kNone.
      auto list_left = [&](uint32_t t, std::vector<uint32_t>* ents) -> uint32_t {
        if (t >= first + 4 && W(t) == "," && W(t - 1) == "others" && W(t - 2) == "among" &&
            W(t - 3) == ",")
          t -= 4;
        if (t < first || !MentionEndsAt(t)) return uint32_t(kNone);
        uint32_t f = ListLeft(t, ents);
        // "Turkey's President X": the words of a title before the list.
        for (int n = 0; n < 4 && f > first && !Punct(f - 1) &&
                        (Cap(f - 1) || (ClassesAt(f - 1) & words::kTitleWord) || Possessive(f - 1));
             ++n)
          f = Possessive(f - 1) && MentionEndsAt(f - 2) ? mfirst_[MentionAt(f - 2)] : f - 1;
        // "..., and X joined by phone": a clause of its own after ", and".
        if (f > first + 1 && W(f - 1) == "and" && W(f - 2) == ",") return f;
        if (!(f == first || (f > first && (W(f - 1) == "," || W(f - 1) == ";")))) return uint32_t(kNone);
        for (uint32_t j = first; j < f; ++j)
          if (MentionAt(j) != kNone) return uint32_t(kNone);
        return f;
      };
      if (medium || room) {
        uint32_t b = medium ? k - 1 : k - 3;
        if (room) {
          while (b > first && adverb(b)) --b;
          if (!BeAt(b) || b == first) continue;
          past = W(b) == "was" || W(b) == "were";
          --b;
        } else {
          while (b > first && adverb(b)) --b;
          past = true;
          // "Starmer, who co-chairs the coalition, joined by video".
          if (W(b) == "," && b > first + 2) {
            uint32_t j = b - 1;
            while (j > first + 1 && b - j < 15 && !HardAt(j) && W(j) != ",") --j;
            if (W(j) == "," && W(j + 1) == "who") b = j - 1;
          }
        }
        if (list_left(b, &added) == uint32_t(kNone)) continue;
        // "Starmer joined by video from London, as did Merz from Berlin and
        // Meloni from Rome", "...; so did Merz and Meloni": the persons of
        // the "as did" / "so did" clause too.
        if (medium) {
          auto as_did = [&](uint32_t j) {
            return (W(j) == "," || W(j) == ";") && (W(j + 1) == "as" || W(j + 1) == "so") &&
                   W(j + 2) == "did";
          };
          uint32_t j = k + 3;
          while (j + 2 < end_ && j < k + 12 && !as_did(j) && (W(j) == ";" || !HardAt(j))) ++j;
          if (j + 3 < end_ && as_did(j)) {
            for (uint32_t x = j + 3; x < end_ && !HardAt(x) && W(x) != "."; ++x) {
              if (!MentionStartsAt(x)) continue;
              const uint32_t e = EntityOf(MentionAt(x));
              if (KindOf(e) == ActorKind::kPerson) AddOnce(&added, e);
              x = a_.mentions[MentionAt(x)].end_token - 1;
            }
          }
        }
      } else if (joined) {
        // "were (later) joined", "is joined", "had been accompanied".
        if (k < first + 2) continue;
        uint32_t b = k - 1;
        uint32_t t;
        if (participial) {
          t = k - 2;
          past = true;
        } else {
          while (b > first && adverb(b)) --b;
          if (!BeAt(b) || b == first) continue;
          past = W(b) == "was" || W(b) == "were" || W(b) == "been";
          t = b - 1;
        }
        while (t > first && adverb(t)) --t;
        if (MentionEndsAt(t) && KindOf(EntityOf(MentionAt(t))) == ActorKind::kPerson) {
          if (list_left(t, &subject) == uint32_t(kNone)) continue;
        } else if (PluralPronounAt(t) || GroupHeadAt(t)) {
          // "They", "The two men", "The leaders", "Both leaders".
          uint32_t f = t;
          while (f > first && t - f < 3 && !Punct(f - 1) && MentionAt(f - 1) == kNone &&
                 (DetAt(f - 1) || W(f - 1) == "two" || W(f - 1) == "both" || !Cap(f - 1)))
            --f;
          if (!(f == first || W(f - 1) == "," || W(f - 1) == ";" ||
                (participial && f > first + 1 && W(f - 1) == "and" && W(f - 2) == ",")))
            continue;
          group_subject = true;
        } else {
          continue;
        }
        // "joined in the East Room by", "joined at the ceremony by".
        uint32_t r = k + 1;
        if (r < end_ && PrepAt(r) && W(r) != "by") {
          uint32_t j = r + 1;
          while (j < end_ && j < r + 8 && W(j) != "by" && !Punct(j) &&
                 (MentionAt(j) == kNone || KindOf(EntityOf(MentionAt(j))) != ActorKind::kPerson))
            ++j;
          r = j;
        }
        if (r + 1 >= end_ || W(r) != "by") continue;
        list_end = ListRight(r + 1, false, &added);
        if (list_end == r + 1) continue;
        // The participle phrase closes with a comma before the verb.
        if (participial && !(list_end < end_ && W(list_end) == ",")) continue;
      } else if (w == "present") {
        if (BeAt(k + 1) && (k == first || (k == first + 1 && W(first) == "also"))) {
          // "Also present were A and B."
          list_end = ListRight(k + 2, false, &added);
          if (list_end == k + 2) continue;
        } else {
          // "A and B were also present", "A and B, among others, were present".
          if (k < first + 2) continue;
          uint32_t b = k - 1;
          while (b > first && adverb(b)) --b;
          if (!BeAt(b) || b == first) continue;
          past = W(b) == "was" || W(b) == "were";
          if (list_left(b - 1, &added) == uint32_t(kNone)) continue;
          // Present at the end of the clause, or "at the talks".
          if (!(Punct(k + 1) || PrepAt(k + 1))) continue;
        }
      } else if (w == "side") {
        // "On the Canadian side were A and B", "On the U.S. side was A".
        if (k < first + 3 || !BeAt(k + 1) || W(k + 1) == "be" || W(k + 1) == "being")
          continue;
        uint32_t o = k - 1;
        while (o > first && k - o < 4 && W(o) != "the") --o;
        if (W(o) != "the" || o == first || W(o - 1) != "on" || o - 1 != first) continue;
        list_end = ListRight(k + 2, false, &added);
        if (list_end == k + 2) continue;
      } else if (side) {
        // "The U.S. side included A and B", "Russia's delegation also
        // included A", "the delegation, which included A and B".
        uint32_t h = k - 1;
        while (h > first && adverb(h)) --h;
        if (W(h) == "which" && h > first + 1 && W(h - 1) == ",") h -= 2;
        const Word n = W(h);
        // ("..., and the American one included B": the delegation again.)
        if (!(n == "side" || n == "delegation" || n == "team" || n == "entourage" ||
              (n == "one" && h >= first + 2 && W(h - 2) == "the" && Cap(h - 1))) &&
            !occasion_included)
          continue;
        list_end = ListRight(k + 1, false, &added);
        if (list_end == k + 1) continue;
      } else {
        // "A and B also participated."
        if (!Punct(k + 1) || k < first + 1) continue;
        uint32_t t = k - 1;
        while (t > first && adverb(t)) --t;
        if (list_left(t, &added) == uint32_t(kNone)) continue;
      }
      // Only persons are placed there.
      added.erase(std::remove_if(added.begin(), added.end(),
                                 [&](uint32_t e) { return KindOf(e) != ActorKind::kPerson; }),
                  added.end());
      // The interaction just told: the last asserted one of the two
      // sentences before, with the subject among its parties.
      const EventMention* ante = nullptr;
      for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
        if (it->sentence > s ||
            (it->sentence == s && !(same_sentence && it->trigger_end <= k)))
          continue;
        if (it->sentence + 2 < s) break;
        if (!it->interaction || !Asserted(it->status)) continue;
        // "They were joined by A" after "X will host Y on Monday": those
        // told as there already were at another occasion.
        if (past && it->status != EventStatus::kOccurred) continue;
        // "briefed Xi on his talks with Y", "an account of his meeting
        // with Y": an occasion told about, not the scene.
        const uint32_t tf = it->trigger_first;
        if (tf >= 2 && tf < ntok_) {
          const Word d = W(tf - 1), p = W(tf - 2);
          if ((d == "his" || d == "her" || d == "their") &&
              (p == "on" || p == "about" || p == "of" || p == "over"))
            continue;
        }
        bool fits = true;
        for (uint32_t e : subject)
          fits &= std::find(it->participants.begin(), it->participants.end(), e) !=
                  it->participants.end();
        if (!fits) continue;
        ante = &*it;
        break;
      }
      if (!ante || ante->date.empty()) continue;
      // A date the interaction took from the story, not its own words,
      // may be another occasion's ("then held a lunch" after a sentence
      // recalling their first meeting, months before the story): the
      // companions would go to that occasion.
      if (ante->date_inherited) {
        long a0, a1, d1;
        if (DateInterval(ante->date, &a0, &a1) && DctLastDay(&d1) && a1 + 14 < d1) continue;
      }
      (void)group_subject;
      // "Lula was accompanied by A; Trump by B", "Trump was joined by A,
      // while Putin brought B", "...; Putin has B": the other party's own.
      if (joined && list_end + 2 < end_ && (W(list_end) == ";" || W(list_end) == ",")) {
        uint32_t r = list_end + 1;
        if (W(r) == "while" || W(r) == "and" || W(r) == "whereas") ++r;
        if (MentionStartsAt(r) && KindOf(EntityOf(MentionAt(r))) == ActorKind::kPerson &&
            std::find(ante->participants.begin(), ante->participants.end(),
                      EntityOf(MentionAt(r))) != ante->participants.end()) {
          const uint32_t v = a_.mentions[MentionAt(r)].end_token;
          if (v + 1 < end_ && (W(v) == "by" || W(v) == "brought" || W(v) == "has" ||
                               W(v) == "had")) {
            std::vector<uint32_t> more;
            if (ListRight(v + 1, false, &more) > v + 1)
              for (uint32_t e : more)
                if (KindOf(e) == ActorKind::kPerson) AddOnce(&added, e);
          }
        }
      }
      std::vector<uint32_t> fresh;
      for (uint32_t e : added)
        if (std::find(ante->participants.begin(), ante->participants.end(), e) ==
            ante->participants.end())
          fresh.push_back(e);
      if (fresh.empty()) continue;
      const std::vector<uint32_t> parts = ante->participants;
      const std::string date = ante->date, type = ante->type;
      for (EventMention& m : out_) {
        if (!m.interaction || !Asserted(m.status) || !TypesFit(m.type, type) || m.date != date ||
            m.participants.size() != parts.size())
          continue;
        bool same = true;
        for (uint32_t p : m.participants)
          same &= std::find(parts.begin(), parts.end(), p) != parts.end();
        if (!same) continue;
        for (uint32_t e : fresh) AddOnce(&m.participants, e);
      }
      // ("Z was in the room, and Y joined by phone": read on.)
    }
  }
}

}  // namespace extract_detail
}  // namespace eg
