#include "render/graphviz_svg.h"

#include <graphviz/gvc.h>

#include <mutex>

namespace eg {

namespace {
// Graphviz keeps global state (error handlers, plugin tables, a font
// cache): one caller at a time, and one context for the whole process.
// Freeing a context and making a new one leaves the text-layout plugin's
// font cache pointing at freed names (a use-after-free in textspan_size under
// AddressSanitizer when a process renders twice).
std::mutex gv_mutex;

// The plugins the render uses, linked in: SVG output (core) and the dot and
// neato layouts. gvContext() would instead read the installed plugin list and
// load the Pango text-layout plugin, whose font set-up (fontconfig, cairo,
// harfbuzz) costs more CPU than laying out the diagram. Without it Graphviz
// sizes labels from its built-in font metrics (Helvetica/Arial, Times,
// Courier), which is close enough for boxes that a browser fills in anyway.
extern "C" {
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
}
lt_symlist_t kBuiltinPlugins[] = {
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {nullptr, nullptr},
};

GVC_t* Context() {
  // Lives as long as the process, by design; demand_loading=0: only the
  // plugins above, nothing read from the Graphviz installation.
  static GVC_t* gvc = gvContextPlugins(kBuiltinPlugins, 0);
  return gvc;
}
}  // namespace

Status RenderDotToSvg(const std::string& dot, const std::string& name, std::string* svg) {
  std::lock_guard<std::mutex> lock(gv_mutex);
  agseterr(AGERR);  // warnings are for the DOT author, not the user of eventgraph
  GVC_t* gvc = Context();
  if (!gvc) return Status::IOError(name + ": cannot start Graphviz");
  Agraph_t* g = agmemread(dot.c_str());
  if (!g) {
    return Status::InvalidInput(name + ": Graphviz cannot parse the generated DOT");
  }
  Status st;
  const char* engine = agget(g, const_cast<char*>("layout"));
  if (!engine || !*engine) engine = "dot";
  if (gvLayout(gvc, g, engine) != 0) {
    st = Status::IOError(name + ": Graphviz layout failed");
  } else {
    char* buf = nullptr;
    unsigned int len = 0;
    if (gvRenderData(gvc, g, "svg", &buf, &len) != 0 || !buf) {
      st = Status::IOError(name + ": Graphviz could not render SVG");
    } else {
      svg->assign(buf, len);
    }
    if (buf) gvFreeRenderData(buf);
    gvFreeLayout(gvc, g);
  }
  agclose(g);
  return st;
}

}  // namespace eg
