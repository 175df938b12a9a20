#include <algorithm>

#include "events/event.h"
#include "events/triggers.h"

namespace eg {

const char* EventStatusName(EventStatus s) {
  switch (s) {
    case EventStatus::kOccurred: return "occurred";
    case EventStatus::kPlanned: return "planned";
    case EventStatus::kProposed: return "proposed";
    case EventStatus::kNegated: return "negated";
    case EventStatus::kHypothetical: return "hypothetical";
  }
  return "occurred";
}

namespace {
class EmptyLexicon : public TriggerLexicon {};
}  // namespace

Status TriggerLexicon::Load(const std::string&, std::unique_ptr<TriggerLexicon>* out) {
  out->reset(new EmptyLexicon());
  return Status::OK();
}

// Placeholder until the events stage lands.
std::vector<EventMention> ExtractEvents(const Document&, const TextAnalysis&,
                                        const std::vector<Timex>&, const DocActors&,
                                        const TriggerLexicon&) {
  return {};
}

std::vector<Event> MergeEvents(const std::vector<DocEvents>& docs, const ActorTable& actors) {
  std::vector<Event> out;
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const auto& m : docs[d].mentions) {
      Event e;
      e.type = m.type;
      e.interaction = m.interaction;
      e.date = m.date;
      e.date_text = m.date_text;
      e.status = m.status;
      for (uint32_t p : m.participants)
        e.participants.push_back(actors.actors[actors.entity_to_actor[d][p]].id);
      e.place = m.place;
      e.mentions.push_back({docs[d].doc_id, m.start, m.end, m.text});
      out.push_back(std::move(e));
    }
  }
  for (size_t i = 0; i < out.size(); ++i) {
    char buf[32];
    snprintf(buf, sizeof buf, "ev-%04zu", i + 1);
    out[i].id = buf;
  }
  return out;
}

}  // namespace eg
