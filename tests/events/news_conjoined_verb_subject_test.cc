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

TEST(NewsConjoinedVerbSubject, PastAPhraseOfDuring) {
  Doc d("Ruiz endorsed Okafor during the campaign and hosted him at the palace in May.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("May", "2025-05");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
