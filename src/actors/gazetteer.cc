#include "actors/gazetteer.h"

#include <cstdlib>

namespace eg {

namespace {
class EmptyGazetteer : public Gazetteer {};
}  // namespace

Status Gazetteer::Load(const std::string&, std::unique_ptr<Gazetteer>* out) {
  out->reset(new EmptyGazetteer());
  return Status::OK();
}

std::string DefaultDataDir() {
  const char* env = std::getenv("EVENTGRAPH_DATA");
  if (env && *env) return env;
  return EVENTGRAPH_DATA_DIR;
}

}  // namespace eg
