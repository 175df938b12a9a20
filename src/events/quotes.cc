#include "events/quotes.h"

#include <algorithm>
#include <string_view>

namespace eg {
namespace {

enum class Mark { kNone, kStraight, kOpen, kClose, kOpenTicks, kCloseTicks, kNested };

// The quotation mark at token k, and how many tokens it takes (`` and ''
// are two tokens each).
Mark MarkAt(const TextAnalysis& t, uint32_t k, uint32_t* width) {
  *width = 1;
  const QuoteChar q = QuoteCharAt(t, k);
  const bool next_same = k + 1 < t.tokens.size() && t.tokens[k + 1].Has(kGlued) &&
                         QuoteCharAt(t, k + 1) == q;
  switch (q) {
    case QuoteChar::kDouble:
      return Mark::kStraight;
    case QuoteChar::kBacktick:
      if (next_same) {
        *width = 2;
        return Mark::kOpenTicks;
      }
      return Mark::kNested;
    case QuoteChar::kSingle:
      if (next_same) {
        *width = 2;
        return Mark::kCloseTicks;
      }
      // A lone ' after a space opens a quotation inside the quotation; one
      // glued to a word is an apostrophe ("leaders' talks").
      return t.tokens[k].Has(kGlued) ? Mark::kNone : Mark::kNested;
    case QuoteChar::kOpenDouble:
      return Mark::kOpen;
    case QuoteChar::kCloseDouble:
      return Mark::kClose;
    case QuoteChar::kOpenSingle:
      return Mark::kNested;
    default:
      return Mark::kNone;
  }
}

class Attribution {
 public:
  Attribution(const TextAnalysis& t, const int32_t* mention_at, const DocActors& a,
              const WordClasses& classes)
      : t_(t), mention_at_(mention_at), a_(a), classes_(classes), n_(uint32_t(t.tokens.size())) {}

  std::string_view W(uint32_t k) const { return t_.Lower(t_.tokens[k]); }
  bool Speech(uint32_t k) const {
    return k < n_ && (classes_.Of(W(k)) & words::kSpeechVerb);
  }
  // The person whose mention starts (ends) at k, else -1.
  int32_t PersonStarting(uint32_t k) const {
    if (k >= n_) return -1;
    const int32_t m = mention_at_[k];
    if (m < 0 || (k > 0 && mention_at_[k - 1] == m)) return -1;
    return PersonOf(m);
  }
  int32_t PersonEnding(uint32_t k) const {
    if (k >= n_) return -1;
    const int32_t m = mention_at_[k];
    if (m < 0 || (k + 1 < n_ && mention_at_[k + 1] == m)) return -1;
    return PersonOf(m);
  }
  int32_t PersonOf(int32_t m) const {
    const ActorMention& am = a_.mentions[size_t(m)];
    if (am.possessive) return -1;  // "Putin's spokesman said"
    return a_.entities[am.entity].kind == ActorKind::kPerson ? int32_t(am.entity) : -1;
  }
  uint32_t MentionEnd(uint32_t k) const { return a_.mentions[size_t(mention_at_[k])].end_token; }
  uint32_t MentionFirst(uint32_t k) const { return a_.mentions[size_t(mention_at_[k])].first_token; }

  // "...," X said / X told / said X / said the Russian president /
  // according to X. k: the token after the closing mark, last: the last
  // token inside it. Not on the next line (a new paragraph names the
  // speaker of what follows), nor in the next sentence after a full stop.
  int32_t After(uint32_t k, uint32_t last, uint32_t* rest) const {
    if (k < n_ && W(k) == ",") ++k;
    if (k >= n_ || t_.tokens[k].Has(kLineStart)) return -1;
    if (t_.tokens[k].Has(kSentenceStart) && W(last) == ".") return -1;
    int32_t p = PersonStarting(k);
    if (p >= 0) {
      uint32_t v = MentionEnd(k);
      if (Speech(v)) {
        *rest = v + 1;
        return p;
      }
      return -1;
    }
    if (Speech(k)) {
      uint32_t s = k + 1;
      p = PersonStarting(s);
      // "said the president": a role phrase the actors stage took without its "the".
      if (p < 0 && s + 1 < n_ && W(s) == "the" && mention_at_[s] < 0) p = PersonStarting(++s);
      if (p >= 0) *rest = MentionEnd(s);
      return p;
    }
    if (k + 2 < n_ && W(k) == "according" && W(k + 1) == "to") {
      p = PersonStarting(k + 2);
      if (p >= 0) *rest = MentionEnd(k + 2);
      return p;
    }
    return -1;
  }

  // X said: "..." / X told reporters, "..." / According to X, "..." / said X: "...".
  // o: the opening mark.
  int32_t Before(uint32_t o) const {
    if (o == 0 || t_.tokens[o].Has(kLineStart)) return -1;
    uint32_t k = o - 1;
    if (W(k) == ":" || W(k) == ",") {
      if (k == 0) return -1;
      --k;
    }
    // The speaker directly before: "said Trump:", "According to Trump,".
    int32_t p = PersonEnding(k);
    if (p >= 0) {
      const uint32_t f = MentionFirst(k);
      if (t_.tokens[f].Has(kLineStart)) return -1;  // the verb would be on the line before
      if (f >= 1 && Speech(f - 1)) return p;
      if (f >= 2 && W(f - 1) == "to" && W(f - 2) == "according") return p;
      return -1;
    }
    // The verb, up to a short object before the mark: "told reporters:".
    for (uint32_t back = 0; back < 4 && k > back; ++back) {
      const uint32_t v = k - back;
      if (Speech(v)) return t_.tokens[v].Has(kLineStart) ? -1 : PersonEnding(v - 1);
      if (mention_at_[v] >= 0 || t_.tokens[v].kind == TokenKind::kPunct ||
          t_.tokens[v].Has(kLineStart))
        return -1;
    }
    return -1;
  }

  // "X said of his call with Y (and Z)": the persons after "with".
  void Partners(uint32_t k, Quotation* q) const {
    if (k + 2 >= n_ || W(k) != "of") return;
    const std::string_view d = W(k + 1);
    if (d != "his" && d != "her" && d != "their") return;
    uint32_t w = k + 2;
    for (int i = 0; i < 4 && w < n_ && W(w) != "with"; ++i, ++w)
      if (t_.tokens[w].kind == TokenKind::kPunct) return;
    if (w >= n_ || W(w) != "with") return;
    for (++w; w < n_ && q->n_partners < 3;) {
      const int32_t m = mention_at_[w];
      if (m >= 0) {
        const uint32_t e = a_.mentions[size_t(m)].entity;
        const ActorKind kind = a_.entities[e].kind;
        if (kind == ActorKind::kPerson || kind == ActorKind::kCountry)
          q->partners[q->n_partners++] = e;
        w = a_.mentions[size_t(m)].end_token;
        continue;
      }
      const std::string_view x = W(w);
      if (x == "and" || x == "," || (t_.tokens[w].Has(kCapitalized) && !t_.tokens[w].Has(kSentenceStart)))
        ++w;  // a title the mention left out: "President"
      else
        break;
    }
  }

 private:
  const TextAnalysis& t_;
  const int32_t* mention_at_;
  const DocActors& a_;
  const WordClasses& classes_;
  uint32_t n_;
};

// Folds a capital to lower case: ASCII, and the Latin-1 letters UTF-8
// writes C3 80..9E ("Á" to "á"). b: the byte before c in its word.
char FoldByte(char b, char c) {
  if (c >= 'A' && c <= 'Z') return char(c - 'A' + 'a');
  const auto ub = static_cast<unsigned char>(b), uc = static_cast<unsigned char>(c);
  if (ub == 0xC3 && uc >= 0x80 && uc <= 0x9E && uc != 0x97) return char(uc + 0x20);
  return c;
}

// Whether two words are one in that fold ("TOMÁS", "Tomás").
bool SameFolded(std::string_view x, std::string_view y) {
  if (x.size() != y.size()) return false;
  for (size_t j = 0; j < x.size(); ++j)
    if (FoldByte(j ? x[j - 1] : 0, x[j]) != FoldByte(j ? y[j - 1] : 0, y[j])) return false;
  return true;
}

// Whether the last n words of a name ("Richard Hallam") are `words`.
bool NameEndsWith(std::string_view name, const std::string_view* words, uint32_t n) {
  for (uint32_t i = n; i-- > 0;) {
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    const size_t sp = name.rfind(' ');
    const std::string_view last = sp == std::string_view::npos ? name : name.substr(sp + 1);
    if (!SameFolded(last, words[i])) return false;
    if (sp == std::string_view::npos) return i == 0;
    name = name.substr(0, sp);
  }
  return true;
}

// "HALLAM: I sat in on meetings with Lavrov": a transcript's speaker label,
// one to three capitalised words and a colon opening line k, with the
// turn's words after it on the same line. The speaker is the person the
// label names: its mention, else the one person of the document whose
// name ends with the label's words ("HALLAM", "RICHARD HALLAM"); -1 when
// none or several. *colon: the colon's token.
int32_t LabelSpeaker(const TextAnalysis& t, uint32_t k, uint32_t n, const int32_t* mention_at,
                     const DocActors& a, uint32_t* colon) {
  uint32_t c = k;
  while (c < n && c < k + 3 && t.tokens[c].kind == TokenKind::kWord &&
         (t.tokens[c].Has(kAllCaps) || t.tokens[c].Has(kCapitalized)))
    ++c;
  if (c == k || c + 1 >= n || t.Lower(t.tokens[c]) != ":" || t.tokens[c + 1].Has(kLineStart))
    return -1;
  *colon = c;
  const int32_t m = mention_at[k];
  if (m >= 0) {
    const ActorMention& am = a.mentions[size_t(m)];
    if (am.end_token != c || am.possessive || a.entities[am.entity].kind != ActorKind::kPerson)
      return -1;
    return int32_t(am.entity);
  }
  std::string_view words[3];
  for (uint32_t i = k; i < c; ++i) {
    if (mention_at[i] >= 0) return -1;
    words[i - k] = t.Str(t.tokens[i]);
  }
  int32_t found = -1;
  for (uint32_t e = 0; e < a.entities.size(); ++e) {
    if (a.entities[e].kind != ActorKind::kPerson || !NameEndsWith(a.entities[e].name, words, c - k))
      continue;
    if (found >= 0) return -1;
    found = int32_t(e);
  }
  return found;
}

// The turns of the speaker-labelled lines of [from, n): the words after the
// label outside the quotations already in *out, as quotations of the
// label's person; *out stays in text order.
void SpeakerTurns(const TextAnalysis& t, uint32_t from, uint32_t n, const int32_t* mention_at,
                  const DocActors& a, std::vector<Quotation>* out) {
  std::vector<Quotation> turns;
  for (uint32_t k = from; k < n; ++k) {
    if (k != 0 && !t.tokens[k].Has(kLineStart)) continue;
    uint32_t colon = 0;
    const int32_t speaker = LabelSpeaker(t, k, n, mention_at, a, &colon);
    if (speaker < 0) continue;
    uint32_t end = colon + 1;
    while (end < n && !t.tokens[end].Has(kLineStart)) ++end;
    uint32_t at = colon + 1;
    for (const Quotation& q : *out) {
      if (q.end <= at || q.first >= end) continue;
      if (q.first > at) {
        Quotation turn;
        turn.first = at;
        turn.end = q.first;
        turn.speaker = speaker;
        turns.push_back(turn);
      }
      at = std::max(at, q.end);
    }
    if (at < end) {
      Quotation turn;
      turn.first = at;
      turn.end = end;
      turn.speaker = speaker;
      turns.push_back(turn);
    }
    k = end - 1;
  }
  if (turns.empty()) return;
  out->insert(out->end(), turns.begin(), turns.end());
  std::sort(out->begin(), out->end(),
            [](const Quotation& x, const Quotation& y) { return x.first < y.first; });
}

}  // namespace

void LineOf(const TextAnalysis& t, uint32_t k, uint32_t* from, uint32_t* to) {
  const uint32_t n = uint32_t(t.tokens.size());
  uint32_t f = k;
  while (f > 0 && !t.tokens[f].Has(kLineStart)) --f;
  uint32_t e = k + 1;
  while (e < n && !t.tokens[e].Has(kLineStart)) ++e;
  *from = f;
  *to = e;
}

void FindQuotations(const TextAnalysis& t, uint32_t from, uint32_t to, const int32_t* mention_at,
                    const DocActors& a, const WordClasses& classes, std::vector<Quotation>* out) {
  out->clear();
  const uint32_t n = std::min<uint32_t>(to, uint32_t(t.tokens.size()));
  // Open quotation: its opening mark's kind and token, and whether a
  // nested mark made it doubtful.
  Mark open = Mark::kNone;
  uint32_t open_at = 0, open_width = 0;
  bool doubt = false;
  Attribution attr(t, mention_at, a, classes);
  auto close = [&](uint32_t at, uint32_t width) {
    Quotation q;
    q.first = open_at + open_width;
    q.end = at;
    if (!doubt && q.end > q.first && q.end - q.first <= kMaxQuotationTokens) {
      uint32_t rest = 0;
      q.speaker = attr.After(at + width, at - 1, &rest);
      if (q.speaker >= 0) {
        attr.Partners(rest, &q);
      } else {
        q.speaker = attr.Before(open_at);
      }
      if (q.speaker < 0 && !out->empty() && out->back().speaker >= 0 &&
          t.tokens[open_at].Has(kSentenceStart) && !t.tokens[open_at].Has(kLineStart)) {
        // "...," X said. "...": the same speaker goes on, when the sentence
        // before held the last quotation and this one has no speaker of its own.
        const uint32_t s = t.SentenceOf(open_at);
        if (s > 0 && t.SentenceOf(out->back().end) == s - 1) {
          const Quotation& prev = out->back();
          q.speaker = prev.speaker;
          q.n_partners = prev.n_partners;
          std::copy(prev.partners, prev.partners + 3, q.partners);
        }
      }
    }
    out->push_back(q);
    open = Mark::kNone;
  };
  for (uint32_t k = from; k < n;) {
    const Token& tok = t.tokens[k];
    if (open != Mark::kNone && tok.Has(kLineStart)) {
      open = Mark::kNone;  // not closed on its line
      doubt = false;
    }
    if (tok.kind != TokenKind::kPunct) {
      ++k;
      continue;
    }
    uint32_t width = 1;
    const Mark m = MarkAt(t, k, &width);
    switch (m) {
      case Mark::kNone:
        break;
      case Mark::kNested:
        doubt = true;
        break;
      case Mark::kStraight:
        if (open == Mark::kStraight) {
          close(k, width);
        } else {
          if (open != Mark::kNone) doubt = true;  // mixed styles: start afresh, in doubt
          open = Mark::kStraight;
          open_at = k;
          open_width = width;
        }
        break;
      case Mark::kOpen:
      case Mark::kOpenTicks: {
        const bool nested = open != Mark::kNone;
        open = m;
        open_at = k;
        open_width = width;
        doubt = nested;
        break;
      }
      case Mark::kClose:
      case Mark::kCloseTicks:
        if ((m == Mark::kClose && open == Mark::kOpen) ||
            (m == Mark::kCloseTicks && open == Mark::kOpenTicks))
          close(k, width);
        else
          open = Mark::kNone;  // a closing mark with no opening one
        break;
    }
    if (open == Mark::kNone) doubt = false;
    k += width;
  }
  SpeakerTurns(t, from, n, mention_at, a, out);
}

int32_t SpeakerLabelAt(const TextAnalysis& t, uint32_t k, const int32_t* mention_at,
                       const DocActors& a, uint32_t* colon, bool* all_caps) {
  const uint32_t n = uint32_t(t.tokens.size());
  const int32_t speaker = LabelSpeaker(t, k, n, mention_at, a, colon);
  if (speaker < 0) return -1;
  *all_caps = true;
  for (uint32_t i = k; i < *colon; ++i) *all_caps = *all_caps && t.tokens[i].Has(kAllCaps);
  return speaker;
}

const Quotation* QuotationAt(const std::vector<Quotation>& q, uint32_t k) {
  auto it = std::upper_bound(q.begin(), q.end(), k,
                             [](uint32_t x, const Quotation& y) { return x < y.first; });
  if (it == q.begin()) return nullptr;
  --it;
  return k < it->end ? &*it : nullptr;
}

}  // namespace eg
