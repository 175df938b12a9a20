// SmallVec<T, N>: a vector of trivially copyable T that keeps up to N items
// inside itself and only then takes a heap block (doubling as it grows).
//
// For what the merge keeps per cluster (actors, mention keys, votes): most
// clusters have one to three of each, and a std::vector would cost 24 bytes
// plus a heap block of at least 32 for each list, for every event of the
// corpus. Moves only (a cluster is never copied); a moved-from list is
// empty. begin()/end() are plain pointers, invalidated like a vector's by
// push_back() and insert().
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

namespace eg {

template <class T, uint32_t N>
class SmallVec {
  static_assert(std::is_trivially_copyable<T>::value, "SmallVec copies items as bytes");
  static_assert(N > 0, "SmallVec needs room for one item inline");

 public:
  SmallVec() {}
  SmallVec(const SmallVec&) = delete;
  SmallVec& operator=(const SmallVec&) = delete;
  SmallVec(SmallVec&& o) noexcept { Steal(&o); }
  SmallVec& operator=(SmallVec&& o) noexcept {
    if (this != &o) {
      Free();
      Steal(&o);
    }
    return *this;
  }
  ~SmallVec() { Free(); }

  T* data() { return cap_ > N ? heap_ : in_; }
  const T* data() const { return cap_ > N ? heap_ : in_; }
  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  T* begin() { return data(); }
  T* end() { return data() + n_; }
  const T* begin() const { return data(); }
  const T* end() const { return data() + n_; }
  T& operator[](size_t i) { return data()[i]; }
  const T& operator[](size_t i) const { return data()[i]; }
  const T& front() const { return data()[0]; }
  const T& back() const { return data()[n_ - 1]; }

  void push_back(const T& v) {
    if (n_ == cap_) Grow();
    data()[n_++] = v;
  }
  // Inserts v before `at` (a pointer into this vector); returns v's place.
  T* insert(const T* at, const T& v) {
    const size_t i = size_t(at - data());
    if (n_ == cap_) Grow();
    T* p = data();
    std::memmove(static_cast<void*>(p + i + 1), p + i, (n_ - i) * sizeof(T));
    p[i] = v;
    ++n_;
    return p + i;
  }

 private:
  void Grow() {
    const uint32_t cap = cap_ * 2;
    T* p = static_cast<T*>(std::malloc(size_t(cap) * sizeof(T)));
    if (!p) throw std::bad_alloc();
    std::memcpy(static_cast<void*>(p), data(), n_ * sizeof(T));
    if (cap_ > N) std::free(heap_);
    heap_ = p;
    cap_ = cap;
  }
  void Free() {
    if (cap_ > N) std::free(heap_);
    cap_ = N;
    n_ = 0;
  }
  void Steal(SmallVec* o) {
    n_ = o->n_;
    cap_ = o->cap_;
    if (cap_ > N)
      heap_ = o->heap_;
    else
      std::memcpy(static_cast<void*>(in_), o->in_, n_ * sizeof(T));
    o->n_ = 0;
    o->cap_ = N;
  }

  uint32_t n_ = 0, cap_ = N;
  union {
    T in_[N];
    T* heap_;
  };
};

}  // namespace eg
