// UniqueInputs decides in sorted passes what the listing's contract states
// file by file: in input order, a file is admitted unless an admitted file
// before it is the same file (first message) or has its id; a file turned
// away counts for nothing. Offers are checked against that rule applied
// one file at a time (a set of admitted identities and ids), with sorts of
// tiny batches (many runs, merges of two or three), chains of files that
// take many rounds, and other problems between the offers that the
// messages must keep their place among.
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/loader.h"
#include "corpus/unique_inputs.h"

namespace eg {
namespace {

struct Offer {
  uint32_t dir;
  std::string name;
  uint64_t dev, ino;
  int32_t dct;
  bool problem_before = false;  // another problem is reported just before it
};

const char* kDirs[] = {"a/", "b/", "", "c/d/"};

std::string PathOf(const Offer& o) { return kDirs[o.dir] + o.name; }

// The rule, file by file: the listing and the messages, one per line.
std::string Expected(const std::vector<Offer>& offers) {
  std::map<std::pair<uint64_t, uint64_t>, std::string> identities;
  std::map<std::string, std::string> ids;
  std::string listed, problems;
  for (size_t i = 0; i < offers.size(); ++i) {
    const Offer& o = offers[i];
    if (o.problem_before) problems += "! other " + std::to_string(i) + "\n";
    const std::string p = PathOf(o), id = FileStem(o.name);
    if (auto it = identities.find({o.dev, o.ino}); it != identities.end()) {
      problems += "! " + p + ": the same file as " + it->second + ", already read; skipped\n";
    } else if (auto d = ids.find(id); d != ids.end()) {
      problems += "! " + p + ": document id '" + id + "' is already used by " + d->second +
                  " (ids are file names without extension; rename one); skipped\n";
    } else {
      identities[{o.dev, o.ino}] = p;
      ids[id] = p;
      listed += p + " " + std::to_string(o.dct) + "\n";
    }
  }
  return listed + problems;
}

std::string Decided(const std::vector<Offer>& offers, size_t batch, size_t fan_in, bool spill,
                    size_t* rounds = nullptr, const std::string& tmp_dir = "",
                    size_t* unsorted = nullptr) {
  InputList files;
  std::vector<InputProblem> problems;
  UniqueInputs u(&files, &problems, batch, fan_in);
  if (spill) {
    EXPECT_EQ(u.Spill(tmp_dir).ok(), tmp_dir.empty());
  }
  for (const char* d : kDirs) files.AddDirectory(d);
  for (size_t i = 0; i < offers.size(); ++i) {
    const Offer& o = offers[i];
    if (o.problem_before) problems.push_back({"x", "other " + std::to_string(i), false});
    u.Offer(o.dir, o.name, o.dev, o.ino, o.dct);
  }
  u.Flush();
  if (rounds) *rounds = u.rounds();
  if (unsorted) *unsorted = u.admitted_unsorted();
  std::string r;
  for (size_t i = 0; i < files.size(); ++i) {
    std::optional<date::year_month_day> d = files.ManifestDct(i);
    r += files.Path(i) + " " + std::to_string(PackDate(d)) + "\n";
  }
  for (const auto& p : problems) r += "! " + p.message + "\n";
  return r;
}

std::vector<Offer> RandomOffers(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Offer> v;
  for (size_t i = 0; i < n; ++i) {
    Offer o;
    o.dir = rng() % 4;
    // Few ids and identities: many files share one, or both, or chain.
    o.name = "n" + std::to_string(rng() % (n / 4)) + (rng() % 5 ? ".txt" : ".md");
    o.dev = 1 + rng() % 2;
    o.ino = rng() % (n / 3);
    o.dct = int32_t(rng() % 1000) - 500;
    o.problem_before = rng() % 7 == 0;
    v.push_back(o);
  }
  return v;
}

TEST(UniqueInputs, RandomOffersAsDecidedOneByOne) {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    const std::vector<Offer> offers = RandomOffers(400, seed);
    const std::string want = Expected(offers);
    ASSERT_NE(want.find("the same file as"), std::string::npos);
    ASSERT_NE(want.find("is already used by"), std::string::npos);
    EXPECT_EQ(Decided(offers, RecordSorter::kDefaultBatchBytes, 64, false), want) << seed;
    EXPECT_EQ(Decided(offers, 64, 2, seed % 2), want) << seed;  // a record or two a run
    EXPECT_EQ(Decided(offers, 700, 3, seed % 2 == 0), want) << seed;
  }
}

// Files alternating between sharing an identity and sharing an id:
// f0 (i0, id0), f1 (i0, id1), f2 (i1, id1), f3 (i1, id2)...: f0 admitted,
// f1 the same file, so f2's id is free, and so on down the chain, which no
// pass can decide at once: a round settles the head of each chain.
TEST(UniqueInputs, AChainOfIdentitiesAndIdsTakesRoundsAndGivesTheRule) {
  std::vector<Offer> offers;
  for (int t = 0; t < 120; ++t) {
    Offer o;
    o.dir = uint32_t(t % 3);
    o.name = "c" + std::to_string((t + 1) / 2) + ".txt";
    o.dev = 5;
    o.ino = uint64_t(t / 2);
    o.dct = t;
    o.problem_before = t % 11 == 0;
    offers.push_back(o);
  }
  // Unrelated files around it, and a chain that starts with an id.
  for (int t = 0; t < 40; ++t)
    offers.push_back({1, "solo" + std::to_string(t) + ".txt", 6, uint64_t(t), t, false});
  for (int t = 0; t < 30; ++t)
    offers.push_back({3, "e" + std::to_string(t / 2) + ".txt", 7, uint64_t((t + 1) / 2), t,
                      t % 4 == 1});
  const std::string want = Expected(offers);
  size_t rounds = 0, tiny_rounds = 0;
  EXPECT_EQ(Decided(offers, 128, 2, true, &tiny_rounds), want);
  EXPECT_GE(tiny_rounds, 50u);  // ~ half the chain's length
  // Rounds until what is left fits in a batch, then decided in memory.
  EXPECT_EQ(Decided(offers, 4096, 4, false, &rounds), want);
  EXPECT_GT(rounds, 1u);
  EXPECT_LT(rounds, tiny_rounds);
  EXPECT_EQ(Decided(offers, RecordSorter::kDefaultBatchBytes, 64, false, &rounds), want);
  EXPECT_EQ(rounds, 1u);  // all in one batch
  // The same files in reverse: another chain, admitted from its other end.
  std::vector<Offer> reversed(offers.rbegin(), offers.rend());
  EXPECT_EQ(Decided(reversed, 96, 3, false), Expected(reversed));
}

// Without duplicates every file is alone under both keys: one round, and
// more offers than a block of the spilled store.
TEST(UniqueInputs, DistinctFilesAreAllListedInOrderInOneRound) {
  std::vector<Offer> offers;
  for (int i = 0; i < 9000; ++i)
    offers.push_back({uint32_t(i % 4), "f" + std::to_string((i * 7919) % 9000) + ".txt", 1,
                      uint64_t(9000 - i), i, i % 1000 == 0});
  size_t rounds = 0;
  EXPECT_EQ(Decided(offers, 4096, 4, true, &rounds), Expected(offers));
  EXPECT_EQ(rounds, 1u);
}

// With a filter of many slots, the files that share neither their identity
// nor their id with another are admitted without a sort; those that do (a
// hard link, a copy under another directory, "x.md" beside "x.txt") and
// those whose slot another file's key happens to share are decided by the
// sorted passes, the same way. Spilled offers are read back for it.
TEST(UniqueInputs, FilesAloneUnderBothKeysNeedNoSort) {
  std::vector<Offer> offers;
  for (int i = 0; i < 9000; ++i) {
    offers.push_back({uint32_t(i % 4), "f" + std::to_string(i) + ".txt", 3, uint64_t(100 + i), i,
                      i % 500 == 0});
    if (i % 97 == 0) offers.push_back({1, "link" + std::to_string(i) + ".txt", 3,
                                       uint64_t(100 + i), i, false});  // same file
    if (i % 89 == 0) offers.push_back({2, "f" + std::to_string(i) + ".md", 4, uint64_t(i), i,
                                       i % 3 == 0});  // same id
  }
  const std::string want = Expected(offers);
  size_t unsorted = 0, rounds = 0;
  EXPECT_EQ(Decided(offers, RecordSorter::kDefaultBatchBytes, 64, true, &rounds, "", &unsorted),
            want);
  // 9,286 offers, 194 of them sharing a key with another: most of the
  // others (all but the ~4n/2^20 that share a slot) go unsorted.
  EXPECT_LT(unsorted, offers.size() - 194);
  EXPECT_GT(unsorted, offers.size() * 9 / 10);
  EXPECT_EQ(rounds, 1u);
  // A filter of few slots (a small batch): almost every file shares a
  // slot, and the sorted passes still give the rule.
  EXPECT_EQ(Decided(offers, 1024, 4, false, nullptr, "", &unsorted), want);
  EXPECT_LT(unsorted, offers.size() / 100);
}

// No temporary file can be made: the sorts keep every record in memory,
// and the files are decided there at once, the same way.
TEST(UniqueInputs, WithoutATemporaryDirectoryTheSortsStayInMemory) {
  const std::vector<Offer> offers = RandomOffers(300, 11);
  size_t rounds = 0;
  EXPECT_EQ(Decided(offers, 64, 2, true, &rounds, "/nonexistent/eg-test"), Expected(offers));
  EXPECT_EQ(rounds, 1u);
}

TEST(UniqueInputs, NothingOfferedListsNothing) {
  EXPECT_EQ(Decided({}, 64, 2, true), "");
}

}  // namespace
}  // namespace eg
