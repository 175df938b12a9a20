#include "corpus/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "corpus/utf8.h"

namespace eg {
namespace fs = std::filesystem;

namespace {

const char* kManifestName = "MANIFEST.tsv";

bool ReadWholeFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return false;
  *out = std::move(ss).str();
  return true;
}

std::string StemOf(const std::string& path) { return fs::path(path).stem().string(); }

void CollectDirectory(const fs::path& dir, std::vector<InputFile>* files,
                      std::vector<InputProblem>* problems) {
  std::map<std::string, date::year_month_day> manifest;
  std::error_code ec;
  fs::path mpath = dir / kManifestName;
  if (fs::is_regular_file(mpath, ec)) {
    std::string contents;
    std::vector<std::string> warnings;
    if (ReadWholeFile(mpath.string(), &contents)) {
      manifest = ParseManifest(mpath.string(), contents, &warnings);
    } else {
      warnings.push_back(mpath.string() + ": cannot read the manifest; its dates are not used");
    }
    for (auto& w : warnings) problems->push_back({mpath.string(), w});
  }
  std::vector<fs::path> entries;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    problems->push_back({dir.string(), dir.string() + ": cannot list directory: " + ec.message()});
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    entries.push_back(it->path());
  }
  std::sort(entries.begin(), entries.end());
  for (const auto& p : entries) {
    std::error_code sec;
    auto st = fs::symlink_status(p, sec);
    if (fs::is_symlink(st)) {
      // Follow links to files; never follow links to directories (loops).
      if (fs::is_regular_file(p, sec) && p.extension() == ".txt") {
        files->push_back({p.string(), std::nullopt});
      }
      continue;
    }
    if (fs::is_directory(st)) {
      CollectDirectory(p, files, problems);
    } else if (fs::is_regular_file(st) && p.extension() == ".txt") {
      InputFile f{p.string(), std::nullopt};
      auto m = manifest.find(p.filename().string());
      if (m == manifest.end()) m = manifest.find(p.stem().string());
      if (m != manifest.end()) f.manifest_dct = m->second;
      files->push_back(std::move(f));
    }
  }
}

// Recognises a leading "date YYYY-MM-DD" marker (leading spaces allowed).
// Returns the offset after the marker, or 0 when there is none.
size_t ParseDateMarker(const std::string& text, std::string* date_text) {
  size_t i = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (text.compare(i, 5, "date ") != 0) return 0;
  size_t j = i + 5;
  while (j < text.size() && text[j] == ' ') ++j;
  size_t k = j;
  while (k < text.size() && k - j < 10 && text[k] != ' ' && text[k] != '\n' && text[k] != '\r' &&
         text[k] != '\t')
    ++k;
  *date_text = text.substr(j, k - j);
  return k;
}

}  // namespace

std::map<std::string, date::year_month_day> ParseManifest(const std::string& path,
                                                         const std::string& contents,
                                                         std::vector<std::string>* warnings) {
  std::map<std::string, date::year_month_day> out;
  std::istringstream in(contents);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) {
      warnings->push_back(path + ":" + std::to_string(n) +
                          ": expected FILE<TAB>YYYY-MM-DD; line ignored");
      continue;
    }
    std::string name = line.substr(0, tab), value = line.substr(tab + 1);
    auto d = ParseIsoDate(value);
    if (!d) {
      warnings->push_back(path + ":" + std::to_string(n) + ": '" + value +
                          "' is not a valid date (YYYY-MM-DD); line ignored");
      continue;
    }
    out[name] = *d;
  }
  return out;
}

void CollectInputs(const std::vector<std::string>& paths, std::vector<InputFile>* files,
                   std::vector<InputProblem>* problems) {
  for (const auto& p : paths) {
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      problems->push_back({p, p + ": no such file or directory; skipped"});
    } else if (fs::is_directory(st)) {
      CollectDirectory(fs::path(p), files, problems);
    } else {
      files->push_back({p, std::nullopt});
    }
  }
}

Status LoadDocument(const InputFile& in, const LoadOptions& opts, Document* doc,
                    std::vector<std::string>* warnings) {
  std::string bytes;
  if (!ReadWholeFile(in.path, &bytes)) {
    return Status::IOError(in.path + ": cannot read the file; skipped");
  }
  if (bytes.empty()) return Status::InvalidInput(in.path + ": the file is empty; skipped");
  if (LooksUtf16(bytes)) {
    return Status::Unsupported(in.path + ": UTF-16 text is not supported; convert it to UTF-8 "
                               "(iconv -f UTF-16 -t UTF-8); skipped");
  }
  if (LooksBinary(bytes)) {
    return Status::InvalidInput(in.path + ": looks like a binary file, not text; skipped");
  }
  size_t replaced = ReplaceInvalidUtf8(&bytes);
  if (replaced > 0) {
    warnings->push_back(in.path + ": " + std::to_string(replaced) +
                        " bytes were not valid UTF-8 or were NUL; replaced, file processed");
  }
  doc->id = StemOf(in.path);
  doc->path = in.path;
  doc->text = std::move(bytes);
  doc->dct.reset();
  doc->dct_source = DctSource::kNone;
  std::string marker;
  doc->body_start = ParseDateMarker(doc->text, &marker);
  std::optional<date::year_month_day> header_dct;
  if (doc->body_start > 0) {
    header_dct = ParseIsoDate(marker);
    if (!header_dct) {
      warnings->push_back(in.path + ": the date marker '" + marker +
                          "' is not a valid date; publication date unknown, file processed");
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

}  // namespace eg
