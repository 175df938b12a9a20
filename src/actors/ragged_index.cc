#include "actors/ragged_index.h"

namespace eg {

void RaggedIndex::PushTo(size_t r, uint32_t v) {
  // Rebuilt around the new value: the stores only append.
  std::vector<uint32_t> ends, values;
  for (size_t k = 0; k < ends_.size(); ++k) {
    const size_t b = k ? ends_[k - 1] : 0, e = ends_[k];
    for (size_t i = b; i < e; ++i) values.push_back(values_[i]);
    if (k == r) values.push_back(v);
    ends.push_back(uint32_t(values.size()));
  }
  ends_.clear();
  values_.clear();
  for (uint32_t e : ends) ends_.push_back(e);
  for (uint32_t x : values) values_.push_back(x);
}

Status RaggedIndex::Spill(const std::string& dir) {
  Status s = ends_.Spill(dir, "the actors of each document's entities");
  if (s.ok()) s = values_.Spill(dir, "the actors of each document's entities");
  return s;
}

Status RaggedIndex::status() const {
  Status s = ends_.status();
  return s.ok() ? values_.status() : s;
}

}  // namespace eg
