#include "corpus/unique_inputs.h"

#include <utility>

namespace eg {

UniqueInputs::UniqueInputs(InputList* files, std::vector<InputProblem>* problems, size_t block)
    : files_(files), problems_(problems), block_(block < 1 ? 1 : block) {}

Status UniqueInputs::Spill(const std::string& dir) {
  Status s = admitted_.Spill(dir, "the input listing");
  if (s.ok()) s = files_->Spill(dir);
  return s;
}

std::string UniqueInputs::PathOf(const Offered& o) const {
  return std::string(files_->DirectoryAt(o.dir)).append(NameOf(o));
}

void UniqueInputs::Offer(uint32_t dir, std::string_view name, uint64_t dev, uint64_t ino,
                         int32_t dct) {
  if (offered_.empty()) offered_.reserve(block_);
  Offered o;
  o.dev = dev;
  o.ino = ino;
  o.id_hash = IndexTable::Hash(FileStemView(name));
  o.name_at = uint32_t(names_.size());
  o.name_len = uint32_t(name.size());
  o.dir = dir;
  o.dct = dct;
  o.problem_at = problems_->size();
  o.same_file = o.same_id = IndexTable::kNone;
  names_.append(name);
  offered_.push_back(o);
  if (offered_.size() >= block_) Flush();
}

void UniqueInputs::Flush() {
  if (offered_.empty()) return;
  const size_t n = offered_.size();
  auto id_of = [&](size_t i) { return FileStemView(NameOf(offered_[i])); };
  auto same_key = [&](size_t i, size_t j) {
    return offered_[i].dev == offered_[j].dev && offered_[i].ino == offered_[j].ino;
  };
  // The block's distinct identities and ids; each offer points to the first
  // offer with its identity (its id).
  IndexTable keys, ids;
  std::vector<uint32_t> key_first(n), id_first(n);
  for (size_t i = 0; i < n; ++i) {
    const Offered& o = offered_[i];
    const uint64_t kh = IndexTable::Hash(o.dev, o.ino);
    uint32_t f = keys.Find(kh, [&](uint32_t j) { return same_key(i, j); });
    if (f == IndexTable::kNone) keys.Insert(kh, f = uint32_t(i));
    key_first[i] = f;
    uint32_t d = ids.Find(o.id_hash, [&](uint32_t j) {
      return offered_[j].id_hash == o.id_hash && id_of(j) == id_of(i);
    });
    if (d == IndexTable::kNone) ids.Insert(o.id_hash, d = uint32_t(i));
    id_first[i] = d;
  }
  // One pass over every file admitted before: admitted identities and ids
  // are distinct, so each first offer finds at most one.
  for (size_t a = 0; a < admitted_.size(); ++a) {
    const Admitted r = admitted_[a];
    const uint32_t f = keys.Find(IndexTable::Hash(r.dev, r.ino), [&](uint32_t j) {
      return offered_[j].dev == r.dev && offered_[j].ino == r.ino;
    });
    if (f != IndexTable::kNone) offered_[f].same_file = r.index;
    std::string id;  // the admitted file's, read back only when a hash matches
    const uint32_t d = ids.Find(r.id_hash, [&](uint32_t j) {
      if (offered_[j].id_hash != r.id_hash) return false;
      if (id.empty()) id = std::string(FileStemView(files_->Name(r.index)));
      return id == id_of(j);
    });
    if (d != IndexTable::kNone) offered_[d].same_id = r.index;
  }
  // In order: against the earlier blocks, then this block's admitted files.
  // Per first offer of an identity (an id): the list index of the block's
  // file admitted with it.
  std::vector<uint32_t> file_admitted(n, IndexTable::kNone), id_admitted(n, IndexTable::kNone);
  std::vector<std::pair<size_t, InputProblem>> found;
  for (size_t i = 0; i < n; ++i) {
    const Offered& o = offered_[i];
    uint32_t f = offered_[key_first[i]].same_file;
    if (f == IndexTable::kNone) f = file_admitted[key_first[i]];
    if (f != IndexTable::kNone) {
      const std::string p = PathOf(o);
      found.push_back({o.problem_at, {p, p + ": the same file as " + files_->Path(f) +
                                             ", already read; skipped"}});
      continue;
    }
    uint32_t d = offered_[id_first[i]].same_id;
    if (d == IndexTable::kNone) d = id_admitted[id_first[i]];
    if (d != IndexTable::kNone) {
      const std::string p = PathOf(o);
      found.push_back({o.problem_at,
                       {p, p + ": document id '" + std::string(id_of(i)) + "' is already used by " +
                               files_->Path(d) +
                               " (ids are file names without extension; rename one); skipped"}});
      continue;
    }
    const uint32_t h = files_->StoreName(NameOf(o));
    if (h == UINT32_MAX) {
      const std::string p = PathOf(o);
      found.push_back(
          {o.problem_at, {p, p + ": too many input files (their names exceed 4 GB); skipped"}});
      continue;
    }
    const uint32_t index = uint32_t(files_->size());
    files_->Add(o.dir, h, o.name_len, o.dct);
    admitted_.push_back({o.dev, o.ino, o.id_hash, index, 0});
    file_admitted[key_first[i]] = index;
    id_admitted[id_first[i]] = index;
  }
  offered_.clear();
  names_.clear();
  if (found.empty()) return;
  // Each problem goes where it would have been pushed when its file was
  // offered: before the problems pushed after that.
  const size_t from = found.front().first;
  std::vector<InputProblem> tail(std::make_move_iterator(problems_->begin() + from),
                                 std::make_move_iterator(problems_->end()));
  problems_->resize(from);
  size_t t = 0;
  for (auto& [at, p] : found) {
    for (; from + t < at; ++t) problems_->push_back(std::move(tail[t]));
    problems_->push_back(std::move(p));
  }
  for (; t < tail.size(); ++t) problems_->push_back(std::move(tail[t]));
}

}  // namespace eg
