// A session told by who was present: "Around the table: A, B and C",
// "Those present included A, B and C", "A, B and C were in the room". The
// persons listed met, with no verb of meeting; two persons "in the room"
// are no session, nor is one "represented" there.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

std::set<Names> Pairs(const Doc& d) {
  std::set<Names> out;
  for (const auto& e : d.Interactions()) out.insert(d.Names(e));
  return out;
}

Doc Four(const std::string& text) {
  Doc d(text);
  for (const auto& [surface, name] : std::vector<std::pair<std::string, std::string>>{
           {"Varga", "Ilona Varga"}, {"Osei", "Kofi Osei"}, {"Brandt", "Lena Brandt"},
           {"Tamm", "Jaan Tamm"}})
    if (text.find(surface) != std::string::npos) d.M(surface, name);
  return d;
}

const Names kThree = {"Ilona Varga", "Kofi Osei", "Lena Brandt"};

TEST(NewsPresence, ThePersonsListedAsPresentMet) {
  EXPECT_EQ(Pairs(Four("Around the table: Varga, Osei and Brandt.")), std::set<Names>{kThree});
  EXPECT_EQ(Pairs(Four("Those present at the dinner included Varga, Osei and Brandt.")),
            std::set<Names>{kThree});
  EXPECT_EQ(Pairs(Four("Varga, Osei and Brandt were in the room for the second session.")),
            std::set<Names>{kThree});
  // Dated by the time of its clause.
  Doc d = Four("Those present around the table on Friday included Varga, Osei and Brandt.");
  d.T("Friday", "2024-03-08");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2024-03-08");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsPresence, NoSessionOfTwoOrOfTheRepresented) {
  EXPECT_TRUE(Pairs(Four("Varga and Osei were in the room.")).empty());
  // "representing Tamm": Tamm was not there; two attendees remain.
  EXPECT_TRUE(Pairs(Four("Varga and Osei, representing Tamm, were among those present.")).empty());
  EXPECT_EQ(Pairs(Four("Varga, Osei and Brandt, representing Tamm, were among those present.")),
            std::set<Names>{kThree});
  // No cue of presence: a list is no session.
  EXPECT_TRUE(Pairs(Four("Varga, Osei and Brandt praised the plan.")).empty());
}

}  // namespace
}  // namespace eg
