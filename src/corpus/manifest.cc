#include "corpus/manifest.h"

#include <algorithm>
#include <utility>

#include "corpus/document.h"
#include "corpus/input_list.h"
#include "corpus/loader.h"

namespace eg {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsSpace(char c) { return IsBlank(c) || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::optional<date::year_month_day> Manifest::Find(std::string_view name) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), name,
                             [&](const Entry& e, std::string_view n) {
                               return std::string_view(contents_).substr(e.off, e.len) < n;
                             });
  if (it == entries_.end() || std::string_view(contents_).substr(it->off, it->len) != name)
    return std::nullopt;
  return UnpackDate(it->date);
}

std::string_view Manifest::Name(size_t i) const {
  return std::string_view(contents_).substr(entries_[i].off, entries_[i].len);
}

date::year_month_day Manifest::Date(size_t i) const { return *UnpackDate(entries_[i].date); }

bool ParseManifestLine(const std::string& path, int n, std::string_view line,
                       std::string_view* name_out, int32_t* date, std::string* warning) {
  auto where = [&](int l) { return path + ":" + std::to_string(l) + ": "; };
  while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
  while (!line.empty() && IsBlank(line.front())) line.remove_prefix(1);
  if (line.empty() || line[0] == '#') return false;
  // FILE<TAB>DATE; a run of spaces before the date is accepted too.
  size_t sep = line.find('\t');
  if (sep == std::string_view::npos) sep = line.rfind(' ');
  if (sep == std::string_view::npos) {
    *warning = where(n) + "expected FILE<TAB>YYYY-MM-DD, got '" + QuoteForMessage(line) +
               "'; line ignored";
    return false;
  }
  std::string_view name = line.substr(0, sep), value = line.substr(sep + 1);
  while (!name.empty() && IsBlank(name.back())) name.remove_suffix(1);
  while (!value.empty() && IsBlank(value.front())) value.remove_prefix(1);
  auto d = ParseIsoDate(value);
  if (!d) {
    *warning = where(n) + "'" + QuoteForMessage(value) +
               "' is not a valid date (YYYY-MM-DD); line ignored, '" + QuoteForMessage(name) +
               "' gets no date from the manifest";
    return false;
  }
  *name_out = name;
  *date = PackDate(d);
  return true;
}

std::string ManifestDuplicateWarning(const std::string& path, int line, std::string_view name,
                                     int earlier_line) {
  return path + ":" + std::to_string(line) + ": '" + QuoteForMessage(name) +
         "' is already listed on line " + std::to_string(earlier_line) +
         " with another date; this line wins";
}

std::string ManifestUnusedWarning(const std::string& path, int line, std::string_view name,
                                  size_t count) {
  std::string m = path + ":" + std::to_string(line) + ": '" + QuoteForMessage(name) + "'";
  if (count > 1)
    m += " and " + std::to_string(count - 1) + (count == 2 ? " more line" : " more lines");
  m += count > 1 ? " name" : " names";
  return m + " no .txt file in this directory; " + (count > 1 ? "their dates are" : "its date is") +
         " not used";
}

Manifest ParseManifest(const std::string& path, std::string contents,
                       std::vector<std::string>* warnings) {
  Manifest out;
  out.contents_ = std::move(contents);
  const std::string& c = out.contents_;
  // Exactly sized: one record per line at most. The records are sorted and
  // deduplicated in place and become the manifest's: no second array, no
  // merge buffer (this grows with the corpus, next to the directory listing).
  std::vector<Manifest::Entry>& lines = out.entries_;
  lines.reserve(size_t(std::count(c.begin(), c.end(), '\n')) + 1);
  // Warnings are gathered with their line and put in line order at the end,
  // after the duplicates (found once the names are sorted) have joined them.
  std::vector<std::pair<int, std::string>> notes;
  size_t pos = 0;
  if (c.compare(0, 3, "\xEF\xBB\xBF") == 0) pos = 3;
  int n = 0;
  while (pos < c.size()) {
    size_t eol = c.find('\n', pos);
    if (eol == std::string::npos) eol = c.size();
    std::string_view line(c.data() + pos, eol - pos);
    pos = eol + 1;
    ++n;
    std::string_view name;
    int32_t d;
    std::string warning;
    if (!ParseManifestLine(path, n, line, &name, &d, &warning)) {
      if (!warning.empty()) notes.emplace_back(n, std::move(warning));
      continue;
    }
    lines.push_back({uint32_t(name.data() - c.data()), uint32_t(name.size()), d, n});
  }
  auto name_of = [&](const Manifest::Entry& e) { return std::string_view(c).substr(e.off, e.len); };
  // By name, then line: a name's lines stay in line order, so the last one wins.
  std::sort(lines.begin(), lines.end(), [&](const Manifest::Entry& a, const Manifest::Entry& b) {
    const int k = name_of(a).compare(name_of(b));
    return k != 0 ? k < 0 : a.line < b.line;
  });
  for (size_t i = 1; i < lines.size(); ++i) {
    const Manifest::Entry &prev = lines[i - 1], &cur = lines[i];
    if (name_of(prev) != name_of(cur) || prev.date == cur.date) continue;
    notes.emplace_back(cur.line, ManifestDuplicateWarning(path, cur.line, name_of(cur), prev.line));
  }
  // The last line of each name.
  size_t kept = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i + 1 < lines.size() && name_of(lines[i + 1]) == name_of(lines[i])) continue;
    lines[kept++] = lines[i];
  }
  lines.resize(kept);
  // Shrinking copies the array: only worth it when many lines were dropped.
  if (lines.capacity() - lines.size() > lines.size() / 8) lines.shrink_to_fit();
  // At most one note per line.
  std::sort(notes.begin(), notes.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [line, msg] : notes) warnings->push_back(std::move(msg));
  return out;
}

}  // namespace eg
