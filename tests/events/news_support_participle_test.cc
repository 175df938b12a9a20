// "X held renewed talks with Y", "X is to begin detailed negotiations with
// Y": an -ed adjective right after a verb of support modifies the event
// noun; the support verb still frames it and gives its subject.
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSupportParticiple, AnEdAdjectiveAfterTheSupportVerb) {
  // (Undated: a dated clause's persons would be taken anyway.)
  for (const char* s : {"Ruiz held renewed talks with Okafor.",
                        "Ruiz is due in Lima to begin detailed negotiations with Okafor."}) {
    Doc d(s, "2025-05-14");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"})) << s;
  }
}

}  // namespace
}  // namespace eg
