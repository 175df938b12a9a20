// Business news, sixth round: a firm no gazetteer knows is a party to the
// talks it holds, and nothing else; "the company" as the subject of an
// interaction is the firm just spoken of; "is negotiating" and "are in
// talks" go on as the story is written.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsFirms6, AFirmKnownByItsLegalFormIsAPartyToTalksOnly) {
  Doc d("Late last week, representatives of Acme and Borgen began negotiations on the price. "
        "Borgen signed an agreement on Friday.",
        "1989-10-30");
  d.M("Acme", "Acme", ActorKind::kOrganization)
      .M("Borgen", "Borgen", ActorKind::kOrganization)
      .M("Borgen", "Borgen", ActorKind::kOrganization, 1)
      .PartyOnly("Borgen")
      .T("Late last week", "1989-W43")
      .T("Friday", "1989-10-27");
  auto all = d.Run();
  int talks = 0;
  for (const auto& e : all) {
    if (e.interaction) {
      ++talks;
      EXPECT_EQ(d.Names(e), (Names{"Acme", "Borgen"}));
    } else {
      // The agreement is nobody's rather than the firm's.
      EXPECT_EQ(d.Names(e).count("Borgen"), 0u);
    }
  }
  EXPECT_EQ(talks, 1);
  EXPECT_TRUE(d.Party("Borgen"));
  // Named without talks, it is no party.
  Doc n("Borgen signed an agreement with Acme on Friday.", "1989-10-30");
  n.M("Borgen", "Borgen", ActorKind::kOrganization)
      .M("Acme", "Acme", ActorKind::kOrganization)
      .PartyOnly("Borgen")
      .T("Friday", "1989-10-27");
  for (const auto& e : n.Run()) EXPECT_EQ(n.Names(e).count("Borgen"), 0u);
  EXPECT_FALSE(n.Party("Borgen"));
}

TEST(NewsFirms6, TheCompanyIsTheFirmJustSpokenOf) {
  Doc d("Borgen expects higher sales next year. The company is negotiating with Norland "
        "to build a plant.",
        "1989-10-26");
  d.M("Borgen", "Borgen", ActorKind::kOrganization).M("Norland", "Norland", ActorKind::kCountry);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Borgen", "Norland"}));
  // Ongoing as the story is written: the publication date.
  EXPECT_EQ(ev[0].date, "1989-10-26");
  // A person spoken of is no company.
  Doc p("Ana Ruiz expects higher sales. The company is negotiating with Norland.", "1989-10-26");
  p.M("Ana Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry);
  for (const auto& e : p.Interactions()) EXPECT_EQ(p.Names(e).count("Ana Ruiz"), 0u);
}

TEST(NewsFirms6, InTalksNowIsThePublicationDay) {
  Doc d("Acme and Borgen are still in talks to settle the dispute.", "1989-11-02");
  d.M("Acme", "Acme", ActorKind::kOrganization).M("Borgen", "Borgen", ActorKind::kOrganization);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "1989-11-02");
  // The past stays undated: "were in talks" says nothing of when.
  Doc p("Acme and Borgen were in talks to settle the dispute.", "1989-11-02");
  p.M("Acme", "Acme", ActorKind::kOrganization).M("Borgen", "Borgen", ActorKind::kOrganization);
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].date, "");
}

}  // namespace
}  // namespace eg
