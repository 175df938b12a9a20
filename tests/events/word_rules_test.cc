// The extractor's rules that read open word classes from
// data/triggers/word_classes.tsv (hosting, taking place, schedules,
// measures, a future in the past, call media), on short sentences with hand-placed actors.
#include "events/event.h"
#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(WordRules, WhoeverHostsTheTalksTakesPart) {
  for (const char* text : {"Rubio and Lavrov met in talks hosted by Erdogan.",
                           "Rubio and Lavrov met in talks, organised by Erdogan, on Monday."}) {
    Doc d(text);
    d.M("Rubio", "Marco Rubio").M("Lavrov", "Sergei Lavrov").M("Erdogan", "Recep Tayyip Erdogan");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Marco Rubio", "Sergei Lavrov", "Recep Tayyip Erdogan"}))
        << text;
  }
  // Not a verb of hosting: the agent is no party.
  Doc d("Rubio and Lavrov met in talks criticised by Erdogan.");
  d.M("Rubio", "Marco Rubio").M("Lavrov", "Sergei Lavrov").M("Erdogan", "Recep Tayyip Erdogan");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Marco Rubio", "Sergei Lavrov"}));
}

TEST(WordRules, WordsAfterTheNounCarryItsStatus) {
  struct Case {
    const char* text;
    EventStatus status;
  } cases[] = {
      {"The meeting between Rubio and Lavrov did not take place.", EventStatus::kNegated},
      {"The meeting between Rubio and Lavrov could happen.", EventStatus::kHypothetical},
      // Scheduled without a date: only proposed.
      {"The meeting between Rubio and Lavrov is expected.", EventStatus::kProposed},
      // Not about whether it happens: the modal frames something else.
      {"The meeting between Rubio and Lavrov could be tense.", EventStatus::kOccurred},
  };
  for (const Case& c : cases) {
    Doc d(c.text);
    d.M("Rubio", "Marco Rubio").M("Lavrov", "Sergei Lavrov");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << c.text;
    EXPECT_EQ(ev[0].status, c.status) << c.text;
  }
}

TEST(WordRules, TheSubjectOfAMeasureOfTalksTakesPart) {
  Doc d("Rubio held three days of talks with Lavrov.");
  d.M("Rubio", "Marco Rubio").M("Lavrov", "Sergei Lavrov");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Marco Rubio", "Sergei Lavrov"}));
}

TEST(WordRules, WouldAfterAVerbOfSayingInThePastIsPlanned) {
  Doc d("Erdogan said he would meet Putin on Friday.", "2025-08-20");
  d.M("Erdogan", "Recep Tayyip Erdogan").M("Putin", "Vladimir Putin").T("Friday", "2025-08-22");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  Doc h("Erdogan says he would meet Putin on Friday.", "2025-08-20");
  h.M("Erdogan", "Recep Tayyip Erdogan").M("Putin", "Vladimir Putin").T("Friday", "2025-08-22");
  ev = h.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kHypothetical);
}

TEST(WordRules, TalksByVideoAreACall) {
  Doc d("Rubio held talks with Lavrov by video link.");
  d.M("Rubio", "Marco Rubio").M("Lavrov", "Sergei Lavrov");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
}

}  // namespace
}  // namespace eg
