// "He has been in contact with Y; the two of them held a joint press
// conference": a pair reference opening a clause after a semicolon is the
// two persons the clause before it names (PairOfHostClause), not the pair
// of the story's last interaction.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPairAfterSemicolon, ThePairIsTheClauseBeforeTheSemicolon) {
  Doc d("Mr. Ruiz met President Pal Moen in Lindor on Saturday. He has also been in contact "
        "with Dora Lim of the refugee agency; the two of them held a joint press conference "
        "in Vessa on Sunday.");
  d.M("Mr. Ruiz", "Ana Ruiz").M("President Pal Moen", "Pal Moen").M("Dora Lim", "Dora Lim")
      .T("Saturday", "2025-05-03").T("Sunday", "2025-05-04");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Pal Moen"}));
  EXPECT_EQ(d.Names(ev[1]), (Names{"Ana Ruiz", "Dora Lim"}));
}

}  // namespace
}  // namespace eg
