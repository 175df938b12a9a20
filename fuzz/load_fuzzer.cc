// libFuzzer target: document loading (see harness.h).
#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  eg::fuzz::Load(data, size);
  return 0;
}
