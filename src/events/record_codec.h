// Byte records of the events stage's temporary files (the mention spill,
// events/mention_spill.h, and the spilled event store, events/event_store.h):
// integers in native byte order, as the files never outlive the process, and
// strings as a u32 length followed by the bytes.
//
// RecordReader reads such fields back from a buffer; every call returns
// false, leaving the output unspecified, when the bytes end early, so a
// truncated or corrupt record is refused, not read past its end.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace eg {

inline void PutU32(std::string* o, uint32_t v) { o->append(reinterpret_cast<const char*>(&v), 4); }
inline void PutU64(std::string* o, uint64_t v) { o->append(reinterpret_cast<const char*>(&v), 8); }
inline void PutStr(std::string* o, std::string_view s) {
  PutU32(o, uint32_t(s.size()));
  o->append(s);
}

class RecordReader {
 public:
  RecordReader(const char* p, size_t n) : p_(p), end_(p + n) {}
  bool U8(uint8_t* v) { return Bytes(v, 1); }
  bool U32(uint32_t* v) { return Bytes(v, 4); }
  bool U64(uint64_t* v) { return Bytes(v, 8); }
  // A string, as a view into the buffer.
  bool View(std::string_view* s) {
    uint32_t n;
    if (!U32(&n) || size_t(end_ - p_) < n) return false;
    *s = std::string_view(p_, n);
    p_ += n;
    return true;
  }
  bool Str(std::string* s) {
    std::string_view v;
    if (!View(&v)) return false;
    s->assign(v.data(), v.size());
    return true;
  }
  // A u32 count, then that many strings.
  bool Strs(std::vector<std::string>* v) {
    uint32_t n;
    if (!U32(&n) || n > size_t(end_ - p_) / 4) return false;
    v->resize(n);
    for (auto& s : *v)
      if (!Str(&s)) return false;
    return true;
  }

 private:
  bool Bytes(void* v, size_t n) {
    if (size_t(end_ - p_) < n) return false;
    std::memcpy(v, p_, n);
    p_ += n;
    return true;
  }
  const char* p_;
  const char* end_;
};

}  // namespace eg
