// A relative clause on a name, ", who has ...", marks an unknown
// capitalised name as a person's ("met Tavish Orrin, who has lobbied ...").
// Not a place after a locative ("guerrillas from Anlong Pesh, who have
// ..."), not a plural verb (the clause is on the noun before), not a name
// with an organisation's word.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsWhoRelativePerson, ANameBeforeWhoIsAPersons) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "The minister met Tavish Orrin, who has lobbied for lower tariffs, on Monday.",
                "2025-09-05");
  EXPECT_TRUE(f->HasPerson("Tavish Orrin"));
}

TEST(NewsWhoRelativePerson, APlaceOrAPluralClauseIsNoCue) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "They were aided by fighters from Anlong Pesh, who have joined the rebels.",
                "1998-03-05");
  EXPECT_FALSE(f->HasPerson("Anlong Pesh"));
  auto p = Find(*g, "The rebels praised Tavish Orrin, who were there too.", "2025-09-05");
  EXPECT_FALSE(p->HasPerson("Tavish Orrin"));
}

}  // namespace
}  // namespace eg
