// A capitalised "He" inside a sentence is no pronoun but the family name of
// a person the document names with it first (He Lifeng, He Yafei).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSurnameHe, ACapitalisedHeInsideASentenceIsTheSurname) {
  Doc d("Vice Premier He Jun led the talks. Li Wei said the talks went well. On the sidelines of "
        "the talks, He also met Ana Ruiz on Saturday.");
  d.M("He Jun", "He Jun").M("Li Wei", "Li Wei").M("Ana Ruiz", "Ana Ruiz");
  d.T("Saturday", "2025-08-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"He Jun", "Ana Ruiz"}));
}

TEST(NewsSurnameHe, TheSentenceInitialHeIsThePronoun) {
  Doc d("Vice Premier He Jun led the talks. Li Wei spoke next. He also met Ana Ruiz on Saturday.");
  d.M("He Jun", "He Jun").M("Li Wei", "Li Wei").M("Ana Ruiz", "Ana Ruiz");
  d.T("Saturday", "2025-08-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Li Wei", "Ana Ruiz"}));
}

}  // namespace
}  // namespace eg
