#include <string_view>
#include <unordered_set>

#include "render/exports.h"

namespace eg {

namespace {

// `s` appended with each '"' doubled: whole runs between quotes at a time
// (the evidence of most events holds a comma and is written this way; a
// byte at a time cost ~10 instructions each).
void AppendQuoteDoubled(std::string* out, std::string_view s) {
  for (size_t q; (q = s.find('"')) != std::string_view::npos; s.remove_prefix(q + 1)) {
    out->append(s.data(), q + 1);
    out->push_back('"');
  }
  out->append(s);
}

// CsvField(s) appended to `out`, without the field's own string.
void AppendCsvField(std::string* out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  AppendQuoteDoubled(out, s);
  out->push_back('"');
}

}  // namespace

std::string CsvField(const std::string& s) {
  std::string out;
  AppendCsvField(&out, s);
  return out;
}

void WriteEventsCsv(const View& view, TextSink* out) {
  out->Write(
      "id,date,date_text,type,interaction,status,participants,participant_ids,place,summary,"
      "documents,evidence\r\n");
  std::string row;
  std::unordered_set<std::string> seen_docs;
  EventReader reader(view.data());
  for (const auto& ve : view.events) {
    const Event& e = reader.Get(ve.index);
    std::string names, ids, docs;
    for (const auto& p : e.participants) {
      names += (names.empty() ? "" : "; ") + view.ActorName(p);
      ids += (ids.empty() ? "" : ";") + p;
    }
    // The evidence field joins every mention's sentence: it is streamed from
    // the mentions (a second pass), not built, quoted when one of them needs
    // it (CsvField).
    seen_docs.clear();
    bool quote = false;
    reader.ForEachMention(ve.index, [&](const MentionRef& m) {
      if (seen_docs.emplace(m.doc).second) docs.append(docs.empty() ? "" : ";").append(m.doc);
      quote = quote || m.text.find_first_of(",\"\r\n") != std::string_view::npos;
      return true;
    });
    const std::string_view fields[] = {e.id,      e.date,  e.date_text,
                                       e.type,    e.interaction ? "true" : "false",
                                       EventStatusName(e.status),
                                       names,     ids,     e.place,
                                       e.summary, docs};
    row.clear();
    for (const auto& f : fields) {
      if (&f != fields) row += ',';
      AppendCsvField(&row, f);
    }
    row += quote ? ",\"" : ",";
    bool first = true;
    reader.ForEachMention(ve.index, [&](const MentionRef& m) {
      if (!first) row += " | ";
      first = false;
      if (!quote) {
        row.append(m.text);
      } else {
        AppendQuoteDoubled(&row, m.text);
      }
      if (row.size() >= (size_t(64) << 10)) {
        out->Write(row);
        row.clear();
      }
      return true;
    });
    row += quote ? "\"\r\n" : "\r\n";
    out->Write(row);
  }
}

std::string EventsCsv(const View& view) {
  std::string s;
  StringSink sink(&s);
  WriteEventsCsv(view, &sink);
  return s;
}

}  // namespace eg
