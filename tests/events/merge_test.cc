// MergeEvents(): reports of one event joined within and across documents.
#include "events/event.h"
#include "events/mention_spill.h"
#include "fixture.h"

namespace eg {
namespace {

// A corpus of documents whose entities are named; actors are merged by name.
struct Corpus {
  std::vector<DocEvents> docs;
  ActorTable table;
  std::vector<std::map<std::string, uint32_t>> entity_of;

  size_t AddDoc(const std::string& id) {
    docs.push_back({id, {}});
    table.entity_to_actor.NewRow();
    entity_of.emplace_back();
    return docs.size() - 1;
  }
  uint32_t Entity(size_t d, const std::string& name) {
    auto it = entity_of[d].find(name);
    if (it != entity_of[d].end()) return it->second;
    uint32_t actor = uint32_t(table.actors.size());
    for (size_t a = 0; a < table.actors.size(); ++a)
      if (table.actors[a].name == name) actor = uint32_t(a);
    if (actor == table.actors.size()) {
      Actor a;
      a.name = name;
      a.id = name;
      for (auto& c : a.id) c = c == ' ' ? '-' : char(std::tolower(c));
      table.actors.push_back(a);
    }
    uint32_t e = uint32_t(table.entity_to_actor[d].size());
    table.entity_to_actor.PushTo(d, actor);
    entity_of[d][name] = e;
    return e;
  }
  EventMention& Add(size_t d, const std::string& type, const std::string& date,
                    std::vector<std::string> who, uint32_t start,
                    EventStatus status = EventStatus::kOccurred, const std::string& place = "") {
    EventMention m;
    m.type = type;
    m.interaction = type == "meeting" || type == "call" || type == "talks";
    m.date = date;
    m.status = status;
    m.place = place;
    for (const auto& n : who) m.participants.push_back(Entity(d, n));
    m.start = start;
    m.end = start + 10;
    m.text = std::make_shared<const std::string>("sentence at " + std::to_string(start));
    docs[d].mentions.push_back(m);
    return docs[d].mentions.back();
  }
  std::vector<Event> Merge() const { return MergeEvents(docs, table); }
};

TEST(Merge, WithinADocumentOneEventManyMentions) {
  Corpus c;
  size_t a = c.AddDoc("a");
  c.Add(a, "meeting", "2025-08-15", {"Donald Trump", "Vladimir Putin"}, 0);
  c.Add(a, "meeting", "2025-08-15", {"Vladimir Putin", "Donald Trump"}, 100);
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].mentions.size(), 2u);
  EXPECT_EQ(ev[0].id, "ev-0001");
}

TEST(Merge, AcrossDocumentsAndSubsetParticipants) {
  Corpus c;
  size_t a = c.AddDoc("a"), b = c.AddDoc("b");
  c.Add(a, "meeting", "2025-08-18", {"Donald Trump", "Volodymyr Zelensky"}, 0);
  c.Add(b, "talks", "2025-08-18",
        {"Donald Trump", "Volodymyr Zelensky", "Emmanuel Macron"}, 40);
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");  // talks fits the more specific type
  EXPECT_EQ(ev[0].participants.size(), 3u);
  ASSERT_EQ(ev[0].mentions.size(), 2u);
  EXPECT_EQ(ev[0].mentions[0].doc, "a");
  EXPECT_EQ(ev[0].mentions[1].doc, "b");
  EXPECT_EQ(ev[0].mentions[1].start, 40u);
}

TEST(Merge, RefinedDateJoinsAndTheDayWins) {
  Corpus c;
  size_t a = c.AddDoc("a"), b = c.AddDoc("b");
  c.Add(a, "call", "2025-05", {"Donald Trump", "Vladimir Putin"}, 0);
  c.Add(b, "call", "2025-05-19", {"Donald Trump", "Vladimir Putin"}, 0);
  c.Add(b, "call", "2025-05-19", {"Donald Trump", "Vladimir Putin"}, 50);
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-05-19");
  EXPECT_EQ(ev[0].alt_dates, std::vector<std::string>{"2025-05"});
}

TEST(Merge, DisagreeingDatesBestSupportedWins) {
  Corpus c;
  size_t a = c.AddDoc("a"), b = c.AddDoc("b"), d = c.AddDoc("d");
  c.Add(a, "meeting", "2025-08-18", {"Donald Trump", "Volodymyr Zelensky"}, 0);
  c.Add(b, "meeting", "2025-08-17", {"Donald Trump", "Volodymyr Zelensky"}, 0);
  c.Add(d, "meeting", "2025-08-18", {"Donald Trump", "Volodymyr Zelensky"}, 0);
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-18");
  EXPECT_EQ(ev[0].alt_dates, std::vector<std::string>{"2025-08-17"});
  EXPECT_EQ(ev[0].mentions.size(), 3u);
}

TEST(Merge, DistinctEventsStayDistinct) {
  Corpus c;
  size_t a = c.AddDoc("a");
  // A call and a meeting on the same day.
  c.Add(a, "call", "2025-08-18", {"Donald Trump", "Vladimir Putin"}, 0);
  c.Add(a, "meeting", "2025-08-18", {"Donald Trump", "Vladimir Putin"}, 50);
  // Other participants, same day and type.
  c.Add(a, "meeting", "2025-08-18", {"Donald Trump", "Volodymyr Zelensky"}, 100);
  // Same pair a week later.
  c.Add(a, "meeting", "2025-08-25", {"Donald Trump", "Vladimir Putin"}, 150);
  // Within one document even a day apart is another meeting.
  c.Add(a, "meeting", "2025-08-26", {"Donald Trump", "Vladimir Putin"}, 200);
  EXPECT_EQ(c.Merge().size(), 5u);
}

TEST(Merge, AssertedAndProposedStayApart) {
  Corpus c;
  size_t a = c.AddDoc("a");
  c.Add(a, "meeting", "", {"Donald Trump", "Vladimir Putin"}, 0);
  c.Add(a, "meeting", "", {"Donald Trump", "Vladimir Putin"}, 50, EventStatus::kProposed);
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 2u);
}

TEST(Merge, UndatedJoinsOnlyWithinItsDocument) {
  Corpus c;
  size_t a = c.AddDoc("a"), b = c.AddDoc("b");
  c.Add(a, "meeting", "", {"Donald Trump", "Vladimir Putin"}, 0);
  c.Add(a, "meeting", "2025-08-15", {"Donald Trump", "Vladimir Putin"}, 50);
  c.Add(b, "meeting", "", {"Donald Trump", "Vladimir Putin"}, 0);
  // Undated, a subset: "he met Zelensky alone" is not the big meeting.
  c.Add(a, "meeting", "2025-08-18",
        {"Donald Trump", "Volodymyr Zelensky", "Keir Starmer"}, 100);
  c.Add(a, "meeting", "", {"Donald Trump", "Volodymyr Zelensky"}, 150);
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 4u);
  EXPECT_EQ(ev[0].date, "2025-08-15");
  EXPECT_EQ(ev[0].mentions.size(), 2u);
  EXPECT_TRUE(ev[2].date.empty());
  EXPECT_TRUE(ev[3].date.empty());
}

// The merge looks only at events whose date may fit a dated report, and at
// events of its own document for an undated one: among many events of the
// same pair, each report still finds its own.
TEST(Merge, AmongManyEventsOfAPairEachReportFindsItsOwn) {
  Corpus c;
  std::vector<size_t> docs;
  for (int month = 1; month <= 9; ++month) {
    docs.push_back(c.AddDoc("m" + std::to_string(month)));
    c.Add(docs.back(), "meeting", "2025-0" + std::to_string(month) + "-10",
          {"Donald Trump", "Vladimir Putin"}, 0);
  }
  size_t late = c.AddDoc("late");
  c.Add(late, "meeting", "2025-05-11", {"Donald Trump", "Vladimir Putin"}, 0);  // a day off
  c.Add(docs[2], "meeting", "", {"Vladimir Putin", "Donald Trump"}, 80);  // March's, again
  size_t month_only = c.AddDoc("month");
  c.Add(month_only, "meeting", "2025-07", {"Donald Trump", "Vladimir Putin"}, 0);
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 9u);
  for (const Event& e : ev) {
    if (e.date == "2025-05-10") {
      ASSERT_EQ(e.mentions.size(), 2u);
      EXPECT_EQ(e.mentions[1].doc, "late");
    } else if (e.date == "2025-03-10") {
      ASSERT_EQ(e.mentions.size(), 2u);
      EXPECT_EQ(e.mentions[1].doc, "m3");
    } else if (e.date == "2025-07-10") {
      ASSERT_EQ(e.mentions.size(), 2u);
      EXPECT_EQ(e.mentions[1].doc, "month");
    } else {
      EXPECT_EQ(e.mentions.size(), 1u) << e.date;
    }
  }
}

TEST(Merge, DifferentPlacesKeepReportsApart) {
  Corpus c;
  size_t a = c.AddDoc("a"), b = c.AddDoc("b");
  c.Add(a, "talks", "2025-05", {"Russia", "Ukraine"}, 0, EventStatus::kOccurred, "Istanbul");
  c.Add(b, "talks", "2025-05", {"Russia", "Ukraine"}, 0, EventStatus::kOccurred, "Riyadh");
  EXPECT_EQ(c.Merge().size(), 2u);
}

TEST(Merge, SortedByDateWithIdsAndSummaries) {
  Corpus c;
  size_t a = c.AddDoc("a");
  c.Add(a, "call", "", {"Emmanuel Macron", "Olaf Scholz"}, 0);
  c.Add(a, "meeting", "2025-08-15", {"Donald Trump", "Vladimir Putin"}, 10,
        EventStatus::kOccurred, "Anchorage");
  c.Add(a, "meeting", "1985-11", {"Ronald Reagan", "Mikhail Gorbachev"}, 20);
  c.Add(a, "meeting", "", {"Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"}, 30,
        EventStatus::kProposed);
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 4u);
  EXPECT_EQ(ev[0].date, "1985-11");
  EXPECT_EQ(ev[1].id, "ev-0002");
  EXPECT_EQ(ev[1].summary, "Donald Trump meets Vladimir Putin in Anchorage");
  EXPECT_EQ(ev[1].participants, (std::vector<std::string>{"donald-trump", "vladimir-putin"}));
  EXPECT_TRUE(ev[2].date.empty());
  EXPECT_EQ(ev[2].summary, "Emmanuel Macron speaks by phone with Olaf Scholz");
  EXPECT_EQ(ev[3].summary,
            "Proposed meeting of Donald Trump, Vladimir Putin and Volodymyr Zelensky");
}

TEST(Merge, EndToEndFromSentences) {
  testing::Doc d1("Trump met Putin in Anchorage on Friday. That meeting ended without a deal.",
                  "2025-08-17", "d1");
  d1.M("Trump", "Donald Trump").M("Putin", "Vladimir Putin").T("Friday", "2025-08-15");
  testing::Doc d2("The summit between Trump and Putin took place on August 15.", "2025-08-20",
                  "d2");
  d2.M("Trump", "Donald Trump").M("Putin", "Vladimir Putin").T("August 15", "2025-08-15");
  std::vector<DocEvents> docs = {{"d1", d1.Interactions()}, {"d2", d2.Interactions()}};
  ActorTable t;
  t.actors = {{"donald-trump", "Donald Trump", ActorKind::kPerson, {}, 0, ""},
              {"vladimir-putin", "Vladimir Putin", ActorKind::kPerson, {}, 0, ""}};
  t.entity_to_actor = {{0, 1}, {0, 1}};
  auto ev = MergeEvents(docs, t);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].mentions.size(), 3u);
  EXPECT_EQ(ev[0].date, "2025-08-15");
  EXPECT_EQ(ev[0].place, "Anchorage");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Merge, HeadlinesOnlyAddAMention) {
  Corpus c;
  size_t a = c.AddDoc("a");
  c.Add(a, "call", "2022-02-20", {"Emmanuel Macron", "Vladimir Putin"}, 100);
  c.Add(a, "call", "2022-02-20", {"Emmanuel Macron", "Joe Biden"}, 200);
  // "Macron speaks to Putin and Biden" as the title.
  c.Add(a, "talks", "", {"Emmanuel Macron", "Vladimir Putin", "Joe Biden"}, 0).headline = true;
  // A title about something the article does not report is left out.
  c.Add(a, "meeting", "", {"Xi Jinping", "Lula da Silva"}, 50).headline = true;
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 2u);
  size_t mentions = ev[0].mentions.size() + ev[1].mentions.size();
  EXPECT_EQ(mentions, 3u);
  EXPECT_EQ(ev[0].participants.size(), 2u);
  EXPECT_EQ(ev[1].participants.size(), 2u);
}

TEST(Merge, AHeadlineDoesNotMakeAPlannedEventOccurred) {
  Corpus c;
  size_t a = c.AddDoc("a");
  c.Add(a, "meeting", "2020-03-05", {"Recep Tayyip Erdogan", "Vladimir Putin"}, 100,
        EventStatus::kPlanned);
  // "Erdogan, Putin to meet in Istanbul": headlinese, read as occurred.
  c.Add(a, "meeting", "", {"Recep Tayyip Erdogan", "Vladimir Putin"}, 0).headline = true;
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].mentions.size(), 2u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

TEST(Merge, AHeadlineJoinsTheLedeDespiteACoarserPlace) {
  Corpus c;
  size_t a = c.AddDoc("a");
  c.Add(a, "meeting", "2016-03-21", {"Barack Obama", "Raul Castro"}, 100,
        EventStatus::kOccurred, "Revolution Palace");
  c.Add(a, "meeting", "2015-09", {"Barack Obama", "Raul Castro"}, 300);
  // "Obama meets Castro in Havana" as the title.
  c.Add(a, "meeting", "", {"Barack Obama", "Raul Castro"}, 0, EventStatus::kOccurred,
        "Havana").headline = true;
  auto ev = c.Merge();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) {
    if (e.date == "2016-03-21") {
      EXPECT_EQ(e.mentions.size(), 2u);
      EXPECT_EQ(e.place, "Revolution Palace");
    } else {
      EXPECT_EQ(e.mentions.size(), 1u);
      EXPECT_EQ(e.place, "");
    }
  }
}

// Documents without events may be left out of the input: each entry names
// its document, whose entities the actor table maps.
TEST(Merge, EntriesNameTheirDocumentWhenDocumentsAreLeftOut) {
  Corpus c;
  size_t a = c.AddDoc("a");
  size_t empty = c.AddDoc("quiet");
  size_t b = c.AddDoc("b");
  (void)empty;
  // Entities numbered differently in each document: Putin is entity 0 of b.
  c.Add(a, "meeting", "2025-08-15", {"Donald Trump", "Vladimir Putin"}, 0);
  c.Entity(b, "Vladimir Putin");
  c.Add(b, "meeting", "2025-08-15", {"Vladimir Putin", "Donald Trump"}, 40);
  std::vector<DocEvents> sparse = {c.docs[a], c.docs[b]};
  sparse[0].doc = a;
  sparse[1].doc = b;
  auto ev = MergeEvents(sparse, c.table);
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_EQ(ev[0].mentions.size(), 2u);
  EXPECT_EQ(ev[0].mentions[0].doc, "a");
  EXPECT_EQ(ev[0].mentions[1].doc, "b");
  EXPECT_EQ(ev[0].mentions[0].doc_index, a);
  EXPECT_EQ(ev[0].mentions[1].doc_index, b);
  EXPECT_EQ(ev[0].participants, (std::vector<std::string>{"donald-trump", "vladimir-putin"}));
  // Read at their positions instead, b's entities would be the quiet
  // document's (none): its report has no actors and is dropped.
  sparse[1].doc = DocEvents::kAtPosition;
  auto wrong = MergeEvents(sparse, c.table);
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_EQ(wrong[0].mentions.size(), 1u);
}

// The spilled merge reads the mentions back from disk: the same events as
// the merge of the mentions held in memory, undated reports and headlines
// included.
TEST(Merge, SpilledMentionsGiveTheSameEvents) {
  Corpus c;
  size_t a = c.AddDoc("a");
  size_t b = c.AddDoc("b");
  size_t q = c.AddDoc("quiet");
  size_t d = c.AddDoc("d");
  (void)q;
  c.Add(a, "meeting", "", {"Donald Trump", "Vladimir Putin"}, 0);
  c.Add(a, "meeting", "2025-08-15", {"Donald Trump", "Vladimir Putin"}, 30, EventStatus::kOccurred,
        "Anchorage");
  c.Add(b, "meeting", "2025-08-16", {"Vladimir Putin", "Donald Trump"}, 5);
  c.Add(b, "statement", "2025-08-17", {"Sergei Lavrov"}, 60);
  c.Add(d, "call", "2025-08", {"Donald Trump", "Volodymyr Zelensky"}, 9).headline = true;
  c.Add(d, "call", "2025-08-18", {"Donald Trump", "Volodymyr Zelensky"}, 80);
  std::vector<Event> want = c.Merge();

  MentionSpill spill;
  ASSERT_TRUE(spill.Open().ok());
  for (size_t k = 0; k < c.docs.size(); ++k) spill.Add(k, c.docs[k].doc_id, c.docs[k].mentions);
  std::vector<Event> got;
  ASSERT_TRUE(MergeSpilledEvents(&spill, c.table, &got).ok());
  ASSERT_EQ(got.size(), want.size());
  ASSERT_GE(want.size(), 3u);
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].id, want[i].id);
    EXPECT_EQ(got[i].type, want[i].type);
    EXPECT_EQ(got[i].date, want[i].date);
    EXPECT_EQ(got[i].alt_dates, want[i].alt_dates);
    EXPECT_EQ(got[i].place, want[i].place);
    EXPECT_EQ(got[i].participants, want[i].participants);
    EXPECT_EQ(got[i].summary, want[i].summary);
    ASSERT_EQ(got[i].mentions.size(), want[i].mentions.size());
    for (size_t k = 0; k < got[i].mentions.size(); ++k) {
      // Spilled, a mention names its document by index only.
      EXPECT_EQ(got[i].mentions[k].doc, "");
      EXPECT_EQ(got[i].mentions[k].doc_index, want[i].mentions[k].doc_index);
      EXPECT_EQ(c.docs[got[i].mentions[k].doc_index].doc_id, want[i].mentions[k].doc);
      EXPECT_EQ(got[i].mentions[k].start, want[i].mentions[k].start);
      EXPECT_EQ(got[i].mentions[k].text.str(), want[i].mentions[k].text.str());
    }
  }
}

}  // namespace
}  // namespace eg
