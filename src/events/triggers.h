// Trigger lexicon: the words that signal an event, loaded from data files
// (data/triggers.tsv, format in data/README.md).
#pragma once
#include <memory>
#include <string>

#include "corpus/status.h"

namespace eg {

class TriggerLexicon {
 public:
  static Status Load(const std::string& data_dir, std::unique_ptr<TriggerLexicon>* out);
  virtual ~TriggerLexicon() = default;

 protected:
  TriggerLexicon() = default;
};

}  // namespace eg
