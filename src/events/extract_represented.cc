// A country whose own person takes part: members of the Extractor
// (events/extractor.h).
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

}  // namespace extract_detail
}  // namespace eg
