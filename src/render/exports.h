// Exports for the tools analysts already use, all from a View:
//   EventsCsv      one row per selected event, RFC 4180 (CRLF, quoted fields);
//   ActorsGraphml  the actor graph through Boost's write_graphml, with the
//                  attributes Gephi shows (label, kind, mentions, weight ...);
//   TimelineJs     TimelineJS's JSON: a title slide and one slide per dated
//                  event, start_date at the date's precision, group = type.
#pragma once
#include <string>

#include "render/text_sink.h"
#include "render/view.h"

namespace eg {

std::string EventsCsv(const View& view);
void WriteEventsCsv(const View& view, TextSink* out);
std::string ActorsGraphml(const View& view);
// `out_dir`: links to sources are relative to it.
std::string TimelineJs(const View& view, const std::string& out_dir);
void WriteTimelineJs(const View& view, const std::string& out_dir, TextSink* out);

// RFC 4180 field: quoted when it holds a comma, quote, CR or LF.
std::string CsvField(const std::string& s);

}  // namespace eg
