// A feature lead sets the story's day but names no person, only describes
// its subject by office ("It was a busy Tuesday for a president who ...",
// "The ministers of A and B gathered on Tuesday"): the persons the next
// sentence introduces by title are the ones whose day the story tells, so
// an undated interaction of theirs later in the story happened that day. A
// lead that describes no one ("The summit ended on Tuesday.") hands on
// nothing. Where the sentences just before an
// interaction moved the narrative to another past day ("The day had begun
// on Monday night ..."), the lead does not date it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

const char* kStory =
    "It was a crowded Tuesday for a prime minister who had spent the morning in parliament. "
    "Prime Minister Ana Ruiz received Tomas Berg at her office. "
    "Ruiz also met Lena Okafor, whom she called an old ally.";

TEST(NewsNamelessLead, NextSentencePersonsTakeTheLeadDay) {
  Doc d(kStory, "2025-03-12");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Tomas Berg", "Tomas Berg")
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .M("Lena Okafor", "Lena Okafor")
      .T("Tuesday", "2025-03-11");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) EXPECT_EQ(e.date, "2025-03-11") << e.Text();
}

TEST(NewsNamelessLead, ALeadOfCountriesOnlyHandsTheDayToTheNextSentencesPersons) {
  // "The trade ministers of Norland and Ostland gathered on Tuesday": the
  // countries stand for their ministers, named next.
  Doc d("The trade ministers of Norland and Ostland gathered in a lakeside hotel on Tuesday. "
        "Norland's trade minister Ana Ruiz received Tomas Berg for a working breakfast. "
        "Ruiz later flew home.",
        "2025-03-12");
  d.M("Norland", "Norland", ActorKind::kCountry)
      .M("Ostland", "Ostland", ActorKind::kCountry)
      .M("Ana Ruiz", "Ana Ruiz")
      .M("Tomas Berg", "Tomas Berg")
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .T("Tuesday", "2025-03-11");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-03-11");
}

TEST(NewsNamelessLead, ALeadDescribingNoOneHandsOnNothing) {
  Doc d("The trade fair in Porto closed on Tuesday with record sales. "
        "Prime Minister Ana Ruiz received Tomas Berg at her office.\n\n"
        "Ruiz also met Lena Okafor.",
        "2025-03-12");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Tomas Berg", "Tomas Berg")
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .M("Lena Okafor", "Lena Okafor")
      .T("Tuesday", "2025-03-11");
  for (const auto& e : d.Interactions()) {
    if (e.Text().find("Okafor") != std::string::npos) {
      EXPECT_EQ(e.date, "") << e.Text();
    }
  }
}

TEST(NewsNamelessLead, AnotherPastDayJustToldKeepsItsOwnScene) {
  Doc d("Prime Minister Ana Ruiz spent a crowded Tuesday in parliament. "
        "In the evening she received Tomas Berg at her office. "
        "The week had begun badly on Sunday night, when her car broke down in the rain. "
        "Ruiz telephoned Lena Okafor from the roadside.",
        "2025-03-12");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Tomas Berg", "Tomas Berg")
      .M("she", "Ana Ruiz")
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .M("Lena Okafor", "Lena Okafor")
      .T("Tuesday", "2025-03-11")
      .T("Sunday night", "2025-03-09");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) {
    if (e.Text().find("roadside") != std::string::npos)
      EXPECT_NE(e.date, "2025-03-11") << e.Text();
    else
      EXPECT_EQ(e.date, "2025-03-11") << e.Text();
  }
}

}  // namespace
}  // namespace eg
