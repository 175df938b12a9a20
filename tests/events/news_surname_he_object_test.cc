// "held talks with Ruiz and with He": a capitalised "He" after a
// preposition is the family name of a person the document names in full
// with it first ("He Lan"), not a pronoun (ItemRight, SurnameHe).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSurnameHeObject, HeAfterWithIsTheFamilyName) {
  Doc d("He Lan arrived in Varna on Thursday. Dora Lim held talks with He on Friday.");
  d.M("He Lan", "He Lan").M("Dora Lim", "Dora Lim").T("Thursday", "2025-08-14")
      .T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Dora Lim", "He Lan"}));
}

TEST(NewsSurnameHeObject, NoOneSoNamedNoParty) {
  Doc d("Ben Okafor arrived in Varna on Thursday. Dora Lim held talks with He on Friday.");
  d.M("Ben Okafor", "Ben Okafor").M("Dora Lim", "Dora Lim").T("Thursday", "2025-08-14")
      .T("Friday", "2025-08-15");
  for (const auto& e : d.Interactions()) EXPECT_EQ(d.Names(e).count("Ben Okafor"), 0u);
}

}  // namespace
}  // namespace eg
