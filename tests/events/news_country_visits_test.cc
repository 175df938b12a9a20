// A leader's visit to a country is a meeting with that country's leader on
// the visit's day: "X visited <capital>", "X will travel to <country> in
// July", "a return visit to <country>" (frame `visit` of triggers.tsv,
// events/seat_visits.h ResolveCountryVisits). Not a city that is no
// capital, not a visitor who leads no polity, not his own country, not when
// the sentence names the partner itself. Names, countries and holders are
// made up; the gazetteer is built here.
#include <memory>

#include "actors/gazetteer.h"
#include "events/seat_visits.h"
#include "fixture.h"
#include "resolved_events.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

const Gazetteer& VisitGazetteer() {
  static std::unique_ptr<Gazetteer> g = [] {
    auto g = std::make_unique<Gazetteer>();
    Status s = g->ParsePolities("test.polities.tsv",
                                "VD\tValdorian\tpresident\nOS\tOstrian\tprime-minister\n");
    EXPECT_TRUE(s.ok()) << s.message();
    s = g->ParseEntities("test.entities.tsv",
                         "arnel-vosk\tArnel Vosk\tperson\tVD\tVosk\n"
                         "tomas-rell\tTomas Rell\tperson\tVD\tRell\n"
                         "mira-tallis\tMira Tallis\tperson\tOS\tTallis\n"
                         "jon-ferra\tJon Ferra\tperson\tOS\tFerra\n"
                         "valdoria\tValdoria\tcountry\tVD\t@Corvane\n"
                         "ostria\tOstria\tcountry\tOS\t@Belmar\n"
                         "port-elin\tPort Elin\tplace\tOS\t\n");
    EXPECT_TRUE(s.ok()) << s.message();
    s = g->ParseRoles("test.roles.tsv",
                      "president\tVD\tarnel-vosk\t2019-01-10\t\n"
                      "foreign-minister\tVD\ttomas-rell\t2019-01-10\t\n"
                      "prime-minister\tOS\tmira-tallis\t2020-02-01\t2025-06-01\n"
                      "prime-minister\tOS\tjon-ferra\t2025-06-01\t\n");
    EXPECT_TRUE(s.ok()) << s.message();
    return g;
  }();
  return *g;
}

using Resolved = testing::ResolvedEvents;
Resolved Resolve(Doc& d) {
  for (const char* id : {"arnel-vosk", "tomas-rell", "mira-tallis", "jon-ferra"})
    d.Entry(VisitGazetteer().entry(uint32_t(VisitGazetteer().Find(id))).name,
            VisitGazetteer().Find(id));
  Resolved r{d.actors(), {}};
  for (EventMention& m : d.RunWithVisits())
    if (m.interaction) r.events.push_back(std::move(m));
  TextAnalysis t;
  Analyze(d.doc().text, 0, &t);
  ResolveCountryVisits(VisitGazetteer(), t, d.doc().dct, &r.actors, &r.events);
  return r;
}

TEST(CountryVisits, VisitingACapitalIsMeetingTheLeaderOfThatDay) {
  Doc d("Vosk visited Belmar on Tuesday, his office said.", "2025-03-20");
  d.M("Vosk", "Arnel Vosk").T("Tuesday", "2025-03-18");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Arnel Vosk", "Mira Tallis"}));
  EXPECT_EQ(r.events[0].date, "2025-03-18");
  EXPECT_EQ(r.events[0].status, EventStatus::kOccurred);
  // The host, named nowhere in the text, is a party only.
  EXPECT_TRUE(r.actors.entities.back().party_only);
}

TEST(CountryVisits, APlannedJourneyMeetsWhoeverLeadsThen) {
  Doc d("Vosk said he will travel to Ostria in July.", "2025-03-20");
  d.M("Vosk", "Arnel Vosk").M("Ostria", "Ostria", ActorKind::kCountry).T("July", "2025-07");
  d.Country("Ostria", "OS");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Arnel Vosk", "Jon Ferra"}));
  EXPECT_EQ(r.events[0].date, "2025-07");
  EXPECT_EQ(r.events[0].status, EventStatus::kPlanned);
}

TEST(CountryVisits, ExpectedInACapitalIsAPlannedVisit) {
  // Expected there later on the day of writing: still to come.
  Doc d("Vosk is expected in Ostria on Thursday evening.", "2025-03-20");
  d.M("Vosk", "Arnel Vosk").M("Ostria", "Ostria", ActorKind::kCountry);
  d.T("Thursday evening", "2025-03-20");
  d.Country("Ostria", "OS");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Arnel Vosk", "Mira Tallis"}));
  EXPECT_EQ(r.events[0].status, EventStatus::kPlanned);
}

TEST(CountryVisits, AReturnVisitAndAConditionalTrip) {
  Doc d("Vosk is expected to pay a return visit to Ostria later this year. "
        "If Vosk goes to Belmar, it would be a first.",
        "2025-08-20");
  d.M("Vosk", "Arnel Vosk")
      .M("Ostria", "Ostria", ActorKind::kCountry)
      .T("later this year", "2025")
      .M("Vosk", "Arnel Vosk", ActorKind::kPerson, 1);
  d.Country("Ostria", "OS");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Arnel Vosk", "Jon Ferra"}));
  EXPECT_EQ(r.events[0].status, EventStatus::kPlanned);
  EXPECT_EQ(r.NamesOf(r.events[1]), (Names{"Arnel Vosk", "Jon Ferra"}));
  EXPECT_EQ(r.events[1].status, EventStatus::kHypothetical);
}

TEST(CountryVisits, NoHostForACityAMinisterHisOwnCapitalOrANamedPartner) {
  Doc d("Vosk visited Port Elin on Monday. Rell travelled to Belmar on Monday. "
        "Vosk flew to Corvane on Tuesday. "
        "Vosk travelled to Belmar on Wednesday for talks with Tallis.",
        "2025-03-20");
  d.M("Vosk", "Arnel Vosk")
      .T("Monday", "2025-03-17")
      .M("Rell", "Tomas Rell")
      .T("Monday", "2025-03-17", 1)
      .M("Vosk", "Arnel Vosk", ActorKind::kPerson, 1)
      .T("Tuesday", "2025-03-18")
      .M("Vosk", "Arnel Vosk", ActorKind::kPerson, 2)
      .T("Wednesday", "2025-03-19")
      .M("Tallis", "Mira Tallis");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Arnel Vosk", "Mira Tallis"}));
  EXPECT_EQ(r.events[0].type, "talks");
}

// One vocabulary of visiting (frame `visit`) for seats and countries: the
// forms of going to and being at a place that a seat visit reads ("headed
// to", "come to", "returned to the White House") reach a country too.
TEST(CountryVisits, TheFormsOfASeatVisitReachACountryToo) {
  Doc d("Vosk headed to Belmar on March 17. Vosk will come to Ostria in July.",
        "2025-03-20");
  d.M("Vosk", "Arnel Vosk")
      .T("March 17", "2025-03-17")
      .M("Vosk", "Arnel Vosk", ActorKind::kPerson, 1)
      .M("Ostria", "Ostria", ActorKind::kCountry)
      .T("July", "2025-07");
  d.Country("Ostria", "OS");
  Resolved r = Resolve(d);
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.NamesOf(r.events[0]), (Names{"Arnel Vosk", "Mira Tallis"}));
  EXPECT_EQ(r.events[0].date, "2025-03-17");
  EXPECT_EQ(r.NamesOf(r.events[1]), (Names{"Arnel Vosk", "Jon Ferra"}));
  EXPECT_EQ(r.events[1].status, EventStatus::kPlanned);
}

}  // namespace
}  // namespace eg
