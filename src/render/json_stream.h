// Pretty-printed JSON written element by element: the same bytes as
// nlohmann's dump(1) of the whole document, without building the whole
// document in memory (an events.json of a large corpus is hundreds of MB as
// a DOM). Invalid UTF-8 in strings is replaced, never thrown on.
#pragma once
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

#include "render/text_sink.h"

namespace eg {

using ordered_json = nlohmann::ordered_json;

// `j` as it appears nested `level` levels deep in a dump(1) document (its
// first line is not indented: the caller writes what precedes it).
void WriteJsonIndented(TextSink* out, const ordered_json& j, int level);

// Writes a member of the top-level object, ` "key": [ ... ]`, whose elements
// make(0) ... make(n - 1) are built one at a time; `last` says whether it is
// the object's last member (no comma after it).
template <typename Make>
void WriteJsonArrayMember(TextSink* out, const char* key, size_t n, Make make, bool last) {
  out->Write(" \"");
  out->Write(key);
  if (n == 0) {
    out->Write(last ? "\": []\n" : "\": [],\n");
    return;
  }
  out->Write("\": [\n");
  for (size_t i = 0; i < n; ++i) {
    out->Write("  ");
    WriteJsonIndented(out, make(i), 2);
    out->Write(i + 1 < n ? ",\n" : "\n");
  }
  out->Write(last ? " ]\n" : " ],\n");
}

}  // namespace eg
