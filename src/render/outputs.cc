#include <sys/stat.h>

#include "render/atomic_file.h"
#include "render/events_json.h"
#include "render/render.h"

namespace eg {

Status WriteOutputs(const EventGraph& g, const RenderOptions&, const std::string& out_dir,
                    std::vector<std::string>* written) {
  ::mkdir(out_dir.c_str(), 0755);
  std::string path = out_dir + "/events.json";
  Status s = WriteFileAtomically(path, EventsJson(g));
  if (!s.ok()) return s;
  written->push_back(path);
  return Status::OK();
}

}  // namespace eg
