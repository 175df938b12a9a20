// Dating rules of the scene around a clause.
// Members of the Extractor (events/extractor.h).
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

// Whole days of a duration value "P2D", "P1W"; 0 for other values.
static long DurationDays(std::string_view v) {
  if (v.size() < 3 || v[0] != 'P' || (v.back() != 'D' && v.back() != 'W')) return 0;
  long n = 0;
  for (size_t j = 1; j + 1 < v.size(); ++j) {
    if (v[j] < '0' || v[j] > '9') return 0;
    n = n * 10 + (v[j] - '0');
  }
  if (n > 60) return 0;
  return v.back() == 'W' ? n * 7 : n;
}

bool Extractor::DaysBeforeRelation(uint32_t x, long* n, uint32_t* k) const {
  const Timex& d = tx_[x];
  if (d.type != TimexType::kDuration || !tx_date_[x].empty()) return false;
  *n = DurationDays(d.value);
  *k = d.end_token;
  if (*n <= 0 || *k + 2 >= ntok_) return false;
  const Word rel = W(*k);
  return rel == "after" || rel == "before";
}

void Extractor::AnchorAfterThat() {
  const size_t ntx = tx_.size();
  for (size_t i = 0; i < ntx; ++i) {
    const uint32_t x = tx_order_[i];
    long n;
    uint32_t k;
    if (!DaysBeforeRelation(x, &n, &k)) continue;
    const Timex& d = tx_[x];
    const Word rel = W(k);
    const Word that = W(k + 1);
    if (that != "that" && that != "this") continue;
    // "after that," / "after that X met": not "after that meeting" (a
    // determiner: the occasion is named) nor "after that, when".
    if (!(W(k + 2) == "," || MentionStartsAt(k + 2) || SingularPronounAt(k + 2) ||
          PluralPronounAt(k + 2)))
      continue;
    const Word q = W(d.first_token);
    const bool approximate = q == "less" || q == "more" || q == "under" || q == "over" ||
                             q == "about" || q == "around" || q == "nearly" || q == "almost" ||
                             q == "some" || q == "roughly" || q == "barely";
    long day = 0;
    bool found = false;
    for (size_t j = i; j-- > 0;) {
      const uint32_t y = tx_order_[j];
      if (tx_[y].sentence == d.sentence) continue;
      if (tx_[y].sentence + 3 < d.sentence) break;
      long a0, a1;
      if (!DateInterval(tx_date_[y], &a0, &a1)) continue;
      if (a0 == a1) {
        day = a0;
        found = true;
      }
      break;  // the last date told, day-precise or not
    }
    if (!found) continue;
    const bool after = rel == "after";
    const long at = after ? day + n : day - n;
    const date::year_month_day a{date::sys_days{date::days{day}}};
    const date::year_month_day b{date::sys_days{date::days{at}}};
    if (!approximate) {
      tx_date_[x] = FormatDate(b);
    } else if (a.year() == b.year() && a.month() == b.month()) {
      tx_date_[x] = FormatDate(b).substr(0, 7);
    }
  }
}

void Extractor::LaterInTheMonthJustTold() {
  const size_t ntx = tx_.size();
  for (size_t i = 1; i < ntx; ++i) {
    const uint32_t x = tx_order_[i];
    const Timex& d = tx_[x];
    if (d.type != TimexType::kDuration || d.anchored.empty() || tx_date_[x].size() != 10) continue;
    if (d.end_token >= ntok_ || W(d.end_token) != "later") continue;
    // The nearest month told before it (a year between, "since 2022", is
    // an aside; a day between is the narrative's own day).
    uint32_t y = x;
    for (size_t j = i; j-- > 0;) {
      const uint32_t z = tx_order_[j];
      if (tx_[z].sentence + 1 < d.sentence || tx_date_[z].size() == 10) break;
      if (tx_date_[z].size() == 7 && !tx_[z].landmark) {
        y = z;
        break;
      }
    }
    if (y == x) continue;
    long m0, m1, a0, a1;
    if (!DateInterval(tx_date_[y], &m0, &m1) || !DateInterval(tx_date_[x], &a0, &a1)) continue;
    if (a0 < m0) tx_date_[x] = tx_date_[y];
  }
}

int32_t Extractor::EntryStampDate(uint32_t s) const {
  // The paragraph's first sentence: the one opening a line.
  uint32_t p = s;
  while (p > 0 && s - p < 6 && !toks_[t_.sentences[p].first_token].Has(kLineStart)) --p;
  const uint32_t f = t_.sentences[p].first_token;
  if (!toks_[f].Has(kLineStart)) return -1;
  // The line starting at token l, when it holds only time expressions and
  // capitalised words after them (a zone: "BST") and a line follows: its
  // last time expression, and *next the next line's first token.
  auto stamp_line = [&](uint32_t l, uint32_t* next) -> int32_t {
    // ("Updated 14:05", "UPDATE 6:15 pm": one label word before the time.)
    if (timex_at_[l] == kNone && l + 1 < ntok_ && Cap(l) && MentionAt(l) == kNone &&
        t_.tokens[l].kind == TokenKind::kWord && !toks_[l + 1].Has(kLineStart))
      ++l;
    if (timex_at_[l] == kNone) return -1;
    int32_t x = kNone;
    uint32_t k = l;
    for (; k < ntok_ && (k == l || !toks_[k].Has(kLineStart)); ++k) {
      if (timex_at_[k] != kNone) x = timex_at_[k];
      else if (!(Cap(k) && t_.tokens[k].kind == TokenKind::kWord)) return -1;
    }
    if (k >= ntok_ || x == kNone) return -1;
    *next = k;
    return x;
  };
  // "UPDATE, 6:15 pm: X says ...": a label of one or two capitalised
  // words, a time and a colon or dash open the entry's first line: the
  // entry's text starts after them.
  // (min_label: the label words required before the time; none for a
  // stamp that opens its own title line, below.)
  auto label_head_at = [&](uint32_t l, uint32_t min_label, uint32_t* next) -> int32_t {
    uint32_t k = l;
    while (k < ntok_ && k < l + 2 && timex_at_[k] == kNone && Cap(k) &&
           t_.tokens[k].kind == TokenKind::kWord && MentionAt(k) == kNone)
      ++k;
    if (k < l + min_label || k >= ntok_) return -1;
    if (W(k) == ",") ++k;
    if (k >= ntok_ || timex_at_[k] == kNone || tx_[timex_at_[k]].first_token != k) return -1;
    const int32_t t = timex_at_[k];
    k = tx_[t].end_token;
    while (k < ntok_ && k < tx_[t].end_token + 2 && Cap(k) && t_.tokens[k].kind == TokenKind::kWord &&
           !toks_[k].Has(kLineStart))
      ++k;
    if (k >= ntok_ || toks_[k].Has(kLineStart)) return -1;
    const Word d = W(k);
    if (!(d == ":" || d == "\xE2\x80\x94" || d == "\xE2\x80\x93" || d == "-" || d == "--"))
      return -1;
    *next = k + 1;
    return t;
  };
  auto label_head = [&](uint32_t l, uint32_t* next) { return label_head_at(l, 1, next); };
  // The stamp is the line above the paragraph (a sentence of its own), or
  // the first line of its first sentence, or a labelled head opening it.
  uint32_t text_from = f;
  int32_t x = stamp_line(f, &text_from);
  if (x < 0) x = label_head(f, &text_from);
  // A title line between stamp and text ("10:42 GMT\nLeaders arrive in
  // Rome\nX met Y at the palace."): short, no time, no final stop.
  auto title_line = [&](uint32_t l, uint32_t next) {
    if (next - l > 14) return false;
    for (uint32_t k = l; k < next; ++k)
      if (timex_at_[k] != kNone) return false;
    const Word last = W(next - 1);
    return !(last == "." || last == "?" || last == "!");
  };
  if (x < 0) {
    if (f == 0) return -1;
    uint32_t l = f - 1;
    while (l > 0 && !toks_[l].Has(kLineStart)) --l;
    uint32_t next;
    x = stamp_line(l, &next);
    if (x < 0) {
      // "09:40 GMT - Trump lands in Tel Aviv\n\nX met Y at the airport.":
      // the stamp and the entry's title share the line above it, the
      // title after a dash or colon.
      uint32_t title;
      const int32_t h = label_head_at(l, 0, &title);
      if (h >= 0) {
        uint32_t k = title;
        while (k < ntok_ && !toks_[k].Has(kLineStart)) ++k;
        if (k == f && title < f && title_line(title, f)) {
          x = h;
          next = f;
        }
      }
    }
    if (x < 0 && l > 0 && title_line(l, f)) {
      uint32_t above = l - 1;
      while (above > 0 && !toks_[above].Has(kLineStart)) --above;
      x = stamp_line(above, &next);
      if (x >= 0 && next != l) return -1;
      next = f;
    }
    if (x < 0 || next != f) return -1;
  }
  if (!UsableTimex(x)) return -1;
  // No earlier date or time from the entry's text up to sentence s's end:
  // the entry's narrative has gone back there ("after last night's
  // summit"). What lies on the stamp's day or after ("a ceasefire from
  // midnight") does not move it; "for over an hour" dates nothing.
  long s0, s1;
  if (!DateInterval(tx_date_[x], &s0, &s1)) return -1;
  for (uint32_t k = text_from; k < t_.sentences[s].end_token && k < ntok_; ++k) {
    if (timex_at_[k] == kNone || tx_date_[timex_at_[k]].empty()) continue;
    long a0, a1;
    if (!DateInterval(tx_date_[timex_at_[k]], &a0, &a1) || a0 < s0) return -1;
  }
  return x;
}

int Extractor::TodayShift(int32_t x) const {
  if (x < 0 || size_t(x) >= tx_.size()) return kNoShift;
  const Timex& t = tx_[x];
  uint32_t k = t.first_token;
  const uint32_t n = t.end_token - k;
  if (n == 2 && (W(k) == "earlier" || W(k) == "later") && W(k + 1) == "today") return 0;
  if (n == 1) {
    const Word w = W(k);
    if (w == "today" || w == "tonight") return 0;
    if (w == "yesterday") return -1;
    if (w == "tomorrow") return 1;
    return kNoShift;
  }
  if (n == 2 && W(k) == "this" &&
      (W(k + 1) == "morning" || W(k + 1) == "afternoon" || W(k + 1) == "evening"))
    return 0;
  if (n == 2 && W(k) == "last" && W(k + 1) == "night") return -1;
  return kNoShift;
}

int32_t Extractor::DatedShortLine(uint32_t l, uint32_t* next) const {
  uint32_t k = l;
  int32_t x = -1;
  for (; k < ntok_ && (k == l || !toks_[k].Has(kLineStart)); ++k) {
    if (k >= l + 16) return -1;
    const int32_t y = timex_at_[k];
    if (y != kNone && tx_[y].first_token == k && tx_date_[y].size() == 10) x = y;
  }
  *next = k;
  if (x < 0 || k == l) return -1;
  const Word last = W(k - 1);
  if (last == "." || last == "!" || last == "?") return -1;
  return x;
}

int32_t Extractor::SectionDate(uint32_t s, bool* closing) const {
  *closing = false;
  if (s >= t_.sentences.size()) return -1;
  constexpr uint32_t kReach = 600;  // tokens: an item of a page is short
  // Below: the first dated short line after the sentence; an issue line
  // ("[Issued ...]", "Issued on ...", "Released ...") closes the item.
  // Every line break ends a sentence (text/text.h): the line starts are
  // among the first tokens of the sentences, which are walked instead of
  // every token within reach.
  const uint32_t from = t_.sentences[s].end_token;
  for (size_t j = s + 1; j < t_.sentences.size(); ++j) {
    const uint32_t k = t_.sentences[j].first_token;
    if (k >= ntok_ || k >= from + kReach) break;
    if (k < from || !toks_[k].Has(kLineStart)) continue;
    uint32_t next;
    const int32_t x = DatedShortLine(k, &next);
    if (x < 0) continue;
    uint32_t w = k;
    if (W(w) == "[" || W(w) == "(") ++w;
    const Word v = W(w);
    if ((v == "issued" || v == "released") && UsableTimex(x)) {
      *closing = true;
      return x;
    }
    break;
  }
  // Above: the nearest dated heading line.
  const uint32_t first = t_.sentences[s].first_token;
  for (size_t j = s; j > 0;) {
    const uint32_t k = t_.sentences[--j].first_token;
    if (k + kReach < first) break;
    if (k >= first || !toks_[k].Has(kLineStart)) continue;
    uint32_t next;
    const int32_t x = DatedShortLine(k, &next);
    if (x >= 0) return UsableTimex(x) ? x : -1;
  }
  return -1;
}

bool Extractor::SincePhrase(uint32_t k, int32_t* x, const TriggerEntry** named) const {
  *x = kNone;
  *named = nullptr;
  uint32_t phrase_end = k + 1;
  while (phrase_end < end_ && phrase_end < k + 22 && !HardAt(phrase_end) && W(phrase_end) != ",")
    ++phrase_end;
  for (uint32_t j = k + 1; j < phrase_end; ++j) {
    if (*x == kNone && timex_at_[j] != kNone && !tx_date_[timex_at_[j]].empty()) *x = timex_at_[j];
    if (!*named)
      for (const TriggerMatch& o : trigs_)
        if (o.first == j && o.entry->noun && o.entry->interaction) *named = o.entry;
  }
  if (*x == kNone) return false;
  if (*named && OccasionCalledOff(k + 1, phrase_end)) return false;
  // The time itself ("since 2019", "since March 18"), or an encounter it
  // dates ("since the 2019 G20 summit"): not "since the war began in 2022".
  return tx_[*x].first_token == k + 1 || *named != nullptr ||
         PlaceForOccasion(k + 1, tx_[*x].first_token);
}

void Extractor::EmitEncounterAt(const EventMention& m, const TriggerMatch& tm, int32_t x,
                                const TriggerEntry* named, uint32_t s) {
  for (auto it = out_.rbegin(); it != out_.rend() && it->sentence + 1 >= s; ++it)
    if (it->sentence == s && it->date == tx_date_[x] && it->status == EventStatus::kOccurred)
      return;
  EventMention p;
  p.type = named ? named->type : tm.entry->type;
  p.interaction = true;
  p.date = tx_date_[x];
  p.date_text = std::string(TimexText(x));
  p.status = EventStatus::kOccurred;
  p.participants = m.participants;
  // Sentence s tells it (the sentence of m, or one restating m's event).
  p.start = t_.sentences[s].start;
  p.end = t_.sentences[s].end;
  p.text = SentenceText(s);
  p.sentence = s;
  p.trigger_first = tm.first;
  p.trigger_end = tm.end;
  p.trigger = std::string(t_.text.substr(t_.tokens[tm.first].start,
                                         t_.tokens[tm.end - 1].end - t_.tokens[tm.first].start));
  out_.push_back(std::move(p));
}

// The "since" phrase at k dates an encounter before the one m tells of
// (never at or after m's date): emits it, and says whether it did.
bool Extractor::EncounterSince(const EventMention& m, const TriggerMatch& tm, uint32_t k,
                               uint32_t s) {
  int32_t x;
  const TriggerEntry* named;
  if (!SincePhrase(k, &x, &named)) return false;
  long a0, a1, b0, b1;
  if (!DateInterval(tx_date_[x], &a0, &a1)) return false;
  if (!m.date.empty() && DateInterval(m.date, &b0, &b1) && a1 >= b0) return false;
  EmitEncounterAt(m, tm, x, named, s);
  return true;
}

void Extractor::PreviousEncounterSince(uint32_t s) {
  const EventMention& m = out_.back();
  if (!m.interaction || m.headline || m.participants.size() < 2) return;
  if (m.status == EventStatus::kNegated) {
    NotSince(s);
    return;
  }
  // "It's the first time the two leaders have met face to face since the
  // G20 in Osaka in 2019", "it will be the first time they have met in
  // person since ...": the verb's "first time ... since" presupposes the
  // encounter then, whatever the status of the one told now.
  for (const TriggerMatch& tm : trigs_) {
    if (tm.entry->noun || !tm.entry->interaction || tm.first != m.trigger_first) continue;
    bool first = false;
    for (uint32_t j = tm.first; j > begin_ + 1 && j + 8 > tm.first && !first;) {
      --j;
      if (HardAt(j) || W(j) == ",") break;
      first = W(j) == "time" && W(j - 1) == "first";
    }
    if (!first) continue;
    uint32_t k = tm.end;
    while (k < end_ && k < tm.end + 6 && W(k) != "since" && !HardAt(k) && W(k) != "," &&
           timex_at_[k] == kNone)
      ++k;
    if (k >= end_ || W(k) != "since") continue;
    if (EncounterSince(m, tm, k, s)) return;
  }
  // A planned one too: "their first summit since Helsinki in 2018" is to come.
  if (m.status != EventStatus::kOccurred && m.status != EventStatus::kPlanned) return;
  for (const TriggerMatch& tm : trigs_) {
    const uint32_t k = FirstNounSince(tm);
    if (k && EncounterSince(m, tm, k, s)) return;
  }
}

uint32_t Extractor::FirstNounSince(const TriggerMatch& tm) const {
  if (!tm.entry->noun || !tm.entry->interaction || tm.end + 1 >= end_) return 0;
  // "since" right after the noun, or after its "with Y" ("first call with
  // Y since March 18"); past "there" ("their first meeting there since
  // 2019": where the encounter is told, not when).
  uint32_t k = tm.end;
  if (W(k) == "there" || W(k) == "here") ++k;
  if (k < end_ && (W(k) == "with" || W(k) == "between")) {
    // Its parties named ("with the Russian leader", "between Russia and
    // Ukraine"): not a generic "a conversation between an American and a
    // Russian president" or "talks between Chinese and Canadian leaders"
    // (whoever led the two countries then), where the phrase ends in a
    // common noun, singular or plural, not in a name.
    // One side told by an indefinite common noun ("between a Canadian
    // prime minister and Xi") is whoever held the office then: not a
    // party named.
    const uint32_t from = k;
    bool named = false, indefinite = false;
    while (k < end_ && k < tm.end + 8 && W(k) != "since" && !HardAt(k) && W(k) != ",") {
      named = named || MentionAt(k) != kNone;
      indefinite = indefinite || W(k) == "a" || W(k) == "an";
      ++k;
    }
    if (indefinite) return 0;
    bool common_head = k > from && !Cap(k - 1) && !Punct(k - 1);
    if (common_head && MentionAt(k - 1) != kNone) {
      // A role is a person's when singular and definite ("the Russian
      // leader"), a kind of person when plural or indefinite.
      const ActorMention& am = a_.mentions[MentionAt(k - 1)];
      const Word det = am.first_token > begin_ ? W(am.first_token - 1) : Word();
      common_head = am.via_role && (W(k - 1).EndsWith("s") || det == "a" || det == "an");
    }
    if (!named || common_head) return 0;
    if (k < end_ && (W(k) == "there" || W(k) == "here")) ++k;
  }
  if (k >= end_ || W(k) != "since") return 0;
  for (uint32_t j = tm.first; j > begin_ && j + 6 > tm.first;) {
    --j;
    if (HardAt(j) || W(j) == ",") break;
    if (W(j) == "first") return k;
  }
  return 0;
}

void Extractor::RestatedFirstSince(uint32_t s) {
  if (s == 0 || out_.empty()) return;
  // "It was", "This is", "It will be", "That was".
  uint32_t k = begin_;
  while (k < end_ && Punct(k)) ++k;
  if (k + 3 >= end_ || !(W(k) == "it" || W(k) == "this" || W(k) == "that")) return;
  ++k;
  if (W(k) == "will" || W(k) == "would") ++k;
  if (!BeAt(k)) return;
  ++k;
  if (W(k) != "their") return;
  // The interaction told last, in one of the two sentences before ("He met
  // Y. Afterwards he wrote that ... It was their first meeting since ...").
  const EventMention* last = nullptr;
  for (auto it = out_.rbegin(); it != out_.rend() && it->sentence + 2 >= s && !last; ++it)
    if (it->interaction) last = &*it;
  if (!last || last->headline || last->participants.size() < 2 ||
      (last->status != EventStatus::kOccurred && last->status != EventStatus::kPlanned))
    return;
  const EventMention& m = *last;
  for (const TriggerMatch& tm : trigs_) {
    if (tm.first <= k || tm.first > k + 5) continue;
    const uint32_t since = FirstNounSince(tm);
    if (!since) continue;
    const EventMention told = m;  // out_ grows
    EncounterSince(told, tm, since, s);
    return;
  }
}

void Extractor::AgainOn(uint32_t s) {
  const EventMention& m = out_.back();
  if (!m.interaction || m.headline || m.participants.size() < 2 || m.date.empty() ||
      !Asserted(m.status))
    return;
  for (uint32_t k = m.trigger_end; k + 1 < end_; ++k) {
    // "and in Tianjin on the sidelines of the SCO summit in September": a
    // second place and time after the first ("met Y in Ashgabat in
    // October"), the verb left out, tell a second encounter as "again"
    // does.
    const bool gapped = W(k) == "and" && k > m.trigger_end && timex_at_[k - 1] != kNone &&
                        (W(k + 1) == "in" || W(k + 1) == "at") && k + 2 < end_ && Cap(k + 2);
    if (W(k) != "again" && !gapped) continue;
    // "again on March 13", "again in April", "again last week"; "again in
    // New York in September" (where, then when).
    uint32_t t = k + 1;
    if (t < end_ && (W(t) == "on" || W(t) == "in" || W(t) == "at")) ++t;
    bool placed = false;
    if (t < end_ && timex_at_[t] == kNone && PrepAt(t - 1) && Cap(t)) {
      // The place, perhaps with its occasion ("on the sidelines of the SCO
      // summit"), then the time's preposition and the time.
      uint32_t j = t;
      while (j < end_ && j < t + 12 && timex_at_[j] == kNone && !Punct(j) && !AuxAt(j) &&
             t_.tokens[j].kind == TokenKind::kWord && W(j) != "and" && W(j) != "but" &&
             W(j) != "who" && W(j) != "which" && W(j) != "that" &&
             (MentionAt(j) == kNone || KindOf(EntityOf(MentionAt(j))) != ActorKind::kPerson))
        ++j;
      if (j < end_ && j > t && timex_at_[j] != kNone && PrepAt(j - 1)) {
        t = j;
        placed = true;
      }
    }
    if (gapped && !placed) continue;
    if (t >= end_ || timex_at_[t] == kNone) continue;
    const int32_t x = timex_at_[t];
    if (tx_[x].first_token != t || tx_date_[x].empty() || tx_date_[x] == m.date) continue;
    // "met in May and again in July": the coordinated dates already make
    // one candidate each (AnalyzeSentence).
    uint32_t b = k;
    if (!placed && b > begin_ && W(b - 1) == "and") {
      --b;
      if (b > begin_ && W(b - 1) == ",") --b;
      if (b > begin_ && timex_at_[b - 1] != kNone && tx_date_[timex_at_[b - 1]] == m.date) continue;
    }
    // Another interaction word between: "again" is its own.
    bool other = false;
    for (const TriggerMatch& o : trigs_)
      other = other || (o.first >= m.trigger_end && o.first < k && o.entry->interaction);
    if (other) continue;
    for (auto it = out_.rbegin(); it != out_.rend() && it->sentence + 1 >= s; ++it)
      if (it->sentence == s && it->date == tx_date_[x]) return;
    EventMention p = m;
    p.date = tx_date_[x];
    p.date_text = std::string(TimexText(x));
    p.date_inherited = false;
    p.status = EventStatus::kOccurred;
    long a0, a1, d1;
    if (DateInterval(p.date, &a0, &a1) && DctLastDay(&d1) && a0 > d1) p.status = EventStatus::kPlanned;
    if (m.status == EventStatus::kPlanned) p.status = EventStatus::kPlanned;
    out_.push_back(std::move(p));
    return;
  }
}

void Extractor::NotSince(uint32_t) {
  EventMention& m = out_.back();
  const uint32_t tf = m.trigger_first, te = m.trigger_end;
  if (te >= end_) return;
  // A negation before the trigger, in its clause: "have not met", "hasn't
  // spoken with", "never met ... since".
  bool negation = false;
  for (uint32_t k = ClauseStart(tf); k < tf; ++k) {
    Word w = W(k);
    negation = negation || w == "not" || w == "never" || words::IsNegatedContraction(w);
  }
  if (!negation) return;
  // "since" after the trigger and its complements, in the same clause.
  uint32_t k = te;
  while (k < end_ && k < te + 10 && W(k) != "since" && !HardAt(k) && W(k) != "," &&
         !IsBoundary(k))
    ++k;
  if (k >= end_ || W(k) != "since") return;
  int32_t x;
  const TriggerEntry* named;
  if (!SincePhrase(k, &x, &named)) return;
  long a0, a1, d1;
  if (!DateInterval(tx_date_[x], &a0, &a1) || (DctLastDay(&d1) && a0 > d1)) return;
  // The absence runs from then on: it is on no date of its own. It states
  // no encounter then ("have not met since 2019" implies one but does not
  // tell it: annotators record none, and the presupposed parties need not
  // be these ones in that role): no occurred mention is made of it.
  if (m.date == tx_date_[x]) {
    m.date.clear();
    m.date_text.clear();
  }
}

void Extractor::AnchorOnNamedOccasions() {
  const size_t ntx = tx_.size();
  for (size_t i = 0; i < ntx; ++i) {
    const uint32_t x = tx_order_[i];
    // "after the Oval Office": the relation word, "the", the place.
    long n;
    uint32_t k;
    if (!DaysBeforeRelation(x, &n, &k)) continue;
    const Timex& d = tx_[x];
    const Word rel = W(k);
    uint32_t p = k + 1;
    if (W(p) == "the") ++p;
    const uint32_t place = p;
    while (p < ntok_ && p < place + 4 && Cap(p) && !Punct(p) && timex_at_[p] == kNone &&
           !toks_[p].Has(kSentenceStart))
      ++p;
    const uint32_t place_end = p;
    if (place_end == place || place_end >= ntok_) continue;
    // The phrase ends there, or after one event noun ("the Anchorage summit,").
    uint32_t after = place_end;
    if (!Punct(after)) {
      lex_.TriggersAt(t_, after, after + 1, &at_);
      bool noun = false;
      for (const auto& m : at_) noun = noun || (m.entry->noun && m.end == after + 1);
      if (!noun) continue;
      ++after;
    }
    if (after >= ntok_ || !Punct(after) || W(after) == "'s") continue;
    // The last earlier sentence that names the place and gives a day.
    long day = 0;
    bool found = false;
    for (size_t j = i; j-- > 0 && !found;) {
      const uint32_t y = tx_order_[j];
      if (tx_[y].sentence == d.sentence || tx_[y].sentence + 20 < d.sentence) continue;
      long a0, a1;
      if (!DateInterval(tx_date_[y], &a0, &a1) || a0 != a1) continue;
      const eg::Sentence& sn = t_.sentences[tx_[y].sentence];
      const uint32_t len = place_end - place;
      for (uint32_t q = sn.first_token; q + len <= sn.end_token && !found; ++q) {
        uint32_t m = 0;
        while (m < len && W(q + m) == W(place + m) && Cap(q + m)) ++m;
        if (m == len && (q + len >= sn.end_token || !Cap(q + len))) {
          found = true;
          day = a0;
        }
      }
    }
    if (!found) continue;
    const long at = rel == "after" ? day + n : day - n;
    tx_date_[x] = FormatDate(date::year_month_day{date::sys_days{date::days{at}}});
  }
}

void Extractor::KeepSubjectGathering(const Candidate& c, const EventMention& m, uint32_t s) {
  if (!c.definite || !c.trig.entry->noun || !(c.trig.entry->frame & kFrameGathering) ||
      !m.participants.empty() || m.status != EventStatus::kOccurred || m.headline || m.anterior)
    return;
  long d0, d1;
  if (PossessiveTimeBefore(c.trig.first) && DateInterval(m.date, &d0, &d1) && d0 == d1) {
    unnamed_dated_.push_back({std::string(LowerSpan(c.trig.first, c.trig.end)), m.date,
                              m.date_text, s, true});
    return;
  }
  // "The summit" opening the sentence (at most a modifier between).
  if (c.trig.first > begin_ + 2) return;
  for (uint32_t k = begin_; k < c.trig.first; ++k)
    if (!(DetAt(k) || Cap(k)) || MentionAt(k) != kNone) return;
  if (!m.date.empty()) {
    // Dated in its clause already.
    if (DateInterval(m.date, &d0, &d1) && d0 == d1)
      unnamed_dated_.push_back({std::string(LowerSpan(c.trig.first, c.trig.end)), m.date,
                                m.date_text, s, true});
    return;
  }
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const int32_t x = int32_t(tx_order_[i]);
    if (tx_[x].first_token < c.trig.end || !UsableTimex(x)) continue;
    long a0, a1;
    if (!DateInterval(tx_date_[x], &a0, &a1) || a0 != a1) return;  // the first date only
    unnamed_dated_.push_back({std::string(LowerSpan(c.trig.first, c.trig.end)), tx_date_[x],
                              std::string(DatingText(tx_[x], t_.text)), s, true});
    return;
  }
}

bool Extractor::BeingThereRelative(uint32_t who) const {
  if (who + 2 >= end_ || W(who) != "who") return false;
  Word be = W(who + 1);
  if (!(be == "was" || be == "were" || be == "is" || be == "are")) return false;
  Word p = W(who + 2);
  return (p == "in" || p == "at") && who + 3 < end_ && Cap(who + 3);
}

bool Extractor::ArrivalRelative(uint32_t who) const {
  if (who + 3 >= end_ || W(who) != "who") return false;
  const Word v = W(who + 1);
  if (!(v == "arrived" || v == "landed")) return false;
  const Word p = W(who + 2);
  return (p == "in" || p == "at") && Cap(who + 3);
}

void Extractor::KeepPartyDated(const Candidate& c, uint32_t s) {
  uint32_t party = kNoParty;
  bool group = false;
  for (uint32_t e : c.participants) {
    if (KindOf(e) == ActorKind::kGroup) {
      group = true;
    } else {
      if (party != kNoParty) return;  // two named parties: no partial telling
      party = e;
    }
  }
  if (party == kNoParty && !c.trig.entry->noun) {
    // "their top diplomats would meet": a group head as the verb's subject.
    for (uint32_t k = ClauseStart(c.trig.first); k < c.trig.first && !group; ++k)
      group = (ClassesAt(k) & words::kGroupHead) && W(k) != "two";
  }
  // Only a group spoken of without its members' names: "X spoke with the
  // leaders of A and B" (a bare "X spoke on Saturday" names no one to come).
  // (The group is often no actor: "the leaders of A and B" only names the
  // countries; a group head right after "with" and a determiner counts.)
  for (uint32_t k = c.trig.end; !group && k + 1 < end_ && k < c.trig.end + 4; ++k) {
    if (IsBoundary(k)) break;
    if (W(k) != "with") continue;
    uint32_t h = k + 1;
    while (h < end_ && h < k + 4 && (DetAt(h) || W(h) == "both" || W(h) == "two")) ++h;
    group = h < end_ && h > k + 1 && (ClassesAt(h) & words::kGroupHead) && W(h) != "two";
  }
  if (!group) return;
  party_dated_.push_back({party, c.type.empty() ? c.trig.entry->type : c.type, tx_date_[c.timex],
                          std::string(DatingText(tx_[c.timex], t_.text)), s, c.status});
}

bool Extractor::DemonstrativeOfGroupEvent(EventMention& m) const {
  for (auto it = party_dated_.rbegin(); it != party_dated_.rend(); ++it) {
    if (it->sentence + 2 < m.sentence) break;
    if (it->sentence >= m.sentence || it->party != kNoParty || !TypesFit(it->type, m.type) ||
        !Asserted(it->status))
      continue;
    m.date = it->date;
    m.date_text = it->date_text;
    m.status = it->status;
    return true;
  }
  return false;
}

bool Extractor::NamesPartiesOfOneJustTold(EventMention& m) const {
  if (m.participants.size() < 2) return false;
  for (auto it = party_dated_.rbegin(); it != party_dated_.rend(); ++it) {
    if (it->sentence + 1 < m.sentence) break;
    if (it->sentence + 1 != m.sentence || !TypesFit(it->type, m.type) ||
        it->party == kNoParty || it->status != EventStatus::kOccurred)
      continue;
    if (std::find(m.participants.begin(), m.participants.end(), it->party) == m.participants.end())
      continue;
    m.date = it->date;
    m.date_text = it->date_text;
    return true;
  }
  return false;
}

}  // namespace extract_detail
}  // namespace eg
