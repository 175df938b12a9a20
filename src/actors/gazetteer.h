// Gazetteer: the actor dictionary loaded from the files in data/actors/
// (format documented in data/actors/README.md): persons, organisations,
// countries, places and other names with canonical names, aliases, kind and
// country; roles with start and end dates; and the word lists the actors
// stage reads (country adjectives, role words, titles, given names, speech
// verbs, capitalised words that are never names).
// Loaded once, then shared read-only by every worker thread: every method
// is const and thread-safe.
#pragma once
#include <date/date.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/phrase_table.h"
#include "corpus/status.h"

namespace eg {

// Kinds of gazetteer entries. Places and "other" names (platforms, planes,
// prizes) are never actors; they only stop those words being taken for
// people.
enum class GazKind : uint8_t { kPerson, kOrganization, kCountry, kGroup, kPlace, kOther };

struct GazEntry {
  std::string id;       // slug, unique
  std::string name;     // canonical name
  GazKind kind = GazKind::kPerson;
  std::string country;  // polity code (RU, US, NATO, EU ...) or empty
  std::vector<std::string> aliases;
  // Persons: folded last name of the canonical name and folded given names.
  std::string surname;
  std::vector<std::string> given;
  std::string joined;  // folded letters of the canonical name, no spaces
  // Persons: the surname plus every one-word alias, folded ("zelenskyy").
  std::vector<std::string> surnames;
  // ByteMask of joined and of each of surnames: fuzzy matching rejects most
  // persons with them before computing an edit distance.
  uint32_t joined_mask = 0;
  std::vector<uint32_t> surname_masks;
};

// One holder of one office over a period.
struct RoleSpell {
  std::string role;    // role key: president, prime-minister, ...
  std::string polity;  // polity code (RU) or entity id (kremlin)
  uint32_t holder = 0;  // entry index
  date::sys_days start;
  date::sys_days end;  // exclusive; max() when still in office
  bool open = false;
};

// Value of a name-table hit: entry index, plus a flag for metonyms (a
// capital standing for its country) that are not mentions after "in", "to"...
constexpr uint32_t kMetonymFlag = 0x80000000u;

// titles.tsv's strengths. kGiven is an honorific that names its person by
// the given name ("Sir John", "Prince Mohammed", "Sheikh Tamim").
enum class TitleStrength : uint32_t { kWeak = 0, kStrong = 1, kHonorific = 2, kGiven = 3 };
inline bool IsHonorific(TitleStrength s) {
  return s == TitleStrength::kHonorific || s == TitleStrength::kGiven;
}

// The gazetteer's phrase tables, for Gazetteer::TokenClasses().
enum class WordTable : uint32_t {
  kNames, kRoleWords, kTitles, kAdjectives, kGivenNames, kSpeechVerbs, kStopwords,
  kLocatives, kOrgWords, kPossessedNouns, kMarketOf, kMarketAfter, kVesselWords
};
// TokenClasses() bit: the token alone is a phrase of table t.
constexpr uint32_t WordBit(WordTable t) { return 1u << (2 * uint32_t(t)); }
// TokenClasses() bit: some phrase of table t starts with the token.
constexpr uint32_t StartBit(WordTable t) { return 2u << (2 * uint32_t(t)); }
// TokenClasses() bit: a determiner or modifier that may open a role prefix
// ("the", "his", "former", "acting", "both"...): the actors stage tries a
// role prefix only at such a word or at a table word.
constexpr uint32_t kRolePrefixWord = 1u << 31;
// The classes a word may have that let it open a role prefix in lower case
// (a determiner or modifier, a title or role word: polities and names count
// only capitalised): Gazetteer::MayOpenLower() answers whether a token may
// have any of them, from a filter small enough to stay in the L1 cache.
constexpr uint32_t kLowerOpenerClasses =
    kRolePrefixWord | StartBit(WordTable::kTitles) | StartBit(WordTable::kRoleWords);

// What a word between a determiner and a role says of the role's holder
// (role_modifiers.tsv): "the former president", "acting prime minister",
// "the outgoing chancellor".
enum class RoleModifier : uint32_t { kFormer = 0, kCurrent = 1, kChanging = 2 };
// In a role_modifiers() value beside the RoleModifier: the word counts only
// written in lower case.
constexpr uint32_t kRoleModifierLowerOnly = 1u << 8;

class Gazetteer {
 public:
  // Loads every gazetteer file under `data_dir`/actors. A malformed line is
  // an error naming the file and line.
  static Status Load(const std::string& data_dir, std::unique_ptr<Gazetteer>* out);
  // Loads the files of one directory into an empty gazetteer (tests).
  Status LoadDir(const std::string& dir);
  // Parsers for each file type; `path` names the file in messages.
  Status ParseEntities(const std::string& path, std::string_view content);
  Status ParseRoles(const std::string& path, std::string_view content);
  Status ParsePolities(const std::string& path, std::string_view content);
  Status ParseRoleWords(const std::string& path, std::string_view content);
  Status ParseTitles(const std::string& path, std::string_view content);
  // role_modifiers.tsv: word<TAB>former|current|changing[<TAB>lower].
  Status ParseRoleModifiers(const std::string& path, std::string_view content);
  // seats.tsv: seat id<TAB>role<TAB>polity (the seat an organisation entry
  // of *.entities.tsv; roles as in *.roles.tsv). Read after the entities.
  Status ParseSeats(const std::string& path, std::string_view content);
  // A word list, one word or phrase per line; the file name says which:
  // given_names.txt, speech_verbs.txt, stopwords.txt, locatives.txt,
  // org_words.txt, possessed_nouns.txt, market_of.txt, market_after.txt,
  // vessel_words.txt, byline_words.txt, contribution_nouns.txt,
  // writer_nouns.txt, family_nouns.txt, kin_nouns.txt, legal_suffixes.txt,
  // delegation_nouns.txt, family_first_surnames.txt
  // (others are an error).
  Status ParseWordList(const std::string& path, std::string_view content);

  const std::vector<GazEntry>& entries() const { return entries_; }
  const GazEntry& entry(uint32_t i) const { return entries_[i]; }
  // entry(i).kind from a byte per entry: the actors stage asks the kind of
  // every name it matches, and a GazEntry is hundreds of bytes, one cache
  // miss per read; the bytes of every entry fit in a few lines.
  GazKind KindOf(uint32_t i) const { return kinds_[i]; }
  // Index of the entry with this id, or -1.
  int Find(std::string_view id) const;

  const PhraseTable& names() const { return names_; }
  // True when an alias of one word is written in capitals only ("WHO",
  // "US") and has this FoldedHash: such a name is an acronym, which a
  // function word in ordinary case ("Who's to say", "Us") does not write.
  bool AcronymAlias(uint64_t folded_hash) const {
    return std::find(acronym_hashes_.begin(), acronym_hashes_.end(), folded_hash) !=
           acronym_hashes_.end();
  }
  const PhraseTable& role_words() const { return role_words_; }  // value: role index
  const PhraseTable& titles() const { return titles_; }          // value: TitleStrength
  // value: RoleModifier, | kRoleModifierLowerOnly
  const PhraseTable& role_modifiers() const { return role_modifiers_; }
  const PhraseTable& adjectives() const { return adjectives_; }  // value: polity index
  const PhraseTable& given_names() const { return given_names_; }
  const PhraseTable& speech_verbs() const { return speech_verbs_; }
  const PhraseTable& stopwords() const { return stopwords_; }
  const PhraseTable& locatives() const { return locatives_; }
  const PhraseTable& org_words() const { return org_words_; }
  // Nouns whose owner is a person ("Haley's campaign"); market nouns before
  // "of"/"in" a company's name ("shares of X") and after it ("X shares").
  const PhraseTable& possessed_nouns() const { return possessed_nouns_; }
  const PhraseTable& market_of() const { return market_of_; }
  const PhraseTable& market_after() const { return market_after_; }
  const PhraseTable& vessel_words() const { return vessel_words_; }
  // A story's credits: words before "by" ("Reporting by"), and what a
  // contributors' line contributed to ("contributed to this report").
  // Asked of a few tokens a document only: not in the token index.
  const PhraseTable& byline_words() const { return byline_words_; }
  // A firm's legal form after its name ("Inc", "Corp", "PLC"): a known
  // company written with it is still that company ("General Motors Corp.").
  // Asked after a known organisation's name only: not in the token index.
  const PhraseTable& legal_suffixes() const { return legal_suffixes_; }
  const PhraseTable& contribution_nouns() const { return contribution_nouns_; }
  // Who a closing credits line names ("Associated Press writers X in Paris
  // and Y in Rome contributed."): with "contributed" ending the line, its
  // names are reporters. Asked of a few lines a document only.
  const PhraseTable& writer_nouns() const { return writer_nouns_; }
  // "the Kennedy family": after a lone surname, the family, not the person.
  // Asked after a person's surname only: not in the token index.
  const PhraseTable& family_nouns() const { return family_nouns_; }
  // "Elian's father, Juan Miguel Gonzalez": singular nouns of a relation to
  // one person (kin_nouns.txt) that an apposition ties to a name, so that a
  // later "Elian's father" is that person (kin_appositions.h). Asked after
  // a person's possessive only: not in the token index.
  const PhraseTable& kin_nouns() const { return kin_nouns_; }
  // "a Russian delegation", "US and Ukrainian negotiators": nouns of a body
  // that acts for a country, which a country adjective before them names
  // (delegation_nouns.txt). Asked after a country adjective only.
  const PhraseTable& delegation_nouns() const { return delegation_nouns_; }
  // Family names of the cultures that write them first ("Liu Jianchao",
  // "Moon Jae-in"): a discovered name opening with one goes by it alone
  // later ("Liu"), as a known person of such a polity does
  // (family_first_surnames.txt).
  const PhraseTable& family_first_surnames() const { return family_first_surnames_; }
  // The country entry (kind country) of polity i (adjectives() value), or
  // -1 when the polity is no country the entities list ("European").
  int PolityCountry(uint32_t i) const {
    return i < polity_country_.size() ? polity_country_[i] : -1;
  }
  // What every table says about one token (WordBit/StartBit of each
  // WordTable, kRolePrefixWord), by the token's FoldedHash, in one probe:
  // the actors stage looks each token up once per document instead of once
  // per table.
  uint32_t TokenClasses(uint64_t token_hash) const { return TokenIndex().Classes(token_hash); }
  // The token index's arrays, for a loop over a document's tokens: held in
  // locals, they are not read again from the gazetteer after each store the
  // compiler cannot prove leaves them alone.
  class TokenIndexView {
   public:
    uint32_t Classes(uint64_t token_hash) const {
      // A quarter full at most, so nearly every probe ends at its first
      // slot, holding the word or empty: one well-predicted test per
      // token, and the answer taken without a branch on whether the word
      // is known.
      // The loop test is one branch on (not the word) AND (not empty),
      // false for nearly every token: two short-circuit branches would
      // make the first one (known word or not) a misprediction half the
      // time. The compiler splits `a & b` of two comparisons into two
      // branches unless the first is opaque to it.
      size_t i = FirstSlot(token_hash);
      for (;;) {
        const uint64_t h = index_[i].first;
        const uint32_t c = index_[i].second;
        if (__builtin_expect(BranchFree(uint32_t(h != token_hash)) & uint32_t(c != 0), 0)) {
          i = (i + 1) & mask_;
          continue;
        }
        // A mask, not `h == token_hash ? c : 0`, which the compiler makes
        // a branch that goes the way the filter went: unpredictable.
        return c & BranchFree(-uint32_t(h == token_hash));
      }
    }

    // Gazetteer::MayOpenLower().
    bool MayOpenLower(uint64_t token_hash) const {
      return lower_opener_[token_hash >> kLowerOpenerShift];
    }

   private:
    friend class Gazetteer;
    // The slot a lookup starts at: the word's own, or the empty one past
    // the end when the bit filter (small enough for the L1 cache) rules the
    // word out; that slot stays cached, instead of missing the cache on a
    // slot of its own. `may ? slot : past` with masks: the compiler made it
    // a branch on the filter's answer, mispredicted for a good share of
    // tokens; BranchFree() keeps it from turning the masks back into one.
    size_t FirstSlot(uint64_t token_hash) const {
      const uint32_t b = uint32_t(token_hash >> kTokenFilterShift);
      const size_t may = BranchFree(0 - size_t((filter_[b >> 6] >> (b & 63)) & 1));
      return (TokenSlot(token_hash) & mask_ & may) | ((mask_ + 1) & ~may);
    }
    const std::pair<uint64_t, uint32_t>* index_;
    const uint64_t* filter_;
    size_t mask_;
    const uint8_t* lower_opener_;
  };
  // False when no word with a class of kLowerOpenerClasses has this
  // FoldedHash; true for those words and a few others (a filter of a byte per bucket).
  bool MayOpenLower(uint64_t token_hash) const { return TokenIndex().MayOpenLower(token_hash); }
  TokenIndexView TokenIndex() const {
    TokenIndexView v;
    v.index_ = token_index_.data();
    v.filter_ = token_filter_.data();
    v.mask_ = token_mask_;
    v.lower_opener_ = lower_opener_filter_.data();
    return v;
  }
  // TokenClasses of n hashes into out[0, n).
  void TokenClassesOf(const uint64_t* hashes, size_t n, uint32_t* out) const {
    const TokenIndexView index = TokenIndex();
    for (size_t k = 0; k < n; ++k) out[k] = index.Classes(hashes[k]);
  }
  const std::string& role_key(uint32_t i) const { return role_keys_[i]; }
  // The one polity whose office role key i names when no polity is written
  // ("the Pope" is the Vatican's; role_words.tsv, 3rd field), else empty.
  // Phrases of one key with and without a sole polity have different
  // indices, whose role_key() is the same.
  const std::string& role_sole_polity(uint32_t i) const { return role_sole_polity_[i]; }
  const std::string& polity_code(uint32_t i) const { return polities_[i].code; }

  // The office whose seat entry i is ("White House": president of US;
  // seats.tsv), or null: a visit to the seat is a meeting with its holder.
  struct SeatOffice {
    std::string role, polity;
  };
  const SeatOffice* SeatOf(uint32_t i) const {
    auto it = seats_.find(i);
    return it == seats_.end() ? nullptr : &it->second;
  }
  // Holder of `role` for `polity` (code or entity id) on day `d`, or -1.
  // "leader" means the polity's leading office (polities.tsv).
  int HolderOn(std::string_view role, std::string_view polity, date::sys_days d) const;
  // Spells of `entry` that include day d.
  std::vector<const RoleSpell*> RolesOn(uint32_t entry, date::sys_days d) const;
  // Whether the news names the polity's people by the first word of their
  // name alone: they write the family name first ("Moon Jae-in", "Xi
  // Jinping": polities.tsv, 4th field `family-first`), or their names are a
  // given name and a father's ("Abiy Ahmed" is "Abiy": `given-name`).
  bool NamedByFirstWord(std::string_view code) const;
  // NamedByFirstWord(entry(i).country), from a byte per entry: the actors
  // stage asks it of every full gazetteer name a document has.
  bool EntryNamedByFirstWord(uint32_t i) const { return entry_first_word_[i]; }
  // Indices (into spell()) of every office spell of `entry`, in file order.
  const std::vector<uint32_t>& SpellsOf(uint32_t entry) const { return spells_by_holder_[entry]; }
  const RoleSpell& spell(uint32_t i) const { return spells_[i]; }
  // Whether the entry ever held a polity's leading office.
  bool EverLeader(uint32_t entry) const;
  // Persons whose folded surname starts with the same letter as `surname`.
  const std::vector<uint32_t>& PersonsByInitial(char c) const;
  // A person and the ByteMask of one of his surnames (or of his joined
  // name), so that fuzzy matching rejects most persons without reading
  // their entries.
  struct PersonShape {
    uint32_t person;
    uint32_t mask;
    uint32_t len;  // of the surname or joined name
    char first;    // its first byte
    uint16_t which = 0;  // LongSurnamesByShape: index into the person's surnames
  };
  // A run of PersonShape items: [begin, end).
  struct Shapes {
    const PersonShape* b;
    const PersonShape* e;
    const PersonShape* begin() const { return b; }
    const PersonShape* end() const { return e; }
  };
  // Surnames (canonical or one-word alias) starting with the canonical
  // surname's first byte, one item per surname; joined names. Each call
  // returns at least every item with this first byte and length (callers
  // check `first` and `len`: a bucket also holds other non-letter initials
  // and lengths of 63 and more). Fuzzy matching within a few edits looks
  // only at the lengths near its word's.
  Shapes SurnamesByShape(char first, size_t len) const { return surnames_by_shape_.Find(first, len); }
  Shapes JoinedByShape(char first, size_t len) const { return joined_by_shape_.Find(first, len); }
  // Surnames of 6 bytes or more that the name table holds as a name, one
  // item per surname (`which` says which of the person's), of the persons
  // of PersonsByInitial(initial): `first` is the canonical surname's first
  // byte, not the item's. Like the others, a bucket may hold other
  // non-letter initials and, at 63 bytes and more, other lengths.
  Shapes LongSurnamesByShape(char initial, size_t len) const {
    return long_surnames_by_shape_.Find(initial, len);
  }
  // Persons with a surname whose first given name (folded) is `given`
  // ("kim" for Kim Jong Un: truncated full names).
  const std::vector<uint32_t>& PersonsByFirstGiven(const std::string& given) const;
  size_t RoleCount() const { return spells_.size(); }

 private:
  struct Polity {
    std::string code;
    std::vector<std::string> leader_roles;
    bool first_word_alone = false;  // family-first or given-name
  };
  Status AddEntry(GazEntry e, const std::string& where);
  Status ParseList(const std::string& path, std::string_view content, PhraseTable* table);
  // Rebuilds token_index_ from the tables; every Parse* ends with it
  // (LoadDir once, at the end); passes `s` through.
  Status IndexTokens(Status s);
  Status LoadFiles(const std::string& dir);
  bool loading_ = false;
  // The token hashes are finished hashes (text/token_hash.h): their low bits
  // place a word in the index as well as a multiply would, and the filter
  // reads the top bits, a shift alone.
  static size_t TokenSlot(uint64_t h) { return size_t(h); }
  // The value, opaque to the optimiser: what is computed from it stays
  // arithmetic instead of becoming a branch.
  template <typename T>
  static T BranchFree(T x) {
    asm("" : "+r"(x));
    return x;
  }

  std::vector<GazEntry> entries_;
  std::vector<GazKind> kinds_;  // entries_[i].kind
  std::vector<uint64_t> acronym_hashes_;  // AcronymAlias(): a few dozen
  std::vector<uint8_t> entry_first_word_;  // NamedByFirstWord(entries_[i].country)
  std::unordered_map<std::string, uint32_t> by_id_;
  PhraseTable names_, role_words_, titles_, adjectives_, given_names_, speech_verbs_,
      stopwords_, locatives_, org_words_, possessed_nouns_, market_of_, market_after_,
      vessel_words_, byline_words_, contribution_nouns_, writer_nouns_, family_nouns_, kin_nouns_,
      legal_suffixes_, role_modifiers_, delegation_nouns_, family_first_surnames_;
  std::vector<int32_t> polity_country_;  // PolityCountry()
  // Open addressing, power-of-two size token_mask_ + 1, plus one slot
  // past it that stays empty: (token hash, classes); classes 0 marks an
  // empty slot. A bit per folded-hash bucket says whether any word of the
  // index falls there.
  std::vector<std::pair<uint64_t, uint32_t>> token_index_ =
      std::vector<std::pair<uint64_t, uint32_t>>(65);
  size_t token_mask_ = 63;
  static constexpr uint32_t kTokenFilterBits = 1u << 16;
  static constexpr unsigned kTokenFilterShift = 64 - 16;  // top 16 bits
  std::vector<uint64_t> token_filter_ = std::vector<uint64_t>(kTokenFilterBits / 64);
  // MayOpenLower(): a few hundred words, a byte per bucket (16 KB, not a
  // bit: the actors stage asks it of every token, and a byte is one load
  // where a bit takes four more instructions to pick out).
  static constexpr uint32_t kLowerOpenerBits = 1u << 14;
  // The bucket is the hash's top 14 bits: a shift, no mask.
  static constexpr unsigned kLowerOpenerShift = 64 - 14;
  static_assert((uint64_t(1) << (64 - kLowerOpenerShift)) == kLowerOpenerBits, "one bucket per byte");
  std::vector<uint8_t> lower_opener_filter_ = std::vector<uint8_t>(kLowerOpenerBits);
  std::vector<std::string> role_keys_;
  std::vector<std::string> role_sole_polity_;  // by role key index
  std::vector<Polity> polities_;
  std::unordered_map<std::string, uint32_t> polity_by_code_;
  std::vector<RoleSpell> spells_;
  std::unordered_map<uint32_t, SeatOffice> seats_;  // by entry index
  std::unordered_map<std::string, std::vector<uint32_t>> spells_by_office_;  // role|polity
  std::vector<std::vector<uint32_t>> spells_by_holder_;
  std::vector<std::vector<uint32_t>> persons_by_initial_ = std::vector<std::vector<uint32_t>>(27);
  // PersonShape items by (initial bucket, length) in one flat array with
  // offsets: a lookup reads two offsets and a contiguous run, no hash map.
  class ShapeIndex {
   public:
    void Add(const PersonShape& s) { items_.push_back(s); }
    void Clear() { items_.clear(); }
    void Build();  // after Adds, before Find
    Shapes Find(char first, size_t len) const {
      if (offsets_.empty()) return {nullptr, nullptr};
      const size_t k = Key(first, len);
      return {sorted_.data() + offsets_[k], sorted_.data() + offsets_[k + 1]};
    }

   private:
    static constexpr size_t kLens = 64;
    static size_t Key(char first, size_t len) {
      const int c = (first >= 'a' && first <= 'z') ? first - 'a' : 26;
      return size_t(c) * kLens + std::min(len, kLens - 1);
    }
    std::vector<PersonShape> items_;   // in insertion order
    std::vector<PersonShape> sorted_;  // by key
    std::vector<uint32_t> offsets_;    // 27 * kLens + 1
  };
  ShapeIndex surnames_by_shape_, joined_by_shape_, long_surnames_by_shape_;
  std::unordered_map<std::string, std::vector<uint32_t>> persons_by_first_given_;
};

// The data directory compiled in (EVENTGRAPH_DATA_DIR), unless the
// environment variable EVENTGRAPH_DATA names another.
std::string DefaultDataDir();

}  // namespace eg
