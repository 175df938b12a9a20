// The main job: read articles, extract actors and events, write every output.
//
// Documents are processed in parallel (one worker per job, each taking the
// next document). Each document's results are folded into the corpus in
// input order as soon as the documents before it are done (its entities
// into the actor merger, its event mentions kept, its messages printed), by
// one worker at a time while the others go on, and no worker runs more than
// a window (128 documents a job) ahead of the oldest unfolded document: the
// output and the messages are identical for any number of jobs, and what is
// kept grows with the events and documents only, not with the texts. The
// output files are then written by up to `jobs` threads.
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
