// A visit to the seat of an office is a meeting with the office's holder on
// the visit's day: "X is due at the White House on March 3", "X was at the
// Kremlin", "X's last visit to the Elysee was in June 2019"
// (events/seat_visits.h). Not "the White House said", not the holder at his
// own seat, not a meeting the sentence already tells with the holder, not a
// visitor without an office. Names
// and holders are made up; the gazetteer is built here.
#include <memory>

#include "actors/gazetteer.h"
#include "events/seat_visits.h"
#include "fixture.h"
#include "resolved_events.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

const Gazetteer& SeatGazetteer() {
  static std::unique_ptr<Gazetteer> g = [] {
    auto g = std::make_unique<Gazetteer>();
    Status s = g->ParseEntities("test.entities.tsv",
                                "hal-pruitt\tHal Pruitt\tperson\tUS\tPruitt\n"
                                "ada-ferrin\tAda Ferrin\tperson\tUS\tFerrin\n"
                                "oleg-marov\tOleg Marov\tperson\tRU\tMarov\n"
                                "lise-baudin\tLise Baudin\tperson\tFR\tBaudin\n"
                                "tam-okafor\tTam Okafor\tperson\tNG\tOkafor\n"
                                "white-house\tWhite House\torganization\tUS\tthe White House\n"
                                "kremlin\tKremlin\torganization\tRU\tthe Kremlin\n"
                                "elysee\tElysee\torganization\tFR\tthe Elysee\n");
    EXPECT_TRUE(s.ok()) << s.message();
    s = g->ParseRoles("test.roles.tsv",
                      "president\tUS\thal-pruitt\t2017-01-20\t2021-01-20\n"
                      "president\tUS\tada-ferrin\t2021-01-20\t\n"
                      "president\tRU\toleg-marov\t2012-05-07\t\n"
                      "president\tFR\tlise-baudin\t2017-05-14\t\n"
                      "foreign-minister\tNG\ttam-okafor\t2023-06-01\t\n");
    EXPECT_TRUE(s.ok()) << s.message();
    s = g->ParseRoleWords("role_words.tsv",
                          "premier\tprime-minister\npresident\tpresident\n");
    EXPECT_TRUE(s.ok()) << s.message();
    s = g->ParseSeats("seats.tsv",
                      "white-house\tpresident\tUS\nkremlin\tpresident\tRU\nelysee\tpresident\tFR\n");
    EXPECT_TRUE(s.ok()) << s.message();
    return g;
  }();
  return *g;
}

// The seat named `seat` in `d` as the actors stage marks it.
Doc& Seated(Doc& d, const std::string& seat, const std::string& id) {
  return d.Entry(seat, SeatGazetteer().Find(id)).Seat(seat);
}

// The document's interactions with the seats' holders resolved.
using Resolved = testing::ResolvedEvents;
Resolved Resolve(const Doc& d) {
  Resolved r{d.actors(), {}};
  for (EventMention& m : d.Run())
    if (m.interaction) r.events.push_back(std::move(m));
  TextAnalysis t;
  Analyze(d.doc().text, 0, &t);
  ResolveSeatVisits(SeatGazetteer(), t, d.doc().dct, &r.actors, &r.events);
  return r;
}

TEST(SeatVisits, DueAtTheSeatIsAPlannedMeetingWithTheHolderOfThatDay) {
  Doc d("Premier Arnel Vosk is due at the White House on March 3, his office said.",
        "2025-02-20");
  d.M("Premier Arnel Vosk", "Arnel Vosk")
      .M("the White House", "White House", ActorKind::kOrganization)
      .T("March 3", "2025-03-03");
  Seated(d, "White House", "white-house");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Arnel Vosk", "Ada Ferrin"}));
  EXPECT_EQ(r.events[0].date, "2025-03-03");
  EXPECT_EQ(r.events[0].status, EventStatus::kPlanned);
  // The holder, named nowhere in the text, is a party only (an actor as such).
  EXPECT_TRUE(r.actors.entities.back().party_only);
}

TEST(SeatVisits, TheHolderIsTheOneInOfficeOnTheVisitsDate) {
  Doc d("Premier Vosk was at the White House in May 2019. Vosk's last visit to the Kremlin was "
        "in June 2016. Vosk was received at the Elysee on Tuesday.",
        "2025-02-20");
  d.M("Premier Vosk", "Arnel Vosk")
      .M("the White House", "White House", ActorKind::kOrganization)
      .T("May 2019", "2019-05")
      .M("Vosk", "Arnel Vosk", ActorKind::kPerson, 1)
      .M("the Kremlin", "Kremlin", ActorKind::kOrganization)
      .T("June 2016", "2016-06")
      .M("Vosk", "Arnel Vosk", ActorKind::kPerson, 2)
      .M("the Elysee", "Elysee", ActorKind::kOrganization)
      .T("Tuesday", "2025-02-18");
  Seated(d, "White House", "white-house");
  Seated(d, "Kremlin", "kremlin");
  Seated(d, "Elysee", "elysee");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Arnel Vosk", "Hal Pruitt"}));
  EXPECT_EQ(r.events[0].date, "2019-05");
  EXPECT_EQ(r.NamesOf(r.events[1]), (Names{"Arnel Vosk", "Oleg Marov"}));
  EXPECT_EQ(r.events[1].date, "2016-06");
  EXPECT_EQ(r.NamesOf(r.events[2]), (Names{"Arnel Vosk", "Lise Baudin"}));
  EXPECT_EQ(r.events[2].date, "2025-02-18");
  for (const EventMention& m : r.events) EXPECT_EQ(m.status, EventStatus::kOccurred);
}

TEST(SeatVisits, ANegatedVisitIsANegatedMeeting) {
  Doc d("Premier Vosk never made an official trip to the Kremlin.", "2025-02-20");
  d.M("Premier Vosk", "Arnel Vosk").M("the Kremlin", "Kremlin", ActorKind::kOrganization);
  Seated(d, "Kremlin", "kremlin");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Arnel Vosk", "Oleg Marov"}));
  EXPECT_EQ(r.events[0].status, EventStatus::kNegated);
}

TEST(SeatVisits, TheSeatSpeakingOrTheHolderAtHomeIsNoVisit) {
  Doc d("The White House said on Monday it had no comment. Ferrin, speaking at the White "
        "House on Monday, praised the deal. Ferrin returned to the White House on Tuesday. "
        "A White House official briefed Vosk on Tuesday.",
        "2025-02-20");
  d.M("The White House", "White House", ActorKind::kOrganization)
      .T("Monday", "2025-02-17")
      .M("Ferrin", "Ada Ferrin")
      .M("White House", "White House", ActorKind::kOrganization, 1)
      .T("Monday", "2025-02-17", 1)
      .M("Ferrin", "Ada Ferrin", ActorKind::kPerson, 1)
      .M("the White House", "White House", ActorKind::kOrganization)
      .T("Tuesday", "2025-02-18")
      .M("White House", "White House", ActorKind::kOrganization, 3)
      .M("Vosk", "Arnel Vosk")
      .T("Tuesday", "2025-02-18", 1);
  d.Entry("Ada Ferrin", SeatGazetteer().Find("ada-ferrin"));
  Seated(d, "White House", "white-house");
  EXPECT_TRUE(Resolve(d).events.empty());
}

TEST(SeatVisits, AMeetingWithTheHolderToldAtTheSeatStaysAsItIs) {
  Doc d("Vosk met Ferrin at the White House on Monday.", "2025-02-20");
  d.M("Vosk", "Arnel Vosk")
      .M("Ferrin", "Ada Ferrin")
      .M("the White House", "White House", ActorKind::kOrganization)
      .T("Monday", "2025-02-17");
  d.Entry("Ada Ferrin", SeatGazetteer().Find("ada-ferrin"));
  Seated(d, "White House", "white-house");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Arnel Vosk", "Ada Ferrin"}));
  EXPECT_EQ(r.events[0].trigger, "met");
}

// A visitor meets the holder only if he has an office: one the gazetteer
// gives him on the visit's day, or one the text gives him ("Premier X").
// A reporter, or anyone the story names without an office, who was at the
// seat meets no one there.
TEST(SeatVisits, OnlyAVisitorWithAnOfficeMeetsTheHolder) {
  Doc d("Okafor was at the White House on Monday. Reporter Dana Pell was at the White House on "
        "Tuesday. Jo Brandt, a tourist, was at the Kremlin on Tuesday.",
        "2025-02-20");
  d.M("Okafor", "Tam Okafor")
      .M("the White House", "White House", ActorKind::kOrganization)
      .T("Monday", "2025-02-17")
      .M("Dana Pell", "Dana Pell")
      .M("the White House", "White House", ActorKind::kOrganization, 1)
      .T("Tuesday", "2025-02-18")
      .M("Jo Brandt", "Jo Brandt")
      .M("the Kremlin", "Kremlin", ActorKind::kOrganization)
      .T("Tuesday", "2025-02-18", 1);
  d.Entry("Tam Okafor", SeatGazetteer().Find("tam-okafor"));
  Seated(d, "White House", "white-house");
  Seated(d, "Kremlin", "kremlin");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Tam Okafor", "Ada Ferrin"}));
  // Not yet in office that day: no meeting.
  Doc e("Okafor was at the White House in March 2021.", "2025-02-20");
  e.M("Okafor", "Tam Okafor")
      .M("the White House", "White House", ActorKind::kOrganization)
      .T("March 2021", "2021-03");
  e.Entry("Tam Okafor", SeatGazetteer().Find("tam-okafor"));
  Seated(e, "White House", "white-house");
  EXPECT_TRUE(Resolve(e).events.empty());
}

}  // namespace
}  // namespace eg
