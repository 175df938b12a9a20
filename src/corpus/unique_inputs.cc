#include "corpus/unique_inputs.h"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

#include "corpus/index_table.h"

namespace eg {

namespace {

// The sorts' keys hold a file as bytes; numbers big-endian, so that the
// byte order of the keys is their numeric order (the input order `i` above
// all: within a group of equal identities or ids, files come in input order).
//
//   by identity: dev(8) ino(8) i(4) dir(4) name
//   by id:       id '\0' i(4) dev(8) ino(8) dir(4) the name after the id
//
// A name holds no '\0', so an id's records are the keys starting "id\0".
struct File {
  uint32_t i = 0;
  uint64_t dev = 0, ino = 0;
  uint32_t dir = 0;
  std::string_view name;
};

void Put32(std::string* s, uint32_t v) {
  for (int b = 3; b >= 0; --b) s->push_back(char(uint8_t(v >> (8 * b))));
}
void Put64(std::string* s, uint64_t v) {
  for (int b = 7; b >= 0; --b) s->push_back(char(uint8_t(v >> (8 * b))));
}
uint64_t Get(std::string_view s, size_t at, int bytes) {
  uint64_t v = 0;
  for (int b = 0; b < bytes; ++b) v = v << 8 | uint8_t(s[at + size_t(b)]);
  return v;
}

constexpr size_t kIdentityBytes = 16;

void ByIdentity(const File& f, std::string* k) {
  k->clear();
  Put64(k, f.dev);
  Put64(k, f.ino);
  Put32(k, f.i);
  Put32(k, f.dir);
  k->append(f.name);
}
File FromByIdentity(std::string_view k) {
  File f;
  f.dev = Get(k, 0, 8);
  f.ino = Get(k, 8, 8);
  f.i = uint32_t(Get(k, 16, 4));
  f.dir = uint32_t(Get(k, 20, 4));
  f.name = k.substr(24);
  return f;
}
void ById(const File& f, std::string* k) {
  const std::string_view id = FileStemView(f.name);  // a prefix of the name
  k->assign(id);
  k->push_back('\0');
  Put32(k, f.i);
  Put64(k, f.dev);
  Put64(k, f.ino);
  Put32(k, f.dir);
  k->append(f.name.substr(id.size()));
}
// The name is the id and the rest after the fields: `*name` holds it.
File FromById(std::string_view k, std::string* name) {
  const size_t at = k.find('\0') + 1;
  File f;
  f.i = uint32_t(Get(k, at, 4));
  f.dev = Get(k, at + 4, 8);
  f.ino = Get(k, at + 12, 8);
  f.dir = uint32_t(Get(k, at + 20, 4));
  name->assign(k.substr(0, at - 1)).append(k.substr(at + 24));
  f.name = *name;
  return f;
}
// The group a key belongs to: its identity, or its id with the '\0'.
std::string_view IdentityOf(std::string_view k) { return k.substr(0, kIdentityBytes); }
std::string_view IdOf(std::string_view k) { return k.substr(0, k.find('\0') + 1); }

// A turned-away file, for the last sort: i(4) why(1) winner's dir(4) and name.
constexpr char kSameFile = 'f', kSameId = 'd';

// Flags in a record's value.
enum : uint32_t {
  kFirstOfIdentity = 1,  // first undecided file of its identity
  kAloneOfIdentity = 2,  // the only one (round one)
  kAdmitted = 4,
  kTurnedAway = 8,
};

// Reads a finished sorter a record ahead, so that a record knows whether
// the next one is in its group.
class Lookahead {
 public:
  explicit Lookahead(RecordSorter* s) : s_(s) { Load(); }
  // Moves to the next record: false at the end.
  bool Next() {
    if (!more_) return false;
    key_.swap(next_key_);
    order_ = next_order_;
    value_ = next_value_;
    Load();
    return true;
  }
  const std::string& key() const { return key_; }
  uint32_t value() const { return value_; }
  // Whether the next record's group(key) is this one's.
  template <class Group>
  bool NextInGroup(Group group) const {
    return more_ && group(std::string_view(next_key_)) == group(std::string_view(key_));
  }

 private:
  void Load() {
    RecordSorter::Record r;
    more_ = s_->Next(&r);
    if (!more_) return;
    next_key_.assign(r.key);
    next_order_ = r.order;
    next_value_ = r.value;
  }
  RecordSorter* s_;
  bool more_ = false;
  std::string key_, next_key_;
  uint64_t order_ = 0, next_order_ = 0;
  uint32_t value_ = 0, next_value_ = 0;
};

}  // namespace

UniqueInputs::UniqueInputs(InputList* files, std::vector<InputProblem>* problems,
                           size_t sort_batch_bytes, size_t merge_fan_in)
    : files_(files), problems_(problems), batch_bytes_(sort_batch_bytes), fan_in_(merge_fan_in) {
  // The filter takes a sorter batch: two bit arrays of batch / 2 bytes
  // each, a power of two of slots (at least 64).
  size_t slots = 64;
  slot_shift_ = 58;
  while (slots * 2 / 4 <= batch_bytes_ && slot_shift_ > 32) {
    slots *= 2;
    --slot_shift_;
  }
}

UniqueInputs::~UniqueInputs() = default;

Status UniqueInputs::Spill(const std::string& dir) {
  tmp_dir_ = dir;
  Status s = offered_.Spill(dir, "the input listing");
  if (s.ok()) s = files_->Spill(dir);
  return s;
}

std::unique_ptr<RecordSorter> UniqueInputs::NewSorter(const char* what) const {
  return std::make_unique<RecordSorter>(what, batch_bytes_, fan_in_, tmp_dir_);
}

void UniqueInputs::Fail(const Status& s) {
  if (error_.ok() && !s.ok()) error_ = s;
}

size_t UniqueInputs::IdentitySlot(uint64_t dev, uint64_t ino) const {
  return size_t(IndexTable::Hash(dev, ino) >> slot_shift_);
}

size_t UniqueInputs::IdSlot(std::string_view name) const {
  const uint64_t h = std::hash<std::string_view>()(FileStemView(name));
  // Mixed again, with another constant than identities get.
  return size_t(IndexTable::Hash(h, 0x5bd1e995) >> slot_shift_);
}

void UniqueInputs::Mark(size_t slot) {
  if (seen_.empty()) {
    const size_t words = std::max<size_t>(1, (size_t(1) << (64 - slot_shift_)) / 64);
    seen_.assign(words, 0);
    again_.assign(words, 0);
  }
  const uint64_t bit = uint64_t(1) << (slot & 63);
  uint64_t& seen = seen_[slot >> 6];
  if (seen & bit) again_[slot >> 6] |= bit;
  seen |= bit;
}

void UniqueInputs::Offer(uint32_t dir, std::string_view name, uint64_t dev, uint64_t ino,
                         int32_t dct) {
  const uint32_t h = offered_.size() < UINT32_MAX ? files_->StoreName(name) : UINT32_MAX;
  if (h == UINT32_MAX) {
    const std::string p = std::string(files_->DirectoryAt(dir)).append(name);
    problems_->push_back({p, p + ": too many input files (their names exceed 4 GB); skipped"});
    return;
  }
  const size_t id_slot = IdSlot(name);
  Mark(IdentitySlot(dev, ino));
  Mark(id_slot);
  offered_.push_back({dev, ino, dir, h, dct, uint32_t(problems_->size()), uint32_t(id_slot),
                      uint16_t(name.size())});
}

// The files the filter cannot admit alone, keyed by identity, for the rounds.
void UniqueInputs::SortSuspects() {
  unsorted_ = 0;
  for (size_t i = 0; i < offered_.size(); ++i) {
    const Offered o = offered_[i];
    if (!Again(IdentitySlot(o.dev, o.ino)) && !Again(o.id_slot)) {
      ++unsorted_;
      continue;
    }
    if (!by_identity_) by_identity_ = NewSorter("the duplicate check of the input listing");
    File f;
    f.i = uint32_t(i);
    f.dev = o.dev;
    f.ino = o.ino;
    f.dir = o.dir;
    f.name = files_->StoredName(o.name, o.len);
    ByIdentity(f, &key_);
    by_identity_->Add(key_, f.i, 0);
  }
  std::vector<uint64_t>().swap(seen_);
  std::vector<uint64_t>().swap(again_);
}

// Passes: by identity (who is first of its identity) -> by id (admitted:
// first of both; the rest of an admitted file's id turned away) -> by
// identity (the rest of an admitted file's identity turned away).
void UniqueInputs::Round(RecordSorter* undecided, bool first, RecordSorter* next,
                         RecordSorter* decided) {
  ++rounds_;
  auto by_id = NewSorter("the duplicate check of the input listing");
  std::string key;
  {
    Lookahead r(undecided);
    std::string last_identity;
    bool any = false;
    while (r.Next()) {
      const std::string_view identity = IdentityOf(r.key());
      const bool lead = !any || identity != last_identity;
      uint32_t flags = lead ? uint32_t(kFirstOfIdentity) : 0u;
      if (lead && first && !r.NextInGroup(IdentityOf)) flags |= kAloneOfIdentity;
      if (lead) last_identity.assign(identity);
      any = true;
      ById(FromByIdentity(r.key()), &key);
      by_id->Add(key, 0, flags);
    }
    Fail(undecided->status());
  }
  by_id->Finish();
  auto again = NewSorter("the duplicate check of the input listing");
  std::string name;
  {
    Lookahead r(by_id.get());
    std::string last_id;
    bool any = false, id_taken = false;
    while (r.Next()) {
      const std::string_view id = IdOf(r.key());
      const bool lead = !any || id != last_id;
      if (lead) last_id.assign(id);
      any = true;
      const bool admitted = lead && (r.value() & kFirstOfIdentity);
      if (lead) id_taken = admitted;
      // Alone under both keys: admitted, and no other file depends on it.
      if (first && lead && (r.value() & kAloneOfIdentity) && !r.NextInGroup(IdOf)) continue;
      uint32_t flags = 0;
      if (admitted) flags = kAdmitted;
      else if (!lead && id_taken) flags = kTurnedAway;
      ByIdentity(FromById(r.key(), &name), &key);
      again->Add(key, 0, flags);
    }
    Fail(by_id->status());
  }
  by_id.reset();
  again->Finish();
  {
    Lookahead r(again.get());
    std::string last_identity;
    bool any = false, identity_taken = false;
    while (r.Next()) {
      const std::string_view identity = IdentityOf(r.key());
      const bool lead = !any || identity != last_identity;
      if (lead) last_identity.assign(identity);
      any = true;
      uint32_t flags = r.value();
      if (lead) identity_taken = flags & kAdmitted;
      else if (identity_taken) flags |= kTurnedAway;
      if (flags & kAdmitted) {
        decided->Add(r.key(), 0, kAdmitted);
      } else if (flags & kTurnedAway) {
        decided->Add(r.key(), 0, kTurnedAway);
      } else {
        next->Add(r.key(), 0, 0);
      }
    }
    Fail(again->status());
  }
}

// The undecided files have no admitted file under their identity or id
// (it would have turned them away) and the files turned away count for
// nothing: the rule applied to them alone, in input order, decides them.
void UniqueInputs::DecideInMemory(RecordSorter* undecided, RecordSorter* decided) {
  ++rounds_;
  std::vector<std::pair<uint32_t, std::string>> files;  // input order, key
  RecordSorter::Record r;
  while (undecided->Next(&r)) files.emplace_back(FromByIdentity(r.key).i, std::string(r.key));
  Fail(undecided->status());
  std::sort(files.begin(), files.end());
  std::set<std::string_view> identities, ids;  // of the files admitted
  for (const auto& [i, key] : files) {
    const std::string_view identity = IdentityOf(key);
    const std::string_view id = FileStemView(FromByIdentity(key).name);
    const bool admitted = !identities.count(identity) && !ids.count(id);
    if (admitted) {
      identities.insert(identity);
      ids.insert(id);
    }
    decided->Add(key, 0, admitted ? kAdmitted : kTurnedAway);
  }
}

// By identity: a turned-away file after its identity's admitted file lost
// to it; the others (and the admitted files) go on by id, where each lost
// to its id's admitted file, which comes before it.
void UniqueInputs::FindWinners(RecordSorter* decided, RecordSorter* lost) {
  decided->Finish();
  auto by_id = NewSorter("the duplicate check of the input listing");
  std::string key;
  auto lose = [&](uint32_t i, char why, const std::string& winner) {
    key.clear();
    Put32(&key, i);
    key.push_back(why);
    key.append(winner);
    lost->Add(key, 0, 0);
  };
  {
    Lookahead r(decided);
    std::string last_identity, winner;  // winner: dir(4) name
    bool any = false;
    while (r.Next()) {
      const std::string_view identity = IdentityOf(r.key());
      if (!any || identity != last_identity) {
        last_identity.assign(identity);
        winner.clear();
      }
      any = true;
      const File f = FromByIdentity(r.key());
      if (r.value() & kAdmitted) {
        winner.clear();
        Put32(&winner, f.dir);
        winner.append(f.name);
      } else if (!winner.empty()) {
        lose(f.i, kSameFile, winner);
        continue;
      }
      ById(f, &key);
      by_id->Add(key, 0, r.value());
    }
    Fail(decided->status());
  }
  by_id->Finish();
  {
    Lookahead r(by_id.get());
    std::string last_id, winner, name;
    bool any = false;
    while (r.Next()) {
      const std::string_view id = IdOf(r.key());
      if (!any || id != last_id) {
        last_id.assign(id);
        winner.clear();
      }
      any = true;
      const File f = FromById(r.key(), &name);
      if (r.value() & kAdmitted) {
        winner.clear();
        Put32(&winner, f.dir);
        winner.append(f.name);
      } else if (!winner.empty()) {
        lose(f.i, kSameId, winner);
      }
      // A turned-away file always follows the admitted file it lost to.
    }
    Fail(by_id->status());
  }
}

void UniqueInputs::Flush() {
  rounds_ = 0;
  if (offered_.empty()) return;
  SortSuspects();
  auto decided = NewSorter("the duplicate check of the input listing");
  std::unique_ptr<RecordSorter> undecided = std::move(by_identity_);
  for (bool first = true; undecided && undecided->size() > 0; first = false) {
    undecided->Finish();
    if (undecided->runs_written() == 0) {  // one batch, in memory already
      DecideInMemory(undecided.get(), decided.get());
      break;
    }
    auto next = NewSorter("the duplicate check of the input listing");
    Round(undecided.get(), first, next.get(), decided.get());
    undecided = std::move(next);
  }
  undecided.reset();
  auto lost = NewSorter("the duplicate check of the input listing");
  FindWinners(decided.get(), lost.get());
  decided.reset();
  lost->Finish();

  // In input order: the offers, and the turned-away ones among them.
  std::vector<std::pair<size_t, InputProblem>> found;
  RecordSorter::Record r;
  bool more = lost->Next(&r);
  for (size_t i = 0; i < offered_.size(); ++i) {
    const Offered o = offered_[i];
    if (!more || Get(r.key, 0, 4) != i) {
      files_->Add(o.dir, o.name, o.len, o.dct);
      continue;
    }
    const std::string_view name = files_->StoredName(o.name, o.len);
    const std::string p = std::string(files_->DirectoryAt(o.dir)).append(name);
    const std::string winner =
        std::string(files_->DirectoryAt(uint32_t(Get(r.key, 5, 4)))).append(r.key.substr(9));
    if (r.key[4] == kSameFile) {
      found.push_back({o.problem_at, {p, p + ": the same file as " + winner +
                                             ", already read; skipped"}});
    } else {
      found.push_back({o.problem_at,
                       {p, p + ": document id '" + std::string(FileStemView(name)) +
                               "' is already used by " + winner +
                               " (ids are file names without extension; rename one); skipped"}});
    }
    more = lost->Next(&r);
  }
  Fail(lost->status());
  offered_.clear();
  if (!error_.ok()) {
    // Some records of the sorts are missing: some duplicates may be listed.
    problems_->push_back({tmp_dir_, error_.message() +
                                        "; files read twice or sharing a document id may not "
                                        "all have been found",
                          false});
  }
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
