// EventStore: events written in output order come back whole, in any order,
// their mentions streamed in order, whether the store is in memory or
// spilled; the spilled merge writes the same events MergeEvents returns; a
// directory that cannot take the files is a Status naming it.
#include "events/event_store.h"

#include <gtest/gtest.h>

#include <memory>

#include "events/mention_spill.h"

namespace eg {
namespace {

Event MakeEvent(int i, int mentions, size_t text_bytes = 0) {
  Event e;
  e.id = "ev-" + std::to_string(i);
  e.type = i % 2 ? "meeting" : "statement";
  e.interaction = i % 2;
  e.date = i % 3 ? "2025-08-" + std::to_string(10 + i % 20) : "";
  if (i % 4 == 1) e.alt_dates = {"2025-08-01", "2025-08-02"};
  e.date_text = e.date.empty() ? "" : "on Tuesday";
  e.status = EventStatus(i % 5);
  e.participants = {"ann", "bob-" + std::to_string(i)};
  e.place = i % 2 ? "Geneva" : "";
  e.summary = "Ann meets Bob " + std::to_string(i);
  for (int k = 0; k < mentions; ++k) {
    SourceMention m;
    m.doc = "doc" + std::to_string(i * 100 + k);
    m.doc_index = uint32_t(i * 100 + k);
    m.start = uint32_t(k * 10);
    m.end = uint32_t(k * 10 + 9);
    m.text = text_bytes ? std::string(text_bytes, 'a' + k % 26)
                        : "Sentence " + std::to_string(k) + " of event " + std::to_string(i) + ".";
    e.mentions.push_back(m);
  }
  return e;
}

void ExpectSameFields(const Event& a, const Event& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.interaction, b.interaction);
  EXPECT_EQ(a.date, b.date);
  EXPECT_EQ(a.alt_dates, b.alt_dates);
  EXPECT_EQ(a.date_text, b.date_text);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.participants, b.participants);
  EXPECT_EQ(a.place, b.place);
  EXPECT_EQ(a.summary, b.summary);
}

std::vector<SourceMention> MentionsOf(EventStore::Reader* r, size_t i) {
  std::vector<SourceMention> out;
  r->ForEachMention(i, [&](const MentionRef& m) {
    SourceMention s;
    s.doc = std::string(m.doc);
    s.doc_index = m.doc_index;
    s.start = m.start;
    s.end = m.end;
    s.text = std::string(m.text);
    out.push_back(s);
    return true;
  });
  return out;
}

void ExpectSameMentions(const std::vector<SourceMention>& a, const std::vector<SourceMention>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].doc, b[k].doc) << k;
    EXPECT_EQ(a[k].doc_index, b[k].doc_index) << k;
    EXPECT_EQ(a[k].start, b[k].start) << k;
    EXPECT_EQ(a[k].end, b[k].end) << k;
    EXPECT_EQ(a[k].text.str(), b[k].text.str()) << k;
  }
}

class EventStoreTest : public ::testing::TestWithParam<bool> {};

// Many events (more than one write chunk), one whose mentions are larger
// than a read window, read forwards, backwards and with early stops.
TEST_P(EventStoreTest, EventsAndMentionsRoundTripInAnyOrder) {
  const bool spill = GetParam();
  EventStore store;
  if (spill) {
    ASSERT_TRUE(store.Spill().ok());
  }
  EXPECT_EQ(store.spilled(), spill);
  std::vector<Event> want;
  for (int i = 0; i < 3000; ++i) want.push_back(MakeEvent(i, i % 7, i == 1500 ? (40u << 10) : 0));
  for (const Event& e : want) store.Add(e);
  ASSERT_TRUE(store.Flush().ok());
  ASSERT_EQ(store.size(), want.size());
  EventStore::Reader r(store);
  for (size_t i = 0; i < want.size(); ++i) {
    ExpectSameFields(r.Get(i), want[i]);
    EXPECT_EQ(r.MentionCount(i), want[i].mentions.size());
    ExpectSameMentions(MentionsOf(&r, i), want[i].mentions);
  }
  for (size_t i = want.size(); i-- > 0;) ExpectSameFields(r.Get(i), want[i]);
  ExpectSameMentions(MentionsOf(&r, 1500), want[1500].mentions);
  // The visitor stops the walk.
  size_t seen = 0;
  r.ForEachMention(6, [&](const MentionRef&) { return ++seen < 2; });
  EXPECT_EQ(seen, 2u);
  // A copy reads the same events.
  EventStore copy = store;
  EventStore::Reader rc(copy);
  ExpectSameFields(rc.Get(2999), want[2999]);
  ExpectSameMentions(MentionsOf(&rc, 13), want[13].mentions);
  EXPECT_TRUE(store.status().ok());
}

INSTANTIATE_TEST_SUITE_P(InMemoryAndSpilled, EventStoreTest, ::testing::Bool());

TEST(EventStore, EncodedMentionsKeepTheirDocument) {
  EventStore store;
  ASSERT_TRUE(store.Spill().ok());
  Event e = MakeEvent(1, 0);
  store.BeginEvent(e);
  std::string record;
  for (int k = 0; k < 3; ++k) {
    MentionRef m;
    m.doc_index = uint32_t(k);
    m.doc = k == 1 ? "d1" : "dx";
    m.located = true;
    m.path = "corpus/a.txt";
    m.dct = k == 2 ? "" : "2025-08-15";
    m.start = 5;
    m.end = 40;
    m.text = "Ann met Bob.";
    record.clear();
    EncodeMention(m, &record);
    store.AddEncodedMention(record);
  }
  store.BeginEvent(MakeEvent(2, 0));  // no mentions
  ASSERT_TRUE(store.Flush().ok());
  EventStore::Reader r(store);
  ExpectSameFields(r.Get(0), e);
  EXPECT_TRUE(r.Get(0).mentions.empty());  // streamed, not attached
  EXPECT_EQ(r.MentionCount(0), 3u);
  EXPECT_EQ(r.MentionCount(1), 0u);
  std::vector<std::string> got;
  r.ForEachMention(0, [&](const MentionRef& m) {
    EXPECT_TRUE(m.located);
    EXPECT_EQ(m.path, "corpus/a.txt");
    EXPECT_EQ(m.text, "Ann met Bob.");
    got.push_back(std::string(m.doc) + "@" + std::to_string(m.doc_index) + " " + std::string(m.dct));
    return true;
  });
  EXPECT_EQ(got, (std::vector<std::string>{"dx@0 2025-08-15", "d1@1 2025-08-15", "dx@2 "}));
  r.ForEachMention(1, [&](const MentionRef&) {
    ADD_FAILURE() << "event 1 has no mention";
    return true;
  });
}

TEST(EventStore, UnusableDirectoryIsAStatusNamingIt) {
  EventStore store;
  Status s = store.Spill("/nonexistent-eventgraph-dir");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent-eventgraph-dir"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("merged events"), std::string::npos) << s.message();
  EXPECT_FALSE(store.spilled());
  // Still usable, in memory.
  store.Add(MakeEvent(3, 2));
  EXPECT_EQ(store.size(), 1u);
}

TEST(EventStore, SpillingANonEmptyStoreIsRefused) {
  EventStore store;
  store.Add(MakeEvent(3, 2));
  EXPECT_FALSE(store.Spill().ok());
  EXPECT_FALSE(store.spilled());
}

// The extractor's merge (spilled mentions in, spilled events out) gives the
// events MergeEvents gives, mentions citing their document's path and date.
// `pad` bytes are added to every sentence: the merge holds its mentions'
// first 2 MB in memory and the rest in a file, so a large pad reads back
// from both.
void ExpectSpilledMergeGivesMergeEvents(size_t pad) {
  ActorTable actors;
  for (const char* id : {"ann", "bob", "cy"}) {
    Actor a;
    a.id = id;
    a.name = id;
    actors.actors.push_back(a);
  }
  std::vector<DocEvents> docs;
  MentionSpill spill;
  ASSERT_TRUE(spill.Open().ok());
  for (int d = 0; d < 40; ++d) {
    DocEvents de;
    de.doc_id = "doc" + std::to_string(d);
    for (int k = 0; k < 3; ++k) {
      EventMention m;
      m.type = k == 2 ? "statement" : "meeting";
      m.interaction = k != 2;
      m.date = k == 1 ? "" : "2025-08-" + std::to_string(10 + d % 3);
      m.participants = {0, 1};
      m.start = uint32_t(k * 20);
      m.end = uint32_t(k * 20 + 15);
      m.sentence = uint32_t(k);
      m.text = std::make_shared<const std::string>("Ann met Bob, sentence " + std::to_string(k) +
                                                   std::string(pad, char('a' + d % 26)));
      de.mentions.push_back(m);
    }
    actors.entity_to_actor.NewRow();
    actors.entity_to_actor.PushTo(size_t(d), uint32_t(d % 2));
    actors.entity_to_actor.PushTo(size_t(d), uint32_t(1 + d % 2));
    DocumentInfo info{de.doc_id, "corpus/" + de.doc_id + ".txt", "2025-08-20", "marker"};
    spill.Add(size_t(d), info, de.mentions);
    docs.push_back(std::move(de));
  }
  const std::vector<Event> want = MergeEvents(docs, actors);
  ASSERT_FALSE(want.empty());
  EventStore store;
  Status s = MergeSpilledEvents(&spill, actors, &store);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_TRUE(store.spilled());
  ASSERT_EQ(store.size(), want.size());
  EventStore::Reader r(store);
  for (size_t i = 0; i < want.size(); ++i) {
    ExpectSameFields(r.Get(i), want[i]);
    ExpectSameMentions(MentionsOf(&r, i), want[i].mentions);
    r.ForEachMention(i, [&](const MentionRef& m) {
      EXPECT_TRUE(m.located);
      EXPECT_EQ(m.path, "corpus/" + std::string(m.doc) + ".txt");
      EXPECT_EQ(m.dct, "2025-08-20");
      return true;
    });
  }
}

TEST(EventStore, SpilledMergeWritesTheEventsMergeEventsReturns) { ExpectSpilledMergeGivesMergeEvents(0); }

TEST(EventStore, SpilledMergeReadsMentionsBackFromMemoryAndFromItsFile) {
  // 120 mentions of 20 KB: 2.4 MB, past what the merge holds in memory.
  ExpectSpilledMergeGivesMergeEvents(20000);
}

}  // namespace
}  // namespace eg
