#include "render/style.h"

#include <cstdio>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <filesystem>

namespace eg {

namespace {

struct TypeColors {
  const char* type;
  const char* fill;
  const char* line;
};

// Interactions in saturated hues, other dated events in muted ones.
constexpr TypeColors kKnown[] = {
    {"meeting", "#cfe3f6", "#1f5f99"},   {"call", "#d5efd0", "#2e7d32"},
    {"talks", "#fbe3c4", "#b35c00"},     {"summit", "#cfe3f6", "#1f5f99"},
    {"visit", "#e3dcf5", "#5a3d99"},     {"statement", "#eeeeee", "#555555"},
    {"report", "#f2ece0", "#7a6a4f"},    {"invasion", "#f7d4d4", "#a12626"},
    {"attack", "#f7d4d4", "#a12626"},    {"election", "#f5f0c8", "#8a7a00"},
    {"agreement", "#d4f0ee", "#00796b"}, {"award", "#fff1c2", "#9c7a00"},
    {"sanction", "#f6dcea", "#9c2a68"},  {"sanctions", "#f6dcea", "#9c2a68"},
};

constexpr const char* kSpareFill[] = {"#e0f0f8", "#f8e0ec", "#e8f5d8", "#f5e6d6",
                                      "#e6e0f5", "#dff5ee", "#f5f5d6", "#ececec"};
constexpr const char* kSpareLine[] = {"#25709a", "#a03a6a", "#4f7f1f", "#8f5a2a",
                                      "#5b4aa0", "#1f8a6a", "#7f7f1f", "#606060"};

uint32_t Fnv(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

const TypeColors* Known(std::string_view t) {
  for (const auto& k : kKnown)
    if (t == k.type) return &k;
  return nullptr;
}

}  // namespace

std::string TypeColor(std::string_view type) {
  if (auto* k = Known(type)) return k->fill;
  return kSpareFill[Fnv(type) % 8];
}

std::string TypeLineColor(std::string_view type) {
  if (auto* k = Known(type)) return k->line;
  return kSpareLine[Fnv(type) % 8];
}

std::string KindColor(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return "#9ecae1";
    case ActorKind::kOrganization: return "#fdae6b";
    case ActorKind::kCountry: return "#a1d99b";
    case ActorKind::kGroup: return "#d4b9da";
  }
  return "#dddddd";
}

namespace {
// Bytes XmlEscape changes: the five markup characters and the control
// characters XML 1.0 forbids (all below 0x20 but tab and newline).
struct XmlSpecial {
  bool is[256] = {};
  constexpr XmlSpecial() {
    for (int c = 0; c < 0x20; ++c) is[c] = c != '\n' && c != '\t';
    for (unsigned char c : {'&', '<', '>', '"', '\''}) is[c] = true;
  }
};
constexpr XmlSpecial kXmlSpecial;
}  // namespace

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  AppendXmlEscaped(&out, s);
  return out;
}

namespace {

// The first position at or after `i` where a byte below 0x20 (newline and
// tab included: the caller checks them byte by byte) or a markup character
// may be, 16 bytes at a time: the tooltips of timeline.svg pass every
// mention's text through here, and a byte-at-a-time scan was a third of
// that file's instructions.
size_t SkipPlain(std::string_view s, size_t i) {
#ifdef __SSE2__
  const __m128i lows = _mm_set1_epi8(0x1f);
  const __m128i amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>');
  const __m128i quot = _mm_set1_epi8('"'), apos = _mm_set1_epi8('\'');
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i hit = _mm_cmpeq_epi8(_mm_max_epu8(x, lows), lows);  // x <= 0x1f
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, amp));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, lt));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, gt));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, quot));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, apos));
    if (int mask = _mm_movemask_epi8(hit)) return i + size_t(__builtin_ctz(unsigned(mask)));
  }
#endif
  return i;
}

}  // namespace

void AppendXmlEscaped(std::string* out, std::string_view s) {
  // Runs of ordinary bytes are copied whole: most text has no markup.
  size_t run = 0;
  for (size_t i = SkipPlain(s, 0); i < s.size(); i = SkipPlain(s, i + 1)) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (!kXmlSpecial.is[c]) continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      case '"': *out += "&quot;"; break;
      case '\'': *out += "&#39;"; break;
      default: break;  // a forbidden control character: dropped
    }
  }
  out->append(s.data() + run, s.size() - run);
}

std::string DotEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

size_t Utf8Length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Ellipsize(std::string_view s, size_t max_chars) {
  if (Utf8Length(s) <= max_chars) return std::string(s);
  size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == max_chars - 1) break;
      ++n;
    }
  }
  std::string out(s.substr(0, i));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\u2026";
}

std::string SourceLink(const std::string& doc_path, const std::string& out_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path doc = fs::absolute(fs::path(doc_path), ec).lexically_normal();
  fs::path out = fs::absolute(fs::path(out_dir.empty() ? "." : out_dir), ec).lexically_normal();
  fs::path rel = doc.lexically_relative(out);
  if (rel.empty()) rel = doc;
  return rel.generic_string();
}

SourceLinker::SourceLinker(const GraphData& gd, std::string out_dir)
    : gd_(gd), out_dir_(std::move(out_dir)) {}

std::string SourceLinker::Link(const std::string& doc_id) {
  const auto d = gd_.FindDocument(doc_id);
  return LinkPath(d ? std::string(d->path) : doc_id + ".txt");
}

std::string SourceLinker::Link(const MentionRef& m) {
  return LinkPath(m.located ? std::string(m.path) : std::string(m.doc) + ".txt");
}

std::string SourceLinker::LinkPath(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string::npos ? std::string_view(path)
                                                      : std::string_view(path).substr(slash + 1);
  // A name that path arithmetic would change ("..", "."): the slow way.
  if (name.empty() || name == "." || name == "..") return SourceLink(path, out_dir_);
  std::string dir = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
  auto it = dir_links_.find(dir);
  if (it == dir_links_.end()) {
    // The link of a file in `dir`, minus the file's name.
    std::string probe = SourceLink(dir + "x", out_dir_);
    it = dir_links_.emplace(dir, probe.substr(0, probe.size() - 1)).first;
  }
  return it->second + std::string(name);
}

}  // namespace eg
