// First-person words inside a quotation stand for its speaker: the person
// the attribution names ("X said", "said X", "X told reporters", "X said:",
// "according to X"), across the sentences of the quotation; nested or
// unbalanced quotation marks give no speaker; "I" outside quotes stays
// unresolved. Statements to the press are no interactions.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(Quotes, AttributionAfterTheQuoteNamesTheSpeaker) {
  Doc d("\"I had a good meeting with Okafor on Friday,\" Ruiz told reporters on Saturday.",
        "2025-08-17");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Friday", "2025-08-15").T("Saturday",
                                                                               "2025-08-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-15");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  // A role phrase the actors stage resolved, after its verb.
  Doc r("\"I met Okafor in Lagos,\" said the Norlandian president.");
  r.M("Okafor", "Ben Okafor").M("the Norlandian president", "Ana Ruiz");
  auto er = r.Interactions();
  ASSERT_EQ(er.size(), 1u);
  EXPECT_EQ(r.Names(er[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc b("\"I met Okafor in Lagos,\" said the Norlandian president.");
  b.M("Okafor", "Ben Okafor").M("Norlandian president", "Ana Ruiz");
  auto eb = b.Interactions();
  ASSERT_EQ(eb.size(), 1u);
  EXPECT_EQ(b.Names(eb[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // The verb before the name, and "according to".
  Doc s("\"I met Okafor in Lagos,\" said Ruiz.");
  s.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(s.Names(es[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc a("\u201CI met Okafor in Lagos,\u201D according to Ruiz.");
  a.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(a.Names(ea[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(Quotes, AttributionBeforeTheQuoteAndItsStatus) {
  Doc d("Ruiz said: \"I will meet Okafor in Lagos next week.\"", "2025-08-17");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("next week", "2025-W34");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  // "told reporters," before a TempEval-style quotation; a negated meeting.
  Doc n("Ruiz told reporters, ``I did not meet Okafor.''");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto en = n.Run();
  bool negated = false;
  for (const auto& m : en)
    if (m.interaction && n.Names(m) == Names{"Ana Ruiz", "Ben Okafor"})
      negated = m.status == EventStatus::kNegated;
  EXPECT_TRUE(negated);
  // Reporters are no party: a statement to the press.
  for (const auto& m : d.Interactions()) EXPECT_EQ(m.participants.size(), 2u);
}

TEST(Quotes, WeWithTheCallPartnerTheAttributionNames) {
  Doc d("\"We had a long call this morning,\" Ruiz said of her conversation with Okafor.",
        "2025-08-17");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("this morning", "2025-08-17TMO");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  bool call = false;
  for (const auto& m : ev)
    if (m.type == "call" && d.Names(m) == Names{"Ana Ruiz", "Ben Okafor"}) call = true;
  EXPECT_TRUE(call);
  // A relative clause: "the call we had with Y".
  Doc r("\"The call we had with Okafor was long,\" Ruiz said.");
  r.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto er = r.Interactions();
  ASSERT_EQ(er.size(), 1u);
  EXPECT_EQ(r.Names(er[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // "my" and "us" stand for the speaker.
  Doc m("\"My talks with Okafor went well,\" Ruiz said.");
  m.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto em = m.Interactions();
  ASSERT_EQ(em.size(), 1u);
  EXPECT_EQ(m.Names(em[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc u("\"Okafor met with us for an hour,\" Ruiz said.");
  u.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto eu = u.Interactions();
  ASSERT_EQ(eu.size(), 1u);
  EXPECT_EQ(u.Names(eu[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(Quotes, SeveralSentencesOfOneQuotation) {
  // The attribution after the first sentence; the next quotation goes on.
  Doc d("\"It was a fine day,\" Ruiz said. \"I met Okafor in the morning.\"");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // One quotation over two sentences, attributed at its end.
  Doc t("\"It was a fine day. I met Okafor in the morning,\" Ruiz said.");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
  EXPECT_EQ(t.Names(et[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(Quotes, NoSpeakerNoParticipant) {
  // "I" outside quotes: an author.
  Doc o("I met Okafor in Lagos last year, Ruiz said.");
  o.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(o.Interactions().empty());
  // A quotation not closed on its line.
  Doc u("\"I met Okafor in Lagos, Ruiz said.\nRuiz left.");
  u.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(u.Interactions().empty());
  // A quotation inside the quotation: "I" may be another's.
  Doc n("\"He told me, 'I met Okafor',\" Ruiz said.");
  n.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(n.Interactions().empty());
  // A speaker who is no person.
  Doc c("\"I met Okafor,\" Norland said.");
  c.M("Okafor", "Ben Okafor").M("Norland", "Norland", ActorKind::kCountry);
  EXPECT_TRUE(c.Interactions().empty());
  // A quotation on its own, with no attribution.
  Doc b("Ruiz left. \"I met Okafor.\"");
  b.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(b.Interactions().empty());
}

TEST(Quotes, ShakingHandsIsAMeeting) {
  Doc d("Ruiz and Okafor shook hands in Lagos on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Quotes, OnlyTheFormThatFitsItsPlace) {
  // "our" is no object: "has not met our expectations".
  Doc d("\"Norland has not met our expectations,\" Ruiz said.");
  d.M("Norland", "Norland", ActorKind::kCountry).M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(d.Interactions().empty());
  // "US" is no "us".
  Doc u("\"Okafor met US envoys in Lagos,\" Ruiz said.");
  u.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(u.Interactions().empty());
  // "him" in the speaker's words is not the name the text gave last.
  Doc h("\"If Okafor lets him come, I welcome him,\" Ruiz said.");
  h.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(h.Interactions().empty());
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Quotes, SpeakerNamedBeforeTheQuoteAfterItsVerb) {
  Doc d("Later that day, said Ruiz: \"I met Okafor in Lagos.\"");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc a("According to Ruiz, \"I met Okafor in Lagos.\"");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(a.Names(ea[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(Quotes, AQuotationEndsWithItsLine) {
  // Not closed on its line: the mark on the next line opens another.
  Doc d("Ruiz said: \"I met Okafor in Lagos.\nShe left soon after.\"");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Quotes, TheAttributionIsInTheQuotationsParagraphAndSentence) {
  // The next paragraph names the speaker of its own words.
  Doc d("The pact was signed. \"I met Okafor in Lagos!\"\nRuiz said the talks went well.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(d.Interactions().empty());
  // A new sentence after a full stop is no attribution.
  Doc s("Lagos was calm. \"Then I met Okafor.\" Ruiz said the talks would go on.");
  s.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(s.Interactions().empty());
  // After a question mark the attribution goes on in the tokenizer's next sentence.
  Doc q("\"I met Okafor in Lagos!\" Ruiz said.");
  q.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto eq = q.Interactions();
  ASSERT_EQ(eq.size(), 1u);
  EXPECT_EQ(q.Names(eq[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
