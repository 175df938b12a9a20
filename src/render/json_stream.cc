#include "render/json_stream.h"

namespace eg {

void WriteJsonIndented(TextSink* out, const ordered_json& j, int level) {
  // nlohmann's own serializer, started at the nesting level (basic_json::dump
  // always starts at 0 and would leave every line to re-indent). It lives in
  // nlohmann's detail namespace but is what dump() itself runs.
  thread_local std::string buf;
  buf.clear();
  nlohmann::detail::serializer<ordered_json> ser(
      nlohmann::detail::output_adapter<char, std::string>(buf), ' ',
      ordered_json::error_handler_t::replace);
  ser.dump(j, /*pretty_print=*/true, /*ensure_ascii=*/false, /*indent_step=*/1,
           /*current_indent=*/unsigned(level));
  out->Write(buf);
}

}  // namespace eg
