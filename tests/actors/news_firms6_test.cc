// Firms in business news, sixth round: a name no gazetteer knows, written
// with a legal form ("Telerate Inc."), is a firm that may be a party to
// talks; its later bare name is the same firm; it is an actor only where a
// document found it a party (DocEntity::party).
#include <gtest/gtest.h>

#include <algorithm>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

const DocEntity* Firm(const testing::Found& f, const std::string& name) {
  const DocEntity* e = f.Entity(name);
  return e && e->kind == ActorKind::kOrganization && e->party_only ? e : nullptr;
}

TEST(NewsFirms6, ALegalFormMakesAFirmAndItsBareNameIsIt) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g,
                "Zorvex Inc. rejected the offer. Late last week, representatives of Zorvex "
                "began negotiations.",
                "1989-10-30");
  ASSERT_NE(Firm(*f, "Zorvex"), nullptr);
  EXPECT_EQ(Firm(*f, "Zorvex")->mentions, 2u);
  EXPECT_EQ(f->EntityOf("Zorvex Inc."), "Zorvex");
  // Organisation words between name and legal form stay in the name; the
  // words before them are a short name.
  auto w = Find(*g, "Quarnell Electric Corp. expects growth. Quarnell said so.", "1989-10-26");
  ASSERT_NE(Firm(*w, "Quarnell Electric"), nullptr);
  EXPECT_EQ(w->EntityOf("Quarnell"), "Quarnell Electric");
  // Two firms ending with the same word are no family whose members are
  // persons.
  auto h = Find(*g,
                "The electronics unit, GM Hughes Electronics, said net income fell. The drop at "
                "GM Hughes Electronics hit the Delco Electronics Corp. side of the unit. Hughes earnings "
                "fell, and Hughes's plan to cut jobs went ahead.",
                "1989-10-26");
  EXPECT_FALSE(h->HasPerson("Hughes Electronics"));
  // Without a legal form a name is no firm.
  auto n = Find(*g, "Zorvex rejected the offer.", "1989-10-30");
  EXPECT_EQ(Firm(*n, "Zorvex"), nullptr);
}

TEST(NewsFirms6, AFirmIsAnActorOnlyWhereItWasAParty) {
  auto g = testing::ShippedGazetteer();
  std::vector<DocActors> docs;
  docs.push_back(Find(*g, "Zorvex Inc. rejected the offer.", "1989-10-30")->actors);
  docs.push_back(Find(*g, "Plimsoll Corp. rejected the offer.", "1989-10-30")->actors);
  // The events stage found Zorvex a party in a third document.
  docs.push_back(Find(*g, "Zorvex Inc. began talks.", "1989-10-31")->actors);
  for (DocEntity& e : docs[2].entities)
    if (e.name == "Zorvex") e.party = true;
  ActorTable t = MergeActors(docs, *g);
  auto named = [&](const std::string& n) {
    return std::any_of(t.actors.begin(), t.actors.end(), [&](const Actor& a) { return a.name == n; });
  };
  EXPECT_TRUE(named("Zorvex"));
  EXPECT_FALSE(named("Plimsoll"));
  // Every entity still reads as some actor.
  ASSERT_EQ(t.entity_to_actor.size(), 3u);
  for (size_t d = 0; d < 3; ++d)
    for (size_t e = 0; e < t.entity_to_actor[d].size(); ++e)
      EXPECT_LT(t.entity_to_actor[d][e], t.actors.size());
}

}  // namespace
}  // namespace eg
