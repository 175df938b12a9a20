// A guard between the text stage and the later ones: a "sentence" of
// thousands of words is never prose (a scraped table, a line without any
// punctuation, a 10 MB line) and per-sentence analyses that are fine on
// news sentences can take quadratic time on it. The main job therefore
// cuts every sentence longer than kMaxSentenceTokens tokens into pieces of
// at most that many tokens before the time, actors and events stages, and
// says so in one message per file.
#pragma once
#include <cstdint>
#include <string>

#include "text/text.h"

namespace eg {

constexpr uint32_t kMaxSentenceTokens = 200;

struct SentenceCut {
  uint32_t cut = 0;           // sentences that were cut
  uint32_t longest = 0;       // tokens in the longest of them
  uint32_t first_offset = 0;  // byte offset of the first one
};

// Cuts `t`'s long sentences; token flags are updated (kSentenceStart).
SentenceCut CapSentenceLength(TextAnalysis* t, uint32_t max_tokens = kMaxSentenceTokens);

// The message for `path`, or "" when nothing was cut.
std::string SentenceCutMessage(const std::string& path, const SentenceCut& c,
                               uint32_t max_tokens = kMaxSentenceTokens);

}  // namespace eg
