// "The Personal Envoy of the Secretary-General, X, met Y", "The envoy of the
// UN chief, X, met Y": the name in apposition after an office whose "of"
// complement names another office is the subject, though the actors stage
// took the inner office and the name for one mention.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOfficeOfOfficeApposition, TheOfficeTakenInWithTheNameIsAComplement) {
  // The actors stage may take the inner office and the name as one mention.
  Doc d("The Personal Envoy of the Secretary-General, Ana Ruiz, met Okafor on Friday.");
  d.M("the Secretary-General, Ana Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
