#include "text/token_hash.h"

namespace eg {

uint64_t HashTokenBytes(std::string_view bytes) {
  const size_t n = bytes.size();
  uint64_t h = TokenHashSeed(n);
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t w;
    std::memcpy(&w, bytes.data() + k, 8);
    h = TokenHashStep(h, w);
  }
  if (k < n) {
    // The last 1..7 bytes, zero-padded: from the last eight bytes of the
    // string when it has eight (one load), else a few narrower loads.
    const size_t r = n - k;
    const char* p = bytes.data();
    uint64_t w = 0;
    if (n >= 8) {
      std::memcpy(&w, p + n - 8, 8);
      w >>= 8 * (8 - r);
    } else {
      size_t b = 0;
      if (r >= 4) {
        uint32_t x;
        std::memcpy(&x, p + k, 4);
        w = x;
        b = 4;
      }
      if (r - b >= 2) {
        uint16_t x;
        std::memcpy(&x, p + k + b, 2);
        w |= uint64_t(x) << (8 * b);
        b += 2;
      }
      if (r > b) w |= uint64_t(static_cast<unsigned char>(p[k + b])) << (8 * b);
    }
    h = TokenHashStep(h, w);
  }
  return TokenHashFinish(h);
}

}  // namespace eg
