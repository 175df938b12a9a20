// MergeEvents(), sixth round: an undated second mention of the very same
// participants in the same document is the dated event again, even where it
// names the place more closely.
#include "events/event.h"
#include "fixture.h"

namespace eg {
namespace {

using testing::MergeDoc;

TEST(Merge6, AnUndatedMentionAgainNamesThePlaceMoreClosely) {
  MergeDoc d;
  d.Add("2025-08-15", {0, 1}, 0, "Alaska");
  d.Add("", {0, 1}, 100, "Anchorage");
  auto ev = MergeEvents(d.docs, d.table);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-15");
  EXPECT_EQ(ev[0].mentions.size(), 2u);
}

TEST(Merge6, OnlyTheVerySameParticipantsAndNotAnEarlierOccasion) {
  // A third person: another occasion may be meant.
  MergeDoc d;
  d.Add("2025-08-15", {0, 1}, 0, "Alaska");
  d.Add("", {0, 1, 2}, 100, "Anchorage");
  EXPECT_EQ(MergeEvents(d.docs, d.table).size(), 2u);
  // Told as earlier than the narrative ("had met in Anchorage").
  MergeDoc e;
  e.Add("2025-08-15", {0, 1}, 0, "Alaska");
  e.Add("", {0, 1}, 100, "Anchorage", /*anterior=*/true);
  EXPECT_EQ(MergeEvents(e.docs, e.table).size(), 2u);
  // Two dated reports in different places stay two.
  MergeDoc f;
  f.Add("2025-08-15", {0, 1}, 0, "Alaska");
  f.Add("2025-08-18", {0, 1}, 100, "Washington");
  EXPECT_EQ(MergeEvents(f.docs, f.table).size(), 2u);
}

}  // namespace
}  // namespace eg
