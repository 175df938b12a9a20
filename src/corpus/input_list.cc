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
  const File f = files_[i];
  std::string_view d = DirectoryAt(f.dir), n = names_.View(f.name, f.len);
  std::string p;
  p.reserve(d.size() + n.size());
  p.append(d).append(n);
  return p;
}

void InputList::clear() {
  dirs_.clear();
  dir_names_.clear();
  names_.clear();
  files_.clear();
}

size_t InputList::bytes() const {
  return dir_names_.bytes() + names_.bytes() + files_.bytes() + dirs_.bytes();
}

Status InputList::Spill(const std::string& dir) {
  Status s = files_.Spill(dir, "the input listing");
  if (s.ok()) s = names_.Spill(dir, "the input listing");
  return s;
}

Status InputList::status() const {
  Status s = files_.status();
  return s.ok() ? names_.status() : s;
}

uint32_t InputList::AddDirectory(std::string_view prefix) {
  uint32_t h = dir_names_.Add(prefix);
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
