// Who attended a meeting told by its noun: past a participle aside set off
// by commas ("The meeting, held in a hotel room, was attended by X"), and
// by side ("was attended on the Brazilian side by X and on the U.S. side by
// Y and Z").
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsAttendedSides, PastAParticipleAside) {
  Doc d("Ruiz and Okafor met in Varna on Sunday. The meeting, held in a hotel conference room, "
        "was attended by Dunn and Lind.",
        "2025-10-27");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn").M("Lind", "Eva Lind")
      .T("Sunday", "2025-10-26");
  bool found = false;
  for (const auto& m : d.Interactions())
    if (d.Names(m).count("Carl Dunn")) {
      found = true;
      EXPECT_EQ(d.Names(m).count("Eva Lind"), 1u);
    }
  EXPECT_TRUE(found);
}

TEST(NewsAttendedSides, EachSidesAttendees) {
  Doc d("The meeting on Sunday was attended on the Norland side by Ruiz and on the Vesta side "
        "by Okafor and Dunn.",
        "2025-10-27");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn")
      .T("Sunday", "2025-10-26");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carl Dunn"}));
}

}  // namespace
}  // namespace eg
