#include "time/tense.h"

#include <cstdlib>
#include <string_view>

namespace eg::timex {
namespace {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> l) {
  for (auto x : l)
    if (w == x) return true;
  return false;
}

// +1 future marker, -1 past marker, 0 none.
int Marker(const TextAnalysis& t, uint32_t i, uint32_t end) {
  const Token& tk = t.tokens[i];
  if (tk.kind != TokenKind::kWord) return 0;
  std::string_view w = t.Lower(tk);
  auto next = [&](uint32_t k) -> std::string_view {
    return i + k < end ? t.Lower(t.tokens[i + k]) : std::string_view();
  };
  if (OneOf(w, {"will", "shall", "won't", "wo", "tomorrow", "upcoming", "next", "would",
                "might", "could", "should", "may", "must", "planned", "planning", "plans",
                "scheduled", "expected", "expects", "intend", "intends", "wants", "until"}))
    return 1;
  if ((w == "is" || w == "are") && next(1) == "to") return 1;
  if (w == "as" && next(1) == "soon" && next(2) == "as") return 1;
  if (w.size() > 3 && (w.substr(w.size() - 3) == "'ll" || w.substr(w.size() - 3) == "’ll"))
    return 1;
  if (OneOf(w, {"expected", "scheduled", "set", "due", "plans", "plan", "planned", "intends",
                "hopes", "aims", "slated"}) &&
      next(1) == "to")
    return 1;
  if (w == "going" && next(1) == "to") return 1;
  if (OneOf(w, {"said", "was", "were", "had", "did", "met", "told", "went", "came", "made",
                "took", "gave", "held", "left", "saw", "got", "began", "won", "lost", "fell",
                "rose", "sold", "bought", "paid", "spoke", "led", "ran", "found", "brought",
                "thought", "became", "kept", "sent", "struck", "wrote", "spent", "knew",
                "chose", "flew", "drew", "grew", "threw", "broke", "stood", "sat", "felt",
                "meant", "put", "hit", "cut", "set", "shot", "fought", "caught", "taught",
                "built", "heard", "swore", "wore", "hung", "ago", "last", "yesterday"}))
    return -1;
  if (w.size() >= 5 && w[w.size() - 2] == 'e' && w[w.size() - 1] == 'd' &&
      !OneOf(w, {"need", "indeed", "speed", "proceed", "succeed", "exceed", "hundred",
                 "united", "based", "related", "limited", "interested", "concerned",
                 "supposed", "used", "expected", "scheduled", "planned", "proposed"}))
    return -1;
  return 0;
}

}  // namespace

int TenseAround(const TextAnalysis& t, uint32_t b, uint32_t e) {
  if (t.sentences.empty() || b >= t.tokens.size()) return 0;
  const Sentence& s = t.sentences[t.SentenceOf(b)];
  int best = 0;
  uint32_t best_dist = ~0u;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (i >= b && i < e) continue;
    int m = Marker(t, i, s.end_token);
    if (m == 0) continue;
    uint32_t dist = i < b ? b - i : i - e + 1;
    // A future marker before the expression governs it even when a reporting
    // verb is nearer after it ("will meet Friday, officials said").
    if (m > 0 && i < b) dist = dist > 2 ? dist - 2 : 1;
    if (dist < best_dist) { best_dist = dist; best = m; }
  }
  return best;
}

}  // namespace eg::timex
