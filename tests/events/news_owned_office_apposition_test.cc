// "X's predecessor, Y, met Z": when the actors stage takes office and name
// into one mention ("predecessor, Y"), the owner before the office opens
// the phrase; Y is the subject, not X.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOwnedOfficeApposition, TheNamedOfficeHolderIsTheSubject) {
  Doc d("Eva Sand's predecessor, Tomas Brandt, met Lena Okoro in Lyon.");
  d.M("Eva Sand", "Eva Sand").M("predecessor, Tomas Brandt", "Tomas Brandt");
  d.M("Lena Okoro", "Lena Okoro");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Tomas Brandt", "Lena Okoro"}));
}

TEST(NewsOwnedOfficeApposition, AnOwnerInsideAPrepositionalPhraseOpensNothing) {
  // The phrase must still open the clause: "talks with Eva Sand's
  // predecessor, Tomas Brandt, met ..." is no such subject.
  Doc d("After talks with Eva Sand's predecessor, Tomas Brandt, met Lena Okoro in Lyon.");
  d.M("Eva Sand", "Eva Sand").M("predecessor, Tomas Brandt", "Tomas Brandt");
  d.M("Lena Okoro", "Lena Okoro");
  for (const auto& m : d.Interactions()) EXPECT_FALSE(d.Names(m).count("Eva Sand"));
}

}  // namespace
}  // namespace eg
