#include "actors/name_match.h"

#include <algorithm>

#include "actors/fold.h"

namespace eg {

namespace {

bool IsParticleWord(const std::string& w) {
  static const char* const kParticles[] = {"von", "van", "der", "den", "de", "del", "della",
                                           "di", "da", "dos", "du", "la", "le", "ter",
                                           "ten", "bin", "ibn", "al", "el", "ben"};
  for (const char* p : kParticles)
    if (w == p) return true;
  return false;
}

bool IsSuffixWord(const std::string& w) {
  return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv";
}

void PushWord(std::string w, NameParts* out, bool particle_ok) {
  if (w.empty()) return;
  if (!particle_ok && IsParticleWord(w)) return;
  out->words.push_back(std::move(w));
}

std::vector<std::string> Words(const std::string& joined) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : joined) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
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

NameParts SplitName(const TextAnalysis& t, uint32_t first, uint32_t end) {
  NameParts out;
  for (uint32_t k = first; k < end; ++k) {
    const Token& tk = t.tokens[k];
    std::string_view s = t.Str(tk);
    if (k > first && !tk.Has(kGlued)) out.display.push_back(' ');
    out.display.append(s.data(), s.size());
    if (tk.kind != TokenKind::kWord) continue;
    PushWord(Fold(s), &out, false);
  }
  while (out.words.size() > 1 && IsSuffixWord(out.words.back())) out.words.pop_back();
  return out;
}

NameParts SplitName(const std::string& name) {
  TextAnalysis t;
  Analyze(name, 0, &t);
  return SplitName(t, 0, uint32_t(t.tokens.size()));
}

bool GivenCompatible(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() == 1 || b.size() == 1) return a[0] == b[0];
  size_t m = std::min(a.size(), b.size());
  if (m >= 3 && a.compare(0, m, b, 0, m) == 0) return true;  // Alex ~ Alexander
  int slack = m >= 5 ? 2 : 1;
  return a[0] == b[0] && EditDistance(a, b, slack) <= slack;
}

int SurnameSlack(size_t len) { return len >= 7 ? 2 : len >= 4 ? 1 : 0; }

int MatchGazetteerPerson(const Gazetteer& g, const NameParts& name, int role_holder,
                         const std::vector<uint32_t>& present) {
  if (name.words.size() < 2) return -1;
  const std::string& sur = name.words.back();
  std::vector<std::string> given(name.words.begin(), name.words.end() - 1);
  std::string joined;
  for (const auto& w : name.words)
    for (char c : w)
      if (c != '\'') joined.push_back(c);
  int best = -1, best_score = 1 << 20;
  bool tie = false;
  // A truncated full name ("Kim Jong" of Kim Jong Un or Kim Jong Il) is
  // that person's, or nobody's when several share the beginning: never a
  // different person who shares a surname-like word (Kim Yo Jong).
  {
    int prefix_of = -1;
    bool several = false;
    for (uint32_t p : g.PersonsByJoinedInitial(joined[0])) {
      const GazEntry& e = g.entry(p);
      if (e.surname.empty() || e.given.size() + 1 <= name.words.size()) continue;
      bool pre = true;
      for (size_t w = 0; w < name.words.size() && pre; ++w) pre = e.given[w] == name.words[w];
      if (!pre) continue;
      if (prefix_of >= 0 && prefix_of != int(p)) several = true;
      prefix_of = int(p);
    }
    if (prefix_of >= 0) return several ? -1 : prefix_of;
  }
  // Candidates: persons whose surname or joined name starts with the same
  // letter (misspellings rarely change the first letter).
  std::vector<uint32_t> cands = g.PersonsByInitial(sur[0]);
  for (uint32_t p : g.PersonsByJoinedInitial(joined[0]))
    if (std::find(cands.begin(), cands.end(), p) == cands.end()) cands.push_back(p);
  for (uint32_t p : cands) {
    const GazEntry& e = g.entry(p);
    int score = -1;
    // Token-joined form: "Xi Jin Peng" ~ "Xi Jinping".
    if (!e.joined.empty() && e.joined[0] == joined[0] && joined.size() >= 8 &&
        EditDistance(joined, e.joined, 1) <= 1)
      score = EditDistance(joined, e.joined, 1);
    if (score < 0 && !e.surname.empty() && e.surname[0] == sur[0]) {
      int sd = 99;
      for (const auto& s : e.surnames)
        if (!s.empty() && s[0] == sur[0]) sd = std::min(sd, EditDistance(sur, s, 2));
      int slack = SurnameSlack(sur.size());
      if (sd <= slack) {
        int gd = -1;  // -1: given names not comparable
        if (!e.given.empty()) {
          for (const auto& a : given)
            for (const auto& b : e.given)
              if (GivenCompatible(a, b)) gd = std::max(gd, 0), gd = (a == b) ? gd : std::max(gd, 1);
        }
        bool role = role_holder == int(p);
        bool here = std::find(present.begin(), present.end(), p) != present.end();
        if (gd >= 0) score = sd + gd;
        else if (role) score = sd + 1;
        else if (e.given.empty() && (here || sd == 0)) score = sd + 1;
        // Given names disagree: a different person (Hunter vs Joe Biden),
        // unless the title names this very office holder.
      }
    }
    if (score < 0) continue;
    if (role_holder == int(p)) score -= 1;
    if (score < best_score) {
      best_score = score;
      best = int(p);
      tie = false;
    } else if (score == best_score && best != int(p)) {
      tie = true;
    }
  }
  return tie ? -1 : best;
}

int MatchSurname(const Gazetteer& g, const std::string& word, const std::vector<uint32_t>& present) {
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
  auto wa = Words(a), wb = Words(b);
  if (wa.empty() || wb.empty()) return false;
  if (wa.back() != wb.back() && EditDistance(wa.back(), wb.back(), 1) > (wa.back().size() >= 6 ? 1 : 0))
    return false;
  if (wa.size() == 1 || wb.size() == 1) return wa.back() == wb.back();
  return GivenCompatible(wa[0], wb[0]);
}

}  // namespace eg
