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

// The same member with elements appended as text by append(&buf, i), in the
// layout of an element at level 2 (json_writer.h); written out in pieces of
// some 64 KB, so the sink sees few calls and memory holds one piece.
template <typename Append>
void WriteJsonArrayMemberText(TextSink* out, const char* key, size_t n, Append append, bool last) {
  std::string buf = std::string(" \"") + key;
  if (n == 0) {
    buf += last ? "\": []\n" : "\": [],\n";
    out->Write(buf);
    return;
  }
  buf += "\": [\n";
  for (size_t i = 0; i < n; ++i) {
    buf += "  ";
    append(&buf, i);
    buf += i + 1 < n ? ",\n" : "\n";
    if (buf.size() >= (size_t(64) << 10)) {
      out->Write(buf);
      buf.clear();
    }
  }
  buf += last ? " ]\n" : " ],\n";
  out->Write(buf);
}

}  // namespace eg
