// "He'll host X": a he / she with its auxiliary glued on ("He'll", "she'd",
// one token) is a subject pronoun as "he" is (SubjectLeft, ClauseSubject).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsContractedPronoun, HeWithItsAuxiliary) {
  Doc d("Ana Ruiz spoke to reporters on Monday. He'll host Ben Okafor on Friday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18")
      .T("Friday", "2025-08-22");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // The second of two verbs: "He'll be in Varna and will host X".
  Doc c("Ana Ruiz spoke to reporters on Monday. He'll be in Varna this week and will host "
        "Ben Okafor on Friday.");
  c.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18")
      .T("Friday", "2025-08-22");
  auto ec = c.Interactions();
  ASSERT_EQ(ec.size(), 1u);
  EXPECT_EQ(c.Names(ec[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

// The typographic apostrophe glues the auxiliary on as the ASCII one does.
TEST(NewsContractedPronoun, TypographicApostrophe) {
  Doc d("Ana Ruiz spoke to reporters on Monday. She\u2019d host Ben Okafor on Friday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18")
      .T("Friday", "2025-08-22");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
