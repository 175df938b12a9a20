#include "corpus/input_list.h"

#include <utility>

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
  std::vector<std::string>().swap(dirs_);
  names_.clear();
  files_.clear();
}

size_t InputList::bytes() const {
  size_t b = names_.bytes() + files_.bytes() + dirs_.capacity() * sizeof(std::string);
  for (const auto& d : dirs_) b += d.capacity() > 15 ? d.capacity() + 1 : 0;
  return b;
}

uint32_t InputList::AddDirectory(std::string prefix) {
  dirs_.push_back(std::move(prefix));
  return uint32_t(dirs_.size() - 1);
}

bool InputList::Add(uint32_t dir, std::string_view name, std::optional<date::year_month_day> dct) {
  uint32_t h = names_.Add(name);
  if (h == UINT32_MAX) return false;
  Add(dir, h, name.size(), PackDate(dct));
  return true;
}

}  // namespace eg
