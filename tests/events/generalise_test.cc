// ExtractEvents() on phenomena of wire copy beyond the seed articles: long
// participant phrases before the place, "join them for talks", bare event
// nouns without an actor.
#include "events/event.h"
#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(ExtractPlace, PlaceAfterALongParticipantAndADate) {
  Doc d("Chilean President Gabriel Boric held talks with Argentine President Javier Milei on "
        "Monday on the sidelines of the climate summit in Belem.");
  d.M("Chilean President Gabriel Boric", "Gabriel Boric")
      .M("Argentine President Javier Milei", "Javier Milei")
      .T("Monday", "2025-11-10");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].place, "Belem");
  EXPECT_EQ(ev[0].date, "2025-11-10");
}

TEST(ExtractPlace, PlaceAfterTheStatusOfANounSubject) {
  Doc d("Talks between Indian Foreign Minister Subrahmanyam Jaishankar and Chinese Foreign "
        "Minister Wang Yi are expected next month in Beijing.");
  d.M("Indian Foreign Minister Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar")
      .M("Chinese Foreign Minister Wang Yi", "Wang Yi")
      .T("next month", "2025-09");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].place, "Beijing");
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

TEST(ExtractParticipants, JoinObjectForTalks) {
  Doc d("Scholz met Meloni in Rome on Monday. Rutte and Costa will join them for talks on "
        "Tuesday. Albanese joined Luxon for dinner in Auckland.");
  d.M("Scholz", "Olaf Scholz").M("Meloni", "Giorgia Meloni").M("Rutte", "Mark Rutte");
  d.M("Costa", "Antonio Costa").M("Albanese", "Anthony Albanese").M("Luxon", "Christopher Luxon");
  d.T("Monday", "2025-03-03").T("Tuesday", "2025-03-04");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[1]),
            (Names{"Olaf Scholz", "Giorgia Meloni", "Mark Rutte", "Antonio Costa"}));
  EXPECT_EQ(ev[1].date, "2025-03-04");
  EXPECT_EQ(ev[1].status, EventStatus::kPlanned);
}

TEST(ExtractParticipants, JoinWithoutForIsNoInteraction) {
  Doc d("Rutte joined them in criticising the tariffs on Monday.");
  d.M("Rutte", "Mark Rutte").T("Monday", "2025-03-03");
  EXPECT_TRUE(d.Interactions().empty());
}

TEST(ExtractOther, BareEventNounsNeedAnActorOrToBeTheSubject) {
  Doc d("The summit ended on Friday without an agreement. Efforts to secure a ceasefire "
        "stalled on Friday. Brussels imposed sanctions on Monday. The invasion began on "
        "Thursday.");
  d.M("Brussels", "European Union", ActorKind::kOrganization)
      .T("Friday", "2025-08-15")
      .T("Friday", "2025-08-15", 1)
      .T("Monday", "2025-08-18")
      .T("Thursday", "2025-08-14");
  std::vector<std::string> types;
  for (const auto& e : d.Run())
    if (!e.interaction) types.push_back(e.type + ":" + std::to_string(e.participants.size()));
  EXPECT_EQ(types, (std::vector<std::string>{"sanction:1", "invasion:0"}));
}

TEST(ExtractDate, UndatedInteractionGoingOnWithSomeoneJustDatedTakesThatDate) {
  Doc d("Lula met Petro in Bogota on Tuesday. Lula was welcomed by Senator Paloma Valencia at "
        "the airport. Lula also met Boric. He had met Milei before.");
  d.M("Lula", "Lula da Silva").M("Petro", "Gustavo Petro").T("Tuesday", "2024-04-16");
  d.M("Lula", "Lula da Silva", ActorKind::kPerson, 1).M("Paloma Valencia", "Paloma Valencia");
  d.M("Lula", "Lula da Silva", ActorKind::kPerson, 2).M("Boric", "Gabriel Boric");
  d.M("Milei", "Javier Milei");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 4u);
  EXPECT_EQ(ev[1].date, "2024-04-16");
  EXPECT_EQ(ev[2].date, "2024-04-16");  // "also": the same scene goes on
  EXPECT_TRUE(ev[3].date.empty());  // pluperfect: before the narrative's time
}

TEST(ExtractDate, ACallAfterAMeetingIsAnotherOccasion) {
  Doc d("Lula met Petro in Bogota on Tuesday. Lula spoke by phone with Boric.");
  d.M("Lula", "Lula da Silva").M("Petro", "Gustavo Petro").T("Tuesday", "2024-04-16");
  d.M("Lula", "Lula da Silva", ActorKind::kPerson, 1).M("Boric", "Gabriel Boric");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].type, "call");
  EXPECT_TRUE(ev[1].date.empty());
}

TEST(ExtractParticipants, TravelToAPlaceToMeetSomeone) {
  Doc d("Modi will travel to Kazan on Monday to meet Erdogan at the Kazan Expo centre. "
        "Ramaphosa "
        "flew to Doha to hold talks with the emir, Tamim bin Hamad.");
  d.M("Modi", "Narendra Modi").M("Erdogan", "Recep Tayyip Erdogan").T("Monday", "2024-10-21");
  d.M("Ramaphosa", "Cyril Ramaphosa").M("Tamim bin Hamad", "Tamim bin Hamad Al Thani");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Narendra Modi", "Recep Tayyip Erdogan"}));
  EXPECT_EQ(ev[0].date, "2024-10-21");
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  EXPECT_EQ(ev[0].place, "Kazan");  // "the Kazan Expo centre" names no place
  EXPECT_EQ(d.Names(ev[1]), (Names{"Cyril Ramaphosa", "Tamim bin Hamad Al Thani"}));
}

TEST(ExtractPlace, ANameModifyingACommonNounIsNoPlace) {
  Doc d("Obama met Abe at the Blair House residence. Obama met Castro at the Revolution Palace "
        "on Monday.");
  d.M("Obama", "Barack Obama").M("Abe", "Shinzo Abe").M("Obama", "Barack Obama",
                                                        ActorKind::kPerson, 1);
  d.M("Castro", "Raul Castro").T("Monday", "2016-03-21");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].place, "");
  EXPECT_EQ(ev[1].place, "Revolution Palace");
}

TEST(ExtractPlace, PhraseOfTimeBeforeThePlace) {
  Doc d("Sisi and Abbas met for the first time at the Ittihadiya Palace on Monday. Ruto and "
        "Museveni talked for 50 minutes in Entebbe.");
  d.M("Sisi", "Abdel Fattah el-Sisi").M("Abbas", "Mahmoud Abbas").T("Monday", "2015-06-01");
  d.M("Ruto", "William Ruto").M("Museveni", "Yoweri Museveni");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].place, "Ittihadiya Palace");
  EXPECT_EQ(ev[1].place, "Entebbe");
}

TEST(ExtractStatus, AnExpectationInThePluperfectIsNotAPlan) {
  Doc d("Scholz had been expected to meet Lula on Friday. Lula had been scheduled to "
        "hold talks with Petro on Saturday.");
  d.M("Scholz", "Olaf Scholz").M("Lula", "Lula da Silva").T("Friday", "2025-08-22");
  d.M("Lula", "Lula da Silva", ActorKind::kPerson, 1).M("Petro", "Gustavo Petro");
  d.T("Saturday", "2025-08-23");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) EXPECT_EQ(e.status, EventStatus::kProposed) << e.Text();
}

TEST(ExtractParticipants, ContinuedTheirTalks) {
  Doc d("Modi met Sharif on Friday. The two leaders continued their talks in Lahore on "
        "Saturday.");
  d.M("Modi", "Narendra Modi").M("Sharif", "Nawaz Sharif").T("Friday", "2015-12-25");
  d.T("Saturday", "2015-12-26");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[1]), (Names{"Narendra Modi", "Nawaz Sharif"}));
  EXPECT_EQ(ev[1].date, "2015-12-26");
  EXPECT_EQ(ev[1].place, "Lahore");
}

TEST(ExtractStatus, WouldAfterAPastSpeechVerbIsAPlan) {
  Doc d("Ruto said on Monday he would meet Kagame in Kigali on June 2. Ruto said he would "
        "meet Tshisekedi if the fighting stopped. Ruto said he would like to meet Hichilema "
        "on June 9.",
        "2024-05-20");
  d.M("Ruto", "William Ruto").M("Kagame", "Paul Kagame").T("Monday", "2024-05-20");
  d.T("June 2", "2024-06-02").M("Ruto", "William Ruto", ActorKind::kPerson, 1);
  d.M("Tshisekedi", "Felix Tshisekedi").M("Ruto", "William Ruto", ActorKind::kPerson, 2);
  d.M("Hichilema", "Hakainde Hichilema").T("June 9", "2024-06-09");
  auto ev = d.Interactions();
  ASSERT_GE(ev.size(), 2u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  EXPECT_EQ(ev[0].date, "2024-06-02");  // not the day it was said
  EXPECT_EQ(ev[1].status, EventStatus::kHypothetical);
  for (size_t i = 2; i < ev.size(); ++i)  // "would like to": a wish
    EXPECT_TRUE(ev[i].status != EventStatus::kPlanned &&
                ev[i].status != EventStatus::kOccurred);
}

TEST(ExtractPlace, APlaceInsideATopicIsNotTheEvents) {
  Doc d("Pashinyan and Aliyev discussed the situation in Karabakh on Friday. Pashinyan "
        "negotiated with Aliyev in Abu Dhabi.");
  d.M("Pashinyan", "Nikol Pashinyan").M("Aliyev", "Ilham Aliyev").T("Friday", "2023-05-12");
  d.M("Pashinyan", "Nikol Pashinyan", ActorKind::kPerson, 1);
  d.M("Aliyev", "Ilham Aliyev", ActorKind::kPerson, 1);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].place, "");
  EXPECT_EQ(ev[1].place, "Abu Dhabi");
}

TEST(ExtractParticipants, WhoHostsTheTalksTakesPart) {
  Doc d("Rubio and Lavrov held talks in Riyadh on Tuesday. The talks, hosted by Faisal bin "
        "Farhan, lasted four hours. Pezeshkian and Aliyev met on Monday in talks chaired by "
        "Erdogan.");
  d.M("Rubio", "Marco Rubio").M("Lavrov", "Sergey Lavrov").T("Tuesday", "2025-02-18");
  d.M("Faisal bin Farhan", "Faisal bin Farhan").M("Pezeshkian", "Masoud Pezeshkian");
  d.M("Aliyev", "Ilham Aliyev").M("Erdogan", "Recep Tayyip Erdogan").T("Monday", "2025-02-17");
  auto ev = d.Interactions();
  ASSERT_GE(ev.size(), 2u);
  Names all2, all3;
  for (const auto& e : ev) {
    if (e.date == "2025-02-18" || e.Text().find("lasted") != std::string_view::npos)
      for (const auto& n : d.Names(e)) all2.insert(n);
    if (e.date == "2025-02-17")
      for (const auto& n : d.Names(e)) all3.insert(n);
  }
  EXPECT_EQ(all2, (Names{"Marco Rubio", "Sergey Lavrov", "Faisal bin Farhan"}));
  EXPECT_EQ(all3, (Names{"Masoud Pezeshkian", "Ilham Aliyev", "Recep Tayyip Erdogan"}));
}

TEST(ExtractPlace, WhereAfterAPlaceAndOfTheInAName) {
  Doc d("Blinken flew to Vienna instead, where he met Grossi on Monday. Xi welcomed Lula at "
        "the Great Hall of the People on Friday.");
  d.M("Blinken", "Antony Blinken").M("Grossi", "Rafael Grossi").T("Monday", "2023-04-10");
  d.M("Xi", "Xi Jinping").M("Lula", "Lula da Silva").T("Friday", "2023-04-14");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Antony Blinken", "Rafael Grossi"}));
  EXPECT_EQ(ev[0].place, "Vienna");
  EXPECT_EQ(ev[1].place, "Great Hall of the People");
}

TEST(ExtractStatus, WouldProbablyIsAGuessNotAPlan) {
  Doc d("Trump said he would probably meet Modi next month.", "2025-02-19");
  d.M("Trump", "Donald Trump").M("Modi", "Narendra Modi").T("next month", "2025-03");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kHypothetical);
}

TEST(ExtractParticipants, ReceivedACallFrom) {
  Doc d("Tokayev received a phone call from Mirziyoyev on Friday. Tokayev took a call from "
        "Japarov on Saturday.");
  d.M("Tokayev", "Kassym-Jomart Tokayev").M("Mirziyoyev", "Shavkat Mirziyoyev");
  d.M("Tokayev", "Kassym-Jomart Tokayev", ActorKind::kPerson, 1).M("Japarov", "Sadyr Japarov");
  d.T("Friday", "2024-03-01").T("Saturday", "2024-03-02");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}));
  EXPECT_EQ(d.Names(ev[1]), (Names{"Kassym-Jomart Tokayev", "Sadyr Japarov"}));
  EXPECT_EQ(ev[1].date, "2024-03-02");
}

TEST(ExtractParticipants, TheTwoLeadersAreThePairJustSpokenOf) {
  Doc d("Lula cancelled a meeting with Milei on Monday. Lula met Boric on Tuesday. Milei later "
        "apologised. The two leaders sat down briefly on Wednesday.");
  d.M("Lula", "Lula da Silva").M("Milei", "Javier Milei").T("Monday", "2024-07-01");
  d.M("Lula", "Lula da Silva", ActorKind::kPerson, 1).M("Boric", "Gabriel Boric");
  d.T("Tuesday", "2024-07-02").M("Milei", "Javier Milei", ActorKind::kPerson, 1);
  d.T("Wednesday", "2024-07-03");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(d.Names(ev[2]), (Names{"Lula da Silva", "Javier Milei"}));
  EXPECT_EQ(ev[2].date, "2024-07-03");
  EXPECT_EQ(ev[2].status, EventStatus::kOccurred);
}

TEST(ExtractTriggers, AVerbReadAsATitleByTheActorsStage) {
  // The actors stage may take "host" for a title ("talk show host Y").
  Doc d("Putin will host Erdogan in Sochi on Tuesday.", "2019-10-18");
  d.M("Putin", "Vladimir Putin").M("host Erdogan", "Recep Tayyip Erdogan");
  d.T("Tuesday", "2019-10-22");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Vladimir Putin", "Recep Tayyip Erdogan"}));
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  EXPECT_EQ(ev[0].place, "Sochi");
}

TEST(ExtractParticipants, ACoordinatedSubjectAfterTalks) {
  Doc d("Vucic and Kurti agreed on Monday to a road map after four hours of talks in Ohrid.");
  d.M("Vucic", "Aleksandar Vucic").M("Kurti", "Albin Kurti").T("Monday", "2023-03-20");
  d.T("four hours", "PT4H", 0, TimexType::kDuration);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Aleksandar Vucic", "Albin Kurti"}));
  EXPECT_EQ(ev[0].place, "Ohrid");
}

}  // namespace
}  // namespace eg
