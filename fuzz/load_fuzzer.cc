// Fuzzes document loading: any bytes must become either a clear refusal or a
// Document whose text is clean UTF-8 without NUL and, unless the input was
// UTF-16 (converted), exactly as long as the input, so offsets stay file
// offsets. The same bytes are also parsed as a manifest.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "corpus/loader.h"
#include "corpus/utf8.h"

namespace {
void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  eg::InputFile in{"fuzz.txt", std::nullopt};
  eg::LoadOptions opts;
  eg::Document doc;
  std::vector<std::string> warnings;
  eg::Bom bom = eg::DetectBom(bytes);
  eg::Status s = eg::DocumentFromBytes(in, bytes, opts, &doc, &warnings);
  if (s.ok()) {
    Check(eg::IsCleanUtf8(doc.text), "text is clean UTF-8");
    Check(doc.body_start <= doc.text.size(), "body_start within text");
    if (bom != eg::Bom::kUtf16LE && bom != eg::Bom::kUtf16BE)
      Check(doc.text.size() == size, "same length as the file");
    if (doc.dct) Check(doc.dct->ok(), "dct is a valid date");
  } else {
    Check(s.message().rfind("fuzz.txt: ", 0) == 0, "message names the file");
    Check(warnings.empty(), "no warnings for a skipped file");
  }
  for (const auto& w : warnings) Check(w.rfind("fuzz.txt: ", 0) == 0, "warning names the file");

  std::vector<std::string> mw;
  auto m = eg::ParseManifest("MANIFEST.tsv", bytes, &mw);
  for (const auto& [name, d] : m) Check(d.ok(), "manifest dates are valid");
  for (const auto& w : mw) Check(w.rfind("MANIFEST.tsv:", 0) == 0, "manifest warning names it");
  return 0;
}
