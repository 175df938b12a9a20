#include "events/word_classes.h"

#include <cstring>

#include "events/data_lines.h"

namespace eg {
namespace words {

namespace {

// Comparisons with literals of a length known at compile time, which the
// compiler inlines (string_view's == calls memcmp with a run-time length).
template <size_t N>
bool Is(std::string_view w, const char (&s)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), s, N - 1) == 0;
}

}  // namespace

bool IsDash(std::string_view w) {
  return Is(w, "-") || Is(w, "\xE2\x80\x93") || Is(w, "\xE2\x80\x94") || Is(w, "--");
}

bool IsHardPunct(std::string_view w) {
  // Asked about every token: a switch on one byte beats hashing.
  if (w.size() == 1) {
    switch (w[0]) {
      case ';':
      case ':':
      case '(':
      case ')':
      case '[':
      case ']':
      case '"':
        return true;
      default:
        return false;
    }
  }
  return Is(w, "\xE2\x80\x9C") || Is(w, "\xE2\x80\x9D");
}

}  // namespace words

namespace {

// The closed classes: grammar, not lexicon.
constexpr std::string_view kDeterminerWords[] = {
    "a",   "an", "the",  "this",    "that", "these", "those", "their", "his", "her", "its",
    "our", "my", "your", "another", "any",  "some",  "each",  "every", "no",  "such"};
constexpr std::string_view kBeWords[] = {"is", "are", "was", "were", "be", "been", "being", "am"};
constexpr std::string_view kAuxiliaryWords[] = {
    "will", "would", "could", "should", "might", "may", "can",   "shall", "must", "did", "do",
    "does", "has",   "have",  "had",    "to",    "not", "never", "got",   "get",  "gets"};
constexpr std::string_view kPrepositionWords[] = {
    "to",      "of",      "for",     "from",   "with",    "by",     "in",        "on",
    "at",      "about",   "against", "toward", "towards", "over",   "under",     "than",
    "like",    "into",    "onto",    "upon",   "without", "within", "among",     "amid",
    "between", "through", "via",     "per",    "despite", "during", "following", "behind",
    "beyond",  "across",  "around",  "near",   "unlike",  "versus", "vs"};
// Relatives, conjunctions and the prepositions and adverbs that open a
// clause; the verbs that open one (said, claimed, believe ...) are data.
constexpr std::string_view kClauseOpenerWords[] = {
    "which",   "who",   "whom",    "whose",     "that",   "but",     "while",    "whereas",
    "although", "though", "because", "since",   "after",  "before",  "when",     "where",
    "if",      "unless", "according", "whether", "until", "once",    "so",       "yet",
    "however", "following", "during", "amid",   "ahead"};
constexpr std::string_view kSkipAdverbWords[] = {
    "also",       "then",         "later",      "again",       "first",     "last",
    "already",    "just",         "once",       "still",       "even",      "soon",
    "now",        "both",         "all",        "together",    "too",       "ever",
    "yet",        "subsequently", "previously", "recently",    "finally",   "eventually",
    "reportedly", "allegedly",    "apparently", "reluctantly", "briefly",   "personally",
    "directly",   "formally",     "privately",  "secretly",    "publicly",  "separately",
    "jointly",    "meanwhile",    "today",      "tonight",     "yesterday", "tomorrow",
    "instead"};
constexpr std::string_view kSingularPronounWords[] = {"he", "she"};
constexpr std::string_view kPluralPronounWords[] = {"they", "both"};
constexpr std::string_view kReflexiveWords[] = {"himself", "herself", "themselves"};
// The speaker's own words inside a quotation (events/quotes.h).
constexpr std::string_view kFirstSingularWords[] = {"i", "me", "my", "myself"};
constexpr std::string_view kFirstPluralWords[] = {"we", "us", "our", "ourselves"};

// The classes of word_classes.tsv, by the name of its first column.
struct DataClass {
  const char* name;
  uint32_t bits;
};
constexpr DataClass kDataClasses[] = {
    {"filler", words::kFillerWord},
    {"group_head", words::kGroupHead},
    {"member_group", words::kMemberGroup},
    {"title", words::kTitleWord},
    {"speech", words::kSpeechVerb | words::kClauseOpener},
    {"report", words::kClauseOpener},
    {"past_speech", words::kPastSpeech},
    {"not_adverb", words::kLyException},
    {"host", words::kHostVerb},
    {"invite", words::kInviteVerb},
    {"occur", words::kOccurVerb},
    {"call_medium", words::kCallMedium},
    {"measure", words::kMeasureNoun},
    {"schedule", words::kScheduleWord},
    {"other_time", words::kOtherTimeWord},
    {"of_party", words::kOfParty},
    {"firm_noun", words::kFirmNoun},
    {"party_pair", words::kPartyPair},
    {"date_noun", words::kDateNoun},
};

}  // namespace

WordClasses::WordClasses() {
  auto add = [this](uint32_t bits, const auto& list) {
    for (std::string_view w : list) Add(w, bits);
  };
  add(words::kDeterminer, kDeterminerWords);
  add(words::kBe, kBeWords);
  add(words::kAuxWord, kAuxiliaryWords);
  add(words::kPreposition, kPrepositionWords);
  add(words::kClauseOpener, kClauseOpenerWords);
  add(words::kSkipAdvWord, kSkipAdverbWords);
  add(words::kSingularPronoun, kSingularPronounWords);
  add(words::kPluralPronoun, kPluralPronounWords);
  add(words::kReflexive, kReflexiveWords);
  add(words::kFirstSingular, kFirstSingularWords);
  add(words::kFirstPlural, kFirstPluralWords);
}

Status WordClasses::Parse(const std::string& tsv, const std::string& name) {
  return ForEachDataLine(tsv, name, [this](const DataLine& d) {
    if (d.cols.size() != 2)
      return Status::InvalidInput(d.where + "expected 2 tab-separated columns (class, words), got " +
                                  std::to_string(d.cols.size()));
    uint32_t bits = 0;
    for (const DataClass& c : kDataClasses)
      if (d.cols[0] == c.name) bits = c.bits;
    if (!bits) return Status::InvalidInput(d.where + "unknown word class '" + d.cols[0] + "'");
    const std::string& list = d.cols[1];
    bool any = false;
    for (size_t from = 0;;) {
      size_t bar = list.find('|', from);
      std::string w = list.substr(from, bar == std::string::npos ? std::string::npos : bar - from);
      if (!w.empty()) {
        // One token each: the text stage splits at spaces and hyphens, so
        // such a word could never be found.
        if (w.find_first_of(" -") != std::string::npos)
          return Status::InvalidInput(d.where + "'" + w +
                                      "' is not one token (no spaces or hyphens in a word class)");
        for (char& ch : w)
          if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
        Add(w, bits);
        any = true;
      }
      if (bar == std::string::npos) break;
      from = bar + 1;
    }
    if (!any) return Status::InvalidInput(d.where + "no words");
    return Status::OK();
  });
}

uint32_t WordClasses::Of(std::string_view w) const {
  if (w.empty()) return 0;
  if (w.size() > kMaxPacked) return long_.empty() ? 0 : LongOf(w);
  if (!MayHave(w)) return 0;
  const PackedWord k = Pack(w);
  for (uint32_t i = SlotOf(k) & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.len == 0) return 0;
    if (s.a == k.a && s.b == k.b && s.len == k.len) return s.classes;
  }
}

uint32_t WordClasses::LongOf(std::string_view w) const {
  for (const auto& l : long_)
    if (l.first == w) return l.second;
  return 0;
}

void WordClasses::Add(std::string_view w, uint32_t bits) {
  if (w.empty()) return;
  if (w.size() > kMaxPacked) {
    for (auto& l : long_) {
      if (l.first == w) {
        l.second |= bits;
        return;
      }
    }
    long_.emplace_back(std::string(w), bits);
    return;
  }
  const PackedWord k = Pack(w);
  for (uint32_t i = slots_.empty() ? 0 : SlotOf(k) & mask_; !slots_.empty();
       i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.len == 0) break;
    if (s.a == k.a && s.b == k.b && s.len == k.len) {
      s.classes |= bits;
      return;
    }
  }
  if ((words_ + 1) * 4 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = uint32_t(slots_.size() - 1);
    for (const Slot& s : old)
      if (s.len != 0) Place(s);
  }
  Slot s;
  s.a = k.a;
  s.b = k.b;
  s.len = k.len;
  s.classes = bits;
  Place(s);
  ++words_;
  const uint32_t key = Key(w);
  keys_[key >> 6] |= uint64_t(1) << (key & 63);
}

void WordClasses::Place(const Slot& s) {
  uint32_t i = SlotOf(PackedWord{s.a, s.b, s.len}) & mask_;
  while (slots_[i].len != 0) i = (i + 1) & mask_;
  slots_[i] = s;
}

}  // namespace eg
