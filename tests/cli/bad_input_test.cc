// The main job on a corpus holding every kind of bad input next to good
// files: one message per problem naming its file, exit code 1, the good and
// the repaired files' documents in events.json, and the good files' events
// exactly as when they are run alone. Also the exit codes 0, 2 and 74, and
// that a run in which nothing could be processed leaves out/ untouched.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "../corpus/temp_dir.h"
#include "cli/extract.h"
#include "run_binary.h"

namespace eg {
namespace {

namespace fs = std::filesystem;
using testing::ReadAll;
using testing::RunEventgraph;
using testing::RunResult;
using testing::TempDir;

const char* kGood1 =
    "date 2025-03-04\n"
    "Foreign ministers from France and Germany met in Berlin on Monday to discuss trade.\n"
    "The meeting lasted three hours, officials said.\n";
const char* kGood2 =
    "The Brazilian president spoke with the Argentine president by phone on Tuesday.\n"
    "They agreed to hold talks in Brasilia next month.\n";

// Lines of `r` that are messages about `path` (start with "eventgraph: PATH:").
std::vector<std::string> About(const RunResult& r, const std::string& path) {
  std::vector<std::string> v;
  for (const auto& l : r.lines)
    if (l.rfind("eventgraph: " + path + ":", 0) == 0) v.push_back(l);
  return v;
}

std::set<std::string> DocIds(const nlohmann::json& j) {
  std::set<std::string> ids;
  for (const auto& d : j.at("documents")) ids.insert(d.at("id").get<std::string>());
  return ids;
}

// The events of `j` whose mentions all come from `docs`, without their ids
// (ids are positions in the output and shift when other documents add events).
std::vector<std::string> EventsOf(const nlohmann::json& j, const std::set<std::string>& docs) {
  std::vector<std::string> out;
  for (auto e : j.at("events")) {
    bool mine = true;
    for (const auto& m : e.at("mentions")) mine = mine && docs.count(m.at("doc").get<std::string>());
    if (!mine) continue;
    e.erase("id");
    out.push_back(e.dump());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Utf16le(const std::string& ascii) {
  std::string s = "\xFF\xFE";
  for (char c : ascii) s += std::string{c, '\0'};
  return s;
}

TEST(BadInput, EveryKindInOneRun) {
  TempDir t;
  const std::string in = t / "in";
  t.Write("in/good1.txt", kGood1);
  t.Write("in/good2.txt", kGood2);
  // Processed after a repair or in spite of a problem:
  t.Write("in/latin1.txt", "Le pr\xE9sident a parl\xE9 mardi.\n");
  t.Write("in/nul.txt", std::string("Officials\0 met again.\n", 22));
  t.Write("in/utf16.txt", Utf16le("Negotiators met in Geneva on Friday.\n"));
  t.Write("in/crlf.txt", "date 2025-05-06\r\nThe envoys met on Sunday.\r\nNo deal.\r\n");
  t.Write("in/feb30.txt", "date 2025-02-30\nThe summit ended on Friday.\n");
  t.Write("in/listed.txt", "A spokesman said talks would resume.\n");
  t.Write("in/MANIFEST.tsv", "listed.txt\t2025-02-30\ngood2.txt\t2025-06-10\n");
  std::string long_line;
  while (long_line.size() < (10u << 20)) long_line += "a long line of words with no full stop in sight ";
  t.Write("in/long.txt", long_line + "\n");
  // Skipped:
  t.Write("in/empty.txt", "");
  std::mt19937 rng(11);
  std::string blob(4000, 'x');
  for (size_t i = 2; i < blob.size(); ++i) blob[i] = char(rng() & 0xFF);
  t.Write("in/binary.txt", blob);
  t.Write("in/unreadable.txt", "The cabinet met.\n");
  ASSERT_EQ(::chmod((in + "/unreadable.txt").c_str(), 0), 0);
  ASSERT_EQ(::symlink("loop2.txt", (in + "/loop1.txt").c_str()), 0);
  ASSERT_EQ(::symlink("loop1.txt", (in + "/loop2.txt").c_str()), 0);
  fs::create_directories(in + "/many");
  ASSERT_EQ(::symlink("..", (in + "/many/up").c_str()), 0);
  const int kMany = 2000;
  for (int i = 0; i < kMany; ++i) t.Write("in/many/n" + std::to_string(i) + ".txt", "Talks.\n");
  const std::string missing = t / "missing-dir";

  // Run unprivileged (as nobody when the test runs as root): mode 000 must
  // really mean unreadable. Nobody needs to enter the directory and write
  // out/, and to reach the binary and its data (not the case in a checkout
  // under /root: then the run stays privileged and the unreadable file is
  // simply read).
  ASSERT_EQ(::chmod(t.path().c_str(), 0777), 0);
  t.Write("probe/p.txt", kGood1);
  const bool unprivileged =
      RunEventgraph((t / "probe") + " -q -o " + (t / "probe-out"), t / "err", true).code == kExitOk;
  const bool can_read_000 = ::geteuid() == 0 && !unprivileged;
  if (can_read_000) std::fprintf(stderr, "note: running as root; mode 000 is readable\n");
  RunResult r = RunEventgraph(in + " " + missing + " -o " + (t / "out") + " -j 2", t / "err",
                              unprivileged);
  EXPECT_EQ(r.code, kExitSomeInputsFailed) << r.err;

  struct Expect {
    std::string path, words;
  };
  std::vector<Expect> expected = {
      {in + "/latin1.txt", "2 bytes that are not valid UTF-8 replaced by '?'"},
      {in + "/nul.txt", "1 NUL bytes replaced by ' '"},
      {in + "/utf16.txt", "UTF-16LE text (byte-order mark) converted to UTF-8; offsets"},
      {in + "/feb30.txt", "the date marker 'date 2025-02-30' is not a valid date"},
      {in + "/MANIFEST.tsv", "1: '2025-02-30' is not a valid date (YYYY-MM-DD); line ignored"},
      {in + "/empty.txt", "the file is empty; skipped"},
      {in + "/binary.txt", "binary content"},
      {in + "/loop1.txt", "symbolic link loop; skipped"},
      {in + "/loop2.txt", "symbolic link loop; skipped"},
      {in + "/many/up", "already being read"},
      {in + "/long.txt", "tokens were cut at clause boundaries; events spanning a cut are missed; file processed"},
      {missing, "no such file or directory; skipped"},
  };
  if (!can_read_000)
    expected.push_back({in + "/unreadable.txt", "cannot read: Permission denied; skipped"});
  for (const auto& e : expected) {
    auto msgs = About(r, e.path);
    ASSERT_EQ(msgs.size(), 1u) << e.path << "\n" << r.err;
    EXPECT_NE(msgs[0].find(e.words), std::string::npos) << msgs[0];
    bool says_what = msgs[0].find("skipped") != std::string::npos ||
                     msgs[0].find("processed") != std::string::npos ||
                     msgs[0].find("ignored") != std::string::npos;
    EXPECT_TRUE(says_what) << msgs[0];
  }
  // Nothing to say about clean files or CRLF.
  for (const char* f : {"/good1.txt", "/good2.txt", "/crlf.txt", "/listed.txt"})
    EXPECT_TRUE(About(r, in + f).empty()) << f << "\n" << r.err;
  ASSERT_FALSE(r.lines.empty());
  EXPECT_NE(r.lines.back().find("documents"), std::string::npos) << r.err;  // summary

  auto j = nlohmann::json::parse(ReadAll(t / "out/events.json"));
  std::set<std::string> ids = DocIds(j);
  for (const char* id : {"good1", "good2", "latin1", "nul", "utf16", "crlf", "feb30", "listed",
                         "long", "n0", "n1999"})
    EXPECT_TRUE(ids.count(id)) << id;
  for (const char* id : {"empty", "binary", "loop1", "loop2"}) EXPECT_FALSE(ids.count(id)) << id;
  EXPECT_EQ(ids.count("unreadable"), can_read_000 ? 1u : 0u);
  EXPECT_EQ(ids.size(), size_t(kMany + 9 + (can_read_000 ? 1 : 0)));
  for (const auto& d : j.at("documents")) {
    const std::string id = d.at("id").get<std::string>();
    if (id == "good2") {
      EXPECT_EQ(d.at("dct"), "2025-06-10");
    } else if (id == "crlf") {
      EXPECT_EQ(d.at("dct"), "2025-05-06");
    } else if (id == "feb30" || id == "listed") {
      EXPECT_TRUE(d.at("dct").is_null()) << id;
    }
  }

  // The good files' events are exactly those of a run on the good files alone.
  TempDir g;
  g.Write("in/good1.txt", kGood1);
  g.Write("in/good2.txt", kGood2);
  g.Write("in/MANIFEST.tsv", "good2.txt\t2025-06-10\n");
  RunResult rg = RunEventgraph((g / "in") + " -o " + (g / "out"), g / "err");
  ASSERT_EQ(rg.code, kExitOk) << rg.err;
  auto jg = nlohmann::json::parse(ReadAll(g / "out/events.json"));
  EXPECT_EQ(EventsOf(j, {"good1", "good2"}), EventsOf(jg, {"good1", "good2"}));
}

// Snapshot of every file under `dir`: relative path -> contents.
std::map<std::string, std::string> Snapshot(const std::string& dir) {
  std::map<std::string, std::string> m;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) m[fs::relative(e.path(), dir).string()] = ReadAll(e.path().string());
  return m;
}

TEST(BadInput, NothingProcessedLeavesOutputsUntouched) {
  TempDir t;
  t.Write("good/a.txt", kGood1);
  RunResult first = RunEventgraph((t / "good") + " -o " + (t / "out"), t / "err");
  ASSERT_EQ(first.code, kExitOk) << first.err;
  auto before = Snapshot(t / "out");
  ASSERT_FALSE(before.empty());

  t.Write("bad/empty.txt", "");
  t.Write("bad/bin.txt", std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10));
  RunResult r = RunEventgraph((t / "bad") + " " + (t / "nowhere") + " -o " + (t / "out"),
                              t / "err");
  EXPECT_EQ(r.code, kExitNothingProcessed) << r.err;
  EXPECT_EQ(About(r, t / "bad/empty.txt").size(), 1u) << r.err;
  EXPECT_EQ(About(r, t / "bad/bin.txt").size(), 1u) << r.err;
  EXPECT_EQ(About(r, t / "nowhere").size(), 1u) << r.err;
  EXPECT_NE(r.err.find("no input could be processed"), std::string::npos) << r.err;
  EXPECT_EQ(Snapshot(t / "out"), before);

  fs::create_directories(t / "nothing");
  RunResult e = RunEventgraph((t / "nothing") + " -o " + (t / "out"), t / "err");
  EXPECT_EQ(e.code, kExitNothingProcessed);
  EXPECT_NE(e.err.find("no .txt file found"), std::string::npos) << e.err;
  EXPECT_EQ(Snapshot(t / "out"), before);
}

TEST(BadInput, CleanCorpusExitsZeroSilently) {
  TempDir t;
  t.Write("in/a.txt", kGood1);
  t.Write("in/b.txt", kGood2);
  RunResult r = RunEventgraph((t / "in") + " -q -o " + (t / "out"), t / "err");
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_TRUE(r.lines.empty()) << r.err;
  // No staging directory is left behind.
  for (const auto& dir : {t.path(), t / "out"})
    for (const auto& e : fs::directory_iterator(dir))
      EXPECT_EQ(e.path().filename().string().find(".eventgraph-staging"), std::string::npos);
  EXPECT_TRUE(fs::exists(t / "out/events.json"));
}

TEST(BadInput, UnwritableOutputIsExit74) {
  TempDir t;
  t.Write("in/a.txt", kGood1);
  t.Write("out", "a file where the output directory should be");
  RunResult r = RunEventgraph((t / "in") + " -o " + (t / "out"), t / "err");
  EXPECT_EQ(r.code, kExitOutputFailed) << r.err;
  EXPECT_NE(r.err.find(t / "out"), std::string::npos) << r.err;
  EXPECT_EQ(ReadAll(t / "out"), "a file where the output directory should be");
}

// The data files load while the inputs are listed when there are several
// threads: a data directory that is not there still stops the run with one
// message naming it, before any document or listing problem (the missing
// input here), with one thread or two.
TEST(BadInput, MissingDataDirIsExit64NamingIt) {
  TempDir t;
  t.Write("in/a.txt", kGood1);
  t.Write("out/events.json", "previous");
  for (const char* jobs : {"1", "2"}) {
    RunResult r = RunEventgraph((t / "in") + " " + (t / "nowhere") + " --data " +
                                    (t / "no-data") + " -j " + jobs +
                                    " -o " + (t / "out"),
                                t / "err");
    EXPECT_EQ(r.code, kExitUsage) << jobs << ": " << r.err;
    ASSERT_EQ(r.lines.size(), 1u) << jobs << ": " << r.err;
    EXPECT_NE(r.lines[0].find(t / "no-data"), std::string::npos) << r.err;
    EXPECT_EQ(ReadAll(t / "out/events.json"), "previous");
  }
}

// The event mentions wait for the merge in a temporary file: a TMPDIR that
// cannot take it stops the run with a message naming it, outputs untouched.
TEST(BadInput, UnusableTmpdirIsExit74NamingIt) {
  TempDir t;
  t.Write("in/a.txt", kGood1);
  t.Write("out/events.json", "previous");
  const char* old_tmpdir = std::getenv("TMPDIR");
  std::string saved = old_tmpdir ? old_tmpdir : "";
  ::setenv("TMPDIR", (t / "no-such-dir").c_str(), 1);
  RunResult r = RunEventgraph((t / "in") + " -o " + (t / "out"), t / "err");
  if (old_tmpdir)
    ::setenv("TMPDIR", saved.c_str(), 1);
  else
    ::unsetenv("TMPDIR");
  EXPECT_EQ(r.code, kExitOutputFailed) << r.err;
  EXPECT_NE(r.err.find(t / "no-such-dir"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("TMPDIR"), std::string::npos) << r.err;
  EXPECT_EQ(ReadAll(t / "out/events.json"), "previous");
}

}  // namespace
}  // namespace eg
