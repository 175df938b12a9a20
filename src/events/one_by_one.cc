#include "events/one_by_one.h"

namespace eg {

bool MetOneByOne(const DocActors& actors, const std::vector<uint32_t>& participants,
                 size_t subject_count) {
  if (subject_count != 1 || participants.size() != 3) return false;
  const DocEntity& a = actors.entities[participants[1]];
  const DocEntity& b = actors.entities[participants[2]];
  if (a.kind != ActorKind::kPerson || b.kind != ActorKind::kPerson) return false;
  // Two envoys of one government are one delegation, met at one meeting;
  // persons of unknown allegiance may be one too ("met Okafor and Lee").
  return !a.country.empty() && !b.country.empty() && a.country != b.country;
}

}  // namespace eg
