#include "corpus/input_list.h"


namespace eg {

int32_t PackDate(const std::optional<date::year_month_day>& d) {
  if (!d) return kNoDate;
  return int32_t(date::sys_days(*d).time_since_epoch().count());
}

std::optional<date::year_month_day> UnpackDate(int32_t packed) {
  if (packed == kNoDate) return std::nullopt;
  return date::year_month_day(date::sys_days(date::days(packed)));
}

std::string InputList::Path(size_t i) const {
  std::string_view d = Directory(i), n = Name(i);
  std::string p;
  p.reserve(d.size() + n.size());
  p.append(d).append(n);
  return p;
}

void InputList::clear() {
  dirs_.clear();
  names_.clear();
  files_.clear();
}

size_t InputList::bytes() const {
  return names_.bytes() + files_.bytes() + dirs_.bytes();
}

uint32_t InputList::AddDirectory(std::string_view prefix) {
  uint32_t h = names_.Add(prefix);
  if (h == UINT32_MAX) return UINT32_MAX;
  dirs_.push_back({h, uint32_t(prefix.size())});
  return uint32_t(dirs_.size() - 1);
}

bool InputList::Add(uint32_t dir, std::string_view name, std::optional<date::year_month_day> dct) {
  uint32_t h = names_.Add(name);
  if (h == UINT32_MAX) return false;
  Add(dir, h, name.size(), PackDate(dct));
  return true;
}

}  // namespace eg
