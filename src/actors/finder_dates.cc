// The days a sentence speaks of, for the offices it names (Finder::OfficeDays,
// HolderAt, RolesAt in actors/finder_internal.h).
#include <algorithm>

#include "actors/finder_internal.h"
#include "time/date_span.h"

namespace eg {
namespace actors_detail {

namespace {

// A date that far before the publication date is of the past; nearer, a
// sentence speaks of the present ("last week", "on Monday"), whose office
// holders are the publication date's.
constexpr date::days kNow{31};

}  // namespace

std::optional<Finder::Days> Finder::OfficeDays(uint32_t at) const {
  if (!has_dct_) return std::nullopt;
  if (!sentence_days_done_) {
    sentence_days_done_ = true;
    sentence_days_.clear();
    for (const Timex& x : timexes_) {
      // A "since" landmark is not when the sentence's clause happens.
      if (x.landmark) continue;
      const std::string& v = !x.anchored.empty() ? x.anchored : x.value;
      if (x.anchored.empty() && x.type != TimexType::kDate && x.type != TimexType::kTime) continue;
      const std::optional<DateSpan> span = ParseDateSpan(v);
      if (!span) continue;
      if (sentence_days_.empty() || sentence_days_.back().first != x.sentence)
        sentence_days_.push_back({x.sentence, Days{span->first, span->last}});
      else if (sentence_days_.back().second.first <= sentence_days_.back().second.last) {
        Days& d = sentence_days_.back().second;
        d.first = std::min(d.first, span->first);
        d.last = std::max(d.last, span->last);
      }
      // One date of now makes the whole sentence the present's.
      if (span->last + kNow >= dct_)
        sentence_days_.back().second = Days{dct_, dct_ - date::days{1}};
    }
  }
  const uint32_t sent = t_.SentenceOf(at);
  auto it = std::lower_bound(sentence_days_.begin(), sentence_days_.end(), sent,
                             [](const auto& e, uint32_t s) { return e.first < s; });
  if (it == sentence_days_.end() || it->first != sent || it->second.first > it->second.last)
    return std::nullopt;
  return it->second;
}

int Finder::HolderAt(std::string_view role, std::string_view polity, uint32_t at) const {
  const std::optional<Days> d = OfficeDays(at);
  if (!d) return g_.HolderOn(role, polity, dct_);
  const int h = g_.HolderOn(role, polity, d->first);
  return h == g_.HolderOn(role, polity, d->last) ? h : -1;
}

std::vector<const RoleSpell*> Finder::RolesAt(uint32_t gaz, uint32_t at) const {
  const std::optional<Days> d = OfficeDays(at);
  if (!d) return g_.RolesOn(gaz, dct_);
  // Held on the first day or on the last ("In 2016, Theresa May ... the
  // prime minister": she took office in July).
  std::vector<const RoleSpell*> roles = g_.RolesOn(gaz, d->first);
  for (const RoleSpell* r : g_.RolesOn(gaz, d->last))
    if (std::find(roles.begin(), roles.end(), r) == roles.end()) roles.push_back(r);
  return roles;
}

}  // namespace actors_detail
}  // namespace eg
