// The main job: read articles, extract actors and events, write every output.
//
// Documents are processed in parallel (one worker per job, each taking the
// next document), and everything after the per-document stages runs on the
// results in input order, so the output is identical for any number of jobs.
// Only each document's small results are kept once its text is processed,
// so memory does not grow with the size of the texts.
#pragma once
#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

#include "render/render.h"

namespace eg {

// Exit codes of the main job (documented in README.md).
enum ExitCode : int {
  kExitOk = 0,             // every input processed
  kExitSomeInputsFailed = 1,  // outputs written; some inputs were skipped
  kExitNothingProcessed = 2,  // no input could be processed; out/ untouched
  kExitUsage = 64,         // bad command line or data files
  kExitOutputFailed = 74,  // an output could not be written
  kExitInterrupted = 130,  // SIGINT/SIGTERM: previous outputs left as they were
};

struct ExtractOptions {
  std::vector<std::string> inputs;  // files and directories
  std::string out_dir = "out";
  std::optional<date::year_month_day> dct;
  int jobs = 0;                     // 0: the number of cores
  std::string data_dir;             // empty: DefaultDataDir()
  RenderOptions render;
  bool stats = false;               // print per-stage timing and peak memory
  bool quiet = false;
};

int RunExtract(const ExtractOptions& opts);

}  // namespace eg
