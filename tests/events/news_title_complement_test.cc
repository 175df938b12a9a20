// "meet Trump's special envoy for Norland and Vella, Ben Okafor": a title's
// complement, then the holder's name in apposition: the name is the item.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsTitleComplement, TheNameAfterTheComplementIsTheObject) {
  Doc d("Ruiz is due to meet Lee's special envoy for Norland and Vella, Ben Okafor, in Kyiv on "
        "Thursday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Lee", "Kim Lee")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("Vella", "Vella", ActorKind::kCountry)
      .M("Ben Okafor", "Ben Okafor")
      .T("Thursday", "2025-08-21");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsTitleComplement, ASpeakerAfterTheCommaIsNoItem) {
  Doc d("Ruiz met Lee's special envoy for Norland, Okafor said on Thursday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Lee", "Kim Lee")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("Okafor", "Ben Okafor")
      .T("Thursday", "2025-08-21");
  for (const auto& e : d.Interactions()) EXPECT_EQ(d.Names(e).count("Ben Okafor"), 0u);
}

}  // namespace
}  // namespace eg
