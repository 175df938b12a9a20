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

// Up to 8 bytes at p as a big-endian number, zero-padded on the right: the
// numbers of two keys' bytes compare as the bytes do (unsigned).
uint64_t BigEndian8(const char* p, size_t n) {
  uint64_t v = 0;
  if (n == 0) return 0;
  if (n >= 8) {
    std::memcpy(&v, p, 8);
  } else {
    std::memcpy(&v, p, n);
  }
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  v = __builtin_bswap64(v);
#endif
  return v;
}

// The first 16 bytes of a key as two numbers, compared before the bytes:
// keys with long common prefixes (names of one corpus, a device number)
// are told apart mostly without memcmp or a look at the record.
struct Prefix {
  uint64_t hi = 0, lo = 0;
  explicit Prefix(std::string_view k = {})
      : hi(BigEndian8(k.data(), k.size())),
        lo(k.size() > 8 ? BigEndian8(k.data() + 8, k.size() - 8) : 0) {}
};
constexpr size_t kPrefixBytes = 16;

// Keys a and b (their prefixes equal): <0, 0, >0 as a.compare(b). Equal
// prefixes and a key of at most 16 bytes: that key is the other's prefix
// (the other's next bytes, if any, are zero), the shorter first.
int CompareAfterPrefix(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  if (n > kPrefixBytes) {
    if (int c = std::memcmp(a.data() + kPrefixBytes, b.data() + kPrefixBytes, n - kPrefixBytes))
      return c;
  }
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// (key, order) of a and b, with their prefixes: a < b.
bool Less(const Prefix& ap, std::string_view ak, uint64_t ao, const Prefix& bp,
          std::string_view bk, uint64_t bo) {
  if (ap.hi != bp.hi) return ap.hi < bp.hi;
  if (ap.lo != bp.lo) return ap.lo < bp.lo;
  const int c = CompareAfterPrefix(ak, bk);
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
    prefix_ = Prefix(key_);
    pos_ += sizeof(Header) + h_.len;
    return true;
  }
  // a's record before b's.
  static bool Before(const Reader* a, const Reader* b) {
    return Less(a->prefix_, a->key_, a->h_.order, b->prefix_, b->key_, b->h_.order);
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
  Prefix prefix_;
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
  if (!sorted_.empty() &&
      batch_.size() + need + (sorted_.size() + 1) * sizeof(SortKey) > batch_bytes_)
    SpillBatch();
  if (batch_.capacity() == 0) batch_.reserve(batch_bytes_);
  const Header h{uint32_t(key.size()), value, order};
  const Prefix p(key);
  sorted_.push_back({p.hi, p.lo, uint32_t(batch_.size()), uint32_t(key.size())});
  batch_.append(reinterpret_cast<const char*>(&h), sizeof h);
  batch_.append(key);
  ++count_;
}

void RecordSorter::SortBatch() {
  const char* b = batch_.data();
  std::sort(sorted_.begin(), sorted_.end(), [b](const SortKey& x, const SortKey& y) {
    if (x.hi != y.hi) return x.hi < y.hi;
    if (x.lo != y.lo) return x.lo < y.lo;
    const int c = CompareAfterPrefix(std::string_view(b + x.at + sizeof(Header), x.len),
                                     std::string_view(b + y.at + sizeof(Header), y.len));
    return c < 0 || (c == 0 && HeaderAt(b + x.at).order < HeaderAt(b + y.at).order);
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
  if (sorted_.empty() || !OpenFile()) return;
  SortBatch();
  Run r{end_, 0};
  for (const SortKey& k : sorted_) {
    const size_t n = sizeof(Header) + k.len;
    Write(batch_.data() + k.at, n);
    r.bytes += n;
  }
  Flush();
  runs_.push_back(r);
  ++runs_written_;
  batch_.clear();
  sorted_.clear();
}

void RecordSorter::MergeRuns(const Run* runs, size_t n, bool to_file, Run* out) {
  readers_.clear();
  heap_.clear();
  const size_t buffer = std::max<size_t>(size_t(4) << 10, batch_bytes_ / fan_in_);
  auto greater = [](const Reader* a, const Reader* b) { return Reader::Before(b, a); };
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
  std::vector<SortKey>().swap(sorted_);
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
    if (next_ >= sorted_.size()) return false;
    const char* p = batch_.data() + sorted_[next_++].at;
    const Header h = HeaderAt(p);
    *r = {std::string_view(p + sizeof(Header), h.len), h.order, h.value};
    return true;
  }
  auto greater = [](const Reader* a, const Reader* b) { return Reader::Before(b, a); };
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
