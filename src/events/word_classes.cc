#include "events/word_classes.h"

#include <initializer_list>

namespace eg {
namespace words {

namespace {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (w == x) return true;
  return false;
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsDeterminer(std::string_view w) {
  return OneOf(w, {"a", "an", "the", "this", "that", "these", "those", "their", "his", "her",
                   "its", "our", "my", "your", "another", "any", "some", "each", "every",
                   "no", "such"});
}

bool IsBe(std::string_view w) {
  return OneOf(w, {"is", "are", "was", "were", "be", "been", "being", "am"});
}

bool IsAuxiliary(std::string_view w) {
  return IsBe(w) || OneOf(w, {"will", "would", "could", "should", "might", "may", "can",
                              "shall", "must", "did", "do", "does", "has", "have", "had",
                              "to", "not", "never", "got", "get", "gets"}) ||
         IsNegatedContraction(w);
}

bool IsPreposition(std::string_view w) {
  return OneOf(w, {"to", "of", "for", "from", "with", "by", "in", "on", "at", "about",
                   "against", "toward", "towards", "over", "under", "than", "like", "into",
                   "onto", "upon", "without", "within", "among", "amid", "between",
                   "through", "via", "per", "despite", "during", "following", "behind",
                   "beyond", "across", "around", "near", "unlike", "versus", "vs"});
}

bool IsClauseOpener(std::string_view w) {
  return OneOf(w, {"which", "who", "whom", "whose", "that", "but", "while", "whereas",
                   "although", "though", "because", "since", "after", "before", "when",
                   "where", "if", "unless", "said", "says", "say", "told", "tells",
                   "according", "whether", "until", "once", "so", "yet", "however",
                   "claimed", "claims", "insisted", "argued", "noted", "added", "wrote",
                   "stated", "reported", "announced", "believe", "believes", "think",
                   "thinks", "thought", "following", "during", "amid", "ahead"});
}

bool IsSkippableAdverb(std::string_view w) {
  if (w.size() > 4 && EndsWith(w, "ly") && !OneOf(w, {"only", "early", "daily", "weekly",
                                                      "ally", "italy", "rally", "family"}))
    return true;
  return OneOf(w, {"also", "then", "later", "again", "first", "last", "already", "just",
                   "once", "still", "even", "soon", "now", "both", "all", "together",
                   "too", "ever", "yet", "subsequently", "previously", "recently",
                   "finally", "eventually", "reportedly", "allegedly", "apparently",
                   "reluctantly", "briefly", "personally", "directly", "formally",
                   "privately", "secretly", "publicly", "separately", "jointly",
                   "meanwhile", "today", "tonight", "yesterday", "tomorrow"});
}

bool IsSubjectVerbFiller(std::string_view w) {
  return IsAuxiliary(w) || IsSkippableAdverb(w) ||
         OneOf(w, {"expected", "set", "due", "scheduled", "going", "planning", "plans",
                   "planned", "plan", "hoping", "hopes", "hoped", "hope", "wants", "want",
                   "wanted", "agreed", "agree", "agrees", "refused", "refuses", "declined",
                   "declines", "failed", "fails", "open", "willing", "ready", "able",
                   "unable", "likely", "unlikely", "about", "poised", "keen", "eager",
                   "preparing", "prepared", "supposed", "slated", "tipped", "seeking",
                   "seeks", "sought", "seek", "tried", "tries", "try", "trying", "offered",
                   "offers", "promised", "promises", "vowed", "intends", "intended",
                   "aims", "aimed", "aim", "wish", "wishes", "wished", "would-be",
                   "then", "reportedly", "n't", "not", "also", "later", "first", "himself",
                   "herself", "themselves", "personally"});
}

bool IsSingularPersonPronoun(std::string_view w) { return OneOf(w, {"he", "she"}); }

bool IsPluralPronoun(std::string_view w) { return OneOf(w, {"they", "both"}); }

bool IsGroupHead(std::string_view w) {
  return OneOf(w, {"leaders", "officials", "heads", "counterparts", "ministers", "presidents",
                   "men", "women", "sides", "delegations", "envoys", "allies", "partners",
                   "governments", "countries", "nations", "powers", "diplomats",
                   "negotiators", "pair", "two", "chiefs", "premiers", "figures",
                   "representatives", "members", "statesmen", "politicians"});
}

bool IsNegatedContraction(std::string_view w) {
  return EndsWith(w, "n't") || EndsWith(w, "n\xE2\x80\x99t");
}

bool IsDash(std::string_view w) {
  return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94" || w == "--";
}

bool IsHardPunct(std::string_view w) {
  return OneOf(w, {";", ":", "(", ")", "[", "]", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D"});
}

}  // namespace words
}  // namespace eg
