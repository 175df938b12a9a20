// Internal to the actors stage: the Finder behind FindActors()
// (actors/actors.h), shared by the files find_actors.cc and finder_*.cc that
// define its methods, one family per file. Not a public header: nothing
// outside src/actors includes it.
//
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
//
// The files: find_actors.cc (FindActors and Run, the passes in order),
// finder_scan.cc (the per-sentence scan, ScanSentence, with the
// role prefixes it parses and resolves), finder_names.cc (name spans and
// the cues around a name), finder_bylines.cc (bylines, sign-offs, credit
// lines), finder_plural_roles.cc (plural roles and delegations),
// finder_resolve.cc (ambiguous aliases, office floor, org names),
// finder_build.cc (the mentions and entities out: variants, surnames).
// The token accessors and the small tests the scan makes at every token
// stay inline here.
#ifndef EG_ACTORS_FINDER_INTERNAL_H_
#define EG_ACTORS_FINDER_INTERNAL_H_

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actors/actors.h"
#include "actors/flat_index.h"
#include "actors/fold.h"
#include "actors/name_match.h"
#include "time/timex.h"

namespace eg {
namespace actors_detail {

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

// A broadcast reporter's sign-on or sign-off, "I'm Jane Smith" ("CNN
// headline news, I'm Jane Smith.", "For The World, I'm Jane Smith in
// Washington."): the spoken byline of a transcript. `before` is the word
// before the name ("I'm" is one token).
inline bool SignOff(std::string_view before) {
  return (before.size() == 3 && before == "i'm") ||
         (before.size() == 5 && before == "i\xE2\x80\x99m");
}

class Finder {
 public:
  Finder(const Document& doc, const TextAnalysis& t, const Gazetteer& g,
         const std::vector<Timex>& timexes)
      : t_(t), g_(g), timexes_(timexes), tokens_(t.tokens.data()), lower_(t.lower.data()),
        raws_(ThreadRaws()),
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
  // The same for a table outside the token index (byline words, legal
  // suffixes...): t.ContainsWord(L(i)) by the token's folded hash, which
  // is FoldedHash(L(i)) (folding lower-cases ASCII as L() does), instead of
  // folding and hashing the word again.
  bool WordIn(const PhraseTable& t, uint32_t i) const { return t.ContainsHash(h_[i]); }
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
  // "88-year-old" at token k (five tokens, before e).
  bool AgeAt(uint32_t k, uint32_t e) const {
    return k + 4 < e && Tok(k).kind == TokenKind::kNumber && IsPunct(k + 1, "-") &&
           L(k + 2) == "year" && IsPunct(k + 3, "-") && L(k + 4) == "old";
  }
  // org_first: the first word may be an organisation word ("Park").
  uint32_t NameSpan(uint32_t i, uint32_t e, bool org_first = false) const;
  bool Initial(uint32_t i, uint32_t e) const;
  bool JoinedInitials(uint32_t i) const;
  bool NameToken(uint32_t i) const;
  // Gazetteer match at i usable as a name: first word capitalised.
  uint32_t GazMatch(uint32_t i, uint32_t e, PhraseTable::Values* v) const;
  // GazMatch's last answer, by (i, e): the match depends on nothing else
  // (the tokens and the table are fixed for the Finder's life).
  struct GazMemo {
    uint32_t i = UINT32_MAX, e = 0, len = 0;
    PhraseTable::Values v;
  };
  mutable GazMemo gaz_memo_;
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
  int MoreNamedHolder(int latest, const std::string& role, uint32_t from, uint32_t at) const;
  // Gazetteer person `gaz` holds office `role` on the days the sentence
  // of token `at` speaks of (OfficeDays).
  bool HoldsOn(int gaz, const std::string& role, uint32_t at) const;
  // Offices in the past a sentence tells ("In July 2016, the British prime
  // minister met the German chancellor"), after PETRARCH's date-restricted
  // roles: the holder of `role` in `polity` over the days the sentence of
  // token `at` speaks of. Those are the days of its dates (time stage,
  // time/date_span.h) when every one of them ends more than a month before
  // the publication date; otherwise (no date, or one of now: "on Monday")
  // the publication date. Over days the office changed hands ("in 2019"
  // for Britain's prime minister), no one: -1. Defined in finder_dates.cc.
  int HolderAt(std::string_view role, std::string_view polity, uint32_t at) const;
  // The offices person `gaz` holds on those days (on their first or last).
  std::vector<const RoleSpell*> RolesAt(uint32_t gaz, uint32_t at) const;
  struct Days {
    date::sys_days first, last;
  };
  // The past days of the sentence of token `at` as above, or nullopt when
  // the publication date is what counts.
  std::optional<Days> OfficeDays(uint32_t at) const;
  int HomeHolder(const Prefix& p, uint32_t at) const;
  // "Schoof arrived at the palace. The king received the prime minister":
  // a bare office no holder the text named (Anaphor) and no seat the
  // document speaks from (HomeHolder) resolve is that of the polity whose
  // office holders the document has named most before `at`, when one polity
  // leads: the story's country. For a crowned head, and for the head of
  // an international body ("the Secretary-General"), whose body the story
  // names itself or through its persons' offices.
  int StoryHolder(const Prefix& p, uint32_t at) const;
  // "President Abbas": the one person holding p's office on the publication
  // date whose surname is token k's word, or -1.
  int SurnameHolder(const Prefix& p, uint32_t k) const;
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
  const std::vector<Timex>& timexes_;
  // OfficeDays' per-sentence answers, found when first asked: for each
  // sentence with dates, (sentence, days; first > last when the
  // publication date counts), in sentence order.
  mutable std::vector<std::pair<uint32_t, Days>> sentence_days_;
  mutable bool sentence_days_done_ = false;
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

inline const PhraseTable& Finder::Table(WordTable t) const {
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

inline bool Finder::HasKind(PhraseTable::Values v, GazKind k) const {
  for (uint32_t x : v)
    if (g_.KindOf(x & ~kMetonymFlag) == k) return true;
  return false;
}

inline uint32_t Finder::GazMatch(uint32_t i, uint32_t e, PhraseTable::Values* v) const {
  if (i >= e || !IsWord(i) || !(Tok(i).Has(kCapitalized) || Tok(i).Has(kAllCaps))) return 0;
  // The same match is asked twice in a row at most tokens where a name
  // starts (ParsePrefix, then the scan): the second walk is the first's
  // answer. *v is written only on a match, as the walk does.
  if (i != gaz_memo_.i || e != gaz_memo_.e) {
    gaz_memo_.i = i;
    gaz_memo_.e = e;
    gaz_memo_.len = Match(WordTable::kNames, i, e, &gaz_memo_.v);
  }
  if (gaz_memo_.len && v) *v = gaz_memo_.v;
  return gaz_memo_.len;
}

// A token that can be part of a person's name.
inline bool Finder::NameToken(uint32_t i) const {
  if (!IsCap(i)) return false;
  const Token& tk = Tok(i);
  if (tk.Has(kAllCaps) && tk.end - tk.start > 3) return false;  // acronyms: NATO, CNN
  return !(C(i) & kNeverNameWord);
}

// A single capital with its full stop ("W.") or joined initials ("J.R.").
inline bool Finder::Initial(uint32_t i, uint32_t e) const {
  // The length first: most words leave there.
  const Token& tk = Tok(i);
  const uint32_t len = tk.end - tk.start;
  if (len == 1)
    return IsCap(i) && i + 1 < e && IsPunct(i + 1, ".") && Tok(i + 1).Has(kGlued);
  return (len == 4 || len == 6) && JoinedInitials(i);
}

}  // namespace actors_detail
}  // namespace eg

#endif  // EG_ACTORS_FINDER_INTERNAL_H_
