// Shared look of the renderers: colours by event type and actor kind, the
// escaping each output format needs, and links from an output directory to
// the source articles. Colours are fixed per known word and derived from a
// stable hash otherwise, so the same type has the same colour in every file
// and every run.
#pragma once
#include <string>
#include <unordered_map>
#include <string_view>

#include "actors/actors.h"
#include "events/event.h"
#include "graph/event_graph.h"

namespace eg {

std::string TypeColor(std::string_view type);      // fill, "#rrggbb"
std::string TypeLineColor(std::string_view type);  // darker outline
std::string KindColor(ActorKind k);

// "&<>\"'" escaped for XML text and attribute values; control characters
// other than tab/newline dropped (not allowed in XML 1.0).
std::string XmlEscape(std::string_view s);
// The same, appended to *out. Byte by byte: the escapes of two pieces are the
// escape of the two together.
void AppendXmlEscaped(std::string* out, std::string_view s);
// A DOT double-quoted string body: quotes and backslashes escaped, newlines
// written as \n (centered line break).
std::string DotEscape(std::string_view s);

// Cuts `s` to at most `max_chars` UTF-8 characters, adding "…" when cut;
// never splits a character.
std::string Ellipsize(std::string_view s, size_t max_chars);
size_t Utf8Length(std::string_view s);

// Path of document `doc_path` (as recorded in events.json, relative to the
// working directory or absolute) relative to `out_dir`, with '/' separators,
// for links from an output file to its source.
std::string SourceLink(const std::string& doc_path, const std::string& out_dir);

// SourceLink for the documents of one graph, from one output directory:
// the link of each source directory is computed once (path arithmetic is
// slow next to writing a line, and a timeline links every mention).
// Not thread-safe: one per renderer.
class SourceLinker {
 public:
  SourceLinker(const GraphData& gd, std::string out_dir);
  // The link to document `doc_id`'s file; "<id>.txt" when the id is unknown.
  std::string Link(const std::string& doc_id);
  // The link to the file of a mention's document (GraphData::Locate): its
  // path, "<id>.txt" when the corpus does not list it.
  std::string Link(const MentionRef& m);

 private:
  const GraphData& gd_;
  std::string out_dir_;
  std::string LinkPath(const std::string& path);
  std::unordered_map<std::string, std::string> dir_links_;  // source dir -> link prefix
};

}  // namespace eg
