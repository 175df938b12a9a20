#include <filesystem>

#include "render/actors_diagram.h"
#include "render/atomic_file.h"
#include "render/events_json.h"
#include "render/exports.h"
#include "render/graphviz_svg.h"
#include "render/render.h"
#include "render/timeline.h"
#include "render/view.h"

namespace eg {

Status WriteOutputs(const EventGraph& g, const RenderOptions& opts, const std::string& out_dir,
                    std::vector<std::string>* written) {
  // Filters are checked before anything is written.
  View view;
  Status s = BuildView(g, opts, &view);
  if (!s.ok()) return s;
  // GraphML is for exploring in Gephi: every actor the filters select, not
  // only the diagram's --top.
  RenderOptions all = opts;
  all.top = 0;
  View full;
  s = BuildView(g, all, &full);
  if (!s.ok()) return s;

  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) return Status::IOError(out_dir + ": cannot create directory: " + ec.message());

  // Links to the sources are relative to the output directory. The main job
  // writes into a staging directory beside it (same parent, atomic_file.h),
  // so the same relative links hold once the files are moved into place.
  std::string link_dir = out_dir;
  TimelineOptions topts{link_dir, opts.show_unasserted};
  std::string actors_dot = ActorsDot(view);
  std::string actors_svg;
  s = RenderDotToSvg(actors_dot, out_dir + "/actors.dot", &actors_svg);
  if (!s.ok()) return s;

  // events.json is the unfiltered extraction record; every other file shows
  // the filtered view.
  const std::pair<const char*, std::string> files[] = {
      {"events.json", EventsJson(g)},
      {"events.csv", EventsCsv(view)},
      {"timeline.json", TimelineJs(view, link_dir)},
      {"actors.graphml", ActorsGraphml(full)},
      {"actors.dot", std::move(actors_dot)},
      {"actors.svg", std::move(actors_svg)},
      {"timeline.dot", TimelineDot(view, topts)},
      {"timeline.svg", TimelineSvg(view, topts)},
  };
  for (const auto& [name, contents] : files) {
    std::string path = out_dir + "/" + name;
    s = WriteFileAtomically(path, contents);
    if (!s.ok()) return s;
    written->push_back(path);
  }
  return Status::OK();
}

}  // namespace eg
