#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

#include "render/actors_diagram.h"
#include "render/atomic_file.h"
#include "render/events_json.h"
#include "render/exports.h"
#include "render/graphviz_svg.h"
#include "render/render.h"
#include "render/timeline.h"
#include "render/view.h"

namespace eg {

namespace {

// One output file: `write` fills the open file (or fails before writing).
struct OutputTask {
  const char* name;
  int priority;  // lower starts first: the longest tasks go first
  std::function<Status(OutputFile* f)> write;
};

Status RunTask(const OutputTask& t, const std::string& out_dir) {
  std::string path = out_dir + "/" + t.name;
  OutputFile f;
  Status s = f.Open(path, /*sync=*/false);  // StagedOutputs::Commit syncs
  if (s.ok()) s = t.write(&f);
  if (s.ok()) s = f.Close();
  // A task's transient memory (Graphviz's layout, the strings of the
  // timeline's layout, a row per event) is freed when it ends, but glibc
  // keeps the pages: without this, the tasks' high points add up in the
  // process's peak instead of the largest one counting. (A fraction of a
  // millisecond per task.)
  malloc_trim(0);
  return s;
}

}  // namespace

Status WriteOutputs(const EventGraph& g, const RenderOptions& opts, const std::string& out_dir,
                    std::vector<std::string>* written) {
  // Filters are checked before anything is written.
  View view;
  Status s = BuildView(g, opts, &view);
  if (!s.ok()) return s;

  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) return Status::IOError(out_dir + ": cannot create directory: " + ec.message());

  // Links to the sources are relative to the output directory. The main job
  // writes into a staging directory beside it (same parent, atomic_file.h),
  // so the same relative links hold once the files are moved into place.
  const std::string& link_dir = out_dir;
  const TimelineOptions topts{link_dir, opts.show_unasserted};
  // The actor diagram's DOT, for actors.dot and actors.svg: made by the
  // first of the two tasks to need it, inside the tasks (with several
  // threads it is not a serial step before them).
  std::once_flag dot_once;
  std::string actors_dot_text;
  auto actors_dot = [&]() -> const std::string& {
    std::call_once(dot_once, [&] { actors_dot_text = ActorsDot(view); });
    return actors_dot_text;
  };
  auto text = [](const std::string& contents, OutputFile* f) {
    f->Write(contents);
    return Status::OK();
  };
  // In the order `written` lists them. events.json is the unfiltered
  // extraction record; every other file shows the filtered view. The Graphviz
  // layout of the actor diagram is the longest task whatever the corpus size,
  // so it starts first and the others fill the remaining threads.
  const OutputTask tasks[] = {
      {"events.json", 1,
       [&](OutputFile* f) {
         WriteEventsJson(g, f);
         return Status::OK();
       }},
      {"events.csv", 4,
       [&](OutputFile* f) {
         WriteEventsCsv(view, f);
         return Status::OK();
       }},
      {"timeline.json", 2,
       [&](OutputFile* f) {
         WriteTimelineJs(view, link_dir, f);
         return Status::OK();
       }},
      {"actors.graphml", 5,
       [&](OutputFile* f) {
         // GraphML is for exploring in Gephi: every actor the filters
         // select, not only the diagram's --top. The filters passed once
         // already: the same options cannot fail here.
         RenderOptions all = opts;
         all.top = 0;
         View full;
         Status st = BuildView(g, all, &full, &view);  // the same events, not selected twice
         if (st.ok()) st = text(ActorsGraphml(full), f);
         return st;
       }},
      {"actors.dot", 7, [&](OutputFile* f) { return text(actors_dot(), f); }},
      {"actors.svg", 0,
       [&](OutputFile* f) {
         std::string svg;
         Status st = RenderDotToSvg(actors_dot(), out_dir + "/actors.dot", &svg);
         if (st.ok()) f->Write(svg);
         return st;
       }},
      {"timeline.dot", 6,
       [&](OutputFile* f) { return text(TimelineDot(view, topts), f); }},
      {"timeline.svg", 3,
       [&](OutputFile* f) {
         WriteTimelineSvg(view, topts, f);
         return Status::OK();
       }},
  };
  constexpr size_t kTasks = sizeof(tasks) / sizeof(tasks[0]);
  size_t order[kTasks];
  for (size_t i = 0; i < kTasks; ++i) order[i] = i;
  std::sort(order, order + kTasks,
            [&](size_t a, size_t b) { return tasks[a].priority < tasks[b].priority; });

  // Each file is built and written by one thread; the files are independent
  // and read the graph and the views only. With one thread this is the
  // sequence of the tasks, one file in memory at a time.
  Status results[kTasks];  // each written by the thread that ran the task
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  auto worker = [&] {
    // After a failure the remaining files are not worth writing: the
    // staging directory is dropped.
    for (size_t k; !failed.load() && (k = next.fetch_add(1)) < kTasks;) {
      results[order[k]] = RunTask(tasks[order[k]], out_dir);
      if (!results[order[k]].ok()) failed = true;
    }
  };
  int threads = std::clamp(opts.jobs, 1, int(kTasks));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  // A spilled document list that could not be read back (document_table.h).
  if (Status ds = g[boost::graph_bundle].documents.status(); !ds.ok()) return ds;
  // Merged events that could not be read back (events/event_store.h).
  if (Status es = g[boost::graph_bundle].events.status(); !es.ok()) return es;
  for (size_t i = 0; i < kTasks; ++i) {
    if (!results[i].ok()) return results[i];
    written->push_back(out_dir + "/" + tasks[i].name);
  }
  return Status::OK();
}

}  // namespace eg
