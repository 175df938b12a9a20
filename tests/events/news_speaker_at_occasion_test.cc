// "X said at a joint news conference with Y that ...", "X told reporters at
// a joint appearance with Y": the speaker was at the occasion the phrase
// names with Y, though the verb of saying ends the speaker's clause. Not an
// occasion that is no interaction ("said at a rally with Y"). A quotation
// that opens the sentence and closes before the trigger ("\"We had long
// talks,\" X told ...") says nothing of when the event was: its "had" is no
// pluperfect of the event.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSpeakerAtOccasion, TheSpeakerWasAtTheNewsConferenceWithY) {
  Doc d("Ana Ruiz said at a joint news conference with Tomas Berg on Monday that the border "
        "would reopen.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tomas Berg", "Tomas Berg").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tomas Berg"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

TEST(NewsSpeakerAtOccasion, ToldReportersAtAJointAppearanceWithY) {
  Doc d("Ana Ruiz told reporters at a joint appearance with Tomas Berg on Monday that the "
        "border would reopen.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tomas Berg", "Tomas Berg").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tomas Berg"}));
}

TEST(NewsSpeakerAtOccasion, ARallyIsNoInteraction) {
  Doc d("Ana Ruiz said at a rally with Tomas Berg on Monday that the border would reopen.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Tomas Berg", "Tomas Berg").T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
}

TEST(NewsSpeakerAtOccasion, AnOpeningQuotationIsNoPluperfectOfTheEvent) {
  Doc d("Prime Minister Ana Ruiz and Tomas Berg agreed on Monday to reopen the border. "
        "\"We had very long talks,\" Ruiz told reporters at a joint news conference with Berg.",
        "2025-08-18");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Tomas Berg", "Tomas Berg")
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .M("Berg", "Tomas Berg", ActorKind::kPerson, 1)
      .T("Monday", "2025-08-18");
  bool found = false;
  for (const auto& e : d.Interactions())
    if (e.Text().find("joint news conference") != std::string::npos) {
      found = true;
      EXPECT_EQ(e.date, "2025-08-18");
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
