// "accompanied by", "flanked by", "joined by": the companions of the
// subject take part in the interaction, whether the phrase sits between the
// subject and its verb or after the clause; "X and Y on one side and Z on
// the other" is one list.
#include <gtest/gtest.h>

#include <set>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

std::set<std::string> Who(Doc& d) {
  auto ev = d.Interactions();
  EXPECT_EQ(ev.size(), 1u);
  return ev.empty() ? std::set<std::string>() : d.Names(ev[0]);
}

TEST(NewsCompanions, AfterTheClause) {
  Doc d("Ruiz and Okafor met in Lisbon for three hours, accompanied by Lima and Sato on the "
        "Portuguese side and Diaz on the Nigerian side.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima").M("Sato", "Ken Sato")
      .M("Diaz", "Luis Diaz");
  EXPECT_EQ(Who(d), (std::set<std::string>{"Ana Ruiz", "Ben Okafor", "Eva Lima", "Ken Sato",
                                           "Luis Diaz"}));

  Doc f("Ruiz met Okafor on Monday, flanked by Lima.");
  f.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima");
  EXPECT_EQ(Who(f), (std::set<std::string>{"Ana Ruiz", "Ben Okafor", "Eva Lima"}));
}

TEST(NewsCompanions, BetweenSubjectAndVerb) {
  Doc d("Ruiz, accompanied by Lima and Sato, met Okafor in Lisbon.");
  d.M("Ruiz", "Ana Ruiz").M("Lima", "Eva Lima").M("Sato", "Ken Sato").M("Okafor", "Ben Okafor");
  EXPECT_EQ(Who(d), (std::set<std::string>{"Ana Ruiz", "Ben Okafor", "Eva Lima", "Ken Sato"}));
}

TEST(NewsCompanions, OtherPhrasesAddNoOne) {
  // Another participle clause, or "by" after another verb.
  Doc d("Ruiz met Okafor in Lisbon, praised by Lima for her patience.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima");
  EXPECT_EQ(Who(d), (std::set<std::string>{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
