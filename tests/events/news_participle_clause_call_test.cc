// A phrase inside a participle clause set off after the main clause
// (", before agreeing to ... after a call with Y") has the main clause's
// subject for its own: the one who agreed had the call.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsParticipleClauseCall, TheMainSubjectHadTheCallInTheParticipleClause) {
  Doc d("Ruiz first threatened the bloc with tariffs in May, before agreeing to delay them "
        "after a phone call with Hadley on May 25.",
        "2025-07-28");
  d.M("Ruiz", "Ana Ruiz").M("Hadley", "Marta Hadley").T("May", "2025-05").T("May 25", "2025-05-25");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Marta Hadley"}));
  // No participle after the conjunction: a clause with a subject of its
  // own that names none; no one is guessed.
  Doc n("Ruiz threatened the bloc with tariffs in May, before the deal was delayed after a "
        "phone call with Hadley on May 25.",
        "2025-07-28");
  n.M("Ruiz", "Ana Ruiz").M("Hadley", "Marta Hadley").T("May", "2025-05").T("May 25", "2025-05-25");
  for (const auto& e : n.Interactions()) EXPECT_FALSE(n.Names(e).count("Ana Ruiz"));
}

}  // namespace
}  // namespace eg
