// Name comparison for the actors stage: splitting a name span into folded
// words, and deciding when a spelling is a variant of a gazetteer person
// ("Zelinskyy" ~ Zelenskyy, "Georgia Miloni" ~ Giorgia Meloni, "Xi Jin Peng"
// ~ Xi Jinping) or of another discovered name. Evidence required: edit
// distance on the surname plus agreement of the given name, of the office
// the title names, or presence of that person in the same document.
// Distinct given names keep people apart (Hunter vs Joe Biden).
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "actors/gazetteer.h"
#include "text/text.h"

namespace eg {

struct NameParts {
  std::vector<std::string> words;  // folded, without particles, hyphens and suffixes
  std::string display;             // the text as written, spaces normalised
  std::string Joined(const char* sep) const;
};

// Lower-case particles inside names (von, van, de, della, bin, al, ...),
// which SplitName leaves out of a name's words.
bool IsNameParticle(std::string_view w);
// The particles that mean "son of" / "daughter of" (bin, ibn, bint): the
// father's name follows, even one that is also a title ("Bandar bin Sultan").
bool IsPatronymicParticle(std::string_view w);
// Generational suffixes (jr, sr, ii, iii, iv), dropped from a name's words.
bool IsNameSuffix(std::string_view w);

NameParts SplitName(const TextAnalysis& t, uint32_t first, uint32_t end);
NameParts SplitName(const std::string& name);
// The words of SplitName(t, first, end), appended to *words without copying:
// ASCII words are views of t.lower, folded non-ASCII words views of strings
// appended to *folded (a deque: its strings stay put). Returns their count.
size_t SplitNameWords(const TextAnalysis& t, uint32_t first, uint32_t end,
                      std::vector<std::string_view>* words, std::deque<std::string>* folded);
// The display of SplitName(t, first, end).
std::string NameDisplay(const TextAnalysis& t, uint32_t first, uint32_t end);

// Whether two given names may be one person's: equal, an initial, a prefix,
// or a close spelling (Friedrik ~ Friedrich).
bool GivenCompatible(std::string_view a, std::string_view b);
// Largest surname edit distance accepted for a surname of this length.
int SurnameSlack(size_t len);

// Gazetteer person that `name` (two words or more) is a variant of, or -1.
// `role_holder` is the person the title before the name designates (-1 if
// none); `present` the gazetteer persons already named in the document.
int MatchGazetteerPerson(const Gazetteer& g, const NameParts& name, int role_holder,
                         const std::vector<uint32_t>& present);
// Same over the name's `n` folded words. When `used_present` is given, it
// is set to whether the answer depended on `present` (else the same words
// and role holder give the same answer in any document).
int MatchGazetteerPerson(const Gazetteer& g, const std::string_view* words, size_t n,
                         int role_holder, const std::vector<uint32_t>& present,
                         bool* used_present = nullptr);
// Person among `present` whose surname `word` is a close variant of, or -1.
int MatchSurname(const Gazetteer& g, std::string_view word, const std::vector<uint32_t>& present);
// Whether two discovered names (folded, words joined by spaces) are one person.
bool SameDiscovered(const std::string& a, const std::string& b);

}  // namespace eg
