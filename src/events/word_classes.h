// Word classes of English that the events stage's clause analysis relies
// on, as bits of one table so that a token's classes cost one lookup.
//
// Closed classes are grammar and live in code (word_classes.cc):
// determiners, be, auxiliaries, prepositions, the conjunctions, relatives
// and adverbs that open a clause, pronouns, the listed skippable adverbs.
// Open-class lexicon is data (data/triggers/word_classes.tsv, format in
// data/triggers/README.md), loaded with the trigger lexicon: subject-verb
// fillers, group heads, member-group nouns, title words, verbs of saying and
// thinking that open a clause, -ly words that are no adverbs, and the verbs
// and nouns of a few rules (hosting, inviting, taking place, schedules,
// call media, measures of time, words of another time). The actors stage's
// own lists (titles.tsv, speech_verbs.txt) hold other words for another
// purpose, so they are not reused here.
//
// All lookups take a lower-cased token and never allocate.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/status.h"
#include "events/packed_word.h"

namespace eg {
namespace words {

enum WordClass : uint32_t {
  // In code.
  kDeterminer = 1u << 0,       // a, the, this, their, his ...
  kBe = 1u << 1,               // is, are, was, were, be, been, being, am
  kAuxWord = 1u << 2,          // auxiliaries other than be: will, would, did, has, to, not ...
  kPreposition = 1u << 3,      // to, of, for, from, with ...
  kClauseOpener = 1u << 4,     // which, who, but, because, when; and data's speech / opener verbs
  kSkipAdvWord = 1u << 6,      // listed skippable adverbs: also, then, today ...
  kSingularPronoun = 1u << 8,  // he, she
  kPluralPronoun = 1u << 9,    // they, both
  kReflexive = 1u << 13,       // himself, herself, themselves ("met Putin himself")
  kFirstSingular = 1u << 26,   // i, me, my, myself
  kFirstPlural = 1u << 27,     // we, us, our, ourselves
  // From data/triggers/word_classes.tsv (the class names there in quotes).
  kLyException = 1u << 5,   // "not_adverb": -ly words that are no adverbs: only, italy ...
  kFillerWord = 1u << 7,    // "filler": expected, set, due, planning, vowed ...
  kGroupHead = 1u << 10,    // "group_head": leaders, officials, sides ...
  kMemberGroup = 1u << 11,  // "member_group": leaders, members, states ...
  kTitleWord = 1u << 12,    // "title": president, foreign, former, mr ...
  kSpeechVerb = 1u << 14,   // "speech": said, told, wrote ... (also kClauseOpener)
  kPastSpeech = 1u << 15,   // "past_speech": said, told, announced ...
  kHostVerb = 1u << 16,     // "host": hosted, chaired, convened ...
  kInviteVerb = 1u << 17,   // "invite": invited, invites ...
  kOccurVerb = 1u << 18,    // "occur": place, happen, held, materialise ...
  kCallMedium = 1u << 19,   // "call_medium": phone, telephone, video ...
  kMeasureNoun = 1u << 20,  // "measure": round, series, days, weeks ...
  kScheduleWord = 1u << 21, // "schedule": scheduled, expected, due ...
  kOtherTimeWord = 1u << 22,  // "other_time": ever, never, previously, often ...
  kOfParty = 1u << 23,        // "of_party": government, leaders ... of X (X is the party)
  kFirmNoun = 1u << 24,       // "firm_noun": company, firm ... ("the company" = the firm just named)
  kPartyPair = 1u << 25,      // "party_pair": sides, countries ... ("both sides" = the two just named)
  kDateNoun = 1u << 28,       // "date_noun": date, timing ... ("no date has been set for the summit")
  kLastWordClass = kDateNoun,
};

// A word ending in n't / n’t ("didn't", "won’t"). Inline: asked about
// every word before a trigger.
inline bool IsNegatedContraction(std::string_view w) {
  size_t n = w.size();
  return (n >= 3 && w[n - 1] == 't' && w[n - 2] == '\'' && w[n - 3] == 'n') ||
         (n >= 5 && w[n - 1] == 't' && w.substr(n - 5, 4) == "n\xE2\x80\x99");
}
// Rules over a word whose classes are known (`classes` == WordClasses::Of(w)).
// will, would, is, has, did, to, didn't ...
inline bool IsAuxiliary(std::string_view w, uint32_t classes) {
  return (classes & (kBe | kAuxWord)) || IsNegatedContraction(w);
}
// also, then, reportedly, -ly adverbs ...
inline bool IsSkippableAdverb(std::string_view w, uint32_t classes) {
  const size_t n = w.size();
  if (n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y' && !(classes & kLyException)) return true;
  return classes & kSkipAdvWord;
}
// Words between a subject and its verb that do not change who acts:
// "are expected to", "would be open to", "finally", "himself".
inline bool IsSubjectVerbFiller(std::string_view w, uint32_t classes) {
  return IsAuxiliary(w, classes) || IsSkippableAdverb(w, classes) ||
         (classes & (kFillerWord | kReflexive));
}
// Tokens that close a clause for every scan: ; : ( ) and dashes that are not glued.
bool IsHardPunct(std::string_view w);
bool IsDash(std::string_view w);

}  // namespace words

// The table of word classes: the closed classes from code, plus the open
// classes of a word_classes.tsv. Built once, then read-only (shared by the
// worker threads).
class WordClasses {
 public:
  WordClasses();  // the closed classes only
  // Adds the classes of a word_classes.tsv's contents (`name` names it in
  // messages). A malformed line is an error naming the file and line.
  Status Parse(const std::string& tsv, const std::string& name);

  // Every class of `w` (lower-cased); 0 for an unlisted word. (Not inline:
  // the extractor's per-token memo around it stays small enough to inline.)
  uint32_t Of(std::string_view w) const;

 private:
  // Words of up to 16 bytes pack one-to-one (events/packed_word.h); longer
  // ones are compared in full, from a list of their own.
  static constexpr uint32_t kMaxPacked = 16;
  // 24 bytes (PackedWord's padding holds the classes): the table is asked
  // about most tokens near a trigger, and stays small in the cache.
  struct Slot {
    uint64_t a = 0, b = 0;
    uint32_t len = 0;  // 0: empty
    uint32_t classes = 0;
  };
  static uint32_t SlotOf(const PackedWord& k) {
    uint64_t h = (k.a * 0x9E3779B97F4A7C15ull) ^ (k.b * 0xC2B2AE3D27D4EB4Full) ^ k.len;
    return uint32_t(h >> 40);
  }
  // A bit per (first byte, length, last byte), 5 bits each, of every listed
  // word: most words asked about are not listed and skip the table.
  static uint32_t Key(std::string_view w) {
    return ((uint32_t(uint8_t(w[0])) & 31) << 10) | ((uint32_t(w.size()) & 31) << 5) |
           (uint32_t(uint8_t(w.back())) & 31);
  }
  bool MayHave(std::string_view w) const {
    uint32_t k = Key(w);
    return (keys_[k >> 6] >> (k & 63)) & 1;
  }
  uint32_t LongOf(std::string_view w) const;
  void Add(std::string_view w, uint32_t bits);
  void Place(const Slot& s);

  std::vector<Slot> slots_;  // a power of two, > 4 x the words
  uint32_t mask_ = 0;
  uint32_t words_ = 0;
  uint64_t keys_[512] = {};
  std::vector<std::pair<std::string, uint32_t>> long_;
};

}  // namespace eg
