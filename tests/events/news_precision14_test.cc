// Precision of who takes part and what is asserted, fourteenth round:
// "preparations for a summit" plan it; a call that "never came off" did
// not happen; a place inside a phrase of a preposition is no party ("our
// correspondents in A, B and C are following the summit"); a person inside
// such a phrase is not the subject of a clause "after talks with Y" hangs
// on; the speaker of "X said Y met Z and spoke with W" is not the subject
// of the second verb; a fronted clause of time or cause is not where the
// main clause's subject is; "dismissing reports of a call" denies the call;
// "the first meeting between a Nigerian president and Y since 2017" tells
// no meeting of these parties in 2017; a time outside a relative clause
// on a person ("X, who met Y before the plenary, said ... by 2026") does
// not date the event inside it; "After the Kremlin, X is to meet Y": the
// fronted phrase is no member of the subject list.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsPrecision14, PreparationsForAnEventPlanIt) {
  // Planned without a time is only proposed (annotation.md): not occurred.
  Doc d("Aides said preparations for a summit between Ruiz and Okafor were under way.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);

  Doc f("Preparations are under way for a meeting between Ruiz and Okafor, aides said.");
  f.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ef = f.Interactions();
  ASSERT_EQ(ef.size(), 1u);
  EXPECT_EQ(ef[0].status, EventStatus::kProposed);
}

TEST(NewsPrecision14, AnEventThatNeverCameOffIsNegated) {
  Doc d("An attempt to arrange a call between Ruiz and Okafor never came off.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);
  // "was not called off": "off" ends the cue "called off"; the meeting is on.
  Doc o("The meeting between Ruiz and Okafor was not called off on Monday.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_NE(eo[0].status, EventStatus::kNegated);
}

TEST(NewsPrecision14, PlacesInsideAPhraseOfAPrepositionAreNoParties) {
  Doc d("Our reporters in Lagos, Accra and Dakar are following the summit.");
  d.M("Accra", "Ghana", ActorKind::kCountry).M("Dakar", "Senegal", ActorKind::kCountry);
  for (const auto& e : d.Interactions()) {
    EXPECT_EQ(d.Names(e).count("Ghana"), 0u);
    EXPECT_EQ(d.Names(e).count("Senegal"), 0u);
  }
  // A person after "with" in the clause still takes part.
  Doc w("Ruiz met in Lagos with Okafor on Monday after talks with Lim.");
  w.M("Ruiz", "Ana Ruiz").M("Lagos", "Nigeria", ActorKind::kCountry).M("Okafor", "Ben Okafor");
  w.M("Lim", "Min Lim").T("Monday", "2025-08-18");
  for (const auto& e : w.Interactions()) EXPECT_EQ(w.Names(e).count("Nigeria"), 0u);
}

TEST(NewsPrecision14, APersonInsideAPhraseIsNoSubjectOfTheClause) {
  // "after talks with Okafor": the clause's subject took part, not the
  // person the phrase "for Diaz" names.
  Doc d("Ruiz hosted a dinner for Diaz on Monday following talks with Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Diaz", "Eva Diaz").M("Okafor", "Ben Okafor");
  d.T("Monday", "2025-08-18");
  bool ruiz_okafor = false;
  for (const auto& e : d.Interactions()) {
    auto n = d.Names(e);
    if (n.count("Okafor") || n.count("Ben Okafor")) {
      EXPECT_EQ(n.count("Eva Diaz"), 0u);
      ruiz_okafor = ruiz_okafor || n.count("Ana Ruiz");
    }
  }
  EXPECT_TRUE(ruiz_okafor);
}

TEST(NewsPrecision14, TheSpeakerIsNotTheSubjectOfTheReportedSecondVerb) {
  Doc d("Diaz said Ruiz met Okafor on Monday and spoke with Lim on Tuesday.");
  d.M("Diaz", "Eva Diaz").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lim", "Min Lim");
  d.T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
  bool ruiz_lim = false;
  for (const auto& e : d.Interactions()) {
    EXPECT_EQ(d.Names(e).count("Eva Diaz"), 0u);
    ruiz_lim = ruiz_lim || (d.Names(e) == std::set<std::string>{"Ana Ruiz", "Min Lim"});
  }
  EXPECT_TRUE(ruiz_lim);
  // With no subject of its own, the clause is the speaker's: "Diaz said
  // on Monday, after meeting Okafor, ...".
  Doc s("Diaz said on Monday, after meeting Okafor, that the deal was close.");
  s.M("Diaz", "Eva Diaz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(s.Names(es[0]), (std::set<std::string>{"Eva Diaz", "Ben Okafor"}));
}

TEST(NewsPrecision14, AFrontedClauseHoldsNoSubjectOfTheMainClause) {
  Doc d("Because Diaz refused, Ruiz visited Lagos and met Okafor on Monday.");
  d.M("Diaz", "Eva Diaz").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (std::set<std::string>{"Ana Ruiz", "Ben Okafor"}));

  // Nor is its status the main clause's: "Because the talks were
  // cancelled, X called Y" tells a call.
  Doc c("Because the talks were cancelled, Ruiz called Okafor on Monday.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ec = c.Interactions();
  ASSERT_EQ(ec.size(), 1u);
  EXPECT_EQ(ec[0].status, EventStatus::kOccurred);

  Doc a("After Diaz left, Ruiz toured the port and spoke with Okafor on Monday.");
  a.M("Diaz", "Eva Diaz").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("Monday", "2025-08-18");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(a.Names(ea[0]), (std::set<std::string>{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsPrecision14, ADeniedReportOfAnEventNegatesIt) {
  Doc d("A spokesman spoke on Friday, dismissing reports on social media of a call between Ruiz "
        "and Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);
  // A report that is not denied says nothing of the status.
  Doc r("A spokesman confirmed reports of a call between Ruiz and Okafor on Friday.");
  r.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto er = r.Interactions();
  ASSERT_EQ(er.size(), 1u);
  EXPECT_EQ(er[0].status, EventStatus::kOccurred);
}

TEST(NewsPrecision14, AFirstEncounterWithAnIndefinitePartyTellsNoneOfTheseParties) {
  // "the first meeting between a Nigerian president and Lim since 2017":
  // whoever was president then, not Okafor.
  Doc d("Okafor is expected to meet Lim on Friday, the first formal meeting between a Nigerian "
        "president and Lim since 2017.",
        "2025-10-28");
  d.M("Okafor", "Ben Okafor").M("Lim", "Min Lim").M("Lim", "Min Lim", ActorKind::kPerson, 1);
  d.T("Friday", "2025-10-31").T("2017", "2017");
  ASSERT_FALSE(d.Interactions().empty());
  for (const auto& e : d.Interactions()) EXPECT_NE(e.date, "2017");
}

TEST(NewsPrecision14, ATimeOutsideARelativeClauseDoesNotDateItsEvent) {
  Doc d("Nigeria's Prime Minister Min Lim, who met Okafor separately before the plenary, said "
        "his country aimed to close all chapters by the end of 2026.",
        "2025-05-16");
  d.M("Nigeria", "Nigeria", ActorKind::kCountry).M("Prime Minister Min Lim", "Min Lim");
  d.M("Okafor", "Ben Okafor").T("the end of 2026", "2026");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  // A time inside the clause still dates it.
  Doc i("Lim, who met Okafor on Monday, said his country aimed to finish the work by 2026.",
        "2025-05-16");
  i.M("Lim", "Min Lim").M("Okafor", "Ben Okafor").T("Monday", "2025-05-12").T("2026", "2026");
  auto ei = i.Interactions();
  ASSERT_EQ(ei.size(), 1u);
  EXPECT_EQ(ei[0].date, "2025-05-12");
  // A comma inside a list of names does not close the clause.
  Doc l("It was begun by Lim, who held a video call with Okafor, Diaz and Ruiz on 12 March "
        "2021, and grew from there.",
        "2025-05-16");
  l.M("Lim", "Min Lim").M("Okafor", "Ben Okafor").M("Diaz", "Eva Diaz").M("Ruiz", "Ana Ruiz");
  l.T("12 March 2021", "2021-03-12");
  auto el = l.Interactions();
  ASSERT_EQ(el.size(), 1u);
  EXPECT_EQ(el[0].date, "2021-03-12");
}

TEST(NewsPrecision14, AFrontedPhraseOfTimeIsNoMemberOfTheSubjectList) {
  // "After the Kremlin, Ruiz is scheduled to meet Okafor": the comma closes
  // the phrase, not a list "the Kremlin, Ruiz".
  Doc d("After the Kremlin, Ruiz is scheduled to meet Okafor on Thursday.", "2025-09-03");
  d.M("the Kremlin", "Kremlin", ActorKind::kOrganization).M("Ruiz", "Ana Ruiz");
  d.M("Okafor", "Ben Okafor").T("Thursday", "2025-09-04");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (std::set<std::string>{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
