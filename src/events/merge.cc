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
//   same occasion;
// - two places that differ (neither inside the other) keep reports apart
//   unless they agree on the day.
#include <algorithm>
#include <map>
#include <unordered_set>

#include "events/dates.h"
#include "events/event.h"
#include "events/mention_spill.h"

namespace eg {

namespace {

bool Asserted(EventStatus s) { return s == EventStatus::kOccurred || s == EventStatus::kPlanned; }

// Compared as a string_view: inline, where == "talks" on a std::string
// calls compare() and strlen for every pair the merge looks at.
constexpr std::string_view kTalks = "talks";

bool TypesFit(const std::string& a, const std::string& b) {
  return a == b || a == kTalks || b == kTalks;
}

bool IsDay(const std::string& d) { return d.size() == 10; }

// A list of actor indices (a cluster's or a report's), for the set tests.
struct Ids {
  const uint32_t* p = nullptr;
  size_t n = 0;
  Ids() = default;
  Ids(const uint32_t* q, size_t k) : p(q), n(k) {}
  Ids(const std::vector<uint32_t>& v) : p(v.data()), n(v.size()) {}  // NOLINT
  const uint32_t* begin() const { return p; }
  const uint32_t* end() const { return p + n; }
  size_t size() const { return n; }
  bool empty() const { return n == 0; }
};

struct Item {
  size_t doc;  // document index (ActorTable::entity_to_actor)
  const EventMention* m;
  std::vector<uint32_t> actors;  // ActorTable indices, each once, in order
  DateSpan span;                 // of m->date
};

struct Cluster {
  std::string type;
  bool interaction = false;
  EventStatus status = EventStatus::kOccurred;
  std::vector<uint32_t> actors;
  std::map<std::string, double> date_votes;
  std::map<std::string, std::string> date_texts;
  std::map<std::string, int> place_votes;
  // The documents of its mentions, sorted, each once (a vector, not a set:
  // within a rank the reports come in document order, so nearly every
  // insert appends).
  std::vector<uint32_t> docs;
  bool HasDoc(size_t d) const { return std::binary_search(docs.begin(), docs.end(), uint32_t(d)); }
  void AddDoc(size_t d) {
    auto at = std::lower_bound(docs.begin(), docs.end(), uint32_t(d));
    if (at == docs.end() || *at != uint32_t(d)) docs.insert(at, uint32_t(d));
  }
  std::vector<SourceMention> mentions;
  std::unordered_set<uint64_t> mention_keys;  // (document index, start) of each mention
  std::string date;  // current winner
  DateSpan span;     // of date
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

// The date with the most votes (the narrowest among equals), empty if none:
// a view of the key in c.date_votes, copied only when the winner changes.
std::string_view BestDate(const Cluster& c) {
  std::string_view best;
  double best_votes = -1;
  for (const auto& kv : c.date_votes) {
    double v = kv.second;
    if (v > best_votes ||
        (v == best_votes && DateSpanDays(kv.first) < DateSpanDays(best))) {
      best = kv.first;
      best_votes = v;
    }
  }
  return best;
}

bool PlacesFit(const Cluster& c, const std::string& place, const std::string& date) {
  if (place.empty() || c.place_votes.empty()) return true;
  for (const auto& kv : c.place_votes) {
    const std::string& p = kv.first;
    if (p == place || p.find(place) != std::string::npos || place.find(p) != std::string::npos)
      return true;
  }
  return IsDay(date) && date == c.date;
}

// Whether item `it` reports the event of cluster `c`; *score ranks candidates.
bool Fits(const Cluster& c, const Item& it, double* score) {
  const EventMention& m = *it.m;
  if (c.interaction != m.interaction) return false;
  if (Asserted(c.status) != Asserted(m.status)) return false;
  if (!Asserted(c.status) && c.status != m.status) return false;
  if (c.interaction ? !TypesFit(c.type, m.type) : c.type != m.type) return false;
  bool same_doc = c.HasDoc(it.doc);
  const Ids ca = c.actors, ia = it.actors;
  const Ids small = ca.size() <= ia.size() ? ca : ia;
  const Ids big = ca.size() <= ia.size() ? ia : ca;
  bool same_set = SameSet(c.actors, it.actors);
  if (c.interaction) {
    if (small.size() < 2 || !Subset(small, big)) return false;
  } else if (!same_set) {
    return false;
  }
  const std::string& cd = c.date;
  const std::string& md = m.date;
  double s = double(Overlap(c.actors, it.actors)) + (same_doc ? 10 : 0);
  if (!cd.empty() && !md.empty()) {
    if (DatesCompatible(cd, c.span, md, it.span)) {
      s += cd == md ? 2 : 1;
    } else {
      // Reports of different documents may disagree by a day.
      if (same_doc || !same_set || c.type != m.type || !IsDay(cd) || !IsDay(md) ||
          !c.span.ok || !it.span.ok || std::labs(c.span.first - it.span.first) > 1)
        return false;
    }
  } else if (cd.empty() != md.empty()) {
    // Within a document, an undated report of the same participants (or of
    // three or more of them) is the dated event mentioned again.
    if (!same_doc || !(same_set || (Subset(small, big) && small.size() >= 3))) return false;
    if (md.empty() && m.anterior) return false;
  } else {
    if (!same_doc) return false;
  }
  // A headline names the city where the lede names the building ("Obama
  // meets Castro in Havana" / "at the Revolution Palace"): its place says
  // nothing against an event of its article.
  if (!(m.headline && same_doc) && !PlacesFit(c, m.place, md)) return false;
  *score = s;
  return true;
}

void Add(Cluster* c, const Item& it, const std::string& doc_id, bool keep_id) {
  const EventMention& m = *it.m;
  if (c->mentions.empty()) {
    c->type = m.type;
    c->interaction = m.interaction;
    c->status = m.status;
  } else {
    if (c->type == kTalks && m.type != kTalks) c->type = m.type;
    // Reports that it happened outweigh reports that it was planned; not a
    // headline's, whose tense is headlinese ("Erdogan, Putin to meet").
    if (m.status == EventStatus::kOccurred && !m.headline) c->status = m.status;
  }
  // A headline only adds its mention: its participants and date are a summary.
  bool summary_only = m.headline && !c->mentions.empty();
  if (!summary_only)
    for (uint32_t a : it.actors)
      if (std::find(c->actors.begin(), c->actors.end(), a) == c->actors.end())
        c->actors.push_back(a);
  if (!m.date.empty() && !summary_only) {
    c->date_votes[m.date] += m.date_inherited ? 0.5 : 1.0;
    if (!m.date_text.empty() && !c->date_texts.count(m.date)) c->date_texts[m.date] = m.date_text;
  }
  if (!m.place.empty() && (!summary_only || c->place_votes.empty())) ++c->place_votes[m.place];
  c->AddDoc(it.doc);
  // A sentence already listed (two triggers of one sentence): a hash of
  // (document, start) finds the candidates, so an event reported by
  // thousands of documents is not compared with each of its mentions.
  bool dup = false;
  const uint64_t key = (uint64_t(it.doc) << 32) | m.start;
  if (!c->mention_keys.insert(key).second) {
    for (const auto& sm : c->mentions)
      if (sm.doc_index == uint32_t(it.doc) && sm.start == m.start && sm.end == m.end) dup = true;
  }
  if (!dup)
    c->mentions.push_back({keep_id ? doc_id : std::string(), m.start, m.end, SharedText(m.text),
                           uint32_t(it.doc)});
  std::string_view best = BestDate(*c);
  if (best != c->date) {
    c->date.assign(best.data(), best.size());
    c->span = DateSpan(c->date);
  }
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
// input order), and turns the clusters into events.
class Merger {
 public:
  // `keep_ids`: the events' mentions keep their document's id, not only its
  // index (SourceMention).
  Merger(const ActorTable& actors, bool keep_ids) : actors_(actors), keep_ids_(keep_ids) {}
  void Take(size_t d, const std::string& doc_id, const EventMention& m);
  std::vector<Event> Finish();

 private:
  const ActorTable& actors_;
  const bool keep_ids_;
  Item it_{0, nullptr, {}, {}};  // reused: its actor list keeps its capacity
  size_t n_ = 0;                 // reports taken
  std::vector<Cluster> clusters;
  // Clusters by actor, so that a report is only compared with events that
  // share one of its actors (or, without actors, with those that have none).
  std::map<uint32_t, std::vector<size_t>> by_actor;
  std::vector<size_t> no_actor;
  std::vector<size_t> cand;
  std::vector<size_t> stamp;
};

void Merger::Take(size_t d, const std::string& doc_id, const EventMention& m) {
  Item& it = it_;
  it.doc = d;
  it.m = &m;
  it.actors.clear();
  it.span = DateSpan(m.date);
  for (uint32_t p : m.participants) {
    if (d >= actors_.entity_to_actor.size() || p >= actors_.entity_to_actor[d].size()) continue;
    uint32_t a = actors_.entity_to_actor[d][p];
    if (std::find(it.actors.begin(), it.actors.end(), a) == it.actors.end())
      it.actors.push_back(a);
  }
  if (m.interaction && it.actors.size() < 2) return;
  const size_t n = n_++;
  {
    cand.clear();
    stamp.resize(clusters.size(), size_t(-1));
    if (it.actors.empty()) cand = no_actor;
    for (uint32_t a : it.actors) {
      auto f = by_actor.find(a);
      if (f == by_actor.end()) continue;
      for (size_t k : f->second)
        if (stamp[k] != n) {
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
      if (Fits(clusters[k], it, &s) &&
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
        if (!it.m->date.empty() && !c.date.empty() &&
            !DatesCompatible(c.date, c.span, it.m->date, it.span))
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
    bool fresh = cl.mentions.empty();
    Add(&cl, it, doc_id, keep_ids_);
    if (fresh && cl.actors.empty()) no_actor.push_back(size_t(best));
    for (size_t i = fresh ? 0 : before; i < cl.actors.size(); ++i)
      by_actor[cl.actors[i]].push_back(size_t(best));
  }
}

}  // namespace

int MergeRank(const EventMention& m) { return m.headline ? 2 : m.date.empty() ? 1 : 0; }

std::vector<Event> MergeEvents(const std::vector<DocEvents>& docs, const ActorTable& actors) {
  Merger merger(actors, /*keep_ids=*/true);
  for (int rank = 0; rank < 3; ++rank)
    for (size_t in = 0; in < docs.size(); ++in) {
      const size_t d = docs[in].doc == DocEvents::kAtPosition ? in : docs[in].doc;
      for (const auto& m : docs[in].mentions)
        if (MergeRank(m) == rank) merger.Take(d, docs[in].doc_id, m);
    }
  return merger.Finish();
}

Status MergeSpilledEvents(MentionSpill* spill, const ActorTable& actors, std::vector<Event>* out) {
  Merger merger(actors, /*keep_ids=*/false);
  for (int rank = 0; rank < 3; ++rank) {
    Status s = spill->ForEach(rank, [&](size_t d, const std::string& doc_id, const EventMention& m) {
      merger.Take(d, doc_id, m);
    });
    if (!s.ok()) return s;
  }
  *out = merger.Finish();
  return Status::OK();
}

std::vector<Event> Merger::Finish() {
  const ActorTable& actors = actors_;
  std::vector<Event> out;
  out.reserve(clusters.size());
  // Each cluster's mentions move into its event and the rest of it is freed
  // at once: the clusters and the events are not both held whole.
  for (Cluster& c : clusters) {
    Event e;
    e.type = c.type;
    e.interaction = c.interaction;
    e.status = c.status;
    e.date = c.date;
    for (const auto& kv : c.date_votes)
      if (kv.first != e.date) e.alt_dates.push_back(kv.first);
    auto dt = c.date_texts.find(e.date);
    if (dt != c.date_texts.end()) e.date_text = dt->second;
    int best_place = 0;
    for (const auto& kv : c.place_votes)
      if (kv.second > best_place) {
        best_place = kv.second;
        e.place = kv.first;
      }
    std::vector<std::string> names;
    for (uint32_t a : c.actors) {
      e.participants.push_back(actors.actors[a].id);
      names.push_back(actors.actors[a].name);
    }
    e.summary = Summary(e, names);
    e.mentions = std::move(c.mentions);
    c = Cluster();
    out.push_back(std::move(e));
  }
  std::vector<Cluster>().swap(clusters);
  // Sort keys parsed once per event, not once per comparison.
  std::vector<std::pair<long, long>> keys(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    long a = 0, b = 0;
    const Event& e = out[i];
    keys[i] = e.date.empty() || !DateInterval(e.date, &a, &b)
                  ? std::make_pair(1L << 40, 0L)
                  : std::make_pair(a, -(b - a));
  }
  std::vector<size_t> order(out.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t i, size_t j) {
    const Event& x = out[i];
    const Event& y = out[j];
    if (keys[i] != keys[j]) return keys[i] < keys[j];
    if (x.type != y.type) return x.type < y.type;
    return x.participants < y.participants;
  });
  std::vector<Event> sorted;
  sorted.reserve(out.size());
  for (size_t i : order) sorted.push_back(std::move(out[i]));
  out = std::move(sorted);
  for (size_t i = 0; i < out.size(); ++i) {
    // "ev-%04zu", without snprintf.
    std::string n = std::to_string(i + 1);
    out[i].id = "ev-";
    if (n.size() < 4) out[i].id.append(4 - n.size(), '0');
    out[i].id += n;
  }
  return out;
}

}  // namespace eg
