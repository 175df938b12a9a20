// References: pronouns, "the two leaders", surnames, firms.
// Members of the Extractor (events/extractor.h).
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// "he" / "she": the first person of this sentence before p, else the first
// person of the previous sentence (the subject of what was just said).
// "they", "the two leaders": the participants of the last interaction of
// this or the previous sentence, else the last coordinated pair of persons.
bool Extractor::ResolvePronoun(uint32_t p, std::vector<uint32_t>* ents) const {
  bool plural = PluralPronounAt(p) || GroupHeadAt(p) || TheTwoAlone(p);
  if (!plural) {
    if (!SingularPronounAt(p)) return false;
    if (SurnameHe(p, ents)) return true;
    return ResolveSingular(p, ents);
  }
  return ResolvePlural(p, ents);
}

// "On the sidelines of the talks, He also met Anwar": a capitalised "He"
// inside a sentence (not after an opening quote, colon or bracket) is no
// pronoun but the family name of a person the document names in full with
// it first (Chinese order: He Lifeng). The first such person, if any.
bool Extractor::SurnameHe(uint32_t p, std::vector<uint32_t>* ents) const {
  if (p <= begin_ || !Cap(p) || W(p) != "he") return false;
  Word b = W(p - 1);
  if (b == "\"" || b == "\xE2\x80\x9C" || b == ":" || b == "(" || b == "'" ||
      b == "\xE2\x80\x98" || b == "``" || b == "." || b == "!" || b == "?")
    return false;
  for (uint32_t e = 0; e < a_.entities.size(); ++e) {
    const DocEntity& d = a_.entities[e];
    if (d.kind == ActorKind::kPerson && d.name.size() > 3 && d.name.compare(0, 3, "He ") == 0) {
      AddOnce(ents, e);
      return true;
    }
  }
  return false;
}

// "the Putin call", "a Trump aide": a person's name between an article and
// a lower-case word, used as a modifier of that word.
bool Extractor::NounModifierName(int32_t m) const {
  const uint32_t f = mfirst_[m], e = a_.mentions[m].end_token;
  if (f == 0 || e >= ntok_ || Cap(e) || Punct(e)) return false;
  Word d = W(f - 1);
  if (!(d == "the" || d == "a" || d == "an")) return false;
  Word n = W(e);
  return !(n == "and" || n == "or" || n == "of" || n == "'s" || n == "\xE2\x80\x99s");
}

// "A briefed the envoys, and B said he would call C": a "he"/"she" that
// opens the report of a verb of speech ("said he", "said that he",
// "added that she") is, in news text, the speaker: the person named right
// before the verb (an adverb may stand between: "later said"), not the
// first person of the sentence. Only the subject pronoun of the report
// (p right after the verb or its "that"), and only a speaker who is a
// person named as such, not an owner ("X's office said he").
bool Extractor::SpeakerOfReport(uint32_t p, std::vector<uint32_t>* ents) const {
  if (p >= end_ || !SingularPronounAt(p) || !(W(p) == "he" || W(p) == "she")) return false;
  uint32_t v = p;
  if (v > begin_ && W(v - 1) == "that") --v;
  if (v <= begin_ + 1 || !SpeechAt(v - 1)) return false;
  uint32_t s = v - 2;  // the word before the verb
  if (s > begin_ && SkipAdverbAt(s)) --s;
  if (!MentionEndsAt(s)) return false;
  const int32_t m = MentionAt(s);
  const uint32_t e = EntityOf(m);
  if (KindOf(e) != ActorKind::kPerson || a_.mentions[m].possessive || NounModifierName(m))
    return false;
  AddOnce(ents, e);
  return true;
}

// A transcript's speaker label: a name opening its line (after at most
// two tokens of a courtesy title, "MS.", "Mr."), then a colon.
bool Extractor::SpeakerLabel(int32_t m) const {
  const ActorMention& am = a_.mentions[m];
  if (am.end_token >= ntok_ || W(am.end_token) != ":") return false;
  uint32_t j = am.first_token;
  for (int n = 0; n < 3; ++n) {
    if (toks_[j].Has(kLineStart)) return true;
    if (j == 0) return false;
    --j;
    if (!(Cap(j) || W(j) == ".")) return false;
  }
  return false;
}

// The first person a stretch of text speaks of: a person mention, or a
// he/she/his/her that itself refers further back (the topic carried on).
bool Extractor::ResolveSingular(uint32_t p, std::vector<uint32_t>* ents) const {
  if (SpeakerOfReport(p, ents)) return true;
  uint32_t from = begin_, to = p;
  uint32_t s = sent_;
  // Four sentences back, not counting those the pronoun's topic carries on
  // through ("She flew to Beijing. ... she replied. ... She met X"): a
  // chain of he/she continues one person, however long (up to 8).
  for (int hops = 0, carried = 0; hops < 4 + carried && hops < 8; ++hops) {
    // "In setting out his plan to X, Mr. Bush said ...": a sentence opened
    // by a fronted phrase speaks of the subject after its comma, not of the
    // names and pronouns inside the phrase.
    // So does one opened by a time ("A month after X's announcement, Y
    // flew to Hanoi, where he met Z").
    if (from < to && (PrepAt(from) || OpenerAt(from) || timex_at_[from] != kNone) && Cap(from)) {
      uint32_t c = from + 1;
      while (c < to && W(c) != ",") ++c;
      for (uint32_t k = c + 1; k < to && k <= c + 3; ++k) {
        int32_t m = MentionAt(k);
        if (m != kNone) {
          if (KindOf(EntityOf(m)) == ActorKind::kPerson) {
            AddOnce(ents, EntityOf(m));
            return true;
          }
          break;
        }
        if (!Cap(k) && W(k) != ".") break;  // "Mr. Bush", "President Bush"
      }
    }
    // "Hurts has kept his distance. ... He was seen chatting with Y": a
    // sentence before whose subject is a name no actor was found for
    // ("Hurts has", "Okafor said") is the topic the pronoun carries on,
    // whom no earlier person stands for.
    if (s != sent_ && UnknownNameSubject(from, to)) return false;
    bool pronoun_first = false;
    for (uint32_t k = from; k < to; ++k) {
      int32_t m = MentionAt(k);
      // "the day after the Putin call, Zelensky came ...": a name between
      // an article and a noun modifies the noun; "he" is not that person.
      if (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson && NounModifierName(m)) {
        k = a_.mentions[m].end_token - 1;
        continue;
      }
      // "MS. KESSLER: The President had many calls. I believe he ...": the
      // label of a transcript's turn names who speaks, not whom the turn
      // speaks of.
      if (m != kNone && SpeakerLabel(m)) {
        k = a_.mentions[m].end_token;
        continue;
      }
      if (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson) {
        // "The emir and Trump held talks. ... he was in Abu Dhabi": of two
        // persons named together, "he" is the one the text follows, the
        // one it names most.
        uint32_t e = EntityOf(m);
        const uint32_t a = a_.mentions[m].end_token;
        if (a + 1 < to && W(a) == "and" && MentionStartsAt(a + 1)) {
          const uint32_t e2 = EntityOf(MentionAt(a + 1));
          if (KindOf(e2) == ActorKind::kPerson &&
              a_.entities[e2].mentions > a_.entities[e].mentions)
            e = e2;
        }
        AddOnce(ents, e);
        return true;
      }
      Word w = W(k);
      if (m == kNone && (w == "he" || w == "she" || w == "his" || w == "her")) {
        pronoun_first = true;
        break;
      }
    }
    // Without a person, or with a pronoun first, the topic comes from before.
    if (pronoun_first) ++carried;
    if (s == 0) return false;
    --s;
    from = t_.sentences[s].first_token;
    to = std::min<uint32_t>(t_.sentences[s].end_token, uint32_t(t_.tokens.size()));
  }
  return false;
}

// A sentence [from, to) opened by a capitalised word no actor mention
// covers, no function word, followed by an auxiliary, a form of "be" or a
// verb of speech, the word written capitalised inside a sentence elsewhere
// in the text: a name the gazetteer lacks, as the subject.
bool Extractor::UnknownNameSubject(uint32_t from, uint32_t to) const {
  if (from + 1 < to && (W(from) == "\"" || W(from) == "\xE2\x80\x9C")) return false;
  if (from + 1 >= to || !Cap(from) || MentionAt(from) != kNone) return false;
  constexpr uint32_t kFunction = words::kDeterminer | words::kBe | words::kAuxWord |
                                 words::kPreposition | words::kClauseOpener |
                                 words::kSingularPronoun | words::kPluralPronoun |
                                 words::kFirstSingular | words::kFirstPlural |
                                 words::kSkipAdvWord | words::kTitleWord;
  if ((ClassesAt(from) & kFunction) || timex_at_[from] != kNone) return false;
  if (!(ClassesAt(from + 1) & (words::kBe | words::kAuxWord | words::kSpeechVerb))) return false;
  // A name: the text writes it capitalised inside a sentence too ("along
  // with Lurie and Hurts"), which "It", "Officials" or "Critics" are not.
  const Word w = W(from);
  for (uint32_t k = 1; k < ntok_; ++k) {
    if (k == from || !Cap(k) || toks_[k].Has(kLineStart) || W(k) != w) continue;
    const Word b = W(k - 1);
    if (b == "." || b == "!" || b == "?" || b == ":" || b == "\"" || b == "\xE2\x80\x9C" ||
        b == "(" || b == "'" || b == "\xE2\x80\x98" || b == "\xE2\x80\x94")
      continue;
    return true;
  }
  return false;
}

// "Clinton welcomed him", "rolled out the red carpet for Blair, welcoming
// him": an object pronoun is the person the text just named other than the
// one who acts (its own subject would be "himself"). Nearest first, back
// to the start of the previous sentence.
bool Extractor::ResolveObjectPronoun(uint32_t p, const std::vector<uint32_t>& subject,
                                     std::vector<uint32_t>* ents) const {
  // "I welcome him" in a quotation: "him" is someone of the speaker's
  // discourse, whom the name the text gave last need not be.
  if (!subject.empty())
    if (const Quotation* q = QuotationAt(Quotes(p), p))
      if (q->speaker >= 0 &&
          std::find(subject.begin(), subject.end(), uint32_t(q->speaker)) != subject.end())
        return false;
  uint32_t from = sent_ > 0 ? t_.sentences[sent_ - 1].first_token : begin_;
  for (uint32_t k = p; k-- > from;) {
    int32_t m = MentionAt(k);
    if (m == kNone) continue;
    uint32_t e = EntityOf(m);
    if (KindOf(e) != ActorKind::kPerson) continue;
    if (std::find(subject.begin(), subject.end(), e) != subject.end()) continue;
    AddOnce(ents, e);
    return true;
  }
  return false;
}

// "Did Putin offer a halt, as Lukashenko suggested when he hosted Putin?":
// a "he"/"she" just before the verb that the first person of the sentence
// resolved to its own object is someone else: the nearest other person
// before the pronoun, in this sentence or the previous one.
void Extractor::SubjectPronounNotObject(uint32_t verb, const std::vector<uint32_t>& obj,
                                        Candidate* c) const {
  if (c->subject_count != 1 || verb <= begin_ || !SingularPronounAt(verb - 1)) return;
  const uint32_t subj = c->participants[0];
  if (std::find(obj.begin(), obj.end(), subj) == obj.end()) return;
  const uint32_t from = sent_ > 0 ? t_.sentences[sent_ - 1].first_token : begin_;
  for (uint32_t k = verb - 1; k-- > from;) {
    if (!MentionEndsAt(k)) continue;
    const uint32_t e = EntityOf(MentionAt(k));
    if (KindOf(e) != ActorKind::kPerson || std::find(obj.begin(), obj.end(), e) != obj.end())
      continue;
    c->participants[0] = e;
    return;
  }
}

int Extractor::CountWord(Word w) {
  static constexpr std::string_view kNum[] = {"three", "four", "five", "six", "seven", "eight"};
  for (int i = 0; i < 6; ++i)
    if (w == kNum[i]) return i + 3;
  return 0;
}

// "Macron, speaking alongside Starmer, Merz and Tusk, said ... The four
// leaders had travelled together to Kyiv": a counted group ("the three
// men", "the four leaders") is the latest interaction of this or the
// previous six sentences with exactly that many persons, else the list of
// exactly that many persons this or the previous sentence names.
bool Extractor::ResolveCounted(uint32_t p, int want, std::vector<uint32_t>* ents) const {
  auto persons_only = [&](const std::vector<uint32_t>& who) {
    return std::all_of(who.begin(), who.end(),
                       [&](uint32_t e) { return KindOf(e) == ActorKind::kPerson; });
  };
  // The persons of an interaction ("X, Y and Z met Ukrainian officials":
  // the three leaders are X, Y and Z, not the country they met).
  auto persons_of = [&](const std::vector<uint32_t>& who) {
    size_t n = 0;
    for (uint32_t e : who) n += KindOf(e) == ActorKind::kPerson;
    return n;
  };
  auto add_persons = [&](const std::vector<uint32_t>& who) {
    for (uint32_t e : who)
      if (KindOf(e) == ActorKind::kPerson) AddOnce(ents, e);
  };
  if (cur_)
    for (auto it = cur_->rbegin(); it != cur_->rend(); ++it)
      if (it->trig.first < p && it->trig.entry->interaction &&
          persons_of(it->participants) == size_t(want)) {
        add_persons(it->participants);
        return true;
      }
  for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
    if (it->sentence + 6 < sent_) break;
    if (!it->interaction || persons_of(it->participants) != size_t(want)) continue;
    add_persons(it->participants);
    return true;
  }
  // A list of exactly that many persons, the nearest first, in this
  // sentence or the five before ("From the venue, A, B, C and D spoke by
  // phone with E. ... The four leaders last met F").
  const uint32_t from = t_.sentences[sent_ > 5 ? sent_ - 5 : 0].first_token;
  for (uint32_t k = p; k-- > from;) {
    if (!MentionEndsAt(k) || KindOf(EntityOf(MentionAt(k))) != ActorKind::kPerson) continue;
    std::vector<uint32_t> list;
    const uint32_t save_begin = begin_;
    const bool save_prepared = prepared_;
    const_cast<Extractor*>(this)->begin_ = from;
    const_cast<Extractor*>(this)->prepared_ = false;
    ListLeft(k, &list);
    const_cast<Extractor*>(this)->begin_ = save_begin;
    const_cast<Extractor*>(this)->prepared_ = save_prepared;
    if (list.size() == size_t(want) && persons_only(list)) {
      for (uint32_t e : list) AddOnce(ents, e);
      return true;
    }
  }
  return false;
}

// Business news names a firm, then says "the company": the organisation
// the text speaks of, the first one of this sentence, else of the previous.
bool Extractor::ResolveFirm(uint32_t p, std::vector<uint32_t>* ents) const {
  uint32_t from = begin_, to = p;
  for (int hops = 0; hops < 2; ++hops) {
    for (uint32_t k = from; k < to; ++k) {
      int32_t m = MentionAt(k);
      if (m == kNone) continue;
      uint32_t e = EntityOf(m);
      if (KindOf(e) != ActorKind::kOrganization) continue;
      AddOnce(ents, e);
      return true;
    }
    if (sent_ == 0 || hops == 1) break;
    PreviousSentence(&from, &to);
  }
  return false;
}

// "The two leaders last met in 2019" after a sentence naming Trump, Putin
// and Zelensky: of the pairs of the story's interactions both of whose
// persons the previous sentence names, the one the story tells most often
// (the latest on a tie), within a dozen sentences.
bool Extractor::PairOfStory(std::string_view title, std::vector<uint32_t>* ents) const {
  uint32_t pf, pe;
  PreviousSentence(&pf, &pe);
  auto named = [&](uint32_t e) {
    for (uint32_t k = pf; k < pe; ++k) {
      int32_t m = MentionAt(k);
      if (m != kNone && EntityOf(m) == e) return NamedWithTitle(e, title);
    }
    return false;
  };
  const EventMention* best =
      MostToldPair(sent_ >= 12 ? sent_ - 12 : 0, 0, false,
                   [&](uint32_t a, uint32_t b) { return named(a) && named(b); });
  if (!best) return false;
  for (uint32_t e : best->participants) AddOnce(ents, e);
  return true;
}

std::string_view Extractor::TitleOfGroup(uint32_t head) const {
  const Word w = W(head);
  if (w == "presidents") return "president";
  if (w == "chancellors") return "chancellor";
  if (w == "ministers") return "minister";
  if (w == "envoys") return "envoy";
  // "the two leaders", "the heads of state": who leads a polity.
  if (w == "leaders" || (w == "heads" && head + 2 < end_ && W(head + 1) == "of" &&
                         (W(head + 2) == "state" || W(head + 2) == "government")))
    return "leader";
  return {};
}

// "The leaders met at the G7" after a paragraph on two ministers' talks:
// the leaders are not persons the document titles only as ministers,
// secretaries, envoys or aides. A person titled as a head of state or
// government somewhere, or never titled at all, may be one. The titles are
// data/triggers/leader_titles.tsv.
bool Extractor::NamedAsLeader(uint32_t e, bool strict) const {
  const LeaderTitles& titles = lex_.leader_titles();
  auto has = [](std::string_view span, std::string_view t, bool whole) {
    for (size_t at = span.find(t); at != std::string_view::npos; at = span.find(t, at + 1)) {
      const size_t end = at + t.size();
      if (at > 0 && std::isalpha(static_cast<unsigned char>(span[at - 1]))) continue;
      if (whole && end < span.size() && std::isalpha(static_cast<unsigned char>(span[end])))
        continue;
      return true;
    }
    return false;
  };
  auto any = [&](std::string_view span, const std::vector<std::string>& list, bool whole) {
    for (const std::string& t : list)
      if (has(span, t, whole)) return true;
    return false;
  };
  bool other = false;
  for (const ActorMention& m : a_.mentions) {
    if (m.entity != e || m.end_token <= m.first_token) continue;
    const std::string_view span = LowerSpan(m.first_token, m.end_token);
    if (any(span, titles.leads, true) && !any(span, titles.lower, true)) return true;
    other = other || any(span, titles.serves, false);
  }
  return !other && !strict;
}

// "Vice President X", "vice-president X", "Deputy Prime Minister X": the
// title at `at` of the lower-cased span is lowered by the word before it
// (leader_titles.tsv "lower"): X is no president for "the two presidents".
bool Extractor::LoweredTitle(std::string_view span, size_t at) const {
  if (at < 2 || !(span[at - 1] == ' ' || span[at - 1] == '-')) return false;
  const size_t end = at - 1;
  size_t b = end;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(span[b - 1]))) --b;
  const std::string_view before = span.substr(b, end - b);
  for (const std::string& w : lex_.leader_titles().lower)
    if (before == w) return true;
  return false;
}

bool Extractor::NamedWithTitle(uint32_t e, std::string_view title) const {
  if (title.empty()) return true;
  // "the two ministers": a U.S. Secretary of State is one (leader_titles
  // "minister").
  if (title == "minister")
    for (const std::string& t : lex_.leader_titles().minister)
      if (NamedWithTitle(e, t)) return true;
  if (title == "leader") return NamedAsLeader(e);
  // "The two presidents spoke" of Lula and Trump, whom the story never
  // titles: a person with no title at all may be one.
  if (title == "president" && !NamedAsLeader(e, true) && NamedAsLeader(e, false)) return true;
  for (const ActorMention& m : a_.mentions) {
    if (m.entity != e || m.end_token <= m.first_token) continue;
    const std::string_view span = LowerSpan(m.first_token, m.end_token);
    for (size_t at = span.find(title); at != std::string_view::npos;
         at = span.find(title, at + 1)) {
      const size_t end = at + title.size();
      const bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(span[at - 1]));
      const bool word_end = end == span.size() || !std::isalpha(static_cast<unsigned char>(span[end]));
      if (word_start && word_end && !LoweredTitle(span, at)) return true;
    }
  }
  return false;
}

// "X has known Y since the 1980s, when the two met", "X, who raised it
// with Y when the two leaders met": a pair subject opening a clause of time or
// place that hangs on a clause naming exactly two persons is those two,
// whatever the story told before. `ref` is the reference's first token
// (the "the" of "the two men", "both").
bool Extractor::PairOfHostClause(uint32_t ref, std::vector<uint32_t>* ents) const {
  if (ref <= begin_ + 2) return false;
  const Word w = W(ref - 1);
  // ("as" may open no clause of its own: "would never be for sale, as the
  // two leaders met" is left to the story's pair.)
  // A clause joined by a semicolon speaks of the pair the clause before
  // it names ("He has been in contact with Y; the two of them held a
  // joint press conference"), as a clause of time does.
  if (!(w == "when" || w == "where" || w == "after" || w == "before" || w == "since" ||
        w == "while" || w == "until" || w == "once" || w == ";"))
    return false;
  // The persons the clause names, and those it tells by "he" or "she"
  // ("she hosted X, where the two signed": the one "she" is and X).
  std::vector<uint32_t> two;
  for (uint32_t k = begin_; k + 1 < ref; ++k) {
    const int32_t m = MentionAt(k);
    if (m != kNone) {
      if (KindOf(EntityOf(m)) == ActorKind::kPerson) AddOnce(&two, EntityOf(m));
      continue;
    }
    if (SingularPronounAt(k)) {
      std::vector<uint32_t> who;
      if (!ResolveSingular(k, &who)) return false;
      for (uint32_t e : who) AddOnce(&two, e);
    } else if (PluralPronounAt(k) || ObjectPronounAt(k)) {
      return false;  // someone the names do not show
    }
  }
  if (two.size() != 2) return false;
  for (uint32_t e : two) AddOnce(ents, e);
  return true;
}

// "The visit was arranged after a phone call between the two presidents in
// March, in which X invited Y": the pair is told right after, in a relative
// clause ("in which", "during which", "at which") that hangs on the
// reference's phrase; its persons, exactly two, are the pair. `head` is the
// group noun; only a phrase of time or place may stand between it and the
// comma, so that "the two leaders met X and Y, at which ..." (a verb
// between) is not read so.
bool Extractor::PairOfFollowingRelative(uint32_t head, std::vector<uint32_t>* ents) const {
  uint32_t k = head + 1;
  for (; k < end_ && k < head + 6; ++k) {
    if (W(k) == ",") break;
    if (!(PrepAt(k) || timex_at_[k] != kNone || DetAt(k))) return false;
  }
  if (!(k + 2 < end_ && W(k) == "," && W(k + 2) == "which" &&
        (W(k + 1) == "in" || W(k + 1) == "during" || W(k + 1) == "at")))
    return false;
  std::vector<uint32_t> two;
  for (uint32_t r = k + 3; r < end_; ++r) {
    const int32_t m = MentionAt(r);
    if (m == kNone) continue;
    if (KindOf(EntityOf(m)) == ActorKind::kPerson) AddOnce(&two, EntityOf(m));
    r = a_.mentions[m].end_token - 1;
  }
  if (two.size() != 2) return false;
  for (uint32_t e : two) AddOnce(ents, e);
  return true;
}

// "Also, yesterday the Secretary hosted X", "The envoy has also met Y": a
// briefing or story speaks of the office it has tied to a name ("Secretary
// Y", "the UN envoy, Y," earlier) by its title alone. p is the title word
// after "the", with no mention; the holder is the one person named with
// that title before this sentence. Two such persons ("Secretary Y",
// "Treasury Secretary Z") leave it unresolved.
bool Extractor::HolderOfTitle(uint32_t p, std::vector<uint32_t>* ents) const {
  if (p <= begin_ || W(p - 1) != "the" || !(ClassesAt(p) & words::kTitleWord) ||
      MentionAt(p) != kNone)
    return false;
  const std::string title(LowerSpan(p, p + 1));
  int32_t holder = kNone;
  for (const ActorMention& m : a_.mentions) {
    if (m.first_token >= begin_) break;
    if (KindOf(m.entity) != ActorKind::kPerson || static_cast<int32_t>(m.entity) == holder)
      continue;
    bool titled = false;
    const std::string_view span = LowerSpan(m.first_token, m.end_token);
    for (size_t at = span.find(title); at != std::string_view::npos && !titled;
         at = span.find(title, at + 1)) {
      const size_t end = at + title.size();
      titled = (at == 0 || !std::isalpha(static_cast<unsigned char>(span[at - 1]))) &&
               (end == span.size() || !std::isalpha(static_cast<unsigned char>(span[end]))) &&
               !LoweredTitle(span, at);
    }
    // Or named in apposition after the office: "The United Nations envoy
    // for Libya, Hanna Tetteh, ... The envoy has also met Y".
    if (!titled && m.first_token >= 2 && W(m.first_token - 1) == ",") {
      for (uint32_t k = m.first_token - 1; k-- > 0 && k + 9 > m.first_token;) {
        if (CommaOrHardAt(k) || t_.tokens[k].Has(kSentenceStart)) {
          titled = t_.tokens[k].Has(kSentenceStart) && W(k) == title;
          break;
        }
        if (W(k) == title) {
          titled = true;
          break;
        }
      }
    }
    if (!titled) continue;
    if (holder != kNone) return false;
    holder = static_cast<int32_t>(m.entity);
  }
  if (holder == kNone) return false;
  AddOnce(ents, static_cast<uint32_t>(holder));
  return true;
}

// "..., with A still without a meeting with B. A planned meeting was
// cancelled after B left early. The two leaders have spoken by phone": a
// previous sentence that names only one person continues the one before
// it; a pair is then the two persons the two sentences name, exactly two,
// the previous sentence's one among them.
bool Extractor::PairAcrossTwoSentences(std::vector<uint32_t>* out) const {
  if (sent_ < 2) return false;
  uint32_t pf, pe;
  PreviousSentence(&pf, &pe);
  std::vector<uint32_t> named;
  for (uint32_t k = pf; k < pe; ++k) {
    const int32_t m = MentionAt(k);
    if (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson) AddOnce(&named, EntityOf(m));
  }
  if (named.size() != 1) return false;
  const uint32_t qf = t_.sentences[sent_ - 2].first_token;
  const uint32_t qe = std::min<uint32_t>(t_.sentences[sent_ - 2].end_token, pf);
  for (uint32_t k = qf; k < qe; ++k) {
    const int32_t m = MentionAt(k);
    if (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson) AddOnce(&named, EntityOf(m));
  }
  if (named.size() != 2) return false;
  for (uint32_t e : named) AddOnce(out, e);
  return true;
}

bool Extractor::ResolvePlural(uint32_t p, std::vector<uint32_t>* ents) const {
  // "the two leaders", "both men": a pair, never three.
  // "when the two met": "the two" alone.
  const bool two_alone = TheTwoAlone(p);
  const bool pair =
      two_alone || (p > begin_ && (W(p - 1) == "two" || W(p - 1) == "both" || PairBefore(p)) &&
                    W(p) != "they");
  // "the two presidents": only persons the story names with that title
  // (not the envoy who met one of them).
  const std::string_view title = TitleOfGroup(p);
  // "the two countries", "both governments" are no persons ("both sides"
  // may be; "the two countries' leaders" are).
  const bool no_persons =
      (ClassesAt(p) & words::kPartyPair) && W(p) != "sides" && !Possessive(p + 1) &&
      !(p + 1 < end_ && (W(p + 1) == "'" || W(p + 1) == "\xE2\x80\x99"));
  const auto all_titled = [&](const std::vector<uint32_t>& who) {
    return std::all_of(who.begin(), who.end(), [&](uint32_t e) {
      return NamedWithTitle(e, title) && !(no_persons && KindOf(e) == ActorKind::kPerson);
    });
  };
  {
    // The reference's first token: "the two", "the two men", "both
    // leaders", "the two chief negotiators".
    uint32_t ref = p;
    if (pair && !two_alone) ref = W(p - 1) == "two" || W(p - 1) == "both" ? p - 1 : p - 2;
    if (ref > begin_ && W(ref - 1) == "the") --ref;
    // ("they" is left out: it may be delegations or countries the clause
    // does not count.)
    std::vector<uint32_t> two;
    if (pair && !(ClassesAt(p) & words::kPartyPair) && PairOfHostClause(ref, &two) &&
        all_titled(two)) {
      for (uint32_t e : two) AddOnce(ents, e);
      return true;
    }
  }
  {
    std::vector<uint32_t> two;
    if (pair && !(ClassesAt(p) & words::kPartyPair) && PairOfFollowingRelative(p, &two) &&
        all_titled(two)) {
      for (uint32_t e : two) AddOnce(ents, e);
      return true;
    }
  }
  // "A met B in February, and in 2018 the two leaders signed a
  // declaration": the pair of persons whose interaction the same sentence
  // has just told, before the story's pair the previous sentence names
  // (which may hold a third person: "A's predecessor, C, was close to B").
  if (pair && !no_persons && cur_) {
    for (auto it = cur_->rbegin(); it != cur_->rend(); ++it) {
      if (it->trig.first >= p || !it->trig.entry->interaction || it->participants.size() != 2)
        continue;
      if (!std::all_of(it->participants.begin(), it->participants.end(),
                       [&](uint32_t e) { return KindOf(e) == ActorKind::kPerson; }) ||
          !all_titled(it->participants))
        continue;
      for (uint32_t e : it->participants) AddOnce(ents, e);
      return true;
    }
  }
  if (pair && sent_ > 0 && !no_persons && PairOfStory(title, ents)) return true;
  if (cur_) {
    for (auto it = cur_->rbegin(); it != cur_->rend(); ++it) {
      if (it->trig.first < p && it->trig.entry->interaction && it->participants.size() >= 2 &&
          all_titled(it->participants)) {
        for (uint32_t e : it->participants) AddOnce(ents, e);
        return true;
      }
    }
  }
  // "the two leaders" names a pair explicitly and may look further back
  // than "they".
  uint32_t window = W(p) == "they" || W(p) == "their" ? 2 : 6;
  // The pair the text was just speaking of: the latest interaction with a
  // person of the previous sentence ("Obama met Park. Duterte later
  // expressed regret. The two leaders sat down ..." is Obama and Duterte),
  // else the latest one.
  const EventMention* latest = nullptr;
  const EventMention* topical = nullptr;
  uint32_t pf, pe;
  PreviousSentence(&pf, &pe);
  // "the delegations", "the leaders" (a group noun, no pair, no pronoun):
  // across a whole paragraph, an encounter only wished for or denied is no
  // antecedent; the paragraph between has moved the story on ("X hopes to
  // meet Y. // Z is due in Sarajevo. // ... the spot where the delegations
  // met" is not X and Y, who have not met).
  const bool group_noun = !pair && GroupHeadAt(p) && !PluralPronounAt(p);
  uint32_t breaks = 0, counted = sent_;
  for (auto it = out_.rbegin(); it != out_.rend() && !topical; ++it) {
    if (it->sentence + window < sent_) break;
    if (group_noun) {
      for (; counted > it->sentence && counted > 0; --counted)
        if (ParagraphBreakBefore(counted)) ++breaks;
      if (breaks >= 2 && !Asserted(it->status)) continue;
    }
    if (!it->interaction || it->participants.size() < 2) continue;
    if (pair && it->participants.size() != 2) continue;
    if (!all_titled(it->participants)) continue;
    // "the two men", "both leaders" are persons; "both sides" may be countries.
    if (pair && !(ClassesAt(p) & words::kPartyPair) &&
        !std::all_of(it->participants.begin(), it->participants.end(),
                     [&](uint32_t e) { return KindOf(e) == ActorKind::kPerson; }))
      continue;
    if (!latest) latest = &*it;
    for (uint32_t k = pf; k < pe && !topical; ++k) {
      int32_t m = MentionAt(k);
      if (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson &&
          std::find(it->participants.begin(), it->participants.end(), EntityOf(m)) !=
              it->participants.end())
        topical = &*it;
    }
  }
  // "Stubb has the best access to Trump. The two men played a round":
  // with no interaction of the previous sentence's persons, a pair is the
  // two persons that sentence names, not an older interaction's.
  if (!topical && latest && pair && !(ClassesAt(p) & words::kPartyPair)) {
    std::vector<uint32_t> named;
    for (uint32_t k = pf; k < pe; ++k) {
      int32_t m = MentionAt(k);
      if (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson) AddOnce(&named, EntityOf(m));
    }
    if (named.size() == 1) {
      named.clear();
      PairAcrossTwoSentences(&named);
    }
    if (named.size() == 2 && all_titled(named)) {
      for (uint32_t e : named) AddOnce(ents, e);
      return true;
    }
  }
  // "X held a call with Y. Z hosted it in Berlin, where X had arrived. The
  // two men sat side by side": a previous sentence that names exactly two
  // persons, one of them no party of the topical interaction, names the
  // pair itself. (Not a name modifying a noun: "the Bolsonaro case".)
  if (topical && pair && !(ClassesAt(p) & words::kPartyPair)) {
    std::vector<uint32_t> named;
    for (uint32_t k = pf; k < pe; ++k) {
      const int32_t m = MentionAt(k);
      if (m == kNone || mfirst_[m] != k || KindOf(EntityOf(m)) != ActorKind::kPerson ||
          NounModifierName(m))
        continue;
      AddOnce(&named, EntityOf(m));
    }
    if (named.size() == 2 && all_titled(named) &&
        !std::all_of(named.begin(), named.end(), [&](uint32_t e) {
          return std::find(topical->participants.begin(), topical->participants.end(), e) !=
                 topical->participants.end();
        })) {
      for (uint32_t e : named) AddOnce(ents, e);
      return true;
    }
  }
  if (const EventMention* pick = topical ? topical : latest) {
    for (uint32_t e : pick->participants) AddOnce(ents, e);
    return true;
  }
  uint32_t from = sent_ > 0 ? t_.sentences[sent_ - 1].first_token : begin_;
  for (uint32_t k = p; k-- > from;) {
    if (!MentionEndsAt(k) || KindOf(EntityOf(MentionAt(k))) != ActorKind::kPerson) continue;
    std::vector<uint32_t> list;
    uint32_t save_begin = begin_;
    bool save_prepared = prepared_;
    // The list may lie in the previous sentence (the sentence's tables are
    // indexed from its own begin_: not used meanwhile).
    const_cast<Extractor*>(this)->begin_ = from;
    const_cast<Extractor*>(this)->prepared_ = false;
    ListLeft(k, &list);
    const_cast<Extractor*>(this)->begin_ = save_begin;
    const_cast<Extractor*>(this)->prepared_ = save_prepared;
    // "At a ceremony in the State Department, Foreign Minister A and
    // Foreign Minister B signed ... The two ministers": a person noun
    // counts the persons of the list, not the place the list runs into.
    if (!(ClassesAt(p) & words::kPartyPair))
      list.erase(std::remove_if(list.begin(), list.end(),
                                [&](uint32_t e) { return KindOf(e) != ActorKind::kPerson; }),
                 list.end());
    if (list.size() >= 2 && all_titled(list)) {
      for (uint32_t e : list) AddOnce(ents, e);
      return true;
    }
  }
  // "Trump stunned allies when, standing beside Netanyahu, he proposed a
  // plan. The remarks came after the two leaders met": where no interaction
  // of the pair was told, a definite pair of persons ("the two leaders",
  // "both men") is the two persons the previous sentence names, when it
  // names exactly two, with the title the noun asks, and the sentence
  // names no person before the pair.
  if (pair && !(ClassesAt(p) & words::kPartyPair) && sent_ > 0) {
    const uint32_t at = !two_alone && (W(p - 1) == "two" || W(p - 1) == "both") ? p - 1
                        : two_alone                                             ? p
                                                                                : p - 2;
    const bool definite = W(at) == "both" || (at > begin_ && W(at - 1) == "the");
    bool named_before = false;
    for (uint32_t k = begin_; k < at && !named_before; ++k)
      named_before = MentionAt(k) != kNone && KindOf(EntityOf(MentionAt(k))) == ActorKind::kPerson;
    std::vector<uint32_t> two;
    if (definite && !named_before &&
        (TwoPersonsNamed(pf, pe, &two) || PairAcrossTwoSentences(&two)) && all_titled(two)) {
      for (uint32_t e : two) AddOnce(ents, e);
      return true;
    }
  }
  // "Guber/Peters has been locked in litigation with Warner. Both sides are
  // in talks": a pair named as such ("both sides", "the two countries") is
  // the two actors the previous sentence names, when it names exactly two
  // and the sentence itself, before the pair, names no other. Owners
  // ("Slepian's death") are not parties.
  if ((ClassesAt(p) & words::kPartyPair) && p > begin_ &&
      (W(p - 1) == "both" || W(p - 1) == "two") && sent_ > 0) {
    uint32_t two[2] = {0, 0};
    int n = 0;
    auto party = [&](uint32_t k, int32_t* m) {
      *m = MentionAt(k);
      return *m != kNone && KindOf(EntityOf(*m)) != ActorKind::kGroup &&
             !(no_persons && KindOf(EntityOf(*m)) == ActorKind::kPerson) &&
             !a_.mentions[*m].possessive;
    };
    for (uint32_t k = from; k < begin_ && n <= 2; ++k) {
      int32_t m;
      if (!party(k, &m)) continue;
      const uint32_t e = EntityOf(m);
      if ((n > 0 && two[0] == e) || (n > 1 && two[1] == e)) continue;
      if (n < 2) two[n] = e;
      ++n;
    }
    for (uint32_t k = begin_; k < p && n == 2; ++k) {
      int32_t m;
      if (party(k, &m) && EntityOf(m) != two[0] && EntityOf(m) != two[1]) n = 3;
    }
    if (n == 2) {
      AddOnce(ents, two[0]);
      AddOnce(ents, two[1]);
      return true;
    }
  }
  // "The two leaders last spoke in June", far from the last report of
  // them: the pair of persons the story has told of most, twice at least
  // (a live blog about a summit of two).
  // (Definite only: "two officials said" is any two.)
  // (`pair` holds only with "two"/"both" one or two words before p.)
  const uint32_t num = !pair || two_alone ? p
                     : W(p - 1) == "two" || W(p - 1) == "both" ? p - 1
                                                                : p - 2;
  const bool definite_pair = pair && (W(num) == "both" || (num > begin_ && W(num - 1) == "the"));
  if (definite_pair && !(ClassesAt(p) & words::kPartyPair)) {
    const EventMention* best = MostToldPair(0, 1, true, [&](uint32_t a, uint32_t b) {
      return NamedWithTitle(a, title) && NamedWithTitle(b, title);
    });
    if (best) {
      for (uint32_t e : best->participants) AddOnce(ents, e);
      return true;
    }
  }
  return false;
}

}  // namespace extract_detail
}  // namespace eg
