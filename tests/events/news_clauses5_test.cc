// Clauses of wire news found on unlabeled text, fifth round: a group noun
// opening the subject ("representatives of X and Y") acts for the parties
// it is of; whoever comes back from an event was at it; "it" after a verb
// of saying is the country or firm that speaks.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsClauses5, RepresentativesOfTwoPartiesBeginTalks) {
  Doc d("Late last week, representatives of Acme and Borg began negotiations on the price.");
  d.M("Acme", "Acme", ActorKind::kOrganization).M("Borg", "Borg", ActorKind::kOrganization);
  d.T("Late last week", "2025-W33");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Acme", "Borg"}));
  EXPECT_EQ(ev[0].date, "2025-W33");
  // Opening the sentence, with a determiner.
  Doc t("The officials of Norland and Sudria started talks on Monday.");
  t.M("Norland", "Norland", ActorKind::kCountry).M("Sudria", "Sudria", ActorKind::kCountry);
  t.T("Monday", "2025-08-18");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
  EXPECT_EQ(t.Names(et[0]), (Names{"Norland", "Sudria"}));
  // A list after any other "of" is no subject: the countries of a report
  // did not hold the talks.
  Doc r("A report of Norland and Sudria began talks about nothing.");
  r.M("Norland", "Norland", ActorKind::kCountry).M("Sudria", "Sudria", ActorKind::kCountry);
  EXPECT_TRUE(r.Interactions().empty());
}

TEST(NewsClauses5, ComingBackFromAnEventIsHavingBeenAtIt) {
  Doc d("Ruiz returned on Monday from talks with Okafor in Lagos.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // Two travellers back from a visit with people the text does not name.
  Doc t("The plan was set after Ruiz and Okafor returned from a visit with army commanders.");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
  EXPECT_EQ(t.Names(et[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // "from" after a verb that is no coming back: a letter from the talks
  // says nothing of who was at them.
  Doc r("Ruiz received a summary from talks with Okafor.");
  r.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  for (const auto& e : r.Interactions()) EXPECT_NE(r.Names(e).count("Ana Ruiz"), 1u);
}

TEST(NewsClauses5, ItAfterAVerbOfSayingIsTheSpeakingCountryOrFirm) {
  Doc d("Norland said on Monday that it held talks with Sudria.");
  d.M("Norland", "Norland", ActorKind::kCountry).M("Sudria", "Sudria", ActorKind::kCountry);
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Norland", "Sudria"}));
  Doc f("Acme said it began negotiations with Borg.");
  f.M("Acme", "Acme", ActorKind::kOrganization).M("Borg", "Borg", ActorKind::kOrganization);
  auto ef = f.Interactions();
  ASSERT_EQ(ef.size(), 1u);
  EXPECT_EQ(f.Names(ef[0]), (Names{"Acme", "Borg"}));
  // A person speaking is "he" or "she": "it" is something else.
  Doc p("Ruiz said it held talks with Sudria.");
  p.M("Ruiz", "Ana Ruiz").M("Sudria", "Sudria", ActorKind::kCountry);
  for (const auto& e : p.Interactions()) EXPECT_EQ(p.Names(e).count("Ana Ruiz"), 0u);
}

}  // namespace
}  // namespace eg
