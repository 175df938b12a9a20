// Countries that are no party of their own: one whose own person takes
// part, one named only as where private people come from. Members of the
// Extractor (events/extractor.h).
#include <algorithm>

#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// "Trump and Putin are due to meet ... the US and Russia": a reader lists
// the persons, not the countries they lead or serve; a country stays a
// party only where no person of it takes part ("Russia and Ukraine held
// talks").
void Extractor::DropRepresentedCountries(std::vector<uint32_t>* parts) const {
  auto served = [&](uint32_t country) {
    const std::string& code = a_.entities[country].country;
    if (code.empty()) return false;
    for (uint32_t p : *parts)
      if (KindOf(p) == ActorKind::kPerson && a_.entities[p].country == code) return true;
    return false;
  };
  parts->erase(std::remove_if(parts->begin(), parts->end(),
                              [&](uint32_t e) {
                                return KindOf(e) == ActorKind::kCountry && served(e);
                              }),
               parts->end());
}

// "Xi met U.S. business leaders in San Francisco": a country named only as
// where a group of private people comes from is no party to what they do.
void Extractor::DropPrivateGroupCountries(std::vector<uint32_t>* parts) const {
  const auto of_private_group = [&](uint32_t country) {
    bool seen = false;
    for (uint32_t k = begin_; k < end_; ++k) {
      if (!MentionEndsAt(k) || EntityOf(MentionAt(k)) != country) continue;
      seen = true;
      // Right after the mention, or past one modifier ("U.S. tech
      // executives").
      uint32_t j = k + 1;
      if (!Cue(j, end_, CueClass::kPrivateGroup) &&
          !(j + 1 < end_ && !Cap(j) && !Punct(j) && Cue(j + 1, end_, CueClass::kPrivateGroup)))
        return false;
    }
    return seen;
  };
  parts->erase(std::remove_if(parts->begin(), parts->end(),
                              [&](uint32_t e) {
                                return KindOf(e) == ActorKind::kCountry && of_private_group(e);
                              }),
               parts->end());
}

}  // namespace extract_detail
}  // namespace eg
