// MergeEvents(), seventh round: an undated report in the pluperfect ("he and
// Y had been talking") is the very same pair's event dated before the
// publication date, never one of the publication day.
#include "events/event.h"
#include "fixture.h"

namespace eg {
namespace {

struct PairDoc {
  std::vector<DocEvents> docs{{"a", {}}};
  ActorTable table;
  explicit PairDoc(const char* dct) {
    docs[0].dct = dct;
    table.entity_to_actor.NewRow();
    for (const char* n : {"Ana Ruiz", "Ben Okafor", "Carl Dunn"}) {
      Actor a;
      a.name = n;
      a.id = n;
      table.actors.push_back(a);
      table.entity_to_actor.PushTo(0, uint32_t(table.actors.size() - 1));
    }
  }
  void Add(const std::string& date, std::vector<uint32_t> who, uint32_t start,
           bool anterior = false) {
    EventMention m;
    m.type = "meeting";
    m.interaction = true;
    m.date = date;
    m.participants = std::move(who);
    m.start = start;
    m.end = start + 10;
    m.anterior = anterior;
    m.text = std::make_shared<const std::string>("sentence at " + std::to_string(start));
    docs[0].mentions.push_back(m);
  }
};

TEST(Merge7, APluperfectReportIsThePairsEarlierDatedEvent) {
  PairDoc d("2025-08-26");
  d.Add("2025-08-07", {0, 1}, 0);
  d.Add("2025-08-26", {0, 1}, 100);
  d.Add("", {1, 0}, 200, /*anterior=*/true);
  auto ev = MergeEvents(d.docs, d.table);
  ASSERT_EQ(ev.size(), 2u);
  for (const Event& e : ev) EXPECT_EQ(e.mentions.size(), e.date == "2025-08-07" ? 2u : 1u);
}

TEST(Merge7, NotThePublicationDaysNorAnotherSetNorWithoutADct) {
  // Only an event of the publication day: the pluperfect tells another one.
  PairDoc d("2025-08-26");
  d.Add("2025-08-26", {0, 1}, 0);
  d.Add("", {0, 1}, 100, true);
  EXPECT_EQ(MergeEvents(d.docs, d.table).size(), 2u);
  // A third person: another occasion may be meant.
  PairDoc t("2025-08-26");
  t.Add("2025-08-07", {0, 1}, 0);
  t.Add("", {0, 1, 2}, 100, true);
  EXPECT_EQ(MergeEvents(t.docs, t.table).size(), 2u);
  // No publication date: nothing tells the event is earlier.
  PairDoc n("");
  n.Add("2025-08-07", {0, 1}, 0);
  n.Add("", {0, 1}, 100, true);
  EXPECT_EQ(MergeEvents(n.docs, n.table).size(), 2u);
}

}  // namespace
}  // namespace eg
