// Fuzzes the whole extraction of one document as the main job does it:
// load (bytes -> Document), text, time, actors, events with the real data
// files (long sentences cut as the main job does), then merge, graph and
// events.json, which must parse back as JSON.
// Inputs of even length without a date of their own get a fixed publication
// date, so both the dated and the undated paths are explored.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "actors/actors.h"
#include "cli/extract_sentence_cap.h"
#include "corpus/loader.h"
#include "events/event.h"
#include "events/triggers.h"
#include "graph/event_graph.h"
#include "render/events_json.h"
#include "text/text.h"
#include "time/timex.h"

namespace {
std::unique_ptr<eg::Gazetteer> g_gaz;
std::unique_ptr<eg::TriggerLexicon> g_lex;

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string dir = eg::DefaultDataDir();
  eg::Status s = eg::Gazetteer::Load(dir, &g_gaz);
  if (s.ok()) s = eg::TriggerLexicon::Load(dir, &g_lex);
  if (!s.ok()) {
    std::fprintf(stderr, "fuzz_extract: %s\n", s.message().c_str());
    std::exit(1);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  eg::InputFile in{"fuzz.txt", std::nullopt};
  eg::Document doc;
  std::vector<std::string> warnings;
  if (!eg::DocumentFromBytes(in, std::string(reinterpret_cast<const char*>(data), size), {},
                             &doc, &warnings)
           .ok())
    return 0;
  if (!doc.dct && size % 2 == 0) {
    doc.dct = date::year_month_day{date::year{2025}, date::month{8}, date::day{20}};
    doc.dct_source = eg::DctSource::kOption;
  }
  eg::TextAnalysis text;
  eg::Analyze(doc.text, doc.body_start, &text);
  eg::CapSentenceLength(&text);  // as the main job does
  std::vector<eg::Timex> timexes = eg::TagTimexes(text, doc.dct);
  eg::DocActors actors = eg::FindActors(doc, text, *g_gaz);
  for (const auto& m : actors.mentions) {
    Check(m.start < m.end && m.end <= doc.text.size(), "actor mention inside the text");
    Check(m.entity < actors.entities.size(), "mention's entity exists");
  }
  std::vector<eg::EventMention> events = eg::ExtractEvents(doc, text, timexes, actors, *g_lex);
  for (const auto& e : events) {
    Check(e.start <= e.end && e.end <= doc.text.size(), "event evidence inside the text");
    for (uint32_t p : e.participants) Check(p < actors.entities.size(), "participant exists");
  }
  eg::Extraction x;
  x.corpus_name = "fuzz";
  x.documents.push_back(eg::InfoOf(doc));
  eg::ActorTable table = eg::MergeActors({actors}, *g_gaz);
  x.events = eg::MergeEvents({{doc.id, std::move(events)}}, table);
  x.actors = table.actors;
  eg::EventGraph g = eg::BuildGraph(std::move(x));
  std::string json = eg::EventsJson(g);
  Check(nlohmann::json::accept(json), "events.json is valid JSON");
  return 0;
}
