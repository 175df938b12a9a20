// "She attended the opening, held talks with X and Y before the dinner, and
// flew home": the middle verb of a series closed after a serial comma, with
// a phrase of a preposition ("before the dinner") inside it, shares the
// clause's subject — the two names after "with" are no event by themselves.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSeriesSerialComma, MiddleVerbPastSerialCommaSharesTheSubject) {
  Doc d("Lena Okoro attended the opening of the fair, held talks with Tomas Brandt and Ivo "
        "Sarkis before the dinner, and flew home on Friday.");
  d.M("Lena Okoro", "Lena Okoro").M("Tomas Brandt", "Tomas Brandt").M("Ivo Sarkis", "Ivo Sarkis");
  d.T("Friday", "2025-04-11");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Lena Okoro", "Tomas Brandt", "Ivo Sarkis"}));
}

TEST(NewsSeriesSerialComma, AClauseAfterTheCommaIsNoSeries) {
  // ", and the mayor ...": a new clause with its own subject, not a verb;
  // the middle verb finds no subject and the names after it stay apart.
  Doc d("Lena Okoro's deputy attended the opening of the fair, met Tomas Brandt and Ivo "
        "Sarkis, and the mayor flew home.");
  d.M("Lena Okoro", "Lena Okoro").M("Tomas Brandt", "Tomas Brandt").M("Ivo Sarkis", "Ivo Sarkis");
  for (const auto& m : d.Interactions()) EXPECT_FALSE(d.Names(m).count("Lena Okoro"));
}

}  // namespace
}  // namespace eg
