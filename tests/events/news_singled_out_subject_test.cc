// "X was the last Norlandic leader to be received by Y": the noun phrase
// singled out by rank ("the first / last / only ... to") before an
// infinitive after a copula stands for the clause's subject, who is the
// infinitive's subject too.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSingledOutSubject, TheLastLeaderToBeReceivedIsTheSubject) {
  for (const char* s : {"Ben Okafor, now retired, was the last Norlandic leader to be received by Ana Ruiz in "
                        "Varna, in July 2019.",
                        "Ben Okafor was the first foreign minister to meet Ana Ruiz in July 2019."}) {
    Doc d(s);
    d.M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz").T("July 2019", "2019-07");
    if (std::string(s).find("Norlandic") != std::string::npos) d.M("Norlandic", "Norland", ActorKind::kCountry);
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(ev[0].type, "meeting") << s;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"})) << s;
    EXPECT_EQ(ev[0].date, "2019-07") << s;
  }
}

// Without a rank word the predicate names no subject of the infinitive:
// "the plan to meet Y" is nobody's meeting here.
TEST(NewsSingledOutSubject, APlainPredicateNounIsNoSubject) {
  Doc d("Ben Okafor said it was the plan to meet Ana Ruiz in July 2019.");
  d.M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz").T("July 2019", "2019-07");
  for (const auto& e : d.Interactions()) EXPECT_EQ(d.Names(e).count("Ben Okafor"), 0u);
}

}  // namespace
}  // namespace eg
