// MentionSpill: mentions written to the unlinked temporary file come back
// whole, in order, filtered by merge rank; a directory that cannot take the
// file is a Status naming it.
#include "events/mention_spill.h"

#include <gtest/gtest.h>

#include <memory>

namespace eg {
namespace {

EventMention Mention(int i, size_t text_bytes = 0) {
  EventMention m;
  m.type = i % 2 ? "meeting" : "statement";
  m.interaction = i % 2;
  m.date = i % 3 == 0 ? "" : "2025-08-" + std::to_string(10 + i % 20);
  m.date_text = m.date.empty() ? "" : "on the " + std::to_string(10 + i % 20) + "th";
  m.status = EventStatus(i % 5);
  m.participants = {uint32_t(i), uint32_t(i + 1), uint32_t(i * 7)};
  m.place = i % 4 ? "" : "Geneva";
  m.start = uint32_t(i * 100);
  m.end = uint32_t(i * 100 + 50);
  std::string text = text_bytes ? std::string(text_bytes, 'x') : "Sentence number " + std::to_string(i) + ".";
  m.text = std::make_shared<const std::string>(text);
  m.sentence = uint32_t(i);
  m.trigger_first = 2;
  m.trigger_end = 3;
  m.trigger = "met";
  m.date_inherited = i % 6 == 1;
  m.headline = i % 7 == 2;
  m.anterior = i % 8 == 3;
  return m;
}

void ExpectSame(const EventMention& a, const EventMention& b) {
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.interaction, b.interaction);
  EXPECT_EQ(a.date, b.date);
  EXPECT_EQ(a.date_text, b.date_text);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.participants, b.participants);
  EXPECT_EQ(a.place, b.place);
  EXPECT_EQ(a.start, b.start);
  EXPECT_EQ(a.end, b.end);
  EXPECT_EQ(a.Text(), b.Text());
  EXPECT_EQ(a.sentence, b.sentence);
  EXPECT_EQ(a.trigger_first, b.trigger_first);
  EXPECT_EQ(a.trigger_end, b.trigger_end);
  EXPECT_EQ(a.trigger, b.trigger);
  EXPECT_EQ(a.date_inherited, b.date_inherited);
  EXPECT_EQ(a.headline, b.headline);
  EXPECT_EQ(a.anterior, b.anterior);
}

struct Seen {
  size_t doc;
  std::string doc_id;
  EventMention m;
};

TEST(MentionSpill, MentionsComeBackInOrderAcrossManyChunks) {
  MentionSpill spill;
  ASSERT_TRUE(spill.Open().ok());
  // Some 4000 mentions (more than one 256 KB chunk), one text larger than a
  // chunk, documents without mentions skipped.
  std::vector<std::pair<size_t, EventMention>> want;
  for (int d = 0; d < 400; ++d) {
    std::vector<EventMention> ms;
    for (int k = 0; d % 3 != 0 && k < 15; ++k)
      ms.push_back(Mention(d * 15 + k, d == 200 && k == 0 ? (600u << 10) : 0));
    for (const auto& m : ms) want.push_back({size_t(d), m});
    spill.Add(size_t(d), "doc" + std::to_string(d), ms);
  }
  EXPECT_EQ(spill.mentions(), want.size());
  EXPECT_EQ(spill.documents(), 266u);
  std::vector<Seen> got;
  ASSERT_TRUE(spill.ForEach(-1, [&](size_t d, const std::string& id, const EventMention& m) {
                       got.push_back({d, id, m});
                     }).ok());
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].doc, want[i].first);
    EXPECT_EQ(got[i].doc_id, "doc" + std::to_string(want[i].first));
    ExpectSame(got[i].m, want[i].second);
  }
  // Each rank's pass sees exactly that rank's mentions, in the same order.
  for (int rank = 0; rank < 3; ++rank) {
    std::vector<const EventMention*> expect;
    for (const auto& w : want)
      if (MergeRank(w.second) == rank) expect.push_back(&w.second);
    size_t n = 0;
    ASSERT_TRUE(spill.ForEach(rank, [&](size_t, const std::string&, const EventMention& m) {
                         ASSERT_LT(n, expect.size());
                         EXPECT_EQ(m.start, expect[n]->start);
                         EXPECT_EQ(MergeRank(m), rank);
                         ++n;
                       }).ok());
    EXPECT_EQ(n, expect.size()) << rank;
  }
}

TEST(MentionSpill, AKeptTextStaysAsReadAndPoolsThroughSharedText) {
  MentionSpill spill;
  ASSERT_TRUE(spill.Open().ok());
  EventMention other = Mention(2);
  other.text = std::make_shared<const std::string>("A different sentence.");
  spill.Add(0, "a", {Mention(1), Mention(1), other});
  std::vector<std::shared_ptr<const std::string>> kept;
  std::vector<std::string> seen;
  std::vector<SharedText> pooled;
  ASSERT_TRUE(spill.ForEach(-1, [&](size_t, const std::string&, const EventMention& m) {
                       if (seen.empty()) kept.push_back(m.text);  // only the first
                       seen.emplace_back(m.Text());
                       pooled.emplace_back(m.Text());
                     }).ok());
  ASSERT_EQ(seen.size(), 3u);
  ASSERT_EQ(kept.size(), 1u);
  // The kept buffer was not reused for the texts read after it.
  EXPECT_EQ(*kept[0], seen[0]);
  EXPECT_EQ(seen[0], seen[1]);
  EXPECT_EQ(seen[2], "A different sentence.");
  // SharedText gives one buffer for one sentence.
  EXPECT_EQ(&pooled[0].str(), &pooled[1].str());
  EXPECT_NE(&pooled[0].str(), &pooled[2].str());
}

TEST(MentionSpill, UnusableDirectoryIsAStatusNamingIt) {
  MentionSpill spill;
  Status s = spill.Open("/nonexistent-eventgraph-dir");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent-eventgraph-dir"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("TMPDIR"), std::string::npos) << s.message();
  spill.Add(0, "a", {Mention(1)});  // ignored, not a crash
  EXPECT_FALSE(spill.ForEach(-1, [](size_t, const std::string&, const EventMention&) {}).ok());
}

}  // namespace
}  // namespace eg
