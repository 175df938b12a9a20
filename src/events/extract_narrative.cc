// The lead, paragraph heads, occasions and the narrative reference date.
// Members of the Extractor (events/extractor.h).
#include <cctype>

#include "events/extractor.h"

namespace eg {
namespace extract_detail {

void Extractor::ComputeLead() {
  lead_state_ = -1;
  long d1;
  if (!DctLastDay(&d1)) return;
  // Within the first four sentences, past up to four lines of headline,
  // byline and publication time above them ("Published 17 June 2025").
  for (uint32_t s = 0, heads = 0; s < t_.sentences.size() && s < 4 + heads; ++s) {
    const eg::Sentence& sn = t_.sentences[s];
    if (sn.end_token <= sn.first_token) continue;
    Word last = W(sn.end_token - 1);
    if (!(last == "." || last == "!" || last == "?" || last == "\"" || last == "'" ||
          last == "\xE2\x80\x9D" || last == "\xE2\x80\x99")) {
      if (heads < 4) ++heads;
      continue;  // a headline or a dateline ("NAIROBI, Kenya (AP) _")
    }
    for (uint32_t x : tx_order_) {
      const Timex& t = tx_[x];
      if (t.first_token < sn.first_token) continue;
      if (t.first_token >= sn.end_token) break;
      if (t.type != TimexType::kDate || tx_date_[x].empty()) continue;
      // "ADDIS ABABA, Feb 16 (AFP) - Leaders on Saturday elected X": the
      // dateline is the day of the filing; a date the lead tells after it
      // is the story's day.
      if (DatelineShape(int32_t(x)) && LeadDateAfter(x, sn.end_token, d1)) continue;
      long a0, a1;
      if (!DateInterval(tx_date_[x], &a0, &a1) || a0 != a1 || a0 > d1 || a0 + 3 < d1) continue;
      lead_timex_ = int32_t(x);
      break;
    }
    if (lead_timex_ < 0) {
      // "X says gaps remain before next week's talks": a lead that reports
      // in the present tells of the day the story is published (its time
      // words, if any, belong to what is reported).
      bool present = false;
      for (uint32_t k = sn.first_token; k < sn.end_token && !present; ++k)
        present = (ClassesAt(k) & words::kSpeechVerb) && !(ClassesAt(k) & words::kPastSpeech);
      if (!present) return;
      lead_dct_ = true;
    }
    lead_sentence_ = s;
    for (const ActorMention& am : a_.mentions) {
      if (am.first_token < sn.first_token) continue;
      if (am.first_token >= sn.end_token) break;
      // The countries of a lead too ("India and Pakistan agreed on Saturday
      // to ..."): they date an event of two of them (LeadDates).
      if (KindOf(am.entity) == ActorKind::kPerson || KindOf(am.entity) == ActorKind::kCountry)
        AddOnce(&lead_persons_, am.entity);
    }
    // "It was an unusually busy Tuesday for an American president. ...
    // President X sat down with Y": a feature lead that sets the day but
    // names no person, only describes its subject by office ("a president",
    // "the foreign ministers of A, B and C"), hands the day to the persons
    // the next sentence introduces by title: the story tells their day.
    bool person = false, described = false;
    for (uint32_t e : lead_persons_) person = person || KindOf(e) == ActorKind::kPerson;
    for (uint32_t k = sn.first_token; k < sn.end_token && !person && !described; ++k)
      described = MentionAt(k) == kNone && ((ClassesAt(k) & words::kTitleWord) || GroupHeadAt(k));
    if (described && lead_timex_ >= 0 && s + 1 < t_.sentences.size()) {
      const eg::Sentence& nx = t_.sentences[s + 1];
      for (const ActorMention& am : a_.mentions) {
        if (am.first_token < nx.first_token) continue;
        if (am.first_token >= nx.end_token) break;
        const uint32_t f = am.first_token;
        const bool titled = (ClassesAt(f) & words::kTitleWord) ||
                            (f > nx.first_token && (ClassesAt(f - 1) & words::kTitleWord));
        if (KindOf(am.entity) == ActorKind::kPerson && titled) AddOnce(&lead_persons_, am.entity);
      }
    }
    if (!lead_persons_.empty()) lead_state_ = 1;
    return;
  }
}

// Whether a date of the lead's kind (one day, within three days before
// d1, the publication's last day) follows timex x before token end.
bool Extractor::LeadDateAfter(uint32_t x, uint32_t end, long d1) const {
  for (uint32_t y : tx_order_) {
    const Timex& t = tx_[y];
    if (t.first_token < tx_[x].end_token) continue;
    if (t.first_token >= end) break;
    long a0, a1;
    if (t.type == TimexType::kDate && !tx_date_[y].empty() && DateInterval(tx_date_[y], &a0, &a1) &&
        a0 == a1 && a0 <= d1 && a0 + 3 >= d1)
      return true;
  }
  return false;
}

// An undated interaction in the simple past of someone the lead names, told
// later in the story: wire news reports the day's doings of the persons its
// lead dates (or of two countries it names); a perfect ("has met") or
// pluperfect is some earlier time.
bool Extractor::LeadDates(const EventMention& m) {
  if (lead_state_ == 0) ComputeLead();
  if (lead_state_ != 1 || m.sentence <= lead_sentence_) return false;
  bool lead_person = false;
  int lead_countries = 0;
  for (uint32_t e : m.participants) {
    if (std::find(lead_persons_.begin(), lead_persons_.end(), e) == lead_persons_.end()) continue;
    if (KindOf(e) == ActorKind::kPerson) lead_person = true;
    else ++lead_countries;
  }
  if (!lead_person && lead_countries < 2) return false;
  // "The day had begun on Monday night, when X's convoy was stopped. X
  // phoned Y on the spot.": the sentences just before moved the narrative
  // to another day; what follows them is told on that day, not the lead's.
  // (Only another day told as past: "will take office next month" or "has
  // led it since 2017" sets no scene.)
  if (lead_timex_ >= 0 && narrative_.sent + 2 >= m.sentence && narrative_.sent > lead_sentence_ &&
      narrative_.date.size() == 10 && narrative_.date != tx_date_[lead_timex_]) {
    long a0, a1, d1;
    if (DateInterval(narrative_.date, &a0, &a1) && DctLastDay(&d1) && a1 <= d1) return false;
  }
  for (uint32_t k = begin_; k < m.trigger_first; ++k) {
    Word w = W(k);
    if (w == "has" || w == "have" || w == "'ve" || (ClassesAt(k) & words::kOtherTimeWord))
      return false;
  }
  return true;
}

// The date that heads the paragraph of sentence s: its line opens with a
// time expression ("Monday, Dec. 1", "Sunday, Nov. 30") followed by a dash,
// as a diary or live blog heads its entries ("Monday, Dec. 1 -- Paris.").
// The last of the heading's time expressions (the most precise); -1 when
// the paragraph has no such head or it lies more than a few sentences back.
int32_t Extractor::ParagraphHeadDate(uint32_t s) const {
  uint32_t p = s;
  while (p > 0 && s - p < 6 && !t_.tokens[t_.sentences[p].first_token].Has(kLineStart)) --p;
  const eg::Sentence& sn = t_.sentences[p];
  uint32_t k = sn.first_token;
  if (k >= sn.end_token || !t_.tokens[k].Has(kLineStart)) return -1;
  // A timeline's entry: "- February 11: X flew to Moscow. He met Y on
  // that trip." (a bullet, the date and a colon).
  bool bullet = false;
  if (k + 1 < sn.end_token && timex_at_[k] == kNone) {
    const Word b = W(k);
    bullet = b == "-" || b == "*" || b == "\xE2\x80\xA2" || b == "\xE2\x80\x93" ||
             b == "\xE2\x80\x94";
    if (bullet) ++k;
  }
  if (timex_at_[k] == kNone) return -1;
  int32_t x = kNone;
  while (k < sn.end_token && (timex_at_[k] != kNone || W(k) == ",")) {
    if (timex_at_[k] != kNone) x = timex_at_[k];
    ++k;
  }
  if (k >= sn.end_token || x == kNone || !UsableTimex(x)) return -1;
  Word d = W(k);
  if (bullet) return d == ":" ? x : -1;
  if (!(d == "\xE2\x80\x94" || d == "\xE2\x80\x93" || d == "-" || d == "--")) return -1;
  return x;
}

// "X met Y on the sidelines (of the summit)": the interaction happened at
// the gathering the story tells of, on its date: the last dated gathering
// (a trigger of frame `gathering`: summit, conference) told before, with named
// parties or without, else the day the story's lead dates. With "of the
// <noun>", only a gathering named by that noun counts before the lead. A
// bilateral meeting has no sidelines: it dates nothing here.
// "On the flight home, X phoned Y", "X spoke with Y from Air Force One on
// the flight back", "on his way home": the trip back from the meeting just
// told, on its day: the latest dated meeting (in person) told in the last
// few sentences with someone of this event in it.
bool Extractor::ReturnTripDate(const EventMention& m, std::string* date,
                               std::string* date_text) const {
  bool trip = false;
  for (uint32_t k = begin_; k + 1 < end_ && !trip; ++k) {
    const Word w = W(k), n = W(k + 1);
    if ((w == "flight" || w == "way" || w == "journey" || w == "trip") &&
        (n == "home" || n == "back"))
      trip = true;
    if ((w == "flew" || w == "flying" || w == "flies" || w == "fly") && (n == "home" || n == "back"))
      trip = true;
    if (w == "return" && (n == "flight" || n == "trip" || n == "journey")) trip = true;
  }
  if (!trip) return false;
  for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
    if (it->sentence + 8 < m.sentence) break;
    if (!it->interaction || it->type != "meeting" || it->date.empty() || it->headline ||
        it->status != EventStatus::kOccurred || it->date.size() != 10)
      continue;
    if (!ShareParty(m.participants, it->participants)) continue;
    *date = it->date;
    *date_text = it->date_text;
    return true;
  }
  return false;
}

// "Zelensky sat down with Kellogg on Monday, and Kellogg also met Yermak":
// "also" right before an undated interaction adds it to the doings of a
// dated one told before it in the same sentence, with a party of it: that
// day. Sets m's date from it.
bool Extractor::AlsoInDatedSentence(EventMention& m) const {
  bool also = false;
  for (uint32_t k = m.trigger_first; k > begin_ && k + 3 > m.trigger_first && !also;) {
    --k;
    also = W(k) == "also";
  }
  if (!also) return false;
  for (auto it = out_.rbegin(); it != out_.rend() && it->sentence == m.sentence; ++it) {
    if (!it->interaction || it->date.empty() || it->status != EventStatus::kOccurred ||
        it->trigger_end > m.trigger_first)
      continue;
    if (!ShareParty(m.participants, it->participants)) continue;
    m.date = it->date;
    m.date_text = it->date_text;
    return true;
  }
  return false;
}

// "Zelensky spent Thursday meeting defence manufacturers. He also met
// Treasury Secretary Scott Bessent": "also" adds an interaction to the
// doings of someone of it that the sentence just before dated (in the same
// paragraph): that day.
// So does a short sentence before it that only sets the time, naming no
// one: "The surprise came on Wednesday morning. Trump met al-Sharaa ...".
bool Extractor::AlsoAfterDatedDoing(const EventMention& m, std::string* date,
                                    std::string* date_text) {
  if (m.sentence == 0 || m.trigger_first < begin_ + 1) return false;
  bool also = false;
  for (uint32_t k = m.trigger_first; k > begin_ && k + 3 > m.trigger_first && !also;) {
    --k;
    also = W(k) == "also";
  }
  const eg::Sentence& p = t_.sentences[m.sentence - 1];
  bool setting = false;
  // (A sentence: a heading or a time stamp without a stop is none.)
  if (!also && p.end_token - p.first_token <= 10 && p.end_token > p.first_token &&
      W(p.end_token - 1) == ".") {
    setting = true;
    for (uint32_t k = p.first_token; k < p.end_token && setting; ++k)
      if (MentionAt(k) != kNone || SingularPronounAt(k) || PluralPronounAt(k)) setting = false;
    for (auto it = out_.rbegin(); it != out_.rend() && setting; ++it) {
      if (it->sentence + 1 < m.sentence) break;
      if (it->sentence + 1 == m.sentence) setting = false;  // it tells an event
    }
    // Not a perfect or pluperfect: "had met" tells of an earlier time.
    for (uint32_t k = begin_; k < m.trigger_first && setting; ++k)
      if (W(k) == "had" || W(k) == "has" || W(k) == "have") setting = false;
  }
  if (!also && !setting) return false;
  if (toks_[begin_].Has(kLineStart) && t_.tokens[begin_].start > 0 &&
      t_.text.substr(t_.tokens[p.end_token - 1].end, t_.tokens[begin_].start -
                                                        t_.tokens[p.end_token - 1].end)
              .find("\n\n") != std::string_view::npos)
    return false;  // another paragraph
  bool named = setting;
  for (uint32_t k = p.first_token; k < p.end_token && !named; ++k) {
    const int32_t mm = MentionAt(k);
    if (mm != kNone && std::find(m.participants.begin(), m.participants.end(), EntityOf(mm)) !=
                           m.participants.end())
      named = true;
  }
  if (!named) return false;
  int32_t found = kNone;
  for (size_t i = 0; i < tx_order_.size(); ++i) {
    const uint32_t x = tx_order_[i];
    if (tx_[x].first_token < p.first_token) continue;
    if (tx_[x].first_token >= p.end_token) break;
    if (found != kNone || !UsableTimex(int32_t(x)) || tx_[x].landmark) return false;  // one time only
    found = int32_t(x);
  }
  if (found == kNone || tx_date_[found].size() != 10) return false;
  long a0, a1, d1;
  if (setting && (!DateInterval(tx_date_[found], &a0, &a1) || !DctLastDay(&d1) || a0 > d1))
    return false;  // what lies ahead is no scene told
  *date = tx_date_[found];
  *date_text = std::string(TimexText(found));
  return true;
}

// "X met A on Monday and held talks with B", "The five leaders later spoke
// by phone with Y", "A few hours later the two were received by Z", "The
// ministers were then received by Z", "After the session, the leaders
// called Y": a clause that says it comes next ("and" before its verb,
// "then", "later", "afterwards", "after the <occasion>,") tells of the
// same occasion or day as the dated interaction just told, in this
// sentence or the one before in the paragraph, that shares a party with
// it. Not "weeks later", "later this year", "since then", "the then
// chairman": those count or name another time. A pluperfect ("Z said he
// had spoken with Y afterwards") only with such a word.
bool Extractor::SequelOfDated(const EventMention& m, bool sentence_has_time, std::string* date,
                              std::string* date_text) const {
  if (m.trigger_first <= begin_) return false;
  bool coordinated = false, next = false, hours = false;
  {
    uint32_t k = m.trigger_first - 1;
    // "and held talks", "and then met": a verb sharing the subject of one before.
    if (W(k) == "then" && k > begin_) --k;
    coordinated = W(k) == "and";
  }
  // The clause's end after the trigger ("met Y afterwards").
  uint32_t clause_end = m.trigger_end;
  while (clause_end < end_ && !HardAt(clause_end)) ++clause_end;
  // The cue at k reaches the trigger: no clause boundary between them but a
  // comma right after it ("Later, X met Y"; not "X, who later became
  // president, met Y" or "X, then chairman, met Y").
  const auto reaches = [&](uint32_t k) {
    // (", then sat down with Z": right before the verb, the word goes on
    // with the clause before the comma.)
    if (k > begin_ && W(k - 1) == "," && !(W(k) == "then" && k + 1 == m.trigger_first))
      return false;
    for (uint32_t j = k + 1; j < m.trigger_first; ++j)
      if (IsBoundary(j) && !(j == k + 1 && W(j) == ",")) return false;
    return true;
  };
  for (uint32_t k = begin_; k < clause_end && !next; ++k) {
    if (k >= m.trigger_first && k < m.trigger_end) continue;
    const Word w = W(k);
    if (w == "afterwards" || w == "afterward" || w == "subsequently" || w == "thereafter") {
      next = true;
    } else if (w == "later" && k < m.trigger_first) {
      if (k > begin_) {
        const Word b = W(k - 1);
        if (DetAt(k - 1) || b == "at" || b == "much" || b == "years" || b == "months" ||
            b == "weeks" || b == "days")
          continue;
        const int32_t d = timex_at_[k - 1];
        if (d != kNone) {
          // "a few hours later": the same day; "two weeks later": counted.
          if (tx_[d].type != TimexType::kDuration || tx_[d].value.size() < 3 ||
              tx_[d].value.compare(0, 2, "PT") != 0)
            continue;
          hours = true;
        }
      }
      if (k + 1 < end_) {
        const Word a = W(k + 1);
        if (a == "this" || a == "that" || a == "next" || a == "in" || a == "on" || a == "than" ||
            timex_at_[k + 1] != kNone)
          continue;
      }
      next = reaches(k);
    } else if (w == "then" && k < m.trigger_first && k + 5 > m.trigger_first) {
      if (k > begin_) {
        const Word b = W(k - 1);
        if (b == "since" || b == "until" || b == "till" || b == "by" || b == "back" ||
            b == "even" || b == "from" || b == "just" || DetAt(k - 1))
          continue;
      }
      next = reaches(k);
    } else if (w == "after" && k == begin_ && k + 2 < m.trigger_first &&
               (W(k + 1) == "the" || W(k + 1) == "that")) {
      // "After the session, ...": the occasion just told.
      for (uint32_t j = k + 2; j < k + 6 && j < m.trigger_first; ++j) {
        if (W(j) == ",") {
          next = j > k + 2 && timex_at_[j - 1] == kNone && MentionAt(j - 1) == kNone;
          break;
        }
        if (Punct(j) || MentionAt(j) != kNone || timex_at_[j] != kNone) break;
      }
    }
  }
  if (!next && !coordinated) return false;
  // "X met Y on Monday, and Z said he had spoken with Y afterwards": a
  // pluperfect (a past reported in the past) that a word of sequence puts
  // after the dated event is no earlier time; without one it is.
  if (m.anterior && !next) return false;
  const bool same_paragraph = m.sentence > 0 && !ParagraphBreakBefore(m.sentence);
  for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
    const bool same = it->sentence == m.sentence;
    if (!same && ((coordinated && !next) || !same_paragraph || it->sentence + 1 < m.sentence)) break;
    // A time of its own (other than "hours later") is another occasion's.
    if (!same && sentence_has_time && !hours) break;
    if (same && it->trigger_end > m.trigger_first) continue;
    if (!it->interaction || it->date.empty() || it->status != EventStatus::kOccurred ||
        it->headline || it->anterior)
      continue;
    // Across sentences, only a day: "later" after a month may be weeks on.
    if (!same && it->date.size() != 10) continue;
    if (!ShareParty(m.participants, it->participants)) continue;
    *date = it->date;
    *date_text = it->date_text;
    return true;
  }
  return false;
}

// "Y spoke at a farewell dinner on Wednesday evening ... X met Z on the
// sidelines of the dinner": an occasion the noun names, dated where the
// story told it ("a farewell dinner on Wednesday evening", "the reception
// on Monday"), though it was told as no interaction of its own: the noun
// then (past a preposition) a day-precise time, in one of the 25 sentences
// before; the latest.
bool Extractor::NamedOccasionDate(std::string_view noun, uint32_t s, std::string* date,
                                  std::string* date_text) const {
  for (size_t i = tx_order_.size(); i-- > 0;) {
    const int32_t x = int32_t(tx_order_[i]);
    const Timex& tx = tx_[x];
    if (tx.sentence >= s) continue;
    if (tx.sentence + 25 < s) break;
    if (!UsableTimex(x) || tx.first_token < 2) continue;
    long a0, a1;
    if (!DateInterval(tx_date_[x], &a0, &a1) || a0 != a1) continue;
    const uint32_t k = tx.first_token - 1;
    if (!PrepAt(k) || W(k - 1) != noun) continue;
    *date = tx_date_[x];
    *date_text = std::string(TimexText(x));
    return true;
  }
  return false;
}

bool Extractor::SidelinesDate(const EventMention& m, std::string* date,
                              std::string* date_text) {
  uint32_t k = m.trigger_end;
  while (k < end_ && W(k) != "sidelines") ++k;
  if (k >= end_ || k < 2 || W(k - 1) != "the" || W(k - 2) != "on") return false;
  std::string_view noun;  // "of the summit": the occasion's noun
  if (k + 3 < end_ && W(k + 1) == "of" && (W(k + 2) == "the" || W(k + 2) == "this"))
    noun = LowerSpan(k + 3, k + 4);
  auto names = [&](std::string_view trigger) { return noun.empty() || EndsWithLower(trigger, noun); };
  const uint32_t s = m.sentence;
  const EventMention* told = nullptr;
  std::vector<TriggerMatch> at;
  for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
    if (it->sentence + 25 < s) break;
    if (!it->interaction || it->date.empty() || it->status != EventStatus::kOccurred ||
        it->headline || it->anterior || !names(it->trigger))
      continue;
    lex_.TriggersAt(t_, it->trigger_first, it->trigger_end, &at);
    bool gathering = false;
    for (const auto& x : at)
      gathering = gathering || (x.end == it->trigger_end && (x.entry->frame & kFrameGathering));
    if (!gathering) continue;
    told = &*it;
    break;
  }
  const UnnamedDated* unnamed = nullptr;
  for (auto it = unnamed_dated_.rbegin(); it != unnamed_dated_.rend(); ++it) {
    if (it->sentence + 25 < s) break;
    if (!it->gathering || !names(it->trigger)) continue;
    unnamed = &*it;
    break;
  }
  if (LaterOccasion(told, unnamed, date, date_text)) return true;
  if (!noun.empty() && NamedOccasionDate(noun, s, date, date_text)) return true;
  if (lead_state_ == 0) ComputeLead();
  if (lead_timex_ < 0 || m.sentence <= lead_sentence_) return false;
  *date = tx_date_[lead_timex_];
  *date_text = std::string(TimexText(lead_timex_));
  return true;
}

// "The meeting came a day after Trump held a call with Putin", "The summit
// took place two days before X met Y": the event of the "after" / "before"
// clause lies that many days (or weeks) from the dated event named just
// before the duration in the same sentence.
bool Extractor::OffsetFromEventDate(const EventMention& m, std::string* date,
                                    std::string* date_text, int32_t dated_by) {
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    const size_t x = tx_order_[i];
    const Timex& tx = tx_[x];
    if (tx.type != TimexType::kDuration || tx.end_token >= end_) continue;
    const Word rel = W(tx.end_token);
    const bool after = rel == "after";
    if (!after && rel != "before") continue;
    if (tx.end_token >= m.trigger_first) continue;
    // The trigger is in the clause the preposition opens.
    bool boundary = false;
    for (uint32_t k = tx.end_token + 1; k < m.trigger_first && !boundary; ++k)
      boundary = IsBoundary(k);
    if (boundary) continue;
    // "P1D", "P2D", "P1W": whole days or weeks.
    const std::string_view v = tx.value;
    if (v.size() < 3 || v[0] != 'P' || (v.back() != 'D' && v.back() != 'W')) continue;
    long n = 0;
    bool digits = true;
    for (size_t j = 1; j + 1 < v.size(); ++j) {
      if (v[j] < '0' || v[j] > '9') { digits = false; break; }
      n = n * 10 + (v[j] - '0');
    }
    if (!digits || n <= 0 || n > 60) continue;
    if (v.back() == 'W') n *= 7;
    // The date n days after (before) the anchor day a0, quoted as "a day after".
    const auto counted = [&](long a0) {
      *date = FormatDate(date::year_month_day{date::sys_days{date::days{after ? a0 - n : a0 + n}}});
      *date_text = std::string(t_.text.substr(tx.start, tx.end - tx.start)) + " " +
                   std::string(rel.data(), rel.size());
      return true;
    };
    // The anchor: an event of this sentence whose trigger ends at most three
    // words before the duration ("The meeting came a day after").
    for (auto it = out_.rbegin(); it != out_.rend() && dated_by == kNone; ++it) {
      if (it->sentence != m.sentence) break;
      if (it->trigger_end > tx.first_token || it->trigger_end + 3 < tx.first_token) continue;
      // "The meeting" still undated here: the last dated report of the same
      // parties told before is the event it names (as merging will find).
      std::string_view anchor = it->date;
      if (anchor.empty() && it->participants.size() >= 2) {
        for (auto jt = it + 1; jt != out_.rend(); ++jt) {
          if (jt->sentence + 20 < m.sentence) break;
          if (jt->sentence == m.sentence || jt->date.empty() || !jt->interaction ||
              jt->status != EventStatus::kOccurred)
            continue;
          std::vector<uint32_t> a = it->participants, b = jt->participants;
          std::sort(a.begin(), a.end());
          std::sort(b.begin(), b.end());
          if (a != b) continue;
          anchor = jt->date;
          break;
        }
      }
      long a0, a1;
      if (anchor.empty() || !DateInterval(anchor, &a0, &a1) || a0 != a1) continue;
      return counted(a0);
    }
    // Else a day told right before it: "X said Friday, a day after Y and Z
    // met". A comma after the landmark ends the phrase: in "On Monday, two
    // days after the summit, X met Y" the meeting is Monday's.
    bool comma = false;
    for (uint32_t k = tx.end_token + 1; k < m.trigger_first && !comma; ++k) comma = W(k) == ",";
    for (size_t j = tx_lo_; j < tx_hi_ && !comma; ++j) {
      if (dated_by != kNone && int32_t(tx_order_[j]) != dated_by) continue;
      const Timex& at = tx_[tx_order_[j]];
      if (at.type != TimexType::kDate || at.end_token > tx.first_token ||
          at.end_token + 1 < tx.first_token)
        continue;
      if (at.end_token < tx.first_token && W(at.end_token) != ",") continue;
      long a0, a1;
      if (!DateInterval(at.value, &a0, &a1) || a0 != a1) continue;
      return counted(a0);
    }
  }
  return false;
}

// "X called Y during the meeting", "... after that White House meeting",
// "X met Y at the summit": an interaction told at or right after a definite
// occasion the story reported and dated happened on the occasion's day.
// The occasion is the last event of the noun's type told before (within 20
// sentences) that two of the clause's parties held, when it is dated; else
// a dated event without named parties whose trigger ends with the noun.
bool Extractor::OccasionDate(const EventMention& m, std::string* date, std::string* date_text) {
  std::vector<TriggerMatch> at;
  for (uint32_t k = begin_; k + 2 < end_; ++k) {
    if (k >= m.trigger_first && k < m.trigger_end) continue;
    Word p = W(k);
    // ("midway through the talks", "in the middle of the meeting": during.)
    const bool amid = k > begin_ && ((p == "through" && (W(k - 1) == "midway" ||
                                                         W(k - 1) == "halfway")) ||
                                     (p == "of" && W(k - 1) == "middle"));
    if (!(p == "during" || p == "at" || p == "after" || p == "following" || amid)) continue;
    Word d = W(k + 1);
    if (!(d == "the" || d == "that" || d == "this" || d == "their" || d == "its")) continue;
    // The occasion's noun: at most three modifiers after the determiner
    // ("that White House meeting", "the main session").
    for (uint32_t j = k + 2; j < end_ && j <= k + 5; ++j) {
      if (j == m.trigger_first || Punct(j)) break;
      if (!lex_.MayStartTriggerAt(t_, j)) continue;
      lex_.TriggersAt(t_, j, end_, &at);
      const TriggerMatch* noun = nullptr;
      for (const auto& x : at)
        if (x.entry->noun && x.entry->interaction) { noun = &x; break; }
      if (!noun) continue;
      const std::string_view head = LowerSpan(noun->end - 1, noun->end);
      const EventMention* told = nullptr;
      for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
        if (it->sentence + 20 < m.sentence) break;
        if (it->sentence == m.sentence) continue;  // this sentence's own reading
        if (!it->interaction || it->status != EventStatus::kOccurred || it->headline ||
            !TypesFit(it->type, noun->entry->type))
          continue;
        // The occasion the clause's parties held together: two of them
        // took part in it ("Ruiz and Okafor called Lee during their
        // meeting"; one shared party may be a guest of another occasion).
        int shared = 0;
        for (uint32_t e : m.participants)
          shared += std::find(it->participants.begin(), it->participants.end(), e) !=
                    it->participants.end();
        // A party of the clause broke off from the occasion ("Midway
        // through the talks, Trump broke off to call Putin"): one will do.
        if (shared < (amid ? 1 : 2)) continue;
        if (!it->date.empty()) told = &*it;
        break;
      }
      // "their meeting" is the parties' own, not one told without them.
      const bool possessive = d == "their" || d == "its";
      const UnnamedDated* unnamed = nullptr;
      for (auto it = unnamed_dated_.rbegin(); it != unnamed_dated_.rend() && !possessive; ++it) {
        if (it->sentence + 20 < m.sentence) break;
        if (it->sentence == m.sentence || !EndsWithLower(it->trigger, head)) continue;
        unnamed = &*it;
        break;
      }
      if (LaterOccasion(told, unnamed, date, date_text)) return true;
      break;
    }
  }
  return false;
}

// Two persons or more hold the event (a `joint` trigger: a news
// conference), and nothing says they held separate ones.
bool Extractor::HeldJointly(const TriggerMatch& tm, const std::vector<uint32_t>& who) const {
  size_t persons = 0;
  for (uint32_t e : who) persons += KindOf(e) == ActorKind::kPerson;
  if (persons < 2) return false;
  for (uint32_t k = begin_; k < tm.first; ++k)
    if (W(k) == "separate" || W(k) == "separately" || W(k) == "respective") return false;
  return true;
}

// "On Wednesday, X hosted a video call with Y. Z flew to Berlin to join X
// in person.": the sentence right before s, in the same paragraph, gave the
// narrative's time (not after the publication date), and c is told in the
// past tense, outside a clause of time before it ("after X returned from a
// visit"): a reader dates c by that time.
bool Extractor::PreviousSentenceDates(const Candidate& c, uint32_t s) {
  if (narrative_.date.empty() || s == 0 || narrative_.sent + 1 != s) return false;
  // A new paragraph goes on with the same scene when it opens with where
  // the journey just told arrived: "... was on a plane to Paris on
  // Wednesday. || At the Elysee Palace, X was received by Y".
  if (ParagraphBreakBefore(s) && !PlaceOpener(c.trig.first)) return false;
  for (uint32_t k = begin_; k < c.trig.first; ++k) {
    const Word w = W(k);
    if (w == "after" || w == "before" || w == "since" || w == "until") return false;
    // "X said he spoke with Y": when the reported event happened is not told.
    if (SpeechAt(k)) return false;
  }
  // The time dated another interaction: what follows is another occasion
  // unless it goes on with the same people (the scene rules of Emit).
  for (auto it = out_.rbegin(); it != out_.rend() && it->sentence + 1 >= s; ++it)
    if (it->interaction && it->sentence + 1 == s) return false;
  if (timex::TenseAround(t_, s, c.trig.first, c.trig.end) != -1) return false;
  long a0, a1, d1;
  return DateInterval(narrative_.date, &a0, &a1) && DctLastDay(&d1) && a0 <= d1;
}

bool Extractor::PlaceOpener(uint32_t before) const {
  if (begin_ + 2 >= before || (W(begin_) != "at" && W(begin_) != "in")) return false;
  for (uint32_t k = begin_ + 1; k < before && k < begin_ + 8; ++k) {
    if (timex_at_[k] != kNone || HardAt(k)) return false;
    if (W(k) == ",") return k > begin_ + 1 && Cap(k - 1);
  }
  return false;
}

std::string Extractor::FutureNarrativeDate(uint32_t s, uint32_t trigger) {
  if (narrative_.date.empty() || s == 0 || narrative_.sent + 1 != s) return std::string();
  if (ParagraphBreakBefore(s)) return std::string();
  // The time is set for what is to come ("will hold talks on 23rd May"),
  // not told in a historical present or a past ("It is doubled a month
  // later", "was expected on Thursday").
  if (narrative_.tx < 0 ||
      timex::TenseAround(t_, narrative_.sent, tx_[narrative_.tx].first_token,
                         tx_[narrative_.tx].end_token) != 1)
    return std::string();
  long a0, a1, d1;
  // A time already past when the story was written is the narrative of
  // what happened: a plan after it is not set for it. Nor is the day of
  // writing, which a live report tells as it unfolds ("I want a ceasefire
  // today", then "X, who was due to sit down with Y"): only a day ahead,
  // or the day of writing when the text says so (below).
  if (!DateInterval(narrative_.date, &a0, &a1) || !DctLastDay(&d1) || a0 < d1)
    return std::string();
  if (a0 == d1) {
    // "The council will meet later on Friday. X has said he will also meet
    // Y on the sidelines.": the day of writing only where the text says the
    // time is still ahead of it ("later on Friday", "later today") and the
    // plan is told as still to come ("will meet", not the live report's
    // "said he would meet", "was due to meet").
    const uint32_t f = tx_[narrative_.tx].first_token;
    bool later = false;
    for (uint32_t k = f >= 2 ? f - 2 : 0; k <= f && !later; ++k) later = W(k) == "later";
    bool will = false;
    for (uint32_t k = begin_; k < trigger && !will; ++k)
      will = W(k) == "will" || W(k) == "'ll";
    if (!later || !will) return std::string();
  }
  return narrative_.date;
}

std::string Extractor::PlaceOccasionDate(uint32_t s, std::string_view place,
                                         std::string* date_text) {
  // The place's words, lower-cased, as the tokens read.
  std::vector<std::string> words;
  for (size_t b = 0; b < place.size();) {
    size_t e = place.find(' ', b);
    if (e == std::string_view::npos) e = place.size();
    std::string w(place.substr(b, e - b));
    for (char& ch : w) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    if (!w.empty()) words.push_back(std::move(w));
    b = e + 1;
  }
  long d1;
  if (words.empty() || !DctLastDay(&d1)) return std::string();
  // The sentences before s, latest first; in one naming the place, its
  // first day-precise time after the publication day.
  for (size_t i = tx_order_.size(); i-- > 0;) {
    const int32_t x = int32_t(tx_order_[i]);
    const uint32_t ts = tx_[x].sentence;
    if (ts >= s) continue;
    if (ts + 25 < s) break;
    const eg::Sentence& sn = t_.sentences[ts];
    const uint32_t se = std::min<uint32_t>(sn.end_token, ntok_);
    bool named = false;
    for (uint32_t q = sn.first_token; q + words.size() <= se && !named; ++q) {
      size_t k = 0;
      while (k < words.size() && Cap(q + uint32_t(k)) && W(q + uint32_t(k)) == words[k]) ++k;
      named = k == words.size() && (q + k >= se || !Cap(q + uint32_t(k)));
    }
    if (!named) continue;
    // The sentence's first such time (the range's start: "15-17 June").
    int32_t first = kNone;
    for (size_t j = 0; j <= i; ++j) {
      const int32_t y = int32_t(tx_order_[j]);
      if (tx_[y].sentence != ts || !UsableTimex(y)) continue;
      long a0, a1;
      if (!DateInterval(tx_date_[y], &a0, &a1) || a0 != a1 || a0 <= d1) continue;
      first = y;
      break;
    }
    if (first == kNone) {
      // Skip the rest of this sentence's times: it names the place undated.
      while (i > 0 && tx_[tx_order_[i - 1]].sentence == ts) --i;
      continue;
    }
    *date_text = std::string(TimexText(first));
    return tx_date_[first];
  }
  return std::string();
}

// The narrative reference time after sentence s: its last usable date.
void Extractor::UpdateNarrativeFrom(uint32_t s) {
  for (size_t i = tx_lo_; i < tx_hi_; ++i) {
    size_t x = tx_order_[i];
    if (UsableTimex(int32_t(x)) && !tx_[x].landmark &&
        !(tx_[x].first_token > begin_ && Possessive(tx_[x].end_token)))
    {
      if (tx_[x].flashback && !in_flashback_) {
        in_flashback_ = true;
        story_ = narrative_;
      }
      narrative_.date = tx_date_[x];
      narrative_.sent = s;
      narrative_.tx = int32_t(x);
    }
  }
}

// "european leaders": the group's head and the word before it.
std::string Extractor::GroupKey(uint32_t head) const { return std::string(GroupKeyView(head)); }

}  // namespace extract_detail
}  // namespace eg
