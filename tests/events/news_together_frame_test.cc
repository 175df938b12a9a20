// The frame `together`: a verb that names an interaction only with
// "together" ("X and Y appeared together", "X and Y together visited the
// troops", "the two played a round together", "A, B and C stood together on
// stage"), whose subject of two or more is then the pair; without it
// ("X appeared on television", "X and Y visited the troops" said of each)
// nothing. And "the two men" after a sentence naming two persons and no
// interaction of theirs is those two, not an older interaction's pair.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsTogetherFrame, TheFrameIsParsed) {
  std::unique_ptr<TriggerLexicon> lex;
  Status s = TriggerLexicon::Parse("meeting\tyes\tverb\tobject,together\tappeared\n", "t", "", "c", &lex);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(lex->size(), 1u);
}

TEST(NewsTogetherFrame, DoingSomethingTogetherIsBeingThereTogether) {
  for (const char* s : {"On Tuesday Ruiz and Okafor appeared together in Varna.",
                        "On Tuesday Ruiz and Okafor together visited the troops in Varna.",
                        "Ruiz and Okafor played a round together on Tuesday."}) {
    Doc d(s);
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(ev[0].type, "meeting") << s;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"})) << s;
    EXPECT_EQ(ev[0].date, "2025-08-19") << s;
  }
  Doc t("Ruiz, Okafor and Novak stood together on stage on Tuesday.");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Novak", "Dan Novak");
  t.T("Tuesday", "2025-08-19");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
  EXPECT_EQ(t.Names(et[0]), (Names{"Ana Ruiz", "Ben Okafor", "Dan Novak"}));
}

TEST(NewsTogetherFrame, WithoutTogetherNothing) {
  for (const char* s : {"On Tuesday Ruiz and Okafor appeared on television in Varna.",
                        "On Tuesday Ruiz and Okafor played chess in Varna.",
                        // "together" in another clause is not the verb's.
                        "On Tuesday Ruiz and Okafor visited Varna, where they once worked together."}) {
    Doc d(s);
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    EXPECT_TRUE(d.Interactions().empty()) << s;
  }
}

TEST(NewsTogetherFrame, TheTwoMenAfterASentenceNamingTwo) {
  Doc d("On Monday Ruiz declined to receive Lindqvist. Okafor has the best access to "
        "Novak. The two men played a round together on Tuesday.");
  d.M("Ruiz", "Ana Ruiz").M("Lindqvist", "Eva Lindqvist").M("Okafor", "Ben Okafor");
  d.M("Novak", "Dan Novak").T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
  bool pair = false;
  for (const auto& m : d.Interactions())
    if (m.date == "2025-08-19") {
      EXPECT_EQ(d.Names(m), (Names{"Ben Okafor", "Dan Novak"}));
      pair = true;
    }
  EXPECT_TRUE(pair);
}

// "X and Y sang "Title" together": a quoted title as the object is one
// phrase; its marks and an opener inside it ("When") end no clause.
TEST(NewsTogetherFrame, AQuotedTitleBeforeTogetherIsTheObject) {
  for (const char* s : {"On Tuesday Ruiz and Okafor sang \"When the Rivers Meet\" together in Varna.",
                        "On Tuesday Ruiz and Okafor sang \xE2\x80\x9C" "Blue Hills\xE2\x80\x9D together."}) {
    Doc d(s);
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(ev[0].type, "meeting") << s;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"})) << s;
    EXPECT_EQ(ev[0].date, "2025-08-19") << s;
  }
}

}  // namespace
}  // namespace eg
