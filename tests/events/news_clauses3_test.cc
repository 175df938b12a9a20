// Clauses of wire news found on a third round of unlabeled text: a relative
// "with whom", governments that confer, coordinated partners each with a
// date of their own, and a speaker who only reports what a clause with its
// own subject says, joint news conferences, and the story's day for what its lead's persons did.
#include <gtest/gtest.h>

#include <map>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsClauses3, WithWhomNamesThePartyBeforeIt) {
  Doc d("The envoy carried a message from Okafor, with whom Ruiz met on Monday.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
  // "whom" as the object of a verb that takes one.
  Doc o("The talks were requested by Okafor, whom Ruiz visited on Monday.");
  o.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(o.Names(eo[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // Not through a preposition the verb does not take ("about whom").
  Doc a("Reporters asked about Okafor, about whom Ruiz spoke on Monday.");
  a.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  EXPECT_TRUE(a.Interactions().empty());
}

TEST(NewsClauses3, GovernmentsConfer) {
  Doc d("On Tuesday, Atlantis and Borduria conferred in Geneva on the blockade.");
  d.M("Atlantis", "Atlantis", ActorKind::kCountry).M("Borduria", "Borduria", ActorKind::kCountry);
  d.T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "talks");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Atlantis", "Borduria"}));
  // Speaking stays a matter of persons: "spoke with Borduria" is no talks.
  Doc s("On Tuesday, Ruiz spoke with Borduria about the blockade.");
  s.M("Ruiz", "Ana Ruiz").M("Borduria", "Borduria", ActorKind::kCountry);
  s.T("Tuesday", "2025-08-19");
  EXPECT_TRUE(s.Interactions().empty());
}

TEST(NewsClauses3, EachPartnerOfAListKeepsTheDateAfterIt) {
  Doc d("Ruiz held meetings with Okafor 10 days ago and Lindqvist last week.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  d.T("10 days ago", "2025-08-10").T("last week", "2025-W33");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  std::map<std::string, Names> by_date;
  for (const auto& e : ev) by_date[e.date] = d.Names(e);
  EXPECT_EQ(by_date["2025-08-10"], (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(by_date["2025-W33"], (Names{"Ana Ruiz", "Eva Lindqvist"}));
  Doc w("Ruiz met with Okafor on Monday, and with Lindqvist on Tuesday.");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  w.T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
  auto ew = w.Interactions();
  ASSERT_EQ(ew.size(), 2u);
  by_date.clear();
  for (const auto& e : ew) by_date[e.date] = w.Names(e);
  EXPECT_EQ(by_date["2025-08-18"], (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(by_date["2025-08-19"], (Names{"Ana Ruiz", "Eva Lindqvist"}));
  // One date for the whole list: one meeting of all.
  Doc one("Ruiz met Okafor and Lindqvist on Monday.");
  one.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  one.T("Monday", "2025-08-18");
  auto e1 = one.Interactions();
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].participants.size(), 3u);
}

// The second partner described by an office set off before the name: the
// comma closing the apposition comes before that partner's date.
TEST(NewsClauses3, ASecondPartnerAfterItsOfficeKeepsItsDate) {
  Doc d("Ruiz held talks with Okafor on Monday and with the minister for ports and fisheries, "
        "Lindqvist, the following day.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  d.T("Monday", "2025-08-18").T("the following day", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  std::map<std::string, Names> by_date;
  for (const auto& e : ev) by_date[e.date] = d.Names(e);
  EXPECT_EQ(by_date["2025-08-18"], (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(by_date["2025-08-19"], (Names{"Ana Ruiz", "Eva Lindqvist"}));
}

TEST(NewsClauses3, AReportedClauseWithItsOwnSubjectLeavesTheSpeakerOut) {
  Doc d("Ruiz said the ruling was made after two long interviews with Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(d.Interactions().empty());
  // The speaker's own talks: a time or a pronoun after the verb of saying.
  Doc t("Ruiz said on Monday after talks with Okafor that the plan was dead.");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
  EXPECT_EQ(t.Names(et[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc p("Ruiz said she decided after talks with Okafor.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  ASSERT_EQ(p.Interactions().size(), 1u);
}

TEST(NewsClauses3, APronounOpeningAListOfVerbsIsTheSubjectOfTheLast) {
  Doc d("Ruiz arrived in Geneva. On Monday she laid a wreath, visited a school and met with Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // A pronoun inside a phrase of a preposition is no subject.
  Doc p("Ruiz arrived in Geneva. Aides of his laid a wreath, visited a school and met with Okafor.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(p.Interactions().empty());
}

TEST(NewsClauses3, ANewsConferenceTwoPersonsHoldIsAJointOne) {
  Doc d("On Monday, Ruiz, Okafor and others had just ended a news conference in Geneva.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // One person's news conference is a statement; separate ones are no
  // meeting of those who held them.
  Doc o("On Monday, Ruiz told a news conference that Okafor was wrong.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(o.Interactions().empty());
  Doc s("On Monday, Ruiz and Okafor held separate news conferences.");
  s.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(s.Interactions().empty());
}

TEST(NewsClauses3, AnUndatedInteractionOfTheLeadsPersonIsOnTheStorysDay) {
  const std::string lead = "NAIROBI, Kenya (AP) _\n\nRuiz paid tribute Tuesday to the victims. ";
  Doc d(lead + "Okafor, speaking at a joint news conference with Ruiz, said they were friends.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-19");
  // A perfect is some earlier time; persons the lead does not name, or a
  // lead dated long before the publication, leave the event undated.
  Doc p(lead + "Okafor has met with Ruiz.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  p.T("Tuesday", "2025-08-19");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].date, "");
  Doc o(lead + "Okafor met with Lindqvist.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  o.T("Tuesday", "2025-08-19");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(eo[0].date, "");
  Doc l("Ruiz paid tribute in May to the victims. Okafor met with Ruiz.");
  l.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  l.T("May", "2025-05");
  auto el = l.Interactions();
  ASSERT_EQ(el.size(), 1u);
  EXPECT_EQ(el[0].date, "");
}

}  // namespace
}  // namespace eg
