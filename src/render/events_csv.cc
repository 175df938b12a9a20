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

std::string EventsCsv(const View& view) {
  std::string out =
      "id,date,date_text,type,interaction,status,participants,participant_ids,place,summary,"
      "documents,evidence\r\n";
  for (const auto& ve : view.events) {
    const Event& e = view.event(ve);
    std::string names, ids, docs, evidence;
    for (const auto& p : e.participants) {
      names += (names.empty() ? "" : "; ") + view.ActorName(p);
      ids += (ids.empty() ? "" : ";") + p;
    }
    for (const auto& m : e.mentions) {
      if (docs.find(m.doc) == std::string::npos) docs += (docs.empty() ? "" : ";") + m.doc;
      evidence += (evidence.empty() ? "" : " | ") + m.text;
    }
    const std::string fields[] = {e.id,      e.date,  e.date_text,
                                  e.type,    e.interaction ? "true" : "false",
                                  EventStatusName(e.status),
                                  names,     ids,     e.place,
                                  e.summary, docs,    evidence};
    bool first = true;
    for (const auto& f : fields) {
      if (!first) out += ',';
      out += CsvField(f);
      first = false;
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace eg
