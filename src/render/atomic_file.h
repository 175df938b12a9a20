// Atomic output: write to a temporary file in the target's directory, then
// rename it over the target. Readers see the old file or the new one, never
// half of one.
#pragma once
#include <string>
#include <string_view>

#include "corpus/status.h"

namespace eg {

Status WriteFileAtomically(const std::string& path, std::string_view contents);

}  // namespace eg
