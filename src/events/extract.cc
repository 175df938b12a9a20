// ExtractEvents(): a light rule-based clause analysis over tokens.
//
// For every trigger of the lexicon in a sentence we find
// - participants from the structure around it: the subject to its left (past
//   auxiliaries, fillers and appositives), a direct object, "with / between /
//   among / from / by (passive) LIST", possessors and compounds before a noun
//   ("Trump's summit", "Trump-Putin talks"), relative clauses ("a call X held
//   with Y"), groups whose members are named ("leaders, including X and Y"),
//   pronoun subjects and definite references to an event just reported;
// - the date: the nearest usable time expression of the trigger's clause
//   (each time expression belongs to the nearest event of its sentence), else
//   the narrative reference time when the sentence continues the narrative
//   ("Then ..."), else null;
// - the place: a capitalised phrase after in/at near the trigger;
// - the status from the cues between the clause start and the trigger.
// An interaction needs two distinct non-group participants; other events
// are kept only when dated.
#include <algorithm>
#include <cctype>
#include <array>
#include <cstring>
#include <map>

#include <date/date.h>

#include "events/dates.h"
#include "events/event.h"
#include "events/one_by_one.h"
#include "events/quotes.h"
#include "events/shared_text.h"
#include "events/triggers.h"
#include "events/word_classes.h"
#include "time/lexicon.h"
#include "time/tense.h"

namespace eg {

namespace {

constexpr int32_t kNone = -1;
// Flag in a trigger's participant count: a noun needing "with" that had none.
constexpr size_t kNamedNoInteraction = size_t(1) << 40;

// The first min(n, 8) bytes at p as an integer, byte i at bits 8i,
// zero-padded: with the length, it names any word of up to 8 bytes.
inline uint64_t PrefixKey(const char* p, uint32_t n) {
  uint64_t k = 0;
  for (uint32_t i = 0; i < n && i < 8; ++i) k |= uint64_t(uint8_t(p[i])) << (8 * i);
  return k;
}

// PrefixKey of a literal of up to 8 bytes, unrolled so that it folds to a
// constant where the literal is known.
template <size_t N>
inline uint64_t LiteralKey(const char (&s)[N]) {
  static_assert(N - 1 <= 8, "a literal of up to 8 bytes");
  uint64_t k = 0;
  if constexpr (N > 1) k |= uint64_t(uint8_t(s[0]));
  if constexpr (N > 2) k |= uint64_t(uint8_t(s[1])) << 8;
  if constexpr (N > 3) k |= uint64_t(uint8_t(s[2])) << 16;
  if constexpr (N > 4) k |= uint64_t(uint8_t(s[3])) << 24;
  if constexpr (N > 5) k |= uint64_t(uint8_t(s[4])) << 32;
  if constexpr (N > 6) k |= uint64_t(uint8_t(s[5])) << 40;
  if constexpr (N > 7) k |= uint64_t(uint8_t(s[6])) << 48;
  if constexpr (N > 8) k |= uint64_t(uint8_t(s[7])) << 56;
  return k;
}

// A lower-cased token. The rules compare tokens with literals everywhere,
// in chains (w == "with" || w == "between" || ...): against a literal of
// up to 8 bytes that is one test of (length, PrefixKey), the literal's key
// a constant, so a chain costs one branch per literal, not two and a
// memcmp (string_view's == calls memcmp with a run-time length).
struct Word : std::string_view {
  uint64_t key = 0;  // PrefixKey of the word
  Word() = default;
  Word(std::string_view s, uint64_t k) : std::string_view(s), key(k) {}
  template <size_t N>
  bool operator==(const char (&s)[N]) const {
    if constexpr (N - 1 <= 8) {
      return ((uint64_t(size()) ^ (N - 1)) | (key ^ LiteralKey(s))) == 0;
    } else {
      return size() == N - 1 && std::memcmp(data(), s, N - 1) == 0;
    }
  }
  template <size_t N>
  bool operator!=(const char (&s)[N]) const {
    return !(*this == s);
  }
  template <size_t N>
  bool EndsWith(const char (&s)[N]) const {
    return size() >= N - 1 && std::memcmp(data() + size() - (N - 1), s, N - 1) == 0;
  }
};

struct Candidate {
  TriggerMatch trig;
  std::vector<uint32_t> participants;  // entity indices, each once
  bool definite = false;               // "the meeting", "that call"
  bool demonstrative = false;          // "that call": the event last named
  std::string_view venue;              // "the White House talks": an organisation's seat
  bool in_pp = false;       // the noun is the object of a plain preposition
  bool future_pp = false;   // "until / before / ahead of the meeting"
  size_t subject_count = 0; // participants found on the subject side
  bool separately = false;  // "X and Y met separately with Z": one event per subject
  bool topic = false;       // "talking about the visit": the noun is a topic
  std::string type;         // the trigger's type, or what the clause makes it
  int32_t timex = kNone;
  std::string place;
  EventStatus status = EventStatus::kOccurred;
  std::vector<uint32_t> hosts;  // "talks hosted by X": X
};

// The per-token and per-sentence tables, kept per thread from one document
// to the next: allocating them afresh for every document (and malloc
// consolidating the large blocks on free) cost more than filling them.
struct Scratch {
  std::vector<int32_t> mention_at, timex_at;
  std::vector<uint64_t> cue_lens;
  std::vector<uint32_t> clause_start, info;
  std::vector<uint32_t> mfirst, tx_order;
  std::vector<std::string> tx_date;
  std::vector<TriggerMatch> trigs, at;
  std::vector<size_t> trig_np;
  std::vector<Quotation> quotes;
  uint32_t quotes_from = 0, quotes_to = 0;  // `quotes` holds those of these tokens' line
};

// Whether `text` ends with `lower_word` (lower case), ignoring the case of
// ASCII letters in `text`: "the summit" of a trigger "Summit".
bool EndsWithLower(std::string_view text, std::string_view lower_word) {
  if (text.size() < lower_word.size()) return false;
  const size_t off = text.size() - lower_word.size();
  for (size_t i = 0; i < lower_word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[off + i])) != lower_word[i]) return false;
  return true;
}

Scratch& ThreadScratch() {
  thread_local Scratch s;
  return s;
}

class Extractor {
 public:
  Extractor(const Document& doc, const TextAnalysis& t, const std::vector<Timex>& tx,
            const DocActors& a, const TriggerLexicon& lex)
      : doc_(doc), t_(t), tx_(tx), a_(a), lex_(lex), scratch_(ThreadScratch()) {
    size_t n = t.tokens.size();
    // kNone is -1: every byte 0xFF (memset, not an element loop).
    static_assert(kNone == -1, "memset fills with kNone");
    // The tables only grow: resize would first zero what memset fills.
    if (mention_at_.size() < n) mention_at_.resize(n);
    if (timex_at_.size() < n) timex_at_.resize(n);
    std::memset(mention_at_.data(), 0xFF, n * sizeof(int32_t));
    std::memset(timex_at_.data(), 0xFF, n * sizeof(int32_t));
    // A mention that starts with a lower-case verb of the lexicon ("will
    // host Erdogan", where "host" reads as a title) starts after it here.
    mfirst_.resize(a.mentions.size());
    std::vector<TriggerMatch>& at = at_;
    for (size_t m = 0; m < a.mentions.size(); ++m) {
      uint32_t f = a.mentions[m].first_token, e = a.mentions[m].end_token;
      while (f + 1 < e && f < n && t.tokens[f].kind == TokenKind::kWord &&
             !(t.text[t.tokens[f].start] >= 'A' && t.text[t.tokens[f].start] <= 'Z')) {
        lex.TriggersAt(t, f, e, &at);
        bool verb = false;
        for (const auto& x : at) verb = verb || !x.entry->noun;
        if (!verb) break;
        ++f;
      }
      mfirst_[m] = f;
      for (uint32_t k = f; k < e && k < n; ++k) mention_at_[k] = int32_t(m);
    }
    for (size_t x = 0; x < tx.size(); ++x)
      for (uint32_t k = tx[x].first_token; k < tx[x].end_token && k < n; ++k)
        timex_at_[k] = int32_t(x);
    scratch_.quotes_from = scratch_.quotes_to = 0;
    // Each time expression's event date, once: every sentence's narrative
    // update and every candidate ask for it.
    tx_date_.resize(tx.size());
    // Read only for dates, times and anchored durations (UsableTimex,
    // DatingValue); the others are cleared
    // of the last document's values (the strings are kept per thread).
    for (size_t x = 0; x < tx.size(); ++x) {
      const std::string_view v = DatingValue(tx[x]);
      if (!v.empty())
        tx_date_[x] = EventDateOf(v);
      else
        tx_date_[x].clear();
    }
    tx_order_.resize(tx.size());
    for (size_t x = 0; x < tx.size(); ++x) tx_order_[x] = uint32_t(x);
    // The time stage reports them in text order: sorting (and its buffer)
    // only when they are not.
    auto by_first = [&](uint32_t a, uint32_t b) { return tx[a].first_token < tx[b].first_token; };
    if (!std::is_sorted(tx_order_.begin(), tx_order_.end(), by_first))
      std::stable_sort(tx_order_.begin(), tx_order_.end(), by_first);
    AnchorOnNamedOccasions();
    AnchorAfterThat();
  }

  std::vector<EventMention> Run();

 private:
  // An extractor over `doc`'s document that reads its per-document tables
  // (mentions, time expressions: the thread's Scratch, filled by `doc`'s
  // constructor) with a sentence state of its own, before any sentence:
  // GroupMembers' collector. It writes no table of the Scratch (no
  // sentence of it is prepared).
  struct SharedTables {};
  Extractor(const Extractor& doc, SharedTables)
      : doc_(doc.doc_), t_(doc.t_), tx_(doc.tx_), a_(doc.a_), lex_(doc.lex_),
        scratch_(doc.scratch_) {}

  // --- tokens ---------------------------------------------------------
  // t_.Lower(token i) without substr's bounds check: tokens are spans of
  // the text, and lower has the text's length.
  // (The token array and the lower-cased text as plain pointers: one load
  // less for each of the many tokens the rules look at.)
  __attribute__((always_inline)) Word W(uint32_t i) const {
    const Token& tk = toks_[i];
    const char* p = lower_ + tk.start;
    const uint32_t n = tk.end - tk.start;
    uint64_t k;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (tk.start + 8 <= lower_size_) {
      // Eight bytes of the text from the token on (it may be shorter: the
      // bytes after it are masked off, without a branch).
      std::memcpy(&k, p, 8);
      k &= ((uint64_t(1) << (8 * (n & 7))) - 1) | (uint64_t(0) - uint64_t(n >= 8));
    } else {
      k = PrefixKey(p, n);
    }
#else
    k = PrefixKey(p, n);
#endif
    return Word(std::string_view(p, n), k);
  }
  bool Cap(uint32_t i) const { return toks_[i].Has(kCapitalized); }
  bool Punct(uint32_t i) const { return t_.tokens[i].kind == TokenKind::kPunct; }
  bool Possessive(uint32_t i) const {
    return i < end_ && t_.tokens[i].kind == TokenKind::kPossessive;
  }
  int32_t MentionAt(uint32_t i) const { return i < ntok_ ? mention_at_[i] : kNone; }
  bool MentionEndsAt(uint32_t i) const {
    int32_t m = MentionAt(i);
    return m != kNone && a_.mentions[m].end_token == i + 1;
  }
  bool MentionStartsAt(uint32_t i) const {
    int32_t m = MentionAt(i);
    return m != kNone && mfirst_[m] == i;
  }
  uint32_t EntityOf(int32_t m) const { return a_.mentions[m].entity; }
  ActorKind KindOf(uint32_t e) const { return a_.entities[e].kind; }
  // A clause boundary: hard punctuation, or a clause opener that is not
  // part of an actor's name or a time expression.
  bool IsBoundary(uint32_t i) const {
    if (prepared_ && i >= begin_ && i < end_) return InfoAt(i) & kInfoBoundary;
    return BoundaryOf(i);
  }
  bool BoundaryOf(uint32_t i) const {
    return words::IsHardPunct(W(i)) ||
           (OpenerAt(i) && MentionAt(i) == kNone && timex_at_[i] == kNone &&
            !(i + 1 < ntok_ && toks_[i + 1].Has(kGlued) && W(i + 1) == "-"));
  }
  bool HardAt(uint32_t i) const {
    if (prepared_ && i >= begin_ && i < end_) return InfoAt(i) & kInfoHardPunct;
    return words::IsHardPunct(W(i));
  }
  // The word classes of W(k); from the sentence's table when it is prepared:
  // the rules ask about the same tokens around each trigger over and over.
  uint32_t ClassesAt(uint32_t k) const {
    if (prepared_ && k >= begin_ && k < end_) return InfoAt(k) & kInfoClasses;
    return classes_.Of(W(k));
  }
  // info_ bits besides the word classes.
  static constexpr uint32_t kInfoKnown = 1u << 29;
  static constexpr uint32_t kInfoHardPunct = 1u << 30;
  static constexpr uint32_t kInfoBoundary = 1u << 31;
  static constexpr uint32_t kInfoClasses = kInfoKnown - 1;
  static_assert(words::kLastWordClass < kInfoKnown, "the word classes fit below the info bits");
  // Token i's entry of the prepared sentence's table, filled when first
  // asked for: the rules ask about the tokens near each trigger over and
  // over, and never about many others of a long sentence.
  uint32_t InfoAt(uint32_t i) const {
    uint32_t& v = info_[i - begin_];
    if (!(v & kInfoKnown)) {
      Word w = W(i);
      uint32_t c = classes_.Of(w) | kInfoKnown;
      if (words::IsHardPunct(w)) c |= kInfoHardPunct | kInfoBoundary;
      // ("so-called", "after-hours": the first part of a compound opens nothing.)
      if ((c & words::kClauseOpener) && mention_at_[i] == kNone && timex_at_[i] == kNone &&
          !(i + 1 < end_ && toks_[i + 1].Has(kGlued) && W(i + 1) == "-"))
        c |= kInfoBoundary;
      v = c;
    }
    return v;
  }
  // The words:: tests, for token k.
  bool DetAt(uint32_t k) const { return ClassesAt(k) & words::kDeterminer; }
  bool BeAt(uint32_t k) const { return ClassesAt(k) & words::kBe; }
  bool AuxAt(uint32_t k) const { return words::IsAuxiliary(W(k), ClassesAt(k)); }
  bool PrepAt(uint32_t k) const { return ClassesAt(k) & words::kPreposition; }
  bool OpenerAt(uint32_t k) const { return ClassesAt(k) & words::kClauseOpener; }
  bool SkipAdverbAt(uint32_t k) const { return words::IsSkippableAdverb(W(k), ClassesAt(k)); }
  bool FillerAt(uint32_t k) const { return words::IsSubjectVerbFiller(W(k), ClassesAt(k)); }
  bool SingularPronounAt(uint32_t k) const { return ClassesAt(k) & words::kSingularPronoun; }
  bool PluralPronounAt(uint32_t k) const { return ClassesAt(k) & words::kPluralPronoun; }
  bool GroupHeadAt(uint32_t k) const { return ClassesAt(k) & words::kGroupHead; }
  bool MemberGroupAt(uint32_t k) const { return ClassesAt(k) & words::kMemberGroup; }
  bool OfPartyAt(uint32_t k) const { return ClassesAt(k) & words::kOfParty; }
  bool FirmNounAt(uint32_t k) const { return ClassesAt(k) & words::kFirmNoun; }
  // "said", "told": a verb of saying (word_classes.tsv).
  bool SpeechAt(uint32_t k) const { return ClassesAt(k) & words::kSpeechVerb; }
  // lex_.CueAt, from the table of the current sentence when it applies:
  // the status and clause analyses ask about each token many times, with
  // the sentence's end or a nearer limit.
  uint32_t Cue(uint32_t k, uint32_t limit, CueClass c) const {
    if (prepared_ && k >= begin_ && k < limit && limit <= end_) {
      // Bit 0 (CueLensAt's mark) is no length: 0 when no other is set.
      uint64_t m = CueLensAt(k)[size_t(c)];
      // The table holds the cues that end by end_: a nearer limit cuts.
      if (limit < end_) {
        uint32_t room = limit - k;  // longest length that fits
        if (room < 63) m &= (uint64_t(2) << room) - 1;
      }
      return m ? uint32_t(63 - __builtin_clzll(m)) : 0;
    }
    return lex_.CueAt(t_, k, limit, c);
  }
  // Token k's row of cue_lens_ (k in the prepared sentence), filled when
  // first asked for: the rules ask about the tokens before and around the
  // triggers, many times, and never about many others of a long sentence.
  // Bit 0 of the row's first entry marks it filled (no cue has 0 words).
  const uint64_t* CueLensAt(uint32_t k) const {
    uint64_t* m = &cue_lens_[size_t(k - begin_) * kCueClasses];
    if (!(m[0] & 1)) {
      if (lex_.MayStartCueAt(t_, k)) lex_.CueLengthsAt(t_, k, end_, m);
      m[0] |= 1;
    }
    return m;
  }
  // The sentence's tables, made when a trigger of it is analysed (most
  // sentences have none), filled as they are asked: the cue lengths of
  // every class at each token (one lexicon probe per token), the
  // ClauseStart answers, the tokens' classes.
  void PrepareSentence() {
    size_t n = end_ > begin_ ? end_ - begin_ : 0;
    cue_lens_.assign(n * kCueClasses, 0);
    clause_start_.assign(2 * (n + 1), kUnknown);
    info_.assign(n, 0);
    prepared_ = lex_.max_cue_words() < 63;
  }
  static constexpr uint32_t kUnknown = ~uint32_t(0);

  // --- participants -----------------------------------------------------
  uint32_t ListRight(uint32_t p, bool apposition, std::vector<uint32_t>* ents) const;
  bool ItemRight(uint32_t* p, bool apposition, std::vector<uint32_t>* ents) const;
  uint32_t GroupMembersRight(uint32_t p, std::vector<uint32_t>* ents) const;
  uint32_t ListLeft(uint32_t last, std::vector<uint32_t>* ents) const;
  bool SubjectLeft(uint32_t p, bool adjacent_ok, std::vector<uint32_t>* ents) const;
  // `pronouns`: a he / she / they that opens the clause is its subject.
  bool ClauseSubject(uint32_t before, std::vector<uint32_t>* ents, bool pronouns = false) const;
  bool ResolvePronoun(uint32_t p, std::vector<uint32_t>* ents) const;
  // "I" / "me" / "my" (and "we" / "us" / "our") at p inside a quotation
  // whose speaker is a person: the speaker ("we" with the partners the
  // attribution names). False elsewhere, "I" outside quotes included.
  // `role` is the one form that fits where p stands.
  enum class SelfRole { kSubject, kObject, kPossessor };
  // (Inline: asked at every subject and list item; first-person words are rare.)
  bool QuotedSelf(uint32_t p, SelfRole role, std::vector<uint32_t>* ents) const {
    return (ClassesAt(p) & (words::kFirstSingular | words::kFirstPlural)) &&
           QuotedSelfSlow(p, role, ents);
  }
  bool QuotedSelfSlow(uint32_t p, SelfRole role, std::vector<uint32_t>* ents) const;
  bool ItIsTheSpeaker(uint32_t p, std::vector<uint32_t>* ents) const;
  bool ResolveSingular(uint32_t p, std::vector<uint32_t>* ents) const;
  // "him" / "her" as an object at p: the nearest person before it, in this
  // sentence or the previous one, who is none of `subject`.
  bool ResolveObjectPronoun(uint32_t p, const std::vector<uint32_t>& subject,
                            std::vector<uint32_t>* ents) const;
  // "the company" at p: the first organisation of this sentence before p,
  // else of the previous sentence.
  bool ResolveFirm(uint32_t p, std::vector<uint32_t>* ents) const;
  bool ResolvePlural(uint32_t p, std::vector<uint32_t>* ents) const;
  // "the two chief negotiators", "both top diplomats": "two" or "both" and
  // one lower-case modifier before the group head at p.
  bool PairBefore(uint32_t p) const {
    if (p < begin_ + 2) return false;
    const uint32_t m = p - 1;
    Word w = W(p - 2);
    return (w == "two" || w == "both") && !Cap(m) && !Punct(m) && MentionAt(m) == kNone &&
           timex_at_[m] == kNone && !DetAt(m) && !PrepAt(m) && !AuxAt(m) &&
           t_.tokens[m].kind == TokenKind::kWord && !GroupHeadAt(m);
  }
  // The tokens [*first, *end) of the sentence before the current one; empty
  // (both begin_) in the first sentence.
  void PreviousSentence(uint32_t* first, uint32_t* end) const {
    if (sent_ == 0) {
      *first = *end = begin_;
      return;
    }
    *first = t_.sentences[sent_ - 1].first_token;
    *end = std::min<uint32_t>(t_.sentences[sent_ - 1].end_token, ntok_);
  }
  void NounParticipants(const TriggerMatch& tm, Candidate* c) const;
  uint32_t CueEndingAt(uint32_t k) const;
  void ClauseActors(uint32_t before, bool subject_only, Candidate* c) const;
  std::string GroupKey(uint32_t head) const;
  // GroupKey written into key_buf_ (no allocation once it has grown).
  std::string_view GroupKeyView(uint32_t head) const;
  void CollectGroups();
  // The members the text names for the group whose head is token `head`
  // (nullptr if none). The groups are collected when first asked for.
  const std::vector<uint32_t>* GroupMembers(uint32_t head) const;
  void VerbParticipants(const TriggerMatch& tm, Candidate* c) const;
  void RelativeAntecedent(const TriggerMatch& tm, Candidate* c) const;
  void RightParticipants(const TriggerMatch& tm, uint32_t from, Candidate* c) const;
  bool IsNoun(const TriggerMatch& a, const TriggerMatch& b, uint32_t i) const;

  // --- date, place, status -----------------------------------------------
  bool UsableTimex(int32_t x) const;
  int ClauseCost(uint32_t a, uint32_t b) const;
  // "said he would go to Rome in April, and that Y would visit X": a second
  // reported clause joined by "and that" / "but that" lies between a and b.
  bool ThatConjunctBetween(uint32_t a, uint32_t b) const {
    // ("but that has not been confirmed": "that" is the subject, no clause.)
    for (uint32_t k = a; k + 2 < b; ++k)
      if ((W(k) == "and" || W(k) == "but") && W(k + 1) == "that" &&
          (MentionStartsAt(k + 2) || SingularPronounAt(k + 2) || PluralPronounAt(k + 2) ||
           W(k + 2) == "it" || DetAt(k + 2)))
        return true;
    return false;
  }
  std::string PlaceNear(const TriggerMatch& tm) const;
  std::string PlaceRun(uint32_t p) const;
  EventStatus StatusOf(const Candidate& c) const;
  bool InYesNoQuestion(const TriggerMatch& tm) const;
  bool DeniedClause(uint32_t clause_start) const;
  // --- status framing (see the section near the end of the file) ---
  uint32_t RelativeClauseAfter(uint32_t k) const;
  bool ModalArrangement(uint32_t k) const;
  bool GatheringJustTold(EventMention& m) const;
  bool PossessiveTimeBefore(uint32_t first) const;
  bool SentenceHasTime() const;
  bool NearFutureSpan() const;
  int32_t HeadingLineDate(uint32_t s) const;
  static constexpr uint32_t kNoScareQuote = UINT32_MAX;
  uint32_t ScareQuoteOpen(uint32_t close) const;
  bool PlaceForOccasion(uint32_t first, uint32_t time_first) const;
  bool WithinThrough(uint32_t k) const;
  bool FrontedPossessiveOccasion(const TriggerMatch& o, uint32_t a, uint32_t b) const;
  uint32_t SinceBefore(uint32_t first) const;
  bool OccasionCalledOff(uint32_t first, uint32_t end) const;
  // Token k starts its sentence, or only punctuation comes before it there
  // ("— If X and Y meet", a quote or a list's bullet first).
  // "him", or "her" as an object, not the determiner of a noun ("met her
  // husband"): punctuation, a preposition, a time or "and" follows it.
  bool ObjectPronounAt(uint32_t r) const {
    if (W(r) == "him") return true;
    return W(r) == "her" && (r + 1 >= end_ || Punct(r + 1) || PrepAt(r + 1) ||
                             timex_at_[r + 1] != kNone || W(r + 1) == "and");
  }
  bool OpensSentence(uint32_t k) const {
    if (t_.tokens[k].Has(kSentenceStart)) return true;
    for (uint32_t j = begin_; j < k; ++j)
      if (!Punct(j)) return false;
    return k >= begin_;
  }
  uint32_t Companions(uint32_t p, std::vector<uint32_t>* ents) const;
  // --- WHO rules (events/actors participants; definitions at the end) ---
  bool OwnedPersonSubject(uint32_t first, const std::vector<uint32_t>& list) const;
  bool NameInAppositionSubject(uint32_t comma, std::vector<uint32_t>* ents) const;
  uint32_t BodyModifiesPerson(uint32_t q) const;
  uint32_t MembersIntroducedAt(uint32_t q) const;
  void SigningMeeting(uint32_t s);
  uint32_t NameAfterTitleComplement(uint32_t p, uint32_t q) const;
  uint32_t InThePresenceOf(uint32_t q, std::vector<uint32_t>* ents) const;
  bool TitleOfItemWord(uint32_t t, uint32_t last) const;
  // Token q continues the time expression of the token before it.
  bool InsideTimex(uint32_t q) const {
    return q > begin_ && q < end_ && timex_at_[q] != kNone && timex_at_[q] == timex_at_[q - 1];
  }
  bool PrepositionBetween(uint32_t from, const TriggerMatch& tm) const;
  // `speech`: a speech verb ("said", "told") opens a clause too.
  uint32_t ClauseStart(uint32_t trigger_first, bool speech = true) const;
  uint32_t ClauseStartScan(uint32_t trigger_first, bool speech) const;
  bool ContinuesNarrative() const;
  // "Two days after the Oval Office, X hosted Y", "a week after Anchorage":
  // a place stands for the occasion the story dated there. A duration of
  // days or weeks right before "after" / "before" and a place (capitalised
  // words, alone or before an event noun, ending the phrase) is counted
  // from the day-precise date of the last earlier sentence naming that
  // place: tx_date_ of the duration, which dates its clause's event and
  // moves the narrative.
  void AnchorOnNamedOccasions();
  // "Two days after that, X met Y", "Less than a week after this, ...":
  // "that" is what the story told last; the duration counts from the last
  // day-precise date of the three sentences before. An approximate one
  // ("less than a week", "about ten days") dates only the month, when the
  // span it allows stays in the anchor's month.
  void AnchorAfterThat();
  // Time expression x is a duration of whole days not yet dated, right
  // before "after" or "before" (at token *k, with room for what follows):
  // "two days after that", "two days after the Oval Office". *n: the days.
  bool DaysBeforeRelation(uint32_t x, long* n, uint32_t* k) const;
  // "08:40 BST\nOn the flight back, X spoke with Y.": a line holding only
  // a time expression (a live blog's time stamp) right above the paragraph
  // of sentence s, or a labelled one opening it ("UPDATE, 6:15 pm: ..."),
  // dates what the paragraph tells, up to the first other
  // time expression the paragraph names (the entry's narrative moves on
  // from there: "after last night's summit"). The stamp's time
  // expression, or -1.
  int32_t EntryStampDate(uint32_t s) const;
  // "X and Y met today, their first face-to-face meeting since 2019", "his
  // first call with Y since March 18": the first encounter since a time
  // says the parties met then. For the interaction just emitted (out_'s
  // last, of sentence s), an occurred mention of its parties on the date
  // of the "since" phrase (its time expression, "since a brief
  // conversation ... in April" too), typed by the noun the phrase names
  // if any, else by the "first" noun. Once per noun.
  void PreviousEncounterSince(uint32_t s);
  // "X and Y have not met since the 2019 summit in Osaka", "X hasn't spoken
  // with Y since March": the absence presupposes the encounter then. For
  // the negated interaction just emitted with "since" after its trigger in
  // the clause: an occurred mention of its parties on the phrase's date;
  // the negated one loses that date (the absence runs from it on).
  void NotSince(uint32_t s);
  // "He first met Putin in February ..., and then again on March 13", "they
  // spoke on Monday and again on Wednesday": "again" and a time after the
  // trigger of the interaction just emitted (out_'s last, of sentence s)
  // tell another encounter of the same parties on that date. Once per
  // date and sentence.
  void AgainOn(uint32_t s);
  // The time expression (*x) and the event noun (*named, or nullptr) of the
  // "since" phrase at token k, up to a comma or hard punctuation; false
  // without a dated time expression, or when the phrase is neither the
  // time itself nor an encounter ("since the war began in 2022").
  bool SincePhrase(uint32_t k, int32_t* x, const TriggerEntry** named) const;
  // An occurred mention of m's parties at time expression x, for the
  // trigger tm, typed by `named` if any; none when sentence s already has
  // an occurred mention on that date.
  void EmitEncounterAt(const EventMention& m, const TriggerMatch& tm, int32_t x,
                       const TriggerEntry* named, uint32_t s);
  // "The summit, compressed into a single session on Wednesday morning,
  // produced a declaration": a definite gathering without named parties
  // that opens its sentence, told as occurred, took place on its own date
  // or else on the sentence's first one (another event of the sentence may
  // have taken that time): kept as the occasion later "sidelines" and "the
  // summit" speak of (unnamed_dated_), when day-precise.
  void KeepSubjectGathering(const Candidate& c, const EventMention& m, uint32_t s);
  // "X, who was in Tirana on Friday, spoke with Y": a relative clause at
  // `who` that only places its antecedent somewhere ("who was in", "who
  // were at") sets the scene of the main clause; its time dates the main
  // clause's event too.
  bool BeingThereRelative(uint32_t who) const;
  // The narrative time dates an undated event of sentence s: the sentence
  // continues a narrative the last sentences dated and gives no time of its
  // own (an unresolvable one such as "two days later" without an anchor
  // counts as its own).
  bool NarrativeDates(uint32_t s) const {
    return tx_hi_ == tx_lo_ && !narrative_date_.empty() && narrative_sent_ + 3 >= s &&
           ContinuesNarrative();
  }
  bool SubjectEvent(const Candidate& c) const;
  // The subject of the verb of motion at most `window` tokens before the
  // preposition at `prep`, in its clause: "X flew to Washington for talks",
  // "X returned from talks with Y", "X will fly to Doha to hold talks".
  // `meet_moves`: "met" / "meet" count as motion ("met for talks"), but not
  // before a "to" that opens the trigger's own infinitive.
  bool MotionSubject(uint32_t prep, int window, std::vector<uint32_t>* ents,
                     bool meet_moves = true) const;
  bool DatesSpeech(size_t x, const TriggerMatch& tm) const;
  bool FutureInThePast(uint32_t k, const TriggerMatch& tm) const;

  void AnalyzeSentence(uint32_t s);
  bool IsTemporalPp(const Candidate& c) const;
  bool PairOfStory(std::string_view title, std::vector<uint32_t>* ents) const;
  // "the two presidents": the title a group head names ("president"), or "".
  std::string_view TitleOfGroup(uint32_t head) const;
  // Whether entity e is named with `title` somewhere in the document
  // ("Russian President Vladimir Putin"); true for an empty title.
  bool NamedWithTitle(uint32_t e, std::string_view title) const;
  // Of the story's interactions between exactly two persons, told in
  // sentence `since` or later, whose persons `keep(a, b)` accepts: the one
  // whose pair the story tells most often from `since` on (in two-party
  // interactions), more than `more_than` times; among equals the latest,
  // or the earliest with `earliest_on_tie`. nullptr when none.
  template <class Keep>
  const EventMention* MostToldPair(uint32_t since, int more_than, bool earliest_on_tie,
                                   Keep keep) const {
    const EventMention* best = nullptr;
    int best_n = more_than;
    for (auto it = out_.rbegin(); it != out_.rend() && it->sentence >= since; ++it) {
      if (!it->interaction || it->participants.size() != 2) continue;
      const uint32_t a = it->participants[0], b = it->participants[1];
      if (KindOf(a) != ActorKind::kPerson || KindOf(b) != ActorKind::kPerson || !keep(a, b))
        continue;
      int n = 0;
      for (auto jt = out_.rbegin(); jt != out_.rend() && jt->sentence >= since; ++jt)
        n += jt->interaction && jt->participants.size() == 2 &&
             ((jt->participants[0] == a && jt->participants[1] == b) ||
              (jt->participants[0] == b && jt->participants[1] == a));
      // Going back in the story, a tie keeps the later one unless told otherwise.
      if (n > best_n || (earliest_on_tie && best && n == best_n)) {
        best_n = n;
        best = &*it;
      }
    }
    return best;
  }
  bool TemporalPpAt(uint32_t first, uint32_t lo) const;
  bool DuringPpAt(uint32_t first, uint32_t lo) const;
  // `after_trigger`: only a "separately" after the trigger's first word.
  bool Separately(const TriggerMatch& tm, bool manner_only = false,
                  bool after_trigger = false) const;
  bool ObjectsListedApart(const TriggerMatch& tm, const Candidate& c) const;
  bool PairNamedAfterGroup(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const;
  bool LeaderNamedAfter(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const;
  void SharedSubjectOfAdjunct(uint32_t k, Candidate* c) const;
  bool PolityOfOwner(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const;
  bool SurnameHe(uint32_t p, std::vector<uint32_t>* ents) const;
  bool PresentBeforeWeekday(const Candidate& c) const;
  bool OngoingNow(const Candidate& c) const;
  bool InteractionBetween(uint32_t a, uint32_t b, bool time_first) const;
  bool ForeignActorInClause(const Candidate& c, const EventMention& ante) const;
  // Most sentences have no time expression: no call for them.
  void UpdateNarrative(uint32_t s) {
    if (tx_hi_ > tx_lo_) UpdateNarrativeFrom(s);
  }
  void UpdateNarrativeFrom(uint32_t s);
  void Emit(Candidate& c, uint32_t s);

  const Document& doc_;
  const TextAnalysis& t_;
  const std::vector<Timex>& tx_;
  const DocActors& a_;
  const TriggerLexicon& lex_;
  const WordClasses& classes_ = lex_.word_classes();
  const Token* const toks_ = t_.tokens.data();
  const char* const lower_ = t_.lower.data();
  const size_t lower_size_ = t_.lower.size();
  Scratch& scratch_;
  std::vector<int32_t>& mention_at_ = scratch_.mention_at;
  std::vector<int32_t>& timex_at_ = scratch_.timex_at;
  // The quotations, with their speakers, of the line holding token k:
  // found when first asked for (only a first-person word where a
  // participant may stand asks), kept until a token of another line asks.
  const std::vector<Quotation>& Quotes(uint32_t k) const {
    if (k < scratch_.quotes_from || k >= scratch_.quotes_to) {
      LineOf(t_, k, &scratch_.quotes_from, &scratch_.quotes_to);
      FindQuotations(t_, scratch_.quotes_from, scratch_.quotes_to, mention_at_.data(), a_,
                     classes_, &scratch_.quotes);
    }
    return scratch_.quotes;
  }
  // The document's token count: mention_at_ and timex_at_ may be longer
  // (kept from a longer document), only their first ntok_ entries count.
  const uint32_t ntok_ = uint32_t(t_.tokens.size());
  std::vector<uint32_t>& mfirst_ = scratch_.mfirst;  // each mention's first token for this stage
  std::vector<uint32_t>& tx_order_ = scratch_.tx_order;  // timex indices by first token
  size_t tx_lo_ = 0, tx_hi_ = 0;     // the current sentence's range in tx_order_
  uint32_t tx_begin_ = 0, tx_end_ = 0;  // the tokens that range is for
  std::vector<std::string>& tx_date_ = scratch_.tx_date;  // EventDateOf each value
  // The publication date's last day (days since 1970), formatted and parsed
  // on first use: most documents emit no dated occurred event.
  int dct_state_ = 0;  // 0 not computed, 1 known, -1 none
  long dct_last_ = 0;
  // A date that begins after the publication day ("in April" of next year).
  bool PlannedAfterDct(const std::string& date) {
    long a0, a1, d1;
    return !date.empty() && DateInterval(date, &a0, &a1) && DctLastDay(&d1) && a0 > d1;
  }
  bool DctLastDay(long* last) {
    if (dct_state_ == 0) {
      // What DateInterval(FormatDate(dct)) gives, without the string: a
      // valid day is its own first and last day.
      dct_state_ = -1;
      if (doc_.dct && doc_.dct->ok()) {
        dct_last_ = date::sys_days(*doc_.dct).time_since_epoch().count();
        dct_state_ = 1;
      }
    }
    *last = dct_last_;
    return dct_state_ == 1;
  }
  // The story's lead: its first sentence that is no headline or dateline
  // (it ends with final punctuation), the day it names within the three
  // days up to the publication date, and the persons it names. Made on
  // first use: only an undated interaction asks (LeadDates).
  int lead_state_ = 0;  // 0 not computed, 1 known, -1 none
  int32_t lead_timex_ = -1;
  // A lead that names no day but reports in the present ("X says ..."):
  // the story's day is its publication date.
  bool lead_dct_ = false;
  uint32_t lead_sentence_ = 0;
  std::vector<uint32_t> lead_persons_;  // and countries (LeadDates)
  void ComputeLead();
  bool LeadDates(const EventMention& m);
  int32_t ParagraphHeadDate(uint32_t s) const;
  bool SidelinesDate(const EventMention& m, std::string* date, std::string* date_text);
  bool OccasionDate(const EventMention& m, std::string* date, std::string* date_text);
  // `dated_by`: the time expression that dated m already; then only a day
  // told right before the duration, that one, is counted from.
  bool OffsetFromEventDate(const EventMention& m, std::string* date, std::string* date_text,
                           int32_t dated_by = kNone);
  bool HeldJointly(const TriggerMatch& tm, const std::vector<uint32_t>& who) const;
  // The sentence being analysed.
  uint32_t sent_ = 0, begin_ = 0, end_ = 0;
  // The current sentence's tables (PrepareSentence): bit n of
  // cue_lens_[(k - begin_) * kCueClasses + c] = a cue of class c and n words
  // starts at k; clause_start_[2 * (k - begin_) + speech] = ClauseStart.
  bool prepared_ = false;
  std::vector<uint64_t>& cue_lens_ = scratch_.cue_lens;
  std::vector<uint32_t>& clause_start_ = scratch_.clause_start;
  // Per token of the prepared sentence: ClassesAt | kInfoHardPunct | kInfoBoundary.
  std::vector<uint32_t>& info_ = scratch_.info;
  std::vector<TriggerMatch>& trigs_ = scratch_.trigs;  // of the current sentence
  std::vector<TriggerMatch>& at_ = scratch_.at;        // TriggersAt's answer, reused
  std::vector<size_t>& trig_np_ = scratch_.trig_np;    // participants each trigger found
  std::vector<EventMention> out_;
  // Dated event nouns of the document that named no two parties ("teams
  // held consultations on Saturday"): what a later "the consultations"
  // with parties of its own is dated by, when no reported event fits.
  struct UnnamedDated {
    std::string trigger;  // lower-cased trigger text
    std::string date;
    std::string date_text;
    uint32_t sentence;
    bool gathering;  // kFrameGathering: a summit, a conference
  };
  std::vector<UnnamedDated> unnamed_dated_;
  // Dated interactions told with one named party and a group or no one
  // else ("X said on Saturday he had spoken with the leaders of A and B"):
  // what the next sentence, naming the others, is dated by.
  // Also those told of a group alone, as subject ("their top diplomats
  // would meet first next week"): what a "that meeting" after it names.
  struct PartyDated {
    uint32_t party;  // kNoParty: only groups
    std::string type;
    std::string date;
    std::string date_text;
    uint32_t sentence;
    EventStatus status;
  };
  static constexpr uint32_t kNoParty = UINT32_MAX;
  std::vector<PartyDated> party_dated_;
  void KeepPartyDated(const Candidate& c, uint32_t s);
  // "Their top diplomats would meet first next week. That second meeting
  // -- between X and Y -- ...": a demonstrative event noun that no reported
  // event fits names the one just told of a group; it takes its date and
  // status. Sets m's from it.
  bool DemonstrativeOfGroupEvent(EventMention& m) const;
  // "X said on Saturday he had spoken with the leaders of A and B. X said he
  // spoke with A's Y and B's Z.": an undated interaction right after a dated
  // one of the same kind told with one named party, who is among its own,
  // and a group: the second sentence names who the first one spoke of.
  // Sets m's date from it.
  bool NamesPartiesOfOneJustTold(EventMention& m) const;
  // The occasion told last, a reported event or an unnamed dated noun (the
  // reported one on a tie of sentences): its date into *date, *date_text;
  // false when there is neither.
  static bool LaterOccasion(const EventMention* told, const UnnamedDated* unnamed,
                            std::string* date, std::string* date_text) {
    if (told && (!unnamed || told->sentence >= unnamed->sentence)) {
      *date = told->date;
      *date_text = told->date_text;
      return true;
    }
    if (!unnamed) return false;
    *date = unnamed->date;
    *date_text = unnamed->date_text;
    return true;
  }
  // The lower-cased text of tokens [first, end) (a view into the text
  // stage's lower-cased copy).
  std::string_view LowerSpan(uint32_t first, uint32_t end) const {
    return std::string_view(t_.Lower(t_.tokens[first]).data(),
                            t_.tokens[end - 1].end - t_.tokens[first].start);
  }
  // The words of time expression x.
  std::string_view TimexText(int32_t x) const {
    return t_.text.substr(tx_[x].start, tx_[x].end - tx_[x].start);
  }
  std::shared_ptr<const std::string> sentence_text_;  // Emit's last evidence text
  uint32_t sentence_text_of_ = 0;                     // and its sentence
  std::string narrative_date_;  // the last date the text gave before this sentence
  uint32_t narrative_sent_ = 0;  // the sentence that gave it
  const std::vector<Candidate>* cur_ = nullptr;  // candidates of this sentence so far
  // Groups the text names members of ("european leaders" -> Merz, Macron).
  // Collected on the first question (most documents never ask): the walk
  // over every token of the document costs more than all questions.
  mutable std::map<std::string, std::vector<uint32_t>, std::less<>> group_members_;
  mutable bool groups_collected_ = false;
  mutable std::string key_buf_;
  // Countries PolityOfOwner stood in for a leader's team in this sentence
  // ("spoke with Trump's team"): parties even where a frame asks for persons.
  mutable std::vector<uint32_t> owner_polities_;
};

void AddOnce(std::vector<uint32_t>* v, uint32_t e) {
  if (std::find(v->begin(), v->end(), e) == v->end()) v->push_back(e);
}

bool Asserted(EventStatus s) { return s == EventStatus::kOccurred || s == EventStatus::kPlanned; }

bool TypesFit(const std::string& a, const std::string& b) {
  return a == b || a == "talks" || b == "talks";
}


// --------------------------------------------------------------------------
// Lists of actors

// Members a group names after it: "leaders, including X and Y", "(X and Y)",
// "such as X". p is the token after the group's head. Returns the token
// after the members, or p when there are none.
uint32_t Extractor::GroupMembersRight(uint32_t p, std::vector<uint32_t>* ents) const {
  uint32_t q = p;
  if (q < end_ && W(q) == ",") ++q;
  if (q < end_ && (W(q) == "including" || W(q) == "(" || words::IsDash(W(q)))) {
    ++q;
  } else if (q + 1 < end_ && W(q) == "such" && W(q + 1) == "as") {
    q += 2;
  } else if (const uint32_t n = MembersIntroducedAt(q)) {
    q += n;
  } else {
    return p;
  }
  std::vector<uint32_t> members;
  uint32_t r = ListRight(q, false, &members);
  if (members.empty()) return p;
  for (uint32_t e : members) AddOnce(ents, e);
  if (r < end_ && (W(r) == ")" || words::IsDash(W(r)))) ++r;
  return r;
}

// One item of a list starting at *p: an actor mention, possibly after a few
// title or determiner words ("US President Donald Trump"), or with
// `apposition` a short noun phrase and comma ("his ally, Putin"); or a group
// noun with named members. A mention that owns something ("Putin's
// demands") is not an item.
bool Extractor::ItemRight(uint32_t* p, bool apposition, std::vector<uint32_t>* ents) const {
  uint32_t q = *p;
  bool saw_det = false;
  int lower_words = 0;
  for (int skipped = 0; q < end_ && skipped < 6; ++skipped) {
    if (MentionStartsAt(q)) {
      if (PolityOfOwner(q, p, ents)) return true;
      // "Russia's foreign minister Sergei Lavrov": the owner is a modifier.
      uint32_t after = a_.mentions[MentionAt(q)].end_token;
      if (Possessive(after)) {
        q = after + 1;
        continue;
      }
      // "Trump administration officials", "Biden officials": a person's
      // name before a noun of those acting for someone modifies it; the
      // officials, not the person, take part.
      if (KindOf(EntityOf(MentionAt(q))) == ActorKind::kPerson && after < end_ && !Cap(after) &&
          OfPartyAt(after)) {
        q = after;
        continue;
      }
      // "U.S. envoys Steve Witkoff and Jared Kushner": a country before a
      // title or group noun and a person's name is a modifier too.
      if (KindOf(EntityOf(MentionAt(q))) == ActorKind::kCountry && after + 1 < end_ &&
          !Cap(after) && ((ClassesAt(after) & words::kTitleWord) || GroupHeadAt(after))) {
        uint32_t r = after;
        while (r < end_ && r < after + 3 && !MentionStartsAt(r) &&
               ((ClassesAt(r) & words::kTitleWord) || GroupHeadAt(r)))
          ++r;
        if (r < end_ && MentionStartsAt(r) &&
            KindOf(EntityOf(MentionAt(r))) == ActorKind::kPerson) {
          q = r;
          continue;
        }
      }
      if (const uint32_t r = BodyModifiesPerson(q)) {
        q = r;
        continue;
      }
      break;
    }
    Word w = W(q);
    if (DetAt(q) && w != "no") {
      saw_det = true;
    } else if (q == *p && QuotedSelf(q, SelfRole::kObject, ents)) {
      // "met me", "with us" in a quotation: the speaker.
      *p = q + 1;
      return true;
    } else if (Cap(q) && !Punct(q) && timex_at_[q] == kNone) {
      // a title or modifier: "Ukrainian President", "European"
    } else if (Possessive(q) && q > *p && Cap(q - 1) && MentionAt(q - 1) == kNone &&
               q + 1 < end_ && (MentionStartsAt(q + 1) || (ClassesAt(q + 1) & words::kTitleWord))) {
      // "Thailand's acting Prime Minister X": a polity the actors stage
      // took into the title, owner of the office, not a party of its own.
    } else if (ClassesAt(q) & words::kTitleWord) {
    } else if (const uint32_t r = NameAfterTitleComplement(*p, q)) {
      q = r;
      break;
    } else if (w == "of" && q > *p && (ClassesAt(q - 1) & words::kTitleWord) && q + 1 < end_ &&
               (ClassesAt(q + 1) & words::kTitleWord)) {
      // "chief of staff Andriy Yermak", "Secretary of State Marco Rubio".
    } else if (LeaderNamedAfter(q, p, ents)) {
      return true;
    } else if ((w == "group" || w == "number" || w == "handful" || w == "host") &&
               q + 2 < end_ && W(q + 1) == "of" && !Cap(q) &&
               (GroupHeadAt(q + 2) || (q + 3 < end_ && GroupHeadAt(q + 3)))) {
      // "a group of European leaders, including X and Y": the quantity
      // before the group noun; the group's members follow as ever.
      ++q;
    } else if (OfPartyAt(q) && q + 2 < end_ && W(q + 1) == "of" && !Cap(q)) {
      // "consultations with the governments of Syria and Jordan": the noun
      // acts for the countries or organisations it is of; persons after it
      // ("the leaders of Putin's party") are not what it stands for.
      std::vector<uint32_t> of;
      uint32_t r = ListRight(q + 2, false, &of);
      bool any = false;
      for (uint32_t e : of) {
        ActorKind k = KindOf(e);
        if (k != ActorKind::kCountry && k != ActorKind::kOrganization) continue;
        AddOnce(ents, e);
        any = true;
      }
      if (!any) return false;
      *p = r;
      return true;
    } else if ((w == "two" || w == "both") && PairNamedAfterGroup(q, p, ents)) {
      return true;
    } else if ((w == "two" || w == "both") && q + 1 < end_ && GroupHeadAt(q + 1)) {
      // "the two leaders", "both sides": the pair the text just named.
      if (!ResolvePronoun(q + 1, ents)) return false;
      *p = q + 2;
      return true;
    } else if (q + 1 < end_ && GroupHeadAt(q + 1) && !GroupHeadAt(q) && !Punct(q) && !Cap(q) &&
               t_.tokens[q].kind == TokenKind::kWord && !PrepAt(q) && !AuxAt(q) &&
               !SkipAdverbAt(q) && timex_at_[q] == kNone && w != "and" && w != "or") {
      // a modifier of the group: "senior officials", "defence contractors"
    } else if (GroupHeadAt(q)) {
      uint32_t r = GroupMembersRight(q + 1, ents);
      if (r != q + 1) {
        *p = r;
        return true;
      }
      // A group whose members the text named elsewhere.
      if (const std::vector<uint32_t>* g = GroupMembers(q)) {
        for (uint32_t e : *g) AddOnce(ents, e);
        *p = q + 1;
        return true;
      }
      if (!apposition) return false;
      ++lower_words;
    } else if (apposition && saw_det && lower_words > 0 && w == "who") {
      // "with the one ally who has backed his threat, British Prime
      // Minister Tony Blair": a relative clause on the noun (no actor in
      // it), then the name in apposition; not "..., Blair said", where the
      // name after the comma is the speaker of the sentence.
      uint32_t r = q + 1;
      for (int k = 0; k < 14 && r < end_ && W(r) != "," && !HardAt(r) && MentionAt(r) == kNone; ++k)
        ++r;
      if (r + 1 >= end_ || W(r) != "," || !MentionStartsAt(r + 1)) return false;
      const uint32_t after = a_.mentions[MentionAt(r + 1)].end_token;
      if (after < end_ && SpeechAt(after)) return false;
      q = r + 1;
      break;
    } else if (apposition && saw_det && !Punct(q) && !PrepAt(q) &&
               !OpenerAt(q) && !AuxAt(q) && w != "and" &&
               ++lower_words <= 3) {
      // "his nemesis", "his Russian counterpart"
    } else if (apposition && saw_det && w == "," && lower_words > 0 && q + 1 < end_ &&
               MentionStartsAt(q + 1)) {
    } else {
      return false;
    }
    ++q;
  }
  if (q >= end_ || !MentionStartsAt(q)) return false;
  int32_t m = MentionAt(q);
  uint32_t after = a_.mentions[m].end_token;
  if (Possessive(after)) return false;
  // "Putin-Trump summit" style compounds are handled by the noun's own rules.
  if (after < end_ && W(after) == "-" && t_.tokens[after].Has(kGlued)) return false;
  uint32_t e = EntityOf(m);
  if (KindOf(e) == ActorKind::kGroup) {
    uint32_t r = GroupMembersRight(after, ents);
    *p = r;
    return true;  // the group itself is not a participant
  }
  if (KindOf(e) == ActorKind::kOrganization && after < end_ && !Cap(after) &&
      MemberGroupAt(after)) {
    // "met NATO leaders": a group of the organisation's members, who count
    // only when the text names them; the organisation is no party itself.
    if (const std::vector<uint32_t>* g = GroupMembers(after))
      for (uint32_t x : *g) AddOnce(ents, x);
    *p = GroupMembersRight(after + 1, ents);
    return true;
  }
  AddOnce(ents, e);
  *p = after;
  return true;
}

// "the Ukrainian delegation, led by Andriy Yermak", "a team headed by X":
// a delegation is met in the person of its named head. q is the noun (of
// the of_party or group_head words, or "team", "side"); the head is a
// person right after "(,) led / headed by". Adds him and moves *p past him.
bool Extractor::LeaderNamedAfter(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const {
  if (Cap(q) || !(OfPartyAt(q) || GroupHeadAt(q) || W(q) == "team" || W(q) == "side"))
    return false;
  uint32_t k = q + 1;
  if (k < end_ && W(k) == ",") ++k;
  if (!(k + 2 < end_ && (W(k) == "led" || W(k) == "headed") && W(k + 1) == "by" &&
        MentionStartsAt(k + 2)))
    return false;
  const ActorMention& m = a_.mentions[MentionAt(k + 2)];
  if (KindOf(m.entity) != ActorKind::kPerson || Possessive(m.end_token)) return false;
  AddOnce(ents, m.entity);
  *p = m.end_token;
  return true;
}

// "talks with Trump administration officials", "spoke with Trump's team":
// those who act for a leader, unnamed, stand for the polity he serves
// (DocEntity::country), when the document names that country. q is the
// leader's mention; one or two nouns of a party (of_party, group_head,
// "team") follow it, with or without a possessive, and no name after them
// ("Putin's spokesman Dmitry Peskov" is Peskov). Moves *p past the nouns.
bool Extractor::PolityOfOwner(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const {
  const ActorMention& m = a_.mentions[MentionAt(q)];
  if (KindOf(m.entity) != ActorKind::kPerson) return false;
  const std::string& code = a_.entities[m.entity].country;
  if (code.empty()) return false;
  uint32_t r = m.end_token;
  if (Possessive(r)) ++r;
  const uint32_t nouns = r;
  while (r < end_ && r < nouns + 2 && !Cap(r) &&
         (OfPartyAt(r) || GroupHeadAt(r) || W(r) == "team"))
    ++r;
  if (r == nouns || (r < end_ && (MentionStartsAt(r) || Cap(r) ||
                                  (ClassesAt(r) & words::kTitleWord))))
    return false;
  for (uint32_t e = 0; e < a_.entities.size(); ++e) {
    const DocEntity& d = a_.entities[e];
    if (d.kind == ActorKind::kCountry && d.country == code) {
      AddOnce(ents, e);
      AddOnce(&owner_polities_, e);
      *p = r;
      return true;
    }
  }
  return false;
}

// "both foreign ministers, A and B", "the two leaders, A and B": the pair
// the group noun announces, named in apposition after its comma (a title
// word or two may come between "both" and the noun). Adds the two persons
// and moves *p past them; false when the apposition is no pair of persons.
bool Extractor::PairNamedAfterGroup(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const {
  uint32_t g = q + 1;
  while (g < end_ && g < q + 4 && !GroupHeadAt(g) && (ClassesAt(g) & words::kTitleWord)) ++g;
  if (!(g + 2 < end_ && GroupHeadAt(g) && W(g + 1) == ",")) return false;
  std::vector<uint32_t> pair;
  const uint32_t r = ListRight(g + 2, false, &pair);
  if (pair.size() != 2 || KindOf(pair[0]) != ActorKind::kPerson ||
      KindOf(pair[1]) != ActorKind::kPerson)
    return false;
  for (uint32_t e : pair) AddOnce(ents, e);
  *p = r;
  return true;
}

// A coordinated list starting at p: "X, Y and Z", "X as well as Y".
// Returns the token after the list (p when there is none).
uint32_t Extractor::ListRight(uint32_t p, bool apposition, std::vector<uint32_t>* ents) const {
  uint32_t q = p;
  // "with both Trump and Zelensky": "both" opens the list.
  if (q + 1 < end_ && W(q) == "both" && MentionStartsAt(q + 1)) ++q;
  if (!ItemRight(&q, apposition, ents)) return p;
  // Items joined by bare commas count only if an "and" closes the list:
  // "visit Baghdad, Gremitskikh said" is no list.
  const size_t first_size = ents->size();
  const uint32_t first_end = q;
  bool comma_items = false;
  bool used_and = false;
  for (;;) {
    uint32_t r = q;
    bool comma = r < end_ && W(r) == ",";
    if (comma) ++r;
    if (r < end_ && (W(r) == "and" || W(r) == "&" || W(r) == "plus")) {
      used_and = true;
      ++r;
      if (r < end_ && W(r) == "with") ++r;  // "with X and with Y"
    } else if (r + 2 < end_ && W(r) == "as" && W(r + 1) == "well" && W(r + 2) == "as") {
      r += 3;
    } else if (r + 1 < end_ && W(r) == "along" && W(r + 1) == "with") {
      r += 2;
    } else if (r == q || used_and) {
      break;  // "X, Y and Z, W ..." : the list ended with its "and"
    } else {
      comma_items = true;
    }
    uint32_t s = r;
    if (!ItemRight(&s, false, ents)) break;
    q = s;
  }
  if (comma_items && !used_and) {
    ents->resize(first_size);
    return first_end;
  }
  return q;
}

// A coordinated list ending with the mention whose last token is `last`,
// walking left. Returns the first token of the list.
uint32_t Extractor::ListLeft(uint32_t last, std::vector<uint32_t>* ents) const {
  int32_t m = MentionAt(last);
  uint32_t first = mfirst_[m];
  AddOnce(ents, EntityOf(m));
  bool crossed_and = false;
  for (;;) {
    if (first <= begin_) break;
    uint32_t r = first - 1;
    // "X and Miami Mayor Y", "X and foreign minister Y": the words of a
    // title before an item that the actors stage left out of its mention.
    for (uint32_t t = r, n = 0; t > begin_ && n < 5 && TitleOfItemWord(t, r) && !Punct(t);
         --t, ++n) {
      Word c = W(t - 1);
      if (c == "and" || c == ",") {
        r = t - 1;
        break;
      }
    }
    // "X and the Soviet Union": the article of an item is part of the list.
    if (W(r) == "the" && r > begin_ &&
        (W(r - 1) == "and" || W(r - 1) == "&" || W(r - 1) == ","))
      --r;
    bool conj = false;
    if (W(r) == "and" || W(r) == "&") {
      if (crossed_and) break;
      crossed_and = true;
      conj = true;
      if (r > begin_ && W(r - 1) == ",") --r;
    } else if (W(r) == ",") {
      conj = true;
    } else if (r >= begin_ + 2 && W(r) == "as" && W(r - 1) == "well" && W(r - 2) == "as") {
      conj = true;
      r -= 2;
    }
    if (conj && r > begin_ && SingularPronounAt(r - 1)) {
      // "he and Putin"
      if (!ResolveSingular(r - 1, ents)) break;
      first = r - 1;
      continue;
    }
    if (!conj || r <= begin_ || !MentionEndsAt(r - 1)) break;
    int32_t m2 = MentionAt(r - 1);
    AddOnce(ents, EntityOf(m2));
    first = mfirst_[m2];
  }
  return first;
}

bool Extractor::QuotedSelfSlow(uint32_t p, SelfRole role, std::vector<uint32_t>* ents) const {
  const uint32_t c = ClassesAt(p);
  const Word w = W(p);
  const bool fits = role == SelfRole::kSubject  ? (w == "i" || w == "we")
                    : role == SelfRole::kObject ? (w == "me" || w == "us")
                                                : (w == "my" || w == "our");
  // "US" is a country, not "us".
  if (!fits || MentionAt(p) != kNone || t_.tokens[p].Has(kAllCaps)) return false;
  const Quotation* q = QuotationAt(Quotes(p), p);
  if (!q || q->speaker < 0) return false;
  AddOnce(ents, uint32_t(q->speaker));
  if (c & words::kFirstPlural)
    for (uint8_t i = 0; i < q->n_partners; ++i) AddOnce(ents, q->partners[i]);
  return true;
}

// "he" / "she": the first person of this sentence before p, else the first
// person of the previous sentence (the subject of what was just said).
// "they", "the two leaders": the participants of the last interaction of
// this or the previous sentence, else the last coordinated pair of persons.
bool Extractor::ResolvePronoun(uint32_t p, std::vector<uint32_t>* ents) const {
  bool plural = PluralPronounAt(p) || GroupHeadAt(p);
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

// The first person a stretch of text speaks of: a person mention, or a
// he/she/his/her that itself refers further back (the topic carried on).
bool Extractor::ResolveSingular(uint32_t p, std::vector<uint32_t>* ents) const {
  uint32_t from = begin_, to = p;
  uint32_t s = sent_;
  for (int hops = 0; hops < 4; ++hops) {
    // "In setting out his plan to X, Mr. Bush said ...": a sentence opened
    // by a fronted phrase speaks of the subject after its comma, not of the
    // names and pronouns inside the phrase.
    if (from < to && (PrepAt(from) || OpenerAt(from)) && Cap(from)) {
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
    bool pronoun_first = false;
    for (uint32_t k = from; k < to; ++k) {
      int32_t m = MentionAt(k);
      if (m != kNone && KindOf(EntityOf(m)) == ActorKind::kPerson) {
        AddOnce(ents, EntityOf(m));
        return true;
      }
      Word w = W(k);
      if (m == kNone && (w == "he" || w == "she" || w == "his" || w == "her")) {
        pronoun_first = true;
        break;
      }
    }
    // Without a person, or with a pronoun first, the topic comes from before.
    (void)pronoun_first;
    if (s == 0) return false;
    --s;
    from = t_.sentences[s].first_token;
    to = std::min<uint32_t>(t_.sentences[s].end_token, uint32_t(t_.tokens.size()));
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
  return {};
}

bool Extractor::NamedWithTitle(uint32_t e, std::string_view title) const {
  if (title.empty()) return true;
  for (const ActorMention& m : a_.mentions) {
    if (m.entity != e || m.end_token <= m.first_token) continue;
    const std::string_view span = LowerSpan(m.first_token, m.end_token);
    for (size_t at = span.find(title); at != std::string_view::npos;
         at = span.find(title, at + 1)) {
      const size_t end = at + title.size();
      const bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(span[at - 1]));
      const bool word_end = end == span.size() || !std::isalpha(static_cast<unsigned char>(span[end]));
      if (word_start && word_end) return true;
    }
  }
  return false;
}

bool Extractor::ResolvePlural(uint32_t p, std::vector<uint32_t>* ents) const {
  // "the two leaders", "both men": a pair, never three.
  const bool pair = p > begin_ && (W(p - 1) == "two" || W(p - 1) == "both" || PairBefore(p)) &&
                    W(p) != "they";
  // "the two presidents": only persons the story names with that title
  // (not the envoy who met one of them).
  const std::string_view title = TitleOfGroup(p);
  const auto all_titled = [&](const std::vector<uint32_t>& who) {
    return std::all_of(who.begin(), who.end(),
                       [&](uint32_t e) { return NamedWithTitle(e, title); });
  };
  if (pair && sent_ > 0 && PairOfStory(title, ents)) return true;
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
  uint32_t window = W(p) == "they" ? 2 : 6;
  // The pair the text was just speaking of: the latest interaction with a
  // person of the previous sentence ("Obama met Park. Duterte later
  // expressed regret. The two leaders sat down ..." is Obama and Duterte),
  // else the latest one.
  const EventMention* latest = nullptr;
  const EventMention* topical = nullptr;
  uint32_t pf, pe;
  PreviousSentence(&pf, &pe);
  for (auto it = out_.rbegin(); it != out_.rend() && !topical; ++it) {
    if (it->sentence + window < sent_) break;
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
    if (list.size() >= 2 && all_titled(list)) {
      for (uint32_t e : list) AddOnce(ents, e);
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
  const uint32_t num = !pair ? p : W(p - 1) == "two" || W(p - 1) == "both" ? p - 1 : p - 2;
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

// The subject of a verb (or of the verb governing a noun) whose last token
// before it is p: an actor list to the left, past auxiliaries, fillers
// ("are expected to", "would be open to"), a dash and an appositive.
// `adjacent_ok`: the list may follow a preposition when it directly precedes
// the trigger ("compared it to Gorbachev and Reagan meeting").
bool Extractor::SubjectLeft(uint32_t p, bool adjacent_ok, std::vector<uint32_t>* ents) const {
  if (p < begin_ || p >= end_) return false;
  uint32_t start = p;
  int skipped = 0;
  bool dash_used = false;
  std::vector<uint32_t> companions;
  for (;;) {
    if (MentionEndsAt(p)) break;
    Word w = W(p);
    if (w == "and" && p > begin_ && !MentionEndsAt(p - 1)) {
      // "X visited Kyiv and met Y": the subject of the first verb.
      return ClauseSubject(p, ents, true);
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
    if (FirmNounAt(p) && p > begin_ && W(p - 1) == "the" && !Cap(p)) return ResolveFirm(p - 1, ents);
    if (QuotedSelf(p, SelfRole::kSubject, ents)) return true;
    if (SingularPronounAt(p) || w == "they" ||
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
    if (w == "," && p == start && p > begin_) {
      // "X wrapped up talks on Monday, meeting Y": a participle clause
      // shares the subject of the clause it hangs on.
      Word v = W(p + 1);
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
    } else if (w == "," && p > begin_) {
      if (NameInAppositionSubject(p, ents)) return true;
      // An appositive or relative clause between commas: "Putin, who ..., met".
      uint32_t q = p;
      bool found = false;
      for (int k = 0; k < 18 && q > begin_; ++k) {
        --q;
        Word x = W(q);
        if (HardAt(q)) break;
        if (x == "," && q > begin_ && MentionEndsAt(q - 1)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
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
    if (PrepAt(first - 1) && before != "including" && !adjacent && !for_to && !group_of)
      return false;
    if (Possessive(first - 1) && !OwnedPersonSubject(first, list)) return false;
  }
  // A subject that owns the next word is not a subject ("Trump's envoy met").
  if (Possessive(p + 1)) return false;
  for (uint32_t e : list) AddOnce(ents, e);
  for (uint32_t e : companions) AddOnce(ents, e);
  return true;
}

// "accompanied by X and Y" (also "flanked", "joined") at p: X and Y, with a
// second list after a phrase of sides ("X and Y on the American side and Z
// on the Russian side"). Returns the end of what was read, or p.
uint32_t Extractor::Companions(uint32_t p, std::vector<uint32_t>* ents) const {
  if (p + 2 >= end_ || W(p + 1) != "by") return p;
  const Word w = W(p);
  if (w != "accompanied" && w != "flanked" && w != "joined") return p;
  uint32_t e = ListRight(p + 2, false, ents);
  if (e == p + 2) return p;
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
// preposition and not an owner ("X visited Kyiv and met Y").
bool Extractor::ClauseSubject(uint32_t before, std::vector<uint32_t>* ents, bool pronouns) const {
  uint32_t cs = ClauseStart(before, false);
  for (uint32_t k = cs; k < before; ++k) {
    if (!MentionStartsAt(k)) {
      // "She was scheduled to lay flowers, talk to guards and meet with X".
      if (pronouns && (SingularPronounAt(k) || W(k) == "they") && (k == begin_ || !PrepAt(k - 1)))
        return ResolvePronoun(k, ents);
      if (pronouns && (ClassesAt(k) & (words::kFirstSingular | words::kFirstPlural)) &&
          (k == begin_ || !PrepAt(k - 1)) && QuotedSelfSlow(k, SelfRole::kSubject, ents))
        return true;
      continue;
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
    for (uint32_t e : list) AddOnce(ents, e);
    return true;
  }
  return false;
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
    if (HardAt(q) || (w != "that" && IsBoundary(q))) break;
    // "The talks, hosted by Turkey's foreign minister, lasted ...", "in talks
    // hosted by Macron": whoever hosts or chairs the event takes part.
    bool host_by = e.noun && q + 1 < end_ && W(q + 1) == "by" &&
                   (ClassesAt(q) & words::kHostVerb);
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
        for (uint32_t x : list) AddOnce(&c->participants, x);
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
      uint32_t r2 = ListRight(q + 2, false, &list);
      // "led by X, who is also ..., and Y": the list goes on past a
      // relative clause set off by commas.
      if (r2 != q + 2 && r2 + 1 < end_ && W(r2) == "," && W(r2 + 1) == "who") {
        uint32_t k = r2 + 2;
        while (k < end_ && k < r2 + 30 && W(k) != "," && !HardAt(k)) ++k;
        if (k + 2 < end_ && W(k) == "," && W(k + 1) == "and" && MentionStartsAt(k + 2)) {
          const uint32_t r3 = ListRight(k + 2, false, &list);
          if (r3 != k + 2) r2 = r3;
        }
      }
      if (r2 != q + 2) {
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
    if (e.type == "meeting" && w == "in") {
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
        for (uint32_t x : list) AddOnce(&c->participants, x);
        q = r2;
        continue;
      }
      // "X held talks with him", "a phone call with her": the person the
      // text named last who is not the subject.
      const uint32_t r = q + 1;
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
    if (!Cap(k) && w.size() > 3 && w.EndsWith("ed") &&
        !Cue(k, end_, CueClass::kPlanned) &&
        !Cue(k, end_, CueClass::kProposed) &&
        !(k > begin_ && DetAt(k - 1) && W(k - 1) != "that"))
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
                                 W(uint32_t(j - 1)) == "several" || W(uint32_t(j - 1)) == "two" ||
                                 W(uint32_t(j - 1)) == "three"))
        --j;
      k = j - 1;
      continue;
    }
    if (w == "in" && k > int(begin_) && BeAt(uint32_t(k - 1))) {
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
      if (c->participants.size() == before && w != "at") SharedSubjectOfAdjunct(uint32_t(k), c);
      if (c->participants.size() == before && uint32_t(k) == ClauseStart(uint32_t(k) + 1)) {
        // "In a call with Y, X said ...": the subject follows the phrase.
        for (uint32_t q = tm.end; q < end_; ++q) {
          if (HardAt(q)) break;
          if (W(q) == ",") {
            std::vector<uint32_t> list;
            ListRight(q + 1, false, &list);
            for (uint32_t e : list) AddOnce(&c->participants, e);
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
// would meet Putin on March 5"), not a conditional: a speech verb before it,
// no "if" / "unless" in the sentence, and the trigger (or a verb of support
// or travel) right after it, not "would like to".
bool Extractor::FutureInThePast(uint32_t k, const TriggerMatch& tm) const {
  bool speech = false;
  for (uint32_t j = begin_; j < k; ++j) speech = speech || (ClassesAt(j) & words::kPastSpeech);
  if (!speech) return false;
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
    if (Cue(j, end_, CueClass::kMotion) && (meet_moves || (W(j) != "met" && W(j) != "meet")))
      return j > begin_ && SubjectLeft(j - 1, false, ents);
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
    Word prev = k > begin_ ? W(k - 1) : Word();
    bool ok = prev.empty() || !PrepAt(k - 1) || prev == "to" || prev == "with";
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
    if (ing && (w == "after" || w == "before" || w == "while" || w == "when" || w == "since" ||
                w == "following" || w == "by" || w == "in") &&
        ClauseStart(tm.first - 1) == tm.first - 1 && tm.first - 1 <= begin_ + 1) {
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
      bool placed = ok && a + 1 < end_ &&
                    (W(a) == "at" || ((W(a) == "in" || W(a) == "on") &&
                                      (DetAt(a + 1) || Cap(a + 1))));
      if (placed && a + 1 < end_ && W(a + 1).size() > 4 && W(a + 1).EndsWith("ing"))
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
        ok = good;
      }
      if (ok && e.frame & kFrameBareObject) {
        for (uint32_t x : obj)
          if (KindOf(x) != ActorKind::kPerson) ok = false;
      }
    }
    if (ok) {
      for (uint32_t x : obj) AddOnce(&c->participants, x);
      q = after;
    } else if (e.frame & kFrameBareObject) {
      c->participants.clear();
      return;
    }
  }
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

// --------------------------------------------------------------------------
// Date, place, status

bool Extractor::UsableTimex(int32_t x) const {
  const Timex& tx = tx_[x];
  // Dates, times and durations anchored at a date (DatingValue).
  if (tx_date_[x].empty()) return false;
  if (tx.first_token > begin_) {
    Word w = W(tx.first_token - 1);
    if ((w == "since" || w == "until" || w == "till" || w == "through" || w == "from") &&
        !WithinThrough(tx.first_token - 1))
      return false;
    // "the 1970s policy", "2018 interview": a modifier dates its noun, fine;
    // "of 2022" after a noun ("the invasion of 2022") also fine.
  }
  // "Monday's talks" possessive timex: usable.
  return true;
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

uint32_t Extractor::ClauseStartScan(uint32_t first, bool speech) const {
  uint32_t p = first;
  while (p > begin_) {
    uint32_t k = p - 1;
    Word w = W(k);
    if (HardAt(k)) {
      const uint32_t open = ScareQuoteOpen(k);
      if (open == kNoScareQuote) return p;
      p = open;
      continue;
    }
    if (IsBoundary(k) && (speech || !SpeechAt(k))) {
      // "that meeting": a determiner, not a clause opener.
      if (w == "that" && k + 1 == first) {
        p = k;
        continue;
      }
      return k;  // the opener belongs to the clause (its "if" counts)
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
  return begin_;
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

EventStatus Extractor::StatusOf(const Candidate& c) const {
  const TriggerMatch& tm = c.trig;
  bool neg = false, hyp = false, prop = false, plan = c.future_pp;
  uint32_t cs = ClauseStart(tm.first);
  uint32_t limit = tm.entry->noun ? tm.first : tm.end;
  if (tm.entry->noun) {
    // "during / after / at their meeting" presupposes the meeting: only the
    // phrase itself ("during their planned meeting") frames it.
    for (uint32_t k = tm.first; k > cs && k + 6 > tm.first;) {
      --k;
      Word w = W(k);
      if (w == "during" || w == "after" || w == "following" || w == "since" || w == "at" ||
          w == "amid") {
        cs = k;
        break;
      }
      if (Punct(k) || IsBoundary(k)) break;
    }
  }
  {
    // "Before flying to Moscow, X met Y": a fronted clause of time says
    // nothing about the status of the main clause's event.
    Word w0 = W(cs);
    if (cs < limit && (w0 == "before" || w0 == "after" || w0 == "while" || w0 == "since" ||
                       w0 == "following" || w0 == "once"))
      for (uint32_t k = cs + 1; k < limit && k < cs + 12; ++k)
        if (W(k) == ",") {
          cs = k + 1;
          break;
        }
  }
  for (uint32_t k = cs; k < limit; ++k) {
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
    Word w = W(k);
    // A negation before a preposition governs another verb: "did not comment
    // on the meeting" says nothing about the meeting.
    if (words::IsNegatedContraction(w) && !PrepositionBetween(k + 1, tm)) neg = true;
    if (w.size() > 3 && (w.EndsWith("'ll") ||
                         (w.size() > 5 && w.EndsWith("\xE2\x80\x99ll"))))
      plan = true;
    if (uint32_t n = Cue(k, end_, CueClass::kNegated)) {
      if (!PrepositionBetween(k + n, tm)) neg = true;
      // "no date has been set for the summit", "without a date for talks":
      // what is denied is the date; the event is only under discussion.
      // One word may stand between: "no fixed date", "without a firm date".
      if ((w == "no" || w == "without") && tm.entry->noun) {
        const uint32_t d = k + n + (k + n < limit && DetAt(k + n) ? 1 : 0);
        for (uint32_t j = d; j < limit && j < d + 2; ++j)
          if (ClassesAt(j) & words::kDateNoun) prop = true;
      }
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
        place_verb = place_verb || (ClassesAt(j) & words::kOccurVerb);
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
      // "a meeting is possible", "talks are on the table".
      if (Cue(k, end_, CueClass::kProposed)) {
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
  if (!neg && !prop && InYesNoQuestion(tm)) hyp = true;
  if (!neg && DeniedClause(ClauseStart(tm.first))) neg = true;
  if (neg) return EventStatus::kNegated;
  if (prop) return EventStatus::kProposed;
  if (hyp) return EventStatus::kHypothetical;
  if (plan) return EventStatus::kPlanned;
  return EventStatus::kOccurred;
}

// "X denied (a report in the Post) that Y had met Z": a "that" clause
// completing a verb of denial, directly or through the noun it denies,
// reports what is denied. The noun phrase between may hold names and a
// preposition, not another clause (a comma, a clause opener, a hard stop);
// the word just before "that" may open clauses itself ("claims that").
bool Extractor::DeniedClause(uint32_t clause_start) const {
  if (clause_start <= begin_ || W(clause_start) != "that") return false;
  for (uint32_t k = clause_start; k > begin_ && k + 10 > clause_start;) {
    --k;
    if (Cue(k, end_, CueClass::kDenial)) return true;
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
  bool question = false;
  for (uint32_t k = tm.end; k < end_; ++k) {
    if (!Punct(k)) continue;
    const char c = t_.text[t_.tokens[k].start];
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
    if (c == '.' || c == '!' || c == '?') return false;
    const QuoteChar qc = QuoteCharAt(t_, j);
    if (c == ':' || qc == QuoteChar::kOpenDouble || qc == QuoteChar::kOpenSingle ||
        (qc == QuoteChar::kDouble && (j == begin_ || !t_.tokens[j].Has(kGlued)))) {
      q = k;
      break;
    }
  }
  while (q < tm.first && QuoteCharAt(t_, q) != QuoteChar::kNone) ++q;
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
      return true;
    }
  }
  return false;
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
  while (cs > begin_ + 3 && !(W(cs) == "as" && W(cs - 1) == ",") && W(cs) != "," && !HardAt(cs))
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
bool Extractor::PresentBeforeWeekday(const Candidate& c) const {
  if (c.trig.entry->noun || c.timex == kNone) return false;
  const Timex& x = tx_[c.timex];
  if (x.end_token != x.first_token + 1) return false;
  // The time stage's lexicon knows the weekday names; abbreviations ("Fri")
  // and plurals ("Mondays", a set) are not a bare weekday here.
  const timex::Lex* d = timex::LookupTimeWord(W(x.first_token));
  if (!d || !(d->cls & timex::kWeekdayWord) || d->plural || d->abbrev) return false;
  Word v = W(c.trig.first);
  if (v.EndsWith("ed") || v.EndsWith("ing") || timex::PastVerbAt(t_, sent_, c.trig.first))
    return false;
  for (uint32_t k = ClauseStart(c.trig.first); k < c.trig.first; ++k) {
    Word w = W(k);
    if (w == "was" || w == "were" || w == "had" || w == "has" || w == "have" || w == "did" ||
        w == "would" || w == "could" || w == "should" || w == "might" || w == "to" ||
        timex::PastVerbAt(t_, sent_, k))
      return false;
  }
  return true;
}

// The noun is inside "after / following / since ... the meeting".
bool Extractor::IsTemporalPp(const Candidate& c) const {
  return TemporalPpAt(c.trig.first, begin_);
}

// The noun starting at `first` (its sentence starting at `lo`) is the
// complement of a temporal preposition: "three days after Trump's summit".
bool Extractor::TemporalPpAt(uint32_t first, uint32_t lo) const {
  for (uint32_t k = first; k > lo && k + 5 > first;) {
    --k;
    Word w = W(k);
    if (w == "after" || w == "following" || w == "since" || w == "before" || w == "until" ||
        w == "ahead")
      return true;
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

// --------------------------------------------------------------------------

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
  // What the checks below would drop, known before the mention is built:
  // an interaction without two participants that are no groups, unless a
  // definite noun takes them from an earlier event; an undated other event.
  if (c.trig.entry->interaction && !c.definite) {
    size_t n = 0;
    for (uint32_t e : c.participants) n += KindOf(e) != ActorKind::kGroup;
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
  m.place = c.place;
  m.start = sn.start;
  m.end = sn.end;
  m.sentence = s;
  // Pluperfect before the trigger ("the hostility he'd shown when he met
  // X"): an event before the narrative's time.
  for (uint32_t k = begin_; k < c.trig.first; ++k) {
    Word w = W(k);
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
    if (!m.headline && PresentBeforeWeekday(c) && DateInterval(m.date, &a0, &a1) && a0 == a1 &&
        DctLastDay(&d1) && a0 < d1 && a0 + 7 > d1) {
      m.date = FormatDate(date::year_month_day{date::sys_days{date::days{a0 + 7}}});
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
  bool sentence_has_time = SentenceHasTime();
  // "two days after Ruiz's summit with Tanaka": the landmark of a temporal
  // phrase happened at another time than the scene told around it: the
  // scene's dates below are not its (the narrative's time, moved on by
  // "This came after ...", is).
  // Nor is "Before flying to Moscow, X met Y" or "Earlier, X met Y" told in
  // the scene: it happened before it.
  const bool landmark = m.interaction && !c.definite &&
                        (IsTemporalPp(c) || W(begin_) == "before" || W(begin_) == "earlier");
  // "X said Friday, a day after Y and Z met": dated by the day of the
  // saying, the meeting lies a day before it.
  if (m.interaction && m.status == EventStatus::kOccurred &&
      (m.date.empty() ? OffsetFromEventDate(m, &m.date, &m.date_text)
                      : c.timex != kNone && OffsetFromEventDate(m, &m.date, &m.date_text,
                                                                c.timex))) {
    m.date_inherited = true;
  }
  if (m.date.empty() && NarrativeDates(s)) {
    m.date = narrative_date_;
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
      // A call after a meeting is another occasion, not the same scene.
      if (!TypesFit(it->type, m.type)) break;
      bool shared = false;
      for (uint32_t e : m.participants)
        shared = shared || std::find(it->participants.begin(), it->participants.end(), e) !=
                               it->participants.end();
      if (shared) {
        m.date = it->date;
        m.date_text = it->date_text;
        m.date_inherited = true;
      }
      break;
    }
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
    if (m.participants.size() < 2) {
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
  // Planned means scheduled with a time; expected without one is only proposed.
  if (m.status == EventStatus::kPlanned && m.date.empty() && !NearFutureSpan())
    m.status = EventStatus::kProposed;
  // (Not for a date counted from another date of the text, "two days after
  // the Oval Office", past a publication date guessed from the text: the
  // guess is the day after the latest date the time stage saw told in the
  // past; this one says it ran early. A deictic "next week" is still ahead.)
  const bool counted_past_guess = doc_.dct_source == DctSource::kInferred && c.timex != kNone &&
                                  tx_[c.timex].type == TimexType::kDuration;
  if (m.status == EventStatus::kOccurred && !m.date.empty() && !counted_past_guess) {
    long a0, a1, d1;
    if (DateInterval(m.date, &a0, &a1) && DctLastDay(&d1) && a0 > d1)
      m.status = EventStatus::kPlanned;
  }
  // Made only for a kept mention, once per sentence.
  if (!sentence_text_ || sentence_text_of_ != s) {
    sentence_text_ = ShareText(t_.Str(sn));
    sentence_text_of_ = s;
  }
  m.text = sentence_text_;
  out_.push_back(std::move(m));
  PreviousEncounterSince(s);
  AgainOn(s);
  SigningMeeting(s);
}

void Extractor::AnalyzeSentence(uint32_t s) {
  const eg::Sentence& sn = t_.sentences[s];
  sent_ = s;
  owner_polities_.clear();
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
    if (at.empty()) {
      ++i;
      continue;
    }
    TriggerMatch best = at[0];
    // Same length, noun and verb readings: decide from the left context.
    for (size_t k = 1; k < at.size(); ++k) {
      if (at[k].end != best.end) break;
      if (at[k].entry->noun != best.entry->noun) {
        bool noun = IsNoun(best, at[k], i);
        if (at[k].entry->noun == noun) best = at[k];
        break;
      }
    }
    // "the so-called coalition": the adjective is no call.
    if (i >= begin_ + 2 && t_.tokens[i].Has(kGlued) && W(i) == "called" && W(i - 1) == "-" &&
        W(i - 2) == "so") {
      i = best.end;
      continue;
    }
    trigs_.push_back(best);
    i = best.end;
  }
  if (trigs_.empty()) {
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
                  (kd == ActorKind::kCountry &&
                   std::find(owner_polities_.begin(), owner_polities_.end(),
                             c.participants[k]) != owner_polities_.end());
        // The first participant found is the subject when there is one.
        if (ok || k == 0) c.participants[kept++] = c.participants[k];
      }
      c.participants.resize(kept);
    }
    // "X hosted Y", "X welcomed Y": one side hosts, the other is received;
    // "X and Y received letters" is no interaction.
    if (!e.noun && e.interaction && !(e.frame & (kFrameWith | kFrameTo)) &&
        c.participants.size() <= c.subject_count)
      continue;
    if (e.frame & kFrameNeedsWith) {
      bool with = false;
      for (uint32_t k = tm.end; k < end_ && k < tm.end + 6; ++k) {
        if (W(k) == "with" || W(k) == "between" || W(k) == "together") with = true;
        // "spent 48 hours engaging with X": the "with" is another verb's.
        if (!e.noun && W(k).size() > 4 && W(k).EndsWith("ing")) break;
      }
      if (!with && !c.definite) {
        trig_np_[ti] |= kNamedNoInteraction;
        continue;
      }
    }
    // An interaction of fewer than two participants that names no earlier
    // event ("the meeting") and brings no hosts is dropped by Emit; its
    // status, place and type are asked by nobody else.
    if (e.interaction && !c.definite && c.participants.size() < 2 && c.hosts.empty()) {
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
        if (k >= tm.end && W(k) == "," && k + 1 < end_ && (W(k + 1) == "a" || W(k + 1) == "an")) {
          // "spoke to X on Feb. 12, a 90-minute call that ...": the noun in
          // apposition to the clause names its form.
          for (const TriggerMatch& o : trigs_)
            if (o.first > k + 1 && o.first <= k + 6 && o.entry->type == "call") c.type = "call";
          break;
        }
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
    cands.push_back(std::move(c));
  }
  cur_ = nullptr;
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
      if (!c.trig.entry->interaction || c.participants.size() < 2) break;
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
    if (int32_t(x) == when_timex || !UsableTimex(int32_t(x))) continue;
    // "X, who hosted Y in London on Sunday, spoke with Z": a time inside a
    // relative clause set off by commas dates only an event inside it.
    uint32_t rel_from = 0, rel_to = 0;
    for (uint32_t k = tx_[x].first_token; k > begin_ + 1 && k + 16 > tx_[x].first_token;) {
      --k;
      if (W(k) != ",") continue;
      Word r = W(k + 1);
      if ((r == "who" || r == "which" || r == "whose") && !BeingThereRelative(k + 1)) {
        rel_from = k;
        for (uint32_t j = tx_[x].end_token; j < end_; ++j)
          if (W(j) == "," || IsBoundary(j)) {
            rel_to = j;
            break;
          }
      }
      break;
    }
    int best = -1, best_cost = 1 << 30;
    const uint32_t since_at = SinceBefore(tx_[x].first_token);
    for (size_t k = 0; k < cands.size(); ++k) {
      const Candidate& c = cands[k];
      if (rel_to && (c.trig.first < rel_from || c.trig.first > rel_to)) continue;
      if (c.trig.first < since_at) continue;
      // A bare "the meeting" takes its date from the event it names.
      bool viable = !c.trig.entry->interaction || c.participants.size() >= 2;
      if (!viable) continue;
      uint32_t a = tx_[x].first_token < c.trig.first ? tx_[x].end_token : c.trig.end;
      uint32_t b = tx_[x].first_token < c.trig.first ? c.trig.first : tx_[x].first_token;
      if (InteractionBetween(std::min(a, b), std::max(a, b), tx_[x].first_token < c.trig.first))
        continue;
      if (ThatConjunctBetween(std::min(a, b), std::max(a, b))) continue;
      int cost = ClauseCost(std::min(a, b), std::max(a, b));
      // Interactions claim a date before other events of the same distance.
      if (!c.trig.entry->interaction) cost += 3;
      if (cost < best_cost) {
        best_cost = cost;
        best = int(k);
      }
    }
    if (best < 0) continue;
    Candidate& c = cands[best];
    if (c.timex == kNone) {
      c.timex = int32_t(x);
    } else {
      uint32_t t0 = tx_[c.timex].first_token;
      auto dist = [&](uint32_t t) {
        return t < c.trig.first ? c.trig.first - t : t - c.trig.first;
      };
      // "said on Saturday he would meet Putin on March 5": the time of the
      // statement does not date the event reported after it.
      bool sx = DatesSpeech(x, c.trig), s0 = DatesSpeech(size_t(c.timex), c.trig);
      if (sx != s0 ? s0 : dist(tx_[x].first_token) < dist(t0)) c.timex = int32_t(x);
    }
  }
  // A repeated interaction with coordinated dates ("spoke twice, in February
  // and September", "met in May and again in July"): one event per date.
  for (size_t k = 0, n = cands.size(); k < n; ++k) {
    if (cands[k].timex == kNone || !cands[k].trig.entry->interaction) continue;
    int32_t last = cands[k].timex;
    bool repeated = false;
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
    if (j < end_ && W(j) == ",") ++j;
    if (!(j < end_ && W(j) == "and")) continue;
    ++j;
    if (j < end_ && W(j) == "with") ++j;  // "and with Y on Tuesday"
    if (!(j < end_ && MentionStartsAt(j))) continue;
    std::vector<uint32_t> second;
    uint32_t r = ListRight(j, true, &second);
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
    for (size_t i = tx_lo_; i < tx_hi_; ++i) {
      size_t x = tx_order_[i];
      if (!UsableTimex(int32_t(x))) continue;
      if (c.trig.first < SinceBefore(tx_[x].first_token)) continue;
      bool taken = false;
      for (const Candidate& o : cands)
        if (&o != &c && o.timex == int32_t(x) && o.trig.entry->interaction) taken = true;
      // Nor a time next to another interaction word ("the visit in September").
      uint32_t tf = tx_[x].first_token;
      auto dist = [&](const TriggerMatch& t) {
        return tf < t.first ? t.first - tf : tf - t.first;
      };
      for (const auto& o : trigs_)
        if (o.first != c.trig.first && o.entry->interaction && dist(o) < dist(c.trig))
          taken = true;
      if (InteractionBetween(std::min(tf, c.trig.end), std::max(tf, c.trig.first), false) ||
          ThatConjunctBetween(std::min(tf, c.trig.end), std::max(tf, c.trig.first)))
        taken = true;
      // "X, who took office after Y resigned on Friday, sat down with Z":
      // a time inside a relative clause between commas dates that clause.
      if (!taken) {
        uint32_t open = tf, close = tx_[x].end_token;
        while (open > begin_ && W(open - 1) != "," && !HardAt(open - 1)) --open;
        while (close < end_ && W(close) != "," && !HardAt(close)) ++close;
        if (open > begin_ && W(open - 1) == "," && open < tf &&
            (W(open) == "who" || W(open) == "which") && close < end_ && W(close) == "," &&
            (c.trig.first < open || c.trig.first > close) && !BeingThereRelative(open))
          taken = true;
      }
      if (taken) continue;
      int cost = ClauseCost(std::min(tx_[x].first_token, c.trig.first),
                            std::max(tx_[x].first_token, c.trig.first));
      if (cost < best_cost) {
        best_cost = cost;
        best = int(x);
      }
    }
    c.timex = best;
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
  for (size_t k = 0; k < cands.size(); ++k)
    if (!drop[k]) Emit(cands[k], s);
  UpdateNarrative(s);
}

void Extractor::ComputeLead() {
  lead_state_ = -1;
  long d1;
  if (!DctLastDay(&d1)) return;
  for (uint32_t s = 0; s < t_.sentences.size() && s < 4; ++s) {
    const eg::Sentence& sn = t_.sentences[s];
    if (sn.end_token <= sn.first_token) continue;
    Word last = W(sn.end_token - 1);
    if (!(last == "." || last == "!" || last == "?" || last == "\"" || last == "'" ||
          last == "\xE2\x80\x9D" || last == "\xE2\x80\x99"))
      continue;  // a headline or a dateline ("NAIROBI, Kenya (AP) _")
    for (uint32_t x : tx_order_) {
      const Timex& t = tx_[x];
      if (t.first_token < sn.first_token) continue;
      if (t.first_token >= sn.end_token) break;
      if (t.type != TimexType::kDate || tx_date_[x].empty()) continue;
      long a0, a1;
      if (!DateInterval(tx_date_[x], &a0, &a1) || a0 != a1 || a0 > d1 || a0 + 3 < d1) continue;
      lead_timex_ = int32_t(x);
      break;
    }
    if (lead_timex_ < 0) {
      // "X says gaps remain before next week's talks": a lead that reports
      // in the present tells of the day the story is published (its time
      // words, if any, belong to what is reported).
      bool present = false;
      for (uint32_t k = sn.first_token; k < sn.end_token && !present; ++k)
        present = (ClassesAt(k) & words::kSpeechVerb) && !(ClassesAt(k) & words::kPastSpeech);
      if (!present) return;
      lead_dct_ = true;
    }
    lead_sentence_ = s;
    for (const ActorMention& am : a_.mentions) {
      if (am.first_token < sn.first_token) continue;
      if (am.first_token >= sn.end_token) break;
      // The countries of a lead too ("India and Pakistan agreed on Saturday
      // to ..."): they date an event of two of them (LeadDates).
      if (KindOf(am.entity) == ActorKind::kPerson || KindOf(am.entity) == ActorKind::kCountry)
        AddOnce(&lead_persons_, am.entity);
    }
    if (!lead_persons_.empty()) lead_state_ = 1;
    return;
  }
}

// An undated interaction in the simple past of someone the lead names, told
// later in the story: wire news reports the day's doings of the persons its
// lead dates (or of two countries it names); a perfect ("has met") or
// pluperfect is some earlier time.
bool Extractor::LeadDates(const EventMention& m) {
  if (lead_state_ == 0) ComputeLead();
  if (lead_state_ != 1 || m.sentence <= lead_sentence_) return false;
  bool lead_person = false;
  int lead_countries = 0;
  for (uint32_t e : m.participants) {
    if (std::find(lead_persons_.begin(), lead_persons_.end(), e) == lead_persons_.end()) continue;
    if (KindOf(e) == ActorKind::kPerson) lead_person = true;
    else ++lead_countries;
  }
  if (!lead_person && lead_countries < 2) return false;
  for (uint32_t k = begin_; k < m.trigger_first; ++k) {
    Word w = W(k);
    if (w == "has" || w == "have" || w == "'ve" || (ClassesAt(k) & words::kOtherTimeWord))
      return false;
  }
  return true;
}

// The date that heads the paragraph of sentence s: its line opens with a
// time expression ("Monday, Dec. 1", "Sunday, Nov. 30") followed by a dash,
// as a diary or live blog heads its entries ("Monday, Dec. 1 -- Paris.").
// The last of the heading's time expressions (the most precise); -1 when
// the paragraph has no such head or it lies more than a few sentences back.
int32_t Extractor::ParagraphHeadDate(uint32_t s) const {
  uint32_t p = s;
  while (p > 0 && s - p < 6 && !t_.tokens[t_.sentences[p].first_token].Has(kLineStart)) --p;
  const eg::Sentence& sn = t_.sentences[p];
  uint32_t k = sn.first_token;
  if (k >= sn.end_token || !t_.tokens[k].Has(kLineStart) || timex_at_[k] == kNone) return -1;
  int32_t x = kNone;
  while (k < sn.end_token && (timex_at_[k] != kNone || W(k) == ",")) {
    if (timex_at_[k] != kNone) x = timex_at_[k];
    ++k;
  }
  if (k >= sn.end_token || x == kNone || !UsableTimex(x)) return -1;
  Word d = W(k);
  if (!(d == "\xE2\x80\x94" || d == "\xE2\x80\x93" || d == "-" || d == "--")) return -1;
  return x;
}

// "X met Y on the sidelines (of the summit)": the interaction happened at
// the gathering the story tells of, on its date: the last dated gathering
// (a trigger of frame `gathering`: summit, conference) told before, with named
// parties or without, else the day the story's lead dates. With "of the
// <noun>", only a gathering named by that noun counts before the lead. A
// bilateral meeting has no sidelines: it dates nothing here.
bool Extractor::SidelinesDate(const EventMention& m, std::string* date,
                              std::string* date_text) {
  uint32_t k = m.trigger_end;
  while (k < end_ && W(k) != "sidelines") ++k;
  if (k >= end_ || k < 2 || W(k - 1) != "the" || W(k - 2) != "on") return false;
  std::string_view noun;  // "of the summit": the occasion's noun
  if (k + 3 < end_ && W(k + 1) == "of" && (W(k + 2) == "the" || W(k + 2) == "this"))
    noun = LowerSpan(k + 3, k + 4);
  auto names = [&](std::string_view trigger) { return noun.empty() || EndsWithLower(trigger, noun); };
  const uint32_t s = m.sentence;
  const EventMention* told = nullptr;
  std::vector<TriggerMatch> at;
  for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
    if (it->sentence + 25 < s) break;
    if (!it->interaction || it->date.empty() || it->status != EventStatus::kOccurred ||
        it->headline || it->anterior || !names(it->trigger))
      continue;
    lex_.TriggersAt(t_, it->trigger_first, it->trigger_end, &at);
    bool gathering = false;
    for (const auto& x : at)
      gathering = gathering || (x.end == it->trigger_end && (x.entry->frame & kFrameGathering));
    if (!gathering) continue;
    told = &*it;
    break;
  }
  const UnnamedDated* unnamed = nullptr;
  for (auto it = unnamed_dated_.rbegin(); it != unnamed_dated_.rend(); ++it) {
    if (it->sentence + 25 < s) break;
    if (!it->gathering || !names(it->trigger)) continue;
    unnamed = &*it;
    break;
  }
  if (LaterOccasion(told, unnamed, date, date_text)) return true;
  if (lead_state_ == 0) ComputeLead();
  if (lead_timex_ < 0 || m.sentence <= lead_sentence_) return false;
  *date = tx_date_[lead_timex_];
  *date_text = std::string(TimexText(lead_timex_));
  return true;
}

// "The meeting came a day after Trump held a call with Putin", "The summit
// took place two days before X met Y": the event of the "after" / "before"
// clause lies that many days (or weeks) from the dated event named just
// before the duration in the same sentence.
bool Extractor::OffsetFromEventDate(const EventMention& m, std::string* date,
                                    std::string* date_text, int32_t dated_by) {
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const size_t x = tx_order_[i];
    const Timex& tx = tx_[x];
    if (tx.type != TimexType::kDuration || tx.end_token >= end_) continue;
    const Word rel = W(tx.end_token);
    const bool after = rel == "after";
    if (!after && rel != "before") continue;
    if (tx.end_token >= m.trigger_first) continue;
    // The trigger is in the clause the preposition opens.
    bool boundary = false;
    for (uint32_t k = tx.end_token + 1; k < m.trigger_first && !boundary; ++k)
      boundary = IsBoundary(k);
    if (boundary) continue;
    // "P1D", "P2D", "P1W": whole days or weeks.
    const std::string_view v = tx.value;
    if (v.size() < 3 || v[0] != 'P' || (v.back() != 'D' && v.back() != 'W')) continue;
    long n = 0;
    bool digits = true;
    for (size_t j = 1; j + 1 < v.size(); ++j) {
      if (v[j] < '0' || v[j] > '9') { digits = false; break; }
      n = n * 10 + (v[j] - '0');
    }
    if (!digits || n <= 0 || n > 60) continue;
    if (v.back() == 'W') n *= 7;
    // The date n days after (before) the anchor day a0, quoted as "a day after".
    const auto counted = [&](long a0) {
      *date = FormatDate(date::year_month_day{date::sys_days{date::days{after ? a0 - n : a0 + n}}});
      *date_text = std::string(t_.text.substr(tx.start, tx.end - tx.start)) + " " +
                   std::string(rel.data(), rel.size());
      return true;
    };
    // The anchor: an event of this sentence whose trigger ends at most three
    // words before the duration ("The meeting came a day after").
    for (auto it = out_.rbegin(); it != out_.rend() && dated_by == kNone; ++it) {
      if (it->sentence != m.sentence) break;
      if (it->trigger_end > tx.first_token || it->trigger_end + 3 < tx.first_token) continue;
      // "The meeting" still undated here: the last dated report of the same
      // parties told before is the event it names (as merging will find).
      std::string_view anchor = it->date;
      if (anchor.empty() && it->participants.size() >= 2) {
        for (auto jt = it + 1; jt != out_.rend(); ++jt) {
          if (jt->sentence + 20 < m.sentence) break;
          if (jt->sentence == m.sentence || jt->date.empty() || !jt->interaction ||
              jt->status != EventStatus::kOccurred)
            continue;
          std::vector<uint32_t> a = it->participants, b = jt->participants;
          std::sort(a.begin(), a.end());
          std::sort(b.begin(), b.end());
          if (a != b) continue;
          anchor = jt->date;
          break;
        }
      }
      long a0, a1;
      if (anchor.empty() || !DateInterval(anchor, &a0, &a1) || a0 != a1) continue;
      return counted(a0);
    }
    // Else a day told right before it: "X said Friday, a day after Y and Z
    // met". A comma after the landmark ends the phrase: in "On Monday, two
    // days after the summit, X met Y" the meeting is Monday's.
    bool comma = false;
    for (uint32_t k = tx.end_token + 1; k < m.trigger_first && !comma; ++k) comma = W(k) == ",";
    for (size_t j = tx_lo_; j < tx_hi_ && !comma; ++j) {
      if (dated_by != kNone && int32_t(tx_order_[j]) != dated_by) continue;
      const Timex& at = tx_[tx_order_[j]];
      if (at.type != TimexType::kDate || at.end_token > tx.first_token ||
          at.end_token + 1 < tx.first_token)
        continue;
      if (at.end_token < tx.first_token && W(at.end_token) != ",") continue;
      long a0, a1;
      if (!DateInterval(at.value, &a0, &a1) || a0 != a1) continue;
      return counted(a0);
    }
  }
  return false;
}

// "X called Y during the meeting", "... after that White House meeting",
// "X met Y at the summit": an interaction told at or right after a definite
// occasion the story reported and dated happened on the occasion's day.
// The occasion is the last event of the noun's type told before (within 20
// sentences) that two of the clause's parties held, when it is dated; else
// a dated event without named parties whose trigger ends with the noun.
bool Extractor::OccasionDate(const EventMention& m, std::string* date, std::string* date_text) {
  std::vector<TriggerMatch> at;
  for (uint32_t k = begin_; k + 2 < end_; ++k) {
    if (k >= m.trigger_first && k < m.trigger_end) continue;
    Word p = W(k);
    if (!(p == "during" || p == "at" || p == "after" || p == "following")) continue;
    Word d = W(k + 1);
    if (!(d == "the" || d == "that" || d == "this" || d == "their" || d == "its")) continue;
    // The occasion's noun: at most three modifiers after the determiner
    // ("that White House meeting", "the main session").
    for (uint32_t j = k + 2; j < end_ && j <= k + 5; ++j) {
      if (j == m.trigger_first || Punct(j)) break;
      if (!lex_.MayStartTriggerAt(t_, j)) continue;
      lex_.TriggersAt(t_, j, end_, &at);
      const TriggerMatch* noun = nullptr;
      for (const auto& x : at)
        if (x.entry->noun && x.entry->interaction) { noun = &x; break; }
      if (!noun) continue;
      const std::string_view head = LowerSpan(noun->end - 1, noun->end);
      const EventMention* told = nullptr;
      for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
        if (it->sentence + 20 < m.sentence) break;
        if (it->sentence == m.sentence) continue;  // this sentence's own reading
        if (!it->interaction || it->status != EventStatus::kOccurred || it->headline ||
            !TypesFit(it->type, noun->entry->type))
          continue;
        // The occasion the clause's parties held together: two of them
        // took part in it ("Ruiz and Okafor called Lee during their
        // meeting"; one shared party may be a guest of another occasion).
        int shared = 0;
        for (uint32_t e : m.participants)
          shared += std::find(it->participants.begin(), it->participants.end(), e) !=
                    it->participants.end();
        if (shared < 2) continue;
        if (!it->date.empty()) told = &*it;
        break;
      }
      // "their meeting" is the parties' own, not one told without them.
      const bool possessive = d == "their" || d == "its";
      const UnnamedDated* unnamed = nullptr;
      for (auto it = unnamed_dated_.rbegin(); it != unnamed_dated_.rend() && !possessive; ++it) {
        if (it->sentence + 20 < m.sentence) break;
        if (it->sentence == m.sentence || !EndsWithLower(it->trigger, head)) continue;
        unnamed = &*it;
        break;
      }
      if (LaterOccasion(told, unnamed, date, date_text)) return true;
      break;
    }
  }
  return false;
}

// Two persons or more hold the event (a `joint` trigger: a news
// conference), and nothing says they held separate ones.
bool Extractor::HeldJointly(const TriggerMatch& tm, const std::vector<uint32_t>& who) const {
  size_t persons = 0;
  for (uint32_t e : who) persons += KindOf(e) == ActorKind::kPerson;
  if (persons < 2) return false;
  for (uint32_t k = begin_; k < tm.first; ++k)
    if (W(k) == "separate" || W(k) == "separately" || W(k) == "respective") return false;
  return true;
}

// The narrative reference time after sentence s: its last usable date.
void Extractor::UpdateNarrativeFrom(uint32_t s) {
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    size_t x = tx_order_[i];
    if (UsableTimex(int32_t(x)) && !tx_[x].landmark &&
        !(tx_[x].first_token > begin_ && Possessive(tx_[x].end_token)))
    {
      narrative_date_ = tx_date_[x];
      narrative_sent_ = s;
    }
  }
}

// "european leaders": the group's head and the word before it.
std::string Extractor::GroupKey(uint32_t head) const { return std::string(GroupKeyView(head)); }

std::string_view Extractor::GroupKeyView(uint32_t head) const {
  key_buf_.clear();
  if (head > begin_ && t_.tokens[head - 1].kind == TokenKind::kWord) {
    key_buf_.append(W(head - 1));
    key_buf_.push_back(' ');
  }
  key_buf_.append(W(head));
  return key_buf_;
}

// First byte -> lengths (bit n: n bytes) of the words that open a group's
// member list: "including", "(", "such" (as), dashes "-", "--", "–", "—".
constexpr std::array<uint16_t, 256> GroupListOpeners() {
  std::array<uint16_t, 256> a{};
  a['i'] = 1 << 9;
  a['('] = 1 << 1;
  a['s'] = 1 << 4;
  a['-'] = (1 << 1) | (1 << 2);
  a[0xE2] = 1 << 3;
  return a;
}
constexpr std::array<uint16_t, 256> kGroupListOpener = GroupListOpeners();

// Groups whose members the text names ("European leaders, including Merz
// and Macron"), so that a later "European leaders" brings them in.
void Extractor::CollectGroups() {
  for (uint32_t s = 0; s < t_.sentences.size(); ++s) {
    begin_ = t_.sentences[s].first_token;
    end_ = std::min<uint32_t>(t_.sentences[s].end_token, uint32_t(t_.tokens.size()));
    // Walk the token q that GroupMembersRight tests first ("including", "(",
    // a dash, "such as"): almost none passes its first-byte test. The group
    // head k is the token before it, or before a comma before it.
    const Token* toks = t_.tokens.data();
    const char* lower = t_.lower.data();
    auto opener = [&](uint32_t q) {
      uint32_t len = toks[q].end - toks[q].start;
      return len != 0 && len <= 9 &&
             ((kGroupListOpener[uint8_t(lower[toks[q].start])] >> len) & 1);
    };
    for (uint32_t q = begin_ + 1; q < end_; ++q) {
      while (q < end_ && !opener(q)) ++q;  // nearly every token: pointers in registers
      if (q >= end_) break;
      Word w = W(q);
      if (!(w == "including" || w == "(" || words::IsDash(w) ||
            (q + 1 < end_ && w == "such" && W(q + 1) == "as")))
        continue;
      uint32_t k = q - 1;
      if (W(k) == ",") {
        if (k == begin_) continue;
        --k;
      }
      if (Cap(k) || !GroupHeadAt(k) || W(k) == "two" || W(k) == "pair") continue;
      std::vector<uint32_t> members;
      if (GroupMembersRight(k + 1, &members) != k + 1 && members.size() >= 2) {
        auto& g = group_members_[GroupKey(k)];
        for (uint32_t e : members) AddOnce(&g, e);
      }
    }
  }
}

const std::vector<uint32_t>* Extractor::GroupMembers(uint32_t head) const {
  if (!groups_collected_) {
    // Collected by an extractor of their own, in the state before the
    // first sentence (no candidates, no events yet): the answers do not
    // depend on which question came first. Its own questions on the way
    // (a group inside a member list) read what it has collected so far.
    groups_collected_ = true;
    Extractor collector(*this, SharedTables{});
    collector.groups_collected_ = true;
    collector.CollectGroups();
    group_members_ = std::move(collector.group_members_);
  }
  if (group_members_.empty()) return nullptr;  // most documents name no members
  auto g = group_members_.find(GroupKeyView(head));
  return g == group_members_.end() ? nullptr : &g->second;
}

// --------------------------------------------------------------------------
// Dating rules of the scene around a clause

// Whole days of a duration value "P2D", "P1W"; 0 for other values.
long DurationDays(std::string_view v) {
  if (v.size() < 3 || v[0] != 'P' || (v.back() != 'D' && v.back() != 'W')) return 0;
  long n = 0;
  for (size_t j = 1; j + 1 < v.size(); ++j) {
    if (v[j] < '0' || v[j] > '9') return 0;
    n = n * 10 + (v[j] - '0');
  }
  if (n > 60) return 0;
  return v.back() == 'W' ? n * 7 : n;
}

bool Extractor::DaysBeforeRelation(uint32_t x, long* n, uint32_t* k) const {
  const Timex& d = tx_[x];
  if (d.type != TimexType::kDuration || !tx_date_[x].empty()) return false;
  *n = DurationDays(d.value);
  *k = d.end_token;
  if (*n <= 0 || *k + 2 >= ntok_) return false;
  const Word rel = W(*k);
  return rel == "after" || rel == "before";
}

void Extractor::AnchorAfterThat() {
  const size_t ntx = tx_.size();
  for (size_t i = 0; i < ntx; ++i) {
    const uint32_t x = tx_order_[i];
    long n;
    uint32_t k;
    if (!DaysBeforeRelation(x, &n, &k)) continue;
    const Timex& d = tx_[x];
    const Word rel = W(k);
    const Word that = W(k + 1);
    if (that != "that" && that != "this") continue;
    // "after that," / "after that X met": not "after that meeting" (a
    // determiner: the occasion is named) nor "after that, when".
    if (!(W(k + 2) == "," || MentionStartsAt(k + 2) || SingularPronounAt(k + 2) ||
          PluralPronounAt(k + 2)))
      continue;
    const Word q = W(d.first_token);
    const bool approximate = q == "less" || q == "more" || q == "under" || q == "over" ||
                             q == "about" || q == "around" || q == "nearly" || q == "almost" ||
                             q == "some" || q == "roughly" || q == "barely";
    long day = 0;
    bool found = false;
    for (size_t j = i; j-- > 0;) {
      const uint32_t y = tx_order_[j];
      if (tx_[y].sentence == d.sentence) continue;
      if (tx_[y].sentence + 3 < d.sentence) break;
      long a0, a1;
      if (!DateInterval(tx_date_[y], &a0, &a1)) continue;
      if (a0 == a1) {
        day = a0;
        found = true;
      }
      break;  // the last date told, day-precise or not
    }
    if (!found) continue;
    const bool after = rel == "after";
    const long at = after ? day + n : day - n;
    const date::year_month_day a{date::sys_days{date::days{day}}};
    const date::year_month_day b{date::sys_days{date::days{at}}};
    if (!approximate) {
      tx_date_[x] = FormatDate(b);
    } else if (a.year() == b.year() && a.month() == b.month()) {
      tx_date_[x] = FormatDate(b).substr(0, 7);
    }
  }
}

int32_t Extractor::EntryStampDate(uint32_t s) const {
  // The paragraph's first sentence: the one opening a line.
  uint32_t p = s;
  while (p > 0 && s - p < 6 && !toks_[t_.sentences[p].first_token].Has(kLineStart)) --p;
  const uint32_t f = t_.sentences[p].first_token;
  if (!toks_[f].Has(kLineStart)) return -1;
  // The line starting at token l, when it holds only time expressions and
  // capitalised words after them (a zone: "BST") and a line follows: its
  // last time expression, and *next the next line's first token.
  auto stamp_line = [&](uint32_t l, uint32_t* next) -> int32_t {
    if (timex_at_[l] == kNone) return -1;
    int32_t x = kNone;
    uint32_t k = l;
    for (; k < ntok_ && (k == l || !toks_[k].Has(kLineStart)); ++k) {
      if (timex_at_[k] != kNone) x = timex_at_[k];
      else if (!(Cap(k) && t_.tokens[k].kind == TokenKind::kWord)) return -1;
    }
    if (k >= ntok_ || x == kNone) return -1;
    *next = k;
    return x;
  };
  // "UPDATE, 6:15 pm: X says ...": a label of one or two capitalised
  // words, a time and a colon or dash open the entry's first line: the
  // entry's text starts after them.
  auto label_head = [&](uint32_t l, uint32_t* next) -> int32_t {
    uint32_t k = l;
    while (k < ntok_ && k < l + 2 && timex_at_[k] == kNone && Cap(k) &&
           t_.tokens[k].kind == TokenKind::kWord && MentionAt(k) == kNone)
      ++k;
    if (k == l || k >= ntok_) return -1;
    if (W(k) == ",") ++k;
    if (k >= ntok_ || timex_at_[k] == kNone || tx_[timex_at_[k]].first_token != k) return -1;
    const int32_t t = timex_at_[k];
    k = tx_[t].end_token;
    while (k < ntok_ && k < tx_[t].end_token + 2 && Cap(k) && t_.tokens[k].kind == TokenKind::kWord &&
           !toks_[k].Has(kLineStart))
      ++k;
    if (k >= ntok_ || toks_[k].Has(kLineStart)) return -1;
    const Word d = W(k);
    if (!(d == ":" || d == "\xE2\x80\x94" || d == "\xE2\x80\x93" || d == "-" || d == "--"))
      return -1;
    *next = k + 1;
    return t;
  };
  // The stamp is the line above the paragraph (a sentence of its own), or
  // the first line of its first sentence, or a labelled head opening it.
  uint32_t text_from = f;
  int32_t x = stamp_line(f, &text_from);
  if (x < 0) x = label_head(f, &text_from);
  if (x < 0) {
    if (f == 0) return -1;
    uint32_t l = f - 1;
    while (l > 0 && !toks_[l].Has(kLineStart)) --l;
    uint32_t next;
    x = stamp_line(l, &next);
    if (x < 0 || next != f) return -1;
  }
  if (!UsableTimex(x)) return -1;
  // No earlier date or time from the entry's text up to sentence s's end:
  // the entry's narrative has gone back there ("after last night's
  // summit"). What lies on the stamp's day or after ("a ceasefire from
  // midnight") does not move it; "for over an hour" dates nothing.
  long s0, s1;
  if (!DateInterval(tx_date_[x], &s0, &s1)) return -1;
  for (uint32_t k = text_from; k < t_.sentences[s].end_token && k < ntok_; ++k) {
    if (timex_at_[k] == kNone || tx_date_[timex_at_[k]].empty()) continue;
    long a0, a1;
    if (!DateInterval(tx_date_[timex_at_[k]], &a0, &a1) || a0 < s0) return -1;
  }
  return x;
}

bool Extractor::SincePhrase(uint32_t k, int32_t* x, const TriggerEntry** named) const {
  *x = kNone;
  *named = nullptr;
  uint32_t phrase_end = k + 1;
  while (phrase_end < end_ && phrase_end < k + 16 && !HardAt(phrase_end) && W(phrase_end) != ",")
    ++phrase_end;
  for (uint32_t j = k + 1; j < phrase_end; ++j) {
    if (*x == kNone && timex_at_[j] != kNone && !tx_date_[timex_at_[j]].empty()) *x = timex_at_[j];
    if (!*named)
      for (const TriggerMatch& o : trigs_)
        if (o.first == j && o.entry->noun && o.entry->interaction) *named = o.entry;
  }
  if (*x == kNone) return false;
  if (*named && OccasionCalledOff(k + 1, phrase_end)) return false;
  // The time itself ("since 2019", "since March 18"), or an encounter it
  // dates ("since the 2019 G20 summit"): not "since the war began in 2022".
  return tx_[*x].first_token == k + 1 || *named != nullptr ||
         PlaceForOccasion(k + 1, tx_[*x].first_token);
}

void Extractor::EmitEncounterAt(const EventMention& m, const TriggerMatch& tm, int32_t x,
                                const TriggerEntry* named, uint32_t s) {
  for (auto it = out_.rbegin(); it != out_.rend() && it->sentence + 1 >= s; ++it)
    if (it->sentence == s && it->date == tx_date_[x] && it->status == EventStatus::kOccurred)
      return;
  EventMention p;
  p.type = named ? named->type : tm.entry->type;
  p.interaction = true;
  p.date = tx_date_[x];
  p.date_text = std::string(TimexText(x));
  p.status = EventStatus::kOccurred;
  p.participants = m.participants;
  p.start = m.start;
  p.end = m.end;
  p.text = m.text;
  p.sentence = s;
  p.trigger_first = tm.first;
  p.trigger_end = tm.end;
  p.trigger = std::string(t_.text.substr(t_.tokens[tm.first].start,
                                         t_.tokens[tm.end - 1].end - t_.tokens[tm.first].start));
  out_.push_back(std::move(p));
}

void Extractor::PreviousEncounterSince(uint32_t s) {
  const EventMention& m = out_.back();
  if (!m.interaction || m.headline || m.participants.size() < 2) return;
  if (m.status == EventStatus::kNegated) {
    NotSince(s);
    return;
  }
  // A planned one too: "their first summit since Helsinki in 2018" is to come.
  if (m.status != EventStatus::kOccurred && m.status != EventStatus::kPlanned) return;
  for (const TriggerMatch& tm : trigs_) {
    if (!tm.entry->noun || !tm.entry->interaction || tm.end + 1 >= end_) continue;
    // "since" right after the noun, or after its "with Y" ("first call with
    // Y since March 18").
    uint32_t k = tm.end;
    if (W(k) == "with" || W(k) == "between") {
      // Its parties named ("with the Russian leader"): not a generic "a
      // conversation between an American and a Russian president".
      bool parties = false;
      while (k < end_ && k < tm.end + 8 && W(k) != "since" && !HardAt(k) && W(k) != ",") {
        parties = parties || MentionAt(k) != kNone;
        ++k;
      }
      if (!parties) continue;
    }
    if (k >= end_ || W(k) != "since") continue;
    bool first = false;
    for (uint32_t j = tm.first; j > begin_ && j + 6 > tm.first && !first;) {
      --j;
      if (HardAt(j) || W(j) == ",") break;
      first = W(j) == "first";
    }
    if (!first) continue;
    int32_t x;
    const TriggerEntry* named;
    if (!SincePhrase(k, &x, &named)) continue;
    // Before the encounter it precedes.
    long a0, a1, b0, b1;
    if (!DateInterval(tx_date_[x], &a0, &a1)) continue;
    if (!m.date.empty() && DateInterval(m.date, &b0, &b1) && a1 >= b0) continue;
    EmitEncounterAt(m, tm, x, named, s);
    return;
  }
}

void Extractor::AgainOn(uint32_t s) {
  const EventMention& m = out_.back();
  if (!m.interaction || m.headline || m.participants.size() < 2 || m.date.empty() ||
      !Asserted(m.status))
    return;
  for (uint32_t k = m.trigger_end; k + 1 < end_; ++k) {
    if (W(k) != "again") continue;
    // "again on March 13", "again in April", "again last week".
    uint32_t t = k + 1;
    if (t < end_ && (W(t) == "on" || W(t) == "in" || W(t) == "at")) ++t;
    if (t >= end_ || timex_at_[t] == kNone) continue;
    const int32_t x = timex_at_[t];
    if (tx_[x].first_token != t || tx_date_[x].empty() || tx_date_[x] == m.date) continue;
    // "met in May and again in July": the coordinated dates already make
    // one candidate each (AnalyzeSentence).
    uint32_t b = k;
    if (b > begin_ && W(b - 1) == "and") {
      --b;
      if (b > begin_ && W(b - 1) == ",") --b;
      if (b > begin_ && timex_at_[b - 1] != kNone && tx_date_[timex_at_[b - 1]] == m.date) continue;
    }
    // Another interaction word between: "again" is its own.
    bool other = false;
    for (const TriggerMatch& o : trigs_)
      other = other || (o.first >= m.trigger_end && o.first < k && o.entry->interaction);
    if (other) continue;
    for (auto it = out_.rbegin(); it != out_.rend() && it->sentence + 1 >= s; ++it)
      if (it->sentence == s && it->date == tx_date_[x]) return;
    EventMention p = m;
    p.date = tx_date_[x];
    p.date_text = std::string(TimexText(x));
    p.date_inherited = false;
    p.status = EventStatus::kOccurred;
    long a0, a1, d1;
    if (DateInterval(p.date, &a0, &a1) && DctLastDay(&d1) && a0 > d1) p.status = EventStatus::kPlanned;
    if (m.status == EventStatus::kPlanned) p.status = EventStatus::kPlanned;
    out_.push_back(std::move(p));
    return;
  }
}

void Extractor::NotSince(uint32_t s) {
  EventMention& m = out_.back();
  const uint32_t tf = m.trigger_first, te = m.trigger_end;
  if (te >= end_) return;
  // A negation before the trigger, in its clause: "have not met", "hasn't
  // spoken with", "never met ... since".
  bool negation = false;
  for (uint32_t k = ClauseStart(tf); k < tf; ++k) {
    Word w = W(k);
    negation = negation || w == "not" || w == "never" || words::IsNegatedContraction(w);
  }
  if (!negation) return;
  // "since" after the trigger and its complements, in the same clause.
  uint32_t k = te;
  while (k < end_ && k < te + 10 && W(k) != "since" && !HardAt(k) && W(k) != "," &&
         !IsBoundary(k))
    ++k;
  if (k >= end_ || W(k) != "since") return;
  int32_t x;
  const TriggerEntry* named;
  if (!SincePhrase(k, &x, &named)) return;
  long a0, a1, d1;
  if (!DateInterval(tx_date_[x], &a0, &a1) || (DctLastDay(&d1) && a0 > d1)) return;
  // The absence runs from then on: it is on no date of its own.
  if (m.date == tx_date_[x]) {
    m.date.clear();
    m.date_text.clear();
  }
  const EventMention neg = m;  // out_ may grow
  TriggerMatch tm;
  tm.first = tf;
  tm.end = te;
  const TriggerEntry* own = nullptr;
  for (const TriggerMatch& o : trigs_)
    if (o.first == tf && o.end == te) own = o.entry;
  if (!own) return;
  tm.entry = own;
  EmitEncounterAt(neg, tm, x, named, s);
}

void Extractor::AnchorOnNamedOccasions() {
  const size_t ntx = tx_.size();
  for (size_t i = 0; i < ntx; ++i) {
    const uint32_t x = tx_order_[i];
    // "after the Oval Office": the relation word, "the", the place.
    long n;
    uint32_t k;
    if (!DaysBeforeRelation(x, &n, &k)) continue;
    const Timex& d = tx_[x];
    const Word rel = W(k);
    uint32_t p = k + 1;
    if (W(p) == "the") ++p;
    const uint32_t place = p;
    while (p < ntok_ && p < place + 4 && Cap(p) && !Punct(p) && timex_at_[p] == kNone &&
           !toks_[p].Has(kSentenceStart))
      ++p;
    const uint32_t place_end = p;
    if (place_end == place || place_end >= ntok_) continue;
    // The phrase ends there, or after one event noun ("the Anchorage summit,").
    uint32_t after = place_end;
    if (!Punct(after)) {
      lex_.TriggersAt(t_, after, after + 1, &at_);
      bool noun = false;
      for (const auto& m : at_) noun = noun || (m.entry->noun && m.end == after + 1);
      if (!noun) continue;
      ++after;
    }
    if (after >= ntok_ || !Punct(after) || W(after) == "'s") continue;
    // The last earlier sentence that names the place and gives a day.
    long day = 0;
    bool found = false;
    for (size_t j = i; j-- > 0 && !found;) {
      const uint32_t y = tx_order_[j];
      if (tx_[y].sentence == d.sentence || tx_[y].sentence + 20 < d.sentence) continue;
      long a0, a1;
      if (!DateInterval(tx_date_[y], &a0, &a1) || a0 != a1) continue;
      const eg::Sentence& sn = t_.sentences[tx_[y].sentence];
      const uint32_t len = place_end - place;
      for (uint32_t q = sn.first_token; q + len <= sn.end_token && !found; ++q) {
        uint32_t m = 0;
        while (m < len && W(q + m) == W(place + m) && Cap(q + m)) ++m;
        if (m == len && (q + len >= sn.end_token || !Cap(q + len))) {
          found = true;
          day = a0;
        }
      }
    }
    if (!found) continue;
    const long at = rel == "after" ? day + n : day - n;
    tx_date_[x] = FormatDate(date::year_month_day{date::sys_days{date::days{at}}});
  }
}

void Extractor::KeepSubjectGathering(const Candidate& c, const EventMention& m, uint32_t s) {
  if (!c.definite || !c.trig.entry->noun || !(c.trig.entry->frame & kFrameGathering) ||
      !m.participants.empty() || m.status != EventStatus::kOccurred || m.headline || m.anterior)
    return;
  long d0, d1;
  if (PossessiveTimeBefore(c.trig.first) && DateInterval(m.date, &d0, &d1) && d0 == d1) {
    unnamed_dated_.push_back({std::string(LowerSpan(c.trig.first, c.trig.end)), m.date,
                              m.date_text, s, true});
    return;
  }
  // "The summit" opening the sentence (at most a modifier between).
  if (c.trig.first > begin_ + 2) return;
  for (uint32_t k = begin_; k < c.trig.first; ++k)
    if (!(DetAt(k) || Cap(k)) || MentionAt(k) != kNone) return;
  if (!m.date.empty()) {
    // Dated in its clause already.
    if (DateInterval(m.date, &d0, &d1) && d0 == d1)
      unnamed_dated_.push_back({std::string(LowerSpan(c.trig.first, c.trig.end)), m.date,
                                m.date_text, s, true});
    return;
  }
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const int32_t x = int32_t(tx_order_[i]);
    if (tx_[x].first_token < c.trig.end || !UsableTimex(x)) continue;
    long a0, a1;
    if (!DateInterval(tx_date_[x], &a0, &a1) || a0 != a1) return;  // the first date only
    unnamed_dated_.push_back({std::string(LowerSpan(c.trig.first, c.trig.end)), tx_date_[x],
                              std::string(DatingText(tx_[x], t_.text)), s, true});
    return;
  }
}

bool Extractor::BeingThereRelative(uint32_t who) const {
  if (who + 2 >= end_ || W(who) != "who") return false;
  Word be = W(who + 1);
  if (!(be == "was" || be == "were" || be == "is" || be == "are")) return false;
  Word p = W(who + 2);
  return (p == "in" || p == "at") && who + 3 < end_ && Cap(who + 3);
}

void Extractor::KeepPartyDated(const Candidate& c, uint32_t s) {
  uint32_t party = kNoParty;
  bool group = false;
  for (uint32_t e : c.participants) {
    if (KindOf(e) == ActorKind::kGroup) {
      group = true;
    } else {
      if (party != kNoParty) return;  // two named parties: no partial telling
      party = e;
    }
  }
  if (party == kNoParty && !c.trig.entry->noun) {
    // "their top diplomats would meet": a group head as the verb's subject.
    for (uint32_t k = ClauseStart(c.trig.first); k < c.trig.first && !group; ++k)
      group = (ClassesAt(k) & words::kGroupHead) && W(k) != "two";
  }
  // Only a group spoken of without its members' names: "X spoke with the
  // leaders of A and B" (a bare "X spoke on Saturday" names no one to come).
  // (The group is often no actor: "the leaders of A and B" only names the
  // countries; a group head right after "with" and a determiner counts.)
  for (uint32_t k = c.trig.end; !group && k + 1 < end_ && k < c.trig.end + 4; ++k) {
    if (IsBoundary(k)) break;
    if (W(k) != "with") continue;
    uint32_t h = k + 1;
    while (h < end_ && h < k + 4 && (DetAt(h) || W(h) == "both" || W(h) == "two")) ++h;
    group = h < end_ && h > k + 1 && (ClassesAt(h) & words::kGroupHead) && W(h) != "two";
  }
  if (!group) return;
  party_dated_.push_back({party, c.type.empty() ? c.trig.entry->type : c.type, tx_date_[c.timex],
                          std::string(DatingText(tx_[c.timex], t_.text)), s, c.status});
}

bool Extractor::DemonstrativeOfGroupEvent(EventMention& m) const {
  for (auto it = party_dated_.rbegin(); it != party_dated_.rend(); ++it) {
    if (it->sentence + 2 < m.sentence) break;
    if (it->sentence >= m.sentence || it->party != kNoParty || !TypesFit(it->type, m.type) ||
        !Asserted(it->status))
      continue;
    m.date = it->date;
    m.date_text = it->date_text;
    m.status = it->status;
    return true;
  }
  return false;
}

bool Extractor::NamesPartiesOfOneJustTold(EventMention& m) const {
  if (m.participants.size() < 2) return false;
  for (auto it = party_dated_.rbegin(); it != party_dated_.rend(); ++it) {
    if (it->sentence + 1 < m.sentence) break;
    if (it->sentence + 1 != m.sentence || !TypesFit(it->type, m.type) ||
        it->party == kNoParty || it->status != EventStatus::kOccurred)
      continue;
    if (std::find(m.participants.begin(), m.participants.end(), it->party) == m.participants.end())
      continue;
    m.date = it->date;
    m.date_text = it->date_text;
    return true;
  }
  return false;
}

// --- Status framing -------------------------------------------------------
// Where the words around an event noun say it will not, or may not, happen.

// "the summit, which was cancelled", "talks, which could take place":
// a relative clause right after an event noun and its complements speaks of
// the event, as its auxiliary would ("the summit was cancelled"). Returns
// the token after "which"/"that" when one opens at `k`, else `k`. Without
// a comma, only a denied one ("a meeting that never happened").
uint32_t Extractor::RelativeClauseAfter(uint32_t k) const {
  if (k + 2 < end_ && W(k) == "," && (W(k + 1) == "which" || W(k + 1) == "that")) return k + 2;
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
  uint32_t since = 0;
  for (uint32_t k = first; k > begin_ && k + 14 > first;) {
    --k;
    if (W(k) == "since") {
      if (k + 1 < first) since = k;
      break;
    }
    // "to" before a name or a determiner is a preposition ("trip to Moscow").
    const bool prep_to = W(k) == "to" && (Cap(k + 1) || MentionAt(k + 1) != kNone || DetAt(k + 1));
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
bool Extractor::SentenceHasTime() const {
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const size_t x = tx_order_[i];
    // "the first meeting between the two since the minister's trip to
    // Moscow in December 2024": the occasion's time, not the sentence's.
    if (tx_[x].first_token > begin_ && SinceBefore(tx_[x].first_token) != 0) continue;
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
    if (b > begin_ && (W(b - 1) == "within" || W(b - 1) == "in" || W(b - 1) == "after"))
      return true;
  }
  return false;
}

// "their first summit since Helsinki in 2018": a place, then "in" and the
// time, names the encounter held there then (as "since the Helsinki
// summit in 2018" does). [first, time_first) is the place and the "in".
bool Extractor::PlaceForOccasion(uint32_t first, uint32_t time_first) const {
  if (time_first < first + 2 || time_first > first + 4 || W(time_first - 1) != "in") return false;
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
bool Extractor::NearFutureSpan() const {
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const Timex& t = tx_[tx_order_[i]];
    if (t.type != TimexType::kDuration || (t.value != "PXD" && t.value != "PXW")) continue;
    for (uint32_t k = t.first_token; k < t.end_token && k < t.first_token + 2; ++k)
      if (W(k) == "coming" || W(k) == "next") return true;
  }
  return false;
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
  // A time of the sentence that gives a date is its own ("for three hours" gives none).
  for (size_t i = tx_lo_; i < tx_hi_; ++i)
    if (!tx_date_[tx_order_[i]].empty()) return false;
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

// ---------------------------------------------------------------------------
// WHO rules: who takes part. Small rules on the participants of a clause,
// hooked into the clause analysis above by one-line calls.

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
    if (s > begin_ && DetAt(s - 1)) --s;
    if (!(s == begin_ || W(s - 1) == "," || s == ClauseStart(open, false))) return false;
    AddOnce(ents, m.entity);
    return true;
  }
  if (m.first_token < begin_ + 2) return false;
  open = m.first_token - 1;
  if (W(open) != ",") return false;
  // The phrase starts the clause, or follows a comma ("According to X,
  // Pakistan's DGMO, Y, called Z").
  uint32_t cs = open;
  while (cs > begin_ && open - cs < 7 && W(cs - 1) != "," && !HardAt(cs - 1)) --cs;
  if (cs >= open || open - cs > 6) return false;
  if (cs != begin_ && W(cs - 1) != "," && cs != ClauseStart(open, false)) return false;
  for (uint32_t k = cs; k < open; ++k) {
    if (MentionStartsAt(k)) {
      const ActorMention& o = a_.mentions[MentionAt(k)];
      // "The UK's foreign secretary, David Lammy,": the office names him too.
      if (o.entity == m.entity && o.end_token == open) break;
      if (!Possessive(o.end_token)) return false;
      k = o.end_token;  // the 's
      continue;
    }
    if (Punct(k) || (k > cs && PrepAt(k)) || AuxAt(k)) return false;
  }
  AddOnce(ents, m.entity);
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
// with two persons or more signing (not all of one known country), a
// meeting of the signers and of those in whose presence they signed, dated
// and placed as the agreement.
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
  // passive; its agents follow "by", past a time or place.
  for (uint32_t k = verb->end; k + 1 < end_ && k < verb->end + 10; ++k) {
    if (HardAt(k) || W(k) == "," || MentionStartsAt(k)) break;
    if (W(k) == "by") {
      ListRight(k + 1, true, &signers);
      break;
    }
  }
  std::vector<uint32_t> persons;
  std::string_view country;
  bool two_countries = false;
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
uint32_t Extractor::NameAfterTitleComplement(uint32_t p, uint32_t q) const {
  const Word w = W(q);
  if (q <= p || !(w == "for" || w == "of" || w == "on") || !(ClassesAt(q - 1) & words::kTitleWord))
    return 0;
  for (uint32_t k = q + 1; k < end_ && k < q + 9; ++k) {
    if (MentionStartsAt(k)) {
      k = a_.mentions[MentionAt(k)].end_token - 1;
      continue;
    }
    const Word x = W(k);
    if (x == "," && k > q + 1 && k + 1 < end_ && MentionStartsAt(k + 1)) {
      // "..., Okafor said": the name after the comma is the speaker.
      const ActorMention& m = a_.mentions[MentionAt(k + 1)];
      const bool speaker = m.end_token < end_ && SpeechAt(m.end_token);
      return KindOf(m.entity) == ActorKind::kPerson && !speaker ? k + 1 : 0;
    }
    if (!(x == "and" || DetAt(k) || Cap(k) || (ClassesAt(k) & words::kTitleWord))) return 0;
  }
  return 0;
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
  if (Possessive(t)) return true;
  // A lower-case word right before the item only before a title opening
  // its mention ("military chief Andriy Hnatov").
  if (t == last && !(t + 1 < end_ && (ClassesAt(t + 1) & words::kTitleWord))) return false;
  if (MentionEndsAt(t)) return true;
  return t_.tokens[t].kind == TokenKind::kWord && !DetAt(t) && !PrepAt(t) && !AuxAt(t) &&
         timex_at_[t] == kNone && W(t) != "and" && W(t) != "or";
}

std::vector<EventMention> Extractor::Run() {
  for (uint32_t s = 0; s < t_.sentences.size(); ++s) AnalyzeSentence(s);
  return std::move(out_);
}

}  // namespace

std::vector<EventMention> ExtractEvents(const Document& doc, const TextAnalysis& text,
                                        const std::vector<Timex>& timexes,
                                        const DocActors& actors, const TriggerLexicon& lex) {
  Extractor x(doc, text, timexes, actors, lex);
  return x.Run();
}

void MarkInteractionParties(const std::vector<EventMention>& events, DocActors* actors) {
  bool firms = false;
  for (const DocEntity& e : actors->entities) firms |= e.party_only;
  if (!firms) return;
  for (const EventMention& m : events)
    if (m.interaction)  // (Emit keeps firms out of other events)
      for (uint32_t p : m.participants) actors->entities[p].party = true;
}

}  // namespace eg
