// The loader on every kind of bad input: each problem gives one message that
// names the file, says what is wrong and what was done; usable files are
// loaded with offsets preserved.
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <random>

#include <gtest/gtest.h>

#include "corpus/file_reader.h"
#include "corpus/loader.h"
#include "corpus/utf8.h"
#include "temp_dir.h"

namespace eg {
namespace {

using testing::TempDir;

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

struct Loaded {
  Status status;
  Document doc;
  std::vector<std::string> warnings;
};

Loaded Load(const std::string& path, std::optional<date::year_month_day> manifest = {},
            std::optional<date::year_month_day> option = {}) {
  Loaded l;
  LoadOptions lo;
  lo.dct = option;
  l.status = LoadDocument({path, manifest}, lo, &l.doc, &l.warnings);
  return l;
}

date::year_month_day Ymd(int y, unsigned m, unsigned d) {
  return date::year_month_day{date::year{y}, date::month{m}, date::day{d}};
}

TEST(Loader, CleanFileLoadsAsIsWithoutMessages) {
  TempDir t;
  auto p = t.Write("a.txt", "The minister spoke on Monday.\n");
  Loaded l = Load(p);
  ASSERT_TRUE(l.status.ok()) << l.status.message();
  EXPECT_EQ(l.doc.text, "The minister spoke on Monday.\n");
  EXPECT_EQ(l.doc.id, "a");
  EXPECT_EQ(l.doc.body_start, 0u);
  EXPECT_TRUE(l.warnings.empty());
}

TEST(Loader, EmptyFileIsSkipped) {
  TempDir t;
  auto p = t.Write("empty.txt", "");
  Loaded l = Load(p);
  ASSERT_FALSE(l.status.ok());
  EXPECT_TRUE(Contains(l.status.message(), p + ": ")) << l.status.message();
  EXPECT_TRUE(Contains(l.status.message(), "empty"));
  EXPECT_TRUE(Contains(l.status.message(), "skipped"));
}

TEST(Loader, WhitespaceOnlyFileIsSkipped) {
  TempDir t;
  auto p = t.Write("blank.txt", " \r\n\t\n\n");
  Loaded l = Load(p);
  ASSERT_FALSE(l.status.ok());
  EXPECT_TRUE(Contains(l.status.message(), "whitespace"));
}

TEST(Loader, RandomBytesAreBinaryAndSkipped) {
  TempDir t;
  std::mt19937 rng(7);
  std::string bytes(5000, '\0');
  for (char& c : bytes) c = char(rng() & 0xFF);
  bytes[0] = 'x';  // no BOM, no known signature
  bytes[1] = 'y';
  auto p = t.Write("blob.txt", bytes);
  Loaded l = Load(p);
  ASSERT_FALSE(l.status.ok());
  EXPECT_TRUE(Contains(l.status.message(), p + ": binary")) << l.status.message();
  EXPECT_TRUE(Contains(l.status.message(), "skipped"));
}

TEST(Loader, KnownBinaryFormatIsNamed) {
  TempDir t;
  auto p = t.Write("report.txt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj << >> endobj\n");
  Loaded l = Load(p);
  ASSERT_FALSE(l.status.ok());
  EXPECT_TRUE(Contains(l.status.message(), "PDF")) << l.status.message();
}

TEST(Loader, TextFollowedByBinaryIsSkipped) {
  TempDir t;
  std::string bytes(6000, 'a');
  for (size_t i = 0; i < bytes.size(); i += 60) bytes[i] = ' ';
  std::mt19937 rng(3);
  for (int i = 0; i < 30000; ++i) bytes.push_back(char(rng() % 32));  // control bytes
  auto p = t.Write("mixed.txt", bytes);
  EXPECT_FALSE(Load(p).status.ok());
}

TEST(Loader, InvalidUtf8IsReplacedByteForByte) {
  TempDir t;
  std::string bytes = "Caf\xE9 au lait \xC3\x28 and \xF0\x9F\x98\x80 fine.\n";
  auto p = t.Write("latin1.txt", bytes);
  Loaded l = Load(p);
  ASSERT_TRUE(l.status.ok());
  ASSERT_EQ(l.doc.text.size(), bytes.size());
  EXPECT_EQ(l.doc.text, "Caf? au lait ?( and \xF0\x9F\x98\x80 fine.\n");
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_TRUE(Contains(l.warnings[0], p + ": 2 bytes that are not valid UTF-8")) << l.warnings[0];
  EXPECT_TRUE(Contains(l.warnings[0], "first at byte 3"));
  EXPECT_TRUE(Contains(l.warnings[0], "file processed"));
}

TEST(Loader, NulBytesBecomeSpaces) {
  TempDir t;
  std::string bytes("Talks\0resumed on Friday.\n", 25);
  auto p = t.Write("nul.txt", bytes);
  Loaded l = Load(p);
  ASSERT_TRUE(l.status.ok());
  EXPECT_EQ(l.doc.text, "Talks resumed on Friday.\n");
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_TRUE(Contains(l.warnings[0], "1 NUL bytes replaced")) << l.warnings[0];
}

std::string Utf16(const std::u16string& s, bool le, bool bom) {
  std::string out;
  if (bom) out += le ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t c : s) {
    char lo = char(c & 0xFF), hi = char(c >> 8);
    out += le ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}

TEST(Loader, Utf16LittleEndianWithBomIsConverted) {
  TempDir t;
  auto p = t.Write("u16le.txt", Utf16(u"date 2025-03-04\nCaf\u00e9 talks \U0001F600.\n", true, true));
  Loaded l = Load(p);
  ASSERT_TRUE(l.status.ok()) << l.status.message();
  EXPECT_EQ(l.doc.text, "date 2025-03-04\nCaf\xC3\xA9 talks \xF0\x9F\x98\x80.\n");
  ASSERT_TRUE(l.doc.dct);
  EXPECT_EQ(FormatDate(*l.doc.dct), "2025-03-04");
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_TRUE(Contains(l.warnings[0], p + ": UTF-16LE")) << l.warnings[0];
  EXPECT_TRUE(Contains(l.warnings[0], "converted to UTF-8"));
  EXPECT_TRUE(Contains(l.warnings[0], "offsets"));
}

TEST(Loader, Utf16BigEndianWithBrokenSurrogateIsConvertedWithReplacement) {
  TempDir t;
  std::u16string s = u"ab";
  s.push_back(char16_t(0xD800));  // unpaired high surrogate
  s += u"c";
  auto p = t.Write("u16be.txt", Utf16(s, false, true));
  Loaded l = Load(p);
  ASSERT_TRUE(l.status.ok());
  EXPECT_EQ(l.doc.text, "ab\xEF\xBF\xBD" "c");
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_TRUE(Contains(l.warnings[0], "1 broken UTF-16 units")) << l.warnings[0];
}

TEST(Loader, Utf16WithoutBomIsRejected) {
  TempDir t;
  auto p = t.Write("nobom.txt", Utf16(u"The talks ended without a deal on Friday.", true, false));
  Loaded l = Load(p);
  ASSERT_FALSE(l.status.ok());
  EXPECT_TRUE(Contains(l.status.message(), "UTF-16 without a byte-order mark"));
}

TEST(Loader, Utf32IsRejected) {
  TempDir t;
  auto p = t.Write("u32.txt", std::string("\xFF\xFE\0\0h\0\0\0", 8));
  Loaded l = Load(p);
  ASSERT_FALSE(l.status.ok());
  EXPECT_TRUE(Contains(l.status.message(), "UTF-32LE")) << l.status.message();
}

TEST(Loader, Utf8BomIsBlankedAndMarkerStillFound) {
  TempDir t;
  auto p = t.Write("bom.txt", "\xEF\xBB\xBF" "date 2025-08-17 Talks began.");
  Loaded l = Load(p);
  ASSERT_TRUE(l.status.ok());
  EXPECT_EQ(l.doc.text.substr(0, 3), "   ");
  ASSERT_TRUE(l.doc.dct);
  EXPECT_EQ(FormatDate(*l.doc.dct), "2025-08-17");
  EXPECT_EQ(l.doc.text.substr(l.doc.body_start), " Talks began.");
  EXPECT_TRUE(l.warnings.empty());
}

TEST(Loader, CrlfTextIsKeptAndMarkerParsed) {
  TempDir t;
  std::string bytes = "date 2025-08-17\r\nThe envoy met the minister.\r\nTalks ended.\r\n";
  auto p = t.Write("crlf.txt", bytes);
  Loaded l = Load(p);
  ASSERT_TRUE(l.status.ok());
  EXPECT_EQ(l.doc.text, bytes);
  ASSERT_TRUE(l.doc.dct);
  EXPECT_EQ(l.doc.dct_source, DctSource::kHeader);
  EXPECT_EQ(l.doc.body_start, 15u);
  EXPECT_TRUE(l.warnings.empty());
}

TEST(Loader, ImpossibleMarkerDateIsIgnoredWithMessage) {
  TempDir t;
  auto p = t.Write("feb30.txt", "date 2025-02-30\nThe summit was held.\n");
  Loaded l = Load(p);
  ASSERT_TRUE(l.status.ok());
  EXPECT_FALSE(l.doc.dct);
  EXPECT_EQ(l.doc.dct_source, DctSource::kNone);
  EXPECT_EQ(l.doc.body_start, 15u);  // the bad marker is still not article text
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_TRUE(Contains(l.warnings[0], p + ": the date marker 'date 2025-02-30'")) << l.warnings[0];
  EXPECT_TRUE(Contains(l.warnings[0], "publication date unknown"));
}

TEST(Loader, ImpossibleMarkerDateFallsBackToManifest) {
  TempDir t;
  auto p = t.Write("feb30.txt", "date 2025-02-30\nThe summit was held.\n");
  Loaded l = Load(p, Ymd(2025, 3, 1));
  ASSERT_TRUE(l.doc.dct);
  EXPECT_EQ(FormatDate(*l.doc.dct), "2025-03-01");
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_TRUE(Contains(l.warnings[0], "the manifest's date is used"));
}

TEST(Loader, DateMarkerVariants) {
  TempDir t;
  Loaded word = Load(t.Write("w.txt", "date night was cancelled.\n"));
  EXPECT_EQ(word.doc.body_start, 0u);
  EXPECT_FALSE(word.doc.dct);
  EXPECT_TRUE(word.warnings.empty());

  Loaded with_time = Load(t.Write("t.txt", "  date 2025-08-17T09:30 Leaders met."));
  ASSERT_TRUE(with_time.doc.dct);
  EXPECT_EQ(FormatDate(*with_time.doc.dct), "2025-08-17");

  Loaded too_long = Load(t.Write("l.txt", "date 2025-08-170 Leaders met."));
  EXPECT_FALSE(too_long.doc.dct);
  EXPECT_EQ(too_long.warnings.size(), 1u);

  Loaded option = Load(t.Write("o.txt", "date 2025-08-17 x"), Ymd(2025, 1, 2), Ymd(2024, 5, 6));
  ASSERT_TRUE(option.doc.dct);
  EXPECT_EQ(FormatDate(*option.doc.dct), "2024-05-06");
  EXPECT_EQ(option.doc.dct_source, DctSource::kOption);
}

TEST(Loader, TenMegabyteLineIsLoadedWhole) {
  TempDir t;
  std::string line;
  line.reserve(10u << 20);
  while (line.size() < (10u << 20)) line += "the talks went on and on ";
  line += "\n";
  auto p = t.Write("long.txt", line);
  Loaded l = Load(p);
  ASSERT_TRUE(l.status.ok());
  EXPECT_EQ(l.doc.text.size(), line.size());
  EXPECT_TRUE(l.warnings.empty());
}

TEST(Loader, TooLargeFileIsSkipped) {
  TempDir t;
  auto p = t.Write("big.txt", std::string(3 << 20, 'a'));
  std::string bytes;
  Status s = ReadInputFile(p, &bytes, 1 << 20);
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(Contains(s.message(), p + ": 3145728 bytes, larger than the limit of 1 MiB"))
      << s.message();
}

TEST(FileReader, ReadsExactlyTheFileWithoutASpareBuffer) {
  TempDir t;
  std::string content(100000, 'x');
  content += "end";
  auto p = t.Write("exact.txt", content);
  std::string bytes;
  ASSERT_TRUE(ReadInputFile(p, &bytes).ok());
  EXPECT_EQ(bytes, content);
  EXPECT_LT(bytes.capacity(), content.size() + 64);  // not doubled to find the end
}

TEST(FileReader, ReadsPastTheSizeFstatGives) {
  // /proc files say they are empty and are not: whatever is there is read.
  std::string bytes;
  ASSERT_TRUE(ReadInputFile("/proc/self/status", &bytes).ok());
  EXPECT_NE(bytes.find("Name:"), std::string::npos);
  EXPECT_EQ(bytes.back(), '\n');
  std::string capped;
  ASSERT_TRUE(ReadInputFile("/proc/self/status", &capped, 10).ok());
  EXPECT_EQ(capped, bytes.substr(0, 10));  // up to the limit only
}

TEST(FileReader, ReadsFilesOfSeveralDirectoriesInTurn) {
  // Files are opened through the last directory read from: switching
  // directories, coming back, a missing name and a name with ".." in the
  // path all read (or fail) as a plain open would.
  TempDir t;
  auto ax = t.Write("a/x.txt", "a x");
  auto bx = t.Write("b/x.txt", "b x");
  auto ay = t.Write("a/y.txt", "a y");
  std::string bytes;
  ASSERT_TRUE(ReadInputFile(ax, &bytes).ok());
  EXPECT_EQ(bytes, "a x");
  ASSERT_TRUE(ReadInputFile(bx, &bytes).ok());
  EXPECT_EQ(bytes, "b x");
  ASSERT_TRUE(ReadInputFile(ay, &bytes).ok());
  EXPECT_EQ(bytes, "a y");
  Status s = ReadInputFile(t / "a/none.txt", &bytes);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_TRUE(Contains(s.message(), t / "a/none.txt")) << s.message();
  ASSERT_TRUE(ReadInputFile(t / "a/../b/x.txt", &bytes).ok());
  EXPECT_EQ(bytes, "b x");
  s = ReadInputFile(t / "c/x.txt", &bytes);  // no such directory
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  ASSERT_TRUE(ReadInputFile(ax, &bytes).ok());
  EXPECT_EQ(bytes, "a x");
}

// Runs `fn` as an unprivileged user and returns its result: as root, mode-000
// files and directories are readable, so the check runs in a child process
// that drops to nobody (65534).
std::string AsUnprivileged(const std::function<std::string()>& fn) {
  int fds[2];
  if (::pipe(fds) != 0) return "pipe failed";
  pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(2);
    std::string m = fn();
    ssize_t n = ::write(fds[1], m.data(), m.size());
    ::_exit(n == ssize_t(m.size()) ? 0 : 3);
  }
  ::close(fds[1]);
  std::string out;
  char buf[512];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, size_t(n));
  ::close(fds[0]);
  int st = 0;
  ::waitpid(pid, &st, 0);
  return out;
}

TEST(Loader, UnreadableFile) {
  TempDir t;
  ASSERT_EQ(::chmod(t.path().c_str(), 0755), 0);  // let the unprivileged child in
  auto p = t.Write("secret.txt", "Ministers met.\n");
  ASSERT_EQ(::chmod(p.c_str(), 0), 0);
  EXPECT_EQ(AsUnprivileged([&] {
              Loaded l = Load(p);
              return l.status.ok() ? std::string("OK") : l.status.message();
            }),
            p + ": cannot read: Permission denied; skipped");
  if (::geteuid() == 0) {
    EXPECT_TRUE(Load(p).status.ok());  // root reads mode 000
  }
}

TEST(Loader, DirectoryAndFifoAreNotRead) {
  TempDir t;
  std::filesystem::create_directories(t / "dir.txt");
  Loaded d = Load(t / "dir.txt");
  ASSERT_FALSE(d.status.ok());
  EXPECT_TRUE(Contains(d.status.message(), "is a directory"));
  ASSERT_EQ(::mkfifo((t / "pipe.txt").c_str(), 0644), 0);
  Loaded f = Load(t / "pipe.txt");  // must not block waiting for a writer
  ASSERT_FALSE(f.status.ok());
  EXPECT_TRUE(Contains(f.status.message(), "not a regular file"));
}

TEST(Loader, MissingFile) {
  TempDir t;
  Loaded l = Load(t / "nope.txt");
  ASSERT_FALSE(l.status.ok());
  EXPECT_TRUE(Contains(l.status.message(), t / "nope.txt" + ": no such file; skipped"));
}

// --- manifests ---

TEST(Manifest, ParsesTabsSpacesCrlfAndComments) {
  std::vector<std::string> w;
  auto m = ParseManifest("M.tsv",
                         "\xEF\xBB\xBF# dates\r\na.txt\t2025-01-02\r\nb.txt   2025-03-04\r\n\r\n",
                         &w);
  EXPECT_TRUE(w.empty());
  ASSERT_EQ(m.size(), 2u);
  ASSERT_TRUE(m.Find("a.txt"));
  EXPECT_EQ(FormatDate(*m.Find("a.txt")), "2025-01-02");
  ASSERT_TRUE(m.Find("b.txt"));
  EXPECT_EQ(FormatDate(*m.Find("b.txt")), "2025-03-04");
  EXPECT_FALSE(m.Find("c.txt"));
  EXPECT_FALSE(m.Find("a"));  // exact names only; the caller tries the stem
}

TEST(Manifest, ImpossibleDateAndMalformedLinesAreReported) {
  std::vector<std::string> w;
  auto m = ParseManifest("d/MANIFEST.tsv", "a.txt\t2025-02-30\nnodate\nc.txt\t2025-01-01\n", &w);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_TRUE(Contains(w[0], "d/MANIFEST.tsv:1: '2025-02-30' is not a valid date")) << w[0];
  EXPECT_TRUE(Contains(w[0], "line ignored"));
  EXPECT_TRUE(Contains(w[1], "d/MANIFEST.tsv:2: expected FILE<TAB>YYYY-MM-DD")) << w[1];
  EXPECT_FALSE(m.Find("a.txt"));
  EXPECT_TRUE(m.Find("c.txt"));
}

TEST(Manifest, ConflictingDuplicateIsReported) {
  std::vector<std::string> w;
  auto m = ParseManifest("M", "a\t2025-01-01\na\t2025-01-02\n", &w);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_TRUE(Contains(w[0], "M:2: 'a' is already listed on line 1"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(FormatDate(*m.Find("a")), "2025-01-02");
}

// --- collecting inputs ---

struct Collected {
  InputList files;
  std::vector<InputProblem> problems;
  std::vector<std::string> Paths() const {
    std::vector<std::string> v;
    for (size_t i = 0; i < files.size(); ++i) v.push_back(files.Path(i));
    return v;
  }
  // Messages mentioning `path`.
  std::vector<std::string> About(const std::string& path) const {
    std::vector<std::string> v;
    for (const auto& p : problems)
      if (p.message.rfind(path + ":", 0) == 0) v.push_back(p.message);
    return v;
  }
};

Collected Collect(const std::vector<std::string>& paths) {
  Collected c;
  CollectInputs(paths, &c.files, &c.problems);
  return c;
}

TEST(Collect, RecursesInStableOrderAndAppliesManifest) {
  TempDir t;
  t.Write("b.txt", "x");
  t.Write("a.txt", "x");
  t.Write("sub/c.txt", "x");
  t.Write("notes.md", "x");
  t.Write("MANIFEST.tsv", "a.txt\t2025-01-02\nb\t2025-01-03\n");
  Collected c = Collect({t.path()});
  EXPECT_TRUE(c.problems.empty());
  EXPECT_EQ(c.Paths(), (std::vector<std::string>{t / "a.txt", t / "b.txt", t / "sub/c.txt"}));
  ASSERT_TRUE(c.files[0].manifest_dct);
  EXPECT_EQ(FormatDate(*c.files[0].manifest_dct), "2025-01-02");
  ASSERT_TRUE(c.files[1].manifest_dct);  // listed by stem
  EXPECT_FALSE(c.files[2].manifest_dct);  // a manifest covers its own directory only
}

TEST(Collect, MissingPathIsReportedAndOthersKept) {
  TempDir t;
  t.Write("a.txt", "x");
  Collected c = Collect({t / "gone", t.path()});
  EXPECT_EQ(c.files.size(), 1u);
  ASSERT_EQ(c.About(t / "gone").size(), 1u);
  EXPECT_TRUE(Contains(c.About(t / "gone")[0], "no such file or directory; skipped"));
}

TEST(Collect, SymlinkLoopsAndBrokenLinksAreReported) {
  TempDir t;
  t.Write("d/real.txt", "x");
  ASSERT_EQ(::symlink("loop2.txt", (t / "d/loop1.txt").c_str()), 0);
  ASSERT_EQ(::symlink("loop1.txt", (t / "d/loop2.txt").c_str()), 0);
  ASSERT_EQ(::symlink("missing.txt", (t / "d/broken.txt").c_str()), 0);
  ASSERT_EQ(::symlink("..", (t / "d/up").c_str()), 0);        // loops back to d's parent
  ASSERT_EQ(::symlink("real.txt", (t / "d/alias.txt").c_str()), 0);  // same file again
  Collected c = Collect({t.path()});
  EXPECT_EQ(c.Paths(), std::vector<std::string>{t / "d/alias.txt"});
  ASSERT_EQ(c.About(t / "d/loop1.txt").size(), 1u);
  EXPECT_TRUE(Contains(c.About(t / "d/loop1.txt")[0], "symbolic link loop; skipped"));
  EXPECT_EQ(c.About(t / "d/loop2.txt").size(), 1u);
  ASSERT_EQ(c.About(t / "d/broken.txt").size(), 1u);
  EXPECT_TRUE(Contains(c.About(t / "d/broken.txt")[0], "broken symbolic link"));
  ASSERT_EQ(c.About(t / "d/up").size(), 1u);
  EXPECT_TRUE(Contains(c.About(t / "d/up")[0], "already being read"));
  ASSERT_EQ(c.About(t / "d/real.txt").size(), 1u);
  EXPECT_TRUE(Contains(c.About(t / "d/real.txt")[0], "the same file as " + t / "d/alias.txt"));
}

TEST(Collect, LinkLoopGivenOnCommandLine) {
  TempDir t;
  ASSERT_EQ(::symlink("b", (t / "a").c_str()), 0);
  ASSERT_EQ(::symlink("a", (t / "b").c_str()), 0);
  Collected c = Collect({t / "a"});
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].message, t / "a" + ": symbolic link loop; skipped");
}

TEST(Collect, DuplicateDocumentIdIsSkipped) {
  TempDir t;
  t.Write("2024/article.txt", "x");
  t.Write("2025/article.txt", "y");
  Collected c = Collect({t.path()});
  EXPECT_EQ(c.Paths(), std::vector<std::string>{t / "2024/article.txt"});
  ASSERT_EQ(c.About(t / "2025/article.txt").size(), 1u);
  EXPECT_TRUE(Contains(c.About(t / "2025/article.txt")[0], "document id 'article'"));
}

TEST(Collect, UnreadableDirectoryIsReported) {
  TempDir t;
  ASSERT_EQ(::chmod(t.path().c_str(), 0755), 0);
  t.Write("locked/a.txt", "x");
  t.Write("open/b.txt", "x");
  ASSERT_EQ(::chmod((t / "open").c_str(), 0755), 0);
  ASSERT_EQ(::chmod((t / "locked").c_str(), 0), 0);
  std::string got = AsUnprivileged([&] {
    Collected c = Collect({t.path()});
    std::string r;
    for (const auto& f : c.Paths()) r += f + "\n";
    for (const auto& p : c.problems) r += p.message + "\n";
    return r;
  });
  EXPECT_EQ(got, t / "open/b.txt\n" + t / "locked" +
                     ": cannot list directory: Permission denied; skipped\n");
}

TEST(Collect, ThousandsOfFiles) {
  TempDir t;
  const int kFiles = 3000;
  for (int i = 0; i < kFiles; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "d%d/f%05d.txt", i % 7, i);
    t.Write(name, "Talks.\n");
  }
  Collected c = Collect({t.path()});
  EXPECT_TRUE(c.problems.empty());
  ASSERT_EQ(c.files.size(), size_t(kFiles));
  std::vector<std::string> paths = c.Paths();
  EXPECT_TRUE(std::is_sorted(paths.begin(), paths.end()));
}

// --- UTF-8 helpers ---

TEST(Utf8, OverlongAndSurrogateSequencesAreInvalid) {
  std::string s = "\xC0\xAF|\xED\xA0\x80|\xF4\x90\x80\x80|ok";
  Utf8Repair r = RepairUtf8(&s);
  EXPECT_EQ(r.invalid, 2u + 3u + 4u);
  EXPECT_EQ(s, "??|???|????|ok");
  EXPECT_TRUE(IsCleanUtf8(s));
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(FileStem, IsWhatStdFilesystemCallsTheStem) {
  for (const char* p : {"a/b.txt", "b.txt", "dir.d/b", "a/b.c.txt", "a/.hidden", ".txt", "a/..",
                        "a/.", "/x/y/z.tar.gz", "plain", "a/b."}) {
    EXPECT_EQ(FileStem(p), std::filesystem::path(p).stem().string()) << p;
  }
}

}  // namespace
}  // namespace eg
