#include "corpus/loader.h"

#include <filesystem>

#include "corpus/file_reader.h"
#include "corpus/utf8.h"

namespace eg {
namespace fs = std::filesystem;

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsSpace(char c) { return IsBlank(c) || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }


// A leading "date YYYY-MM-DD" marker (leading blanks allowed; text may follow
// on the same line). Only a value that starts with a digit is taken for a
// marker, so an article that opens with "date night ..." is left alone.
// Returns the offset after the marker (0: none) and the value in `value`.
size_t ParseDateMarker(const std::string& text, std::string* value) {
  size_t i = 0;
  while (i < text.size() && IsBlank(text[i])) ++i;
  if (text.compare(i, 4, "date") != 0) return 0;
  size_t j = i + 4;
  if (j >= text.size() || !IsBlank(text[j])) return 0;
  while (j < text.size() && IsBlank(text[j])) ++j;
  if (j >= text.size() || text[j] < '0' || text[j] > '9') return 0;
  size_t k = j;
  while (k < text.size() && k - j < 64 && !IsSpace(text[k])) ++k;
  // "2025-08-17T09:00" or "2025-08-17," still give the date.
  size_t len = k - j;
  if (len > 10 && ParseIsoDate(std::string_view(text).substr(j, 10))) {
    char next = text[j + 10];
    if (!(next >= '0' && next <= '9') && next != '-') len = 10;
  }
  *value = text.substr(j, len);
  return j + len;
}

}  // namespace

std::string_view FileStemView(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name == "." || name == "..") return name;
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return name;
  return name.substr(0, dot);
}

std::string FileStem(std::string_view path) { return std::string(FileStemView(path)); }

std::string QuoteForMessage(std::string_view s, size_t max) {
  std::string out;
  for (size_t i = 0; i < s.size() && i < max; ++i) {
    unsigned char c = s[i];
    out.push_back(c < 0x20 || c == 0x7F ? '?' : char(c));
  }
  if (s.size() > max) out += "...";
  return out;
}

Status DocumentFromBytes(const InputFile& in, std::string bytes, const LoadOptions& opts,
                         Document* doc, std::vector<std::string>* warnings) {
  const std::string& p = in.path;
  if (bytes.empty()) return Status::InvalidInput(p + ": the file is empty; skipped");
  Bom bom = DetectBom(bytes);
  std::string note;  // repairs made, for one message
  if (bom == Bom::kUtf32LE || bom == Bom::kUtf32BE) {
    return Status::Unsupported(p + ": " + BomName(bom) +
                               " text is not supported; convert it to UTF-8 "
                               "(iconv -f UTF-32 -t UTF-8); skipped");
  }
  if (bom == Bom::kUtf16LE || bom == Bom::kUtf16BE) {
    std::string utf8;
    size_t bad = ConvertUtf16ToUtf8(bytes, 2, bom == Bom::kUtf16LE, &utf8);
    bytes = std::move(utf8);
    note = std::string(BomName(bom)) + " text (byte-order mark) converted to UTF-8; offsets "
           "in the outputs refer to the converted text, not to the file's bytes";
    if (bad > 0) note += "; " + std::to_string(bad) + " broken UTF-16 units replaced by U+FFFD";
  } else if (LooksUtf16(bytes)) {
    return Status::Unsupported(p + ": looks like UTF-16 without a byte-order mark; convert it "
                               "to UTF-8 (iconv -f UTF-16LE -t UTF-8); skipped");
  } else if (bom == Bom::kUtf8) {
    // Blanked in place so offsets stay file offsets and no stage sees U+FEFF.
    bytes[0] = bytes[1] = bytes[2] = ' ';
  }
  if (const char* kind = BinaryKind(bytes)) {
    return Status::InvalidInput(p + ": a " + std::string(kind) + " file, not text; skipped");
  }
  Utf8Repair fix;
  if (!RepairUtf8UnlessBinary(&bytes, &fix)) {
    return Status::InvalidInput(p + ": binary content (many control or non-UTF-8 bytes), "
                                "not text; skipped");
  }
  // (After the repair: a NUL became ' ', an invalid byte '?', as blank or
  // not as before.)
  bool blank = true;
  for (char c : bytes) {
    if (!IsSpace(c)) {
      blank = false;
      break;
    }
  }
  if (blank) return Status::InvalidInput(p + ": only whitespace, no text; skipped");

  if (fix.total() > 0) {
    std::string r;
    if (fix.invalid > 0) r += std::to_string(fix.invalid) + " bytes that are not valid UTF-8 replaced by '?'";
    if (fix.nul > 0) r += std::string(r.empty() ? "" : ", ") + std::to_string(fix.nul) + " NUL bytes replaced by ' '";
    r += " (first at byte " + std::to_string(fix.first_offset) + ")";
    note += (note.empty() ? "" : "; ") + r;
  }
  if (!note.empty()) warnings->push_back(p + ": " + note + "; file processed");

  // Assigned into the strings `doc` has: a Document reused from one file
  // to the next keeps their buffers.
  doc->id.assign(FileStemView(p));
  doc->path.assign(p);
  doc->text = std::move(bytes);
  doc->dct.reset();
  doc->dct_source = DctSource::kNone;
  std::string marker;
  doc->body_start = ParseDateMarker(doc->text, &marker);
  std::optional<date::year_month_day> header_dct;
  if (doc->body_start > 0) {
    header_dct = ParseIsoDate(marker);
    if (!header_dct) {
      std::string fallback = opts.dct ? "the --dct date is used"
                             : in.manifest_dct ? "the manifest's date is used"
                                               : "publication date unknown";
      warnings->push_back(p + ": the date marker 'date " + QuoteForMessage(marker) +
                          "' is not a valid date (YYYY-MM-DD); marker ignored, " + fallback +
                          ", file processed");
    }
  }
  if (opts.dct) {
    doc->dct = opts.dct;
    doc->dct_source = DctSource::kOption;
  } else if (in.manifest_dct) {
    doc->dct = in.manifest_dct;
    doc->dct_source = DctSource::kManifest;
  } else if (header_dct) {
    doc->dct = header_dct;
    doc->dct_source = DctSource::kHeader;
  }
  return Status::OK();
}

Status LoadDocument(const InputFile& in, const LoadOptions& opts, Document* doc,
                    std::vector<std::string>* warnings) {
  // Read into the buffer of the document's last text: a Document reused
  // from one file to the next (cli/extract.cc) allocates no buffer per file.
  std::string bytes = std::move(doc->text);
  Status s = ReadInputFile(in.path, &bytes);
  if (!s.ok()) return s;
  return DocumentFromBytes(in, std::move(bytes), opts, doc, warnings);
}

}  // namespace eg
