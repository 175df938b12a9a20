// Seen doing it is doing it: "she was seen chatting with Y", "X was
// pictured shaking hands with Y". The participle of perception stands
// between the subject (a pronoun too) and the verb as "expected to" does.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSeenDoing, SeenChattingWithSomeoneIsTalks) {
  Doc d("Ruiz kept her distance from politics. She was seen chatting with Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

}  // namespace
}  // namespace eg
