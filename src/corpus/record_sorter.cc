#include "corpus/record_sorter.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "corpus/temp_file.h"

namespace eg {

namespace {

// A record's header, before its key bytes (unaligned in the buffers: copied).
struct Header {
  uint32_t len;
  uint32_t value;
  uint64_t order;
};
static_assert(sizeof(Header) == 16, "records are 16 bytes plus the key");

constexpr size_t kWriteBuffer = size_t(64) << 10;

Header HeaderAt(const char* p) {
  Header h;
  std::memcpy(&h, p, sizeof h);
  return h;
}

// (key, order) of a and b: a < b.
bool Less(std::string_view ak, uint64_t ao, std::string_view bk, uint64_t bo) {
  const int c = ak.compare(bk);
  return c < 0 || (c == 0 && ao < bo);
}

}  // namespace

// Reads one run through a buffer, a record at a time.
class RecordSorter::Reader {
 public:
  Reader(RecordSorter* s, Run run, size_t buffer) : s_(s), run_(run), cap_(buffer) {}

  // Back to the run's first record; false when it has none.
  bool Start() {
    read_ = 0;
    pos_ = end_ = 0;
    return Advance();
  }
  // Moves to the next record; false at the end of the run (or on an error).
  bool Advance() {
    if (!Ensure(sizeof(Header))) return false;
    h_ = HeaderAt(buf_.data() + pos_);
    if (!Ensure(sizeof(Header) + h_.len)) return false;
    key_ = std::string_view(buf_.data() + pos_ + sizeof(Header), h_.len);
    pos_ += sizeof(Header) + h_.len;
    return true;
  }
  std::string_view key() const { return key_; }
  uint64_t order() const { return h_.order; }
  uint32_t value() const { return h_.value; }

 private:
  // At least `n` bytes from pos_ in the buffer (reading on from the run).
  bool Ensure(size_t n) {
    if (end_ - pos_ >= n) return true;
    std::memmove(&buf_[0], buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
    const size_t want = std::max(cap_, n);
    if (buf_.size() < want) buf_.resize(want);
    const size_t more = size_t(std::min<uint64_t>(buf_.size() - end_, run_.bytes - read_));
    if (more > 0) {
      if (int e = ReadAllAt(s_->fd_, &buf_[end_], more, run_.at + read_)) {
        s_->Fail("read back", e);
        read_ = run_.bytes;
        end_ = pos_;
        return false;
      }
      read_ += more;
      end_ += more;
    }
    if (end_ - pos_ >= n) return true;
    if (end_ != pos_) s_->Fail("read back", EIO);  // a record cut short
    return false;
  }

  RecordSorter* s_;
  Run run_;
  size_t cap_;
  std::string buf_;
  uint64_t read_ = 0;     // bytes of the run read into the buffer so far
  size_t pos_ = 0, end_ = 0;
  Header h_{};
  std::string_view key_;
};

RecordSorter::RecordSorter(const char* for_what, size_t batch_bytes, size_t fan_in,
                           std::string tmp_dir)
    : for_what_(for_what),
      batch_bytes_(batch_bytes),
      fan_in_(std::max<size_t>(fan_in, 2)),
      tmp_dir_(std::move(tmp_dir)) {}

RecordSorter::~RecordSorter() {
  if (fd_ >= 0) ::close(fd_);
}

void RecordSorter::Fail(const std::string& what, int err) {
  if (error_.ok())
    error_ = Status::IOError(tmp_dir_ + ": cannot " + what + " the temporary file of " +
                             for_what_ + (err ? std::string(": ") + std::strerror(err) : ""));
}

bool RecordSorter::OpenFile() {
  if (fd_ >= 0) return true;
  if (no_file_) return false;
  std::string used;
  if (!OpenTempFile(tmp_dir_, for_what_, &fd_, &used).ok()) {
    fd_ = -1;
    no_file_ = true;
    return false;
  }
  tmp_dir_ = used;
  return true;
}

void RecordSorter::Add(std::string_view key, uint64_t order, uint32_t value) {
  const size_t need = sizeof(Header) + key.size();
  if (!offsets_.empty() &&
      batch_.size() + need + (offsets_.size() + 1) * sizeof(uint32_t) > batch_bytes_)
    SpillBatch();
  if (batch_.capacity() == 0) batch_.reserve(batch_bytes_);
  const Header h{uint32_t(key.size()), value, order};
  offsets_.push_back(uint32_t(batch_.size()));
  batch_.append(reinterpret_cast<const char*>(&h), sizeof h);
  batch_.append(key);
  ++count_;
}

void RecordSorter::SortBatch() {
  const char* b = batch_.data();
  std::sort(offsets_.begin(), offsets_.end(), [b](uint32_t x, uint32_t y) {
    const Header hx = HeaderAt(b + x), hy = HeaderAt(b + y);
    return Less(std::string_view(b + x + sizeof(Header), hx.len), hx.order,
                std::string_view(b + y + sizeof(Header), hy.len), hy.order);
  });
}

bool RecordSorter::Write(const char* p, size_t n) {
  out_.append(p, n);
  return out_.size() < kWriteBuffer || Flush();
}

bool RecordSorter::Flush() {
  if (out_.empty()) return error_.ok();
  if (error_.ok()) {
    if (int e = WriteAllAt(fd_, out_.data(), out_.size(), end_)) Fail("write", e);
  }
  end_ += out_.size();
  out_.clear();
  return error_.ok();
}

// A batch that fills goes to the file as a sorted run (unless there is no
// file: then it keeps growing).
void RecordSorter::SpillBatch() {
  if (offsets_.empty() || !OpenFile()) return;
  SortBatch();
  Run r{end_, 0};
  for (uint32_t o : offsets_) {
    const size_t n = sizeof(Header) + HeaderAt(batch_.data() + o).len;
    Write(batch_.data() + o, n);
    r.bytes += n;
  }
  Flush();
  runs_.push_back(r);
  ++runs_written_;
  batch_.clear();
  offsets_.clear();
}

void RecordSorter::MergeRuns(const Run* runs, size_t n, bool to_file, Run* out) {
  readers_.clear();
  heap_.clear();
  const size_t buffer = std::max<size_t>(size_t(4) << 10, batch_bytes_ / fan_in_);
  auto greater = [](const Reader* a, const Reader* b) {
    return Less(b->key(), b->order(), a->key(), a->order());
  };
  for (size_t i = 0; i < n; ++i) {
    readers_.push_back(std::make_unique<Reader>(this, runs[i], buffer));
    if (readers_.back()->Start()) heap_.push_back(readers_.back().get());
  }
  std::make_heap(heap_.begin(), heap_.end(), greater);
  current_ = nullptr;
  if (!to_file) return;  // Next() merges
  *out = Run{end_, 0};
  while (!heap_.empty()) {
    std::pop_heap(heap_.begin(), heap_.end(), greater);
    Reader* r = heap_.back();
    const Header h{uint32_t(r->key().size()), r->value(), r->order()};
    Write(reinterpret_cast<const char*>(&h), sizeof h);
    Write(r->key().data(), r->key().size());
    out->bytes += sizeof h + r->key().size();
    if (r->Advance()) {
      std::push_heap(heap_.begin(), heap_.end(), greater);
    } else {
      heap_.pop_back();
    }
  }
  Flush();
  readers_.clear();
  ++runs_written_;
}

void RecordSorter::Finish() {
  finished_ = true;
  if (runs_.empty()) {
    SortBatch();
    next_ = 0;
    return;
  }
  SpillBatch();
  std::string().swap(batch_);
  std::vector<uint32_t>().swap(offsets_);
  std::string().swap(out_);
  // Merge passes: the first `fan_in` runs into one at the end, until few
  // enough remain to merge while reading.
  size_t first = 0;
  while (runs_.size() - first > fan_in_) {
    Run merged;
    MergeRuns(runs_.data() + first, fan_in_, true, &merged);
    first += fan_in_;
    runs_.push_back(merged);
  }
  runs_.erase(runs_.begin(), runs_.begin() + first);
  std::string().swap(out_);
  Rewind();
}

void RecordSorter::Rewind() {
  if (runs_.empty()) {
    next_ = 0;
    return;
  }
  MergeRuns(runs_.data(), runs_.size(), false, nullptr);
}

bool RecordSorter::Next(Record* r) {
  if (runs_.empty()) {
    if (next_ >= offsets_.size()) return false;
    const char* p = batch_.data() + offsets_[next_++];
    const Header h = HeaderAt(p);
    *r = {std::string_view(p + sizeof(Header), h.len), h.order, h.value};
    return true;
  }
  auto greater = [](const Reader* a, const Reader* b) {
    return Less(b->key(), b->order(), a->key(), a->order());
  };
  if (current_ && current_->Advance()) {
    heap_.push_back(current_);
    std::push_heap(heap_.begin(), heap_.end(), greater);
  }
  current_ = nullptr;
  if (heap_.empty()) return false;
  std::pop_heap(heap_.begin(), heap_.end(), greater);
  current_ = heap_.back();
  heap_.pop_back();
  *r = {current_->key(), current_->order(), current_->value()};
  return true;
}

}  // namespace eg
