// "X has known Y since the 1990s, when the two met": a pair subject ("the
// two", "the two leaders", "both men") opening a clause of time or place
// is the two persons the clause it hangs on names (or tells by "he" /
// "she"), before any pair the story told earlier; the time the "when"
// clause describes keeps dating it against a vaguer time inside it. And
// "In April, she flew to Nairobi, met X and opened ...": the middle verb of
// a series closed by "and" shares the clause's subject.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPairOfHostClause, TheTwoAloneIsThePairOfTheHostClause) {
  Doc d("Tomas Brandt has known Lena Okoro since the 1990s, when the two met at a trade fair "
        "in Lyon.");
  d.M("Tomas Brandt", "Tomas Brandt").M("Lena Okoro", "Lena Okoro").T("the 1990s", "199");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Tomas Brandt", "Lena Okoro"}));
  EXPECT_EQ(ev[0].date, "199X");
}

TEST(NewsPairOfHostClause, AVaguerTimeInsideTheWhenClauseDoesNotRedateIt) {
  Doc d("Tomas Brandt has known Lena Okoro since the 1990s, when the two met over a "
        "late-night dinner in Lyon.");
  d.M("Tomas Brandt", "Tomas Brandt").M("Lena Okoro", "Lena Okoro").T("the 1990s", "199");
  d.T("over a late-night", "2025-08-20TNI", 0, TimexType::kTime);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "199X");
}

TEST(NewsPairOfHostClause, TheHostClausesPairComesBeforeTheStorysPair) {
  Doc d("Mark Carney spoke with Keir Starmer at length on Monday. Emmanuel Macron has known "
        "Friedrich Merz since 2019, when the two leaders met in Aachen.");
  d.M("Mark Carney", "Mark Carney").M("Keir Starmer", "Keir Starmer");
  d.M("Emmanuel Macron", "Emmanuel Macron").M("Friedrich Merz", "Friedrich Merz");
  d.T("Monday", "2025-08-18").T("2019", "2019");
  bool found = false;
  for (const auto& m : d.Interactions()) {
    const Names n = d.Names(m);
    EXPECT_FALSE(n.count("Keir Starmer") && n.count("Mark Carney") && m.date == "2019");
    if (n == Names{"Emmanuel Macron", "Friedrich Merz"}) found = m.date == "2019";
  }
  EXPECT_TRUE(found);
}

TEST(NewsPairOfHostClause, APronounOfTheHostClauseIsOneOfThePair) {
  Doc d("Lena Okoro met Eva Sand on Monday. In Lyon on Tuesday, she hosted Tomas Brandt at the "
        "town hall, where the two met for an hour.");
  d.M("Lena Okoro", "Lena Okoro").M("Eva Sand", "Eva Sand").M("Tomas Brandt", "Tomas Brandt");
  d.T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  int tuesday = 0;
  for (const auto& m : ev) {
    if (m.date != "2025-08-19") continue;
    ++tuesday;
    EXPECT_EQ(d.Names(m), (Names{"Lena Okoro", "Tomas Brandt"}));
  }
  EXPECT_GE(tuesday, 1);
}

TEST(NewsPairOfHostClause, ThreePersonsNamedMakeNoPair) {
  Doc d("Tomas Brandt and Eva Sand have known Lena Okoro since the 1990s, when the two met "
        "in Lyon.");
  d.M("Tomas Brandt", "Tomas Brandt").M("Eva Sand", "Eva Sand").M("Lena Okoro", "Lena Okoro");
  d.T("the 1990s", "199");
  // (Not two of the three the clause names with Lena Okoro.)
  for (const auto& m : d.Interactions()) EXPECT_FALSE(d.Names(m).count("Lena Okoro")) << m.date;
}

TEST(NewsSeriesOfVerbs, TheMiddleVerbSharesTheClausesSubject) {
  Doc d("The minister Lena Okoro spent the spring abroad. In April, she flew to Nairobi, met "
        "Tomas Brandt and opened a consulate.");
  d.M("Lena Okoro", "Lena Okoro").M("Tomas Brandt", "Tomas Brandt").T("April", "2025-04");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Lena Okoro", "Tomas Brandt"}));
  EXPECT_EQ(ev[0].date, "2025-04");
}

TEST(NewsSeriesOfVerbs, NoSeriesWithoutAClosingVerb) {
  // "met" after a comma with no "and VERB" to close a series: a reduced
  // relative or a list, not a verb of the clause's subject.
  Doc d("In April, Lena Okoro's deputy flew to Nairobi, met Tomas Brandt.");
  d.M("Lena Okoro", "Lena Okoro").M("Tomas Brandt", "Tomas Brandt").T("April", "2025-04");
  for (const auto& m : d.Interactions()) EXPECT_FALSE(d.Names(m).count("Lena Okoro"));
}

}  // namespace
}  // namespace eg
