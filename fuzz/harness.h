// The fuzz targets' bodies, shared by the libFuzzer targets (fuzz/*_fuzzer.cc)
// and by the regression test that replays every input saved in
// fuzz/regressions/<target>/ (tests/cli/fuzz_regression_test.cc). Each
// function aborts when an invariant is violated; the sanitizers catch the
// rest.
//   Load     document loading: bytes -> Document, and manifest parsing
//   Time     text + time stages on arbitrary bytes with a fixed dct
//   Extract  one document through load, text, time, actors, events (real
//            data files; long sentences are cut by the text stage), merge,
//            graph and events.json
#pragma once
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "corpus/loader.h"
#include "corpus/utf8.h"
#include "events/event.h"
#include "events/seat_visits.h"
#include "events/triggers.h"
#include "graph/event_graph.h"
#include "render/events_json.h"
#include "text/text.h"
#include "time/timex.h"

namespace eg::fuzz {

inline void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

// Load: any bytes become either a clear refusal or a Document whose text is
// clean UTF-8 without NUL and, unless the input was UTF-16 (converted),
// exactly as long as the input, so offsets stay file offsets.
inline void Load(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  InputFile in{"fuzz.txt", std::nullopt};
  LoadOptions opts;
  Document doc;
  std::vector<std::string> warnings;
  Bom bom = DetectBom(bytes);
  Status s = DocumentFromBytes(in, bytes, opts, &doc, &warnings);
  if (s.ok()) {
    Check(IsCleanUtf8(doc.text), "text is clean UTF-8");
    Check(doc.body_start <= doc.text.size(), "body_start within text");
    if (bom != Bom::kUtf16LE && bom != Bom::kUtf16BE)
      Check(doc.text.size() == size, "same length as the file");
    if (doc.dct) Check(doc.dct->ok(), "dct is a valid date");
  } else {
    Check(s.message().rfind("fuzz.txt: ", 0) == 0, "message names the file");
    Check(warnings.empty(), "no warnings for a skipped file");
  }
  for (const auto& w : warnings) Check(w.rfind("fuzz.txt: ", 0) == 0, "warning names the file");

  std::vector<std::string> mw;
  auto m = ParseManifest("MANIFEST.tsv", bytes, &mw);
  for (size_t i = 0; i < m.size(); ++i) {
    Check(m.Date(i).ok(), "manifest dates are valid");
    Check(m.Find(m.Name(i)) == m.Date(i), "manifest finds its own names");
    if (i > 0) Check(m.Name(i - 1) < m.Name(i), "manifest names sorted and unique");
  }
  for (const auto& w : mw) Check(w.rfind("MANIFEST.tsv:", 0) == 0, "manifest warning names it");
}

// Time: no crash, no hang, every time expression inside the text, in order.
inline void Time(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  TextAnalysis a;
  Analyze(text, 0, &a);
  const std::optional<date::year_month_day> dct =
      date::year_month_day{date::year{2025}, date::month{8}, date::day{20}};
  std::vector<Timex> tx = TagTimexes(a, dct);
  uint32_t prev = 0;
  for (const auto& t : tx) {
    Check(t.start < t.end && t.end <= size, "timex span inside the text");
    Check(t.start >= prev, "timexes in document order");
    Check(t.first_token < t.end_token && t.end_token <= a.tokens.size(), "token range");
    Check(t.sentence < a.sentences.size(), "sentence index");
    prev = t.start;
  }
}

struct ExtractResources {
  std::unique_ptr<Gazetteer> gaz;
  std::unique_ptr<TriggerLexicon> lex;
};

// Loaded once from the data directory (exits when it cannot be loaded).
inline ExtractResources& ExtractData() {
  static ExtractResources* r = [] {
    auto* res = new ExtractResources;
    std::string dir = DefaultDataDir();
    Status s = Gazetteer::Load(dir, &res->gaz);
    if (s.ok()) s = TriggerLexicon::Load(dir, &res->lex);
    if (!s.ok()) {
      std::fprintf(stderr, "fuzz: %s\n", s.message().c_str());
      std::exit(1);
    }
    return res;
  }();
  return *r;
}

// Extract: inputs of even length without a date of their own get a fixed
// publication date, so both the dated and the undated paths are explored.
inline void Extract(const uint8_t* data, size_t size) {
  InputFile in{"fuzz.txt", std::nullopt};
  Document doc;
  std::vector<std::string> warnings;
  if (!DocumentFromBytes(in, std::string(reinterpret_cast<const char*>(data), size), {},
                             &doc, &warnings)
           .ok())
    return;
  if (!doc.dct && size % 2 == 0) {
    doc.dct = date::year_month_day{date::year{2025}, date::month{8}, date::day{20}};
    doc.dct_source = DctSource::kOption;
  }
  TextAnalysis text;
  Analyze(doc.text, doc.body_start, &text);
  std::vector<Timex> timexes = TagTimexes(text, doc.dct);
  DocActors actors = FindActors(doc, text, *ExtractData().gaz, timexes);
  for (const auto& m : actors.mentions) {
    Check(m.start < m.end && m.end <= doc.text.size(), "actor mention inside the text");
    Check(m.entity < actors.entities.size(), "mention's entity exists");
  }
  std::vector<EventMention> events = ExtractEvents(doc, text, timexes, actors, *ExtractData().lex);
  ResolveSeatVisits(*ExtractData().gaz, text, doc.dct, &actors, &events);
  ResolveCountryVisits(*ExtractData().gaz, text, doc.dct, &actors, &events);
  for (const auto& e : events) {
    Check(e.start <= e.end && e.end <= doc.text.size(), "event evidence inside the text");
    for (uint32_t p : e.participants) Check(p < actors.entities.size(), "participant exists");
  }
  Extraction x;
  x.corpus_name = "fuzz";
  x.documents.push_back(InfoOf(doc));
  ActorTable table = MergeActors({actors}, *ExtractData().gaz);
  x.events = MergeEvents({{doc.id, std::move(events)}}, table);
  x.actors = table.actors;
  EventGraph g = BuildGraph(std::move(x));
  std::string json = EventsJson(g);
  Check(nlohmann::json::accept(json), "events.json is valid JSON");
}

}  // namespace eg::fuzz
