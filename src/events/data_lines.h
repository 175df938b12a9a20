// The line format of the events stage's data files (data/triggers/README.md):
// one record per line, columns separated by one TAB; empty lines and lines
// starting with '#' are skipped, a final '\r' is dropped.
#pragma once
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "corpus/status.h"

namespace eg {

// One record of a data file.
struct DataLine {
  std::vector<std::string> cols;
  std::string where;  // "NAME:LINE: ", to start a message about the line with
};

// Calls fn(const DataLine&) -> Status for every record of `text` in order
// (`name` names the file in DataLine::where); stops at the first Status that
// is not OK and returns it.
template <class Fn>
Status ForEachDataLine(const std::string& text, const std::string& name, Fn&& fn) {
  std::stringstream ss(text);
  std::string line;
  DataLine d;
  for (int n = 1; std::getline(ss, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    d.cols.clear();
    for (size_t from = 0;;) {
      size_t tab = line.find('\t', from);
      d.cols.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
      if (tab == std::string::npos) break;
      from = tab + 1;
    }
    d.where = name + ":" + std::to_string(n) + ": ";
    Status s = fn(std::as_const(d));
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace eg
