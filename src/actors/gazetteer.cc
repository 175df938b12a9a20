#include "actors/gazetteer.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/fold.h"
#include "actors/name_match.h"
#include "corpus/document.h"

namespace eg {

namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (;;) {
    size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls fn(line_number, fields) for each line that is neither blank nor a
// comment; stops at the first error fn returns.
template <typename Fn>
Status ForEachLine(std::string_view content, Fn&& fn) {
  size_t line_no = 0, b = 0;
  while (b <= content.size()) {
    size_t e = content.find('\n', b);
    std::string_view line =
        content.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!Trim(line).empty() && Trim(line).front() != '#') {
      Status s = fn(line_no, line);
      if (!s.ok()) return s;
    }
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return Status::OK();
}

Status LineError(const std::string& path, size_t line, const std::string& what) {
  return Status::InvalidInput(path + ":" + std::to_string(line) + ": " + what);
}

bool IsSlug(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

bool ParseKind(std::string_view k, GazKind* out) {
  static const std::pair<const char*, GazKind> kKinds[] = {
      {"person", GazKind::kPerson}, {"organization", GazKind::kOrganization},
      {"country", GazKind::kCountry}, {"group", GazKind::kGroup},
      {"place", GazKind::kPlace},     {"other", GazKind::kOther}};
  for (const auto& [name, kind] : kKinds)
    if (k == name) {
      *out = kind;
      return true;
    }
  return false;
}

// A particle of a gazetteer name: name_match.h's list, and a lone hyphen.
bool IsParticle(std::string_view w) { return w == "-" || IsNameParticle(w); }

// Fills surname, given names and joined form of a person's canonical name.
void SplitPersonName(GazEntry* e) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : Fold(e->name)) {
    if (c == ' ' || c == '.') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) words.push_back(cur);
  while (words.size() > 1 && IsNameSuffix(words.back())) words.pop_back();
  e->joined.clear();
  for (const auto& w : words)
    for (char c : w)
      if (c != '-' && c != '\'') e->joined.push_back(c);
  if (words.empty()) return;
  e->surname = words.back();
  // "al-Assad": the surname is the part after the particle's hyphen.
  size_t dash = e->surname.rfind('-');
  if (dash != std::string::npos && IsParticle(e->surname.substr(0, dash)))
    e->surname = e->surname.substr(dash + 1);
  for (size_t k = 0; k + 1 < words.size(); ++k)
    if (!IsParticle(words[k]) && words[k].size() > 1) e->given.push_back(words[k]);
}

Status ReadFile(const std::filesystem::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::IOError(p.string() + ": cannot read");
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::OK();
}

}  // namespace

Status Gazetteer::Load(const std::string& data_dir, std::unique_ptr<Gazetteer>* out) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  Status s = g->LoadDir((std::filesystem::path(data_dir) / "actors").string());
  if (!s.ok()) return s;
  *out = std::move(g);
  return Status::OK();
}

Status Gazetteer::LoadDir(const std::string& dir) {
  // The token index is built once, after all files, not after each.
  loading_ = true;
  Status s = LoadFiles(dir);
  loading_ = false;
  return IndexTokens(s);
}

Status Gazetteer::LoadFiles(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::NotFound(dir + ": gazetteer directory not found (set --data or EVENTGRAPH_DATA)");
  std::vector<fs::path> files;
  for (const auto& de : fs::directory_iterator(dir, ec))
    if (de.is_regular_file()) files.push_back(de.path());
  std::sort(files.begin(), files.end());
  auto ends_with = [](const std::string& s, const char* suf) {
    size_t n = std::char_traits<char>::length(suf);
    return s.size() >= n && s.compare(s.size() - n, n, suf) == 0;
  };
  // Entities first (roles refer to them), then everything else.
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& p : files) {
      std::string name = p.filename().string();
      bool is_entities = ends_with(name, ".entities.tsv");
      if ((pass == 0) != is_entities) continue;
      std::string content;
      std::string path = p.string();
      Status s;
      if (is_entities || ends_with(name, ".roles.tsv") || name == "polities.tsv" ||
          name == "role_words.tsv" || name == "titles.tsv" || name == "role_modifiers.tsv" ||
          name == "seats.tsv" || ends_with(name, ".txt")) {
        s = ReadFile(p, &content);
        if (!s.ok()) return s;
      } else {
        continue;  // README.md and other files
      }
      if (is_entities) s = ParseEntities(path, content);
      else if (ends_with(name, ".roles.tsv")) s = ParseRoles(path, content);
      else if (name == "polities.tsv") s = ParsePolities(path, content);
      else if (name == "role_words.tsv") s = ParseRoleWords(path, content);
      else if (name == "titles.tsv") s = ParseTitles(path, content);
      else if (name == "role_modifiers.tsv") s = ParseRoleModifiers(path, content);
      else if (name == "seats.tsv") s = ParseSeats(path, content);
      else s = ParseWordList(path, content);
      if (!s.ok()) return s;
    }
  }
  if (entries_.empty()) return Status::InvalidInput(dir + ": no *.entities.tsv file with entries");
  return Status::OK();
}

Status Gazetteer::AddEntry(GazEntry e, const std::string& where) {
  if (by_id_.count(e.id)) return Status::InvalidInput(where + ": duplicate id '" + e.id + "'");
  uint32_t idx = uint32_t(entries_.size());
  if (e.kind == GazKind::kPerson) SplitPersonName(&e);
  names_.Add(e.name, idx);
  for (const auto& a : e.aliases) {
    bool metonym = !a.empty() && a[0] == '@';
    std::string_view form = metonym ? std::string_view(a).substr(1) : std::string_view(a);
    if (!names_.Add(form, idx | (metonym ? kMetonymFlag : 0)))
      return Status::InvalidInput(where + ": empty alias");
    if (form.size() >= 2 && form.find(' ') == std::string_view::npos &&
        std::all_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      acronym_hashes_.push_back(FoldedHash(form));
  }
  if (e.kind == GazKind::kPerson) {
    if (!e.surname.empty()) e.surnames.push_back(e.surname);
    for (const auto& a : e.aliases) {
      std::string f = Fold(a);
      if (f.find(' ') == std::string::npos && f.size() > 2 &&
          std::find(e.surnames.begin(), e.surnames.end(), f) == e.surnames.end())
        e.surnames.push_back(f);
    }
    e.joined_mask = ByteMask(e.joined);
    for (const auto& sn : e.surnames) e.surname_masks.push_back(ByteMask(sn));
  }
  if (e.kind == GazKind::kPerson && !e.surname.empty()) {
    char c = e.surname[0];
    persons_by_initial_[(c >= 'a' && c <= 'z') ? c - 'a' : 26].push_back(idx);
    for (size_t k = 0; k < e.surnames.size(); ++k) {
      const std::string& sn = e.surnames[k];
      if (sn.empty() || sn[0] != e.surname[0]) continue;
      surnames_by_shape_.Add({idx, e.surname_masks[k], uint32_t(sn.size()), sn[0]});
    }
    if (!e.joined.empty())
      joined_by_shape_.Add({idx, e.joined_mask, uint32_t(e.joined.size()), e.joined[0]});
    if (!e.given.empty()) persons_by_first_given_[e.given[0]].push_back(idx);
  }
  by_id_.emplace(e.id, idx);
  kinds_.push_back(e.kind);
  entries_.push_back(std::move(e));
  spells_by_holder_.emplace_back();
  return Status::OK();
}

Status Gazetteer::ParseEntities(const std::string& path, std::string_view content) {
  return IndexTokens(ForEachLine(content, [&](size_t ln, std::string_view line) -> Status {
    auto f = Split(line, '\t');
    if (f.size() < 4 || f.size() > 5)
      return LineError(path, ln, "expected 4 or 5 tab-separated fields (id, name, kind, "
                                 "country, aliases), got " + std::to_string(f.size()));
    GazEntry e;
    e.id = std::string(Trim(f[0]));
    if (!IsSlug(e.id)) return LineError(path, ln, "id '" + e.id + "' is not a slug [a-z0-9-]");
    e.name = std::string(Trim(f[1]));
    if (e.name.empty()) return LineError(path, ln, "empty name");
    if (!ParseKind(Trim(f[2]), &e.kind))
      return LineError(path, ln, "unknown kind '" + std::string(Trim(f[2])) +
                                     "' (person, organization, country, group, place, other)");
    e.country = std::string(Trim(f[3]));
    if (e.country == "-") e.country.clear();
    if (f.size() == 5 && !Trim(f[4]).empty())
      for (auto a : Split(f[4], '|')) {
        a = Trim(a);
        if (a.empty()) return LineError(path, ln, "empty alias in '" + std::string(f[4]) + "'");
        e.aliases.emplace_back(a);
      }
    return AddEntry(std::move(e), path + ":" + std::to_string(ln));
  }));
}

Status Gazetteer::ParseRoles(const std::string& path, std::string_view content) {
  return IndexTokens(ForEachLine(content, [&](size_t ln, std::string_view line) -> Status {
    auto f = Split(line, '\t');
    if (f.size() < 4 || f.size() > 5)
      return LineError(path, ln, "expected 4 or 5 tab-separated fields (role, polity, holder, "
                                 "start, end), got " + std::to_string(f.size()));
    RoleSpell r;
    r.role = std::string(Trim(f[0]));
    r.polity = std::string(Trim(f[1]));
    if (r.role.empty() || r.polity.empty()) return LineError(path, ln, "empty role or polity");
    int h = Find(Trim(f[2]));
    if (h < 0) return LineError(path, ln, "unknown holder id '" + std::string(Trim(f[2])) + "'");
    r.holder = uint32_t(h);
    auto start = ParseIsoDate(Trim(f[3]));
    if (!start) return LineError(path, ln, "start '" + std::string(Trim(f[3])) + "' is not YYYY-MM-DD");
    r.start = date::sys_days(*start);
    std::string_view end = f.size() == 5 ? Trim(f[4]) : std::string_view();
    if (end.empty() || end == "-") {
      r.open = true;
      r.end = date::sys_days::max();
    } else {
      auto e = ParseIsoDate(end);
      if (!e) return LineError(path, ln, "end '" + std::string(end) + "' is not YYYY-MM-DD");
      r.end = date::sys_days(*e);
      if (r.end < r.start) return LineError(path, ln, "end before start");
    }
    uint32_t idx = uint32_t(spells_.size());
    spells_by_office_[r.role + "|" + r.polity].push_back(idx);
    spells_by_holder_[r.holder].push_back(idx);
    spells_.push_back(std::move(r));
    return Status::OK();
  }));
}

Status Gazetteer::ParsePolities(const std::string& path, std::string_view content) {
  return IndexTokens(ForEachLine(content, [&](size_t ln, std::string_view line) -> Status {
    auto f = Split(line, '\t');
    if (f.size() != 3 && f.size() != 4)
      return LineError(path, ln,
                       "expected 3 or 4 tab-separated fields (code, adjectives, leader roles[, "
                       "family-first|given-name]), got " + std::to_string(f.size()));
    Polity p;
    if (f.size() == 4) {
      if (Trim(f[3]) != "family-first" && Trim(f[3]) != "given-name" && Trim(f[3]) != "-")
        return LineError(path, ln, "4th field must be family-first, given-name or -");
      // Either way the first word of a name stands alone for its person.
      p.first_word_alone = Trim(f[3]) != "-";
    }
    p.code = std::string(Trim(f[0]));
    if (p.code.empty()) return LineError(path, ln, "empty code");
    if (polity_by_code_.count(p.code)) return LineError(path, ln, "duplicate code " + p.code);
    uint32_t idx = uint32_t(polities_.size());
    if (!Trim(f[1]).empty() && Trim(f[1]) != "-")
      for (auto a : Split(f[1], '|'))
        if (!adjectives_.Add(Trim(a), idx)) return LineError(path, ln, "empty adjective");
    for (auto r : Split(f[2], '|'))
      if (!Trim(r).empty()) p.leader_roles.emplace_back(Trim(r));
    polity_by_code_.emplace(p.code, idx);
    polities_.push_back(std::move(p));
    return Status::OK();
  }));
}

Status Gazetteer::ParseRoleWords(const std::string& path, std::string_view content) {
  return IndexTokens(ForEachLine(content, [&](size_t ln, std::string_view line) -> Status {
    auto f = Split(line, '\t');
    if (f.size() < 2 || f.size() > 3 || Trim(f[0]).empty() || Trim(f[1]).empty() ||
        (f.size() == 3 && Trim(f[2]).empty()))
      return LineError(path, ln,
                       "expected 2 or 3 tab-separated fields (phrase, role key, sole polity)");
    std::string key(Trim(f[1]));
    // A phrase with a sole polity ("eam" is India's foreign minister) gets
    // an index of its own for its key, so that the key's other phrases
    // ("foreign minister") keep none.
    const std::string sole = f.size() == 3 ? std::string(Trim(f[2])) : std::string();
    uint32_t idx = 0;
    while (idx < role_keys_.size() && !(role_keys_[idx] == key && role_sole_polity_[idx] == sole))
      ++idx;
    if (idx == role_keys_.size()) {
      role_keys_.push_back(key);
      role_sole_polity_.push_back(sole);
    }
    role_words_.Add(Trim(f[0]), idx);
    return Status::OK();
  }));
}

Status Gazetteer::ParseTitles(const std::string& path, std::string_view content) {
  return IndexTokens(ForEachLine(content, [&](size_t ln, std::string_view line) -> Status {
    auto f = Split(line, '\t');
    if (f.size() != 2 || Trim(f[0]).empty())
      return LineError(path, ln, "expected 2 tab-separated fields (phrase, strength)");
    std::string_view s = Trim(f[1]);
    TitleStrength st;
    if (s == "strong") st = TitleStrength::kStrong;
    else if (s == "weak") st = TitleStrength::kWeak;
    else if (s == "honorific") st = TitleStrength::kHonorific;
    else if (s == "given") st = TitleStrength::kGiven;
    else return LineError(path, ln, "strength must be strong, weak, honorific or given");
    titles_.Add(Trim(f[0]), uint32_t(st));
    return Status::OK();
  }));
}

Status Gazetteer::ParseSeats(const std::string& path, std::string_view content) {
  return ForEachLine(content, [&](size_t ln, std::string_view line) -> Status {
    auto f = Split(line, '\t');
    if (f.size() != 3)
      return LineError(path, ln, "expected 3 tab-separated fields (seat id, role, polity), got " +
                                     std::to_string(f.size()));
    int e = Find(Trim(f[0]));
    if (e < 0) return LineError(path, ln, "unknown seat id '" + std::string(Trim(f[0])) + "'");
    if (entries_[e].kind != GazKind::kOrganization)
      return LineError(path, ln, "seat '" + std::string(Trim(f[0])) + "' is no organization");
    SeatOffice o{std::string(Trim(f[1])), std::string(Trim(f[2]))};
    if (o.role.empty() || o.polity.empty()) return LineError(path, ln, "empty role or polity");
    if (!seats_.emplace(uint32_t(e), std::move(o)).second)
      return LineError(path, ln, "seat '" + std::string(Trim(f[0])) + "' listed twice");
    return Status::OK();
  });
}

Status Gazetteer::ParseRoleModifiers(const std::string& path, std::string_view content) {
  return IndexTokens(ForEachLine(content, [&](size_t ln, std::string_view line) -> Status {
    auto f = Split(line, '\t');
    if (f.size() < 2 || f.size() > 3 || Trim(f[0]).empty())
      return LineError(path, ln, "expected word<TAB>former|current|changing[<TAB>lower]");
    const std::string_view what = Trim(f[1]);
    RoleModifier m;
    if (what == "former") m = RoleModifier::kFormer;
    else if (what == "current") m = RoleModifier::kCurrent;
    else if (what == "changing") m = RoleModifier::kChanging;
    else return LineError(path, ln, "what the word says must be former, current or changing");
    uint32_t v = uint32_t(m);
    if (f.size() == 3) {
      if (Trim(f[2]) != "lower") return LineError(path, ln, "the third field can only be 'lower'");
      v |= kRoleModifierLowerOnly;
    }
    if (Trim(f[0]).find(' ') != std::string_view::npos)
      return LineError(path, ln, "one word per line");
    role_modifiers_.Add(Trim(f[0]), v);
    return Status::OK();
  }));
}

Status Gazetteer::ParseWordList(const std::string& path, std::string_view content) {
  std::string name = std::filesystem::path(path).filename().string();
  if (name == "given_names.txt") return ParseList(path, content, &given_names_);
  if (name == "speech_verbs.txt") return ParseList(path, content, &speech_verbs_);
  if (name == "stopwords.txt") return ParseList(path, content, &stopwords_);
  if (name == "locatives.txt") return ParseList(path, content, &locatives_);
  if (name == "org_words.txt") return ParseList(path, content, &org_words_);
  if (name == "possessed_nouns.txt") return ParseList(path, content, &possessed_nouns_);
  if (name == "market_of.txt") return ParseList(path, content, &market_of_);
  if (name == "market_after.txt") return ParseList(path, content, &market_after_);
  if (name == "vessel_words.txt") return ParseList(path, content, &vessel_words_);
  if (name == "byline_words.txt") return ParseList(path, content, &byline_words_);
  if (name == "contribution_nouns.txt") return ParseList(path, content, &contribution_nouns_);
  if (name == "writer_nouns.txt") return ParseList(path, content, &writer_nouns_);
  if (name == "family_nouns.txt") return ParseList(path, content, &family_nouns_);
  if (name == "kin_nouns.txt") return ParseList(path, content, &kin_nouns_);
  if (name == "legal_suffixes.txt") return ParseList(path, content, &legal_suffixes_);
  if (name == "delegation_nouns.txt") return ParseList(path, content, &delegation_nouns_);
  if (name == "family_first_surnames.txt")
    return ParseList(path, content, &family_first_surnames_);
  return Status::InvalidInput(path + ": unknown word list (given_names.txt, speech_verbs.txt, "
                              "stopwords.txt, locatives.txt, org_words.txt, possessed_nouns.txt, "
                              "market_of.txt, market_after.txt, vessel_words.txt, "
                              "byline_words.txt, contribution_nouns.txt, writer_nouns.txt, "
                              "family_nouns.txt, "
                              "kin_nouns.txt, legal_suffixes.txt, delegation_nouns.txt, "
                              "family_first_surnames.txt)");
}

Status Gazetteer::ParseList(const std::string& path, std::string_view content, PhraseTable* table) {
  return IndexTokens(ForEachLine(content, [&](size_t ln, std::string_view line) -> Status {
    if (line.find('\t') != std::string_view::npos)
      return LineError(path, ln, "one word or phrase per line, no tabs");
    table->Add(Trim(line), 1);
    return Status::OK();
  }));
}

Status Gazetteer::IndexTokens(Status s) {
  if (loading_) return s;
  // Polities and entries may come in any order: made once both are read.
  entry_first_word_.resize(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i)
    entry_first_word_[i] = NamedByFirstWord(entries_[i].country);
  // Polity -> its country entry (the first of that code), for
  // PolityCountry().
  polity_country_.assign(polities_.size(), -1);
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].kind != GazKind::kCountry) continue;
    auto p = polity_by_code_.find(entries_[i].country);
    if (p != polity_by_code_.end() && polity_country_[p->second] < 0)
      polity_country_[p->second] = int32_t(i);
  }
  surnames_by_shape_.Build();
  joined_by_shape_.Build();
  // Made anew from the complete name table: whether a surname is a name
  // depends on files read after the persons'.
  long_surnames_by_shape_.Clear();
  for (const auto& bucket : persons_by_initial_)
    for (uint32_t p : bucket) {
      const GazEntry& e = entries_[p];
      for (size_t k = 0; k < e.surnames.size() && k <= UINT16_MAX; ++k) {
        const std::string& sn = e.surnames[k];
        if (sn.size() >= 6 && names_.ContainsWord(sn))
          long_surnames_by_shape_.Add({p, e.surname_masks[k], uint32_t(sn.size()), e.surname[0], uint16_t(k)});
      }
    }
  long_surnames_by_shape_.Build();
  const std::pair<WordTable, const PhraseTable*> tables[] = {
      {WordTable::kNames, &names_},           {WordTable::kRoleWords, &role_words_},
      {WordTable::kTitles, &titles_},         {WordTable::kAdjectives, &adjectives_},
      {WordTable::kGivenNames, &given_names_}, {WordTable::kSpeechVerbs, &speech_verbs_},
      {WordTable::kStopwords, &stopwords_},   {WordTable::kLocatives, &locatives_},
      {WordTable::kOrgWords, &org_words_},    {WordTable::kPossessedNouns, &possessed_nouns_},
      {WordTable::kMarketOf, &market_of_},    {WordTable::kMarketAfter, &market_after_},
      {WordTable::kVesselWords, &vessel_words_}};
  std::unordered_map<uint64_t, uint32_t> classes;
  for (const auto& [t, table] : tables)
    for (uint64_t h : table->first_hashes())
      classes[h] |= StartBit(t) | (table->ContainsHash(h) ? WordBit(t) : 0);
  // The determiners are grammar; the modifiers, data (role_modifiers.tsv).
  static const char* const kDeterminers[] = {"the", "his", "her", "their", "its", "both"};
  for (const char* w : kDeterminers) classes[FoldedHash(w)] |= kRolePrefixWord;
  for (uint64_t h : role_modifiers_.first_hashes()) classes[h] |= kRolePrefixWord;
  size_t size = 64;
  while (size < classes.size() * 4) size *= 2;
  token_index_.assign(size + 1, {0, 0});
  token_mask_ = size - 1;
  token_filter_.assign(kTokenFilterBits / 64, 0);
  lower_opener_filter_.assign(kLowerOpenerBits, 0);
  for (const auto& [h, bits] : classes) {
    const uint32_t b = uint32_t(h >> kTokenFilterShift);
    token_filter_[b >> 6] |= uint64_t(1) << (b & 63);
    if (bits & kLowerOpenerClasses) {
      const size_t lb = size_t(h >> kLowerOpenerShift);
      lower_opener_filter_[lb] = 1;
    }
    size_t i = TokenSlot(h) & (size - 1);
    while (token_index_[i].second) i = (i + 1) & (size - 1);
    token_index_[i] = {h, bits};
  }
  return s;
}

bool Gazetteer::NamedByFirstWord(std::string_view code) const {
  auto it = polity_by_code_.find(std::string(code));
  return it != polity_by_code_.end() && polities_[it->second].first_word_alone;
}

int Gazetteer::Find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : int(it->second);
}

int Gazetteer::HolderOn(std::string_view role, std::string_view polity, date::sys_days d) const {
  if (role == "leader") {
    auto p = polity_by_code_.find(std::string(polity));
    if (p == polity_by_code_.end()) {
      // An entity id: a country stands for its polity; an organisation has
      // a leader only when its own office is listed ("leader", pentagon),
      // or when it is the seat of an office (seats.tsv): "the Kremlin
      // leader" is whoever holds the Russian presidency that day.
      int e = Find(polity);
      if (e < 0 || entries_[e].country.empty()) return -1;
      if (entries_[e].kind != GazKind::kCountry) {
        auto own = spells_by_office_.find("leader|" + std::string(polity));
        if (own == spells_by_office_.end()) {
          const SeatOffice* seat = SeatOf(uint32_t(e));
          return seat ? HolderOn(seat->role, seat->polity, d) : -1;
        }
        const RoleSpell* best = nullptr;
        for (uint32_t si : own->second) {
          const RoleSpell& r = spells_[si];
          if (r.start <= d && d < r.end && (!best || r.start > best->start)) best = &r;
        }
        return best ? int(best->holder) : -1;
      }
      p = polity_by_code_.find(entries_[e].country);
      if (p == polity_by_code_.end()) return -1;
    }
    for (const auto& r : polities_[p->second].leader_roles) {
      int h = HolderOn(r, polities_[p->second].code, d);
      if (h >= 0) return h;
    }
    return -1;
  }
  std::string key(role);
  key += '|';
  key += polity;
  auto it = spells_by_office_.find(key);
  if (it == spells_by_office_.end()) {
    // An entity id whose own offices are not listed: try its country.
    int e = Find(polity);
    if (e >= 0 && !entries_[e].country.empty() && entries_[e].country != polity)
      return HolderOn(role, entries_[e].country, d);
    return -1;
  }
  // The latest to take office wins (an overlap is usually an end date
  // missing by a few days); holders who took office together (two envoys)
  // make the role ambiguous.
  const RoleSpell* best = nullptr;
  bool tie = false;
  for (uint32_t si : it->second) {
    const RoleSpell& r = spells_[si];
    if (!(r.start <= d && d < r.end)) continue;
    if (!best || r.start > best->start) {
      best = &r;
      tie = false;
    } else if (r.start == best->start && r.holder != best->holder) {
      tie = true;
    }
  }
  return best && !tie ? int(best->holder) : -1;
}

std::vector<const RoleSpell*> Gazetteer::RolesOn(uint32_t entry, date::sys_days d) const {
  std::vector<const RoleSpell*> out;
  for (uint32_t si : spells_by_holder_[entry]) {
    const RoleSpell& r = spells_[si];
    if (r.start <= d && d < r.end) out.push_back(&r);
  }
  return out;
}

bool Gazetteer::EverLeader(uint32_t entry) const {
  for (uint32_t si : spells_by_holder_[entry]) {
    const RoleSpell& r = spells_[si];
    auto p = polity_by_code_.find(r.polity);
    if (p == polity_by_code_.end()) continue;
    const auto& lr = polities_[p->second].leader_roles;
    if (std::find(lr.begin(), lr.end(), r.role) != lr.end()) return true;
  }
  return false;
}

const std::vector<uint32_t>& Gazetteer::PersonsByInitial(char c) const {
  return persons_by_initial_[(c >= 'a' && c <= 'z') ? c - 'a' : 26];
}

namespace {
const std::vector<uint32_t> kNoPersons;
}  // namespace

void Gazetteer::ShapeIndex::Build() {
  offsets_.assign(27 * kLens + 1, 0);
  for (const PersonShape& s : items_) ++offsets_[Key(s.first, s.len) + 1];
  for (size_t k = 1; k < offsets_.size(); ++k) offsets_[k] += offsets_[k - 1];
  sorted_.resize(items_.size());
  std::vector<uint32_t> next(offsets_.begin(), offsets_.end() - 1);
  for (const PersonShape& s : items_) sorted_[next[Key(s.first, s.len)]++] = s;
}

const std::vector<uint32_t>& Gazetteer::PersonsByFirstGiven(const std::string& given) const {
  auto it = persons_by_first_given_.find(given);
  return it == persons_by_first_given_.end() ? kNoPersons : it->second;
}

std::string DefaultDataDir() {
  const char* env = std::getenv("EVENTGRAPH_DATA");
  if (env && *env) return env;
  return EVENTGRAPH_DATA_DIR;
}

}  // namespace eg
