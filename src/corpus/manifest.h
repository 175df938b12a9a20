// Manifest: a directory's MANIFEST.tsv ("FILE<TAB>YYYY-MM-DD" lines, '#'
// comments) as a sorted array of (name, date, line) records of 16 bytes whose
// names are views into the file's contents, which the Manifest owns: one
// allocation for the lines instead of a map node and a string per line.
// When a name is listed twice, the later line wins.
#pragma once
#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eg {

class Manifest {
 public:
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  // The date listed for `name` (exact match), if any.
  std::optional<date::year_month_day> Find(std::string_view name) const;
  // The i-th entry in name order.
  std::string_view Name(size_t i) const;
  date::year_month_day Date(size_t i) const;

 private:
  friend Manifest ParseManifest(const std::string& path, std::string contents,
                                std::vector<std::string>* warnings);
  struct Entry {
    uint32_t off, len;  // the name in contents_
    int32_t date;       // PackDate
    int32_t line;       // the line it comes from (the last, for a name listed twice)
  };
  std::string contents_;
  std::vector<Entry> entries_;  // sorted by name, one per name
};

// Parses a manifest file's contents; bad lines become warnings naming `path`
// and its line, in line order.
Manifest ParseManifest(const std::string& path, std::string contents,
                       std::vector<std::string>* warnings);

// One line of a manifest (its number `n`, without the newline), for a
// reader that streams the file instead of holding it: true with the name (a
// view into `line`) and the PackDate'd date, or false for a blank or comment
// line, or with *warning set for a bad one (the text ParseManifest gives).
bool ParseManifestLine(const std::string& path, int n, std::string_view line,
                       std::string_view* name, int32_t* date, std::string* warning);
// The warning for a name listed again, on `line`, with another date than on
// `earlier_line`.
std::string ManifestDuplicateWarning(const std::string& path, int line, std::string_view name,
                                     int earlier_line);
// The one warning for the `count` lines (the first on `line`, naming `name`)
// that name no .txt file of the manifest's directory, by name or by stem.
std::string ManifestUnusedWarning(const std::string& path, int line, std::string_view name,
                                  size_t count);

}  // namespace eg
