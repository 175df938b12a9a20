// Internal to the events stage: the Extractor behind ExtractEvents()
// (events/events.h), shared by the files extract*.cc that define its rules,
// one family of rules per file. Not a public header: nothing outside
// src/events includes it.
//
// An Extractor analyses one document: the constructor indexes the
// document's mentions and time expressions per token and anchors dates
// told relative to named occasions; Run() walks the sentences in order
// (AnalyzeSentence, extract_sentence.cc) and returns the event mentions,
// each dated, placed and given a status. The tables it fills per token are
// kept per thread (Scratch) from one document to the next.
#ifndef EG_EVENTS_EXTRACTOR_H_
#define EG_EVENTS_EXTRACTOR_H_

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
namespace extract_detail {

constexpr int32_t kNone = -1;
// Flag in a trigger's participant count: a noun needing "with" that had none.
constexpr size_t kNamedNoInteraction = size_t(1) << 40;

// The key of a literal of up to 8 bytes, as TextAnalysis::keys gives a
// token's (its bytes as a little-endian integer, zero-padded), unrolled so
// that it folds to a constant where the literal is known.
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
// up to 8 bytes that is one test of (length, key), the literal's key
// a constant, so a chain costs one branch per literal, not two and a
// memcmp (string_view's == calls memcmp with a run-time length).
struct Word : std::string_view {
  uint64_t key = 0;  // the word's key (TextAnalysis::keys)
  Word() = default;
  Word(std::string_view s, uint64_t k) : std::string_view(s), key(k) {}
  template <size_t N>
  bool operator==(const char (&s)[N]) const {
    if constexpr (N - 1 <= 7) {
      // The key alone: no token holds a NUL byte (the tokenizer reads it
      // as a space), so a token's key has exactly min(8, size) non-zero
      // bytes; equal to a literal's key, whose eighth byte is zero, it has
      // the literal's length as well as its bytes. The token's length is
      // then never computed (two loads and a subtraction at each of the
      // rules' many comparisons).
      return key == LiteralKey(s);
    } else if constexpr (N - 1 == 8) {
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
  // A leader's visit awaiting its host (kFrameVisit, extract_visits.cc):
  // the destination's tokens, and its country entity when it is a mention.
  uint32_t visit_first = 0, visit_end = 0;
  int32_t visit_country = kNone;
  int32_t seat = kNone;  // a visit to this seat of an office (EventMention::seat_visit)
};

// The per-token and per-sentence tables, kept per thread from one document
// to the next: allocating them afresh for every document (and malloc
// consolidating the large blocks on free) cost more than filling them.
struct Scratch {
  std::vector<int32_t> mention_at, timex_at;
  std::vector<uint64_t> cue_lens;
  std::vector<uint8_t> cue_known;
  std::vector<uint32_t> clause_start, clause_tail, clause_path, info;
  std::vector<uint32_t> mfirst, tx_order;
  std::vector<std::string> tx_date;
  std::vector<TriggerMatch> trigs, at;
  std::vector<size_t> trig_np;
  std::vector<Quotation> quotes;
  uint32_t quotes_from = 0, quotes_to = 0;  // `quotes` holds those of these tokens' line
};

// Whether `text` ends with `lower_word` (lower case), ignoring the case of
// ASCII letters in `text`: "the summit" of a trigger "Summit".
inline bool EndsWithLower(std::string_view text, std::string_view lower_word) {
  if (text.size() < lower_word.size()) return false;
  const size_t off = text.size() - lower_word.size();
  for (size_t i = 0; i < lower_word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[off + i])) != lower_word[i]) return false;
  return true;
}

inline Scratch& ThreadScratch() {
  thread_local Scratch s;
  return s;
}

class Extractor {
 public:
  Extractor(const Document& doc, const TextAnalysis& t, const std::vector<Timex>& tx,
            const DocActors& a, const TriggerLexicon& lex)
      : doc_(doc), t_(t), tx_(tx), a_(a), lex_(lex), scratch_(ThreadScratch()) {
    size_t n = t.tokens.size();
    // Between documents both tables hold kNone everywhere (the destructor
    // clears what the constructor set): only the spans of this document's
    // mentions and times are written, not all its tokens (filling the
    // tables cost more than the spans, most tokens being in neither).
    // They only grow.
    if (mention_at_.size() < n) mention_at_.resize(n, kNone);
    if (timex_at_.size() < n) timex_at_.resize(n, kNone);
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
      // "will brief Y before the weekend": by the Friday that ends the
      // week, not on its Saturday (the weekend's own date).
      const uint32_t f = tx[x].first_token;
      if (v.size() > 3 && v.substr(v.size() - 3) == "-WE" && f > 0 && f < n && W(f - 1) == "before")
        tx_date_[x] = DayBefore(tx_date_[x]);
    }
    tx_order_.resize(tx.size());
    for (size_t x = 0; x < tx.size(); ++x) tx_order_[x] = uint32_t(x);
    // The time stage reports them in text order: sorting (and its buffer)
    // only when they are not.
    auto by_first = [&](uint32_t a, uint32_t b) { return tx[a].first_token < tx[b].first_token; };
    if (!std::is_sorted(tx_order_.begin(), tx_order_.end(), by_first))
      std::stable_sort(tx_order_.begin(), tx_order_.end(), by_first);
    for (const DocEntity& e : a.entities) any_seat_ = any_seat_ || e.seat;
    AnchorOnNamedOccasions();
    AnchorAfterThat();
    LaterInTheMonthJustTold();
  }

  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;
  // Leaves the thread's tables as the next document expects them: kNone
  // wherever this one's mentions and times were (not for the SharedTables
  // copy, which wrote nothing).
  ~Extractor() {
    if (!owns_tables_) return;
    const uint32_t n = ntok_;
    for (size_t m = 0; m < a_.mentions.size(); ++m)
      for (uint32_t k = mfirst_[m]; k < a_.mentions[m].end_token && k < n; ++k)
        mention_at_[k] = kNone;
    for (const Timex& x : tx_)
      for (uint32_t k = x.first_token; k < x.end_token && k < n; ++k) timex_at_[k] = kNone;
  }

  std::vector<EventMention> Run();
  // A transcript of two or more labelled speakers: their conversation.
  void Conversation();
  // "X's delegation was led by P" after a meeting of X: P for X.
  void DelegationHeads();
  // "X met Y on Monday. The two men were later joined by A and B." / "Lula
  // was accompanied by A; Trump by B." / "A and B were also present.":
  // those the next sentences place there take part (extract_who_rules.cc).
  void CompanionsOfEventJustTold();
  bool OccasionIncludedAt(uint32_t k, uint32_t first) const;

 private:
  // An extractor over `doc`'s document that reads its per-document tables
  // (mentions, time expressions: the thread's Scratch, filled by `doc`'s
  // constructor) with a sentence state of its own, before any sentence:
  // GroupMembers' collector. It writes no table of the Scratch (no
  // sentence of it is prepared).
  struct SharedTables {};
  Extractor(const Extractor& doc, SharedTables)
      : doc_(doc.doc_), t_(doc.t_), tx_(doc.tx_), a_(doc.a_), lex_(doc.lex_),
        scratch_(doc.scratch_), owns_tables_(false) {}

  // --- tokens -----------------------------------------------------------
  // t_.Lower(token i) without substr's bounds check: tokens are spans of
  // the text, and lower has the text's length; its key is the text stage's
  // (TextAnalysis::keys).
  // (The token array, the lower-cased text and the keys as plain pointers:
  // one load less for each of the many tokens the rules look at.)
  __attribute__((always_inline)) Word W(uint32_t i) const {
    const Token& tk = toks_[i];
    return Word(std::string_view(lower_ + tk.start, tk.end - tk.start), keys_[i]);
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
    return HardPunctAt(i) ||
           (OpenerAt(i) && MentionAt(i) == kNone && timex_at_[i] == kNone &&
            !(i + 1 < ntok_ && toks_[i + 1].Has(kGlued) && W(i + 1) == "-") &&
            !AdverbYet(i));
  }
  // "has not yet spoken with Y", "hasn't yet met", "has yet to meet": "yet"
  // after an auxiliary or a negation is the adverb, inside the clause, not
  // the conjunction that opens one ("..., yet they met"); a boundary there
  // would cut the negation off the verb.
  bool AdverbYet(uint32_t i) const {
    if (i == 0 || W(i) != "yet") return false;
    const Word p = W(i - 1);
    return words::IsAuxiliary(p, classes_.Of(p)) && p != "to";
  }
  // A comma or hard punctuation at i, where the clause scans stop: both
  // are punctuation tokens, so a word costs one test of its kind.
  bool CommaOrHardAt(uint32_t i) const {
    return toks_[i].kind == TokenKind::kPunct && (W(i) == "," || HardAt(i));
  }
  bool HardAt(uint32_t i) const {
    if (prepared_ && i >= begin_ && i < end_) return InfoAt(i) & kInfoHardPunct;
    return HardPunctAt(i);
  }
  // words::IsHardPunct of token i, asked only of punctuation tokens (the
  // only ones it holds for): a word costs a test of its kind, not a call.
  // The marks around a quoted title are none (QuotedTitleMark).
  bool HardPunctAt(uint32_t i) const {
    return toks_[i].kind == TokenKind::kPunct && words::IsHardPunct(W(i)) && !QuotedTitleMark(i);
  }
  // A quotation mark around a short title after a determiner ('co-chaired
  // the "Summit for Peace" with Y', 'its "America First" policy'): part of
  // a noun phrase, no clause boundary as the marks around a quote are.
  bool QuotedTitleMark(uint32_t i) const;
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
  // (The known entry, the common case, inline; the filling out of line.)
  __attribute__((always_inline)) uint32_t InfoAt(uint32_t i) const {
    const uint32_t v = info_[i - begin_];
    return (v & kInfoKnown) ? v : FillInfoAt(i);
  }
  __attribute__((noinline)) uint32_t FillInfoAt(uint32_t i) const {
    Word w = W(i);
    uint32_t c = classes_.Of(w) | kInfoKnown;
    if (HardPunctAt(i)) c |= kInfoHardPunct | kInfoBoundary;
    // ("so-called", "after-hours": the first part of a compound opens nothing.)
    if ((c & words::kClauseOpener) && mention_at_[i] == kNone && timex_at_[i] == kNone &&
        !(i + 1 < end_ && toks_[i + 1].Has(kGlued) && W(i + 1) == "-") && !AdverbYet(i))
      c |= kInfoBoundary;
    info_[i - begin_] = c;
    return c;
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
  // "He'll", "she'd": a he / she with its auxiliary glued on (one token).
  bool ContractedSingularPronounAt(uint32_t k) const {
    const std::string_view w = W(k);
    const size_t n = w.substr(0, 3) == "she" ? 3 : w.substr(0, 2) == "he" ? 2 : 0;
    if (n == 0) return false;
    const std::string_view rest = w.substr(n);
    return rest == "'ll" || rest == "'d" || rest == "\xE2\x80\x99ll" || rest == "\xE2\x80\x99" "d";
  }
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
  // cue_known_ marks the rows filled: a byte per token to clear for each
  // prepared sentence, not the rows' 128.
  const uint64_t* CueLensAt(uint32_t k) const {
    uint64_t* m = &cue_lens_[size_t(k - begin_) * kCueClasses];
    if (!cue_known_[k - begin_]) {
      // (CueLengthsAt clears the row first.)
      if (lex_.MayStartCueAt(t_, k))
        lex_.CueLengthsAt(t_, k, end_, m);
      else
        std::fill(m, m + kCueClasses, uint64_t(0));
      cue_known_[k - begin_] = 1;
    }
    return m;
  }
  // The sentence's tables, made when a trigger of it is analysed (most
  // sentences have none), filled as they are asked: the cue lengths of
  // every class at each token (one lexicon probe per token), the
  // ClauseStart answers, the tokens' classes.
  void PrepareSentence() {
    size_t n = end_ > begin_ ? end_ - begin_ : 0;
    // The rows are filled when first asked for (CueLensAt); only their
    // marks are cleared.
    if (cue_lens_.size() < n * kCueClasses) cue_lens_.resize(n * kCueClasses);
    cue_known_.assign(n, 0);
    clause_start_.assign(2 * (n + 1), kUnknown);
    clause_tail_.assign(2 * (n + 1), kUnknown);
    info_.assign(n, 0);
    prepared_ = lex_.max_cue_words() < 63;
  }
  static constexpr uint32_t kUnknown = ~uint32_t(0);

  // --- participants -----------------------------------------------------
  uint32_t ListRight(uint32_t p, bool apposition, std::vector<uint32_t>* ents) const;
  bool ItemRight(uint32_t* p, bool apposition, std::vector<uint32_t>* ents) const;
  bool QuantityBeforeGroup(uint32_t q) const;
  bool CountriesFrom(uint32_t k, uint32_t* p, std::vector<uint32_t>* ents) const;
  uint32_t GroupMembersRight(uint32_t p, std::vector<uint32_t>* ents) const;
  uint32_t GroupComplementEnd(uint32_t q) const;
  bool MembersAfterComplement(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const;
  uint32_t ListLeft(uint32_t last, std::vector<uint32_t>* ents) const;
  // "with several European leaders and X": X, past a group without members.
  bool UnnamedGroupThenItem(uint32_t* p, std::vector<uint32_t>* ents) const;
  bool SpentTimeBefore(uint32_t p, uint32_t* before) const;
  bool SubjectLeft(uint32_t p, bool adjacent_ok, std::vector<uint32_t>* ents) const;
  // `pronouns`: a he / she / they that opens the clause is its subject.
  bool ClauseSubject(uint32_t before, std::vector<uint32_t>* ents, bool pronouns = false) const;
  bool ResolvePronoun(uint32_t p, std::vector<uint32_t>* ents) const;
  // A sentence [from, to) whose subject is a name no actor was found for.
  bool UnknownNameSubject(uint32_t from, uint32_t to) const;
  // "the Putin call": a person's name that modifies the noun after it.
  bool NounModifierName(int32_t m) const;
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
  // "B said he would call C": the speaker of the report a pronoun opens.
  bool SpeakerOfReport(uint32_t p, std::vector<uint32_t>* ents) const;
  // The pair two sentences name when the previous one names only one of it.
  bool PairAcrossTwoSentences(std::vector<uint32_t>* out) const;
  // "him" / "her" as an object at p: the nearest person before it, in this
  // sentence or the previous one, who is none of `subject`.
  bool ResolveObjectPronoun(uint32_t p, const std::vector<uint32_t>& subject,
                            std::vector<uint32_t>* ents) const;
  // "the company" at p: the first organisation of this sentence before p,
  // else of the previous sentence.
  bool ResolveFirm(uint32_t p, std::vector<uint32_t>* ents) const;
  // "three" .. "eight" as a number, else 0.
  static int CountWord(Word w);
  // "the four leaders" at p (the group noun): `want` persons named together.
  bool ResolveCounted(uint32_t p, int want, std::vector<uint32_t>* ents) const;
  // "the two Americans" at p, the country's mention (extract_subjects.cc).
  bool CountedNationals(uint32_t p, int want, std::vector<uint32_t>* ents) const;
  // The subject pronoun before `verb` resolved to a person of `obj`: the
  // nearest other person before it instead.
  void SubjectPronounNotObject(uint32_t verb, const std::vector<uint32_t>& obj,
                               Candidate* c) const;
  bool ResolvePlural(uint32_t p, std::vector<uint32_t>* ents) const;
  bool PairOfHostClause(uint32_t ref, std::vector<uint32_t>* ents) const;
  // "a call between the two presidents in March, in which X invited Y": the
  // two persons of the relative clause that follows the pair's phrase.
  bool PairOfFollowingRelative(uint32_t head, std::vector<uint32_t>* ents) const;
  // "met A at the Pentagon and B at the State Department": at q, right
  // after a person item, a place ("at" / "in", capitalised words) followed
  // by "and" and a person who has a place of their own: the "and"'s token,
  // where the list goes on; else q (extract_lists.cc).
  uint32_t ParallelPlaceAfter(uint32_t q) const;
  // "a dinner on Monday night, at which X handed Y a letter": the persons
  // (two or more, none owners) of the "at / during / in which" clause on
  // the occasion noun tm, past its phrases of time and place
  // (extract_occasion_relative.cc). False, adding none, without two.
  bool OccasionRelativePersons(const TriggerMatch& tm, std::vector<uint32_t>* ents) const;
  // "talks with officials, including a meeting in March with Y": a noun
  // candidate right after "including" with only its "with" party takes the
  // subject of the interaction candidate before it, and its status, place
  // and type are read then (extract_occasion_relative.cc).
  void IncludedEncounters(std::vector<Candidate>* cands);
  // "the Secretary hosted X": a capitalised title after "the" with no name
  // is the one person the text named with that title before the sentence.
  bool HolderOfTitle(uint32_t p, std::vector<uint32_t>* ents) const;
  bool SeriesClosesAfter(uint32_t verb) const;
  // "A, the minister responsible for trade, and B": the comma closing a
  // person item's appositive in a list (ListRight), or r.
  uint32_t PersonAppositionAfter(uint32_t q, uint32_t r) const;
  // "and deputy first minister, X," as a list item: a lower-case office
  // (ending in a title word) then its holder in apposition. q is the
  // office's first word; adds the person and moves *p past him.
  bool OfficeThenHolder(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const;
  // "the two" at p-1, p: a pair of its own where it stands as a subject
  // ("when the two met"; the callers ask at a subject's head).
  bool TheTwoAlone(uint32_t p) const { return p > begin_ && W(p) == "two" && W(p - 1) == "the"; }
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
  // Whether a blank line separates sentence s (> 0) from the one before.
  bool ParagraphBreakBefore(uint32_t s) const {
    const uint32_t pe = t_.sentences[s - 1].end, ps = t_.sentences[s].start;
    for (uint32_t b = pe; b + 1 < ps; ++b)
      if (t_.text[b] == '\n' && t_.text[b + 1] == '\n') return true;
    return false;
  }
  void NounParticipants(const TriggerMatch& tm, Candidate* c) const;
  uint32_t CueEndingAt(uint32_t k) const;
  void FrontedOccasionObject(uint32_t from, uint32_t comma, uint32_t r, Candidate* c) const;
  void ClauseActors(uint32_t before, bool subject_only, Candidate* c) const;
  int32_t GoverningPreposition(uint32_t k, uint32_t r) const;
  bool DeniedReportOf(const TriggerMatch& tm) const;
  bool TimeOutsideRelative(size_t x, const TriggerMatch& tm) const;
  uint32_t ReportedClauseAfter(uint32_t r, uint32_t before) const;
  uint32_t PastFrontedClause(uint32_t cs, uint32_t before) const;
  std::string GroupKey(uint32_t head) const;
  // GroupKey written into key_buf_ (no allocation once it has grown).
  std::string_view GroupKeyView(uint32_t head) const;
  void CollectGroups();
  // The members the text names for the group whose head is token `head`
  // (nullptr if none). The groups are collected when first asked for.
  const std::vector<uint32_t>* GroupMembers(uint32_t head) const;
  const std::vector<uint32_t>* TitledGroup(uint32_t head) const;
  void VerbParticipants(const TriggerMatch& tm, Candidate* c) const;
  uint32_t ObjectAfterShiftedPhrase(uint32_t r, bool with) const;
  void RelativeAntecedent(const TriggerMatch& tm, Candidate* c) const;
  void RightParticipants(const TriggerMatch& tm, uint32_t from, Candidate* c) const;
  bool IsNoun(const TriggerMatch& a, const TriggerMatch& b, uint32_t i) const;
  // ", however," ending at k (the second comma): a conjunctive adverb set
  // off by commas inside a clause ("X did, however, speak with Y"), no
  // appositive and no clause boundary. Closed class: grammar, not lexicon.
  bool ConjunctiveAsideEndsAt(uint32_t k) const {
    if (k < begin_ + 3 || k >= end_ || W(k) != "," || W(k - 2) != ",") return false;
    const Word a = W(k - 1);
    return a == "however" || a == "though" || a == "meanwhile" || a == "nonetheless" ||
           a == "nevertheless" || a == "instead" || a == "too" || a == "also" ||
           a == "moreover" || a == "separately";
  }
  // "together" right before the verb at [first, end) or in its clause
  // after it, past its object ("X and Y appeared together", "X and Y
  // together visited Z", "played a round together"): the frame `together`.
  uint32_t SingledOutPredicate(uint32_t p) const;
  bool IncludedSpeakers(uint32_t p, std::vector<uint32_t>* ents) const;
  // extract_quoted_title.cc: at an opening quote mark k, the closing mark of
  // a short quoted title (at most eight words, no sentence or clause
  // punctuation inside), else 0.
  uint32_t QuotedTitleEnd(uint32_t k) const;
  // At an opening quote mark k right after a verb of support or a
  // determiner, the closing mark of a quoted noun phrase headed by an
  // interaction noun ('had "a good, frank conversation"'), else 0.
  uint32_t QuotedEventNounEnd(uint32_t k) const;
  // extract_participants.cc: a comma at k between two modifiers of a noun
  // after a determiner ("a good, frank conversation").
  bool CoordinatedModifierComma(uint32_t k) const;
  // extract_participants.cc: the main clause's subject for a phrase at
  // `before` inside a participle clause set off after it (", before
  // agreeing to ... after a call with Y").
  void ParticipleClauseSubject(uint32_t before, Candidate* c) const;
  // extract_references.cc: mention m is a transcript's speaker label
  // ("MS. KESSLER:" opening its line).
  bool SpeakerLabel(int32_t m) const;
  bool TogetherAt(uint32_t first, uint32_t end) const;
  // extract_by_phone.cc: a call's medium follows the person object of the
  // verb ending at token `end`, within its clause ("invited X by phone on
  // Wednesday", "thanked Y over the phone", "told Z in a phone call").
  bool MediumAfterObject(uint32_t end) const;
  // extract_visits.cc: the destination right after a kFrameVisit form
  // ending at token k, a country's mention or a capitalised name that is
  // no other mention ("visited Amman", "travel to the United States").
  bool VisitDestination(uint32_t k, uint32_t* first, uint32_t* end, int32_t* country) const;
  // Whether the candidate of a kFrameVisit trigger is a person's visit
  // that names no other party: then it awaits its host (Candidate::visit_*).
  bool LeaderVisit(const TriggerMatch& tm, Candidate* c) const;
  // A form of frame `visit` that is nothing else ("flew to", "a trip to";
  // not "visited", which also takes a person, nor "a visit to", which
  // also needs "with"): only a leader's visit makes it a trigger.
  static bool VisitOnly(const TriggerEntry& e) {
    return (e.frame & kFrameVisit) && !(e.frame & (kFrameObject | kFrameNeedsWith));
  }
  // "together" followed by the cause it stands for at k ("behind X",
  // "on Iraq", "in solidarity"): a common stance, not a gathering.
  bool SolidarityAfter(uint32_t k) const;

  // --- date, place, status -----------------------------------------------
  bool UsableTimex(int32_t x) const;
  // The time x closes a range right after another time ("September 14-15",
  // "from June 15 to 17"); with `start`, x opens one instead.
  bool RangeEnd(int32_t x) const;
  bool RangeStart(int32_t x) const;
  bool RangeJoint(uint32_t j, int32_t x) const;
  // "BEIJING, June 6 (Xinhua) -- The call on Thursday ...": the wire
  // dateline's date, when the sentence has another usable time.
  bool DatelineBesideOther(int32_t x) const;
  bool DatelineShape(int32_t x) const;
  bool LeadDateAfter(uint32_t x, uint32_t end, long d1) const;
  // "16:10 — Looking ahead: X will hold talks with Y on Wednesday": a live
  // blog's time stamp opening the entry's line (a clock time, a zone, then
  // a dash, a colon or a bar; or the entry's first, capitalised word right
  // after the clock) is when the entry was written, not when what
  // it tells happens, when the sentence names another usable time.
  bool StampBesideOther(int32_t x) const;
  // "X, who has met Y twice, said on Monday ...": the verb trigger tm is a
  // perfect in a relative clause on a person (", who has / have / had"),
  // background to the main clause; a time [tf, te) outside that clause
  // (up to its closing comma) does not date it.
  bool BackgroundPerfectRelative(const TriggerMatch& tm, uint32_t tf, uint32_t te) const;
  // "a call on Tuesday, in which X and Y discussed ...", "a state visit on
  // Tuesday, during which X will host Y": the trigger tm opens an "in
  // which" / "during which" clause whose antecedent phrase names a time;
  // what the clause tells happens within its antecedent, at that time.
  // The time expression, or kNone (also when `own`, the trigger's time so
  // far, lies inside the clause).
  int32_t WhichClauseAntecedentTime(const TriggerMatch& tm, int32_t own) const;
  // "X told Y in a meeting that ...", "X said during a call on Monday
  // that ...": the noun trigger tm is the occasion of the verb of saying
  // before it, and the "that" clause after it is what was said, not a
  // relative clause on the noun. The "that" token, or 0. The occasion is
  // dated by the saying's clause: neither the verb of saying before it nor
  // a time inside the reported clause takes it from that.
  uint32_t SpeechOccasionThat(const TriggerMatch& tm) const;
  // "X met Y on Wednesday afternoon, a meeting officials described as a
  // briefing on the deal": time expression x is followed by a comma and an
  // indefinite interaction noun that restates the event just told; returns
  // the comma's token, else 0. What that apposition names later ("the
  // deal") is no event of that time.
  uint32_t RestatingApposition(int32_t x) const;
  // "the following year, in September 1986": time expression x followed by
  // a comma, an optional "in" / "on" and a time y whose date lies within
  // x's and is narrower: y, which restates x more precisely; else x.
  int32_t RestatedMorePrecisely(int32_t x) const;
  // "took place on Jan. 17, three days before the vote, when X and Y
  // discussed trade": the trigger tm opens (after ", when") a relative
  // clause on the dated time before its comma, perhaps past an undated
  // time's apposition between commas. That time, or kNone.
  int32_t WhenClauseHostTime(const TriggerMatch& tm) const;
  // "have spoken several times this year, most recently on July 31": after
  // the trigger tm, in its sentence and before a hard boundary, "most" and
  // a `latest` cue, then (past a preposition) a dated time: the latest
  // instance of what the clause tells, which is the one a timeline shows.
  // That time, or kNone.
  int32_t LatestInstanceTime(const TriggerMatch& tm) const;
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
  uint32_t SceneRelativeOpener(uint32_t a, uint32_t b) const;
  std::string PlaceNear(const TriggerMatch& tm) const;
  // "X was at the White House", "X's visit to the Kremlin": a candidate
  // meeting of the subject with the seat (extract_seats.cc), whose holder
  // ResolveSeatVisits puts in its place; `cands` are the sentence's.
  void SeatVisits(std::vector<Candidate>* cands) const;
  // A meeting the rules made up from a cue rather than a trigger word (a
  // seat visit, a session of those present), with its trigger span and
  // participants set: its status and place are read around that span as
  // for any trigger.
  void PushSyntheticMeeting(Candidate&& c, std::vector<Candidate>* cands) const;
  // Whether the sentence names the seat of an office (DocEntity::seat).
  bool SentenceNamesSeat() const;
  // "Around the table: A, B and C", "A, B and C were in the room": a
  // session of the persons the sentence lists (extract_presence.cc).
  bool SentenceListsPresent() const;
  bool ListsPresentScan() const;
  mutable int64_t presence_sent_ = -1;  // the sentence SentenceListsPresent answered for
  mutable size_t presence_mention_ = 0;  // ListsPresentScan's first mention of that sentence
  mutable bool presence_ = false;
  void PresenceSessions(std::vector<Candidate>* cands) const;
  std::string PlaceRun(uint32_t p) const;
  EventStatus StatusOf(const Candidate& c) const;
  bool InYesNoQuestion(const TriggerMatch& tm) const;
  bool DeniedClause(uint32_t clause_start) const;
  // A "that" clause opening at clause_start completes a cue of class `cls`
  // (through the noun it governs: "denied reports that"), within ten words.
  bool ThatClauseOfCue(uint32_t clause_start, CueClass cls) const;
  // "pushed both sides to": a verb of urging at k, an object, then "to".
  bool UrgedTo(uint32_t k, uint32_t limit) const;
  // A backing cue ("support for") right before the noun trigger tm, but for
  // its modifiers: "its support for direct peace talks between X and Y".
  bool BackingBefore(const TriggerMatch& tm) const;
  // "(because they were) not authorized to discuss the talks publicly".
  bool InUnauthorizedDisclaimer(const TriggerMatch& tm) const;
  // "What happened to the summit?", "X and Y, have they spoken since?":
  // the trigger's clause is a question that does not presuppose the event.
  bool InQuestion(const TriggerMatch& tm) const;
  // "X and Y crossed paths at the summit, where they did not hold a
  // meeting": `denied`, negated, stands in a ", where" clause after the
  // occurred `told`, of the same type and the same participants.
  bool DeniedInWhereClause(const Candidate& told, const Candidate& denied) const;
  // "X proposed that A and B meet": the trigger's clause opens with "that"
  // after a word of proposal, and its verb is not past.
  bool ProposedClause(uint32_t clause_start, const TriggerMatch& tm) const;
  // --- status framing (see the section near the end of the file) ---
  uint32_t RelativeClauseAfter(uint32_t k) const;
  bool HabitualPresent(const TriggerMatch& tm) const;
  bool FrontedSentenceTime(size_t x) const;
  bool DashedMembersSubject(uint32_t p, std::vector<uint32_t>* ents) const;
  bool ModalArrangement(uint32_t k) const;
  bool GatheringJustTold(EventMention& m) const;
  bool PossessiveTimeBefore(uint32_t first) const;
  // Whether the sentence gives a time that may place the event whose trigger
  // starts at trig_first: one inside a relative clause set off by a comma
  // (", who won on Sunday,", ", where ... due within weeks") that does not
  // hold the trigger is another event's (InOtherRelativeClause).
  bool SentenceHasTime(uint32_t trig_first) const;
  bool InOtherRelativeClause(uint32_t k, uint32_t trig_first) const;
  bool NearFutureSpan() const;
  bool CircumstanceOf(uint32_t k) const;
  int32_t HeadingLineDate(uint32_t s) const;
  static constexpr uint32_t kNoScareQuote = UINT32_MAX;
  uint32_t ScareQuoteOpen(uint32_t close) const;
  uint32_t ScareQuoteClose(uint32_t open) const;
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
  // "King Abdullah of Jordan met X": a country or organisation list that
  // starts at `first` right after "PERSON of" names whose he is. Replaces
  // *list with the person and returns the person's first token; else
  // returns `first`.
  uint32_t PersonOfPolity(uint32_t first, std::vector<uint32_t>* list) const;
  // The last resort for an interaction word whose structure gave fewer
  // than two parties: when its clause is dated, the persons named within
  // ten tokens of it in the clause (not owners, not parties of another
  // event of the sentence) are its parties, if there are two.
  void ClausePersonsFallback(const TriggerMatch& tm, Candidate* c) const;
  bool NameInAppositionSubject(uint32_t comma, std::vector<uint32_t>* ents) const;
  // "X and the commission chairperson, Y, held talks": the comma after Y.
  bool ConjunctOfficeApposition(uint32_t comma, std::vector<uint32_t>* ents) const;
  uint32_t BodyModifiesPerson(uint32_t q) const;
  uint32_t MembersIntroducedAt(uint32_t q) const;
  void SigningMeeting(uint32_t s);
  uint32_t NameAfterTitleComplement(uint32_t p, uint32_t q) const;
  // "Chief of Army Staff Field Marshal X": from q (right after an office's
  // "of"), an optional "the" and capitalised words reach a person's mention.
  bool CapitalisedRunToPerson(uint32_t q) const;
  uint32_t InThePresenceOf(uint32_t q, std::vector<uint32_t>* ents) const;
  bool TitleOfItemWord(uint32_t t, uint32_t last) const;
  // Token q continues the time expression of the token before it.
  bool InsideTimex(uint32_t q) const {
    return q > begin_ && q < end_ && timex_at_[q] != kNone && timex_at_[q] == timex_at_[q - 1];
  }
  bool PrepositionBetween(uint32_t from, const TriggerMatch& tm) const;
  bool PurposeOfInteractionVerb(uint32_t from, const TriggerMatch& tm) const;
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
  // "In May, the delegations met in Istanbul, and three days later X and Y
  // held a call": the time stage counts "three days later" from the last
  // day it saw named, an older one; the story has moved on to May since.
  // A duration counted from a day before the month the narrative named just
  // before it (in the same or the previous sentence) dates only that month.
  void LaterInTheMonthJustTold();
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
  // A page of readouts or press releases, each with its own date: a dated
  // heading line above the item ("PM call with President X: 9 July 2025"),
  // or an issue line closing it ("[Issued Monday, February 17]"). The
  // time expression of the item's date for sentence s, or -1; *closing
  // says it is an issue line below the item.
  int32_t SectionDate(uint32_t s, bool* closing) const;
  // The days from the day of writing that a deictic time expression names:
  // "today", "this morning", "tonight" 0; "yesterday", "last night" -1;
  // "tomorrow" +1; kNoShift for any other.
  static constexpr int kNoShift = 100;
  int TodayShift(int32_t x) const;
  // The day-precise line date of a short line starting at token l (no
  // final stop, a time expression with a day): its timex, or -1.
  int32_t DatedShortLine(uint32_t l, uint32_t* next) const;
  // "X and Y met today, their first face-to-face meeting since 2019", "his
  // first call with Y since March 18": the first encounter since a time
  // says the parties met then. For the interaction just emitted (out_'s
  // last, of sentence s), an occurred mention of its parties on the date
  // of the "since" phrase (its time expression, "since a brief
  // conversation ... in April" too), typed by the noun the phrase names
  // if any, else by the "first" noun. Once per noun.
  void PreviousEncounterSince(uint32_t s);
  // "X met Y on Wednesday. It was their first meeting since the talks in
  // August.": sentence s, which emitted nothing, opens with "it" / "this" /
  // "that" and a form of "be" before "their first NOUN since ...": it
  // restates the interaction told last (in the two sentences before), and
  // the "since" phrase dates an earlier encounter of its parties (as for
  // PreviousEncounterSince), told by sentence s.
  void RestatedFirstSince(uint32_t s);
  // The noun trigger tm's "since" after "first ... tm" (past the noun's
  // "there" / "here"), or 0.
  uint32_t FirstNounSince(const TriggerMatch& tm) const;
  // "X and Y have not met since the 2019 summit in Osaka", "X hasn't spoken
  // with Y since March": for the negated interaction just emitted with
  // "since" after its trigger in the clause, the negated one loses the
  // phrase's date (the absence runs from it on). The encounter then is
  // presupposed, not told: no mention is made of it.
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
  // Emits the encounter the "since" phrase at k dates, before m's date.
  bool EncounterSince(const EventMention& m, const TriggerMatch& tm, uint32_t k, uint32_t s);
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
  // "X, who arrived in Kuala Lumpur on Sunday, was greeted by Y": a relative
  // clause at `who` telling only X's arrival somewhere ("who arrived in",
  // "who landed at") sets the scene of what X did there, told as done.
  bool ArrivalRelative(uint32_t who) const;
  // The narrative time dates an undated event of sentence s: the sentence
  // continues a narrative the last sentences dated and gives no time of its
  // own (an unresolvable one such as "two days later" without an anchor
  // counts as its own).
  bool NarrativeDates(uint32_t s) const {
    return tx_hi_ == tx_lo_ && !narrative_.date.empty() && narrative_.sent + 3 >= s &&
           ContinuesNarrative();
  }
  bool SubjectEvent(const Candidate& c) const;
  // The date of the sentence right before s dates c, told in the past
  // after it in the same paragraph (extract_narrative.cc).
  bool PreviousSentenceDates(const Candidate& c, uint32_t s);
  // The sentence opens with a phrase of place ending in a capitalised name
  // and a comma before `before`, with no time in it: "At the Elysee
  // Palace,", "In Warsaw,".
  bool PlaceOpener(uint32_t before) const;
  // "The council will meet in New York later on Friday. X has said he will
  // also meet Y on the sidelines.": a plan told without a time of its own,
  // right after a sentence of the same paragraph that set a time after the
  // publication day, told in the future, is planned for that time (the
  // reference time of a narrative of what is to come). The narrative's
  // date, or "".
  std::string FutureNarrativeDate(uint32_t s, uint32_t trigger);
  // extract_narrative.cc: "X and Y are due to meet at Kananaskis": the
  // first day-precise time after the publication day of the latest of the
  // 25 sentences before s that names `place` (capitalised, whole), or "".
  std::string PlaceOccasionDate(uint32_t s, std::string_view place, std::string* date_text);
  // "will meet Y on Wednesday and will also be received by Z": *m, a plan with
  // no date, takes the date of the plan it is joined to (extract_sentence.cc).
  void PlanConjunctDate(EventMention* m) const;
  // The subject of the verb of motion at most `window` tokens before the
  // preposition at `prep`, in its clause: "X flew to Washington for talks",
  // "X returned from talks with Y", "X will fly to Doha to hold talks".
  // `meet_moves`: "met" / "meet" count as motion ("met for talks"), but not
  // before a "to" that opens the trigger's own infinitive.
  bool MotionSubject(uint32_t prep, int window, std::vector<uint32_t>* ents,
                     bool meet_moves = true) const;
  bool DatesSpeech(size_t x, const TriggerMatch& tm) const;
  // A verb of saying lies between time expression x, before the trigger,
  // and the trigger: x dates the saying.
  bool SpeechBetween(size_t x, const TriggerMatch& tm) const {
    if (tx_[x].end_token > tm.first) return false;
    for (uint32_t k = tx_[x].end_token; k < tm.first; ++k)
      if (SpeechAt(k)) return true;
    return false;
  }
  bool FutureInThePast(uint32_t k, const TriggerMatch& tm) const;
  // The time expression at token t (ending at `t_end`) lies in the
  // conjunct before the verb trigger tm, which opens one of its own after
  // "and" or ", then" ("arrived on Sunday and (then) met Y"): no subject or
  // punctuation between them ("That day: X picked up the phone and
  // called Y" is the whole clause's day).
  bool EarlierConjunct(uint32_t t, uint32_t t_end, const TriggerMatch& tm) const {
    if (t >= tm.first || tm.entry->noun) return false;
    uint32_t k = tm.first;
    // "and will meet", "and is due to meet", "and then plans to visit":
    // the conjunct's own auxiliaries and fillers stand between "and" and
    // its verb; a future conjunct after a past one is still its own clause.
    while (k > t_end && (FillerAt(k - 1) || W(k - 1) == "to")) --k;
    // ", and he is also expected to call on Z": a conjunct with a subject
    // pronoun of its own after ", and" is a clause of its own too.
    // "met Y on Wednesday, then sat down with Z": ", then" joins the
    // conjuncts as "and" does.
    if (k > t_end + 1 && W(k - 1) == "then") --k;
    if (k > t_end + 2 && W(k - 2) == "and" && W(k - 3) == "," &&
        (W(k - 1) == "he" || W(k - 1) == "she" || W(k - 1) == "they" || W(k - 1) == "we"))
      k -= 2;
    else if (k > t_end && W(k - 1) == "," && W(k) == "then")
      ;
    else if (k <= t_end || W(k - 1) != "and")
      return false;
    for (uint32_t j = t_end; j + 1 < k; ++j)
      if (MentionAt(j) != kNone || Punct(j)) return false;
    return true;
  }

  void AnalyzeSentence(uint32_t s);
  bool IsTemporalPp(const Candidate& c) const;
  bool PairOfStory(std::string_view title, std::vector<uint32_t>* ents) const;
  // "the two presidents": the title a group head names ("president"), or "".
  std::string_view TitleOfGroup(uint32_t head) const;
  // Whether entity e is named with `title` somewhere in the document
  // ("Russian President Vladimir Putin"); true for an empty title.
  bool NamedWithTitle(uint32_t e, std::string_view title) const;
  // Whether entity e may be a head of state or government: titled as one
  // somewhere in the document, or (unless `strict`) never titled as a
  // minister, aide, etc.
  bool NamedAsLeader(uint32_t e, bool strict = false) const;
  // "X paid a state visit to China": the country visited is met in the
  // person of its leader when the document names exactly one.
  void VisitedCountryLeader(EventMention* m) const;
  // "ahead of a formal UK-France summit on Thursday": a summit of countries
  // is one of their leaders; each country gives way to the one leader of it
  // the document names (all or none).
  void SummitCountryLeaders(EventMention* m) const;
  // The one person of polity `code` the document names as a leader
  // (NamedAsLeader, strict), or -1 when none or several.
  int32_t NamedLeaderOf(const std::string& code) const;
  // "held separate meetings with A and B": one with each (Candidate::separately).
  void SeparateMeetingsWith(const TriggerMatch& tm, Candidate* c) const;
  // "X held talks with A and with B": the repeated "with" tells one
  // encounter with each; "with A, thanking him ..., and with B": B's is
  // another event, added to `cands`.
  void RepeatedWithApart(const TriggerMatch& tm, Candidate* c,
                         std::vector<Candidate>* cands) const;
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
  // With `since_only`, only "since" counts: "stalled since their meeting in
  // Vladivostok the previous November".
  bool TemporalPpAt(uint32_t first, uint32_t lo, bool since_only = false) const;
  bool DuringPpAt(uint32_t first, uint32_t lo) const;
  // A dated time expression in the clause within 10 tokens from `from`.
  bool DatedAfter(uint32_t from) const;
  // Adds to `out` the two persons named in tokens [lo, hi) when there are
  // exactly two (whatever how often each is named).
  bool TwoPersonsNamed(uint32_t lo, uint32_t hi, std::vector<uint32_t>* out) const;
  // `after_trigger`: only a "separately" after the trigger's first word.
  bool Separately(const TriggerMatch& tm, bool manner_only = false,
                  bool after_trigger = false) const;
  bool ObjectsListedApart(const TriggerMatch& tm, const Candidate& c) const;
  bool PairNamedAfterGroup(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const;
  bool LeaderNamedAfter(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents,
                        bool name = false) const;
  bool BodyDelegation(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const;
  bool LoweredTitle(std::string_view span, size_t at) const;
  void SharedSubjectOfAdjunct(uint32_t k, Candidate* c) const;
  bool PolityOfOwner(uint32_t q, uint32_t* p, std::vector<uint32_t>* ents) const;
  bool SurnameHe(uint32_t p, std::vector<uint32_t>* ents) const;
  // Time expression t is a weekday name alone ("Friday"), no set or abbreviation.
  bool BareWeekday(int32_t t) const;
  bool PresentBeforeWeekday(const Candidate& c) const;
  // The verb trigger tm is in the present in a clause of time opened at cs
  // ("until he meets Putin", "once they meet"), with only its subject
  // between: what it tells is to come.
  bool PresentInTimeClause(uint32_t cs, const TriggerMatch& tm) const;
  // "did not speak with Y until June 10": the "until" (or "till") at k,
  // right before a time expression, closes a negated clause (a "not",
  // "never" or "-n't" in the ten words before it, no comma between). The
  // negation tells when the event happened, not that it did not.
  // "X and Y agreed on Monday to set up a panel, in a meeting at the
  // palace": an event noun heading "in" right after a comma at the clause's
  // tail is the occasion on which the clause's predicate took place; the
  // comma's token, else kNoParticiple. A proposal or a denial before the
  // comma is about the predicate, not the occasion (as for a participle).
  uint32_t OccasionPpComma(const TriggerMatch& tm) const;
  bool NotUntil(uint32_t k) const;
  // The verb trigger tm is a participle opening a clause after a comma
  // ("toured the region seeking support, meeting Y on Jan. 4"): returns
  // the comma's token, or kNoParticiple when tm is not such a participle.
  static constexpr uint32_t kNoParticiple = UINT32_MAX;
  uint32_t ParticipleComma(const TriggerMatch& tm) const;
  // Token k is a hyphen inside a word ("two-and-a-half-hour"): no space
  // on either side.
  bool GluedHyphen(uint32_t k) const {
    return k + 1 < end_ && toks_[k].Has(kGlued) && toks_[k + 1].Has(kGlued);
  }
  bool OngoingNow(const Candidate& c) const;
  bool InteractionBetween(uint32_t a, uint32_t b, bool time_first) const;
  bool SetOffPhraseAround(const TriggerMatch& o, uint32_t a, uint32_t b) const;
  bool LeftFrom(const TriggerMatch& o, uint32_t a) const;
  bool HostingOccasion(const TriggerMatch& o, uint32_t a) const;
  bool TimeOfEarlierTrigger(size_t x, const TriggerMatch& tm) const;
  bool BackAYear(const Candidate& c, std::string* date);
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
  const uint64_t* const keys_ = t_.keys.data();
  Scratch& scratch_;
  const bool owns_tables_ = true;  // false in the SharedTables copy
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
  // days up to the publication date, and the persons it names (those of
  // the next sentence when it names none: "It was a busy Tuesday for an
  // American president."). Made on
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
  // extract_narrative.cc: "on the sidelines of the dinner": the day-precise
  // time right after the noun (past a preposition) in the 25 sentences
  // before sentence s ("a farewell dinner on Wednesday evening").
  bool NamedOccasionDate(std::string_view noun, uint32_t s, std::string* date,
                         std::string* date_text) const;
  bool ReturnTripDate(const EventMention& m, std::string* date, std::string* date_text) const;
  bool AlsoAfterDatedDoing(const EventMention& m, std::string* date, std::string* date_text);
  // "X met Y on Monday, and Y also met Z": the dated interaction before it
  // in the sentence, with a party of it, dates m (extract_narrative.cc).
  bool AlsoInDatedSentence(EventMention& m) const;
  // "X met A on Monday and held talks with B", "The leaders later spoke
  // with Y", "The ministers were then received by Z", "After the session,
  // ...": an interaction told as what came next after a dated one, with a
  // party of it, happened the same day (extract_narrative.cc).
  bool SequelOfDated(const EventMention& m, bool sentence_has_time, std::string* date,
                     std::string* date_text) const;
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
  // Some entity of the document is the seat of an office (DocEntity::seat):
  // only then are sentences looked at for visits to one.
  bool any_seat_ = false;
  std::vector<uint64_t>& cue_lens_ = scratch_.cue_lens;
  std::vector<uint8_t>& cue_known_ = scratch_.cue_known;  // CueLensAt's rows filled
  std::vector<uint32_t>& clause_start_ = scratch_.clause_start;
  // clause_tail_[2 * (p - begin_) + speech]: where ClauseStartScan's walk
  // from position p (after its first step) ends; kUnknown until one passed.
  std::vector<uint32_t>& clause_tail_ = scratch_.clause_tail;
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
  // Removes from `parts` each country a person of `parts` serves (same
  // polity code): the person, not the country, is the party.
  void DropRepresentedCountries(std::vector<uint32_t>* parts) const;
  // A country named only before a group of private people ("U.S. business
  // leaders", cue class private_group) takes no part.
  void DropPrivateGroupCountries(std::vector<uint32_t>* parts) const;
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
  // Sentence s's text, shared by its mentions: made once per sentence,
  // only for one that keeps a mention.
  std::shared_ptr<const std::string> SentenceText(uint32_t s) {
    if (!sentence_text_ || sentence_text_of_ != s) {
      sentence_text_ = ShareText(t_.Str(t_.sentences[s]));
      sentence_text_of_ = s;
    }
    return sentence_text_;
  }
  std::shared_ptr<const std::string> sentence_text_;  // Emit's last evidence text
  uint32_t sentence_text_of_ = 0;                     // and its sentence
  // The narrative's reference time: the last date the text gave before
  // this sentence, the sentence that gave it and its time expression.
  struct NarrativeTime {
    std::string date;
    uint32_t sent = 0;
    int32_t tx = -1;
  };
  NarrativeTime narrative_;
  // While a flashback's times lead the narrative (Timex::flashback): the
  // story's narrative before it, restored where its paragraph ends.
  bool in_flashback_ = false;
  NarrativeTime story_;
  const std::vector<Candidate>* cur_ = nullptr;  // candidates of this sentence so far
  // Groups the text names members of ("european leaders" -> Merz, Macron).
  // Collected on the first question (most documents never ask): the walk
  // over every token of the document costs more than all questions.
  mutable std::map<std::string, std::vector<uint32_t>, std::less<>> group_members_;
  mutable bool groups_collected_ = false;
  mutable std::string key_buf_;
  // Countries PolityOfOwner stood in for a leader's team in this sentence
  // ("spoke with Trump's team"), and countries and organisations named by
  // their delegation (BodyDelegation: "hosted a Hamas delegation"):
  // parties even where a frame asks for persons.
  mutable std::vector<uint32_t> owner_polities_;
};

inline void AddOnce(std::vector<uint32_t>* v, uint32_t e) {
  if (std::find(v->begin(), v->end(), e) == v->end()) v->push_back(e);
}

// Whether date value `inner` lies within date value `outer` ("1987-06" in
// "198X"); false when either is no date.
inline bool WithinDate(std::string_view inner, std::string_view outer) {
  long i0, i1, o0, o1;
  return DateInterval(inner, &i0, &i1) && DateInterval(outer, &o0, &o1) && o0 <= i0 && i1 <= o1;
}

// Whether the participant lists a and b name a party in common.
inline bool ShareParty(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  for (uint32_t e : a)
    if (std::find(b.begin(), b.end(), e) != b.end()) return true;
  return false;
}
inline bool Asserted(EventStatus s) { return s == EventStatus::kOccurred || s == EventStatus::kPlanned; }

inline bool TypesFit(const std::string& a, const std::string& b) {
  return a == b || a == "talks" || b == "talks";
}

}  // namespace extract_detail
}  // namespace eg

#endif  // EG_EVENTS_EXTRACTOR_H_
