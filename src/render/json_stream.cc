#include "render/json_stream.h"

namespace eg {

void WriteJsonIndented(TextSink* out, const ordered_json& j, int level) {
  std::string s = j.dump(1, ' ', false, ordered_json::error_handler_t::replace);
  // A dump never holds a raw newline inside a string (they are escaped), so
  // every newline starts a line to be indented.
  const std::string pad(size_t(level), ' ');
  size_t from = 0;
  for (size_t nl; (nl = s.find('\n', from)) != std::string::npos; from = nl + 1) {
    out->Write(std::string_view(s).substr(from, nl + 1 - from));
    out->Write(pad);
  }
  out->Write(std::string_view(s).substr(from));
}

}  // namespace eg
