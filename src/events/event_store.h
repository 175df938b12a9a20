// EventStore: the merged events, in output order, held in memory or spilled
// to disk, and read back in any order through a Reader.
//
// The merge's events grow with the corpus (undated reports never join across
// documents, so even identical copies of the same articles add events), and
// an event's mentions grow with the number of documents reporting it. In
// memory (the default: `eventgraph render`, tests) the store is a vector of
// Event. Spilled (Spill()), it writes each event to one unlinked temporary
// file and its mentions, with their document's id, path and date, to
// another: an event then costs 24 bytes of memory, and the renderers, which
// read the events one at a time, hold one event and a window of each file
// per Reader (not the whole corpus's evidence sentences).
//
// Writing is single-threaded; once Flush() has returned, any number of
// Readers (one per thread) may read concurrently. Errors are Status values
// naming the temporary directory: one that cannot be created (Spill), a write
// (kept, returned by Flush and status()), a read (kept, returned by
// status(); the event or mention reads as empty).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"
#include "events/event.h"

namespace eg {

// A mention as renderers see it: views valid during the visit only.
struct MentionRef {
  uint32_t doc_index = SourceMention::kNoDocIndex;
  std::string_view doc;  // the document's id
  // Whether path and dct are the document's: always for a spilled store's
  // mentions (the merge knew their document); for an in-memory event, the
  // document list has them (GraphData::Locate).
  bool located = false;
  std::string_view path, dct;
  uint32_t start = 0, end = 0;
  std::string_view text;
};

// Appends `m` as a spilled store keeps a mention (for the merge, which writes
// its mentions before it knows their event: EventStore::AddEncodedMention).
void EncodeMention(const MentionRef& m, std::string* out);

class EventStore {
 public:
  EventStore() = default;
  // A copy of a spilled store reads the same files (duplicated descriptors,
  // buffered bytes flushed first): copy a store once written.
  EventStore(const EventStore& o) { *this = o; }
  EventStore& operator=(const EventStore& o);
  EventStore(EventStore&& o) noexcept { *this = std::move(o); }
  EventStore& operator=(EventStore&& o) noexcept;
  ~EventStore();

  // From now on events go to temporary files in `dir` (empty: $TMPDIR, else
  // /tmp). Only on an empty store. Fails when a file cannot be created.
  Status Spill(const std::string& dir = "");
  bool spilled() const { return fields_fd_ >= 0; }
  size_t size() const { return spilled() ? slots_.size() : events_.size(); }
  bool empty() const { return size() == 0; }

  // Appends an event with its mentions.
  void Add(Event e);
  // Spilled only: appends an event (e.mentions ignored) whose mentions are
  // the records passed to AddEncodedMention() until the next BeginEvent.
  void BeginEvent(const Event& e);
  void AddEncodedMention(std::string_view record);
  // Writes out what is buffered: call before reading. The first error.
  Status Flush();
  Status status() const;
  // Whether a mention without its document's path and date was added.
  bool has_unlocated() const { return unlocated_ > 0; }

  // The events of an in-memory store (empty when spilled).
  const std::vector<Event>& memory() const { return events_; }
  std::vector<Event>& memory() { return events_; }
  // Bytes of memory held (not counting an in-memory store's events).
  size_t MemoryBytes() const { return slots_.capacity() * sizeof(Slot) + fields_out_.capacity() + mentions_out_.capacity(); }

  // Reads events and their mentions, in any order. One per thread: the
  // Event returned by Get() is valid until the next Get() of this Reader.
  class Reader {
   public:
    explicit Reader(const EventStore& s) : s_(s) {}
    // A spilled store's event comes without its mentions (ForEachMention).
    const Event& Get(size_t i);
    size_t MentionCount(size_t i) const;
    // Calls f for each mention of event i, in order, until f returns false.
    void ForEachMention(size_t i, const std::function<bool(const MentionRef&)>& f);

   private:
    struct Window {
      std::string buf;
      uint64_t base = 0;
    };
    // `n` bytes at file offset `at` of `fd`, read through `w`; null on error.
    const char* Need(int fd, uint64_t file_bytes, Window* w, uint64_t at, size_t n);
    const EventStore& s_;
    Event event_;
    size_t event_index_ = size_t(-1);  // of event_
    Window fields_, mentions_;
  };

 private:
  struct Slot {
    uint64_t fields_at = 0;    // the event's record in the fields file
    uint64_t mentions_at = 0;  // its first mention record in the mentions file
    uint32_t fields_bytes = 0;
    uint32_t mentions = 0;
  };
  void SetError(const std::string& what) const;
  void FlushFile(int fd, std::string* out, uint64_t* written, const char* what);
  std::vector<Event> events_;  // in memory
  std::vector<Slot> slots_;    // spilled
  int fields_fd_ = -1, mentions_fd_ = -1;
  std::string dir_;
  std::string fields_out_, mentions_out_;  // appended, not yet written
  uint64_t fields_written_ = 0, mentions_written_ = 0;
  size_t unlocated_ = 0;  // mentions added without their document
  mutable std::unique_ptr<Status> error_;  // the first error, under a lock
};

}  // namespace eg
