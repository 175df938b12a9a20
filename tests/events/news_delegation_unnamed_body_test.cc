// "received a delegation of the Harbour Workers' League (HWL) led by its
// convener, Ben Okafor": the body a delegation acts for may be a name no
// actor stands for, and its head may be named in apposition after his
// office owned by the body ("its convener, X"); the delegation is met in
// him (LeaderNamedAfter, extract_lists.cc).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsDelegationUnnamedBody, AnUnknownBodysNameBeforeTheHead) {
  Doc d("Ruiz received a delegation of the Harbour Workers League (HWL) led by Ben Okafor "
        "on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // A country inside the body's name: "the Farmers Party of Norland".
  Doc c("Ruiz met a delegation of the Farmers Party of Norland led by Ben Okafor.");
  c.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry).M("Ben Okafor", "Ben Okafor");
  auto ec = c.Interactions();
  ASSERT_EQ(ec.size(), 1u);
  EXPECT_EQ(c.Names(ec[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsDelegationUnnamedBody, TheHeadAfterHisOfficeOwnedByTheBody) {
  Doc d("Ruiz received a delegation from the Harbour Workers League, led by its "
        "secretary-general, Ben Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsDelegationUnnamedBody, NoPersonAfterTheOfficeNoParty) {
  // The office without a name after it, or a name that is no apposition.
  Doc d("Ruiz received a delegation of the Harbour Workers League, led by its convener.");
  d.M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(d.Interactions().empty());
  Doc s("Ruiz received a delegation of the Harbour Workers League led by its convener and "
        "praised Okafor.");
  s.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(s.Interactions().empty());
}

}  // namespace
}  // namespace eg
