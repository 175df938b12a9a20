// MentionSpill: the event mentions of every document, kept on disk until the
// merge instead of in memory.
//
// The merge needs every mention of the corpus at once (a report joins an
// event any earlier document started), so until then they grew memory with
// the corpus. The extractor's fold appends each document's mentions here, in
// input order, to an unlinked temporary file (nothing is left on disk
// whatever happens to the process); the merge reads them back in passes
// (MergeSpilledEvents, events/event.h), one mention at a time.
//
// Errors are Status values naming the temporary directory: one that cannot
// be created (TMPDIR not writable), a full disk, a failed read.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/document.h"
#include "corpus/status.h"
#include "events/event.h"

namespace eg {

class MentionSpill {
 public:
  MentionSpill() = default;
  MentionSpill(const MentionSpill&) = delete;
  MentionSpill& operator=(const MentionSpill&) = delete;
  ~MentionSpill();

  // Creates the file in `dir`; empty: $TMPDIR, else /tmp.
  Status Open(const std::string& dir = "");
  // Appends the mentions of document `doc` (its index among all documents,
  // as ActorTable::entity_to_actor counts them). A write error is kept and
  // returned by the next ForEach().
  void Add(size_t doc, std::string_view doc_id, const std::vector<EventMention>& mentions);
  // The same, keeping the document's path and date too (ForEachWithDocument),
  // so that the merged events can cite their documents without the list of
  // all documents.
  void Add(size_t doc, const DocumentInfo& info, const std::vector<EventMention>& mentions);
  // What was appended so far.
  size_t documents() const { return documents_; }
  size_t mentions() const { return mentions_; }
  uint64_t bytes() const { return written_ + out_.size(); }

  // Calls f(doc, doc_id, mention) for every mention in the order they were
  // added, or, with rank >= 0, for those of MergeRank() == rank only (the
  // others are skipped unread). A mention's text is not pooled (ShareText):
  // one that f keeps is its own copy, never changed afterwards; to share it
  // with equal sentences, keep SharedText(m.Text()).
  using Visitor = std::function<void(size_t doc, const std::string& doc_id, const EventMention& m)>;
  Status ForEach(int rank, const Visitor& f);
  // The same, with the document's id, path and dct (empty when added by id
  // only; dct_source is not kept).
  using DocVisitor =
      std::function<void(size_t doc, const DocumentInfo& info, const EventMention& m)>;
  Status ForEachWithDocument(int rank, const DocVisitor& f);

 private:
  void Flush();
  std::string dir_;
  int fd_ = -1;
  std::string out_;       // appended, not yet written (at most a chunk)
  std::string rec_;       // the records of the document being added
  uint64_t written_ = 0;  // bytes in the file
  size_t documents_ = 0, mentions_ = 0;
  Status error_;
};

}  // namespace eg
