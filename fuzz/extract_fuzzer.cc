// libFuzzer target: the whole extraction of one document (see harness.h).
#include "harness.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  eg::fuzz::ExtractData();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  eg::fuzz::Extract(data, size);
  return 0;
}
