// Trigger lexicon: the words that signal an event and the words that frame
// it, loaded from data files (data/triggers/triggers.tsv,
// data/triggers/cues.tsv and the open word classes of
// data/triggers/word_classes.tsv; format and vocabulary of types in
// data/triggers/README.md).
//
// A trigger is a word family ("meet|meets|met") with an event type, whether
// it names an interaction, its part of speech and a frame: the constraints on
// where its participants are found ("called" needs a bare object, "spoke"
// needs "with"/"to" and persons). Cues are phrases of a class: status cues
// (negated, hypothetical, proposed, planned) and the support and motion verbs
// the clause analysis needs. Phrases are matched on lower-cased tokens; a
// form is split on spaces and hyphens ("re-election" = re - election).
//
// Loaded once, then shared read-only by every worker thread.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <map>
#include <vector>

#include "corpus/status.h"
#include "events/packed_word.h"
#include "events/word_classes.h"
#include "text/text.h"
#include "text/token_hash.h"

namespace eg {

// Frame flags of a trigger (column "frame" of triggers.tsv).
enum TriggerFrame : uint32_t {
  kFrameObject = 1,             // a verb whose direct object takes part ("met Putin")
  kFrameWith = 2,               // participants after with / between / among / from
  kFrameTo = 4,                 // participants after "to" ("spoke to Putin")
  kFrameBareObject = 8,         // direct object that ends the clause ("called Putin.")
  kFramePersons = 16,           // non-subject participants must be persons
  kFramePersonsOrCountries = 32,  // non-subject participants: persons or countries
  kFrameNeedsWith = 64,         // a noun that needs "with"/"between" ("dinner with")
  kFrameJoint = 128,            // held by two persons or more, a meeting ("a news conference")
  kFramePurpose = 256,          // only as the purpose of a motion verb ("flew to X to appeal to Y")
  kFramePlaced = 512,           // a direct object, then a place ("joined Y at a rally")
  kFrameGathering = 1024,       // an occasion with sidelines ("a summit", "a conference")
  kFrameTogether = 2048,        // only with "together" ("X and Y appeared together"): the subject a pair
  // A journey to a country or its capital right after the form ("visited
  // Amman", "will travel to China", "a trip to India"): a leader's visit is
  // a meeting with the host country's leader (extract_visits.cc).
  kFrameVisit = 4096,
  // Only with a call's medium after its person object ("invited X by
  // phone", "congratulated Y by telephone"): then a call of the subject
  // with the object (extract_by_phone.cc).
  kFrameByPhone = 8192,
};

struct TriggerEntry {
  std::string type;  // meeting, call, talks, statement, invasion, ...
  bool interaction = false;
  bool noun = false;  // else a verb
  uint32_t frame = 0;
  std::vector<std::string> words;  // the form, lower-cased, one per token
};

enum class CueClass : uint8_t {
  kNegated, kHypothetical, kProposed, kPlanned, kSupport, kMotion, kDenial, kUrging, kReportNoun,
  kSingledOut, kStance, kLatest, kBacking, kTogether, kPresence, kPrivateGroup, kHabitual
};
constexpr int kCueClasses = 17;

// The titles of data/triggers/leader_titles.tsv, lower-cased: which persons
// "the two leaders" or "the heads of state" may be.
struct LeaderTitles {
  std::vector<std::string> leads;   // a head of state's or government's; whole words
  std::vector<std::string> serves;  // the others' (ministers, aides); a word's start
  std::vector<std::string> lower;   // make a leading title a lower office; whole words
  std::vector<std::string> minister;  // offices "the two ministers" may be; whole words
};

struct TriggerMatch {
  const TriggerEntry* entry = nullptr;
  uint32_t first = 0, end = 0;  // token range
};

class TriggerLexicon {
 public:
  // Loads triggers.tsv, cues.tsv, word_classes.tsv and leader_titles.tsv
  // from `data_dir`/triggers. A malformed line is an error naming the file
  // and line.
  static Status Load(const std::string& data_dir, std::unique_ptr<TriggerLexicon>* out);
  // Parses the three files' contents (`*_name` name them in messages).
  static Status Parse(const std::string& triggers_tsv, const std::string& triggers_name,
                      const std::string& cues_tsv, const std::string& cues_name,
                      const std::string& words_tsv, const std::string& words_name,
                      std::unique_ptr<TriggerLexicon>* out);
  // The same without open word classes (word_classes() has the closed ones
  // only): for tests of the trigger and cue files.
  static Status Parse(const std::string& triggers_tsv, const std::string& triggers_name,
                      const std::string& cues_tsv, const std::string& cues_name,
                      std::unique_ptr<TriggerLexicon>* out) {
    return Parse(triggers_tsv, triggers_name, cues_tsv, cues_name, "", "", out);
  }

  // Parses leader_titles.tsv (`name` names it in messages) into `out`.
  static Status ParseLeaderTitles(const std::string& tsv, const std::string& name,
                                  LeaderTitles* out);
  // Empty unless loaded by Load.
  const LeaderTitles& leader_titles() const { return leader_titles_; }

  // The classes of every listed word: closed ones from code, open ones
  // from word_classes.tsv.
  const WordClasses& word_classes() const { return word_classes_; }

  // Every trigger entry whose form starts at token i (inside [i, limit)),
  // longest first. Appends to `out` (cleared first).
  void TriggersAt(const TextAnalysis& t, uint32_t i, uint32_t limit,
                  std::vector<TriggerMatch>* out) const;
  // Length in tokens of the longest cue of class `c` starting at token i, 0 if none.
  uint32_t CueAt(const TextAnalysis& t, uint32_t i, uint32_t limit, CueClass c) const;
  // Every cue of class c that starts at token i and ends by `limit`, as bit
  // n of lens[c] for a cue of n words: CueAt for class c and any smaller
  // limit is the highest bit at or below limit - i. Only cues of fewer than
  // 64 words are reported (see max_cue_words()).
  void CueLengthsAt(const TextAnalysis& t, uint32_t i, uint32_t limit,
                    uint64_t lens[kCueClasses]) const;
  // The number of words of the longest cue phrase.
  uint32_t max_cue_words() const { return max_cue_words_; }

  // False when no trigger / cue can start with token i (one bit test on the
  // text stage's hash of the token, TextAnalysis::hashes; true may still
  // find nothing). Lets callers skip TriggersAt / CueLengthsAt for almost
  // every token.
  bool MayStartTriggerAt(const TextAnalysis& t, uint32_t i) const {
    return trigger_hash_filter_.MayHave(t.hashes[i]);
  }
  bool MayStartCueAt(const TextAnalysis& t, uint32_t i) const {
    return cue_hash_filter_.MayHave(t.hashes[i]);
  }

  size_t size() const { return entries_.size(); }

 private:
  struct Phrase {
    std::vector<std::string> words;
    uint32_t id;  // entry index or cue class
    // HashTokenBytes(words[1]), and whether only a token of those very
    // bytes matches words[1] (it has no apostrophe, which a curly one in
    // the text may stand for): then a token whose hash differs cannot.
    uint64_t second_hash = 0;
    bool second_exact = false;
  };
  // Sets each phrase's second_hash and second_exact.
  static void HashSecondWords(std::vector<Phrase>* phrases);
  // The phrase's length when its words match the tokens from i (before
  // limit), else 0; words[0] must be the token at i (the key it was found under).
  // Inline for the one-word phrases (most of them): found under their word,
  // they match (i < limit). A phrase of more words is mostly rejected by
  // the text stage's hash of the token after i (TextAnalysis::hashes),
  // without reading its words: a first word such as "held" or "gave"
  // starts dozens of phrases.
  static uint32_t MatchLen(const TextAnalysis& t, uint32_t i, uint32_t limit, const Phrase& p) {
    const std::vector<std::string>& words = p.words;
    if (words.size() == 1) return i < limit ? 1 : 0;
    if (i + words.size() > limit) return 0;
    if (p.second_exact && t.hashes[i + 1] != p.second_hash) return 0;
    return MatchLenSlow(t, i, limit, words);
  }
  static uint32_t MatchLenSlow(const TextAnalysis& t, uint32_t i, uint32_t limit,
                               const std::vector<std::string>& words);

  std::vector<TriggerEntry> entries_;
  WordClasses word_classes_;
  LeaderTitles leader_titles_;
  uint32_t max_cue_words_ = 0;
  // Every phrase, grouped by first word, longest first within a group;
  // cues within a class in file order (Phrase::id is the class).
  std::vector<Phrase> trigger_phrases_, cue_phrases_;
  // First word -> its ranges of trigger_phrases_ and cue_phrases_: one table
  // for both, asked once per token that passes a filter below.
  // [*_begin, *_one) are the phrases of two words or more, [*_one, *_end)
  // those of one word (the groups are sorted longest first). *_second has
  // bit SecondBit(h) set for the hash h of every multi-word phrase's second
  // word (every bit if one may match more than one token's bytes): a first
  // word such as "was", "hosted" or "gave" starts a dozen to fifty phrases
  // and the next token is almost never the second word of any of them, so
  // one bit test skips them all.
  struct FirstWord {
    uint32_t trig_begin = 0, trig_one = 0, trig_end = 0;
    uint32_t cue_begin = 0, cue_one = 0, cue_end = 0;
    uint64_t trig_second = 0, cue_second = 0;
  };
  static uint32_t SecondBit(uint64_t token_hash) { return uint32_t(token_hash >> 58); }
  // Where the phrases that may match at token i begin, of a group
  // [begin, one) + [one, end) with second-word bits `second`: at `one`
  // when no multi-word phrase can (no token after i before limit, or its
  // hash's bit is not set).
  static uint32_t FirstCandidate(const TextAnalysis& t, uint32_t i, uint32_t limit,
                                 uint32_t begin, uint32_t one, uint64_t second) {
    if (begin == one || i + 1 >= limit) return one;
    return (second >> SecondBit(t.hashes[i + 1])) & 1 ? begin : one;
  }
  // Sets the group's *_one and *_second from its phrases.
  static void IndexGroup(const std::vector<Phrase>& phrases, uint32_t begin, uint32_t end,
                         uint32_t* one, uint64_t* second);
  PackedWordMap<FirstWord> first_words_;
  // The phrases whose first word is token i's, or nullptr.
  const FirstWord* FirstWordAt(const TextAnalysis& t, uint32_t i) const {
    const Token& tok = t.tokens[i];
    return first_words_.Find(t.lower.data() + tok.start, tok.end - tok.start);
  }
  // The first words of triggers and of cues (nearly every token fails),
  // by the text stage's token hash.
  class TokenHashFilter {
   public:
    void Add(std::string_view w) {
      const uint32_t k = Key(HashTokenBytes(w));
      bits_[k >> 6] |= uint64_t(1) << (k & 63);
    }
    bool MayHave(uint64_t token_hash) const {
      const uint32_t k = Key(token_hash);
      return (bits_[k >> 6] >> (k & 63)) & 1;
    }

   private:
    static uint32_t Key(uint64_t h) { return uint32_t(h >> 49); }  // 15 bits
    uint64_t bits_[512] = {};
  };
  TokenHashFilter trigger_hash_filter_, cue_hash_filter_;
};

}  // namespace eg
