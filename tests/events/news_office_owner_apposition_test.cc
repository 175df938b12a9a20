// "The Secretary-General's Personal Envoy, Y, met Z": the mention of the
// appositive name may start at the office's last word ("Envoy, Y"); the
// capitalised words of the office before it and its owner ("The
// Secretary-General's") still open the subject's phrase, so Y is the
// subject (the first participant, whom the summary names as the one who
// meets), not a name skipped as an aside.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOfficeOwnerApposition, AnOwnedOfficeBeforeTheNameInAppositionOpensTheSubject) {
  Doc d("The Secretary-General's Personal Envoy, Tunde Obiakor, met General Ali Hassan in "
        "Port Sudan on Wednesday.",
        "2025-09-19");
  d.M("The Secretary-General", "Ana Ruiz")
      .M("Envoy, Tunde Obiakor", "Tunde Obiakor")
      .M("General Ali Hassan", "Ali Hassan")
      .T("Wednesday", "2025-09-17");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Tunde Obiakor", "Ali Hassan"}));
  ASSERT_FALSE(ev[0].participants.empty());
  EXPECT_EQ(d.actors().entities[ev[0].participants[0]].name, "Tunde Obiakor");
  // An owner that is no mention, a hyphen glued inside its name.
  Doc n("The Asia-Pacific Fund's Deputy Director, Tunde Obiakor, met General Ali Hassan on "
        "Wednesday.",
        "2025-09-19");
  n.M("Director, Tunde Obiakor", "Tunde Obiakor")
      .M("General Ali Hassan", "Ali Hassan")
      .T("Wednesday", "2025-09-17");
  auto en = n.Interactions();
  ASSERT_EQ(en.size(), 1u);
  ASSERT_FALSE(en[0].participants.empty());
  EXPECT_EQ(n.actors().entities[en[0].participants[0]].name, "Tunde Obiakor");
}

}  // namespace
}  // namespace eg
