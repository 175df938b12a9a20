// Gazetteer: the actor dictionary loaded from data files (format documented
// in data/README.md). Persons, organisations and countries with canonical
// names, aliases, kind, country and roles with start and end dates.
// Loaded once, then shared read-only by every worker thread.
#pragma once
#include <memory>
#include <string>

#include "corpus/status.h"

namespace eg {

class Gazetteer {
 public:
  // Loads every gazetteer file under `data_dir`. A malformed line is an error
  // naming the file and line.
  static Status Load(const std::string& data_dir, std::unique_ptr<Gazetteer>* out);
  virtual ~Gazetteer() = default;

 protected:
  Gazetteer() = default;
};

// The data directory compiled in (EVENTGRAPH_DATA_DIR), unless the
// environment variable EVENTGRAPH_DATA names another.
std::string DefaultDataDir();

}  // namespace eg
