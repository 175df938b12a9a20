// A small hand-made corpus for the render tests: four actors, seven events
// covering every date precision, status and the undated case, with evidence
// sentences that need escaping.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "graph/event_graph.h"

namespace eg::testing {

inline Event MakeEvent(std::string id, std::string type, bool interaction, std::string date,
                       EventStatus status, std::vector<std::string> who, std::string place,
                       std::string doc, std::string sentence) {
  Event e;
  e.id = std::move(id);
  e.type = std::move(type);
  e.interaction = interaction;
  e.date = std::move(date);
  e.status = status;
  e.participants = std::move(who);
  e.place = std::move(place);
  e.summary = e.type + " of " + e.participants.front();
  e.mentions.push_back({std::move(doc), 10, uint32_t(10 + sentence.size()), sentence});
  return e;
}

inline Extraction SmallCorpus(const std::string& doc_dir = "news") {
  Extraction x;
  x.corpus_name = "news";
  x.documents = {{"d1", doc_dir + "/d1.txt", "2024-03-08", "manifest"},
                 {"d2", doc_dir + "/d2.txt", "", "none"}};
  auto actor = [](std::string id, std::string name, ActorKind k, std::vector<std::string> al,
                  uint32_t m) {
    Actor a;
    a.id = std::move(id);
    a.name = std::move(name);
    a.kind = k;
    a.aliases = std::move(al);
    a.mentions = m;
    return a;
  };
  x.actors = {actor("ana-berg", "Ana Berg", ActorKind::kPerson, {"Berg", "Minister Berg"}, 6),
              actor("carl-diaz", "Carl Diaz", ActorKind::kPerson, {"Diaz"}, 4),
              actor("norland", "Norland", ActorKind::kCountry, {}, 2),
              actor("the-league", "The League", ActorKind::kOrganization, {"the League"}, 3)};
  using S = EventStatus;
  x.events = {
      MakeEvent("ev-0001", "meeting", true, "2024-03-05", S::kOccurred, {"ana-berg", "carl-diaz"},
                "Oslo", "d1", "Ana Berg met Carl Diaz in Oslo on Tuesday."),
      MakeEvent("ev-0002", "call", true, "2024-03", S::kOccurred, {"ana-berg", "norland"}, "",
                "d2", "Berg spoke by phone with Norland's leaders in March."),
      MakeEvent("ev-0003", "talks", true, "1990", S::kOccurred, {"carl-diaz", "the-league"}, "",
                "d1", "Diaz negotiated with the League in 1990, calling it \"a deal\" & <more>."),
      MakeEvent("ev-0004", "meeting", true, "2024-04-10", S::kPlanned, {"ana-berg", "the-league"},
                "Vienna", "d2", "Berg will meet the League in Vienna on April 10."),
      MakeEvent("ev-0005", "meeting", true, "", S::kProposed, {"carl-diaz", "norland"}, "", "d2",
                "Diaz suggested a meeting with Norland."),
      MakeEvent("ev-0006", "meeting", true, "2024-03-07", S::kNegated, {"ana-berg", "the-league"},
                "", "d1", "Berg did not meet the League on Thursday."),
      MakeEvent("ev-0007", "statement", false, "2024-03-06", S::kOccurred, {"ana-berg"}, "", "d1",
                "Berg said on Wednesday that talks went well."),
  };
  return x;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Directories made by TempDir(), removed when the test binary exits.
struct TempDirs {
  std::vector<std::filesystem::path> dirs;
  ~TempDirs() {
    std::error_code ec;
    for (const auto& d : dirs) std::filesystem::remove_all(d, ec);
  }
};
inline TempDirs& MadeTempDirs() {
  static TempDirs t;
  return t;
}

// A fresh empty directory under the system temp dir.
inline std::string TempDir(const std::string& name) {
  auto p = std::filesystem::temp_directory_path() /
           ("eg_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(p);
  MadeTempDirs().dirs.push_back(p);
  std::filesystem::create_directories(p);
  return p.string();
}

}  // namespace eg::testing
