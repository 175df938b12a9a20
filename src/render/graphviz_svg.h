// In-process Graphviz: DOT text in, SVG text out, through cgraph and gvc.
// The layout engine is the graph's `layout` attribute (dot when unset), so
// the picture is the one `dot -Tsvg` draws from the same file.
#pragma once
#include <string>

#include "corpus/status.h"

namespace eg {

// `name` names the graph in error messages ("out/actors.dot").
Status RenderDotToSvg(const std::string& dot, const std::string& name, std::string* svg);

}  // namespace eg
