// Loading a corpus: turning command-line paths into Documents.
//
// CollectInputs expands files and directories (recursively, sorted by path so
// the order is stable) into the .txt files to read; a directory's manifest
// (MANIFEST.tsv: "FILE<TAB>YYYY-MM-DD" lines, '#' comments) gives publication
// dates. LoadDocument reads one file and fills a Document, taking the
// publication date from, in order: the --dct option, the manifest, a leading
// "date YYYY-MM-DD" marker. Every problem is reported as a message naming the
// file; a bad file never stops the others.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "corpus/document.h"
#include "corpus/status.h"

namespace eg {

struct InputFile {
  std::string path;                                // path to open
  std::optional<date::year_month_day> manifest_dct;  // from the directory's manifest
};

struct InputProblem {
  std::string path;
  std::string message;  // complete message for the user, names the file
};

// Expands `paths` into input files. Missing paths and unreadable directories
// become problems; the rest is still collected.
void CollectInputs(const std::vector<std::string>& paths, std::vector<InputFile>* files,
                   std::vector<InputProblem>* problems);

struct LoadOptions {
  std::optional<date::year_month_day> dct;  // --dct: overrides everything
};

// Reads `in` into `doc`. Returns a non-OK status when the file cannot be used
// at all (unreadable, binary, empty). Recoverable problems (bad bytes that
// were replaced, an impossible date marker that was ignored) are appended to
// `warnings` as complete messages and the document is still returned.
Status LoadDocument(const InputFile& in, const LoadOptions& opts, Document* doc,
                    std::vector<std::string>* warnings);

// Parses a manifest file's contents; bad lines become warnings naming `path`.
std::map<std::string, date::year_month_day> ParseManifest(const std::string& path,
                                                         const std::string& contents,
                                                         std::vector<std::string>* warnings);

}  // namespace eg
