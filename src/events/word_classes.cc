#include "events/word_classes.h"

#include <cassert>
#include <cstring>

#include "events/packed_word.h"

namespace eg {
namespace words {

namespace {

// Comparisons with literals of a length known at compile time, which the
// compiler inlines (string_view's == calls memcmp with a run-time length).
template <size_t N>
bool Is(std::string_view w, const char (&s)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), s, N - 1) == 0;
}

constexpr std::string_view kDeterminerWords[] = {
    "a",   "an", "the",  "this",    "that", "these", "those", "their", "his", "her", "its",
    "our", "my", "your", "another", "any",  "some",  "each",  "every", "no",  "such"};
constexpr std::string_view kBeWords[] = {"is", "are", "was", "were", "be", "been", "being", "am"};
constexpr std::string_view kAuxiliaryWords[] = {
    "will", "would", "could", "should", "might", "may", "can",   "shall", "must", "did", "do",
    "does", "has",   "have",  "had",    "to",    "not", "never", "got",   "get",  "gets"};
constexpr std::string_view kPrepositionWords[] = {
    "to",      "of",      "for",     "from",   "with",    "by",     "in",        "on",
    "at",      "about",   "against", "toward", "towards", "over",   "under",     "than",
    "like",    "into",    "onto",    "upon",   "without", "within", "among",     "amid",
    "between", "through", "via",     "per",    "despite", "during", "following", "behind",
    "beyond",  "across",  "around",  "near",   "unlike",  "versus", "vs"};
constexpr std::string_view kClauseOpenerWords[] = {
    "which",   "who",      "whom",      "whose",     "that",      "but",     "while",
    "whereas", "although", "though",    "because",   "since",     "after",   "before",
    "when",    "where",    "if",        "unless",    "said",      "says",    "say",
    "told",    "tells",    "according", "whether",   "until",     "once",    "so",
    "yet",     "however",  "claimed",   "claims",    "insisted",  "argued",  "noted",
    "added",   "wrote",    "stated",    "reported",  "announced", "believe", "believes",
    "think",   "thinks",   "thought",   "following", "during",    "amid",    "ahead"};
constexpr std::string_view kLyExceptionWords[] = {"only", "early", "daily", "weekly",
                                                  "ally", "italy", "rally", "family"};
constexpr std::string_view kSkipAdverbWords[] = {
    "also",       "then",         "later",      "again",       "first",     "last",
    "already",    "just",         "once",       "still",       "even",      "soon",
    "now",        "both",         "all",        "together",    "too",       "ever",
    "yet",        "subsequently", "previously", "recently",    "finally",   "eventually",
    "reportedly", "allegedly",    "apparently", "reluctantly", "briefly",   "personally",
    "directly",   "formally",     "privately",  "secretly",    "publicly",  "separately",
    "jointly",    "meanwhile",    "today",      "tonight",     "yesterday", "tomorrow"};
constexpr std::string_view kFillerWords[] = {
    "expected", "set",        "due",        "scheduled", "going",  "planning", "plans",
    "planned",  "plan",       "hoping",     "hopes",     "hoped",  "hope",     "wants",
    "want",     "wanted",     "agreed",     "agree",     "agrees", "refused",  "refuses",
    "declined", "declines",   "failed",     "fails",     "open",   "willing",  "ready",
    "able",     "unable",     "likely",     "unlikely",  "about",  "poised",   "keen",
    "eager",    "preparing",  "prepared",   "supposed",  "slated", "tipped",   "seeking",
    "seeks",    "sought",     "seek",       "tried",     "tries",  "try",      "trying",
    "offered",  "offers",     "promised",   "promises",  "vowed",  "intends",  "intended",
    "aims",     "aimed",      "aim",        "wish",      "wishes", "wished",   "would-be",
    "then",     "reportedly", "n't",        "not",       "also",   "later",    "first",
    "himself",  "herself",    "themselves", "personally"};
constexpr std::string_view kSingularPronounWords[] = {"he", "she"};
constexpr std::string_view kPluralPronounWords[] = {"they", "both"};
constexpr std::string_view kGroupHeadWords[] = {
    "leaders",    "officials", "heads",      "counterparts", "ministers",
    "presidents", "men",       "women",      "sides",        "delegations",
    "envoys",     "allies",    "partners",   "governments",  "countries",
    "nations",    "powers",    "diplomats",  "negotiators",  "pair",
    "two",        "chiefs",    "premiers",   "figures",      "representatives",
    "members",    "statesmen", "politicians"};
constexpr std::string_view kMemberGroupWords[] = {
    "leaders",     "members",  "allies", "heads",    "ministers",  "countries", "nations",
    "governments", "partners", "states", "premiers", "presidents", "chiefs",    "counterparts"};

// Words of a title or modifier before a name ("US President", "Foreign
// Minister", "Mr.").
constexpr std::string_view kTitleWords[] = {
    "president", "prime",      "minister",  "chancellor", "secretary",  "general",
    "envoy",     "special",    "foreign",   "defence",    "defense",    "state",
    "leader",    "king",       "queen",     "prince",     "premier",    "vice",
    "deputy",    "chief",      "former",    "then",       "us",         "u.s.",
    "mr.",       "mrs.",       "ms.",       "dr.",        "mr",         "mrs",
    "ms",        "dr",         "sen.",      "senator",    "gov.",       "governor",
    "ambassador", "spokesman", "spokeswoman", "judge"};

// Words are packed as in events/packed_word.h (first and last bytes with
// their length: one-to-one up to 16 bytes).
constexpr uint32_t kMaxPacked = 16;

// Every listed word with its classes, in an open-addressing table of packed
// words; and a bit per (first byte, length, last byte), 5 bits each, of
// every listed word: most words asked about are not listed and skip the
// table.
struct ClassTable {
  static constexpr uint32_t kSlots = 1024;  // a power of two, > 4 x the words
  // 24 bytes (PackedWord's padding holds the classes): the table is asked
  // about most tokens near a trigger, and stays small in the cache.
  struct Slot {
    uint64_t a = 0, b = 0;
    uint32_t len = 0;  // 0: empty
    uint32_t classes = 0;
    PackedWord key() const { return PackedWord{a, b, len}; }
  };
  Slot slots[kSlots];
  uint64_t keys[512] = {};
  static uint32_t SlotOf(const PackedWord& k) {
    uint64_t h = (k.a * 0x9E3779B97F4A7C15ull) ^ (k.b * 0xC2B2AE3D27D4EB4Full) ^ k.len;
    return uint32_t(h >> 40) & (kSlots - 1);
  }
  uint32_t* Find(const PackedWord& k) {
    for (uint32_t i = SlotOf(k);; i = (i + 1) & (kSlots - 1)) {
      if (slots[i].len == 0) return nullptr;
      if (slots[i].key() == k) return &slots[i].classes;
    }
  }
  const uint32_t* Find(const PackedWord& k) const {
    return const_cast<ClassTable*>(this)->Find(k);
  }
  void Add(std::string_view w, uint32_t bit) {
    PackedWord k = Pack(w);
    if (uint32_t* c = Find(k)) {
      *c |= bit;
      return;
    }
    uint32_t i = SlotOf(k);
    while (slots[i].len != 0) i = (i + 1) & (kSlots - 1);
    slots[i].a = k.a;
    slots[i].b = k.b;
    slots[i].len = k.len;
    slots[i].classes = bit;
  }
  static uint32_t Key(std::string_view w) {
    return ((uint32_t(uint8_t(w[0])) & 31) << 10) | ((uint32_t(w.size()) & 31) << 5) |
           (uint32_t(uint8_t(w.back())) & 31);
  }
  bool MayHave(std::string_view w) const {
    uint32_t k = Key(w);
    return (keys[k >> 6] >> (k & 63)) & 1;
  }
};

ClassTable BuildClasses() {
  ClassTable t;
  auto add = [&t](uint32_t bit, const auto& list) {
    for (std::string_view w : list) {
      assert(w.size() <= kMaxPacked);  // longer ones could never be found
      t.Add(w, bit);
      uint32_t k = ClassTable::Key(w);
      t.keys[k >> 6] |= uint64_t(1) << (k & 63);
    }
  };
  add(kDeterminer, kDeterminerWords);
  add(kBe, kBeWords);
  add(kAuxWord, kAuxiliaryWords);
  add(kPreposition, kPrepositionWords);
  add(kClauseOpener, kClauseOpenerWords);
  add(kLyException, kLyExceptionWords);
  add(kSkipAdvWord, kSkipAdverbWords);
  add(kFillerWord, kFillerWords);
  add(kSingularPronoun, kSingularPronounWords);
  add(kPluralPronoun, kPluralPronounWords);
  add(kGroupHead, kGroupHeadWords);
  add(kMemberGroup, kMemberGroupWords);
  add(kTitleWord, kTitleWords);
  return t;
}

}  // namespace

uint32_t ClassesOf(std::string_view w) {
  static const ClassTable kClasses = BuildClasses();
  if (w.empty() || w.size() > kMaxPacked || !kClasses.MayHave(w)) return 0;
  const uint32_t* c = kClasses.Find(Pack(w));
  return c ? *c : 0u;
}

bool IsDeterminer(std::string_view w) { return ClassesOf(w) & kDeterminer; }

bool IsBe(std::string_view w) { return ClassesOf(w) & kBe; }

bool IsAuxiliary(std::string_view w) { return IsAuxiliary(w, ClassesOf(w)); }

bool IsPreposition(std::string_view w) { return ClassesOf(w) & kPreposition; }

bool IsClauseOpener(std::string_view w) { return ClassesOf(w) & kClauseOpener; }

bool IsSkippableAdverb(std::string_view w) { return IsSkippableAdverb(w, ClassesOf(w)); }

bool IsSubjectVerbFiller(std::string_view w) { return IsSubjectVerbFiller(w, ClassesOf(w)); }

bool IsSingularPersonPronoun(std::string_view w) { return ClassesOf(w) & kSingularPronoun; }

bool IsPluralPronoun(std::string_view w) { return ClassesOf(w) & kPluralPronoun; }

bool IsGroupHead(std::string_view w) { return ClassesOf(w) & kGroupHead; }

bool IsMemberGroupNoun(std::string_view w) { return ClassesOf(w) & kMemberGroup; }

bool IsDash(std::string_view w) {
  return Is(w, "-") || Is(w, "\xE2\x80\x93") || Is(w, "\xE2\x80\x94") || Is(w, "--");
}

bool IsHardPunct(std::string_view w) {
  // Asked about every token: a switch on one byte beats hashing.
  if (w.size() == 1) {
    switch (w[0]) {
      case ';':
      case ':':
      case '(':
      case ')':
      case '[':
      case ']':
      case '"':
        return true;
      default:
        return false;
    }
  }
  return Is(w, "\xE2\x80\x9C") || Is(w, "\xE2\x80\x9D");
}

}  // namespace words
}  // namespace eg
