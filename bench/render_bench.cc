// render_bench: times WriteOutputs() on a synthetic corpus.
//   build/bench/render_bench [EVENTS] [OUT_DIR]   (default 1000, a temp dir)
// Builds a deterministic graph of EVENTS events among 120 actors over about
// fourteen months, with a few historical events (so the axis has breaks),
// multi-party meetings, every status and undated events, then writes every
// output and prints the wall time. Target: under 2 s for 1,000 events.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <string>

#include "graph/event_graph.h"
#include "render/render.h"

namespace {

struct Lcg {
  uint64_t s = 0x2545F4914F6CDD1DULL;
  uint32_t Next(uint32_t n) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return uint32_t((s >> 33) % n);
  }
};

eg::Extraction Synthetic(int n_events) {
  const char* first[] = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro",
                         "Ines", "Jonas", "Kemal", "Lena"};
  const char* last[] = {"Adler", "Brandt", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia",
                        "Horvat", "Ivanova", "Jansen"};
  const char* types[] = {"meeting", "call", "talks", "statement", "visit", "summit"};
  const char* places[] = {"", "", "Geneva", "Brussels", "Vienna", "Ankara", "Oslo"};
  eg::Extraction x;
  x.corpus_name = "synthetic";
  for (int d = 0; d < 200; ++d) {
    char id[32];
    std::snprintf(id, sizeof id, "doc%04d", d);
    x.documents.push_back({id, std::string("synthetic/") + id + ".txt", "2025-06-01", "manifest"});
  }
  for (int a = 0; a < 120; ++a) {
    eg::Actor ac;
    ac.name = std::string(first[a % 12]) + " " + last[a / 12];
    ac.id = ac.name;
    for (auto& c : ac.id) c = c == ' ' ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
    ac.kind = a % 10 == 9 ? eg::ActorKind::kOrganization : eg::ActorKind::kPerson;
    ac.mentions = 1 + uint32_t(a * 7 % 40);
    ac.aliases = {last[a / 12]};
    x.actors.push_back(ac);
  }
  Lcg rng;
  date::sys_days start{date::year{2024} / 6 / 1};
  for (int i = 0; i < n_events; ++i) {
    eg::Event e;
    char id[16];
    std::snprintf(id, sizeof id, "ev-%04d", i + 1);
    e.id = id;
    e.type = types[rng.Next(6)];
    e.interaction = e.type != "statement";
    uint32_t r = rng.Next(100);
    if (r < 3) e.date = std::to_string(1950 + rng.Next(60));
    else if (r < 8) e.date = "";
    else if (r < 14) e.date = eg::FormatDate(date::year_month_day{start + date::days{rng.Next(420)}}).substr(0, 7);
    else e.date = eg::FormatDate(date::year_month_day{start + date::days{rng.Next(420)}});
    uint32_t st = rng.Next(20);
    e.status = st < 15 ? eg::EventStatus::kOccurred : st < 17 ? eg::EventStatus::kPlanned
               : st < 19 ? eg::EventStatus::kProposed : eg::EventStatus::kNegated;
    // Popular actors take part more often, as in news.
    int n = e.interaction ? 2 + (rng.Next(10) == 0 ? int(rng.Next(5)) : 0) : 1;
    while (int(e.participants.size()) < n) {
      uint32_t a = rng.Next(120) * rng.Next(120) / 120;
      const std::string& aid = x.actors[a].id;
      if (std::find(e.participants.begin(), e.participants.end(), aid) == e.participants.end())
        e.participants.push_back(aid);
    }
    e.place = places[rng.Next(7)];
    e.summary = e.participants.size() > 1
                    ? e.type + " of " + e.participants[0] + " and " + e.participants[1]
                    : e.participants[0] + " " + e.type;
    std::string sentence = "On that day " + e.participants[0] + " held a " + e.type +
                           (e.participants.size() > 1 ? " with " + e.participants[1] : "") + ".";
    for (uint32_t m = 0, k = 1 + rng.Next(3); m < k; ++m) {
      uint32_t start_off = rng.Next(5000);
      e.mentions.push_back({std::string(x.documents[rng.Next(200)].id), start_off,
                            start_off + uint32_t(sentence.size()), sentence});
    }
    x.events.push_back(std::move(e));
  }
  return x;
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 1000;
  std::string out = argc > 2 ? argv[2]
                             : (std::filesystem::temp_directory_path() / "eg_render_bench").string();
  auto t0 = std::chrono::steady_clock::now();
  eg::EventGraph g = eg::BuildGraph(Synthetic(n));
  auto t1 = std::chrono::steady_clock::now();
  std::vector<std::string> written;
  eg::Status s = eg::WriteOutputs(g, eg::RenderOptions(), out, &written);
  auto t2 = std::chrono::steady_clock::now();
  if (!s.ok()) {
    std::fprintf(stderr, "render_bench: %s\n", s.message().c_str());
    return 1;
  }
  double build = std::chrono::duration<double>(t1 - t0).count();
  double render = std::chrono::duration<double>(t2 - t1).count();
  std::printf("render_bench: %d events, %zu actors, %zu edges: graph %.3f s, WriteOutputs %.3f s "
              "(%zu files in %s)%s\n",
              n, boost::num_vertices(g), boost::num_edges(g), build, render, written.size(),
              out.c_str(), render < 2.0 ? "" : "  OVER the 2 s target");
  return 0;
}
