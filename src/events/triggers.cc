#include "events/triggers.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "events/data_lines.h"

namespace eg {

namespace {

// "re-election" -> {"re", "-", "election"}; "called off" -> {"called", "off"}.
std::vector<std::string> SplitForm(const std::string& form) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : form) {
    if (c == ' ' || c == '-') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
      if (c == '-') words.push_back("-");
    } else {
      cur += char((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

std::vector<std::string> SplitBars(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, '|'))
    if (!item.empty()) out.push_back(item);
  return out;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

}  // namespace

uint32_t TriggerLexicon::MatchLenSlow(const TextAnalysis& t, uint32_t i, uint32_t limit,
                                      const std::vector<std::string>& words) {
  if (i + words.size() > limit) return 0;
  // Every caller found the phrase under its first word, the token at i:
  // the comparison starts with the second.
  for (size_t k = 1; k < words.size(); ++k) {
    const Token& tok = t.tokens[i + k];
    std::string_view w = t.Lower(tok);
    if (w != words[k]) {
      // Curly apostrophes in the text match straight ones in the data (one
      // byte there, three here: nearly every mismatch fails the length).
      std::string_view d = words[k];
      if (w.size() != d.size() + 2) return 0;
      size_t a = d.find('\'');
      if (a == std::string_view::npos || w.substr(0, a) != d.substr(0, a) ||
          w.substr(a, 3) != "\xE2\x80\x99" || w.substr(a + 3) != d.substr(a + 1))
        return 0;
    }
    // A hyphen inside a form must be glued to its neighbours.
    auto hyphen = [](const std::string& x) { return x.size() == 1 && x[0] == '-'; };
    if (k > 0 && (hyphen(words[k]) || hyphen(words[k - 1])) && !tok.Has(kGlued)) return 0;
  }
  return uint32_t(words.size());
}

void TriggerLexicon::HashSecondWords(std::vector<Phrase>* phrases) {
  for (Phrase& p : *phrases) {
    if (p.words.size() < 2) continue;
    p.second_hash = HashTokenBytes(p.words[1]);
    p.second_exact = p.words[1].find('\'') == std::string::npos;
  }
}

void TriggerLexicon::IndexGroup(const std::vector<Phrase>& phrases, uint32_t begin,
                                uint32_t end, uint32_t* one, uint64_t* second) {
  *one = begin;
  *second = 0;
  for (uint32_t k = begin; k < end; ++k) {
    const Phrase& p = phrases[k];
    if (p.words.size() < 2) break;  // longest first: the one-word phrases close the group
    *one = k + 1;
    *second |= p.second_exact ? uint64_t(1) << SecondBit(p.second_hash) : ~uint64_t(0);
  }
}

void TriggerLexicon::TriggersAt(const TextAnalysis& t, uint32_t i, uint32_t limit,
                                std::vector<TriggerMatch>* out) const {
  out->clear();
  if (!MayStartTriggerAt(t, i)) return;
  const FirstWord* f = FirstWordAt(t, i);
  if (!f) return;
  for (uint32_t k = FirstCandidate(t, i, limit, f->trig_begin, f->trig_one, f->trig_second);
       k < f->trig_end; ++k) {
    const Phrase& p = trigger_phrases_[k];
    uint32_t n = MatchLen(t, i, limit, p);
    if (n) out->push_back({&entries_[p.id], i, i + n});
  }
}

uint32_t TriggerLexicon::CueAt(const TextAnalysis& t, uint32_t i, uint32_t limit,
                               CueClass c) const {
  if (!MayStartCueAt(t, i)) return 0;
  const FirstWord* f = FirstWordAt(t, i);
  if (!f) return 0;
  for (uint32_t k = FirstCandidate(t, i, limit, f->cue_begin, f->cue_one, f->cue_second);
       k < f->cue_end; ++k) {
    const Phrase& p = cue_phrases_[k];
    if (p.id != uint32_t(c)) continue;
    uint32_t n = MatchLen(t, i, limit, p);
    if (n) return n;
  }
  return 0;
}

void TriggerLexicon::CueLengthsAt(const TextAnalysis& t, uint32_t i, uint32_t limit,
                                  uint64_t lens[kCueClasses]) const {
  for (int c = 0; c < kCueClasses; ++c) lens[c] = 0;
  if (!MayStartCueAt(t, i)) return;
  const FirstWord* f = FirstWordAt(t, i);
  if (!f) return;
  for (uint32_t k = FirstCandidate(t, i, limit, f->cue_begin, f->cue_one, f->cue_second);
       k < f->cue_end; ++k) {
    const Phrase& p = cue_phrases_[k];
    if (p.words.size() >= 64) continue;
    uint32_t n = MatchLen(t, i, limit, p);
    if (n) lens[p.id] |= uint64_t(1) << n;
  }
}

Status TriggerLexicon::Parse(const std::string& triggers_tsv, const std::string& triggers_name,
                             const std::string& cues_tsv, const std::string& cues_name,
                             const std::string& words_tsv, const std::string& words_name,
                             std::unique_ptr<TriggerLexicon>* out) {
  std::unique_ptr<TriggerLexicon> lex(new TriggerLexicon());
  if (Status s = lex->word_classes_.Parse(words_tsv, words_name); !s.ok()) return s;
  auto by_len = [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); };
  std::map<std::string, std::vector<Phrase>, std::less<>> triggers_by_word, cues_by_word;
  {
    Status s = ForEachDataLine(triggers_tsv, triggers_name, [&](const DataLine& d) {
      const std::vector<std::string>& cols = d.cols;
      const std::string& where = d.where;
      if (cols.size() != 5)
        return Status::InvalidInput(where + "expected 5 tab-separated columns "
                                    "(type, interaction, pos, frame, forms), got " +
                                    std::to_string(cols.size()));
      TriggerEntry proto;
      proto.type = cols[0];
      if (proto.type.empty()) return Status::InvalidInput(where + "empty type");
      if (cols[1] == "yes") proto.interaction = true;
      else if (cols[1] != "no")
        return Status::InvalidInput(where + "interaction must be yes or no, got '" + cols[1] + "'");
      if (cols[2] == "noun") proto.noun = true;
      else if (cols[2] != "verb")
        return Status::InvalidInput(where + "pos must be noun or verb, got '" + cols[2] + "'");
      if (cols[3] != "-") {
        std::stringstream fs(cols[3]);
        std::string f;
        while (std::getline(fs, f, ',')) {
          if (f == "object") proto.frame |= kFrameObject;
          else if (f == "with") proto.frame |= kFrameWith;
          else if (f == "to") proto.frame |= kFrameTo;
          else if (f == "bare_object") proto.frame |= kFrameBareObject;
          else if (f == "persons") proto.frame |= kFramePersons;
          else if (f == "persons_or_countries") proto.frame |= kFramePersonsOrCountries;
          else if (f == "needs_with") proto.frame |= kFrameNeedsWith;
          else if (f == "joint") proto.frame |= kFrameJoint;
          else if (f == "purpose") proto.frame |= kFramePurpose;
          else if (f == "placed") proto.frame |= kFramePlaced;
          else if (f == "gathering") proto.frame |= kFrameGathering;
          else if (f == "together") proto.frame |= kFrameTogether;
          else if (f == "visit") proto.frame |= kFrameVisit;
          else if (f == "by_phone") proto.frame |= kFrameByPhone;
          else return Status::InvalidInput(where + "unknown frame flag '" + f + "'");
        }
      }
      auto forms = SplitBars(cols[4]);
      if (forms.empty()) return Status::InvalidInput(where + "no forms");
      for (const auto& form : forms) {
        TriggerEntry e = proto;
        e.words = SplitForm(form);
        if (e.words.empty()) return Status::InvalidInput(where + "empty form");
        uint32_t id = uint32_t(lex->entries_.size());
        triggers_by_word[e.words[0]].push_back({e.words, id});
        lex->entries_.push_back(std::move(e));
      }
      return Status::OK();
    });
    if (!s.ok()) return s;
    for (auto& kv : triggers_by_word) {
      std::stable_sort(kv.second.begin(), kv.second.end(), by_len);
      FirstWord* f = lex->first_words_.Insert(kv.first, FirstWord{});
      f->trig_begin = uint32_t(lex->trigger_phrases_.size());
      for (Phrase& p : kv.second) lex->trigger_phrases_.push_back(std::move(p));
      f->trig_end = uint32_t(lex->trigger_phrases_.size());
      lex->trigger_hash_filter_.Add(kv.first);
    }
  }
  {
    Status s = ForEachDataLine(cues_tsv, cues_name, [&](const DataLine& d) {
      const std::vector<std::string>& cols = d.cols;
      const std::string& where = d.where;
      if (cols.size() != 2)
        return Status::InvalidInput(where + "expected 2 tab-separated columns (class, forms), got " +
                                    std::to_string(cols.size()));
      static const char* kNames[kCueClasses] = {"negated", "hypothetical", "proposed",
                                                "planned", "support", "motion", "denial",
                                                "urging", "report_noun", "singled_out",
                                                "stance", "latest", "backing", "together",
                                                "presence", "private_group",
                                                "habitual"};
      int cls = -1;
      for (int c = 0; c < kCueClasses; ++c)
        if (cols[0] == kNames[c]) cls = c;
      if (cls < 0) return Status::InvalidInput(where + "unknown cue class '" + cols[0] + "'");
      for (const auto& form : SplitBars(cols[1])) {
        auto words = SplitForm(form);
        if (words.empty()) continue;
        if (words.size() > 255)
          return Status::InvalidInput(where + "a cue of more than 255 words");
        lex->max_cue_words_ = std::max(lex->max_cue_words_, uint32_t(words.size()));
        cues_by_word[words[0]].push_back({words, uint32_t(cls)});
      }
      return Status::OK();
    });
    if (!s.ok()) return s;
    for (auto& kv : cues_by_word) {
      std::stable_sort(kv.second.begin(), kv.second.end(), by_len);
      FirstWord* f = lex->first_words_.Insert(kv.first, FirstWord{});
      f->cue_begin = uint32_t(lex->cue_phrases_.size());
      for (Phrase& p : kv.second) lex->cue_phrases_.push_back(std::move(p));
      f->cue_end = uint32_t(lex->cue_phrases_.size());
      lex->cue_hash_filter_.Add(kv.first);
    }
  }
  HashSecondWords(&lex->trigger_phrases_);
  HashSecondWords(&lex->cue_phrases_);
  for (FirstWord& f : lex->first_words_.values()) {
    IndexGroup(lex->trigger_phrases_, f.trig_begin, f.trig_end, &f.trig_one, &f.trig_second);
    IndexGroup(lex->cue_phrases_, f.cue_begin, f.cue_end, &f.cue_one, &f.cue_second);
  }
  if (lex->entries_.empty())
    return Status::InvalidInput(triggers_name + ": no triggers");
  *out = std::move(lex);
  return Status::OK();
}

Status TriggerLexicon::Load(const std::string& data_dir, std::unique_ptr<TriggerLexicon>* out) {
  std::string tpath = data_dir + "/triggers/triggers.tsv";
  std::string cpath = data_dir + "/triggers/cues.tsv";
  std::string wpath = data_dir + "/triggers/word_classes.tsv";
  std::string lpath = data_dir + "/triggers/leader_titles.tsv";
  std::string tsv, cues, wc, lt;
  if (!ReadFile(tpath, &tsv)) return Status::NotFound(tpath + ": cannot read the trigger lexicon");
  if (!ReadFile(cpath, &cues)) return Status::NotFound(cpath + ": cannot read the cue lexicon");
  if (!ReadFile(wpath, &wc)) return Status::NotFound(wpath + ": cannot read the word classes");
  if (!ReadFile(lpath, &lt)) return Status::NotFound(lpath + ": cannot read the leader titles");
  LeaderTitles titles;
  Status s = ParseLeaderTitles(lt, lpath, &titles);
  if (!s.ok()) return s;
  s = Parse(tsv, tpath, cues, cpath, wc, wpath, out);
  if (s.ok()) (*out)->leader_titles_ = std::move(titles);
  return s;
}

Status TriggerLexicon::ParseLeaderTitles(const std::string& tsv, const std::string& name,
                                         LeaderTitles* out) {
  *out = LeaderTitles{};
  return ForEachDataLine(tsv, name, [&](const DataLine& d) {
    if (d.cols.size() != 2)
      return Status::InvalidInput(d.where + "expected 2 tab-separated columns (rank, titles), got " +
                                  std::to_string(d.cols.size()));
    std::vector<std::string>* list = d.cols[0] == "leads"    ? &out->leads
                                     : d.cols[0] == "serves" ? &out->serves
                                     : d.cols[0] == "lower"  ? &out->lower
                                     : d.cols[0] == "minister" ? &out->minister
                                                             : nullptr;
    if (!list)
      return Status::InvalidInput(d.where + "unknown rank '" + d.cols[0] +
                                  "' (leads, serves, lower or minister)");
    for (std::string& t : SplitBars(d.cols[1])) {
      for (char& c : t) c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
      list->push_back(std::move(t));
    }
    return Status::OK();
  });
}

}  // namespace eg
