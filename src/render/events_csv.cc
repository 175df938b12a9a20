#include <string_view>
#include <unordered_set>

#include "render/exports.h"

namespace eg {

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void WriteEventsCsv(const View& view, TextSink* out) {
  out->Write(
      "id,date,date_text,type,interaction,status,participants,participant_ids,place,summary,"
      "documents,evidence\r\n");
  std::string row;
  std::unordered_set<std::string_view> seen_docs;
  for (const auto& ve : view.events) {
    const Event& e = view.event(ve);
    std::string names, ids, docs, evidence;
    for (const auto& p : e.participants) {
      names += (names.empty() ? "" : "; ") + view.ActorName(p);
      ids += (ids.empty() ? "" : ";") + p;
    }
    seen_docs.clear();
    for (const auto& m : e.mentions) {
      const std::string_view id = view.data().MentionDocId(m);
      if (seen_docs.insert(id).second) docs.append(docs.empty() ? "" : ";").append(id);
      evidence += (evidence.empty() ? "" : " | ") + m.text.str();
    }
    const std::string fields[] = {e.id,      e.date,  e.date_text,
                                  e.type,    e.interaction ? "true" : "false",
                                  EventStatusName(e.status),
                                  names,     ids,     e.place,
                                  e.summary, docs,    evidence};
    row.clear();
    for (const auto& f : fields) {
      if (&f != fields) row += ',';
      row += CsvField(f);
    }
    row += "\r\n";
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
