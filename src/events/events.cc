#include "events/event.h"

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

}  // namespace eg
