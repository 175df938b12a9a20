#include <gtest/gtest.h>

#include <algorithm>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;
using testing::SmallGazetteer;

class MergeActorsTest : public ::testing::Test {
 protected:
  ActorTable Merge(const std::vector<std::string>& texts) {
    std::vector<DocActors> docs;
    for (const auto& t : texts) docs.push_back(Find(*gaz_, t, "2025-08-20")->actors);
    return MergeActors(docs, *gaz_);
  }
  static const Actor* ByName(const ActorTable& t, const std::string& name) {
    for (const auto& a : t.actors)
      if (a.name == name) return &a;
    return nullptr;
  }
  static size_t Persons(const ActorTable& t) {
    return size_t(std::count_if(t.actors.begin(), t.actors.end(),
                                [](const Actor& a) { return a.kind == ActorKind::kPerson; }));
  }
  static bool HasAlias(const Actor& a, const std::string& x) {
    return std::find(a.aliases.begin(), a.aliases.end(), x) != a.aliases.end();
  }
  std::unique_ptr<Gazetteer> gaz_ = SmallGazetteer();
};

TEST_F(MergeActorsTest, MisspellingsOfAGazetteerPersonMerge) {
  ActorTable t = Merge({"Zelensky spoke. Later Zelinskyy answered and Zelinsky left.",
                        "Italian Prime Minister Georgia Miloni praised him.",
                        "German chancellor Friedrik Merz was reserved.",
                        "Asia will be ceded to Xi Jin Peng, it seems."});
  const Actor* z = ByName(t, "Volodymyr Zelensky");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->mentions, 3u);
  EXPECT_TRUE(HasAlias(*z, "Zelinskyy"));
  EXPECT_TRUE(HasAlias(*z, "Zelinsky"));
  const Actor* m = ByName(t, "Giorgia Meloni");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(HasAlias(*m, "Italian Prime Minister Georgia Miloni"));
  ASSERT_NE(ByName(t, "Friedrich Merz"), nullptr);
  ASSERT_NE(ByName(t, "Xi Jinping"), nullptr);
  EXPECT_TRUE(HasAlias(*ByName(t, "Xi Jinping"), "Xi Jin Peng"));
  EXPECT_EQ(Persons(t), 4u);
}

TEST_F(MergeActorsTest, LongMisspeltSurnameAloneStillFindsItsPerson) {
  ActorTable t = Merge({"Aid reached Zelinskyy on Monday.", "Aid reached Bidon on Monday."});
  const Actor* z = ByName(t, "Volodymyr Zelensky");
  ASSERT_NE(z, nullptr);
  EXPECT_TRUE(HasAlias(*z, "Zelinskyy"));
  // Short surnames need the person in the document: "Bidon" is nobody.
  EXPECT_EQ(Persons(t), 1u);
}

TEST_F(MergeActorsTest, DistinctPeopleSharingASurnameStayApart) {
  ActorTable t = Merge({"Joe Biden spoke. Hunter Biden said nothing.",
                        "Bill Clinton and Hillary Clinton arrived."});
  EXPECT_NE(ByName(t, "Joe Biden"), nullptr);
  EXPECT_NE(ByName(t, "Hunter Biden"), nullptr);
  EXPECT_NE(ByName(t, "Bill Clinton"), nullptr);
  EXPECT_NE(ByName(t, "Hillary Clinton"), nullptr);
  EXPECT_EQ(Persons(t), 4u);
}

TEST_F(MergeActorsTest, DiscoveredPeopleMergeAcrossDocumentsAndIdsAreSlugs) {
  ActorTable t = Merge({"Valentina Shevchenko said it was insane.",
                        "Later Shevchenko left. Valentina Shevchenko told us so."});
  const Actor* v = ByName(t, "Valentina Shevchenko");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->id, "valentina-shevchenko");
  EXPECT_EQ(v->mentions, 3u);
  EXPECT_EQ(Persons(t), 1u);
  ASSERT_EQ(t.entity_to_actor.size(), 2u);
  for (size_t d = 0; d < 2; ++d)
    for (uint32_t a : t.entity_to_actor[d]) EXPECT_LT(a, t.actors.size());
  EXPECT_TRUE(std::is_sorted(t.actors.begin(), t.actors.end(),
                             [](const Actor& a, const Actor& b) { return a.id < b.id; }));
}

TEST_F(MergeActorsTest, EntitiesByEntryIndexAndByIdJoinTheSameActor) {
  DocActors found = Find(*gaz_, "Zelensky met Putin.", "2025-08-20")->actors;
  ASSERT_EQ(found.entities.size(), 2u);
  for (const DocEntity& e : found.entities) {
    ASSERT_GE(e.gaz_entry, 0);
    EXPECT_EQ(gaz_->entry(uint32_t(e.gaz_entry)).id, e.gazetteer_id);
  }
  // The same entities without their entry index (merged by id and name),
  // with one whose index names another entry (not trusted), and as found.
  DocActors by_id = found;
  for (DocEntity& e : by_id.entities) e.gaz_entry = -1;
  DocActors wrong = found;
  wrong.entities[0].gaz_entry = found.entities[1].gaz_entry;
  ActorMerger m(*gaz_);
  m.Add(by_id);
  m.Add(wrong);
  m.Add(found);
  ActorTable t = m.Finish();
  EXPECT_EQ(Persons(t), 2u);
  ASSERT_EQ(t.entity_to_actor.size(), 3u);
  for (size_t d = 0; d < t.entity_to_actor.size(); ++d)
    EXPECT_EQ(t.entity_to_actor[d].ToVector(), t.entity_to_actor[0].ToVector());
  const Actor* z = ByName(t, "Volodymyr Zelensky");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->mentions, 3u);
}

}  // namespace
}  // namespace eg
