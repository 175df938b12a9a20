// `eventgraph render EVENTS_JSON -o DIR`: re-renders every output from an
// (edited) events.json without extracting again.
#pragma once
#include <string>

#include "render/render.h"

namespace eg {

int RunRender(const std::string& events_json, const std::string& out_dir,
              const RenderOptions& opts);

}  // namespace eg
