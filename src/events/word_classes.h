// Closed word classes of English that the events stage's clause analysis
// relies on: determiners, auxiliaries, prepositions, clause openers,
// pronouns. These are grammar, not lexicon, so they live in code; open-class
// knowledge (triggers, status cues, support verbs) is data
// (data/triggers/). All tests take a lower-cased token.
#pragma once
#include <cstdint>
#include <string_view>

namespace eg {
namespace words {

// The closed lists below as bits of one table, so that a token's classes
// cost one lookup (the Is* functions are this table plus suffix rules).
enum WordClass : uint32_t {
  kDeterminer = 1u << 0,       // a, the, this, their, his ...
  kBe = 1u << 1,               // is, are, was, were, be, been, being, am
  kAuxWord = 1u << 2,          // auxiliaries other than be: will, would, did, has, to, not ...
  kPreposition = 1u << 3,      // to, of, for, from, with ...
  kClauseOpener = 1u << 4,     // which, who, but, because, when, said ...
  kLyException = 1u << 5,      // -ly words that are no adverbs: only, early, italy ...
  kSkipAdvWord = 1u << 6,      // listed skippable adverbs: also, then, reportedly ...
  kFillerWord = 1u << 7,       // listed subject-verb fillers: expected, set, due ...
  kSingularPronoun = 1u << 8,  // he, she
  kPluralPronoun = 1u << 9,    // they, both
  kGroupHead = 1u << 10,       // leaders, officials, sides ...
  kMemberGroup = 1u << 11,     // leaders, members, states ...
  kTitleWord = 1u << 12,       // words of titles before a name: president, foreign, mr. ...
};
// Every listed class of `w` (lower-cased); 0 for an unlisted word.
uint32_t ClassesOf(std::string_view w);

bool IsDeterminer(std::string_view w);       // a, the, this, their, his ...
bool IsAuxiliary(std::string_view w);        // will, would, is, has, did, to ...
bool IsBe(std::string_view w);               // is, are, was, were, be, been, being
bool IsPreposition(std::string_view w);      // to, of, for, from, with, by, in ...
bool IsClauseOpener(std::string_view w);     // which, who, but, because, when, said ...
bool IsSkippableAdverb(std::string_view w);  // also, then, reportedly, -ly adverbs ...
// Words between a subject and its verb that do not change who acts:
// "are expected to", "would be open to", "finally".
bool IsSubjectVerbFiller(std::string_view w);
bool IsSingularPersonPronoun(std::string_view w);  // he, she
// "they", "both", and the heads of "the two leaders", "both sides".
bool IsPluralPronoun(std::string_view w);
bool IsGroupHead(std::string_view w);  // leaders, officials, heads, counterparts ...
// Plural nouns that, after an organisation's name, name its members rather
// than the organisation acting ("NATO leaders", "EU ministers", "G7 countries").
bool IsMemberGroupNoun(std::string_view w);
// A word ending in n't / n’t ("didn't", "won’t"). Inline: asked about
// every word before a trigger.
inline bool IsNegatedContraction(std::string_view w) {
  size_t n = w.size();
  return (n >= 3 && w[n - 1] == 't' && w[n - 2] == '\'' && w[n - 3] == 'n') ||
         (n >= 5 && w[n - 1] == 't' && w.substr(n - 5, 4) == "n\xE2\x80\x99");
}
// IsAuxiliary, IsSkippableAdverb and IsSubjectVerbFiller for a word whose
// classes are already known (`classes` == ClassesOf(w)): the events stage
// looks them up once per token and asks these of many tokens.
inline bool IsAuxiliary(std::string_view w, uint32_t classes) {
  return (classes & (kBe | kAuxWord)) || IsNegatedContraction(w);
}
inline bool IsSkippableAdverb(std::string_view w, uint32_t classes) {
  const size_t n = w.size();
  if (n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y' && !(classes & kLyException)) return true;
  return classes & kSkipAdvWord;
}
inline bool IsSubjectVerbFiller(std::string_view w, uint32_t classes) {
  return IsAuxiliary(w, classes) || IsSkippableAdverb(w, classes) || (classes & kFillerWord);
}
// Tokens that close a clause for every scan: ; : ( ) and dashes that are not glued.
bool IsHardPunct(std::string_view w);
bool IsDash(std::string_view w);

}  // namespace words
}  // namespace eg
