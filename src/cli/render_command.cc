#include "cli/render_command.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/extract.h"
#include "cli/extract_interrupt.h"
#include "render/atomic_file.h"
#include "render/events_json.h"

namespace eg {

int RunRender(const std::string& events_json, const std::string& out_dir,
              const RenderOptions& opts) {
  // A signal from here on exits with 130, after removing the staging
  // directory once there is one: the outputs stay as they were.
  InterruptGuard interrupt(out_dir);
  std::ifstream in(events_json, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "eventgraph: %s: cannot read\n", events_json.c_str());
    return kExitNothingProcessed;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  Extraction x;
  Status s = ReadEventsJson(events_json, ss.str(), &x);
  if (!s.ok()) {
    std::fprintf(stderr, "eventgraph: %s\n", s.message().c_str());
    return kExitNothingProcessed;
  }
  // events.json does not record the corpus name: take the folder the
  // documents share ("seeds"), else the folder holding events.json.
  if (x.corpus_name.empty() && !x.documents.empty()) {
    std::string dir = std::filesystem::path(x.documents.front().path).parent_path().string();
    for (const auto& d : x.documents)
      if (std::filesystem::path(d.path).parent_path().string() != dir) dir.clear();
    if (!dir.empty()) x.corpus_name = std::filesystem::path(dir).filename().string();
  }
  if (x.corpus_name.empty())
    x.corpus_name = std::filesystem::absolute(events_json).parent_path().filename().string();
  EventGraph g = BuildGraph(std::move(x));
  // Same all-or-nothing writing as the main job: into a staging directory,
  // moved into place only once every file is written.
  StagedOutputs staged;
  std::vector<std::string> stale, staged_paths, written;
  {
    auto hold = interrupt.Hold();  // a signal now waits until the directory is known
    s = staged.Begin(out_dir, &stale);
    if (s.ok()) interrupt.SetStagingDir(hold, staged.dir());
  }
  RenderOptions ro = opts;
  ro.jobs = std::max(1, int(std::thread::hardware_concurrency()));
  if (s.ok()) s = WriteOutputs(g, ro, staged.dir(), &staged_paths);
  if (s.ok()) {
    auto hold = interrupt.Hold();
    s = staged.Commit(&written);
    if (s.ok()) interrupt.MarkCommitted();
  }
  if (!s.ok()) {
    std::fprintf(stderr, "eventgraph: %s\n", s.message().c_str());
    return s.code() == Status::Code::kInvalidInput ? kExitUsage : kExitOutputFailed;
  }
  return kExitOk;
}

}  // namespace eg
