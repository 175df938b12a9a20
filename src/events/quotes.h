// Quotations of a document and who speaks them.
//
// FindQuotations() scans a document's tokens once for quotation marks
// (straight "...", curly “...”, TempEval-style ``...'') and, for each
// balanced quotation, the person the text attributes it to:
//   after it:   "...," X said / said X / X told reporters / according to X
//   before it:  X said: "..." / X told reporters, "..." / According to X, "..."
//   continued:  "...," X said. "..."  (a quotation opening the sentence right
//               after an attributed one, on the same line, with none of its own)
// The speaker must be a person actor (a role phrase the actors stage
// resolved counts: "the Russian president said"). Who speaks "I" / "we" in
// the quotation is then that person; "we" may add the partners the
// attribution names: "X said of his call with Y".
// A transcript's speaker label ("HALLAM: ...", "RICHARD HALLAM: ...", one to
// three capitalised words and a colon opening a line) makes the rest of its
// line, outside the quotations in it, a quotation of the person the label
// names (its mention, else the one person of the document whose name ends
// with the label's words).
// When in doubt there is no speaker: a quotation that is not closed on its
// line, has a nested quotation (‘...’, `...', or a lone '), mixes mark styles,
// or runs past kMaxQuotationTokens. Cost: one test per token of the range
// (is it a punctuation token) plus a few token tests per quotation.
#pragma once
#include <cstdint>
#include <vector>

#include "actors/actors.h"
#include "events/word_classes.h"
#include "text/text.h"

namespace eg {

constexpr uint32_t kMaxQuotationTokens = 250;

struct Quotation {
  uint32_t first = 0, end = 0;  // the tokens inside the marks, [first, end)
  int32_t speaker = -1;         // DocActors entity index of a person, or -1
  uint32_t partners[3] = {0, 0, 0};  // "said of his call with Y": Y
  uint8_t n_partners = 0;
};

// The quotations of tokens [from, to), in text order, into *out (cleared
// first). A quotation never spans a line break, so the tokens of one line
// (LineOf) give all that the line's tokens belong to.
// mention_at[k]: the index into a.mentions of the mention covering token k,
// or -1; `classes` tells the verbs of saying.
void FindQuotations(const TextAnalysis& t, uint32_t from, uint32_t to, const int32_t* mention_at,
                    const DocActors& a, const WordClasses& classes, std::vector<Quotation>* out);
// The whole document's.
inline void FindQuotations(const TextAnalysis& t, const int32_t* mention_at, const DocActors& a,
                           const WordClasses& classes, std::vector<Quotation>* out) {
  FindQuotations(t, 0, uint32_t(t.tokens.size()), mention_at, a, classes, out);
}
// The tokens [*from, *to) of the line holding token k (k < t.tokens.size()).
void LineOf(const TextAnalysis& t, uint32_t k, uint32_t* from, uint32_t* to);

// The person a speaker label opening the line at token k names ("HALLAM:
// ...", see above), or -1; *colon: the label's colon token, *all_caps:
// whether the label is written in capitals.
int32_t SpeakerLabelAt(const TextAnalysis& t, uint32_t k, const int32_t* mention_at,
                       const DocActors& a, uint32_t* colon, bool* all_caps);

// The quotation holding token k (nullptr when none): quotations are few, a
// binary search over them.
const Quotation* QuotationAt(const std::vector<Quotation>& q, uint32_t k);

}  // namespace eg
