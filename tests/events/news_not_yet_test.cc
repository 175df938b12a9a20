// "has not yet spoken with Y": "yet" after an auxiliary or a negation is the
// adverb inside the clause, not the conjunction that opens one ("..., yet
// they met"); taken as a clause boundary it cut the negation off the verb
// and the talks that have not happened were told as held.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsNotYet, NotYetNegatesTheVerb) {
  Doc d("Varga has not yet spoken with Osei, an aide said.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);
}

TEST(NewsNotYet, ContractedNegationBeforeYet) {
  Doc d("Varga hasn't yet met Osei.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);
}

TEST(NewsNotYet, ConjunctionYetStillOpensAClause) {
  // The conjunction: the negation of the first clause does not reach the
  // verb after it.
  Doc d("The two sides did not agree on a text, yet Varga met Osei on Friday.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei");
  d.T("Friday", "2024-03-08");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

}  // namespace
}  // namespace eg
