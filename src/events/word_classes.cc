#include "events/word_classes.h"

#include <initializer_list>

#include "text/word_set.h"

namespace eg {
namespace words {

namespace {

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsDeterminer(std::string_view w) {
  return [&] { static const WordSet kSet{"a", "an", "the", "this", "that", "these", "those", "their", "his", "her",
                   "its", "our", "my", "your", "another", "any", "some", "each", "every",
                   "no", "such"}; return kSet.Has(w); }();
}

bool IsBe(std::string_view w) {
  return [&] { static const WordSet kSet{"is", "are", "was", "were", "be", "been", "being", "am"}; return kSet.Has(w); }();
}

bool IsAuxiliary(std::string_view w) {
  return IsBe(w) || [&] { static const WordSet kSet{"will", "would", "could", "should", "might", "may", "can",
                              "shall", "must", "did", "do", "does", "has", "have", "had",
                              "to", "not", "never", "got", "get", "gets"}; return kSet.Has(w); }() ||
         IsNegatedContraction(w);
}

bool IsPreposition(std::string_view w) {
  return [&] { static const WordSet kSet{"to", "of", "for", "from", "with", "by", "in", "on", "at", "about",
                   "against", "toward", "towards", "over", "under", "than", "like", "into",
                   "onto", "upon", "without", "within", "among", "amid", "between",
                   "through", "via", "per", "despite", "during", "following", "behind",
                   "beyond", "across", "around", "near", "unlike", "versus", "vs"}; return kSet.Has(w); }();
}

bool IsClauseOpener(std::string_view w) {
  return [&] { static const WordSet kSet{"which", "who", "whom", "whose", "that", "but", "while", "whereas",
                   "although", "though", "because", "since", "after", "before", "when",
                   "where", "if", "unless", "said", "says", "say", "told", "tells",
                   "according", "whether", "until", "once", "so", "yet", "however",
                   "claimed", "claims", "insisted", "argued", "noted", "added", "wrote",
                   "stated", "reported", "announced", "believe", "believes", "think",
                   "thinks", "thought", "following", "during", "amid", "ahead"}; return kSet.Has(w); }();
}

bool IsSkippableAdverb(std::string_view w) {
  if (w.size() > 4 && EndsWith(w, "ly") && ![&] { static const WordSet kSet{"only", "early", "daily", "weekly",
                                                      "ally", "italy", "rally", "family"}; return kSet.Has(w); }())
    return true;
  return [&] { static const WordSet kSet{"also", "then", "later", "again", "first", "last", "already", "just",
                   "once", "still", "even", "soon", "now", "both", "all", "together",
                   "too", "ever", "yet", "subsequently", "previously", "recently",
                   "finally", "eventually", "reportedly", "allegedly", "apparently",
                   "reluctantly", "briefly", "personally", "directly", "formally",
                   "privately", "secretly", "publicly", "separately", "jointly",
                   "meanwhile", "today", "tonight", "yesterday", "tomorrow"}; return kSet.Has(w); }();
}

bool IsSubjectVerbFiller(std::string_view w) {
  return IsAuxiliary(w) || IsSkippableAdverb(w) ||
         [&] { static const WordSet kSet{"expected", "set", "due", "scheduled", "going", "planning", "plans",
                   "planned", "plan", "hoping", "hopes", "hoped", "hope", "wants", "want",
                   "wanted", "agreed", "agree", "agrees", "refused", "refuses", "declined",
                   "declines", "failed", "fails", "open", "willing", "ready", "able",
                   "unable", "likely", "unlikely", "about", "poised", "keen", "eager",
                   "preparing", "prepared", "supposed", "slated", "tipped", "seeking",
                   "seeks", "sought", "seek", "tried", "tries", "try", "trying", "offered",
                   "offers", "promised", "promises", "vowed", "intends", "intended",
                   "aims", "aimed", "aim", "wish", "wishes", "wished", "would-be",
                   "then", "reportedly", "n't", "not", "also", "later", "first", "himself",
                   "herself", "themselves", "personally"}; return kSet.Has(w); }();
}

bool IsSingularPersonPronoun(std::string_view w) { return [&] { static const WordSet kSet{"he", "she"}; return kSet.Has(w); }(); }

bool IsPluralPronoun(std::string_view w) { return [&] { static const WordSet kSet{"they", "both"}; return kSet.Has(w); }(); }

bool IsGroupHead(std::string_view w) {
  return [&] { static const WordSet kSet{"leaders", "officials", "heads", "counterparts", "ministers", "presidents",
                   "men", "women", "sides", "delegations", "envoys", "allies", "partners",
                   "governments", "countries", "nations", "powers", "diplomats",
                   "negotiators", "pair", "two", "chiefs", "premiers", "figures",
                   "representatives", "members", "statesmen", "politicians"}; return kSet.Has(w); }();
}

bool IsMemberGroupNoun(std::string_view w) {
  static const WordSet kSet{"leaders", "members", "allies", "heads", "ministers", "countries",
                            "nations", "governments", "partners", "states", "premiers",
                            "presidents", "chiefs", "counterparts"};
  return kSet.Has(w);
}

bool IsNegatedContraction(std::string_view w) {
  return EndsWith(w, "n't") || EndsWith(w, "n\xE2\x80\x99t");
}

bool IsDash(std::string_view w) {
  return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94" || w == "--";
}

bool IsHardPunct(std::string_view w) {
  // Asked about every token: a switch on one byte beats hashing.
  if (w.size() == 1) {
    switch (w[0]) {
      case ';': case ':': case '(': case ')': case '[': case ']': case '"': return true;
      default: return false;
    }
  }
  return w.size() == 3 && (w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D");
}

}  // namespace words
}  // namespace eg
