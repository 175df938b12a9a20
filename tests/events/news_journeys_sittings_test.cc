// Journeys named by their means or stops ("took a bus to Lahore to meet
// Y", "made a surprise stopover in Lahore to see Y") carry their subject to
// the meeting that is their purpose; sitting with someone ("sitting with Y
// for three hours", "sat down for lunch with Y") is meeting him.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsJourneysSittings, AJourneyByBusOrAStopoverHasAPurpose) {
  Doc d("Okafor took a bus to Vella to meet Ruiz on Monday.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
  Doc s("Okafor made a surprise stopover in Vella to see Ruiz.");
  s.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(s.Names(es[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

TEST(NewsJourneysSittings, SittingWithSomeoneIsMeetingHim) {
  Doc d("Okafor was in Vella, sitting with Ruiz for three hours.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
  Doc l("Okafor sat down for lunch with Ruiz in the palace.");
  l.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto el = l.Interactions();
  ASSERT_EQ(el.size(), 1u);
  EXPECT_EQ(l.Names(el[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

TEST(NewsJourneysSittings, NoPersonNoPurposeNoMeeting) {
  // Only persons sit with someone; a journey with no purpose meets no one.
  Doc d("The decision sits with the Kestrel Group, Okafor said.");
  d.M("Kestrel Group", "Kestrel Group", ActorKind::kOrganization).M("Okafor", "Ben Okafor");
  EXPECT_TRUE(d.Interactions().empty());
  Doc b("Okafor took a bus to Vella with Ruiz's brother.");
  b.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(b.Interactions().empty());
}

}  // namespace
}  // namespace eg
