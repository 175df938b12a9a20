// Hand-built inputs for the events stage's tests: a document analysed by the
// text stage, with time expressions and actor mentions placed by hand on
// substrings, so the tests depend only on the interfaces of the earlier
// stages, not on their current behaviour.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "events/event.h"
#include "events/triggers.h"

namespace eg {
namespace testing {

inline const TriggerLexicon& Lexicon() {
  static std::unique_ptr<TriggerLexicon> lex = [] {
    std::unique_ptr<TriggerLexicon> l;
    Status s = TriggerLexicon::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &l);
    EXPECT_TRUE(s.ok()) << s.message();
    return l;
  }();
  return *lex;
}

class Doc {
 public:
  explicit Doc(std::string text, const char* dct = "2025-08-20", std::string id = "doc") {
    doc_.id = std::move(id);
    doc_.text = std::move(text);
    if (dct) doc_.dct = ParseIsoDate(dct);
    Analyze(doc_.text, 0, &text_);
  }

  // An actor mention on the nth occurrence of `surface`.
  Doc& M(const std::string& surface, const std::string& name,
         ActorKind kind = ActorKind::kPerson, int nth = 0) {
    uint32_t b, e;
    Find(surface, nth, &b, &e);
    ActorMention m;
    m.start = b;
    m.end = e;
    TokenSpan(b, e, &m.first_token, &m.end_token);
    // As the actors stage marks it: "Dunn's death".
    m.possessive = m.end_token < text_.tokens.size() &&
                   text_.tokens[m.end_token].kind == TokenKind::kPossessive;
    m.entity = Entity(name, kind);
    actors_.mentions.push_back(m);
    std::sort(actors_.mentions.begin(), actors_.mentions.end(),
              [](const ActorMention& x, const ActorMention& y) { return x.start < y.start; });
    actors_.entities[m.entity].mentions++;
    return *this;
  }

  // The mention on the nth occurrence of `surface` names its person by a
  // role ("the Russian president": ActorMention::via_role).
  Doc& ViaRole(const std::string& surface, int nth = 0) {
    uint32_t b, e;
    Find(surface, nth, &b, &e);
    for (ActorMention& m : actors_.mentions)
      if (m.start == b) m.via_role = true;
    return *this;
  }

  // A time expression with its resolved value on the nth occurrence of `surface`.
  Doc& T(const std::string& surface, const std::string& value, int nth = 0,
         TimexType type = TimexType::kDate) {
    Timex t;
    Find(surface, nth, &t.start, &t.end);
    TokenSpan(t.start, t.end, &t.first_token, &t.end_token);
    t.sentence = text_.SentenceOf(t.first_token);
    t.type = type;
    t.value = value;
    timexes_.push_back(t);
    std::sort(timexes_.begin(), timexes_.end(),
              [](const Timex& x, const Timex& y) { return x.start < y.start; });
    return *this;
  }

  // A date in a "since" clause, as the time stage marks it (Timex::landmark).
  Doc& Landmark(const std::string& surface, const std::string& value) {
    return Marked(surface, value, &Timex::landmark);
  }

  // A date told in a past-perfect flashback, as the time stage marks it
  // (Timex::flashback).
  Doc& Flashback(const std::string& surface, const std::string& value) {
    return Marked(surface, value, &Timex::flashback);
  }

  // A date with one of the time stage's marks set.
  Doc& Marked(const std::string& surface, const std::string& value, bool Timex::*mark) {
    T(surface, value);
    uint32_t b, e;
    Find(surface, 0, &b, &e);
    for (Timex& t : timexes_)
      if (t.start == b) t.*mark = true;
    return *this;
  }

  // A duration counted from the narrative, as the time stage gives "Two days
  // later": extent "Two days" (the first occurrence of `phrase` less its last
  // word), value P2D, the date it reaches, and the phrase's end.
  Doc& Anchored(const std::string& phrase, const std::string& value, const std::string& anchored) {
    uint32_t b, e;
    Find(phrase, 0, &b, &e);
    const std::string extent = phrase.substr(0, phrase.rfind(' '));
    T(extent, value, 0, TimexType::kDuration);
    for (Timex& t : timexes_)
      if (t.start == b) {
        t.anchored = anchored;
        t.anchored_end = e;
      }
    return *this;
  }

  // The entity named `name` is a firm known only by its legal form
  // (DocEntity::party_only).
  // The publication date was guessed from the text (DctSource::kInferred).
  Doc& InferredDct() {
    doc_.dct_source = DctSource::kInferred;
    return *this;
  }

  Doc& PartyOnly(const std::string& name) {
    for (DocEntity& e : actors_.entities)
      if (e.name == name) e.party_only = true;
    return *this;
  }
  // The entity named `name` serves the polity `code` (DocEntity::country,
  // as the actors stage sets it from the gazetteer or a title).
  Doc& Country(const std::string& name, const std::string& code) {
    for (DocEntity& e : actors_.entities)
      if (e.name == name) e.country = code;
    return *this;
  }
  // The entity named `name` is gazetteer entry `entry` (DocEntity::gaz_entry,
  // as FindActors sets it for a known name).
  Doc& Entry(const std::string& name, int32_t entry) {
    for (DocEntity& e : actors_.entities)
      if (e.name == name) e.gaz_entry = entry;
    return *this;
  }
  // The entity named `name` is the seat of an office (DocEntity::seat).
  Doc& Seat(const std::string& name) {
    for (DocEntity& e : actors_.entities)
      if (e.name == name) e.seat = true;
    return *this;
  }
  const Document& doc() const { return doc_; }
  // Whether Run() finds the entity named `name` a party to an interaction
  // (MarkInteractionParties).
  bool Party(const std::string& name) const {
    DocActors marked = actors_;
    MarkInteractionParties(Run(), &marked);
    for (const DocEntity& e : marked.entities)
      if (e.name == name) return e.party;
    return false;
  }

  std::vector<EventMention> Run() const {
    // As the pipeline without a gazetteer: a leader's visit awaiting its
    // host (EventMention::visit_end) finds none (ResolveCountryVisits).
    std::vector<EventMention> v = RunWithVisits();
    v.erase(std::remove_if(v.begin(), v.end(), [](const EventMention& m) { return m.visit_end > 0; }),
            v.end());
    return v;
  }
  // ExtractEvents as it is, visits awaiting their host included.
  std::vector<EventMention> RunWithVisits() const {
    return ExtractEvents(doc_, text_, timexes_, actors_, Lexicon());
  }
  // Interactions only.
  std::vector<EventMention> Interactions() const {
    std::vector<EventMention> out;
    for (auto& m : Run())
      if (m.interaction) out.push_back(m);
    return out;
  }

  std::set<std::string> Names(const EventMention& m) const {
    std::set<std::string> s;
    for (uint32_t e : m.participants) s.insert(actors_.entities[e].name);
    return s;
  }

  const DocActors& actors() const { return actors_; }
  const std::string& id() const { return doc_.id; }

 private:
  uint32_t Entity(const std::string& name, ActorKind kind) {
    for (size_t i = 0; i < actors_.entities.size(); ++i)
      if (actors_.entities[i].name == name) return uint32_t(i);
    DocEntity e;
    e.name = name;
    e.kind = kind;
    actors_.entities.push_back(e);
    return uint32_t(actors_.entities.size() - 1);
  }
  void Find(const std::string& surface, int nth, uint32_t* b, uint32_t* e) const {
    size_t pos = doc_.text.find(surface);
    for (int k = 0; k < nth && pos != std::string::npos; ++k)
      pos = doc_.text.find(surface, pos + 1);
    EXPECT_NE(pos, std::string::npos) << surface;
    if (pos == std::string::npos) pos = 0;
    *b = uint32_t(pos);
    *e = uint32_t(pos + surface.size());
  }
  void TokenSpan(uint32_t b, uint32_t e, uint32_t* first, uint32_t* end) const {
    *first = *end = 0;
    bool found = false;
    for (uint32_t i = 0; i < text_.tokens.size(); ++i) {
      const Token& t = text_.tokens[i];
      if (!found && t.start >= b) {
        *first = i;
        found = true;
      }
      if (t.end <= e) *end = i + 1;
    }
  }

  Document doc_;
  TextAnalysis text_;
  std::vector<Timex> timexes_;
  DocActors actors_;
};

// The date of the first interaction of two parties the document tells:
// "null" when it is undated, "none" when there is no such interaction.
inline std::string PairDate(Doc& d) {
  for (const EventMention& m : d.Interactions())
    if (m.participants.size() == 2) return m.date.empty() ? "null" : m.date;
  return "none";
}

// One document's interaction mentions for MergeEvents(), among three actors
// (0 Ana Ruiz, 1 Ben Okafor, 2 Carl Dunn) that the document's entities map
// to one to one; `dct` is the document's publication date ("" for none).
struct MergeDoc {
  std::vector<DocEvents> docs{{"a", {}}};
  ActorTable table;
  explicit MergeDoc(const char* dct = "") {
    docs[0].dct = dct;
    table.entity_to_actor.NewRow();
    for (const char* n : {"Ana Ruiz", "Ben Okafor", "Carl Dunn"}) {
      Actor a;
      a.name = n;
      a.id = n;
      table.actors.push_back(a);
      table.entity_to_actor.PushTo(0, uint32_t(table.actors.size() - 1));
    }
  }
  // A meeting of `who` on `date` ("" for undated) at byte `start`.
  void Add(const std::string& date, std::vector<uint32_t> who, uint32_t start,
           const std::string& place = "", bool anterior = false) {
    EventMention m;
    m.type = "meeting";
    m.interaction = true;
    m.date = date;
    m.place = place;
    m.participants = std::move(who);
    m.start = start;
    m.end = start + 10;
    m.anterior = anterior;
    m.text = std::make_shared<const std::string>("sentence at " + std::to_string(start));
    docs[0].mentions.push_back(m);
  }
};

}  // namespace testing
}  // namespace eg
