// Loading a corpus: turning command-line paths into Documents.
//
// CollectInputs expands files and directories (recursively, sorted by path so
// the order is stable) into the .txt files to read. Symbolic links are
// followed, but a directory is never read twice (no symlink loops) and a
// file reached twice, or a second file with the same document id (file name
// without extension), is skipped with a message. A directory's manifest
// (MANIFEST.tsv: "FILE<TAB>YYYY-MM-DD" lines, '#' comments) gives the
// publication dates of the files in that directory; its lines naming no
// .txt file there get one warning.
//
// LoadDocument reads one file and fills a Document, taking the publication
// date from, in order: the --dct option, the manifest, a leading
// "date YYYY-MM-DD" marker. Every problem is reported as one message naming
// the file, the problem and what was done ("skipped", or "file processed"
// after a repair); a bad file never stops the others. What is done with
// each kind of bad input is listed in docs/exit-codes.md.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "corpus/document.h"
#include "corpus/input_list.h"
#include "corpus/manifest.h"
#include "corpus/status.h"

namespace eg {

struct InputProblem {
  std::string path;
  std::string message;   // complete message for the user, names the file
  bool skipped = true;   // false: a warning, the input was still used
};

// Expands `paths` into input files, appended to `files`. Missing paths,
// unreadable directories, symlink loops and duplicates become problems; the
// rest is still collected. Its working memory does not grow with the number
// of files (see CollectLimits); `files` is spilled to a temporary file as it
// grows. What stays per directory read: its identity and its path prefix.
void CollectInputs(const std::vector<std::string>& paths, InputList* files,
                   std::vector<InputProblem>* problems);

// The bounds of CollectInputs' working memory, smaller in tests to cross
// them with few files: a directory's entries and its manifest's lines are
// sorted in batches of `sort_batch_bytes` (runs merged `merge_fan_in` at a
// time: corpus/record_sorter.h), and so are the files found, checked for
// duplicates in sorted passes (corpus/unique_inputs.h). Per directory
// being read (a parent's stay while its subdirectories are): ~2 batches
// (~3 with a manifest: its lines' use is sorted by line number, to report
// the lines naming no file), and a quarter batch while its manifest is read (a filter of its .txt
// names); the duplicate check: one batch while listing (a filter of the
// files' identities and ids), ~4 at the end.
struct CollectLimits {
  size_t sort_batch_bytes = size_t(256) << 10;
  size_t merge_fan_in = 64;
};
void CollectInputs(const std::vector<std::string>& paths, InputList* files,
                   std::vector<InputProblem>* problems, const CollectLimits& limits);

struct LoadOptions {
  std::optional<date::year_month_day> dct;  // --dct: overrides everything
};

// Reads `in` into `doc`. Returns a non-OK status when the file cannot be used
// at all (unreadable, binary, empty, UTF-32, too large). Recoverable problems
// (bad bytes that were replaced, UTF-16 that was converted, an impossible
// date marker that was ignored) are appended to `warnings` as complete
// messages and the document is still returned. `doc` may hold an earlier
// document: its strings' buffers are reused (the file is read into its
// text's), and what it holds after a failure is unspecified.
Status LoadDocument(const InputFile& in, const LoadOptions& opts, Document* doc,
                    std::vector<std::string>* warnings);

// LoadDocument on bytes already read (`in.path` names them in messages).
Status DocumentFromBytes(const InputFile& in, std::string bytes, const LoadOptions& opts,
                         Document* doc, std::vector<std::string>* warnings);

// The document id of a file: its name without the last extension, as
// std::filesystem::path::stem gives it ("a/b.txt" -> "b", "a/.txt" -> ".txt"),
// without building a path.
std::string FileStem(std::string_view path);
// The same, as a view into `path`.
std::string_view FileStemView(std::string_view path);

// `s` made safe to quote in a one-line message: control bytes become '?',
// and it is cut at `max` bytes (with "...").
std::string QuoteForMessage(std::string_view s, size_t max = 40);

}  // namespace eg
