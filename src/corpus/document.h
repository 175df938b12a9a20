// Document: one input article as the rest of the pipeline sees it.
// Contract: `text` has exactly the bytes of the file, except that bytes which
// cannot stay (invalid UTF-8, NUL) are replaced one-for-one by a space or '?',
// so every byte offset into `text` is a byte offset into the original file.
// `body_start` is the first byte after a leading "date YYYY-MM-DD" marker
// (0 when there is none); stages analyse text from there on.
#pragma once
#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace eg {

enum class DctSource { kHeader, kManifest, kOption, kInferred, kNone };

// The word used for a DctSource in events.json ("header", "manifest", ...).
const char* DctSourceName(DctSource s);

struct Document {
  std::string id;    // file name without extension
  std::string path;  // as given on the command line, joined with the relative path
  std::string text;
  size_t body_start = 0;
  std::optional<date::year_month_day> dct;
  DctSource dct_source = DctSource::kNone;
};

// What the later stages keep of a document once its text is gone.
struct DocumentInfo {
  std::string id;
  std::string path;
  std::string dct;  // YYYY-MM-DD or empty when unknown
  std::string dct_source;
};

DocumentInfo InfoOf(const Document& d);

// "YYYY-MM-DD" for a valid date; parses strictly (2025-02-30 is rejected).
std::string FormatDate(const date::year_month_day& d);
std::optional<date::year_month_day> ParseIsoDate(std::string_view s);

}  // namespace eg
