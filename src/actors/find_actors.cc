// FindActors: one pass over each sentence's tokens, then a resolution pass
// over the mentions found (ambiguous aliases, spelling variants, surnames).
//
// At each token, in order of precedence:
//  1. a role or title prefix ("the Russian president", "his Russian
//     counterpart", "Putin's spokesman", "Defence Secretary", "Mr"), with
//     the name that follows it if any: a name wins over the role, the role
//     is evidence for the name;
//  2. a gazetteer name (longest match, case-folded, first word capitalised);
//  3. a capitalised name-like span that the gazetteer does not know: a
//     person when a cue says so (given name first, speech verb, apposition
//     with a role); otherwise kept as a weak candidate that survives only if
//     it links to a name of the document or is a close variant of a
//     gazetteer person.
//
// Cost: each token is hashed (folded) and looked up in the gazetteer's
// token index once per document; the rules read those per-token facts,
// and the scan visits only the tokens a bit per token marks as possible
// starts (capitalised, or opening a prefix). A name match reads its
// values from the trie edge that ends it and its candidates' kinds from a
// byte per gazetteer entry, not from the entries. Fuzzy matching of unknown
// names reads only gazetteer persons whose surname has the right initial
// and a near length, and its answers that hold in any document are kept
// by the thread. Everything a document needs besides its DocActors
// (token facts, mention list, name indexes) is the thread's, cleared per
// document: no allocation once the thread has seen a large document.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <unordered_map>
#include <memory>
#include <unordered_set>

#include "actors/actors.h"
#include "actors/kin_appositions.h"
#include "actors/flat_index.h"
#include "actors/fold.h"
#include "actors/name_match.h"

namespace eg {

namespace {

struct Raw {
  uint32_t first = 0, end = 0;            // whole mention (title included)
  uint32_t name_first = 0, name_end = 0;  // the name part; empty for role mentions
  int gaz = -1;                           // resolved gazetteer entry
  PhraseTable::Values cands;  // ambiguous gazetteer alias
  bool via_role = false;
  bool strong = false;  // discovered name with a person cue
  bool weak = false;    // discovered name without cue
  bool firm = false;    // an unknown firm named with its legal form ("Telerate Inc.")
  int role_holder = -1;  // holder of the title's office on the dct (evidence)
  int title_role = -1;   // role key index of the title before the name, if any
  // The polity of that title ("Cambodian Prime Minister X": "KH"), as
  // Prefix::code; empty without one or for a former office.
  std::string_view title_polity;
};

// A discovered two-word name by its given name's token hash (Build, step 2).
struct GivenName {
  uint64_t hash;
  uint32_t raw;
};

struct Prefix {
  uint32_t len = 0;
  int role = -1;            // role key index, -1 for a plain title
  std::string_view polity;  // code or entity id, empty when none
  // The polity's code as DocEntity::country has it ("RU", "NATO"; the id of
  // an entity without one), empty when none.
  std::string_view code;
  bool former = false;
  bool counterpart = false;
  bool of_polity = false;   // "the president of Russia": no name follows
  bool determiner = false;  // "the", or a possessive that makes a bare role definite
  TitleStrength strength = TitleStrength::kWeak;
  int person_owner = -1;    // "Putin's spokesman": Putin's entry
  uint32_t owner_first = 0, owner_end = 0;
};

// kPrefixWord: a word that may open a role prefix or a plural role ("the",
// "his", "former", "both"...); by folded hash, so a superset of the exact
// tests ParsePrefix() and PluralRoles() make, which may skip a token that
// has neither this bit nor a table bit they need.
constexpr uint32_t kPrefixWord = kRolePrefixWord;
// Every role prefix starts with a determiner or modifier word, a polity
// (adjective or name) or a title or role word; so does a plural role.
constexpr uint32_t kOpensByTable = StartBit(WordTable::kAdjectives) | StartBit(WordTable::kNames) |
                                   StartBit(WordTable::kTitles) | StartBit(WordTable::kRoleWords);
constexpr uint32_t kOpensPrefix = kPrefixWord | kOpensByTable;
// A lower-case word opens a prefix only as a determiner or modifier, or as
// a title or role word ("spokesman Dmitry Peskov"): polities (adjectives,
// names) count only capitalised, as do names. So a lower-case word starts
// something only with one of these bits.
constexpr uint32_t kOpensLowerByTable = StartBit(WordTable::kTitles) | StartBit(WordTable::kRoleWords);
constexpr uint32_t kOpensLower = kPrefixWord | kOpensLowerByTable;
static_assert(kOpensLower == kLowerOpenerClasses, "Gazetteer::MayOpenLower() filters these");
// A bit no table sets (WordBit and StartBit use the low 24, kPrefixWord
// the top one): marks classes not yet looked up.
constexpr uint32_t kClassesUnknown = 1u << 30;
static_assert(StartBit(WordTable::kVesselWords) < kClassesUnknown && kPrefixWord > kClassesUnknown,
              "bit 30 is free");
// Words that are never part of a person's name (NameToken()).
constexpr uint32_t kNeverNameWord = WordBit(WordTable::kStopwords) | WordBit(WordTable::kOrgWords) |
                                    WordBit(WordTable::kTitles) | WordBit(WordTable::kRoleWords) |
                                    WordBit(WordTable::kAdjectives);

class Finder {
 public:
  Finder(const Document& doc, const TextAnalysis& t, const Gazetteer& g)
      : t_(t), g_(g), tokens_(t.tokens.data()), lower_(t.lower.data()), raws_(ThreadRaws()),
        org_spans_(ThreadOrgSpans()) {
    if (doc.dct) {
      has_dct_ = true;
      dct_ = date::sys_days(*doc.dct);
    }
    // Per-token facts, in arrays the thread reuses from one document to
    // the next (grown, never shrunk: resize() would zero what a shorter
    // document gave back): the folded hash of every token, and where the
    // scan stops. What the gazetteer's tables say of a token (its classes,
    // a probe of the token index that often misses the cache) is looked up
    // when first asked (C()): the rules ask it of the tokens around the
    // scan's stops, a third of the tokens or so.
    const size_t n = t.tokens.size();
    thread_local TokenFacts facts;
    if (facts.c.size() < n) facts.c.resize(n);
    if (facts.scan.size() < (n + 63) / 64) facts.scan.resize((n + 63) / 64);
    c_ = facts.c.data();
    scan_ = facts.scan.data();
    index_ = g.TokenIndex();
    std::fill(c_, c_ + n, kClassesUnknown);
    // One pass: whether a mention may start at the token: a word that is
    // capitalised or, in lower case, may open a prefix (the gazetteer's
    // small MayOpenLower() filter, a superset of the words with kOpensLower
    // classes: the other lower-case words start nothing), set without a
    // branch (which tokens these are is what the processor cannot predict),
    // 64 bits gathered in a register. The text stage's hash of the
    // lower-cased bytes is the FoldedHash of an all-ASCII token: the
    // folded hashes are the text stage's array itself, unless a token is
    // not ASCII; only then are they copied, and those tokens folded.
    const Token* tokens = t.tokens.data();
    const uint64_t* text_hashes = t.hashes.data();
    const Gazetteer::TokenIndexView index = index_;
    uint64_t* const scan = scan_;
    std::vector<std::pair<uint32_t, uint64_t>>& folded = facts.folded;
    folded.clear();
    // Blocks of 64 tokens: a block's bits are one word of scan. The bits
    // are set from the text stage's hashes; a block with a non-ASCII token
    // (the flags of its tokens or'ed together say so: no branch per token)
    // sets those tokens' bits again from their folded hashes.
    auto starts_at = [&](const Token& tk, uint64_t hk) {
      return uint64_t(tk.kind == TokenKind::kWord) &
             (uint64_t((tk.flags & (kCapitalized | kAllCaps)) != 0) | uint64_t(index.MayOpenLower(hk)));
    };
    for (size_t block = 0; block < n; block += 64) {
      const size_t end = std::min(n, block + 64);
      uint64_t bits = 0;
      uint32_t any_flags = 0;
      // k & 63 is k - block (blocks start at multiples of 64).
      for (size_t k = block; k < end; ++k) {
        const Token& tk = tokens[k];
        any_flags |= tk.flags;
        bits |= starts_at(tk, text_hashes[k]) << (k & 63);
      }
      if (__builtin_expect(any_flags & kNonAscii, 0)) {
        for (size_t k = block; k < end; ++k) {
          const Token& tk = tokens[k];
          if (!(tk.flags & kNonAscii)) continue;
          const uint64_t hk = FoldedHash(t.Str(tk));
          folded.emplace_back(uint32_t(k), hk);
          bits = (bits & ~(uint64_t(1) << (k & 63))) | (starts_at(tk, hk) << (k & 63));
        }
      }
      scan[block >> 6] = bits;
    }
    if (folded.empty()) {
      h_ = text_hashes;
    } else {
      if (facts.h.size() < n) facts.h.resize(n);
      std::copy(text_hashes, text_hashes + n, facts.h.data());
      for (const auto& [k, hk] : folded) facts.h[k] = hk;
      h_ = facts.h.data();
    }
    // The scan asks the classes of every token where a mention may start
    // first thing: looked up here in one loop of independent probes, whose
    // cache misses overlap, instead of one at a time between the scan's
    // branches.
    for (size_t w = 0; w < (n + 63) / 64; ++w)
      for (uint64_t bits = scan[w]; bits; bits &= bits - 1) {
        const size_t k = w * 64 + size_t(__builtin_ctzll(bits));
        c_[k] = index.Classes(h_[k]);
      }
  }

  DocActors Run();

 private:
  static std::vector<Raw>& ThreadRaws() {
    thread_local std::vector<Raw> raws;
    raws.clear();
    return raws;
  }
  static std::vector<std::pair<uint32_t, uint32_t>>& ThreadOrgSpans() {
    thread_local std::vector<std::pair<uint32_t, uint32_t>> spans;
    spans.clear();
    return spans;
  }

 private:
  // Through pointers of the Finder's own: t_ is a reference, and reading a
  // token through it loads the vector's data again after every call.
  const Token& Tok(uint32_t i) const { return tokens_[i]; }
  // The first token at or after i, before e, where a mention may start
  // (see the constructor), else e.
  uint32_t NextStart(uint32_t i, uint32_t e) const {
    while (i < e) {
      const uint64_t w = scan_[i >> 6] >> (i & 63);
      if (w) {
        i += uint32_t(__builtin_ctzll(w));
        return i < e ? i : e;
      }
      i = (i | 63) + 1;
    }
    return e;
  }
  std::string_view L(uint32_t i) const {
    const Token& tk = tokens_[i];
    return std::string_view(lower_ + tk.start, tk.end - tk.start);  // TextAnalysis::Lower
  }
  bool IsWord(uint32_t i) const { return Tok(i).kind == TokenKind::kWord; }
  bool IsCap(uint32_t i) const { return IsWord(i) && Tok(i).Has(kCapitalized); }
  // The bytes compared in place (not through Str()'s bounds-checked
  // substr): callers pass a literal, whose length the compiler knows.
  bool IsPunct(uint32_t i, std::string_view p) const {
    const Token& tk = Tok(i);
    return tk.kind == TokenKind::kPunct && tk.end - tk.start == p.size() &&
           std::memcmp(t_.text.data() + tk.start, p.data(), p.size()) == 0;
  }
  bool IsPossessive(uint32_t i) const { return Tok(i).kind == TokenKind::kPossessive; }
  // A quotation mark that may open (or close) a quote: ` ' " and the curly ones.
  bool QuoteMark(uint32_t i, bool opening) const {
    switch (QuoteCharAt(t_, i)) {
      case QuoteChar::kDouble: case QuoteChar::kSingle: return true;
      case QuoteChar::kBacktick: case QuoteChar::kOpenDouble: case QuoteChar::kOpenSingle:
        return opening;
      case QuoteChar::kCloseDouble: case QuoteChar::kCloseSingle: return !opening;
      default: return false;
    }
  }

  // Classes of token i (Gazetteer::TokenClasses), looked up once.
  uint32_t C(uint32_t i) const {
    uint32_t c = c_[i];
    if (c & kClassesUnknown) {
      c = index_.Classes(h_[i]);
      c_[i] = c;
    }
    return c;
  }
  // Token i alone is a phrase of table t.
  bool In(uint32_t i, WordTable t) const { return (C(i) & WordBit(t)) != 0; }
  const PhraseTable& Table(WordTable t) const;
  // Longest phrase of table t at token i before e; skips the walk when no
  // phrase of t starts with token i.
  uint32_t Match(WordTable t, uint32_t i, uint32_t e,
                 PhraseTable::Values* v = nullptr) const {
    if (i >= e || !(C(i) & StartBit(t))) return 0;
    return Table(t).LongestMatchStarting(h_, i, e, v);
  }

  void ScanSentence(uint32_t s, uint32_t e);
  Prefix ParsePrefix(uint32_t i, uint32_t e) const;
  // org_first: the first word may be an organisation word ("Park").
  uint32_t NameSpan(uint32_t i, uint32_t e, bool org_first = false) const;
  bool Initial(uint32_t i, uint32_t e) const;
  bool JoinedInitials(uint32_t i) const;
  bool NameToken(uint32_t i) const;
  // Gazetteer match at i usable as a name: first word capitalised.
  uint32_t GazMatch(uint32_t i, uint32_t e, PhraseTable::Values* v) const;
  bool HasKind(PhraseTable::Values v, GazKind k) const;
  // Every candidate of the match is a person (no place or firm of that name).
  bool OnlyPersons(PhraseTable::Values v) const {
    for (uint32_t x : v)
      if (g_.KindOf(x & ~kMetonymFlag) != GazKind::kPerson) return false;
    return true;
  }
  bool PersonCue(uint32_t s, uint32_t i, uint32_t n, uint32_t e) const;
  bool CompanyContext(uint32_t s, uint32_t i, uint32_t n, uint32_t e) const;
  bool PossessedByPerson(uint32_t i, uint32_t n, uint32_t e) const;
  bool GivenNameWrittenAlone(uint32_t i) const;
  // A word that may be a given name in the text: capitalised inside a
  // sentence, not glued after a hyphen, no word of the tables.
  // `at_start_ok`: a sentence's first word may be one too, when the document
  // also writes it alone inside sentences (GivenNameWrittenAlone).
  bool GivenNameShape(uint32_t i, bool at_start_ok = false) const {
    const Token& t = Tok(i);
    constexpr uint32_t kNotGiven = WordBit(WordTable::kStopwords) | WordBit(WordTable::kOrgWords) |
                                   WordBit(WordTable::kTitles) | WordBit(WordTable::kRoleWords) |
                                   WordBit(WordTable::kAdjectives);
    return (at_start_ok || !t.Has(kSentenceStart)) && !t.Has(kAllCaps) && !t.Has(kGlued) && t.end - t.start >= 3 &&
           !(c_[i] & kNotGiven);
  }
  uint32_t PluralRoles(uint32_t i, uint32_t e);
  uint32_t DelegationsOfCountries(uint32_t i, uint32_t e);
  uint32_t SpanWords(uint32_t i, uint32_t n) const;
  bool OrgFollows(uint32_t after, uint32_t e) const;
  bool AmpersandFollows(uint32_t after, uint32_t e) const;
  bool Byline(uint32_t s, uint32_t i) const;
  // Whether two or more lines open with a speaker label in capitals
  // ("ANA RUIZ: ...", "RUIZ: ..."): a transcript. Found when first asked.
  bool SpeakerLabelled() const;
  mutable int8_t speaker_labelled_ = -1;
  bool BroadcastSignOff(uint32_t a) const;
  bool ContributorsLine(uint32_t s, uint32_t e) const;
  bool NameAloneAtTop(uint32_t i) const;
  // A word shaped like a vessel noun (five letters or more, in lower case)
  // or a ship prefix (three or four capitals): the cheap test before the
  // table's ("the", "said", "President" are none).
  bool VesselShape(uint32_t k) const {
    const Token& t = Tok(k);
    const uint32_t n = t.end - t.start;
    return t.kind == TokenKind::kWord &&
           (t.Has(kAllCaps) ? n >= 3 && n <= 4 : n >= 5 && !t.Has(kCapitalized));
  }
  bool GovernmentWord(uint32_t k) const;
  int ResolveRole(const Prefix& p, uint32_t at) const;
  int Counterpart(const Prefix& p, uint32_t at) const;
  int Anaphor(const Prefix& p, uint32_t at) const;
  int HomeHolder(const Prefix& p, uint32_t at) const;
  mutable uint32_t header_end_ = UINT32_MAX;  // HomeHolder's, found when first asked
  void AddName(uint32_t first, uint32_t nf, uint32_t ne, PhraseTable::Values v,
               uint32_t vlen, bool strong, int role_holder);

  void ResolveAmbiguous();
  int ByDate(PhraseTable::Values cands, int title_role) const;
  bool TitleFits(uint32_t person, int role) const;
  std::optional<date::sys_days> OfficeFloor() const;
  bool HolderNamed(uint32_t person, uint32_t b, uint32_t e) const;
  DocActors Build();

  const TextAnalysis& t_;
  const Gazetteer& g_;
  const Token* tokens_;  // t_.tokens.data()
  const char* lower_;    // t_.lower.data()
  bool has_dct_ = false;
  date::sys_days dct_;
  std::vector<Raw>& raws_;  // the thread's, cleared for each document
  struct TokenFacts {
    std::vector<uint64_t> h, scan;
    std::vector<uint32_t> c;
    std::vector<std::pair<uint32_t, uint64_t>> folded;  // non-ASCII tokens' hashes
  };
  const uint64_t* h_;  // folded hash of each token
  // Classes of each token (WordBit/StartBit, kPrefixWord), kClassesUnknown
  // until C() looks them up.
  uint32_t* c_;
  Gazetteer::TokenIndexView index_;
  uint64_t* scan_;  // bit per token: a mention may start there
  // Token spans of the names seen before an org word or in a company's
  // context, and of reporters signing off ("I'm Jane Smith"): names that
  // are no person of the story. Their folded keys are made only if a
  // discovered person's key is checked against them (OrgName).
  std::vector<std::pair<uint32_t, uint32_t>>& org_spans_;  // the thread's, cleared
  bool org_names_made_ = false;
  bool OrgName(const std::string& key);
};

const PhraseTable& Finder::Table(WordTable t) const {
  switch (t) {
    case WordTable::kNames: return g_.names();
    case WordTable::kRoleWords: return g_.role_words();
    case WordTable::kTitles: return g_.titles();
    case WordTable::kAdjectives: return g_.adjectives();
    case WordTable::kGivenNames: return g_.given_names();
    case WordTable::kSpeechVerbs: return g_.speech_verbs();
    case WordTable::kStopwords: return g_.stopwords();
    case WordTable::kLocatives: return g_.locatives();
    case WordTable::kOrgWords: return g_.org_words();
    case WordTable::kPossessedNouns: return g_.possessed_nouns();
    case WordTable::kMarketOf: return g_.market_of();
    case WordTable::kMarketAfter: return g_.market_after();
    case WordTable::kVesselWords: return g_.vessel_words();
  }
  return g_.names();
}

bool Finder::HasKind(PhraseTable::Values v, GazKind k) const {
  for (uint32_t x : v)
    if (g_.KindOf(x & ~kMetonymFlag) == k) return true;
  return false;
}

uint32_t Finder::GazMatch(uint32_t i, uint32_t e, PhraseTable::Values* v) const {
  if (i >= e || !IsWord(i) || !(Tok(i).Has(kCapitalized) || Tok(i).Has(kAllCaps))) return 0;
  return Match(WordTable::kNames, i, e, v);
}

// A token that can be part of a person's name.
bool Finder::NameToken(uint32_t i) const {
  if (!IsCap(i)) return false;
  const Token& tk = Tok(i);
  if (tk.Has(kAllCaps) && tk.end - tk.start > 3) return false;  // acronyms: NATO, CNN
  return !(C(i) & kNeverNameWord);
}

// Length of the name-like span starting at i: capitalised words, with
// particles ("von der", "al-"), hyphens ("Jean-Yves") and initials ("W.").
inline bool Finder::Initial(uint32_t i, uint32_t e) const {
  // The length first: most words leave there.
  const Token& tk = Tok(i);
  const uint32_t len = tk.end - tk.start;
  if (len == 1)
    return IsCap(i) && i + 1 < e && IsPunct(i + 1, ".") && Tok(i + 1).Has(kGlued);
  return (len == 4 || len == 6) && JoinedInitials(i);
}

// "J.L. Edmonson", "E.B. White": initials written without spaces are one
// token. "U.S." or "U.N." (gazetteer names) and "N.Y." or "D.C." after a
// place and a comma ("Buffalo, N.Y.") are abbreviations, not initials.
bool Finder::JoinedInitials(uint32_t i) const {
  std::string_view w = t_.Str(Tok(i));
  for (size_t k = 0; k < w.size(); k += 2)
    if (w[k] < 'A' || w[k] > 'Z' || w[k + 1] != '.') return false;
  if (i > 0 && IsPunct(i - 1, ",")) return false;
  PhraseTable::Values v;
  return !GazMatch(i, i + 1, &v);
}

// Short English words that follow a name's hyphen ("John Smith-led",
// "the Kim-era"): a compound, never a Korean syllable of a given name.
static bool EnglishCompound(std::string_view w) {
  static const char* const kWords[] = {"led", "era", "run", "like", "born", "type", "made",
                                       "free", "wide", "held", "style", "linked", "based",
                                       "owned", "backed", "ally", "camp", "bloc", "plan"};
  for (const char* x : kWords)
    if (w == x) return true;
  return false;
}

// A particle inside a name span: IsNameParticle's words but "ten" (also the
// number), which name spans have never taken as a particle.
// Particles have two to five letters: most words leave at the length test.
static bool NameParticle(std::string_view w) {
  return w.size() >= 2 && w.size() <= 5 && w != "ten" && IsNameParticle(w);
}

uint32_t Finder::NameSpan(uint32_t i, uint32_t e, bool org_first) const {
  if (i >= e || (!org_first && !IsCap(i))) return 0;  // initials and name words are capitalised
  if (Initial(i, e)) {
    // Initials open a name only when a name word follows: "J. K. Rowling".
    uint32_t k = i;
    while (k < e && Initial(k, e)) k += t_.Str(Tok(k)).size() == 1 ? 2 : 1;
    if (k >= e || !NameToken(k)) return 0;
    uint32_t rest = NameSpan(k, e);
    return rest ? k + rest - i : 0;
  }
  if (!NameToken(i) && !org_first) {
    // "Jan Kavan": a given name that is also a stopword ("Jan.", "May")
    // opens a name inside a sentence before a name word no gazetteer entry
    // starts ("in May Putin said" is no name).
    PhraseTable::Values gv;
    // So does the surname "He" after a title ("Vice Premier He Lifeng"):
    // the pronoun is not capitalised inside a sentence.
    const bool he_surname = L(i) == "he" && i > 0 &&
                            (In(i - 1, WordTable::kTitles) || In(i - 1, WordTable::kRoleWords));
    if (!((In(i, WordTable::kGivenNames) || he_surname) && In(i, WordTable::kStopwords) &&
          IsCap(i) && !Tok(i).Has(kSentenceStart) && !Tok(i).Has(kLineStart) &&
          !Tok(i).Has(kAllCaps) && i + 1 < e && NameToken(i + 1) && !Tok(i + 1).Has(kGlued) &&
          !GazMatch(i + 1, e, &gv)))
      return 0;
  }
  uint32_t k = i + 1, last = i + 1;
  // Which rules may extend the span depends on the token's kind, tested
  // first: a capitalised word (name word, title, middle initial), a word in
  // lower case (particle) or a punctuation mark (initial's full stop,
  // hyphen, nickname's quotes); a number or possessive ends the span.
  while (k < e && k - i < 7) {
    const Token& tk = Tok(k);
    if (tk.kind == TokenKind::kWord && tk.Has(kCapitalized)) {
      if (NameToken(k) && !(tk.Has(kAllCaps) && tk.end - tk.start > 1)) {
        last = ++k;
        continue;
      }
      // A title word ending a name ("Hun Sen said"): no name follows it.
      if (In(k, WordTable::kTitles) && !In(k, WordTable::kRoleWords) &&
          !In(k, WordTable::kStopwords) && (k + 1 >= e || !IsCap(k + 1)) &&
          !(k + 1 < e && IsPunct(k + 1, ".") && Tok(k + 1).Has(kGlued))) {
        last = ++k;
        break;
      }
      // Middle initial: "James A. Baker" ("A" is a stopword elsewhere).
      if (tk.end - tk.start == 1 && k + 2 < e && IsPunct(k + 1, ".") &&
          Tok(k + 1).Has(kGlued) && NameToken(k + 2)) {
        k += 2;
        continue;
      }
      break;
    }
    if (tk.kind == TokenKind::kWord) {
      // Particles: "von der Leyen", "bin Salman", "al-Sisi".
      const std::string_view lw = L(k);
      bool particle = NameParticle(lw);
      // "son of" / "daughter of": the father's name follows, even one that
      // is also a title ("Bandar bin Sultan", "Ali ibn Emir"). (Three or
      // four letters: most words leave at the length test, before the call.)
      if ((lw.size() == 3 || lw.size() == 4) && IsPatronymicParticle(lw) && k + 1 < e &&
          IsWord(k + 1) && IsCap(k + 1) &&
          !Tok(k + 1).Has(kAllCaps)) {
        k += 2;
        last = k;
        continue;
      }
      if (particle && k + 1 < e &&
          (NameToken(k + 1) || (IsWord(k + 1) && !Tok(k + 1).Has(kCapitalized)) ||
           (IsPunct(k + 1, "-") && Tok(k + 1).Has(kGlued)))) {
        ++k;
        continue;
      }
      break;
    }
    if (tk.kind != TokenKind::kPunct) break;
    // Initial: "W." glued after a one-letter capital.
    if (IsPunct(k, ".") && tk.Has(kGlued) && Tok(k - 1).end - Tok(k - 1).start == 1 &&
        k + 1 < e && NameToken(k + 1)) {
      ++k;
      continue;
    }
    // Hyphenated parts: "Jean-Yves", "al-Assad".
    if (IsPunct(k, "-") && tk.Has(kGlued) && k + 1 < e && Tok(k + 1).Has(kGlued) &&
        IsWord(k + 1)) {
      if (IsCap(k + 1)) {
        k += 2;
        last = k;
        continue;
      }
      // Korean given names: "Moon Jae-in", "Ban Ki-moon", "Lee Jae-myung":
      // a short syllable, a glued hyphen, a short lowercase syllable, after
      // at least one name word ("Trump-backed", "Biden-era" stay out).
      if (k - 1 > i && Tok(k - 1).end - Tok(k - 1).start <= 5 &&
          Tok(k + 1).end - Tok(k + 1).start <= 5 && !EnglishCompound(L(k + 1)) &&
          !(k + 2 < e && IsPunct(k + 2, "-") && Tok(k + 2).Has(kGlued))) {
        k += 2;
        last = k;
        continue;
      }
      break;
    }
    // A nickname in quotes between given name and surname: "Ernesto ``Che''
    // Guevara", "Joaquin \"El Chapo\" Guzman". The quotes must close within
    // three capitalised words and a name word must follow.
    if (k > i && QuoteMark(k, true)) {
      uint32_t q = k + 1;
      if (q < e && QuoteMark(q, true) && Tok(q).Has(kGlued)) ++q;  // ``
      const uint32_t words = q;
      while (q < e && q < words + 3 && IsWord(q) && IsCap(q)) ++q;
      if (q > words && q < e && QuoteMark(q, false)) {
        ++q;
        if (q < e && QuoteMark(q, false) && Tok(q).Has(kGlued)) ++q;  // ''
        if (q < e && NameToken(q)) {
          k = q;
          continue;
        }
      }
    }
    break;
  }
  return last - i;
}

Prefix Finder::ParsePrefix(uint32_t i, uint32_t e) const {
  if (!(C(i) & kOpensPrefix)) return Prefix();
  Prefix p;
  uint32_t k = i;
  // Determiners and modifiers are all kPrefixWord words.
  const bool prefix_word = (C(i) & kPrefixWord) != 0;
  std::string_view w = prefix_word ? L(k) : std::string_view();
  if (w == "the") {
    p.determiner = true;
    ++k;
  } else if (w == "his" || w == "her" || w == "their" || w == "its") {
    p.determiner = true;
    ++k;
  }
  for (int guard = 0; prefix_word && k < e && guard < 3; ++guard) {
    // Every modifier below is a kPrefixWord: most words leave at this test.
    if (!(C(k) & kPrefixWord)) break;
    // role_modifiers.tsv: "former", "acting", "outgoing"; "then British
    // Prime Minister ..." (a sentence-initial "Then" is the adverb).
    PhraseTable::Values mv;
    if (!g_.role_modifiers().LongestMatchStarting(h_, k, k + 1, &mv) ||
        ((mv[0] & kRoleModifierLowerOnly) && IsCap(k)))
      break;
    const auto mod = RoleModifier(mv[0] & ~kRoleModifierLowerOnly);
    // "changing": leaving the office or about to take it, not who holds it today.
    if (mod != RoleModifier::kCurrent) p.former = true;
    ++k;
    if (mod == RoleModifier::kFormer && k < e && IsPunct(k, "-")) ++k;  // "ex-president"
  }
  // What follows needs a polity adjective or name, a title or a role word
  // at k ("the company" ends here).
  if (k >= e || !(C(k) & kOpensPrefix)) return Prefix();
  // The polity: an adjective ("Russian", "US") or a name ("Russia's", "NATO",
  // "the Kremlin"), or a person whose office is meant ("Putin's spokesman").
  PhraseTable::Values v;
  const uint32_t k0 = k;
  uint32_t adj_len = 0;
  if (uint32_t n = Match(WordTable::kAdjectives, k, e, &v)) {
    if (IsWord(k) && (Tok(k).Has(kCapitalized) || Tok(k).Has(kAllCaps))) {
      p.polity = g_.polity_code(v[0]);
      p.code = p.polity;
      adj_len = n;
      k += n;
      if (IsPossessive(k - 1)) p.determiner = true;  // "Britain's"
      if (k < e && IsPossessive(k)) {                // "the EU's"
        ++k;
        p.determiner = true;
      }
    }
  }
  if (p.polity.empty() || (GazMatch(k0, e, &v) > adj_len && !IsPossessive(k0 + adj_len))) {
    // "Saudi Arabia's crown prince": the country's name is longer than the
    // adjective "Saudi".
    if (!p.polity.empty()) {
      k = k0;
      p.polity = p.code = std::string_view();
    }
    if (uint32_t n = GazMatch(k, e, &v)) {
      uint32_t ent = v[0] & ~kMetonymFlag;
      const GazEntry& ge = g_.entry(ent);
      const GazKind kind = g_.KindOf(ent);
      bool poss = k + n < e && IsPossessive(k + n);
      if (kind == GazKind::kCountry || kind == GazKind::kOrganization) {
        p.polity = ge.id;
        p.code = ge.country.empty() ? std::string_view(ge.id) : std::string_view(ge.country);
        k += n;
        if (poss) {
          ++k;
          p.determiner = true;
        }
      } else if (kind == GazKind::kPerson && poss && v.size() == 1) {
        p.person_owner = int(ent);
        p.owner_first = k;
        p.owner_end = k + n;
        p.polity = p.code = ge.country;
        p.determiner = true;
        k += n + 1;
      }
    }
  }
  if (k >= e) return Prefix();
  PhraseTable::Values tv;
  uint32_t title_len = Match(WordTable::kTitles, k, e, &tv);
  uint32_t n = Match(WordTable::kRoleWords, k, e, &v);
  if (n && n >= title_len) {  // "chief executive" is a title, not "chief"
    p.role = int(v[0]);
    // A role word that titles.tsv lists as an honorific ("king", "crown
    // prince": royals go by a given name) keeps that strength.
    p.strength = title_len == n && TitleStrength(tv[0]) == TitleStrength::kHonorific
                     ? TitleStrength::kHonorific
                     : TitleStrength::kStrong;
    k += n;
    if (g_.role_key(p.role) == "counterpart") p.counterpart = true;
    // "the president of Russia"
    if (p.polity.empty() && k + 1 < e && L(k) == "of") {
      uint32_t k2 = k + 1;
      if (L(k2) == "the") ++k2;
      if (k2 < e) {
        if (uint32_t n2 = GazMatch(k2, e, &v)) {
          const GazEntry& ge = g_.entry(v[0] & ~kMetonymFlag);
          // Not "the president of U.S. Trust": the polity ends the phrase.
          bool longer = k2 + n2 < e && IsCap(k2 + n2);
          if ((ge.kind == GazKind::kCountry || ge.kind == GazKind::kOrganization) && !longer) {
            p.polity = ge.id;
            p.code = ge.country.empty() ? std::string_view(ge.id) : std::string_view(ge.country);
            p.of_polity = true;
            k = k2 + n2;
          }
        }
      }
    }
  } else if (title_len) {
    p.strength = TitleStrength(tv[0]);
    k += title_len;
  } else {
    return Prefix();
  }
  // An abbreviated title takes its full stop ("Mr. Putin"); titles chain
  // ("spokesman Capt. John Smith", "Prime Minister Sir Keir Starmer").
  for (int guard = 0; guard < 3 && k < e; ++guard) {
    if (IsPunct(k, ".") && Tok(k).Has(kGlued) && Tok(k - 1).end - Tok(k - 1).start <= 4 &&
        k + 1 < e && IsCap(k + 1))
      ++k;
    if (k >= e || p.of_polity) break;
    uint32_t n2 = Match(WordTable::kTitles, k, e, &v);
    if (!n2) n2 = Match(WordTable::kRoleWords, k, e);
    if (!n2) break;
    if (p.strength == TitleStrength::kWeak && Match(WordTable::kTitles, k, e, &v))
      p.strength = TitleStrength(v[0]);
    k += n2;
  }
  if (p.person_owner >= 0 && p.role < 0) return Prefix();
  p.len = k - i;
  return p;
}

int Finder::Counterpart(const Prefix& p, uint32_t at) const {
  if (!has_dct_ || p.polity.empty()) return -1;
  // "his Indian counterpart, Lt Gen Ana Ruiz,": the apposition names him.
  const uint32_t after = at + p.len;
  if (after + 1 < t_.tokens.size() && IsPunct(after, ",") && IsCap(after + 1)) return -1;
  // The subject: the latest person resolved earlier in this sentence or the
  // one before; his counterpart holds the same office in the other polity.
  uint32_t sent = t_.SentenceOf(at);
  uint32_t from = t_.sentences[sent > 0 ? sent - 1 : 0].first_token;
  for (auto it = raws_.rbegin(); it != raws_.rend(); ++it) {
    if (it->first < from) break;
    if (it->gaz < 0 || g_.KindOf(it->gaz) != GazKind::kPerson) continue;
    for (const RoleSpell* r : g_.RolesOn(uint32_t(it->gaz), dct_)) {
      int h = g_.HolderOn(r->role, p.polity, dct_);
      if (h >= 0 && h != it->gaz) return h;
    }
    break;
  }
  return g_.HolderOn("leader", p.polity, dct_);
}

// "the president" with no polity: the person named in the last three
// sentences who holds that office on the dct ("Trump ... the president said").
int Finder::Anaphor(const Prefix& p, uint32_t at) const {
  if (L(at) != "the" || p.counterpart) return -1;
  const std::string& role = g_.role_key(p.role);
  if (role == "leader") return -1;
  uint32_t sent = t_.SentenceOf(at);
  uint32_t from = t_.sentences[sent >= 3 ? sent - 3 : 0].first_token;
  for (auto it = raws_.rbegin(); it != raws_.rend(); ++it) {
    if (it->first < from) break;
    if (it->gaz < 0 && it->cands) {
      // "President Bush ... the president": of the namesakes not yet told
      // apart, the one holding the office then.
      for (uint32_t x : it->cands) {
        x &= ~kMetonymFlag;
        if (g_.KindOf(x) != GazKind::kPerson) continue;
        for (const RoleSpell* r : g_.RolesOn(x, dct_))
          if (r->role == role) return int(x);
      }
      continue;
    }
    if (it->gaz < 0 || g_.KindOf(it->gaz) != GazKind::kPerson) continue;
    for (const RoleSpell* r : g_.RolesOn(uint32_t(it->gaz), dct_))
      if (r->role == role) return it->gaz;
  }
  return -1;
}

int Finder::ResolveRole(const Prefix& p, uint32_t at) const {
  if (!has_dct_ || p.former || p.role < 0) return -1;
  if (p.polity.empty()) {
    int h = Anaphor(p, at);
    // "the Pope": an office only one polity has needs no polity written.
    const std::string& sole = g_.role_sole_polity(uint32_t(p.role));
    if (h < 0 && !sole.empty() && L(at) == "the" && !p.counterpart)
      h = g_.HolderOn(g_.role_key(p.role), sole, dct_);
    if (h < 0 && sole.empty() && L(at) == "the" && !p.counterpart) h = HomeHolder(p, at);
    return h;
  }
  if (p.counterpart) return Counterpart(p, at);
  return g_.HolderOn(g_.role_key(p.role), p.polity, dct_);
}

// "The Prime Minister welcomed President Macron" in a readout headed
// "From: Prime Minister's Office, 10 Downing Street": a bare office that
// names no holder the text just named (Anaphor) is the office of the
// polity whose seat of government the document's header names (the short
// lines before the first paragraph: a title, a "From:" line).
int Finder::HomeHolder(const Prefix& p, uint32_t at) const {
  const std::string& role = g_.role_key(uint32_t(p.role));
  if (role == "leader") return -1;
  if (header_end_ == UINT32_MAX) {
    // The first line of twelve tokens or more opens the body.
    const uint32_t n = uint32_t(t_.tokens.size());
    header_end_ = n;
    uint32_t line = 0;
    for (uint32_t k = 0; k < n; ++k) {
      if (k != 0 && Tok(k).Has(kLineStart)) line = k;
      if (k - line >= 11) {
        header_end_ = line;
        break;
      }
    }
  }
  if (at < header_end_) return -1;
  std::string_view polity;
  for (const Raw& r : raws_) {
    if (r.first >= header_end_) break;
    // A seat of government (its "occupant", offices.roles.tsv), not a
    // newspaper or a firm of that country.
    if (r.gaz >= 0 && g_.KindOf(uint32_t(r.gaz)) == GazKind::kOrganization &&
        !g_.entry(uint32_t(r.gaz)).country.empty() &&
        g_.HolderOn("occupant", g_.entry(uint32_t(r.gaz)).id, dct_) >= 0) {
      polity = g_.entry(uint32_t(r.gaz)).country;
      break;
    }
  }
  if (polity.empty()) return -1;
  const int h = g_.HolderOn(role, polity, dct_);
  if (h < 0) return -1;
  return h;
}

// Words of a span as written apart: "Hewlett-Packard" is one, "Mark Rutte" two.
uint32_t Finder::SpanWords(uint32_t i, uint32_t n) const {
  uint32_t w = 0;
  for (uint32_t k = i; k < i + n; ++k)
    if (IsWord(k) && (k == i || !Tok(k).Has(kGlued))) ++w;
  return w;
}

bool Finder::GovernmentWord(uint32_t k) const {
  std::string_view w = L(k);
  return w == "administration" || w == "government" || w == "cabinet";
}

// A broadcast reporter's sign-on or sign-off, "I'm Jane Smith" ("CNN
// headline news, I'm Jane Smith.", "For The World, I'm Jane Smith in
// Washington."): the spoken byline of a transcript. `before` is the word
// before the name ("I'm" is one token).
static bool SignOff(std::string_view before) {
  return (before.size() == 3 && before == "i'm") ||
         (before.size() == 5 && before == "i\xE2\x80\x99m");
}

// A correspondent's sign-off after a name that ends at token a: "Jim
// Laurie, ABC News, Hong Kong.", "Lisa Schlein for VOA News, Geneva.",
// "Ned Potter, ABC News.", "Lynne Russell, CNN headline news.": the
// network's name with "news", then at most a short place and the end of
// the sentence.
bool Finder::BroadcastSignOff(uint32_t a) const {
  const uint32_t n = uint32_t(t_.tokens.size());
  if (a >= n) return false;
  if (IsPunct(a, ",") || L(a) == "for") ++a;
  uint32_t k = a;
  bool news = false;
  for (; k < n && k < a + 4; ++k) {
    if (!IsWord(k)) break;
    std::string_view w = L(k);
    if (w == "news") {
      news = true;
      ++k;
      break;
    }
    if (!IsCap(k) && w != "headline") break;
  }
  if (!news || k == a + 1) return false;  // "news" alone is no network
  if (k < n && IsPunct(k, ",")) ++k;
  for (uint32_t p = 0; p < 4 && k < n && IsWord(k) && IsCap(k) && !Tok(k).Has(kSentenceStart); ++p)
    ++k;
  return k >= n || IsPunct(k, ".") || Tok(k).Has(kSentenceStart);
}

// An author's byline ("By Jane Smith" on its own line, "Reporting by Jane
// Smith"): authors are not actors of the story.
// "Ana Ruiz in Paris contributed to this article.": a contributors' line
// closing a story names its reporters, who are bylines, not actors.
// So does "Associated Press writers Ana Ruiz in Paris and Ben Ito in Rome
// contributed." (a writer's word in the line, "contributed" ending it).
bool Finder::ContributorsLine(uint32_t s, uint32_t e) const {
  for (uint32_t k = e > s + 6 ? e - 6 : s; k + 3 < e; ++k)
    if (L(k) == "contributed" && L(k + 1) == "to" && L(k + 2) == "this" &&
        g_.contribution_nouns().ContainsWord(L(k + 3)))
      return true;
  // "X in Kyiv contributed reporting.", "... contributed additional
  // reporting from Moscow.": the agencies' other closing formula.
  for (uint32_t k = e > s + 8 ? e - 8 : s; k + 1 < e; ++k)
    if (L(k) == "contributed" &&
        (L(k + 1) == "reporting" || (L(k + 1) == "additional" && k + 2 < e && L(k + 2) == "reporting")))
      return true;
  if (e >= s + 3 && IsPunct(e - 1, ".") && L(e - 2) == "contributed") {
    for (uint32_t k = s; k + 2 < e; ++k)
      if (g_.writer_nouns().ContainsWord(L(k))) return true;
  }
  return false;
}

// "Jane Smith" alone on a line among the first lines of a document, under
// the headline: the author's byline of a blog or newsletter post.
bool Finder::NameAloneAtTop(uint32_t i) const {
  const uint32_t n = uint32_t(t_.tokens.size());
  if (i > 60 || !Tok(i).Has(kLineStart)) return false;
  uint32_t k = i;
  while (k < n && k < i + 4 && IsCap(k) && (k == i || !Tok(k).Has(kLineStart))) ++k;
  if (k - i < 2 || k - i > 3 || (k < n && !Tok(k).Has(kLineStart))) return false;
  int lines = 0;
  for (uint32_t j = 0; j < i; ++j) lines += Tok(j).Has(kLineStart);
  return lines <= 6;
}

bool Finder::Byline(uint32_t s, uint32_t i) const {
  if (i == s) return NameAloneAtTop(i);
  std::string_view before = L(i - 1);
  if ((before == "and" || before == ",") && i - 1 > s) {
    // "Reporting by Ana Ruiz and Ben Ito", "By Ana Ruiz, Ben Ito and Eva
    // Sand", "Reporting by Ana Ruiz in Kyiv and Ben Ito in Rome": a later
    // name of a byline. Back over the names before it (and their places)
    // to the "by" of the first.
    uint32_t j = i - 1;
    uint32_t first = i;  // the first name of the run
    while (j > s && j + 24 > i) {
      const uint32_t k = j - 1;
      if (L(k) == "by") break;
      if (IsCap(k)) {
        first = k;
      } else if (!(L(k) == "and" || L(k) == "in" || IsPunct(k, ","))) {
        break;
      }
      j = k;
    }
    return first < i - 1 && first > s && L(first - 1) == "by" && Byline(s, first);
  }
  // "Editor: Jane Smith", "Reporter: Ben Ito" on a line of their own.
  if (before == ":" && i - 1 == s + 1 && Tok(s).Has(kLineStart))
    return g_.writer_nouns().ContainsWord(L(s)) || g_.byline_words().ContainsWord(L(s));
  // In a transcript of labelled speakers, "I'm Ana Ruiz" is a speaker
  // introducing herself in the conversation, not a reporter's byline.
  if (before.size() != 2) return SignOff(before) && !SpeakerLabelled();
  if (before != "by") return false;
  if (i - 1 == s) return true;
  return g_.byline_words().ContainsWord(L(i - 2));
}

bool Finder::SpeakerLabelled() const {
  if (speaker_labelled_ >= 0) return speaker_labelled_ != 0;
  const uint32_t n = uint32_t(t_.tokens.size());
  int lines = 0;
  for (uint32_t k = 0; k < n && lines < 2; ++k) {
    if (k != 0 && !Tok(k).Has(kLineStart)) continue;
    uint32_t c = k;
    while (c < n && c < k + 3 && IsWord(c) && Tok(c).Has(kAllCaps)) ++c;
    if (c > k && c + 1 < n && IsPunct(c, ":") && !Tok(c + 1).Has(kLineStart)) ++lines;
  }
  speaker_labelled_ = lines >= 2 ? 1 : 0;
  return speaker_labelled_ != 0;
}

// A capitalised organisation word right after the span: "Karl Marx Theater".
// An ampersand before a capitalised word makes the span part of a firm's
// name too: "Wertheim Schroder & Co.", "Procter & Gamble"; news text whose
// HTML entities were stripped writes it "amp" ("Schroder amp Co.").
bool Finder::OrgFollows(uint32_t after, uint32_t e) const {
  if (after >= e) return false;
  if (IsCap(after)) return In(after, WordTable::kOrgWords);
  return AmpersandFollows(after, e);
}

bool Finder::AmpersandFollows(uint32_t after, uint32_t e) const {
  return after + 1 < e && IsCap(after + 1) &&
         (IsPunct(after, "&") || (IsWord(after) && L(after) == "amp" && !Tok(after).Has(kCapitalized)));
}

// "Tsarev's report", "Haley's campaign": a lone capitalised word owning
// what only people have (words, aides, relatives) is a person's surname,
// even first in a sentence, when the document never writes it in lower case
// (which common words at a sentence start would be).
bool Finder::PossessedByPerson(uint32_t i, uint32_t n, uint32_t e) const {
  if (n != 1 || i + 2 >= e || !IsPossessive(i + 1) || !IsWord(i + 2)) return false;
  if (Tok(i).end - Tok(i).start < 4 || Tok(i).Has(kAllCaps)) return false;
  if (!In(i + 2, WordTable::kPossessedNouns)) return false;
  for (uint32_t k = 0, nt = uint32_t(t_.tokens.size()); k < nt; ++k)
    if (h_[k] == h_[i] && IsWord(k) && !Tok(k).Has(kCapitalized)) return false;
  return true;
}

// "Elian Gonzalez ... Elian said": a capitalised word before a surname that
// the document also writes alone inside sentences, and never in lower case,
// is a given name (which "Later" or "Meanwhile" before a surname are not);
// a word after a hyphen ("anti-Castro") is no name's start. One pass over
// the document's tokens: callers ask only for names whose surname another
// name of the document shares.
bool Finder::GivenNameWrittenAlone(uint32_t i) const {
  if (!GivenNameShape(i, true)) return false;
  bool alone = false;
  const uint32_t n = uint32_t(t_.tokens.size());
  const uint64_t h = h_[i];
  for (uint32_t k = 0; k < n; ++k) {
    if (h_[k] != h || !IsWord(k)) continue;
    if (!Tok(k).Has(kCapitalized)) return false;
    if (k != i && !Tok(k).Has(kSentenceStart) && !Tok(k).Has(kGlued) && !(k + 1 < n && IsCap(k + 1)))
      alone = true;
  }
  return alone;
}

// Words of the market around a name that make it a company's, even one
// named after a person: "shares of X", "a stake in X", "X shares fell",
// "X's stock", "X executives", "X, a British conglomerate,".
bool Finder::CompanyContext(uint32_t s, uint32_t i, uint32_t n, uint32_t e) const {
  if (i >= s + 2) {
    std::string_view p1 = L(i - 1);
    if ((p1 == "of" || p1 == "in") && In(i - 2, WordTable::kMarketOf)) return true;
  }
  uint32_t a = i + n;
  if (a + 2 < e && IsPunct(a, ",")) {
    // "Polly Peck, a fast-growing British conglomerate, ...": an appositive
    // whose head noun (in lower case, ending the phrase) names a company.
    std::string_view d = L(a + 1);
    if (d == "a" || d == "an" || d == "the") {
      for (uint32_t k = a + 2; k < e && k < a + 9; ++k) {
        if (!IsWord(k)) {
          if (IsPunct(k, "-")) continue;  // "a fast-growing British conglomerate"
          break;
        }
        if (IsCap(k) || !In(k, WordTable::kOrgWords)) continue;
        const uint32_t next = k + 1;
        return next >= e || IsPunct(next, ",") || IsPunct(next, ".") || L(next) == "that" ||
               L(next) == "which" || L(next) == "based";
      }
    }
    return false;
  }
  if (a < e && IsPossessive(a)) ++a;
  if (a >= e || !IsWord(a)) return false;
  return In(a, WordTable::kMarketAfter);
}

bool Finder::PersonCue(uint32_t s, uint32_t i, uint32_t n, uint32_t e) const {
  const bool multi = SpanWords(i, n) >= 2;
  // Given name first: "Valentina Shevchenko".
  if (multi && !Tok(i).Has(kAllCaps) && In(i, WordTable::kGivenNames)) return true;
  if (multi && Initial(i, e)) return true;  // "J. K. Rowling
  uint32_t after = i + n;
  // Speech verb after ("X said", "X, who said") or before ("said X").
  if (multi && after < e && IsWord(after) && In(after, WordTable::kSpeechVerbs))
    return true;
  if (multi && i > s && IsWord(i - 1) && In(i - 1, WordTable::kSpeechVerbs)) return true;
  // Set off by commas before one: "One of them, Ana Ruiz, told reporters".
  if (multi && i > s && IsPunct(i - 1, ",") && after + 1 < e && IsPunct(after, ",") &&
      IsWord(after + 1) && In(after + 1, WordTable::kSpeechVerbs))
    return true;
  // "according to John Smith".
  if (multi && i >= s + 2 && L(i - 1) == "to" && L(i - 2) == "according") return true;
  // An age in apposition: "John Smith, 45, said".
  if (multi && after + 2 < e && IsPunct(after, ",") && Tok(after + 1).kind == TokenKind::kNumber &&
      IsPunct(after + 2, ",") && t_.Str(Tok(after + 1)).size() <= 3)
    return true;
  // Apposition with a role: "John Smith, chair of the committee," (a bare
  // role followed by "of").
  if (multi && after + 2 < e && IsPunct(after, ",") && L(after + 2) == "of" &&
      (In(after + 1, WordTable::kRoleWords) || In(after + 1, WordTable::kTitles)))
    return true;
  // Apposition with a role: "John Smith, the defence secretary,".
  if (multi && after + 1 < e && IsPunct(after, ",")) {
    for (uint32_t k = after + 1; k < e && k < after + 6; ++k) {
      if (IsPunct(k, ",") || IsPunct(k, ".")) break;
      if (In(k, WordTable::kRoleWords) || In(k, WordTable::kTitles)) {
        std::string_view d = L(after + 1);
        if (d == "the" || d == "a" || d == "an" || IsPossessive(after + 2) ||
            In(after + 1, WordTable::kAdjectives))
          return true;
      }
    }
  }
  return false;
}

void Finder::AddName(uint32_t first, uint32_t nf, uint32_t ne, PhraseTable::Values v,
                     uint32_t vlen, bool strong, int role_holder) {
  // Filled in place, not built on the stack and copied in: the copy reads
  // the flags back whole right after their one-byte stores, which the
  // processor cannot forward (a stall of ~15 cycles per raw).
  Raw& r = raws_.emplace_back();
  r.first = first;
  r.end = ne;
  r.name_first = nf;
  r.name_end = ne;
  r.role_holder = role_holder;
  if (v && vlen == ne - nf) {
    // Prefer persons when a title says the name is a person's.
    size_t persons = 0;
    uint32_t first_person = 0;
    for (uint32_t x : v)
      if (g_.KindOf(x & ~kMetonymFlag) == GazKind::kPerson && !persons++)
        first_person = x & ~kMetonymFlag;
    if (persons || !strong || v.size() == 1) {
      if (v.size() == 1) r.gaz = int(v[0] & ~kMetonymFlag);
      else if (persons == 1 && strong) r.gaz = int(first_person);
      else r.cands = v;
      return;
    }
  }
  r.strong = strong;
  r.weak = !strong;
}

// "the Russian and Ukrainian presidents", "the US and Chinese leaders": a
// plural role after coordinated polities names each polity's holder. The
// first mention covers "the Russian", the second "Ukrainian presidents".
// Returns the tokens consumed, 0 when the phrase is not there.
uint32_t Finder::PluralRoles(uint32_t i, uint32_t e) {
  if (!has_dct_ || !(C(i) & (kPrefixWord | StartBit(WordTable::kAdjectives)))) return 0;
  uint32_t k = i;
  if (L(k) == "the" || L(k) == "both") ++k;
  PhraseTable::Values v;
  auto polity_at = [&](uint32_t at, std::string_view* code) -> uint32_t {
    if (at >= e || !IsWord(at) || !(Tok(at).Has(kCapitalized) || Tok(at).Has(kAllCaps))) return 0;
    uint32_t n = Match(WordTable::kAdjectives, at, e, &v);
    if (n) *code = g_.polity_code(v[0]);
    return n;
  };
  std::string_view c1, c2;
  uint32_t n1 = polity_at(k, &c1);
  if (!n1) return 0;
  uint32_t a2 = k + n1;
  if (a2 >= e || L(a2) != "and") return 0;
  ++a2;
  uint32_t n2 = polity_at(a2, &c2);
  if (!n2) return 0;
  uint32_t r = a2 + n2;
  if (r >= e || !IsWord(r)) return 0;
  std::string_view w = t_.Str(Tok(r));
  if (w.size() < 4 || (w.back() != 's' && w.back() != 'S')) return 0;
  uint64_t hh = FoldedHash(w.substr(0, w.size() - 1));
  if (!g_.role_words().LongestMatch(&hh, 0, 1, &v)) return 0;
  const std::string& role = g_.role_key(v[0]);
  if (role == "counterpart") return 0;
  int h1 = g_.HolderOn(role, c1, dct_), h2 = g_.HolderOn(role, c2, dct_);
  if (h1 < 0 && h2 < 0) return 0;
  auto add = [&](int h, uint32_t first, uint32_t end) {
    if (h < 0) return;
    Raw& x = raws_.emplace_back();  // in place (AddName)
    x.first = first;
    x.end = end;
    x.name_first = x.name_end = end;
    x.gaz = h;
    x.via_role = true;
  };
  add(h1, i, k + n1);
  add(h2, a2, r + 1);
  return r + 1 - i;
}

// "a Russian delegation", "the Russian and Ukrainian delegations", "US and
// Ukrainian negotiators": a body acting for a country, named by the
// country's adjective, stands for the country ("X held talks with a Russian
// delegation" is X dealing with Russia). Each adjective is a mention of its
// country; the last one takes the noun (delegation_nouns.txt). Not before
// "led by" or "headed by": the events stage meets such a delegation in the
// person of its head. Returns the tokens consumed, 0 when not there.
uint32_t Finder::DelegationsOfCountries(uint32_t i, uint32_t e) {
  PhraseTable::Values v;
  struct Item {
    uint32_t first, end;
    int country;
  } items[4];
  int n_items = 0;
  uint32_t k = i;
  for (;;) {
    if (k >= e || !IsWord(k) || !(Tok(k).Has(kCapitalized) || Tok(k).Has(kAllCaps))) return 0;
    const uint32_t n = Match(WordTable::kAdjectives, k, e, &v);
    if (!n || n_items == 4) return 0;
    const int country = g_.PolityCountry(v[0]);
    if (country < 0) return 0;
    items[n_items++] = {k, k + n, country};
    k += n;
    if (k < e && IsPunct(k, ",")) ++k;  // "Ukrainian, US and Turkish"
    if (k < e && L(k) == "and") ++k;
    if (k == items[n_items - 1].end) break;
  }
  if (k >= e || !IsWord(k) || Tok(k).Has(kCapitalized) || !g_.delegation_nouns().ContainsWord(L(k)))
    return 0;
  uint32_t after = k + 1;
  if (after < e && IsPunct(after, ",")) ++after;
  if (after < e && (L(after) == "led" || L(after) == "headed")) return 0;
  for (int x = 0; x < n_items; ++x) {
    Raw& r = raws_.emplace_back();  // in place (AddName)
    r.first = items[x].first;
    r.end = x + 1 == n_items ? k + 1 : items[x].end;
    r.name_first = r.name_end = r.end;
    r.gaz = items[x].country;
  }
  return k + 1 - i;
}

void Finder::ScanSentence(uint32_t s, uint32_t e) {
  int contributors = -1;  // ContributorsLine(s, e), asked at the first name
  // Only words that are capitalised or may open a prefix start anything: a
  // lower-case word that opens no prefix starts no plural role, no prefix,
  // no name (names start capitalised). Most words; the scan bits skip them.
  for (uint32_t i = NextStart(s, e); i < e; i = NextStart(i + 1, e)) {
    // A lower-case determiner or modifier ("the", "his", "former") that is
    // no title or role word starts no name, and a prefix or plural role
    // only when the next token may open one (or is the hyphen of "ex-"):
    // "the company" is passed over here.
    const Token& tk = Tok(i);
    const uint32_t c = C(i);
    if (!(tk.flags & (kCapitalized | kAllCaps))) {
      if (!(c & kOpensLowerByTable) &&
          (i + 1 >= e || (!(C(i + 1) & kOpensPrefix) && Tok(i + 1).kind != TokenKind::kPunct)))
        continue;
    } else if (!(c & kOpensPrefix) && tk.end - tk.start > 1 &&
               (!tk.Has(kCapitalized) || (c & kNeverNameWord) ||
                (tk.Has(kAllCaps) && tk.end - tk.start > 3))) {
      // A capitalised word that opens no prefix, starts no gazetteer name
      // (both kOpensPrefix), is no initial (one letter) and no name word
      // (NameToken()): "But", "He" start nothing.
      continue;
    }
    // Both need a token that may open a prefix (kOpensPrefix).
    const bool opens = (c & kOpensPrefix) != 0;
    if (uint32_t n = opens ? PluralRoles(i, e) : 0) {
      i += n - 1;
      continue;
    }
    if (uint32_t n = (c & StartBit(WordTable::kAdjectives)) ? DelegationsOfCountries(i, e) : 0) {
      i += n - 1;
      continue;
    }
    Prefix p = opens ? ParsePrefix(i, e) : Prefix();
    if (p.len) {
      uint32_t j = i + p.len;
      bool comma = j + 1 < e && IsPunct(j, ",");
      uint32_t nj = comma ? j + 1 : j;
      uint32_t ns = p.of_polity ? 0 : NameSpan(nj, e);
      // After a person's title a surname that is also an organisation word
      // opens the name: "spokesman Park Kyung-mee", "Judge Bank Smith".
      if (!ns && !p.of_polity && nj + 1 < e && IsCap(nj) && !Tok(nj).Has(kAllCaps) &&
          In(nj, WordTable::kOrgWords) && !In(nj, WordTable::kStopwords) &&
          NameToken(nj + 1)) {
        uint32_t n2 = NameSpan(nj, e, true);
        if (n2 > 1 && !OrgFollows(nj + n2, e)) ns = n2;
      }
      // A comma only joins a title to a name in apposition: "NATO chief, Mark Rutte,".
      if (comma && ns && !(nj + ns < e && (IsPunct(nj + ns, ",") || IsPunct(nj + ns, ".")))) ns = 0;
      // ... and to a person's: "through the Pope, Cuba, can" is a list.
      if (comma && ns) {
        PhraseTable::Values cv;
        if (GazMatch(nj, e, &cv) >= ns && !HasKind(cv, GazKind::kPerson)) ns = 0;
      }
      bool strong_title = p.role >= 0 || p.strength != TitleStrength::kWeak;
      if (ns == 1 && !strong_title) ns = 0;  // "General Dynamics"
      // "Daily Sun reporter Ana Ruiz contributed reporting.": the credits.
      if (ns) {
        if (contributors < 0) contributors = ContributorsLine(s, e);
        if (contributors) {
          i = nj + ns - 1;
          continue;
        }
      }
      if (ns && OrgFollows(nj + ns, e)) ns = 0;  // "rival General Mills Inc"
      if (p.person_owner >= 0) {
        Raw& o = raws_.emplace_back();  // in place (AddName)
        o.first = o.name_first = p.owner_first;
        o.end = o.name_end = p.owner_end;
        o.gaz = p.person_owner;
      }
      if (ns && !comma && p.person_owner < 0) {
        // The gazetteer may know the title with the name ("Sir Keir",
        // "President Xi"): its entry wins over a discovery of "Keir".
        PhraseTable::Values gv;
        uint32_t gl = GazMatch(i, e, &gv);
        if (gl >= nj + ns - i && HasKind(gv, GazKind::kPerson)) {
          AddName(i, i, i + gl, gv, gl, true, -1);
          i += gl - 1;
          continue;
        }
      }
      if (ns) {
        int holder = ResolveRole(p, i);
        // "King Abdullah of Jordan": the polity after the name says whose
        // office the title is.
        uint32_t after = nj + ns;
        if (holder < 0 && p.role >= 0 && !p.former && has_dct_ && after + 1 < e &&
            L(after) == "of") {
          PhraseTable::Values pv;
          uint32_t k2 = after + 1 + (L(after + 1) == "the" ? 1 : 0);
          if (k2 < e && GazMatch(k2, e, &pv)) {
            const GazEntry& pe = g_.entry(pv[0] & ~kMetonymFlag);
            if (pe.kind == GazKind::kCountry || pe.kind == GazKind::kOrganization)
              holder = g_.HolderOn(g_.role_key(uint32_t(p.role)), pe.country.empty() ? pe.id : pe.country, dct_);
          }
        }
        PhraseTable::Values v;
        uint32_t gl = GazMatch(nj, nj + ns, &v);
        if (gl && gl < ns && HasKind(v, GazKind::kPerson) && gl >= 2) ns = gl;  // "Donald Trump Jr"? keep the full name found
        // The whole gazetteer name wins over a shorter span: "leader Kim
        // Jong Un" (where "Un" alone is no name word) is not "Kim Jong".
        PhraseTable::Values lv;
        uint32_t ll = GazMatch(nj, e, &lv);
        if (ll > ns && HasKind(lv, GazKind::kPerson)) {
          ns = ll;
          gl = ll;
          v = lv;
        }
        AddName(p.person_owner >= 0 ? p.owner_end + 1 : i, nj, nj + ns, gl ? v : PhraseTable::Values(), gl,
                true, holder);
        raws_.back().first = p.person_owner >= 0 ? p.owner_first : i;
        raws_.back().title_role = p.former ? -1 : p.role;
        if (!p.former) raws_.back().title_polity = p.code;
        // The office holder bears every word of the name ("King Abdullah"
        // for King Abdullah II): he is the one meant.
        if (holder >= 0 && raws_.back().gaz < 0 && !raws_.back().cands &&
            HolderNamed(uint32_t(holder), nj, nj + ns)) {
          raws_.back().gaz = holder;
          raws_.back().strong = raws_.back().weak = false;
        }
        // "President Daniel": a lone given name after a title is no one we
        // can name unless the document gives the full name.
        if (ns == 1 && !gl && In(nj, WordTable::kGivenNames) &&
            p.strength != TitleStrength::kHonorific) {
          raws_.back().strong = false;
          raws_.back().weak = true;
        }
        i = nj + ns - 1;
        continue;
      }
      // A bare role names its holder only when definite: "the Russian
      // president", "Italy's premier" (not "a US president", "every
      // European leader").
      if (p.role >= 0 && p.determiner) {
        int holder = ResolveRole(p, i);
        if (holder >= 0) {
          Raw& r = raws_.emplace_back();  // in place (AddName)
          r.first = p.person_owner >= 0 ? p.owner_first : i;
          r.end = j;
          r.name_first = r.name_end = j;
          r.gaz = holder;
          r.via_role = true;
          i = j - 1;
          continue;
        }
      }
      if (p.person_owner >= 0) {
        i = p.owner_end - 1;
        continue;
      }
      // A title with nothing resolvable after it: read on from the next token.
    }
    PhraseTable::Values v;
    uint32_t gl = GazMatch(i, e, &v);
    // "Who's to say", "Us too": a function word in ordinary case is not the
    // acronym it spells (WHO, US).
    // (GazMatch looked the token's classes up: c_ holds them.)
    if (gl == 1 && !Tok(i).Has(kAllCaps) && (c_[i] & WordBit(WordTable::kStopwords)) &&
        g_.AcronymAlias(h_[i]))
      gl = 0;
    uint32_t ns = NameSpan(i, e);
    if (!(gl || ns)) continue;
    if (contributors < 0) contributors = ContributorsLine(s, e);
    if (contributors || Byline(s, i)) {  // even a known name: "By Thomas Friedman"
      // A reporter signing off is no person of the story anywhere in it
      // ("The World's Jane Smith reports ... I'm Jane Smith").
      if (!contributors && i > s && SignOff(L(i - 1))) org_spans_.emplace_back(i, i + std::max(gl, ns));
      i += std::max(gl, ns) - 1;
      continue;
    }
    // "the aircraft carrier John F. Kennedy", "USS Cole": a ship's name,
    // written after a vessel noun in lower case or a prefix in capitals,
    // or in apposition to the noun ("a carrier -- the John F. Kennedy --").
    // Asked only of what could be a person: a gazetteer person or a name
    // of two words or more (the table's lookup is costly on every name).
    uint32_t vw = i;
    if (i >= s + 3 && !IsWord(i - 2) && L(i - 1) == "the") {
      vw = i - 2;  // the dash or comma; "--" may be two tokens
      if (vw > s + 1 && !IsWord(vw - 1)) --vw;
    }
    if (vw > s && VesselShape(vw - 1) && (gl ? HasKind(v, GazKind::kPerson) : ns >= 2) &&
        In(vw - 1, WordTable::kVesselWords)) {
      org_spans_.emplace_back(i, i + std::max(gl, ns));
      i += std::max(gl, ns) - 1;
      continue;
    }
    // "the Kennedy Center" names no one, but "the Biden Administration" names
    // Biden.
    // A known firm before "& Co." or its legal form is still that firm
    // ("Dow Jones & Co.", "General Motors Corp."); a known person's name
    // before an ampersand is a firm's.
    const uint32_t after_gaz = i + std::max(gl, ns);
    if (gl && OrgFollows(after_gaz, e) && !GovernmentWord(after_gaz) &&
        (AmpersandFollows(after_gaz, e)
             ? HasKind(v, GazKind::kPerson)
             : !(HasKind(v, GazKind::kOrganization) &&
                 g_.legal_suffixes().ContainsWord(L(after_gaz))))) {
      i += std::max(gl, ns) - 1;  // "the Kennedy Center", "Trump Tower"
      continue;
    }
    if (gl) {
      bool person = HasKind(v, GazKind::kPerson);
      bool prev_article = i > s && (L(i - 1) == "the" || L(i - 1) == "a");
      // "the Kennedy to replace ...": a lone surname between an article and
      // a function word is a thing named after the person (a ship), never a
      // mention ("the Bush administration", "the Clinton, Bush and Obama
      // administrations" still name them).
      if (person && gl == 1 && ns == 1 && prev_article && i + 1 < e && IsWord(i + 1) &&
          In(i + 1, WordTable::kStopwords) && L(i + 1) != "and" && L(i + 1) != "or") {
        if (OnlyPersons(v)) continue;
      }
      // "the Kennedy family", "Gonzalez family members": a lone surname
      // before a family noun (family_nouns.txt) names the family, not the
      // person ("Kennedy's family" is still his).
      if (person && gl == 1 && ns == 1 && i + 1 < e && IsWord(i + 1) && !IsCap(i + 1) &&
          g_.family_nouns().ContainsWord(L(i + 1))) {
        if (OnlyPersons(v)) continue;
      }
      if (!person && ns > gl && prev_article) {
        i += ns - 1;  // "the Kiev Independent": a title, not Kyiv
        continue;
      }
      if (person && gl < ns) {
        // "Xi Jin Peng": a known surname followed by unknown name words.
        PhraseTable::Values v2;
        if (gl == 1 && In(i, WordTable::kGivenNames) && !GazMatch(i + gl, e, &v2)) {
          // "Kennedy Smith" style: a given name that is also an alias.
          AddName(i, i, i + ns, PhraseTable::Values(), 0, true, -1);
          i += ns - 1;
          continue;
        }
        if (!GazMatch(i + gl, e, &v2)) {
          AddName(i, i, i + ns, PhraseTable::Values(), 0, false, -1);
          raws_.back().weak = true;
          raws_.back().cands = v;  // the fallback if no variant matches
          raws_.back().gaz = -2;   // marks "fallback to cands"
          i += ns - 1;
          continue;
        }
      }
      if (!person && ns > gl && PersonCue(s, i, ns, e) && In(i, WordTable::kGivenNames)) {
        // "Georgia Smith": a given name that is also a place.
      } else {
        // Metonyms ("Washington") are no mention where they name a place.
        bool metonym = (v[0] & kMetonymFlag) != 0;
        // Nor in a wire story's dateline, the city it was filed from, in
        // capitals first in the text: "BRUSSELS, December 2 (Xinhua) --",
        // "MOSCOW (AP)_".
        bool dateline = i == 0 && Tok(i).Has(kAllCaps) && i + gl < e &&
                        (IsPunct(i + gl, ",") || IsPunct(i + gl, "("));
        if (metonym && (dateline || (i > s && IsWord(i - 1) && In(i - 1, WordTable::kLocatives)))) {
          i += gl - 1;
          continue;
        }
        AddName(i, i, i + gl, v, gl, false, -1);
        i += gl - 1;
        // "General Motors Corp. and Reuters Holdings PLC began talks": the
        // mention takes in the firm's legal form, so that what follows it
        // follows the mention.
        if (!person && HasKind(v, GazKind::kOrganization)) {
          uint32_t x = i + 1;
          while (x < e && IsCap(x) && IsWord(x) && g_.legal_suffixes().ContainsWord(L(x))) {
            ++x;
            if (x < e && IsPunct(x, ".") && Tok(x).Has(kGlued)) ++x;
          }
          if (x > i + 1) {
            raws_.back().end = x;
            i = x - 1;
          }
        }
        continue;
      }
    }
    if (!ns) continue;
    if (OrgFollows(i + ns, e)) {
      // Remember the name: "Advanced Medical Technologies Inc" makes a later
      // bare "Advanced Medical" the company's short name.
      org_spans_.emplace_back(i, i + ns);
      // With a legal form after it (and perhaps organisation words, as in
      // "Westinghouse Electric Corp."), the name is a firm's: a candidate
      // party to talks (DocEntity::party_only).
      uint32_t j = i + ns;
      bool legal = false;
      for (; j < e && j < i + ns + 4 && IsWord(j) && IsCap(j) && In(j, WordTable::kOrgWords); ++j)
        if ((legal = g_.legal_suffixes().ContainsHash(h_[j]))) break;
      if (legal) {
        uint32_t end = j + 1;
        if (end < e && IsPunct(end, ".") && Tok(end).Has(kGlued)) ++end;
        Raw& r = raws_.emplace_back();  // in place (AddName)
        r.first = r.name_first = i;
        r.name_end = j;
        r.end = end;
        r.firm = true;
        i = end - 1;
        continue;
      }
      i += ns;
      continue;
    }
    if (CompanyContext(s, i, ns, e)) {
      // "shares of Liz Claiborne", "T. Rowe Price shares": a company named
      // after a person; later bare mentions are the company too.
      org_spans_.emplace_back(i, i + ns);
      i += ns - 1;
      continue;
    }
    bool prev_article = i > s && IsWord(i - 1) && (L(i - 1) == "the" || L(i - 1) == "a" || L(i - 1) == "an");
    if (prev_article) {
      i += ns - 1;
      continue;
    }
    // A gazetteer name inside the span: without a cue the span stops there.
    uint32_t inner = 0;
    for (uint32_t k = i + 1; k < i + ns; ++k) {
      PhraseTable::Values v2;
      if (GazMatch(k, e, &v2)) {
        inner = k;
        break;
      }
    }
    bool cue = PersonCue(s, i, ns, e) || PossessedByPerson(i, ns, e);
    // "Director of National Intelligence Dan Coats": an office's capitalised
    // words run into the name; a given name inside the span starts it.
    if (!inner && ns >= 3 && !In(i, WordTable::kGivenNames) && !Initial(i, e)) {
      for (uint32_t k = i + 1; k + 1 < i + ns; ++k) {
        if (!IsCap(k) || Tok(k).Has(kGlued) || !In(k, WordTable::kGivenNames)) continue;
        if (Byline(s, k)) {
          ns = 0;
        } else if (PersonCue(s, k, i + ns - k, e)) {
          ns = i + ns - k;
          i = k;
          cue = true;
        }
        break;
      }
    }
    if (!ns) continue;  // a byline inside the run: read on from the next word
    if (inner && !cue) {
      ns = inner - i;
      cue = false;
    }
    AddName(i, i, i + ns, PhraseTable::Values(), 0, cue, -1);
    i += ns - 1;
  }
}

bool Finder::OrgName(const std::string& key) {
  if (org_spans_.empty()) return false;
  // The spans' keys (SplitName(...).Joined(" ")), in the thread's index.
  struct OrgScratch {
    FlatIndex names;
    std::vector<std::string_view> words;
    std::deque<std::string> folded;
    std::string key;
  };
  thread_local OrgScratch os;
  if (!org_names_made_) {
    os.names.Clear();
    for (const auto& [b, e] : org_spans_) {
      os.words.clear();
      os.folded.clear();
      os.key.clear();
      if (b < e) SplitNameWords(t_, b, e, &os.words, &os.folded);
      for (size_t w = 0; w < os.words.size(); ++w) {
        if (w) os.key.push_back(' ');
        os.key.append(os.words[w]);
      }
      os.names.Insert(os.key, 0);
    }
    org_names_made_ = true;
  }
  return os.names.Find(key) != nullptr;
}

// Whether every word of tokens [b, e) is a word of the person's canonical
// name (folded, compared without allocating).
bool Finder::HolderNamed(uint32_t person, uint32_t b, uint32_t e) const {
  const GazEntry& ge = g_.entry(person);
  bool any = false;
  for (uint32_t k = b; k < e; ++k) {
    if (!IsWord(k)) continue;
    bool found = FoldedHash(ge.surname) == h_[k];
    for (const auto& gn : ge.given) found |= FoldedHash(gn) == h_[k];
    if (!found) return false;
    any = true;
  }
  return any;
}

// Whether a person may bear the title of role key `role`: any title fits a
// person without dated offices; otherwise one of his offices must be it.
bool Finder::TitleFits(uint32_t person, int role) const {
  const std::string& key = g_.role_key(uint32_t(role));
  if (key == "leader" || key == "counterpart" || g_.SpellsOf(person).empty()) return true;
  for (uint32_t si : g_.SpellsOf(person))
    if (g_.spell(si).role == key) return true;
  return false;
}

// Among persons sharing a name ("Bush"), the one the publication date
// points to: one holding the title's office on that day ("President Bush" in
// 1990), else one holding any office then, else the one whose time in office
// lies nearest to the date (a 1995 "Bush" is the father). -1 when no
// candidate has dated roles or two are equally near.
int Finder::ByDate(PhraseTable::Values cands, int title_role) const {
  int best = -1;
  int64_t best_d = INT64_MAX;
  bool tie = false;
  // Out of office, a name shared by a leader and another office holder is
  // the leader's ("the Clinton administration" in 2015 is Bill's).
  bool leaders = false;
  for (uint32_t c0 : cands) leaders |= g_.EverLeader(c0 & ~kMetonymFlag);
  for (uint32_t c0 : cands) {
    uint32_t c = c0 & ~kMetonymFlag;
    if (g_.KindOf(c) != GazKind::kPerson) continue;
    int64_t d = INT64_MAX;
    for (uint32_t si : g_.SpellsOf(c)) {
      const RoleSpell* sp = &g_.spell(si);
      int64_t x = 0;
      // An office still to come says nothing of whom a story means: any
      // office held before counts first ("George Bush" in 1998 is the
      // former president, not the future one).
      constexpr int64_t kNotYet = int64_t(1) << 40;
      if (dct_ < sp->start) x = kNotYet + (sp->start - dct_).count();
      else if (!sp->open && dct_ >= sp->end) x = (dct_ - sp->end).count() + 1;
      // Holding the office the title names beats holding another one.
      if (x == 0 && title_role >= 0 && sp->role != g_.role_key(uint32_t(title_role))) x = 1;
      d = std::min(d, x);
    }
    if (d == INT64_MAX) continue;
    if (d > 1 && leaders && !g_.EverLeader(c)) continue;
    if (d < best_d) {
      best_d = d;
      best = int(c);
      tie = false;
    } else if (d == best_d) {
      tie = true;
    }
  }
  return tie ? -1 : best;
}

// An ambiguous alias ("Clinton") resolves to the candidate named without
// ambiguity elsewhere in the document, else to one who led a polity, else to
// the first listed.
void Finder::ResolveAmbiguous() {
  // Unambiguous mentions, sorted by entry: equal_range counts an entry's.
  // Made only for a document with an ambiguous alias (few have one).
  std::vector<int> named;
  bool counted = false;
  for (Raw& r : raws_) {
    if (!r.cands || r.gaz >= 0 || r.gaz == -2) continue;
    if (!counted) {
      for (const Raw& o : raws_)
        if (o.gaz >= 0) named.push_back(o.gaz);
      std::sort(named.begin(), named.end());
      counted = true;
    }
    int best = -1;
    size_t best_n = 0;
    for (uint32_t c0 : r.cands) {
      int c = int(c0 & ~kMetonymFlag);
      auto range = std::equal_range(named.begin(), named.end(), c);
      const size_t n = size_t(range.second - range.first);
      if (n > best_n) {
        best_n = n;
        best = c;
      }
    }
    // The title's own evidence: the one holding that office then.
    if (best < 0 && r.role_holder >= 0)
      for (uint32_t c0 : r.cands)
        if (int(c0 & ~kMetonymFlag) == r.role_holder) best = r.role_holder;
    if (best < 0 && has_dct_) best = ByDate(r.cands, r.title_role);
    if (best < 0)
      for (uint32_t c0 : r.cands)
        if (g_.KindOf(c0 & ~kMetonymFlag) == GazKind::kPerson && g_.EverLeader(c0 & ~kMetonymFlag)) {
          best = int(c0 & ~kMetonymFlag);
          break;
        }
    if (best < 0) best = int(r.cands[0] & ~kMetonymFlag);
    r.gaz = best;
  }
}

}  // namespace

DocActors FindActors(const Document& doc, const TextAnalysis& text, const Gazetteer& gaz) {
  Finder f(doc, text, gaz);
  DocActors out = f.Run();
  ResolveKinAppositions(text, gaz, &out);
  return out;
}

DocActors Finder::Run() {
  for (const Sentence& s : t_.sentences) ScanSentence(s.first_token, s.end_token);
  ResolveAmbiguous();
  DocActors out = Build();
  if (!has_dct_) out.office_floor = OfficeFloor();
  return out;
}

// A known person named with the title of an office he still holds, as the
// gazetteer has it ("Chancellor Friedrich Merz"), dates the text to the
// present era: on or after the first day he held that office. The latest
// such day over the document. Offices held only in the past say too little
// of when a story was written (a 1998 story and a 2024 one both speak of
// "President Bill Clinton"); "former" titles say nothing (title_role is -1).
std::optional<date::sys_days> Finder::OfficeFloor() const {
  std::optional<date::sys_days> floor;
  for (const Raw& r : raws_) {
    if (r.title_role < 0 || r.gaz < 0) continue;
    const std::string& key = g_.role_key(uint32_t(r.title_role));
    // A name shared by several persons ("President Trump") counts when the
    // title fits only one of them; "President Bush" fits two, and was
    // resolved by a guess: no evidence.
    int person = r.cands ? -1 : r.gaz;
    for (uint32_t c0 : r.cands) {
      const uint32_t c = c0 & ~kMetonymFlag;
      if (g_.KindOf(c) != GazKind::kPerson) continue;
      bool fits = false;
      for (uint32_t si : g_.SpellsOf(c)) fits |= g_.spell(si).role == key;
      if (!fits) continue;
      if (person >= 0 && person != int(c)) {
        person = -1;
        break;
      }
      person = int(c);
    }
    if (person < 0 || g_.KindOf(uint32_t(person)) != GazKind::kPerson) continue;
    // The start of the spell still running: a holder back for a second term
    // ("President Trump", 2017-2021 and from 2025) is named in a story of
    // the present term far more often than in an old one, which a dated
    // text would tell apart anyway.
    std::optional<date::sys_days> current;
    for (uint32_t si : g_.SpellsOf(uint32_t(person))) {
      const RoleSpell& sp = g_.spell(si);
      if (sp.role == key && sp.open && (!current || sp.start > *current)) current = sp.start;
    }
    if (current && (!floor || *current > *floor)) floor = current;
  }
  return floor;
}

DocActors Finder::Build() {
  DocActors out;
  // The raws as a plain array: raws_ is a reference member, whose data and
  // size the compiler loads again after every call it cannot see into (the
  // loops below call into the indexes); Build() adds no raw.
  struct RawArray {
    Raw* p;
    size_t n;
    size_t size() const { return n; }
    Raw& operator[](size_t i) const { return p[i]; }
    Raw* begin() const { return p; }
    Raw* end() const { return p + n; }
  };
  const RawArray raws{raws_.data(), raws_.size()};
  // Names of discovered persons, folded, for linking surnames and variants:
  // words are views of the text stage's lower-case copy (or of folded
  // copies of non-ASCII words) in one pool per thread, cleared per document.
  struct Words {
    uint32_t off = 0, n = 0;
    uint32_t df = 0, de = 0;
  };
  // Per thread, cleared for each document: allocation happens only when a
  // document needs more than any before it on this thread.
  struct Scratch {
    std::vector<std::string_view> pool;
    std::deque<std::string> folded;
    std::string key;
    std::vector<Words> parts;
    std::vector<uint32_t> present;
    std::vector<int> named_in_full;
    std::vector<uint32_t> gaz_set;
    std::vector<uint32_t> near;
    std::vector<GivenName> by_given;
    std::vector<uint32_t> given_only;  // discovered names of given names only
    std::vector<std::pair<uint64_t, uint64_t>> surnames;
    // Entity keys (folded full name, discovered persons only): the first
    // n_keys strings are this document's.
    std::vector<std::string> keys;
    size_t n_keys = 0;
    FlatIndex memo, by_surname, given_memo, key_index, disc_by_surname;
    FlatIndex across;  // memo entries that hold in every document (not cleared)
    // Step 2's misspelt long surname: the one person it is a variant of, or
    // -1, by word (not cleared either).
    FlatIndex long_surname_across;
    std::vector<std::vector<int>> same_surname;  // lists of disc_by_surname
    size_t n_same = 0;
    // Firms named with their legal form (Raw::firm): raw index, entity (-1
    // until made), hash of the name's first token (most raws are no firm's:
    // one comparison tells).
    struct FirmRaw {
      uint32_t raw;
      int entity;
      uint64_t first;
    };
    std::vector<FirmRaw> firms;
    std::vector<uint32_t> hyphenated;  // raws whose name's second token is glued
  };
  constexpr size_t kAcrossMax = 8192;
  constexpr size_t kLongSurnameMax = 1024;  // 64 KB of slots at most
  thread_local Scratch sc;
  sc.pool.clear();
  sc.folded.clear();
  sc.memo.Clear();
  sc.by_surname.Clear();
  sc.given_memo.Clear();
  sc.key_index.Clear();
  sc.disc_by_surname.Clear();
  sc.n_keys = 0;
  sc.n_same = 0;
  auto& pool = sc.pool;
  // Words: a name's words pool[off, off + n), and the tokens its display
  // is from.
  auto split = [&](uint32_t first, uint32_t end) {
    Words w;
    if (first >= end) return w;
    w.off = uint32_t(pool.size());
    w.n = uint32_t(SplitNameWords(t_, first, end, &pool, &sc.folded));
    w.df = first;
    w.de = end;
    return w;
  };
  auto back = [&](const Words& w) { return pool[w.off + w.n - 1]; };
  // Words joined by spaces (NameParts::Joined(" ")) into *out.
  auto joined = [&](const Words& w, std::string* out) {
    out->clear();
    for (uint32_t i = 0; i < w.n; ++i) {
      if (i) out->push_back(' ');
      out->append(pool[w.off + i]);
    }
  };
  std::vector<Words>& parts = sc.parts;
  parts.assign(raws.size(), Words());
  // On the way, the raws two later passes look at: firms (entities) and
  // discovered names glued by a hyphen ("Panet-Raymond"), few or none in
  // most documents.
  sc.firms.clear();
  sc.hyphenated.clear();
  for (size_t k = 0; k < raws.size(); ++k) {
    const Raw& r = raws[k];
    if (r.gaz >= 0 && r.name_end == r.name_first) continue;
    parts[k] = split(r.name_first, r.name_end);
    if (r.gaz >= 0) continue;
    if (r.firm) {
      if (parts[k].n) sc.firms.push_back({uint32_t(k), -1, h_[r.name_first]});
    } else if (r.name_end >= r.name_first + 3 && Tok(r.name_first + 1).Has(kGlued)) {
      sc.hyphenated.push_back(uint32_t(k));
    }
  }
  // Gazetteer persons present in the document (context for variants), in
  // the order first named; whether one is there already is a byte per
  // gazetteer entry (the thread's, reset before returning), not a search
  // of the list for each of the document's many mentions of persons.
  std::vector<uint32_t>& present = sc.present;
  present.clear();
  thread_local std::vector<uint8_t> in_present;
  in_present.resize(g_.entries().size(), 0);
  auto add_present = [&](uint32_t x) {
    if (in_present[x]) return;
    in_present[x] = 1;
    present.push_back(x);
  };
  for (const Raw& r : raws)
    if (r.gaz >= 0 && g_.KindOf(r.gaz) == GazKind::kPerson) add_present(uint32_t(r.gaz));

  std::string& key = sc.key;
  // Another name of two words or more that ends with the surname token of
  // raw k and starts otherwise ("Juan Miguel Gonzalez" for "Elian
  // Gonzalez"): a family, not a company named twice ("Miller Brewing").
  // By token hashes (surname, first word), sorted on first use; asked only
  // for the few weak two-word names.
  std::vector<std::pair<uint64_t, uint64_t>>& surnames = sc.surnames;
  surnames.clear();
  auto shares_surname = [&](size_t k) {
    if (surnames.empty()) {
      for (const Raw& ro : raws)
        if (ro.name_end >= ro.name_first + 2 && !ro.firm)  // "Delco Electronics Corp." is no family
          surnames.emplace_back(h_[ro.name_end - 1], h_[ro.name_first]);
      std::sort(surnames.begin(), surnames.end());
    }
    const uint64_t sur = h_[raws[k].name_end - 1], first = h_[raws[k].name_first];
    for (auto it = std::lower_bound(surnames.begin(), surnames.end(), std::make_pair(sur, uint64_t(0)));
         it != surnames.end() && it->first == sur; ++it)
      if (it->second != first) return true;
    return false;
  };
  // GivenNameWrittenAlone by given name, asked once per document.
  FlatIndex& given_memo = sc.given_memo;
  auto written_alone = [&](uint32_t o) {
    auto [v, fresh] = given_memo.Insert(pool[parts[o].off], 0);
    if (fresh) *v = GivenNameWrittenAlone(raws[o].name_first);
    return *v != 0;
  };
  // The names step 1 keeps as a family's by their given name's token hash:
  // "Elian" alone may be the Elian Gonzalez of the document (step 2 sorts
  // it on first use; the first name of a given name wins).
  std::vector<GivenName>& by_given = sc.by_given;
  by_given.clear();
  bool by_given_made = false;
  // "Mohammed Odeh, also known as Mohammad Howaida": a discovered name after
  // "known as" or "alias" is another name of the person just named (the
  // raw before it, final when step 1 reaches raw k).
  auto known_as = [&](size_t k) {
    Raw& r = raws[k];
    if (k == 0 || r.first < 3) return false;
    uint32_t t = r.first;
    if (L(t - 1) == "as" && L(t - 2) == "known") t -= 2;
    else if (L(t - 1) == "alias" || L(t - 1) == "aka") t -= 1;
    else return false;
    if (t > 0 && L(t - 1) == "also") --t;
    if (t == 0 || !IsPunct(t - 1, ",")) return false;
    const Raw& ro = raws[k - 1];
    if (ro.end != t - 1 || !(ro.gaz >= 0 ? g_.KindOf(ro.gaz) == GazKind::kPerson : ro.strong))
      return false;
    if (ro.gaz >= 0) {
      r.gaz = ro.gaz;
      r.strong = r.weak = false;
    } else {
      parts[k] = parts[k - 1];
      r.strong = true;
      r.weak = false;
    }
    return true;
  };
  // 1. Discovered multi-word names: a gazetteer person when a close variant.
  sc.given_only.clear();
  for (size_t k = 0; k < raws.size(); ++k) {
    Raw& r = raws[k];
    if (r.gaz >= 0 || parts[k].n < 2 || r.firm) continue;
    if (known_as(k)) continue;
    if (BroadcastSignOff(r.end)) {
      // "Jim Laurie, ABC News, Hong Kong.": the correspondent's spoken
      // byline; "Here's ABC's Jim Laurie" before it is the byline too.
      org_spans_.emplace_back(r.name_first, r.name_end);
      r.strong = false;
      r.weak = true;
      continue;
    }
    // Memoised by name and title evidence: a long document repeats names.
    joined(parts[k], &key);
    key += '#';  // then the holder's four bytes: no other key ends the same
    key.append(reinterpret_cast<const char*>(&r.role_holder), sizeof r.role_holder);
    // Across documents too, when the answer did not depend on the persons
    // present: news repeats the names the gazetteer lacks.
    int m;
    if (const int32_t* memo = sc.memo.Find(key)) {
      m = *memo;
    } else if (const int32_t* known = sc.across.Find(key)) {
      m = *known;
      sc.memo.Insert(key, m);
    } else {
      bool used_present = false;
      m = MatchGazetteerPerson(g_, pool.data() + parts[k].off, parts[k].n, r.role_holder, present,
                               &used_present);
      sc.memo.Insert(key, m);
      if (!used_present) {
        if (sc.across.size() >= kAcrossMax) sc.across.Clear();  // bounded memory
        sc.across.Insert(key, m);
      }
    }
    if (m >= 0) {
      r.gaz = m;
      r.strong = r.weak = false;
      add_present(uint32_t(m));
    } else if (r.weak && r.gaz != -2 && parts[k].n == 2 && r.name_end == r.name_first + 2 &&
               GivenNameShape(r.name_first, true) && shares_surname(k) && written_alone(uint32_t(k))) {
      // "Elian Gonzalez" beside "Juan Miguel Gonzalez" (or named twice):
      // a person of the family, and "Elian" alone names him later on.
      r.weak = false;
      r.strong = true;
      by_given.push_back({h_[r.name_first], uint32_t(k)});
    } else if (r.weak && r.gaz != -2) {
      // "Later Zelinskyy": a capitalised word before a surname; keep the
      // last word as a bare surname candidate.
      r.first = r.name_first = r.name_end - 1;
      parts[k] = split(r.name_first, r.name_end);
    } else if (r.gaz == -2) {
      // "Xi Jin Peng" that is no variant: keep the gazetteer surname alone.
      r.name_end = r.end = r.name_first + 1;
      r.gaz = int(r.cands[0] & ~kMetonymFlag);
      r.weak = false;
      parts[k] = Words();
    }
    if (r.gaz < 0 && r.strong && r.name_end - r.name_first == parts[k].n) {
      bool given_only = true;
      for (uint32_t i = r.name_first; i < r.name_end && given_only; ++i)
        given_only = In(i, WordTable::kGivenNames);
      if (given_only) sc.given_only.push_back(uint32_t(k));
    }
  }
  // "Juan Miguel" beside "Juan Miguel Gonzalez": a discovered name of given
  // names only that opens a longer person name of the document is that
  // person, when only one such name (spelt one way) does. The candidates
  // were collected by step 1.
  for (uint32_t k : sc.given_only) {
    const Raw& r = raws[k];
    const Words& w = parts[k];
    int found = -1;
    bool ambiguous = false;
    for (size_t o = 0; o < raws.size() && !ambiguous; ++o) {
      const Raw& ro = raws[o];
      if (parts[o].n <= w.n || h_[ro.name_first] != h_[r.name_first]) continue;
      if (ro.gaz >= 0 ? g_.KindOf(ro.gaz) != GazKind::kPerson : !ro.strong) continue;
      bool opens = true;
      for (uint32_t i = 0; i < w.n && opens; ++i) opens = pool[w.off + i] == pool[parts[o].off + i];
      if (!opens) continue;
      if (found >= 0 && (raws[found].gaz != ro.gaz || back(parts[found]) != back(parts[o]) ||
                         parts[found].n != parts[o].n))
        ambiguous = true;
      found = int(o);
    }
    if (found < 0 || ambiguous) continue;
    if (raws[found].gaz >= 0) {
      raws[k].gaz = raws[found].gaz;
      raws[k].strong = raws[k].weak = false;
    } else {
      parts[k] = parts[found];
    }
  }
  // Full names of the document by surname (the first one wins).
  FlatIndex& by_surname = sc.by_surname;
  for (size_t o = 0; o < raws.size(); ++o)
    if (parts[o].n >= 2 && (raws[o].strong || raws[o].gaz >= 0))
      by_surname.Insert(back(parts[o]), int32_t(o));
  // Chinese and Korean names put the family name first: "Moon Jae-in" is
  // "Moon" later on.
  for (size_t o = 0; o < raws.size(); ++o) {
    if (parts[o].n < 2 || raws[o].gaz < 0) continue;
    if (g_.EntryFamilyNameFirst(uint32_t(raws[o].gaz)))
      by_surname.Insert(pool[parts[o].off], int32_t(o));
  }
  // A bare surname the gazetteer knows ("Applebaum") belongs to a different
  // person when the document names someone else with that surname in full
  // ("Michelle Applebaum") and never the gazetteer's person.
  {
    // The entries named in full, a byte per gazetteer entry (the thread's,
    // reset here): one load per bare surname, no sort and binary search.
    thread_local std::vector<uint8_t> in_full;
    in_full.resize(g_.entries().size(), 0);
    std::vector<int>& named_in_full = sc.named_in_full;
    named_in_full.clear();
    for (size_t o = 0; o < raws.size(); ++o)
      if (raws[o].gaz >= 0 && (parts[o].n >= 2 || raws[o].via_role)) {
        named_in_full.push_back(raws[o].gaz);
        in_full[size_t(raws[o].gaz)] = 1;
      }
    for (size_t k = 0; k < raws.size(); ++k) {
      Raw& r = raws[k];
      if (r.gaz < 0 || parts[k].n != 1 || in_full[size_t(r.gaz)] ||
          g_.KindOf(r.gaz) != GazKind::kPerson)
        continue;
      const int32_t* lit = by_surname.Find(pool[parts[k].off]);
      if (!lit || raws[*lit].gaz >= 0) continue;
      r.gaz = -1;
      r.strong = true;
      r.weak = false;
      parts[k] = parts[*lit];
    }
    for (int x : named_in_full) in_full[size_t(x)] = 0;
  }
  // "Mr. Panet-Raymond" after "Pierre Panet-Raymond": a hyphenated surname
  // written alone is one word of the text but several name words, so step 2
  // does not see it; it is the surname of the one longer person name of the
  // document that ends with the same words.
  for (uint32_t k : sc.hyphenated) {
    Raw& r = raws[k];
    const Words& w = parts[k];
    if (r.gaz >= 0 || w.n < 2 || r.name_end < r.name_first + 3) continue;
    bool one_word = true;
    for (uint32_t i = r.name_first + 1; i < r.name_end && one_word; ++i)
      one_word = Tok(i).Has(kGlued);
    if (!one_word) continue;
    const int32_t* lit = by_surname.Find(back(w));
    if (!lit) continue;
    int link = -1;
    for (size_t o = 0; o < raws.size() && link != -2; ++o) {
      const Words& wo = parts[o];
      if (o == k || wo.n <= w.n || back(wo) != back(w)) continue;
      if (raws[o].gaz >= 0 ? g_.KindOf(raws[o].gaz) != GazKind::kPerson : !raws[o].strong)
        continue;
      bool ends = true;
      for (uint32_t i = 1; i <= w.n && ends; ++i)
        ends = pool[w.off + w.n - i] == pool[wo.off + wo.n - i];
      if (!ends) continue;
      if (link >= 0 && (raws[link].gaz != raws[o].gaz || parts[link].n != wo.n ||
                        pool[parts[link].off] != pool[wo.off]))
        link = -2;  // two such persons: no telling which
      else
        link = int(o);
    }
    if (link < 0) continue;
    if (raws[link].gaz >= 0) {
      r.gaz = raws[link].gaz;
      r.weak = r.strong = false;
    } else {
      parts[k] = parts[link];
      r.strong = true;
      r.weak = false;
    }
  }
  // 2. Single words: the surname of a name of this document, else a close
  // variant of a present gazetteer person's surname.
  for (size_t k = 0; k < raws.size(); ++k) {
    Raw& r = raws[k];
    if (r.gaz >= 0 || parts[k].n != 1 || r.firm) continue;
    const std::string_view w = pool[parts[k].off];
    const int32_t* lit = by_surname.Find(w);
    int link = lit ? *lit : -1;
    // Two persons of the document share the surname ("Saddam Hussein",
    // "King Hussein"; a father and son): the one named last before it.
    // Compared by the surname token's hash: a bare surname linked earlier
    // ends with the same token as the full name it links to.
    if (link >= 0) {
      const uint64_t sur = h_[r.name_end - 1];
      for (size_t o = k; o-- > 0;) {
        const Raw& ro = raws[o];
        if (ro.name_end == ro.name_first || h_[ro.name_end - 1] != sur || ro.first > r.first)
          continue;
        if (ro.gaz >= 0 ? g_.KindOf(ro.gaz) != GazKind::kPerson : !ro.strong) continue;
        if (!parts[o].n || back(parts[o]) != w) continue;
        link = int(o);
        break;
      }
    }
    // "Elian" after "Elian Gonzalez": a given name the document writes alone.
    if (link < 0 && !by_given.empty() && !Tok(r.name_first).Has(kSentenceStart)) {
      if (!by_given_made) {
        by_given_made = true;
        std::stable_sort(by_given.begin(), by_given.end(),
                         [](const GivenName& a, const GivenName& b) { return a.hash < b.hash; });
      }
      const uint64_t gh = h_[r.name_first];
      auto it = std::lower_bound(by_given.begin(), by_given.end(), gh,
                                 [](const GivenName& a, uint64_t h) { return a.hash < h; });
      if (it != by_given.end() && it->hash == gh && GivenNameShape(r.name_first))
        link = int(it->raw);
    }
    // "Sir John Egan ... Sir John": British usage names a knight or a dame
    // by the honorific and the given name, never the surname alone; the one
    // person of the document named in full with that given name.
    if (link < 0 && r.first < r.name_first &&
        (L(r.name_first - 1) == "sir" || L(r.name_first - 1) == "dame")) {
      const uint64_t gh = h_[r.name_first];
      for (size_t o = 0; o < raws.size(); ++o) {
        const Raw& ro = raws[o];
        if (o == k || parts[o].n < 2 || ro.name_end < ro.name_first + 2 || h_[ro.name_first] != gh)
          continue;
        if (ro.gaz >= 0 ? g_.KindOf(ro.gaz) != GazKind::kPerson : !ro.strong) continue;
        if (link >= 0 &&
            (raws[link].gaz != ro.gaz || h_[raws[link].name_end - 1] != h_[ro.name_end - 1])) {
          link = -2;  // two such persons: no telling which
          break;
        }
        link = int(o);
      }
      if (link == -2) link = -1;
    }
    // "King Hussein" is not Saddam Hussein: a title naming an office the
    // person never held keeps the surname from linking to him.
    if (link >= 0 && raws[link].gaz >= 0 && r.title_role >= 0 &&
        !TitleFits(uint32_t(raws[link].gaz), r.title_role))
      link = -1;
    if (link >= 0) {
      if (raws[link].gaz >= 0) r.gaz = raws[link].gaz;
      else parts[k] = parts[link];
      r.strong = true;
      r.weak = false;
      continue;
    }
    int m = MatchSurname(g_, w, present);
    // A gerund opening a sentence ("Joining Trump at the table: ...") is no
    // misspelt surname ("Jinping"): only one spelt right is read there.
    if (m >= 0 && Tok(r.name_first).Has(kSentenceStart) && w.size() > 4 &&
        w.substr(w.size() - 3) == "ing") {
      bool exact = false;
      for (const auto& s : g_.entry(uint32_t(m)).surnames) exact = exact || s == w;
      if (!exact) m = -1;
    }
    // A long misspelt surname of a gazetteer person not named in this
    // document ("Zelinskyy"): one edit at most, and only one such person.
    // Persons with such a surname: only surnames of a near length are read.
    // The answer depends on the word alone: kept by the thread across
    // documents (news repeats the surnames the gazetteer lacks), bounded.
    if (m < 0 && w.size() >= 7 && !Tok(r.name_first).Has(kSentenceStart)) {
      if (const int32_t* known = sc.long_surname_across.Find(w)) {
        m = *known;
      } else {
        std::vector<uint32_t>& near = sc.near;
        near.clear();
        const uint32_t w_mask = ByteMask(w);
        for (size_t len = w.size() - 1; len <= w.size() + 1; ++len)
          for (const auto& ps : g_.LongSurnamesByShape(w[0], len))
            if (ps.len == len && MayBeWithin(w.size(), w_mask, len, ps.mask, 1) &&
                EditDistance(w, g_.entry(ps.person).surnames[ps.which], 1) <= 1)
              near.push_back(ps.person);
        std::sort(near.begin(), near.end());
        near.erase(std::unique(near.begin(), near.end()), near.end());
        if (near.size() == 1) m = int(near[0]);
        if (sc.long_surname_across.size() >= kLongSurnameMax) sc.long_surname_across.Clear();
        sc.long_surname_across.Insert(w, m);
      }
    }
    if (m >= 0) {
      r.gaz = m;
      r.weak = r.strong = false;
    }
  }
  // 3. Entities.
  std::vector<std::string>& keys = sc.keys;
  // The next entity key, its string reused.
  auto new_key = [&]() -> std::string& {
    if (sc.n_keys == keys.size()) keys.emplace_back();
    return keys[sc.n_keys++];
  };
  out.entities.reserve(raws.size());
  out.mentions.reserve(raws.size());
  FlatIndex& key_index = sc.key_index;  // discovered persons by key
  // Gazetteer entry -> entity: an array over the entries, per thread; the
  // entries set here are reset to -1 before returning.
  thread_local std::vector<int> gaz_index;
  gaz_index.resize(g_.entries().size(), -1);
  std::vector<uint32_t>& gaz_set = sc.gaz_set;
  gaz_set.clear();
  // The firm whose name raw k writes: its name in full, or the words before
  // its organisation words ("Westinghouse" for "Westinghouse Electric
  // Corp."); -1 if none.
  auto firm_of = [&](size_t k) -> int {
    const Words& w = parts[k];
    const uint64_t first = h_[raws[k].name_first];
    for (size_t f = 0; f < sc.firms.size(); ++f) {
      if (sc.firms[f].first != first) continue;
      const uint32_t o = sc.firms[f].raw;
      const Words& fw = parts[o];
      if (fw.n < w.n) continue;
      bool same = true;
      for (uint32_t i = 0; i < w.n && same; ++i) same = pool[w.off + i] == pool[fw.off + i];
      if (!same) continue;
      // The rest of the firm's name: organisation words only.
      const Raw& fr = raws[o];
      for (uint32_t i = fr.name_end - (fw.n - w.n); i < fr.name_end && same; ++i)
        same = In(i, WordTable::kOrgWords);
      if (same) return int(f);
    }
    return -1;
  };
  auto entity_for = [&](size_t k) -> int {
    const Raw& r = raws[k];
    if (!sc.firms.empty() && r.gaz < 0 && !r.via_role && parts[k].n) {
      // A firm named with its legal form (the first one of that name: "X
      // Inc." twice is one firm), or later by its name alone or by the
      // words before its organisation words ("Westinghouse").
      const int fi = firm_of(k);
      if (fi >= 0) {
        int& ent_index = sc.firms[size_t(fi)].entity;
        if (ent_index >= 0) return ent_index;
        ent_index = int(out.entities.size());
        DocEntity& ent = out.entities.emplace_back();
        const Raw& fr = raws[sc.firms[size_t(fi)].raw];
        ent.name = NameDisplay(t_, fr.name_first, fr.name_end);
        ent.kind = ActorKind::kOrganization;
        ent.party_only = true;
        new_key().clear();
        return ent_index;
      }
      if (r.firm) return -1;
    }
    if (r.gaz >= 0) {
      if (gaz_index[r.gaz] >= 0) return gaz_index[r.gaz];
      const GazEntry& ge = g_.entry(r.gaz);
      ActorKind kind;
      switch (ge.kind) {
        case GazKind::kPerson: kind = ActorKind::kPerson; break;
        case GazKind::kOrganization: kind = ActorKind::kOrganization; break;
        case GazKind::kCountry: kind = ActorKind::kCountry; break;
        case GazKind::kGroup: kind = ActorKind::kGroup; break;
        default: return -1;  // places and other names are no actors
      }
      // Made in place (see the mentions below), not moved in.
      int x = int(out.entities.size());
      DocEntity& ent = out.entities.emplace_back();
      ent.kind = kind;
      ent.name = ge.name;
      ent.gazetteer_id = ge.id;
      ent.names_of_entry = r.gaz;
      ent.gaz_entry = r.gaz;
      ent.country = ge.country;
      ent.surface_forms.reserve(2);  // most entities have one or two forms
      new_key().clear();
      gaz_index[r.gaz] = x;
      gaz_set.push_back(uint32_t(r.gaz));
      return x;
    }
    if (r.weak || !r.strong) return -1;
    joined(parts[k], &key);
    if (OrgName(key)) return -1;
    if (const int32_t* kit = key_index.Find(key)) return *kit;
    // Discovered: same surname and compatible given names -> one person.
    std::string_view sur = parts[k].n ? back(parts[k]) : std::string_view();
    auto [list, fresh] = sc.disc_by_surname.Insert(sur, int32_t(sc.n_same));
    if (fresh) {
      if (sc.n_same == sc.same_surname.size()) sc.same_surname.emplace_back();
      sc.same_surname[sc.n_same++].clear();
    }
    std::vector<int>& same_surname = sc.same_surname[*list];
    for (int x : same_surname)
      if (SameDiscovered(keys[x], key)) {
        if (key.size() > keys[x].size()) {
          keys[x] = key;
          out.entities[x].name = NameDisplay(t_, parts[k].df, parts[k].de);
        }
        key_index.Insert(key, x);
        return x;
      }
    int x = int(out.entities.size());
    DocEntity& ent = out.entities.emplace_back();
    ent.name = NameDisplay(t_, parts[k].df, parts[k].de);
    ent.kind = ActorKind::kPerson;
    ent.surface_forms.reserve(2);  // most entities have one or two forms
    new_key() = key;
    key_index.Insert(key, x);
    same_surname.push_back(x);
    return x;
  };
  for (size_t k = 0; k < raws.size(); ++k) {
    int e = entity_for(k);
    if (e < 0) continue;
    const Raw& r = raws[k];
    // Filled in place: a copy made on the stack and pushed is read back
    // whole right after its one-byte flags were stored, which the
    // processor cannot forward (a stall of ~15 cycles per mention).
    ActorMention& m = out.mentions.emplace_back();
    m.first_token = r.first;
    m.end_token = r.end;
    m.start = tokens_[r.first].start;
    m.end = tokens_[r.end - 1].end;
    m.entity = uint32_t(e);
    m.via_role = r.via_role;
    m.possessive = r.end < t_.tokens.size() && IsPossessive(r.end);
    DocEntity& ent = out.entities[e];
    ++ent.mentions;
    // A person no gazetteer knows serves the polity his title names
    // ("Cambodian Prime Minister Hun Manet"): the first title that names one.
    if (ent.gaz_entry < 0 && ent.country.empty() && !r.title_polity.empty() &&
        ent.kind == ActorKind::kPerson)
      ent.country = r.title_polity;
    std::string_view form = t_.text.substr(m.start, m.end - m.start);
    if (std::find(ent.surface_forms.begin(), ent.surface_forms.end(), form) == ent.surface_forms.end())
      ent.surface_forms.emplace_back(form);
  }
  // Mentions come in document order but for an owner and what he owns
  // ("Putin's spokesman"): most documents need no sort, and stable_sort
  // allocates its buffer even then.
  auto before = [](const ActorMention& a, const ActorMention& b) {
    return a.first_token != b.first_token ? a.first_token < b.first_token
                                          : a.end_token < b.end_token;
  };
  if (!std::is_sorted(out.mentions.begin(), out.mentions.end(), before))
    std::stable_sort(out.mentions.begin(), out.mentions.end(), before);
  for (uint32_t x : gaz_set) gaz_index[x] = -1;
  for (uint32_t x : present) in_present[x] = 0;
  return out;
}

}  // namespace eg
