// "met A, B and Tarvia's first minister, C, and deputy first minister, D":
// a list item may be an office written in lower case, with no article,
// and its holder in apposition after a comma (OfficeThenHolder); the
// holder is the party, the office only describes him.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOfficeThenHolder, OfficesInAppositionAfterAndAreItems) {
  // The holder's mention as the actors stage reads it, the office's title
  // word taken in ("minister, Dora Lim"); the place owning the first
  // office stands for no actor.
  Doc d("Ruiz met Pal Moen, Ivo Sand and Tarvia's first minister, Dora Lim, and deputy first "
        "minister, Kai Berg, in the cabinet room on Thursday.");
  d.M("Ruiz", "Ana Ruiz").M("Pal Moen", "Pal Moen").M("Ivo Sand", "Ivo Sand")
      .M("minister, Dora Lim", "Dora Lim").M("minister, Kai Berg", "Kai Berg")
      .T("Thursday", "2025-06-12");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Pal Moen", "Ivo Sand", "Dora Lim", "Kai Berg"}));
  // The holder's name alone as the mention, after the office's comma.
  Doc b("Ruiz met Pal Moen and deputy finance minister, Kai Berg, on Thursday.");
  b.M("Ruiz", "Ana Ruiz").M("Pal Moen", "Pal Moen").M("Kai Berg", "Kai Berg")
      .T("Thursday", "2025-06-12");
  auto eb = b.Interactions();
  ASSERT_EQ(eb.size(), 1u);
  EXPECT_EQ(b.Names(eb[0]), (Names{"Ana Ruiz", "Pal Moen", "Kai Berg"}));
}

TEST(NewsOfficeThenHolder, ASpeakerAfterTheOfficeIsNoHolder) {
  // "..., deputy first minister, Kai Berg said": Berg speaks; he is not
  // met (the list ends at the first item).
  Doc d("Ruiz met Pal Moen and the deputy first minister, Kai Berg said on Thursday.");
  d.M("Ruiz", "Ana Ruiz").M("Pal Moen", "Pal Moen").M("Kai Berg", "Kai Berg")
      .T("Thursday", "2025-06-12");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Pal Moen"}));
}

}  // namespace
}  // namespace eg
