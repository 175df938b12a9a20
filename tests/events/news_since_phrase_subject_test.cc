// "X came to Varna in April, the first visit since the war, and sat with
// Y": a "since" phrase before a noun opens no clause; the coordinated verb
// shares the sentence's subject.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSincePhraseSubject, TheVerbAfterTheAppositiveSharesTheSubject) {
  Doc d("Ana Ruiz came to Varna on Monday, her first trip since the war, and sat with "
        "Tom Berg at the palace.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tom Berg", "Tom Berg").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tom Berg"}));
}

}  // namespace
}  // namespace eg
