// MergeEvents(): reports of one real-world event become one Event.
//
// Two reports join when they are of the same kind (interaction or not), both
// asserted (occurred/planned) or of the same other status, of fitting types
// ("talks" fits any interaction), with overlapping participants (the smaller
// set, of two or more, inside the larger) and compatible dates and places:
// - two dates are compatible when equal or one lies inside the other
//   (2025-08-15 inside 2025-08); reports from different documents with the
//   very same participants and type may also disagree by a day (a
//   publication date read differently): the best-supported date wins and the
//   others are kept in alt_dates;
// - an undated report joins a report of the same document only, and only
//   with the very same participants (a second mention of the event); across
//   documents an undated report stays apart, since nothing says it is the
//   same occasion; an undated report in the pluperfect joins only an event
//   dated before the publication date ("had been talking" is an earlier
//   occasion, not today's);
// - two places that differ (neither inside the other) keep reports apart
//   unless they agree on the day.
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <unordered_map>

#include "corpus/temp_file.h"
#include "events/dates.h"
#include "events/event.h"
#include "events/event_store.h"
#include "events/mention_spill.h"
#include "events/small_vec.h"

namespace eg {

namespace {

bool Asserted(EventStatus s) { return s == EventStatus::kOccurred || s == EventStatus::kPlanned; }

// The type that fits any interaction (Fits), interned as Pools::talks.
constexpr std::string_view kTalks = "talks";

bool IsDay(const std::string& d) { return d.size() == 10; }

// A list of actor indices (a cluster's or a report's), for the set tests.
struct Ids {
  const uint32_t* p = nullptr;
  size_t n = 0;
  Ids() = default;
  Ids(const uint32_t* q, size_t k) : p(q), n(k) {}
  Ids(const std::vector<uint32_t>& v) : p(v.data()), n(v.size()) {}  // NOLINT
  template <uint32_t N>
  Ids(const SmallVec<uint32_t, N>& v) : p(v.data()), n(v.size()) {}  // NOLINT
  const uint32_t* begin() const { return p; }
  const uint32_t* end() const { return p + n; }
  size_t size() const { return n; }
  bool empty() const { return n == 0; }
};

// The document a report comes from, as the merge's input knows it.
struct DocRef {
  std::string_view id, path, dct;
  bool located = false;  // path and dct are known
  bool keep_id = true;   // an in-memory mention keeps the id, not only the index
};

// The mentions the clusters take, until their events are written: in memory
// (MergeEvents) or, spilled, in an unlinked temporary file in EventStore's
// mention format (MergeSpilledEvents), a cluster keeping a reference to each.
class MentionLog {
 public:
  MentionLog() = default;
  MentionLog(const MentionLog&) = delete;
  MentionLog& operator=(const MentionLog&) = delete;
  ~MentionLog() {
    if (fd_ >= 0) ::close(fd_);
  }
  Status Spill(const std::string& dir) {
    return OpenTempFile(dir, "the merge's mentions", &fd_, &dir_);
  }
  // The reference of the mention appended: greater than every one before
  // (the merge recovers the order taken by sorting them).
  uint64_t Put(size_t doc_index, const DocRef& d, const EventMention& m) {
    if (fd_ < 0) {
      // Pooled here: a read-back mention's text is not (MentionSpill).
      mem_.push_back({d.keep_id ? std::string(d.id) : std::string(), m.start, m.end,
                      SharedText(m.Text()), uint32_t(doc_index)});
      return mem_.size() - 1;
    }
    MentionRef r;
    r.doc_index = uint32_t(doc_index);
    r.doc = d.id;
    r.located = d.located;
    r.path = d.path;
    r.dct = d.dct;
    r.start = m.start;
    r.end = m.end;
    r.text = m.Text();
    const uint64_t at = written_ + out_.size();
    const size_t before = out_.size();
    EncodeMention(r, &out_);
    const uint64_t len = out_.size() - before;
    if (out_.size() >= kLogChunk) Write();
    // The record's length beside its offset, unless it is too long for the
    // bits left (0: read it from the record).
    return (at << kLenBits) | (len < (uint64_t(1) << kLenBits) ? len : 0);
  }
  // In memory: the mention of `ref` (moved out: each is taken once).
  SourceMention Get(uint64_t ref) { return std::move(mem_[size_t(ref)]); }
  // Spilled: the record of `ref`, as EncodeMention wrote it.
  Status Read(uint64_t ref, std::string* record) {
    const uint64_t at = ref >> kLenBits;
    size_t len = size_t(ref & ((uint64_t(1) << kLenBits) - 1));
    if (len == 0) {
      uint32_t n = 0;
      if (ReadAllAt(fd_, &n, 4, at) != 0) return ReadError(at);
      len = 4 + size_t(n);
    }
    if (at + len <= held_.size()) {
      record->assign(held_, size_t(at), len);
      return Status::OK();
    }
    record->resize(len);
    if (ReadAllAt(fd_, record->data(), len, at) != 0) return ReadError(at);
    return Status::OK();
  }
  Status Flush() {
    Write();
    std::string().swap(out_);
    return error_;
  }

 private:
  static constexpr int kLenBits = 20;
  static constexpr size_t kLogChunk = size_t(256) << 10;
  void Write() {
    // The log's first kHeld bytes stay in memory: a corpus's worth of
    // mentions up to that size is read back by Finish without a system call
    // per mention (a pread each was most of Finish's time). Beyond, the file
    // takes them at their offsets (the held part is a hole in it).
    if (!out_.empty() && written_ == held_.size() && held_.size() + out_.size() <= kHeld) {
      if (held_.empty()) held_.reserve(kHeld);
      held_.append(out_);
      written_ += out_.size();
      out_.clear();
      return;
    }
    if (error_.ok() && !out_.empty())
      if (int e = WriteAllAt(fd_, out_.data(), out_.size(), written_))
        error_ = Status::IOError(dir_ + ": cannot write the temporary file of the merge's mentions: " +
                                 std::strerror(e));
    written_ += out_.size();
    out_.clear();
  }
  Status ReadError(uint64_t at) const {
    return Status::IOError(dir_ + ": cannot read back the temporary file of the merge's mentions at byte " +
                           std::to_string(at));
  }
  static constexpr size_t kHeld = size_t(2) << 20;
  std::string held_;
  std::vector<SourceMention> mem_;
  int fd_ = -1;
  std::string dir_;
  std::string out_;
  uint64_t written_ = 0;
  Status error_;
};

// Strings many clusters share (event types, dates, the words of a date,
// places), each kept once: a cluster holds 4-byte ids instead of a
// std::string apiece (32 bytes, plus a heap block when long). Id 0 is the
// empty string. Equal strings have equal ids, so equality is an id test;
// anything ordered by the string compares the strings themselves.
class Pool {
 public:
  Pool() { Id(std::string_view()); }
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;
  uint32_t Id(std::string_view s) {
    auto f = ids_.find(s);
    if (f != ids_.end()) return f->second;
    strs_.emplace_back(s);
    const uint32_t id = uint32_t(strs_.size() - 1);
    ids_.emplace(std::string_view(strs_.back()), id);
    return id;
  }
  const std::string& operator[](uint32_t id) const { return strs_[id]; }
  size_t size() const { return strs_.size(); }

 private:
  std::deque<std::string> strs_;  // a deque: the views in ids_ stay valid
  std::unordered_map<std::string_view, uint32_t> ids_;
};

// The merge's pools, and each date's span parsed once.
struct Pools {
  Pool types, dates, texts, places;
  std::vector<DayInterval> spans;  // by date id
  uint32_t talks;
  Pools() : spans(1, DayInterval(std::string_view())), talks(types.Id(kTalks)) {}
  uint32_t Date(std::string_view d) {
    const uint32_t id = dates.Id(d);
    if (id == spans.size()) spans.emplace_back(dates[id]);
    return id;
  }
};

struct Item {
  size_t doc;  // document index (ActorTable::entity_to_actor)
  const EventMention* m;
  std::vector<uint32_t> actors;  // ActorTable indices, each once, in order
  DayInterval span;                 // of m->date
  uint32_t type = 0, date = 0, place = 0;  // m's, in Pools
  // The document's dct, for an undated anterior or occurred interaction and
  // a dated planned one only (else not ok).
  DayInterval dct = {};
};

// A date's support (in halves: an inherited date counts half), and the
// words that first gave it. Integers, not a double: the sums of halves and
// ones compare the same, exactly.
struct DateVote {
  uint32_t key;   // the date, in Pools::dates
  uint32_t text;  // Pools::texts
  uint32_t halves;
};

struct PlaceVote {
  uint32_t key;  // the place, in Pools::places
  int32_t votes;
};

// A cluster's small lists are kept sorted by the key's string (dates,
// places), iterated in that order as a std::map would be: the winner among
// equal votes and the order of alt_dates depend on it.
template <class V, uint32_t N>
V& VoteFor(SmallVec<V, N>* votes, uint32_t id, const Pool& pool) {
  for (V& v : *votes)
    if (v.key == id) return v;
  const std::string& s = pool[id];
  const V* at = votes->begin();
  while (at != votes->end() && pool[at->key] < s) ++at;
  V fresh{};
  fresh.key = id;
  return *votes->insert(at, fresh);
}

struct Cluster {
  uint32_t date = 0;  // current winner, in Pools::dates (0: none)
  uint32_t type = 0;  // Pools::types
  bool interaction = false;
  EventStatus status = EventStatus::kOccurred;
  // Listed under its actors (Merger::by_actor) and, if born without any,
  // in Merger::no_actor: from the time it has a date (Merger::Take).
  bool indexed = false;
  bool born_without_actors = false;
  SmallVec<uint32_t, 4> actors;
  SmallVec<DateVote, 1> date_votes;  // sorted by the date's string
  SmallVec<PlaceVote, 1> place_votes;  // sorted by the place's string
  // Its mentions as (document index, start, end), sorted: which documents
  // it has, and whether a sentence is already listed (two triggers of one
  // sentence). Sorted, not a set: within a rank the reports come in
  // document order, so nearly every insert appends. Each with its reference
  // into the merge's MentionLog, whose order is the order taken (Put).
  // 4-byte fields only: 20 bytes a mention, no padding.
  struct Key {
    uint32_t doc, start, end;
    uint32_t ref_lo, ref_hi;
    uint64_t ref() const { return uint64_t(ref_hi) << 32 | ref_lo; }
    bool operator<(const Key& o) const {
      return doc != o.doc ? doc < o.doc : start != o.start ? start < o.start : end < o.end;
    }
    bool SameSentence(const Key& o) const {
      return doc == o.doc && start == o.start && end == o.end;
    }
  };
  SmallVec<Key, 1> keys;
  bool HasDoc(size_t d) const {
    auto at = std::lower_bound(keys.begin(), keys.end(), Key{uint32_t(d), 0, 0, 0, 0});
    return at != keys.end() && at->doc == uint32_t(d);
  }
};

// The clusters, in chunks of a fixed count: growing moves no cluster (a
// vector's reallocation would hold every cluster twice for a moment), and,
// unlike a std::deque, whose 512-byte blocks fit three clusters in 512
// bytes, nothing is lost between them.
class Clusters {
 public:
  size_t size() const { return n_; }
  Cluster& operator[](size_t i) { return chunks_[i >> kShift][i & (kChunk - 1)]; }
  const Cluster& operator[](size_t i) const { return chunks_[i >> kShift][i & (kChunk - 1)]; }
  void emplace_back() {
    if ((n_ & (kChunk - 1)) == 0) chunks_.emplace_back(new Cluster[kChunk]);
    ++n_;
  }
  void clear() {
    std::vector<std::unique_ptr<Cluster[]>>().swap(chunks_);
    n_ = 0;
  }

 private:
  static constexpr int kShift = 8;
  static constexpr size_t kChunk = size_t(1) << kShift;
  std::vector<std::unique_ptr<Cluster[]>> chunks_;
  size_t n_ = 0;
};

// Whether x is in b. A plain loop: the lists hold a few actors, and
// std::find is a call per element here.
bool Contains(Ids b, uint32_t x) {
  for (uint32_t y : b)
    if (y == x) return true;
  return false;
}

bool Subset(Ids a, Ids b) {
  for (uint32_t x : a)
    if (!Contains(b, x)) return false;
  return true;
}

bool SameSet(Ids a, Ids b) {
  return a.size() == b.size() && Subset(a, b);
}

size_t Overlap(Ids a, Ids b) {
  size_t n = 0;
  for (uint32_t x : a) n += Contains(b, x);
  return n;
}

// The date with the most votes (the narrowest among equals), 0 if none.
uint32_t BestDate(const Cluster& c, const Pools& pools) {
  uint32_t best = 0;
  int64_t best_votes = -1;
  for (const DateVote& v : c.date_votes) {
    const int64_t n = v.halves;
    if (n > best_votes ||
        (n == best_votes && DateSpanDays(pools.dates[v.key]) < DateSpanDays(pools.dates[best]))) {
      best = v.key;
      best_votes = n;
    }
  }
  return best;
}

bool PlacesFit(const Cluster& c, const Item& it, const Pools& pools) {
  const std::string& place = it.m->place;
  if (place.empty() || c.place_votes.empty()) return true;
  for (const PlaceVote& v : c.place_votes) {
    const std::string& p = pools.places[v.key];
    if (p == place || p.find(place) != std::string::npos || place.find(p) != std::string::npos)
      return true;
  }
  return IsDay(it.m->date) && it.date == c.date;
}

// Whether item `it` reports the event of cluster `c`; *score ranks candidates.
bool Fits(const Cluster& c, const Item& it, const Pools& pools, double* score) {
  const EventMention& m = *it.m;
  if (c.interaction != m.interaction) return false;
  if (Asserted(c.status) != Asserted(m.status)) return false;
  if (!Asserted(c.status) && c.status != m.status) return false;
  if (c.interaction ? !(c.type == it.type || c.type == pools.talks || it.type == pools.talks)
                    : c.type != it.type)
    return false;
  bool same_doc = c.HasDoc(it.doc);
  const Ids ca = c.actors, ia = it.actors;
  const Ids small = ca.size() <= ia.size() ? ca : ia;
  const Ids big = ca.size() <= ia.size() ? ia : ca;
  bool same_set = SameSet(ca, ia);
  if (c.interaction) {
    if (small.size() < 2 || !Subset(small, big)) return false;
  } else if (!same_set) {
    return false;
  }
  const std::string& cd = pools.dates[c.date];
  const DayInterval& cspan = pools.spans[c.date];
  const std::string& md = m.date;
  double s = double(Overlap(ca, ia)) + (same_doc ? 10 : 0);
  if (!cd.empty() && !md.empty()) {
    if (DatesCompatible(cd, cspan, md, it.span)) {
      s += c.date == it.date ? 2 : 1;
    } else {
      // Reports of different documents may disagree by a day.
      if (same_doc || !same_set || c.type != it.type || !IsDay(cd) || !IsDay(md) ||
          !cspan.ok || !it.span.ok || std::labs(cspan.first - it.span.first) > 1)
        return false;
    }
  } else if (cd.empty() != md.empty()) {
    // Within a document, an undated report of the same participants (or of
    // three or more of them) is the dated event mentioned again.
    if (!same_doc || !(same_set || (Subset(small, big) && small.size() >= 3))) return false;
    // An undated report in the pluperfect ("he and Y had been talking") is
    // before the narrative's time: not the event of the publication day,
    // but the very same pair's event dated before it may be it.
    if (md.empty() && m.anterior &&
        !(same_set && cspan.ok && it.dct.ok && cspan.last < it.dct.first))
      return false;
    // "X and Y crossed paths. ... they had agreed to meet next week": what
    // is told as having happened is no second mention of an event planned
    // for after the publication date, nor the other way round.
    if ((c.status == EventStatus::kOccurred) != (m.status == EventStatus::kOccurred) &&
        it.dct.ok) {
      const bool later = md.empty() ? (cspan.ok && cspan.first > it.dct.last)
                                    : (it.span.ok && it.span.first > it.dct.last);
      if (later) return false;
    }
  } else {
    if (!same_doc) return false;
  }
  // A headline names the city where the lede names the building ("Obama
  // meets Castro in Havana" / "at the Revolution Palace"): its place says
  // nothing against an event of its article.
  // Nor does an undated second mention of the very same participants in the
  // same document: it names the place more or less closely ("met in Alaska on
  // Friday" / "welcomed him in Anchorage"), and a different occasion would
  // have a date or be told as an earlier one (anterior, above).
  bool again = same_doc && same_set && cd.empty() != md.empty();
  if (!(m.headline && same_doc) && !again && !PlacesFit(c, it, pools)) return false;
  *score = s;
  return true;
}

void Add(Cluster* c, const Item& it, const DocRef& doc, MentionLog* log, Pools* pools) {
  const EventMention& m = *it.m;
  if (c->keys.empty()) {
    c->type = it.type;
    c->interaction = m.interaction;
    c->status = m.status;
  } else {
    if (c->type == pools->talks && it.type != pools->talks) c->type = it.type;
    // Reports that it happened outweigh reports that it was planned; not a
    // headline's, whose tense is headlinese ("Erdogan, Putin to meet").
    if (m.status == EventStatus::kOccurred && !m.headline) c->status = m.status;
  }
  // A headline only adds its mention: its participants and date are a summary.
  bool summary_only = m.headline && !c->keys.empty();
  if (!summary_only)
    for (uint32_t a : it.actors)
      if (std::find(c->actors.begin(), c->actors.end(), a) == c->actors.end())
        c->actors.push_back(a);
  if (!m.date.empty() && !summary_only) {
    DateVote& v = VoteFor(&c->date_votes, it.date, pools->dates);
    v.halves += m.date_inherited ? 1 : 2;
    if (v.text == 0 && !m.date_text.empty()) v.text = pools->texts.Id(m.date_text);
  }
  if (!m.place.empty() && (!summary_only || c->place_votes.empty()))
    ++VoteFor(&c->place_votes, it.place, pools->places).votes;
  Cluster::Key k{uint32_t(it.doc), m.start, m.end, 0, 0};
  const Cluster::Key* at = std::lower_bound(c->keys.begin(), c->keys.end(), k);
  if (at == c->keys.end() || !at->SameSentence(k)) {
    const uint64_t ref = log->Put(it.doc, doc, m);
    k.ref_lo = uint32_t(ref);
    k.ref_hi = uint32_t(ref >> 32);
    c->keys.insert(at, k);
  }
  c->date = BestDate(*c, *pools);
}

std::string NameList(const std::vector<std::string>& names, size_t from) {
  std::string s;
  size_t n = names.size() - from;
  if (n > 4) {
    for (size_t i = from; i < from + 3; ++i) s += (i > from ? ", " : "") + names[i];
    return s + " and " + std::to_string(n - 3) + " others";
  }
  for (size_t i = from; i < names.size(); ++i) {
    if (i > from) s += (i + 1 == names.size()) ? " and " : ", ";
    s += names[i];
  }
  return s;
}

std::string Summary(const Event& e, const std::vector<std::string>& names) {
  std::string s;
  if (e.interaction && names.size() >= 2) {
    static const std::map<std::string, std::pair<const char*, const char*>> kVerbs = {
        {"meeting", {"meets", "to meet"}},
        {"call", {"speaks by phone with", "to speak by phone with"}},
        {"talks", {"holds talks with", "to hold talks with"}}};
    auto it = kVerbs.find(e.type);
    switch (e.status) {
      case EventStatus::kOccurred:
      case EventStatus::kPlanned:
        if (it != kVerbs.end()) {
          s = names[0] + " " +
              (e.status == EventStatus::kOccurred ? it->second.first : it->second.second) +
              " " + NameList(names, 1);
        } else {
          s = "The " + e.type + " of " + NameList(names, 0);
        }
        break;
      case EventStatus::kProposed: s = "Proposed " + e.type + " of " + NameList(names, 0); break;
      case EventStatus::kNegated: s = "No " + e.type + " between " + NameList(names, 0); break;
      case EventStatus::kHypothetical:
        s = "Possible " + e.type + " between " + NameList(names, 0);
        break;
    }
  } else {
    s = e.type;
    if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    if (!names.empty()) s += " by " + NameList(names, 0);
    if (e.status != EventStatus::kOccurred) s += std::string(" (") + EventStatusName(e.status) + ")";
  }
  if (!e.place.empty()) s += " in " + e.place;
  return s;
}

// Clusters reports as they come, in the merge's order (MergeRank, then
// input order), and turns the clusters into events: returned
// (MergeEvents), or written to an EventStore in output order, mentions
// included (MergeSpilledEvents).
class Merger {
 public:
  Merger(const ActorTable& actors, MentionLog* log) : actors_(actors), log_(log) {}
  void Take(size_t d, const DocRef& doc, const EventMention& m);
  // Either: into `out` (log in memory), or into `store` (log spilled).
  std::vector<Event> Finish();
  Status Finish(EventStore* store);

 private:
  // The clusters in output order (date, type, participants).
  std::vector<size_t> OutputOrder() const;
  // The references of c's mentions, in the order taken: ascending, as
  // MentionLog::Put hands them out. Valid until the next call.
  const std::vector<uint64_t>& TakenOrder(const Cluster& c) {
    refs_.clear();
    for (const Cluster::Key& k : c.keys) refs_.push_back(k.ref());
    std::sort(refs_.begin(), refs_.end());
    return refs_;
  }
  std::vector<uint64_t> refs_;
  // The event of cluster c, without mentions and id; frees c's votes.
  Event TakeEvent(Cluster* c) const;
  const ActorTable& actors_;
  MentionLog* log_;
  Pools pools_;
  Item it_{0, nullptr, {}, {}};  // reused: its actor list keeps its capacity
  size_t n_ = 0;                 // reports taken
  Clusters clusters;
  // Clusters by actor, so that a report is only compared with events that
  // share one of its actors (or, without actors, with those that have none).
  std::map<uint32_t, std::vector<uint32_t>> by_actor;
  std::vector<size_t> no_actor;
  // An undated cluster takes reports of its own document only (Fits), so it
  // is listed under that document instead, until it gets a date: else every
  // report would be compared with the undated events of every earlier
  // document that share an actor (one a document for a pair named again
  // and again), quadratic in the corpus.
  std::unordered_map<uint32_t, std::vector<uint32_t>> undated_of_doc;
  std::vector<size_t> cand;
  std::vector<size_t> stamp;
  // What a report needs of a cluster before Fits() may say yes, per
  // cluster, in an array of its own: the candidates listed under a
  // report's actors grow with the corpus (every dated event of a
  // much-named actor), and most of them are told apart here, without
  // reading the cluster. A dated report fits a cluster only when their
  // dates are equal, nested or, for days, a day apart (Fits); an undated
  // one only a cluster that has its document.
  struct Brief {
    int32_t first = 0, last = 0;  // the cluster's date's span (days)
    uint32_t min_doc = 0, max_doc = 0;  // the documents it has
    // The date is a calendar value whose span fits the fields above.
    bool span_ok = false;
  };
  std::vector<Brief> brief_;
  // Whether cluster k may take the report `it_`, by Brief: false only when
  // Fits() (and the headline's fallback) would say no.
  bool MayFit(size_t k) const {
    const Brief& b = brief_[k];
    const Item& it = it_;
    if (it.m->date.empty()) return it.doc >= b.min_doc && it.doc <= b.max_doc;
    // Spans overlapping within a day, unless either value is no calendar
    // value (only equal strings fit then): left to Fits().
    if (!it.span.ok || !b.span_ok) return true;
    return b.last >= it.span.first - 1 && b.first <= it.span.last + 1;
  }
};

void Merger::Take(size_t d, const DocRef& doc, const EventMention& m) {
  Item& it = it_;
  it.doc = d;
  it.m = &m;
  it.actors.clear();
  for (uint32_t p : m.participants) {
    if (d >= actors_.entity_to_actor.size() || p >= actors_.entity_to_actor[d].size()) continue;
    uint32_t a = actors_.entity_to_actor[d][p];
    if (std::find(it.actors.begin(), it.actors.end(), a) == it.actors.end())
      it.actors.push_back(a);
  }
  if (m.interaction && it.actors.size() < 2) return;
  it.type = pools_.types.Id(m.type);
  it.date = m.date.empty() ? 0 : pools_.Date(m.date);
  // (Asked only of an undated report joining a dated one: an anterior or
  // occurred undated report, a planned dated one.)
  const bool asks_dct = m.date.empty() ? (m.anterior || m.status == EventStatus::kOccurred)
                                       : m.status == EventStatus::kPlanned;
  it.dct = m.interaction && asks_dct && !doc.dct.empty() ? DayInterval(doc.dct) : DayInterval();
  it.span = pools_.spans[it.date];
  it.place = m.place.empty() ? 0 : pools_.places.Id(m.place);
  const size_t n = n_++;
  {
    cand.clear();
    stamp.resize(clusters.size(), size_t(-1));
    brief_.resize(clusters.size());
    if (it.actors.empty())
      for (size_t k : no_actor)
        if (MayFit(k)) cand.push_back(k);
    for (uint32_t a : it.actors) {
      auto f = by_actor.find(a);
      if (f == by_actor.end()) continue;
      for (size_t k : f->second)
        if (stamp[k] != n) {
          stamp[k] = n;
          if (MayFit(k)) cand.push_back(k);
        }
    }
    // This document's undated clusters, on the same terms as by_actor and
    // no_actor would list them.
    if (auto u = undated_of_doc.find(uint32_t(d)); u != undated_of_doc.end())
      for (size_t k : u->second) {
        const Cluster& c = clusters[k];
        if (c.indexed || stamp[k] == n) continue;
        if (it.actors.empty() ? c.born_without_actors : Overlap(c.actors, it.actors) > 0) {
          stamp[k] = n;
          cand.push_back(k);
        }
      }
    // The best score wins, the earliest event among equals (cand is in no
    // particular order: no sort needed).
    int best = -1;
    double best_score = -1;
    for (size_t k : cand) {
      double s;
      if (Fits(clusters[k], it, pools_, &s) &&
          (s > best_score || (s == best_score && best >= 0 && k < size_t(best)))) {
        best_score = s;
        best = int(k);
      }
    }
    if (best < 0 && it.m->headline) {
      // A headline sums up an event of its article, often with fewer or more
      // of its participants: it joins one that shares two of them, else it
      // is left out (the article itself reports what happened).
      for (size_t k : cand) {
        const Cluster& c = clusters[k];
        if (!c.HasDoc(it.doc) || c.interaction != it.m->interaction) continue;
        if (Asserted(c.status) != Asserted(it.m->status)) continue;
        if (!it.m->date.empty() && c.date != 0 &&
            !DatesCompatible(pools_.dates[c.date], pools_.spans[c.date], it.m->date, it.span))
          continue;
        double s = double(Overlap(c.actors, it.actors));
        if (s >= 2 && (s > best_score || (s == best_score && best >= 0 && k < size_t(best)))) {
          best_score = s;
          best = int(k);
        }
      }
      if (best < 0) return;
    }
    if (best < 0) {
      clusters.emplace_back();
      best = int(clusters.size() - 1);
    }
    Cluster& cl = clusters[size_t(best)];
    size_t before = cl.actors.size();
    bool fresh = cl.keys.empty();
    Add(&cl, it, doc, log_, &pools_);
    if (fresh) cl.born_without_actors = cl.actors.empty();
    brief_.resize(clusters.size());
    Brief& b = brief_[size_t(best)];
    const DayInterval& span = pools_.spans[cl.date];
    b.span_ok = span.ok && span.first >= INT32_MIN && span.last <= INT32_MAX;
    b.first = b.span_ok ? int32_t(span.first) : 0;
    b.last = b.span_ok ? int32_t(span.last) : 0;
    b.min_doc = cl.keys.front().doc;  // keys are sorted by document
    b.max_doc = cl.keys.back().doc;
    if (cl.indexed) {
      for (size_t i = before; i < cl.actors.size(); ++i)
        by_actor[cl.actors[i]].push_back(uint32_t(best));
    } else if (cl.date != 0) {
      cl.indexed = true;
      if (cl.born_without_actors) no_actor.push_back(size_t(best));
      for (uint32_t a : cl.actors) by_actor[a].push_back(uint32_t(best));
    } else if (fresh) {
      undated_of_doc[uint32_t(d)].push_back(uint32_t(best));
    }
  }
}

}  // namespace

int MergeRank(const EventMention& m) { return m.headline ? 2 : m.date.empty() ? 1 : 0; }

std::vector<Event> MergeEvents(const std::vector<DocEvents>& docs, const ActorTable& actors) {
  MentionLog log;
  Merger merger(actors, &log);
  for (int rank = 0; rank < 3; ++rank)
    for (size_t in = 0; in < docs.size(); ++in) {
      const size_t d = docs[in].doc == DocEvents::kAtPosition ? in : docs[in].doc;
      DocRef doc;
      doc.id = docs[in].doc_id;
      doc.dct = docs[in].dct;
      for (const auto& m : docs[in].mentions)
        if (MergeRank(m) == rank) merger.Take(d, doc, m);
    }
  return merger.Finish();
}

Status MergeSpilledEvents(MentionSpill* spill, const ActorTable& actors, EventStore* out,
                          const std::string& dir) {
  MentionLog log;
  Status s = log.Spill(dir);
  if (s.ok() && !out->spilled()) s = out->Spill(dir);
  if (!s.ok()) return s;
  Merger merger(actors, &log);
  for (int rank = 0; rank < 3 && s.ok(); ++rank)
    s = spill->ForEachWithDocument(
        rank, [&](size_t d, const DocumentInfo& info, const EventMention& m) {
          DocRef doc{info.id, info.path, info.dct, true};
          merger.Take(d, doc, m);
        });
  if (!s.ok()) return s;
  return merger.Finish(out);
}

Status MergeSpilledEvents(MentionSpill* spill, const ActorTable& actors, std::vector<Event>* out) {
  MentionLog log;
  Merger merger(actors, &log);
  for (int rank = 0; rank < 3; ++rank) {
    Status s = spill->ForEachWithDocument(
        rank, [&](size_t d, const DocumentInfo& info, const EventMention& m) {
          // Only the index: the corpus's document list has the id.
          DocRef doc;
          doc.id = info.id;
          doc.dct = info.dct;
          doc.keep_id = false;
          merger.Take(d, doc, m);
        });
    if (!s.ok()) return s;
  }
  *out = merger.Finish();
  return Status::OK();
}

std::vector<size_t> Merger::OutputOrder() const {
  // Sort keys parsed once per event, not once per comparison.
  std::vector<std::pair<long, long>> keys(clusters.size());
  for (size_t i = 0; i < clusters.size(); ++i) {
    long a = 0, b = 0;
    const std::string& date = pools_.dates[clusters[i].date];
    keys[i] = date.empty() || !DateInterval(date, &a, &b) ? std::make_pair(1L << 40, 0L)
                                                           : std::make_pair(a, -(b - a));
  }
  std::vector<size_t> order(clusters.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto& actors = actors_.actors;
  std::stable_sort(order.begin(), order.end(), [&](size_t i, size_t j) {
    const Cluster& x = clusters[i];
    const Cluster& y = clusters[j];
    if (keys[i] != keys[j]) return keys[i] < keys[j];
    if (x.type != y.type) return pools_.types[x.type] < pools_.types[y.type];
    // The participants' ids, compared as lists.
    return std::lexicographical_compare(
        x.actors.begin(), x.actors.end(), y.actors.begin(), y.actors.end(),
        [&](uint32_t a, uint32_t b) { return actors[a].id < actors[b].id; });
  });
  return order;
}

// "ev-%04zu", without snprintf.
static std::string EventId(size_t i) {
  std::string n = std::to_string(i + 1);
  std::string id = "ev-";
  if (n.size() < 4) id.append(4 - n.size(), '0');
  return id + n;
}

Event Merger::TakeEvent(Cluster* cp) const {
  const ActorTable& actors = actors_;
  Cluster& c = *cp;
  Event e;
  e.type = pools_.types[c.type];
  e.interaction = c.interaction;
  e.status = c.status;
  e.date = pools_.dates[c.date];
  for (const DateVote& v : c.date_votes)
    if (v.key != c.date)
      e.alt_dates.push_back(pools_.dates[v.key]);
    else
      e.date_text = pools_.texts[v.text];
  int best_place = 0;
  for (const PlaceVote& v : c.place_votes)
    if (v.votes > best_place) {
      best_place = v.votes;
      e.place = pools_.places[v.key];
    }
  std::vector<std::string> names;
  for (uint32_t a : c.actors) {
    e.participants.push_back(actors.actors[a].id);
    names.push_back(actors.actors[a].name);
  }
  e.summary = Summary(e, names);
  return e;
}

std::vector<Event> Merger::Finish() {
  const std::vector<size_t> order = OutputOrder();
  std::vector<Event> out;
  out.reserve(clusters.size());
  for (size_t k : order) {
    Cluster& c = clusters[k];
    Event e = TakeEvent(&c);
    e.id = EventId(out.size());
    e.mentions.reserve(c.keys.size());
    for (uint64_t ref : TakenOrder(c)) e.mentions.push_back(log_->Get(ref));
    c = Cluster();
    out.push_back(std::move(e));
  }
  clusters.clear();
  return out;
}

Status Merger::Finish(EventStore* store) {
  const std::vector<size_t> order = OutputOrder();
  // The merge's indexes are not needed any more: free them before the events
  // are written.
  std::map<uint32_t, std::vector<uint32_t>>().swap(by_actor);
  std::vector<size_t>().swap(no_actor);
  std::vector<size_t>().swap(cand);
  std::vector<size_t>().swap(stamp);
  std::vector<Brief>().swap(brief_);
  Status s = log_->Flush();
  std::string record;
  for (size_t i = 0; i < order.size() && s.ok(); ++i) {
    Cluster& c = clusters[order[i]];
    Event e = TakeEvent(&c);
    e.id = EventId(i);
    store->BeginEvent(e);
    for (uint64_t ref : TakenOrder(c)) {
      s = log_->Read(ref, &record);
      if (!s.ok()) break;
      store->AddEncodedMention(record);
    }
    c = Cluster();
  }
  clusters.clear();
  if (!s.ok()) return s;
  return store->Flush();
}

}  // namespace eg
