// A small gazetteer built from strings, so the actors tests do not depend on
// the contents of data/actors (which users extend).
#pragma once
#include <algorithm>
#include <gtest/gtest.h>

#include <string>

#include "actors/actors.h"
#include "actors/gazetteer.h"
#include "corpus/document.h"
#include "text/text.h"
#include "time/timex.h"

namespace eg::testing {

inline std::unique_ptr<Gazetteer> SmallGazetteer() {
  auto g = std::make_unique<Gazetteer>();
  Status s = g->ParseEntities("persons.entities.tsv",
      "# test persons\n"
      "donald-trump\tDonald Trump\tperson\tUS\tTrump\n"
      "joe-biden\tJoe Biden\tperson\tUS\tBiden\n"
      "bill-clinton\tBill Clinton\tperson\tUS\tClinton\n"
      "hillary-clinton\tHillary Clinton\tperson\tUS\tClinton\n"
      "vladimir-putin\tVladimir Putin\tperson\tRU\tPutin\n"
      "dmitry-peskov\tDmitry Peskov\tperson\tRU\tPeskov\n"
      "volodymyr-zelensky\tVolodymyr Zelensky\tperson\tUA\tZelensky|Zelenskyy\n"
      "giorgia-meloni\tGiorgia Meloni\tperson\tIT\tMeloni\n"
      "mario-draghi\tMario Draghi\tperson\tIT\tDraghi\n"
      "friedrich-merz\tFriedrich Merz\tperson\tDE\tMerz\n"
      "emmanuel-macron\tEmmanuel Macron\tperson\tFR\tMacron\n"
      "xi-jinping\tXi Jinping\tperson\tCN\tXi\n"
      "recep-tayyip-erdogan\tRecep Tayyip Erdoğan\tperson\tTR\tErdoğan\n");
  EXPECT_TRUE(s.ok()) << s.message();
  s = g->ParseEntities("other.entities.tsv",
      "united-states\tUnited States\tcountry\tUS\tUS|@Washington\n"
      "russia\tRussia\tcountry\tRU\t@Moscow\n"
      "kremlin\tKremlin\torganization\tRU\tthe Kremlin\n"
      "white-house\tWhite House\torganization\tUS\n"
      "the-telegraph\tThe Telegraph\torganization\tGB\tTelegraph\n"
      "truth-social\tTruth Social\tother\t-\n"
      "air-force-one\tAir Force One\tother\t-\n"
      "donetsk\tDonetsk\tplace\t-\n");
  EXPECT_TRUE(s.ok()) << s.message();
  s = g->ParseRoles("offices.roles.tsv",
      "president\tUS\tdonald-trump\t2017-01-20\t2021-01-20\n"
      "president\tUS\tjoe-biden\t2021-01-20\t2025-01-20\n"
      "president\tUS\tdonald-trump\t2025-01-20\t\n"
      "president\tRU\tvladimir-putin\t2012-05-07\t\n"
      "president\tUA\tvolodymyr-zelensky\t2019-05-20\t\n"
      "prime-minister\tIT\tmario-draghi\t2021-02-13\t2022-10-22\n"
      "prime-minister\tIT\tgiorgia-meloni\t2022-10-22\t\n"
      "spokesperson\tRU\tdmitry-peskov\t2012-05-22\t\n"
      "president\tFR\temmanuel-macron\t2017-05-14\t\n");
  EXPECT_TRUE(s.ok()) << s.message();
  s = g->ParsePolities("polities.tsv",
      "US\tUS|American\tpresident\nRU\tRussian\tpresident\nUA\tUkrainian\tpresident\n"
      "IT\tItalian\tprime-minister\nFR\tFrench\tpresident\nFI\tFinnish\tpresident\n"
      "DE\tGerman\tchancellor\n");
  EXPECT_TRUE(s.ok()) << s.message();
  s = g->ParseRoleWords("role_words.tsv",
      "president\tpresident\nprime minister\tprime-minister\npremier\tprime-minister\n"
      "chancellor\tchancellor\nleader\tleader\nspokesman\tspokesperson\n"
      "counterpart\tcounterpart\ndefence secretary\tdefence-minister\n");
  EXPECT_TRUE(s.ok()) << s.message();
  s = g->ParseTitles("titles.tsv", "mr\thonorific\njudge\tstrong\ncolumnist\tstrong\ngeneral\tweak\n");
  EXPECT_TRUE(s.ok()) << s.message();
  s = g->ParseRoleModifiers("role_modifiers.tsv",
                            "former\tformer\nthen\tformer\tlower\nex\tformer\nacting\tcurrent\n"
                            "new\tcurrent\noutgoing\tchanging\n");
  EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(g->ParseWordList("given_names.txt", "valentina\nthomas\nregis\nhunter\njohn\nalexander\n").ok());
  EXPECT_TRUE(g->ParseWordList("speech_verbs.txt", "said\ntold\nwrote\n").ok());
  EXPECT_TRUE(g->ParseWordList("stopwords.txt", "the\nand\nbut\nin\nthen\npredictably\nhe\nshe\n").ok());
  EXPECT_TRUE(g->ParseWordList("locatives.txt", "in\nto\nfrom\n").ok());
  EXPECT_TRUE(g->ParseWordList("org_words.txt", "department\ntheater\n").ok());
  EXPECT_TRUE(g->ParseWordList("possessed_nouns.txt", "report\nwife\ncampaign\n").ok());
  EXPECT_TRUE(g->ParseWordList("market_of.txt", "shares\nstake\n").ok());
  EXPECT_TRUE(g->ParseWordList("market_after.txt", "shares\nexecutives\n").ok());
  EXPECT_TRUE(g->ParseWordList("byline_words.txt", "reporting\nposted\n").ok());
  EXPECT_TRUE(g->ParseWordList("contribution_nouns.txt", "article\nreport\n").ok());
  EXPECT_TRUE(g->ParseWordList("writer_nouns.txt", "writers\nreporters\n").ok());
  EXPECT_TRUE(g->ParseWordList("family_nouns.txt", "family\nclan\n").ok());
  return g;
}

struct Found {
  Document doc;
  TextAnalysis text;
  DocActors actors;
  // Name of the entity of each mention, with the mention's text.
  std::vector<std::pair<std::string, std::string>> Mentions() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& m : actors.mentions)
      out.emplace_back(actors.entities[m.entity].name,
                       std::string(text.text.substr(m.start, m.end - m.start)));
    return out;
  }
  // The entity name of the first mention whose text is `form`, or "".
  std::string EntityOf(const std::string& form) const {
    for (const auto& m : Mentions())
      if (m.second == form) return m.first;
    return "";
  }
  const DocEntity* Entity(const std::string& name) const {
    for (const auto& e : actors.entities)
      if (e.name == name) return &e;
    return nullptr;
  }
  bool HasPerson(const std::string& name) const {
    for (const auto& e : actors.entities)
      if (e.kind == ActorKind::kPerson && e.name == name) return true;
    return false;
  }
  std::vector<std::string> Persons() const {
    std::vector<std::string> out;
    for (const auto& e : actors.entities)
      if (e.kind == ActorKind::kPerson) out.push_back(e.name);
    return out;
  }
};

// The gazetteer of the project's own data/ directory.
inline std::unique_ptr<Gazetteer> ShippedGazetteer() {
  std::unique_ptr<Gazetteer> g;
  Status s = Gazetteer::Load(std::string(EVENTGRAPH_SOURCE_DIR) + "/data", &g);
  EXPECT_TRUE(s.ok()) << s.message();
  return g;
}

inline std::unique_ptr<Found> Find(const Gazetteer& g, const std::string& text, const char* dct) {
  auto f = std::make_unique<Found>();
  f->doc.id = "t";
  f->doc.text = text;
  if (dct) f->doc.dct = ParseIsoDate(dct);
  Analyze(f->doc.text, 0, &f->text);
  f->actors = FindActors(f->doc, f->text, g, TagTimexes(f->text, f->doc.dct));
  return f;
}

// Whether `x` is among `v` (surface forms, aliases).
inline bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace eg::testing
