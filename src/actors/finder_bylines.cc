// Bylines and sign-offs: names that are the reporters', not persons of the
// story: "By Jane Smith", a name alone at the top, "X contributed
// reporting", a broadcast sign-off ("I'm Jane Smith, BBC News").
#include "actors/finder_internal.h"

namespace eg {
namespace actors_detail {

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
  // Every formula has "contributed" among the sentence's last eight
  // tokens: asked of every sentence that names someone, the test is first
  // a comparison of those tokens' hashes (the text's, of the lower-cased
  // bytes), the words compared only where one matches.
  static const uint64_t kContributed = FoldedHash("contributed");
  bool any = false;
  for (uint32_t k = e > s + 8 ? e - 8 : s; k < e; ++k) any |= h_[k] == kContributed;
  if (!any) return false;
  for (uint32_t k = e > s + 6 ? e - 6 : s; k + 3 < e; ++k)
    if (L(k) == "contributed" && L(k + 1) == "to" && L(k + 2) == "this" &&
        WordIn(g_.contribution_nouns(), k + 3))
      return true;
  // "X in Kyiv contributed reporting.", "... contributed additional
  // reporting from Moscow.": the agencies' other closing formula.
  for (uint32_t k = e > s + 8 ? e - 8 : s; k + 1 < e; ++k)
    if (L(k) == "contributed" &&
        (L(k + 1) == "reporting" || (L(k + 1) == "additional" && k + 2 < e && L(k + 2) == "reporting")))
      return true;
  if (e >= s + 3 && IsPunct(e - 1, ".") && L(e - 2) == "contributed") {
    for (uint32_t k = s; k + 2 < e; ++k)
      if (WordIn(g_.writer_nouns(), k)) return true;
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
    return WordIn(g_.writer_nouns(), s) || WordIn(g_.byline_words(), s);
  // In a transcript of labelled speakers, "I'm Ana Ruiz" is a speaker
  // introducing herself in the conversation, not a reporter's byline.
  if (before.size() != 2) return SignOff(before) && !SpeakerLabelled();
  if (before != "by") return false;
  if (i - 1 == s) return true;
  return WordIn(g_.byline_words(), i - 2);
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

}  // namespace actors_detail
}  // namespace eg
