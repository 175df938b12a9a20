// Dates of 2025 web news that the scene around a clause gives: a relative
// clause that only places its antecedent somewhere ("X, who was in Tirana
// on Friday, spoke with Y") dates the main clause's event; a sentence that
// names the parties of a dated interaction just told with a group ("X said
// on Saturday he had spoken with the leaders of A and B. X said he spoke
// with Y and Z.") takes its date; "Two days after the Oval Office" counts
// from the day the story gave the place; an event told in the past and
// dated after a publication date guessed from the text still occurred;
// "Two days after that, X met Y" counts from the date told last ("less than
// a week after that": its month); "That meeting -- between X and Y --"
// names the one just told of a group ("their diplomats would meet next
// week") and takes its date and status; a live blog's time stamp on a line
// of its own dates its entry until the entry names another time; "their
// first meeting since 2019" says the parties met in 2019, while "they
// have not met since the 2019 summit" only presupposes it; "X met Y in February and
// then again on March 13" tells two meetings; "The summit, compressed
// into a session on Wednesday morning, produced ..." is the occasion whose
// sidelines a later meeting was on.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsSceneDates, BeingThereRelativeClauseDatesTheMainEvent) {
  Doc d("Ruiz, who was in Varna for the summit on Friday, spoke by phone with Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(ev[0].date, "2025-05-16");

  Doc p("Ruiz, who is in Varna this week, met Okafor at the palace.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("this week", "2025-W20");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].date, "2025-W20");

  // A relative clause telling of another doing keeps its time to itself.
  Doc o("Ruiz, who was elected in Varna on Friday, spoke by phone with Okafor.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-05-16");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(eo[0].date, "");
}

TEST(NewsSceneDates, NamesOfAGroupJustToldTakeItsDate) {
  const char* lead = "Fighting went on along the border for a third day on Monday.\n\n";
  Doc d(std::string(lead) +
        "Ruiz said on Saturday he had spoken with the leaders of both countries. "
        "Ruiz said he spoke with Okafor and Tanaka.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.T("Monday", "2025-07-21").T("Saturday", "2025-07-26");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-07-26");

  // Without the group, a dated doing of the one party names no one to come.
  Doc n(std::string(lead) + "Ruiz spoke on Saturday at the rally. Ruiz said he spoke with Okafor.");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  n.T("Monday", "2025-07-21").T("Saturday", "2025-07-26");
  auto en = n.Interactions();
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].date, "");

  // Only the next sentence: further on, another occasion.
  Doc f(std::string(lead) +
        "Ruiz said on Saturday he had spoken with the leaders of both countries. "
        "The border stayed calm. Ruiz said he spoke with Okafor.");
  f.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  f.T("Monday", "2025-07-21").T("Saturday", "2025-07-26");
  auto ef = f.Interactions();
  ASSERT_EQ(ef.size(), 1u);
  EXPECT_EQ(ef[0].date, "");
}

TEST(NewsSceneDates, APlaceStandsForTheOccasionDatedThere) {
  Doc d("Ruiz met Okafor in the Oval Office on Friday, February 28. "
        "Two days after the Oval Office, Tanaka hosted Okafor in London. "
        "Okafor then flew to Sandringham to meet Diaz.",
        "2025-03-05");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  d.M("Okafor", "Ben Okafor", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor", ActorKind::kPerson, 2);
  d.M("Diaz", "Eva Diaz");
  d.T("Friday, February 28", "2025-02-28").T("Two days", "P2D", 0, TimexType::kDuration);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  for (const auto& e : ev) {
    const auto names = d.Names(e);
    if (names.count("Ana Ruiz")) EXPECT_EQ(e.date, "2025-02-28");
    else EXPECT_EQ(e.date, "2025-03-02") << *names.begin();  // Tanaka's, and Diaz's by "then"
  }
  // "before" counts back; an event noun may follow the place.
  Doc b("Ruiz met Okafor in Anchorage on Friday. A week before the Anchorage summit, Tanaka met "
        "Okafor.",
        "2025-08-16");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  b.M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  b.T("Friday", "2025-08-15").T("A week", "P1W", 0, TimexType::kDuration);
  auto eb = b.Interactions();
  ASSERT_EQ(eb.size(), 2u);
  for (const auto& e : eb)
    EXPECT_EQ(e.date, b.Names(e).count("Kei Tanaka") ? "2025-08-08" : "2025-08-15");
  // A place that opens a clause of its own is no occasion ("after the
  // White House said ...").
  Doc c("Ruiz met Okafor in the White House on Friday. Two days after the White House said so, "
        "Tanaka met Okafor.",
        "2025-08-20");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  c.M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  c.T("Friday", "2025-08-15").T("Two days", "P2D", 0, TimexType::kDuration);
  bool tanaka = false;
  for (const auto& e : c.Interactions()) {
    if (!c.Names(e).count("Kei Tanaka")) continue;
    tanaka = true;
    EXPECT_EQ(e.date, "");
  }
  EXPECT_TRUE(tanaka);
}

TEST(NewsSceneDates, PastEventAfterAnInferredPublicationDateStillOccurred) {
  const char* text =
      "Ruiz met Okafor in the Oval Office on Friday, February 28. "
      "Two days after the Oval Office, Tanaka hosted Okafor in London.";
  auto status_of_tanakas = [&](bool inferred) {
    Doc d(text, "2025-03-01");
    if (inferred) d.InferredDct();
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
    d.M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
    d.T("Friday, February 28", "2025-02-28").T("Two days", "P2D", 0, TimexType::kDuration);
    for (const auto& e : d.Interactions())
      if (d.Names(e).count("Kei Tanaka")) {
        EXPECT_EQ(e.date, "2025-03-02");
        return e.status;
      }
    return EventStatus::kNegated;
  };
  EXPECT_EQ(status_of_tanakas(true), EventStatus::kOccurred);
  // A publication date of the source: what lies after it is planned.
  EXPECT_EQ(status_of_tanakas(false), EventStatus::kPlanned);
  // So is a deictic date after a guessed one: it was counted from the guess.
  Doc n("Ruiz met Okafor next week.", "2025-03-01");
  n.InferredDct().M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("next week", "2025-W10");
  auto en = n.Interactions();
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].status, EventStatus::kPlanned);
}

TEST(NewsSceneDates, ADurationAfterThatCountsFromTheDateToldLast) {
  Doc d("On February 12, Ruiz called Okafor. Two days after that, Tanaka met Okafor.", "2025-03-05");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  d.M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.T("February 12", "2025-02-12").T("Two days", "P2D", 0, TimexType::kDuration);
  for (const auto& e : d.Interactions())
    EXPECT_EQ(e.date, d.Names(e).count("Kei Tanaka") ? "2025-02-14" : "2025-02-12");

  // Approximate: the month, when the span stays in it; else nothing.
  auto approx = [](const char* first, const char* value) {
    Doc a(std::string("On ") + first + ", Ruiz called Okafor. Less than a week after that, Tanaka "
          "and Diaz sat down in Riyadh.",
          "2025-03-05");
    a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka").M("Diaz", "Eva Diaz");
    a.T(first, value).T("Less than a week", "P1W", 0, TimexType::kDuration);
    for (const auto& e : a.Interactions())
      if (a.Names(e).count("Kei Tanaka")) return e.date;
    return std::string("no event");
  };
  EXPECT_EQ(approx("February 12", "2025-02-12"), "2025-02");
  EXPECT_EQ(approx("February 25", "2025-02-25"), "");

  // "after that meeting" names its occasion: not this rule's.
  Doc m("On February 12, Ruiz called Okafor. Two days after that meeting in Rome, Tanaka met Diaz.",
        "2025-03-05");
  m.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka").M("Diaz", "Eva Diaz");
  m.T("February 12", "2025-02-12").T("Two days", "P2D", 0, TimexType::kDuration);
  bool tanaka = false;
  for (const auto& e : m.Interactions()) {
    if (!m.Names(e).count("Kei Tanaka")) continue;
    tanaka = true;
    EXPECT_NE(e.date, "2025-02-14");
  }
  EXPECT_TRUE(tanaka);
}

TEST(NewsSceneDates, ADemonstrativeNamesTheEventJustToldOfAGroup) {
  Doc d("Ruiz said their top diplomats would meet first next week. That second meeting \xE2\x80\x94 "
        "between Okafor and Tanaka \xE2\x80\x94 was to prepare the ground.",
        "2025-10-17");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  d.T("next week", "2025-W43");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (std::set<std::string>{"Ben Okafor", "Kei Tanaka"}));
  EXPECT_EQ(ev[0].date, "2025-W43");
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);

  // Not further back than the sentence before last.
  Doc f("Ruiz said their top diplomats would meet first next week. The markets fell. Prices rose. "
        "That meeting between Okafor and Tanaka went well.",
        "2025-10-17");
  f.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  f.T("next week", "2025-W43");
  auto ef = f.Interactions();
  ASSERT_EQ(ef.size(), 1u);
  EXPECT_EQ(ef[0].date, "");
}

TEST(NewsSceneDates, ATimeStampLineDatesItsEntry) {
  Doc d("Live updates\n\n08:25 BST\nThe talks were constructive.\n\n08:40 BST\n"
        "On the flight back, Ruiz spoke with Okafor for over an hour.\n\n09:05 BST\n"
        "After last night's summit, Tanaka met Diaz.",
        "2025-08-16");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka").M("Diaz", "Eva Diaz");
  d.T("08:25 BST", "2025-08-16T08:25", 0, TimexType::kTime);
  d.T("08:40 BST", "2025-08-16T08:40", 0, TimexType::kTime);
  d.T("09:05 BST", "2025-08-16T09:05", 0, TimexType::kTime);
  d.T("over an hour", "PT1H", 0, TimexType::kDuration);
  d.T("last night", "2025-08-15TNI", 0, TimexType::kTime);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) {
    if (d.Names(e).count("Ana Ruiz")) {
      EXPECT_EQ(e.date, "2025-08-16");
    } else {
      // The entry named another time first: the stamp is not its date.
      EXPECT_NE(e.date, "2025-08-16");
    }
  }
  // A labelled head ("UPDATE, 6:15 pm:") opening the entry; a time after
  // the stamp's day ("from midnight") does not move the entry's narrative.
  Doc u("Live updates.\n\nUPDATE, 6:15 pm: Ruiz says a ceasefire holds from midnight. Tanaka "
        "and Diaz shook hands at the end of the meeting.",
        "2025-07-28");
  u.M("Tanaka", "Kei Tanaka").M("Diaz", "Eva Diaz").M("Ruiz", "Ana Ruiz");
  u.T("6:15 pm", "2025-07-28T18:15", 0, TimexType::kTime);
  u.T("midnight", "2025-07-29T00:00", 0, TimexType::kTime);
  auto eu = u.Interactions();
  ASSERT_EQ(eu.size(), 1u);
  EXPECT_EQ(eu[0].date, "2025-07-28");
  // A stamp followed by words on its line is a sentence, not a stamp.
  Doc w("Live updates\n\n08:40 BST was the hour\nRuiz spoke with Okafor.", "2025-08-16");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  w.T("08:40 BST", "2025-08-16T08:40", 0, TimexType::kTime);
  auto ew = w.Interactions();
  ASSERT_EQ(ew.size(), 1u);
  EXPECT_EQ(ew[0].date, "");
}

TEST(NewsSceneDates, TheFirstEncounterSinceATimeSaysTheyMetThen) {
  Doc d("Ruiz and Okafor met today in Busan, their first face-to-face meeting since 2019.",
        "2025-10-30");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("today", "2025-10-30").T("2019", "2019");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  std::set<std::string> dates;
  for (const auto& e : ev) {
    EXPECT_EQ(e.status, EventStatus::kOccurred);
    EXPECT_EQ(e.participants.size(), 2u);
    dates.insert(e.date);
  }
  EXPECT_EQ(dates, (std::set<std::string>{"2019", "2025-10-30"}));

  // An event named in the phrase types it and its time dates it.
  Doc c("Ruiz spoke with Okafor on Monday, his first call with Okafor since a brief meeting in "
        "Rome in April.",
        "2025-06-26");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  c.T("Monday", "2025-06-23").T("April", "2025-04");
  // (The "call" noun itself takes the phrase's time too; the meeting of
  // April is the one the phrase names.)
  bool april_meeting = false;
  for (const auto& e : c.Interactions())
    april_meeting = april_meeting || (e.date == "2025-04" && e.type == "meeting");
  EXPECT_TRUE(april_meeting);

  // A generic encounter "between an American and a Russian president": not
  // these parties'.
  Doc g("Ruiz had a call with Okafor on Monday, the first conversation between an American and a "
        "Russian president since 2022.",
        "2025-06-26");
  g.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-06-23").T("2022", "2022");
  for (const auto& e : g.Interactions()) EXPECT_NE(e.date, "2022");
  // "between Korean and Nigerian leaders": whoever led the two countries
  // then, not these two; "the Nigerian leader" is the one who leads now.
  Doc k("Lim is meeting Okafor today, the first formal talks between Korean and Nigerian "
        "leaders since 2017.",
        "2025-10-31");
  k.M("Lim", "Min Lim").M("Okafor", "Ben Okafor").M("Korean", "Min Lim").ViaRole("Korean");
  k.M("Nigerian leaders", "Ben Okafor").ViaRole("Nigerian leaders");
  k.T("today", "2025-10-31").T("2017", "2017");
  ASSERT_FALSE(k.Interactions().empty());
  for (const auto& e : k.Interactions()) EXPECT_NE(e.date, "2017");
  Doc r("Lim called Okafor on Friday, his first call with the Nigerian leader since March.",
        "2025-10-31");
  r.M("Lim", "Min Lim").M("Okafor", "Ben Okafor");
  r.M("the Nigerian leader", "Ben Okafor").ViaRole("the Nigerian leader");
  r.T("Friday", "2025-10-24").T("March", "2025-03");
  bool march = false;
  for (const auto& e : r.Interactions()) march = march || e.date == "2025-03";
  EXPECT_TRUE(march);
  // Not the first: "a meeting since 2019" says nothing of 2019.
  Doc n("Ruiz and Okafor met today, the longest meeting since 2019.", "2025-10-30");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("today", "2025-10-30").T("2019", "2019");
  for (const auto& e : n.Interactions()) EXPECT_NE(e.date, "2019");
}

TEST(NewsSceneDates, NotMetSinceATimeTellsNoEncounterThen) {
  // "have not met since 2019" presupposes a meeting then but does not tell
  // it: the negated mention only, on no date (the absence runs from then).
  Doc d("Ruiz and Okafor have not met in person since the 2019 summit in Osaka.", "2025-08-07");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2019", "2019");
  auto ev = d.Interactions();
  int negated = 0;
  for (const auto& e : ev) {
    if (e.status == EventStatus::kNegated) {
      ++negated;
      EXPECT_EQ(e.date, "");  // the absence is on no date
    } else {
      // (the summit's own mention may be one: not these two's meeting)
      EXPECT_FALSE(e.participants.size() == 2u && e.type == "meeting" && e.date == "2019" &&
                   e.trigger == "met");
    }
  }
  EXPECT_EQ(negated, 1);

  Doc c("Ruiz has not spoken with Okafor since March.", "2025-08-07");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("March", "2025-03");
  auto ec = c.Interactions();
  ASSERT_EQ(ec.size(), 1u);
  EXPECT_EQ(ec[0].status, EventStatus::kNegated);
  EXPECT_EQ(ec[0].date, "");

  // "since the war began": no encounter then.
  Doc w("Ruiz and Okafor have not met since the war began in 2022.", "2025-08-07");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2022", "2022");
  for (const auto& e : w.Interactions()) EXPECT_NE(e.status, EventStatus::kOccurred);
}

TEST(NewsSceneDates, AgainOnADateIsAnotherEncounter) {
  Doc d("Ruiz first met Okafor in February, when he flew to Lagos, and then again on March 13.",
        "2025-08-07");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("February", "2025-02").T("March 13",
                                                                                 "2025-03-13");
  std::set<std::string> dates;
  for (const auto& e : d.Interactions()) {
    EXPECT_EQ(e.participants.size(), 2u);
    EXPECT_EQ(e.status, EventStatus::kOccurred);
    dates.insert(e.date);
  }
  EXPECT_EQ(dates, (std::set<std::string>{"2025-02", "2025-03-13"}));

  // A date after the publication date: planned.
  Doc f("Ruiz met Okafor on Monday and again on Friday.", "2025-08-07");
  f.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-04").T("Friday",
                                                                                 "2025-08-08");
  bool friday = false;
  for (const auto& e : f.Interactions())
    if (e.date == "2025-08-08") {
      friday = true;
      EXPECT_EQ(e.status, EventStatus::kPlanned);
    }
  EXPECT_TRUE(friday);

  // "again" of another interaction word is that one's.
  Doc o("Ruiz met Okafor on Monday and will call Diaz again on Friday.", "2025-08-07");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Diaz", "Eva Diaz");
  o.T("Monday", "2025-08-04").T("Friday", "2025-08-08");
  bool okafor = false;
  for (const auto& e : o.Interactions()) {
    if (!o.Names(e).count("Ben Okafor")) continue;
    okafor = true;
    EXPECT_EQ(e.date, "2025-08-04");
  }
  EXPECT_TRUE(okafor);
}

TEST(NewsSceneDates, ASubjectGatheringDatesItsSidelines) {
  const std::string text =
      "Allies agreed on a target in 2024.\n\n"
      "The summit, compressed into a single session on Wednesday morning, produced a short "
      "declaration. Spain stayed below the target.\n\n"
      "Ruiz also met Okafor on the sidelines.";
  Doc d(text, "2025-06-26");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("2024", "2024").T("Wednesday morning", "2025-06-25TMO", 0, TimexType::kTime);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-06-25");

  // A summit that does not open its sentence is not told as the occasion.
  Doc n("Allies agreed on a target in 2024.\n\nSpain praised the summit on Wednesday morning. "
        "Prices rose.\n\nRuiz also met Okafor on the sidelines.",
        "2025-06-26");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  n.T("2024", "2024").T("Wednesday morning", "2025-06-25TMO", 0, TimexType::kTime);
  auto en = n.Interactions();
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].date, "");
}

}  // namespace
}  // namespace eg
