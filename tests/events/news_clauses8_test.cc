// Clauses of wire news found on unlabeled text, eighth round: appealing to
// someone as the purpose of a journey there is meeting them; a lead that
// reports in the present ("X says ...") dates its persons' later undated
// doings on the publication day; joining someone at a place is meeting them.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsClauses8, AJourneyToAppealToSomeoneIsAMeeting) {
  Doc d("Mayor Ruiz, accompanied by a lawyer, flew to Norland on Monday to appeal directly to "
        "Okafor.");
  d.M("Mayor Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
  // "plead with", "lobby" as the purpose of travel too; a future journey is planned.
  Doc p("Ruiz will travel to Norland on Monday to plead with Okafor.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-25");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(p.Names(ep[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ep[0].status, EventStatus::kPlanned);
}

TEST(NewsClauses8, AnAppealWithoutAJourneyIsNoInteraction) {
  // A plea in public, or in writing: no one is said to have met.
  Doc d("Ruiz appealed directly to Okafor on Monday to release the prisoners.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
  Doc w("Ruiz wrote to the court on Monday to appeal to Okafor.");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(w.Interactions().empty());
  // Appealing a ruling is no dealing with a person.
  Doc r("Ruiz flew to Norland to appeal the ruling of the court.");
  r.M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(r.Interactions().empty());
}

TEST(NewsClauses8, APresentTenseLeadDatesItsPersonsOnThePublicationDay) {
  Doc d("Ruiz says gaps remain before next week's talks. At a news conference with Okafor in "
        "Lagos, Ruiz suggested a compromise.",
        "2025-08-20");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 0).M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz",
                                                                           ActorKind::kPerson, 1);
  d.T("next week", "2025-W35");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-20");
  // A lead in the past that names no day dates nothing.
  Doc p("Ruiz said gaps remain. At a news conference with Okafor in Lagos, Ruiz suggested a "
        "compromise.",
        "2025-08-20");
  p.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 0).M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz",
                                                                           ActorKind::kPerson, 1);
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].date, "");
  // Nor the doings of persons the lead does not name, nor a perfect.
  Doc o("Ruiz says gaps remain. Dunn met with Okafor in Lagos. Ruiz has met with Okafor.",
        "2025-08-20");
  o.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 0).M("Dunn", "Carl Dunn").M("Okafor", "Ben Okafor", ActorKind::kPerson, 0);
  o.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 2u);
  for (const auto& e : eo) EXPECT_EQ(e.date, "") << e.Text();
}

TEST(NewsClauses8, JoiningSomeoneAtAPlaceIsAMeeting) {
  Doc d("In Lagos, Ruiz joined President Okafor on Thursday in a packed auditorium.");
  d.M("Ruiz", "Ana Ruiz").M("President Okafor", "Ben Okafor").T("Thursday", "2025-08-14");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-14");
  Doc a("Ruiz joined Okafor at a rally on Thursday.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-14");
  EXPECT_EQ(a.Interactions().size(), 1u);
  // Joining someone in an act, or joining a body, is no meeting.
  for (const char* text : {"Ruiz joined Okafor in condemning the attack on Thursday.",
                           "Ruiz joined Okafor on Thursday.", "Ruiz joined the Norland party."}) {
    Doc n(text);
    n.M("Ruiz", "Ana Ruiz");
    if (std::string(text).find("Okafor") != std::string::npos) n.M("Okafor", "Ben Okafor");
    if (std::string(text).find("Norland") != std::string::npos)
      n.M("Norland", "Norland", ActorKind::kCountry);
    if (std::string(text).find("Thursday") != std::string::npos) n.T("Thursday", "2025-08-14");
    EXPECT_TRUE(n.Interactions().empty()) << text;
  }
}

TEST(NewsClauses8, ATitleBeforeAListItemKeepsTheList) {
  // The actors stage leaves "Norland Mayor" out of the mention.
  Doc d("On Monday, Mayor Ruiz and Norland Mayor Okafor, accompanied by aides, flew to Lagos to "
        "meet Dunn.");
  d.M("Mayor Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry).M("Okafor", "Ben Okafor");
  d.M("Dunn", "Carl Dunn").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carl Dunn"}));
  // No list without its conjunction: the speaker stays out.
  Doc s("Ruiz said Norland Mayor Okafor met Dunn.");
  s.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry).M("Okafor", "Ben Okafor");
  s.M("Dunn", "Carl Dunn");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(s.Names(es[0]), (Names{"Ben Okafor", "Carl Dunn"}));
}

}  // namespace
}  // namespace eg
