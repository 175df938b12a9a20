// "Ruiz was accompanied by Carla Mendes, the minister responsible for
// fisheries, and Dan Ito": a person item's appositive (an article or "his" /
// "her", a short noun phrase, a comma and "and") does not end the list; the
// name after it is an item too.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsListItemApposition, TheNameAfterAPersonsAppositiveIsInTheList) {
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. Ruiz was accompanied by Carla Mendes, "
        "the minister responsible for fisheries, and Dan Ito.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

}  // namespace
}  // namespace eg
