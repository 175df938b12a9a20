// MergeEvents(), sixth round: an undated second mention of the very same
// participants in the same document is the dated event again, even where it
// names the place more closely.
#include "events/event.h"
#include "fixture.h"

namespace eg {
namespace {

struct OneDoc {
  std::vector<DocEvents> docs{{"a", {}}};
  ActorTable table;
  OneDoc() {
    table.entity_to_actor.NewRow();
    for (const char* n : {"Ana Ruiz", "Ben Okafor", "Carl Dunn"}) {
      Actor a;
      a.name = n;
      a.id = n;
      table.actors.push_back(a);
      table.entity_to_actor.PushTo(0, uint32_t(table.actors.size() - 1));
    }
  }
  void Add(const std::string& date, std::vector<uint32_t> who, const std::string& place,
           uint32_t start, bool anterior = false) {
    EventMention m;
    m.type = "meeting";
    m.interaction = true;
    m.date = date;
    m.place = place;
    m.participants = std::move(who);
    m.start = start;
    m.end = start + 10;
    m.anterior = anterior;
    m.text = std::make_shared<const std::string>("sentence at " + std::to_string(start));
    docs[0].mentions.push_back(m);
  }
};

TEST(Merge6, AnUndatedMentionAgainNamesThePlaceMoreClosely) {
  OneDoc d;
  d.Add("2025-08-15", {0, 1}, "Alaska", 0);
  d.Add("", {0, 1}, "Anchorage", 100);
  auto ev = MergeEvents(d.docs, d.table);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-15");
  EXPECT_EQ(ev[0].mentions.size(), 2u);
}

TEST(Merge6, OnlyTheVerySameParticipantsAndNotAnEarlierOccasion) {
  // A third person: another occasion may be meant.
  OneDoc d;
  d.Add("2025-08-15", {0, 1}, "Alaska", 0);
  d.Add("", {0, 1, 2}, "Anchorage", 100);
  EXPECT_EQ(MergeEvents(d.docs, d.table).size(), 2u);
  // Told as earlier than the narrative ("had met in Anchorage").
  OneDoc e;
  e.Add("2025-08-15", {0, 1}, "Alaska", 0);
  e.Add("", {0, 1}, "Anchorage", 100, /*anterior=*/true);
  EXPECT_EQ(MergeEvents(e.docs, e.table).size(), 2u);
  // Two dated reports in different places stay two.
  OneDoc f;
  f.Add("2025-08-15", {0, 1}, "Alaska", 0);
  f.Add("2025-08-18", {0, 1}, "Washington", 100);
  EXPECT_EQ(MergeEvents(f.docs, f.table).size(), 2u);
}

}  // namespace
}  // namespace eg
