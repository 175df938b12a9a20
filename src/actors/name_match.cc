#include "actors/name_match.h"

#include <algorithm>
#include <cstring>

#include "actors/fold.h"

namespace eg {

// The bytes compared as one integer (the compiler makes one load and one
// compare of each literal): the text's every name word passes here.
static constexpr uint32_t Packed(const char* p, size_t n) {
  uint32_t v = 0;
  for (size_t i = 0; i < n; ++i) v |= uint32_t(uint8_t(p[i])) << (8 * i);
  return v;
}

// von, van, der, den, de, del, della, di, da, do, dos, das, du, la, le,
// ter, ten, bin, ibn, al, el, ben (by length: no comparison with every
// particle).
bool IsNameParticle(std::string_view w) {
  const size_t n = w.size();
  if (n < 2 || n > 5) return false;
  if (n == 5) return w == "della";
  auto byte = [&w](size_t i) { return uint32_t(uint8_t(w[i])) << (8 * i); };
  const uint32_t v2 = byte(0) | byte(1);
  switch (n) {
    case 2: {
      const uint32_t v = v2;
      return v == Packed("de", 2) || v == Packed("di", 2) || v == Packed("da", 2) ||
             v == Packed("do", 2) || v == Packed("du", 2) || v == Packed("la", 2) ||
             v == Packed("le", 2) || v == Packed("al", 2) || v == Packed("el", 2);
    }
    case 3: {
      const uint32_t v = v2 | byte(2);
      return v == Packed("von", 3) || v == Packed("van", 3) || v == Packed("der", 3) ||
             v == Packed("den", 3) || v == Packed("del", 3) || v == Packed("dos", 3) ||
             v == Packed("das", 3) ||
             v == Packed("ter", 3) || v == Packed("ten", 3) || v == Packed("bin", 3) ||
             v == Packed("ibn", 3) || v == Packed("ben", 3);
    }
    default:  // 4
      return (v2 | byte(2) | byte(3)) == Packed("arap", 4);  // Kalenjin "son of": "Daniel arap Moi"
  }
}

bool IsPatronymicParticle(std::string_view w) {
  return w == "bin" || w == "ibn" || w == "bint";
}

bool IsNameSuffix(std::string_view w) {
  return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv";
}

namespace {


// Initial bucket of a byte: a-z their own, everything else one more.
int InitialBucket(char c) { return (c >= 'a' && c <= 'z') ? c - 'a' : 26; }

// First and last space-separated word of a discovered name key, and the
// number of words, without copying.
struct KeyWords {
  std::string_view first, last;
  size_t count = 0;
};

KeyWords SplitKey(std::string_view key) {
  KeyWords out;
  size_t b = 0;
  while (b < key.size()) {
    size_t sp = key.find(' ', b);
    if (sp == std::string_view::npos) sp = key.size();
    if (sp > b) {
      std::string_view w = key.substr(b, sp - b);
      if (!out.count++) out.first = w;
      out.last = w;
    }
    b = sp + 1;
  }
  return out;
}


}  // namespace

std::string NameParts::Joined(const char* sep) const {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += sep;
    out += w;
  }
  return out;
}

size_t SplitNameWords(const TextAnalysis& t, uint32_t first, uint32_t end,
                      std::vector<std::string_view>* words, std::deque<std::string>* folded) {
  const size_t base = words->size();
  for (uint32_t k = first; k < end; ++k) {
    const Token& tk = t.tokens[k];
    if (tk.kind != TokenKind::kWord) continue;
    // ASCII folds to its lower case, which the text stage has made; the
    // text stage's kNonAscii flag says which tokens are not ASCII.
    std::string_view low = t.Lower(tk);
    const bool ascii = !tk.Has(kNonAscii);
    if (ascii) {
      // Particles have two to five letters: most words pass without the call.
      if (!low.empty() && (low.size() < 2 || low.size() > 5 || !IsNameParticle(low)))
        words->push_back(low);
      continue;
    }
    std::string w;
    FoldInto(t.Str(tk), &w);
    if (w.empty() || IsNameParticle(w)) continue;
    folded->push_back(std::move(w));
    words->push_back(folded->back());
  }
  // Suffixes have two or three letters (jr, iii).
  while (words->size() > base + 1 && words->back().size() <= 3 && IsNameSuffix(words->back()))
    words->pop_back();
  return words->size() - base;
}

std::string NameDisplay(const TextAnalysis& t, uint32_t first, uint32_t end) {
  std::string out;
  if (first >= end) return out;
  // The display is the text of the span when single spaces separate its
  // tokens (the usual case): one copy instead of one append per token.
  bool single_spaced = true;
  for (uint32_t k = first + 1; k < end; ++k) {
    const Token& tk = t.tokens[k];
    uint32_t gap = tk.start - t.tokens[k - 1].end;
    single_spaced &= tk.Has(kGlued) ? gap == 0 : gap == 1 && t.text[tk.start - 1] == ' ';
  }
  if (single_spaced) {
    out.assign(t.text.substr(t.tokens[first].start, t.tokens[end - 1].end - t.tokens[first].start));
  } else {
    out.reserve(t.tokens[end - 1].end - t.tokens[first].start);
    for (uint32_t k = first; k < end; ++k) {
      const Token& tk = t.tokens[k];
      if (k > first && !tk.Has(kGlued)) out.push_back(' ');
      out.append(t.Str(tk));
    }
  }
  return out;
}

NameParts SplitName(const TextAnalysis& t, uint32_t first, uint32_t end) {
  NameParts out;
  if (first >= end) return out;
  std::vector<std::string_view> words;
  std::deque<std::string> folded;
  SplitNameWords(t, first, end, &words, &folded);
  out.words.assign(words.begin(), words.end());
  out.display = NameDisplay(t, first, end);
  return out;
}

NameParts SplitName(const std::string& name) {
  TextAnalysis t;
  Analyze(name, 0, &t);
  return SplitName(t, 0, uint32_t(t.tokens.size()));
}

bool GivenCompatible(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() == 1 || b.size() == 1) return a[0] == b[0];
  size_t m = std::min(a.size(), b.size());
  if (m >= 3 && a.substr(0, m) == b.substr(0, m)) return true;  // Alex ~ Alexander
  int slack = m >= 5 ? 2 : 1;
  return a[0] == b[0] && EditDistance(a, b, slack) <= slack;
}

int SurnameSlack(size_t len) { return len >= 7 ? 2 : len >= 4 ? 1 : 0; }

int MatchGazetteerPerson(const Gazetteer& g, const NameParts& name, int role_holder,
                         const std::vector<uint32_t>& present) {
  std::vector<std::string_view> words(name.words.begin(), name.words.end());
  return MatchGazetteerPerson(g, words.data(), words.size(), role_holder, present);
}

int MatchGazetteerPerson(const Gazetteer& g, const std::string_view* words, size_t n_words,
                         int role_holder, const std::vector<uint32_t>& present,
                         bool* used_present) {
  if (used_present) *used_present = false;
  if (n_words < 2) return -1;
  const std::string_view sur = words[n_words - 1];
  const size_t n_given = n_words - 1;
  // Reused buffers: called for every discovered name, allocate nothing.
  thread_local std::string joined;
  thread_local std::vector<uint32_t> cands;
  joined.clear();
  cands.clear();
  for (size_t w = 0; w < n_words; ++w)
    for (char c : words[w])
      if (c != '\'') joined.push_back(c);
  int best = -1, best_score = 1 << 20;
  bool tie = false;
  // A truncated full name ("Kim Jong" of Kim Jong Un or Kim Jong Il) is
  // that person's, or nobody's when several share the beginning: never a
  // different person who shares a surname-like word (Kim Yo Jong).
  {
    int prefix_of = -1;
    bool several = false;
    // Only persons whose first given name is the name's first word can
    // qualify; among them, those whose joined name has the same initial.
    const int bucket = InitialBucket(joined[0]);
    thread_local std::string first_given;
    first_given.assign(words[0]);
    for (uint32_t p : g.PersonsByFirstGiven(first_given)) {
      const GazEntry& e = g.entry(p);
      if (InitialBucket(e.joined.empty() ? ' ' : e.joined[0]) != bucket) continue;
      if (e.surname.empty() || e.given.size() + 1 <= n_words) continue;
      bool pre = true;
      for (size_t w = 0; w < n_words && pre; ++w) pre = e.given[w] == words[w];
      if (!pre) continue;
      if (prefix_of >= 0 && prefix_of != int(p)) several = true;
      prefix_of = int(p);
    }
    if (prefix_of >= 0) return several ? -1 : prefix_of;
  }
  const uint32_t sur_mask = ByteMask(sur), joined_mask = ByteMask(joined);
  const int slack = SurnameSlack(sur.size());
  auto consider = [&](uint32_t p) {
    const GazEntry& e = g.entry(p);
    int score = -1;
    // Token-joined form: "Xi Jin Peng" ~ "Xi Jinping".
    if (!e.joined.empty() && e.joined[0] == joined[0] && joined.size() >= 8 &&
        MayBeWithin(joined.size(), joined_mask, e.joined.size(), e.joined_mask, 1)) {
      int d = EditDistance(joined, e.joined, 1);
      if (d <= 1) score = d;
    }
    if (score < 0 && !e.surname.empty() && e.surname[0] == sur[0]) {
      // Surnames beyond the slack cannot be the nearest within it: they are
      // rejected by length and letters, and distances are capped there.
      int sd = 99;
      for (size_t k = 0; k < e.surnames.size(); ++k) {
        const std::string& s = e.surnames[k];
        if (!s.empty() && s[0] == sur[0] &&
            MayBeWithin(sur.size(), sur_mask, s.size(), e.surname_masks[k], slack))
          sd = std::min(sd, EditDistance(sur, s, slack));
      }
      if (sd <= slack) {
        int gd = -1;  // -1: given names not comparable
        // A name that gives as many given names as the entry (two or more)
        // agrees with it on the first: "Kang Yu-jung" is not "Kim Yo Jong",
        // though "Yu" ~ "Yo" and "Jung" ~ "Jong" (the family name, written
        // first, tells them apart).
        const bool first_differs = n_given >= 2 && e.given.size() >= 2 &&
                                   n_given >= e.given.size() &&
                                   !GivenCompatible(words[0], e.given[0]);
        if (!e.given.empty() && !first_differs) {
          for (size_t a = 0; a < n_given; ++a)
            for (const auto& b : e.given)
              if (GivenCompatible(words[a], b))
                gd = std::max(gd, 0), gd = (words[a] == b) ? gd : std::max(gd, 1);
        }
        bool role = role_holder == int(p);
        if (gd >= 0) {
          score = sd + gd;
        } else if (role) {
          score = sd + 1;
        } else if (e.given.empty()) {
          if (sd != 0 && used_present) *used_present = true;
          bool here = std::find(present.begin(), present.end(), p) != present.end();
          if (here || sd == 0) score = sd + 1;
        }
        // Given names disagree: a different person (Hunter vs Joe Biden),
        // unless the title names this very office holder.
      }
    }
    if (score < 0) return;
    if (role_holder == int(p)) score -= 1;
    if (score < best_score) {
      best_score = score;
      best = int(p);
      tie = false;
    } else if (score == best_score && best != int(p)) {
      tie = true;
    }
  };
  // Candidates: persons whose surname or joined name starts with the same
  // letter (misspellings rarely change the first letter) and whose length
  // is within the distance allowed, each once. The outcome does not depend
  // on their order: the best score, or a tie.
  // Persons none of whose surnames is within the slack, and whose joined
  // name is not within one edit, score nothing: only the others are read.
  for (size_t len = sur.size() > size_t(slack) ? sur.size() - slack : 1; len <= sur.size() + slack; ++len)
    for (const auto& ps : g.SurnamesByShape(sur[0], len))
      if (ps.first == sur[0] && ps.len == len && MayBeWithin(sur.size(), sur_mask, len, ps.mask, slack))
        cands.push_back(ps.person);
  if (joined.size() >= 8)
    for (size_t len = joined.size() - 1; len <= joined.size() + 1; ++len)
      for (const auto& ps : g.JoinedByShape(joined[0], len))
        if (ps.first == joined[0] && ps.len == len && MayBeWithin(joined.size(), joined_mask, len, ps.mask, 1))
          cands.push_back(ps.person);
  std::sort(cands.begin(), cands.end());
  cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
  for (uint32_t p : cands) consider(p);
  return tie ? -1 : best;
}

int MatchSurname(const Gazetteer& g, std::string_view word, const std::vector<uint32_t>& present) {
  int slack = word.size() >= 7 ? 2 : word.size() >= 5 ? 1 : 0;
  int best = -1, best_d = 99;
  bool tie = false;
  for (uint32_t p : present) {
    const GazEntry& e = g.entry(p);
    int d = 99;
    for (const auto& s : e.surnames)
      if (!s.empty() && s[0] == word[0]) d = std::min(d, EditDistance(word, s, slack));
    if (d > slack) continue;
    if (d < best_d) {
      best_d = d;
      best = int(p);
      tie = false;
    } else if (d == best_d && best != int(p)) {
      tie = true;
    }
  }
  return tie ? -1 : best;
}

bool SameDiscovered(const std::string& a, const std::string& b) {
  KeyWords wa = SplitKey(a), wb = SplitKey(b);
  if (!wa.count || !wb.count) return false;
  if (wa.last != wb.last && EditDistance(wa.last, wb.last, 1) > (wa.last.size() >= 6 ? 1 : 0))
    return false;
  if (wa.count == 1 || wb.count == 1) return wa.last == wb.last;
  return GivenCompatible(wa.first, wb.first);
}

}  // namespace eg
