#include "cli/extract_sentence_cap.h"

#include <algorithm>
#include <vector>

namespace eg {

SentenceCut CapSentenceLength(TextAnalysis* t, uint32_t max_tokens) {
  SentenceCut c;
  if (max_tokens == 0) return c;
  bool any = false;
  for (const Sentence& s : t->sentences)
    if (s.end_token - s.first_token > max_tokens) {
      any = true;
      break;
    }
  if (!any) return c;
  std::vector<Sentence> out;
  out.reserve(t->sentences.size());
  for (const Sentence& s : t->sentences) {
    uint32_t n = s.end_token - s.first_token;
    if (n <= max_tokens) {
      out.push_back(s);
      continue;
    }
    if (c.cut++ == 0) c.first_offset = s.start;
    c.longest = std::max(c.longest, n);
    for (uint32_t i = s.first_token; i < s.end_token; i += max_tokens) {
      Sentence piece;
      piece.first_token = i;
      piece.end_token = std::min(s.end_token, i + max_tokens);
      piece.start = t->tokens[piece.first_token].start;
      piece.end = t->tokens[piece.end_token - 1].end;
      t->tokens[i].flags |= kSentenceStart;
      out.push_back(piece);
    }
  }
  t->sentences = std::move(out);
  return c;
}

std::string SentenceCutMessage(const std::string& path, const SentenceCut& c,
                               uint32_t max_tokens) {
  if (c.cut == 0) return "";
  return path + ": " + std::to_string(c.cut) + " sentence" + (c.cut > 1 ? "s" : "") +
         " longer than " + std::to_string(max_tokens) + " tokens (the longest " +
         std::to_string(c.longest) + ", the first at byte " + std::to_string(c.first_offset) +
         ") cut into pieces of " + std::to_string(max_tokens) +
         " tokens; events spanning a cut are missed; file processed";
}

}  // namespace eg
