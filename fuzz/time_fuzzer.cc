// libFuzzer target: the text and time stages (see harness.h).
#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  eg::fuzz::Time(data, size);
  return 0;
}
