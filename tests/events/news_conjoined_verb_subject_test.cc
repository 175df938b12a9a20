// "Ruiz endorsed Okafor during the campaign and hosted him": the second of
// two verbs joined by "and" has the clause's subject, not the first verb's
// object, nor nothing past a phrase of "during" (SubjectLeft).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsConjoinedVerbSubject, TheObjectBeforeAndIsNoSubject) {
  Doc d("Ruiz praised Okafor and hosted Dunn at the palace in May.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn").T("May", "2025-05");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Carl Dunn"}));
  // With an object pronoun: the person named before, other than the subject.
  Doc h("Ruiz endorsed Okafor and hosted him at the palace in May.");
  h.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("May", "2025-05");
  auto eh = h.Interactions();
  ASSERT_EQ(eh.size(), 1u);
  EXPECT_EQ(h.Names(eh[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

// An adverb after the "and" ("and later held talks with Z") leaves the
// second verb the clause's subject; and "Earlier X met Y and later ..."
// puts only the first verb before the scene.
TEST(NewsConjoinedVerbSubject, AnAdverbAfterAnd) {
  Doc d("Ruiz met Okafor and later held talks with Dunn.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[1]), (Names{"Ana Ruiz", "Carl Dunn"}));

  Doc e("Leaders met for a summit in Varna on Friday. Earlier Ruiz met Okafor and later held "
        "talks with Dunn on the sidelines of the summit.",
        "2025-05-16");
  e.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn")
      .T("Friday", "2025-05-16");
  bool found = false;
  for (const auto& m : e.Interactions()) {
    if (e.Names(m) != Names{"Ana Ruiz", "Carl Dunn"}) continue;
    found = true;
    EXPECT_EQ(m.date, "2025-05-16");
  }
  EXPECT_TRUE(found);
}

TEST(NewsConjoinedVerbSubject, PastAPhraseOfDuring) {
  Doc d("Ruiz endorsed Okafor during the campaign and hosted him at the palace in May.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("May", "2025-05");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
