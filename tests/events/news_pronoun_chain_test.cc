// A he/she carried on through several sentences ("She flew to Tavi. ...
// she replied. ... She met X and Y") stands for the person the chain began
// with, however many sentences it runs (ResolveSingular); a sentence whose
// subject is a name no actor was found for ("Okoro has kept his distance")
// is the chain's own topic, not an earlier person.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPronounChain, AChainOfPronounsCarriesItsPerson) {
  Doc d("Lena Varga's diary of that week is spare. The next day, she writes, an aide phoned "
        "her. \"Stay calm,\" she replied. She does not say more about it.\n\nOn 1 April, she "
        "flew to Tavi. She met Premier Ivo Rask and Minister Ada Sole on the same afternoon.");
  d.M("Lena Varga", "Lena Varga").M("Premier Ivo Rask", "Ivo Rask")
      .M("Minister Ada Sole", "Ada Sole")
      .T("The next day", "2019-03-13").T("1 April", "2019-04-01")
      .T("the same afternoon", "2019-04-01TAF");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Lena Varga", "Ivo Rask", "Ada Sole"}));
}

TEST(NewsPronounChain, AnUnknownNamedSubjectIsTheTopic) {
  // "Okoro" is a name the actors stage did not find ("with Bell and
  // Okoro"): "He" is Okoro, not Bell named before him.
  Doc d("Tom Bell met the team along with Okoro on Monday. Bell said little.\n\nOkoro has kept "
        "his distance from politics. Asked whether he would go, he said no. He was seen "
        "chatting with Vice President Ana Ruiz after the speeches.");
  d.M("Tom Bell", "Tom Bell").M("Bell", "Tom Bell", ActorKind::kPerson, 1)
      .M("Vice President Ana Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  for (const auto& e : d.Interactions())
    EXPECT_NE(d.Names(e), (Names{"Tom Bell", "Ana Ruiz"}));
}

}  // namespace
}  // namespace eg
