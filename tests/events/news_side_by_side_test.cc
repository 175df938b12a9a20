// "The two men sat side by side": "side by side" after a verb of the
// `together` frame (cues.tsv `together`) makes its subject one company in
// one place, as "together" does.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSideBySide, SatSideBySideIsAMeetingOfTheSubject) {
  Doc d("Lena Vos and Piet Graaf sat side by side at the opening in Orlin on Monday.",
        "2025-07-10");
  d.M("Lena Vos", "Lena Vos").M("Piet Graaf", "Piet Graaf");
  d.T("Monday", "2025-07-07");
  bool found = false;
  for (const EventMention& m : d.Interactions()) {
    EXPECT_EQ(d.Names(m), (Names{"Lena Vos", "Piet Graaf"}));
    found = true;
  }
  EXPECT_TRUE(found);
}

TEST(NewsSideBySide, SatAloneIsNoMeeting) {
  Doc d("Lena Vos and Piet Graaf sat in the front row in Orlin on Monday.", "2025-07-10");
  d.M("Lena Vos", "Lena Vos").M("Piet Graaf", "Piet Graaf");
  d.T("Monday", "2025-07-07");
  EXPECT_TRUE(d.Interactions().empty());
}

// "X held a call with Y. Z hosted it in Velm, where X had arrived. The two
// men sat side by side": the pair is the two persons the previous sentence
// names, not the call's pair that only one of them shares.
TEST(NewsSideBySide, ThePreviousSentencesTwoOverATopicalPairSharingOne) {
  Doc d(
      "Omar Haddad held a video call with Lena Vos on Monday. "
      "Piet Graaf hosted the call in Velm, where Haddad had arrived that morning. "
      "The two men sat side by side for the call.",
      "2025-07-10");
  d.M("Omar Haddad", "Omar Haddad").M("Lena Vos", "Lena Vos").M("Piet Graaf", "Piet Graaf");
  d.M("Haddad", "Omar Haddad", ActorKind::kPerson, 1);
  d.T("Monday", "2025-07-07");
  bool found = false;
  for (const EventMention& m : d.Interactions())
    if (m.type == "meeting") {
      EXPECT_EQ(d.Names(m), (Names{"Omar Haddad", "Piet Graaf"}));
      found = true;
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
