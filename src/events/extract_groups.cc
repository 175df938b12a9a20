// Groups whose members the text names ("european leaders" -> Merz, Macron).
// Members of the Extractor (events/extractor.h).
#include "events/extractor.h"

namespace eg {
namespace extract_detail {

std::string_view Extractor::GroupKeyView(uint32_t head) const {
  key_buf_.clear();
  if (head > begin_ && t_.tokens[head - 1].kind == TokenKind::kWord) {
    key_buf_.append(W(head - 1));
    key_buf_.push_back(' ');
  }
  key_buf_.append(W(head));
  return key_buf_;
}

// First byte -> lengths (bit n: n bytes) of the words that open a group's
// member list: "including", "(", "such" (as), dashes "-", "--", "–", "—".
constexpr std::array<uint16_t, 256> GroupListOpeners() {
  std::array<uint16_t, 256> a{};
  a['i'] = 1 << 9;
  a['('] = 1 << 1;
  a['s'] = 1 << 4;
  a['-'] = (1 << 1) | (1 << 2);
  a[0xE2] = 1 << 3;
  return a;
}
constexpr std::array<uint16_t, 256> kGroupListOpener = GroupListOpeners();

// Groups whose members the text names ("European leaders, including Merz
// and Macron"), so that a later "European leaders" brings them in.
void Extractor::CollectGroups() {
  for (uint32_t s = 0; s < t_.sentences.size(); ++s) {
    begin_ = t_.sentences[s].first_token;
    end_ = std::min<uint32_t>(t_.sentences[s].end_token, uint32_t(t_.tokens.size()));
    // Walk the token q that GroupMembersRight tests first ("including", "(",
    // a dash, "such as"): almost none passes its first-byte test. The group
    // head k is the token before it, or before a comma before it.
    const Token* toks = t_.tokens.data();
    const char* lower = t_.lower.data();
    auto opener = [&](uint32_t q) {
      uint32_t len = toks[q].end - toks[q].start;
      return len != 0 && len <= 9 &&
             ((kGroupListOpener[uint8_t(lower[toks[q].start])] >> len) & 1);
    };
    for (uint32_t q = begin_ + 1; q < end_; ++q) {
      while (q < end_ && !opener(q)) ++q;  // nearly every token: pointers in registers
      if (q >= end_) break;
      Word w = W(q);
      if (!(w == "including" || w == "(" || words::IsDash(w) ||
            (q + 1 < end_ && w == "such" && W(q + 1) == "as")))
        continue;
      uint32_t k = q - 1;
      if (W(k) == ",") {
        if (k == begin_) continue;
        --k;
      }
      if (Cap(k) || !GroupHeadAt(k) || W(k) == "two" || W(k) == "pair") continue;
      std::vector<uint32_t> members;
      if (GroupMembersRight(k + 1, &members) != k + 1 && members.size() >= 2) {
        auto& g = group_members_[GroupKey(k)];
        for (uint32_t e : members) AddOnce(&g, e);
      }
    }
  }
}

const std::vector<uint32_t>* Extractor::GroupMembers(uint32_t head) const {
  if (!groups_collected_) {
    // Collected by an extractor of their own, in the state before the
    // first sentence (no candidates, no events yet): the answers do not
    // depend on which question came first. Its own questions on the way
    // (a group inside a member list) read what it has collected so far.
    groups_collected_ = true;
    Extractor collector(*this, SharedTables{});
    collector.groups_collected_ = true;
    collector.CollectGroups();
    group_members_ = std::move(collector.group_members_);
  }
  if (!group_members_.empty()) {
    auto g = group_members_.find(GroupKeyView(head));
    if (g != group_members_.end()) return &g->second;
  }
  return TitledGroup(head);
}

// "Carney sat down with the premiers": a definite plural of a title whose
// members no list names stands for the persons the document titles so,
// the title written with a capital before the name ("Alberta Premier
// Danielle Smith", "Ontario Premier Doug Ford"); three of them at least,
// so that a title two persons share is no group ("the two leaders" has
// rules of its own). A modifier between "the" and the noun ("the state
// premiers") must not be a number or "other": those count or exclude.
const std::vector<uint32_t>* Extractor::TitledGroup(uint32_t head) const {
  const Word h = W(head);
  if (Cap(head) || h.size() < 5 || !h.EndsWith("s") || head <= begin_) return nullptr;
  // "the finance ministers and central bank heads of Canada, France ...",
  // "the premiers from the west": the phrase says whose they are itself.
  if (head + 1 < end_ && (W(head + 1) == "of" || W(head + 1) == "and" || W(head + 1) == "from"))
    return nullptr;
  uint32_t d = head - 1;
  if (W(d) != "the") {
    if (d <= begin_ || W(d - 1) != "the" || Cap(d) || t_.tokens[d].kind != TokenKind::kWord ||
        W(d) == "other" || CountWord(W(d)) > 0 || W(d) == "two" || W(d) == "both")
      return nullptr;
  }
  const std::string_view singular(h.data(), h.size() - 1);
  // The word before the title in the mention: the group's modifier when it
  // has one ("the finance ministers": "Finance Minister X"), else no word
  // of another title ("the ministers" are not "Prime Minister X").
  const std::string_view modifier = W(d) == "the" ? std::string_view() : std::string_view(W(d));
  auto title_before_ok = [&](uint32_t first, uint32_t k) {
    const bool has = k > first && k > 0;
    if (!modifier.empty()) return has && std::string_view(W(k - 1)) == modifier;
    return !(has && (ClassesAt(k - 1) & words::kTitleWord));
  };
  std::vector<uint32_t> found;
  for (const ActorMention& m : a_.mentions) {
    if (KindOf(m.entity) != ActorKind::kPerson) continue;
    for (uint32_t k = m.first_token; k + 1 < m.end_token; ++k)
      if (Cap(k) && std::string_view(W(k)) == singular && title_before_ok(m.first_token, k)) {
        AddOnce(&found, m.entity);
        break;
      }
  }
  if (found.size() < 3) return nullptr;
  std::vector<uint32_t>& g = group_members_[std::string("\x01") + std::string(h)];
  g = std::move(found);
  return &g;
}

}  // namespace extract_detail
}  // namespace eg
