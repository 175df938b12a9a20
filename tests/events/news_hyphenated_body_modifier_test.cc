// "met Norland Hizb-ut-Adala leader Ben Okafor": a country before the
// name of a body written with glued hyphens and lower-case particles, then
// an office and a person, only modifies the person; the country takes no
// part (ItemRight, extract_lists.cc).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsHyphenatedBodyModifier, TheCountryBeforeAHyphenatedBodyModifiesThePerson) {
  Doc d("Ruiz held a meeting with Norland Hizb-ut-Adala leader Ben Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("Ben Okafor", "Ben Okafor")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsHyphenatedBodyModifier, AHyphenatedWordWithoutAPersonAfterIt) {
  // "Norland-based groups": no person follows, the country stays a party
  // as before the rule (or none); the rule adds no person.
  Doc d("Ruiz held a meeting with Norland Hizb-ut-Adala members on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry).T("Monday", "2025-08-18");
  for (const auto& e : d.Interactions())
    EXPECT_EQ(d.Names(e).count("Ben Okafor"), 0u);
}

}  // namespace
}  // namespace eg
