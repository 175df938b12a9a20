// "X sat down with the premiers": a definite plural of a title whose
// members no list names stands for the persons the document titles so with
// a capital before their names, three of them at least (TitledGroup,
// extract_groups.cc).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsTitledGroup, ThePluralTitleStandsForThoseTitledSo) {
  Doc d("Norland Premier Ben Okafor, Eastmark Premier Eva Dahl and Westmark Premier Tom Lund "
        "arrived on Sunday. Ruiz sat down with the premiers for six hours on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Premier Ben Okafor", "Ben Okafor")
      .M("Premier Eva Dahl", "Eva Dahl")
      .M("Premier Tom Lund", "Tom Lund")
      .T("Sunday", "2025-08-17")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Eva Dahl", "Tom Lund"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

TEST(NewsTitledGroup, TwoTitledOrOthersOrACountAreNoSuchGroup) {
  // Only two persons titled so: no group.
  Doc d("Norland Premier Ben Okafor and Eastmark Premier Eva Dahl arrived on Sunday. "
        "Ruiz sat down with the premiers on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Premier Ben Okafor", "Ben Okafor")
      .M("Premier Eva Dahl", "Eva Dahl")
      .T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
  // "the other premiers": not those titled so, but the rest of them.
  Doc o("Norland Premier Ben Okafor, Eastmark Premier Eva Dahl and Westmark Premier Tom Lund "
        "arrived on Sunday. Ruiz sat down with the other premiers on Monday.");
  o.M("Ruiz", "Ana Ruiz")
      .M("Premier Ben Okafor", "Ben Okafor")
      .M("Premier Eva Dahl", "Eva Dahl")
      .M("Premier Tom Lund", "Tom Lund")
      .T("Monday", "2025-08-18");
  EXPECT_TRUE(o.Interactions().empty());
}

TEST(NewsTitledGroup, AnotherTitleOrAnOfComplementIsNoSuchGroup) {
  // "Prime Minister X" is no "minister" of "the ministers"; and "the
  // ministers of A and B" say whose they are.
  Doc d("Prime Minister Ben Okafor, Prime Minister Eva Dahl and Prime Minister Tom Lund "
        "arrived on Sunday. Ruiz sat down with the ministers on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Prime Minister Ben Okafor", "Ben Okafor")
      .M("Prime Minister Eva Dahl", "Eva Dahl")
      .M("Prime Minister Tom Lund", "Tom Lund")
      .T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
  Doc o("Norland Premier Ben Okafor, Eastmark Premier Eva Dahl and Westmark Premier Tom Lund "
        "arrived on Sunday. The plan brings together the premiers and mayors of the west.");
  o.M("Premier Ben Okafor", "Ben Okafor")
      .M("Premier Eva Dahl", "Eva Dahl")
      .M("Premier Tom Lund", "Tom Lund");
  EXPECT_TRUE(o.Interactions().empty());
}

TEST(NewsTitledGroup, ThePluralTitleAsTheSubject) {
  Doc d("Norland Premier Ben Okafor, Eastmark Premier Eva Dahl and Westmark Premier Tom Lund "
        "met Ruiz on Monday. The premiers agreed to meet again on Friday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Premier Ben Okafor", "Ben Okafor")
      .M("Premier Eva Dahl", "Eva Dahl")
      .M("Premier Tom Lund", "Tom Lund")
      .T("Monday", "2025-08-18")
      .T("Friday", "2025-08-22");
  bool again = false;
  for (const auto& e : d.Interactions())
    if (e.date == "2025-08-22") {
      again = true;
      EXPECT_EQ(d.Names(e), (Names{"Ben Okafor", "Eva Dahl", "Tom Lund"}));
    }
  EXPECT_TRUE(again);
}

}  // namespace
}  // namespace eg
