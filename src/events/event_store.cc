#include "events/event_store.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <mutex>

#include "corpus/temp_file.h"
#include "events/record_codec.h"

namespace eg {

namespace {

constexpr size_t kChunk = size_t(256) << 10;  // write granularity
constexpr size_t kWindow = size_t(32) << 10;  // read granularity

std::mutex error_mu;

// Record layouts, native byte order (the files never outlive the process),
// str = u32 length + bytes, each record led by its u32 length:
//   event:   str id, type, date, date_text, place, summary; u8 interaction,
//            u8 status; u32 n + n str alt_dates; u32 n + n str participants
//   mention: u32 doc_index, start, end; u8 located; str doc, path, dct, text

// Every field of Event but `mentions` is written and read back. (The size
// of the struct on x86-64 Linux; elsewhere the check is skipped.)
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Event) == 280,
              "Event changed: update EncodeEvent and Parser::Event in event_store.cc");
#endif

void EncodeEvent(const Event& e, std::string* o) {
  const size_t at = o->size();
  PutU32(o, 0);
  for (const std::string* s : {&e.id, &e.type, &e.date, &e.date_text, &e.place, &e.summary})
    PutStr(o, *s);
  o->push_back(char(e.interaction));
  o->push_back(char(e.status));
  PutU32(o, uint32_t(e.alt_dates.size()));
  for (const auto& s : e.alt_dates) PutStr(o, s);
  PutU32(o, uint32_t(e.participants.size()));
  for (const auto& s : e.participants) PutStr(o, s);
  const uint32_t n = uint32_t(o->size() - at - 4);
  std::memcpy(&(*o)[at], &n, 4);
}

// What a mention of an in-memory event gives a reader (views into `m`).
MentionRef RefTo(const SourceMention& m) {
  MentionRef r;
  r.doc_index = m.doc_index;
  r.doc = m.doc;
  r.start = m.start;
  r.end = m.end;
  r.text = m.text.str();
  return r;
}

// Reads the fields of a record; false when the bytes end early.
class Parser : public RecordReader {
 public:
  using RecordReader::RecordReader;
  bool Event(eg::Event* e) {
    uint8_t interaction, status;
    for (std::string* s : {&e->id, &e->type, &e->date, &e->date_text, &e->place, &e->summary})
      if (!Str(s)) return false;
    if (!U8(&interaction) || !U8(&status)) return false;
    e->interaction = interaction;
    e->status = EventStatus(status);
    return Strs(&e->alt_dates) && Strs(&e->participants);
  }
  bool Mention(MentionRef* m) {
    uint8_t located;
    if (!U32(&m->doc_index) || !U32(&m->start) || !U32(&m->end) || !U8(&located)) return false;
    m->located = located;
    return View(&m->doc) && View(&m->path) && View(&m->dct) && View(&m->text);
  }
};

}  // namespace

void EncodeMention(const MentionRef& m, std::string* o) {
  const size_t at = o->size();
  PutU32(o, 0);
  PutU32(o, m.doc_index);
  PutU32(o, m.start);
  PutU32(o, m.end);
  o->push_back(char(m.located));
  PutStr(o, m.doc);
  PutStr(o, m.path);
  PutStr(o, m.dct);
  PutStr(o, m.text);
  const uint32_t n = uint32_t(o->size() - at - 4);
  std::memcpy(&(*o)[at], &n, 4);
}

EventStore& EventStore::operator=(EventStore&& o) noexcept {
  if (this == &o) return *this;
  if (fields_fd_ >= 0) ::close(fields_fd_);
  if (mentions_fd_ >= 0) ::close(mentions_fd_);
  events_ = std::move(o.events_);
  slots_ = std::move(o.slots_);
  fields_fd_ = o.fields_fd_;
  mentions_fd_ = o.mentions_fd_;
  dir_ = std::move(o.dir_);
  fields_out_ = std::move(o.fields_out_);
  mentions_out_ = std::move(o.mentions_out_);
  fields_written_ = o.fields_written_;
  mentions_written_ = o.mentions_written_;
  unlocated_ = o.unlocated_;
  error_ = std::move(o.error_);
  o.fields_fd_ = o.mentions_fd_ = -1;
  o.events_.clear();
  o.slots_.clear();
  o.fields_written_ = o.mentions_written_ = 0;
  o.unlocated_ = 0;
  return *this;
}

EventStore& EventStore::operator=(const EventStore& o) {
  if (this == &o) return *this;
  EventStore copy;
  copy.events_ = o.events_;
  copy.slots_ = o.slots_;
  copy.dir_ = o.dir_;
  if (o.spilled()) {
    // The bytes still buffered are written first: const_cast, as the
    // store's contents do not change.
    const_cast<EventStore&>(o).Flush();
    copy.fields_fd_ = ::dup(o.fields_fd_);
    copy.mentions_fd_ = ::dup(o.mentions_fd_);
    if (copy.fields_fd_ < 0 || copy.mentions_fd_ < 0) copy.SetError("cannot share the temporary files of the merged events");
    copy.fields_written_ = o.fields_written_;
    copy.mentions_written_ = o.mentions_written_;
    copy.unlocated_ = o.unlocated_;
  }
  if (o.error_) copy.error_ = std::make_unique<Status>(*o.error_);
  return *this = std::move(copy);
}

EventStore::~EventStore() {
  if (fields_fd_ >= 0) ::close(fields_fd_);
  if (mentions_fd_ >= 0) ::close(mentions_fd_);
}

Status EventStore::Spill(const std::string& dir) {
  if (spilled()) return Status::OK();
  if (!events_.empty()) return Status::InvalidInput("EventStore::Spill: the store is not empty");
  int f = -1, m = -1;
  Status s = OpenTempFile(dir, "the merged events", &f, &dir_);
  if (s.ok()) s = OpenTempFile(dir, "the merged events' mentions", &m, &dir_);
  if (!s.ok()) {
    if (f >= 0) ::close(f);
    return s;
  }
  fields_fd_ = f;
  mentions_fd_ = m;
  return Status::OK();
}

void EventStore::SetError(const std::string& what) const {
  std::lock_guard<std::mutex> lock(error_mu);
  if (!error_) error_ = std::make_unique<Status>(Status::IOError(dir_ + ": " + what));
}

Status EventStore::status() const {
  std::lock_guard<std::mutex> lock(error_mu);
  return error_ ? *error_ : Status::OK();
}

void EventStore::FlushFile(int fd, std::string* out, uint64_t* written, const char* what) {
  if (out->empty()) return;
  if (int e = WriteAllAt(fd, out->data(), out->size(), *written))
    SetError(std::string("cannot write the temporary file of ") + what + ": " + std::strerror(e));
  *written += out->size();
  out->clear();
}

Status EventStore::Flush() {
  if (spilled()) {
    FlushFile(fields_fd_, &fields_out_, &fields_written_, "the merged events");
    FlushFile(mentions_fd_, &mentions_out_, &mentions_written_, "the merged events' mentions");
    std::string().swap(fields_out_);
    std::string().swap(mentions_out_);
  }
  return status();
}

void EventStore::Add(Event e) {
  if (!spilled()) {
    events_.push_back(std::move(e));
    return;
  }
  BeginEvent(e);
  std::string record;
  for (const SourceMention& m : e.mentions) {
    record.clear();
    EncodeMention(RefTo(m), &record);
    AddEncodedMention(record);
  }
}

void EventStore::BeginEvent(const Event& e) {
  if (!spilled()) return;
  Slot s;
  s.fields_at = fields_written_ + fields_out_.size();
  s.mentions_at = mentions_written_ + mentions_out_.size();
  const size_t before = fields_out_.size();
  EncodeEvent(e, &fields_out_);
  s.fields_bytes = uint32_t(fields_out_.size() - before);
  slots_.push_back(s);
  if (fields_out_.size() >= kChunk)
    FlushFile(fields_fd_, &fields_out_, &fields_written_, "the merged events");
}

void EventStore::AddEncodedMention(std::string_view record) {
  if (!spilled() || slots_.empty()) return;
  // The `located` byte follows the length, document index, start and end.
  if (record.size() > 16 && record[16] == 0) ++unlocated_;
  mentions_out_.append(record);
  ++slots_.back().mentions;
  if (mentions_out_.size() >= kChunk)
    FlushFile(mentions_fd_, &mentions_out_, &mentions_written_, "the merged events' mentions");
}

const char* EventStore::Reader::Need(int fd, uint64_t file_bytes, Window* w, uint64_t at,
                                     size_t n) {
  if (at >= w->base && at + n <= w->base + w->buf.size()) return w->buf.data() + (at - w->base);
  if (at + n > file_bytes) return nullptr;
  const size_t len = size_t(std::min<uint64_t>(std::max(n, kWindow), file_bytes - at));
  w->buf.resize(len);
  w->base = at;
  if (ReadAllAt(fd, w->buf.data(), len, at) != 0) {
    w->buf.clear();
    return nullptr;
  }
  return w->buf.data();
}

const Event& EventStore::Reader::Get(size_t i) {
  if (!s_.spilled()) return s_.events_[i];
  if (i == event_index_) return event_;
  event_index_ = i;
  const Slot& slot = s_.slots_[i];
  const char* p = Need(s_.fields_fd_, s_.fields_written_, &fields_, slot.fields_at,
                       slot.fields_bytes);
  if (!p || !Parser(p + 4, slot.fields_bytes - 4).Event(&event_)) {
    s_.SetError("cannot read back the temporary file of the merged events at byte " +
                std::to_string(slot.fields_at));
    event_ = Event();
  }
  return event_;
}

size_t EventStore::Reader::MentionCount(size_t i) const {
  return s_.spilled() ? s_.slots_[i].mentions : s_.events_[i].mentions.size();
}

void EventStore::Reader::ForEachMention(size_t i,
                                        const std::function<bool(const MentionRef&)>& f) {
  if (!s_.spilled()) {
    for (const SourceMention& m : s_.events_[i].mentions) {
      if (!f(RefTo(m))) return;
    }
    return;
  }
  const Slot& slot = s_.slots_[i];
  uint64_t at = slot.mentions_at;
  for (uint32_t k = 0; k < slot.mentions; ++k) {
    uint32_t len = 0;
    const char* p = Need(s_.mentions_fd_, s_.mentions_written_, &mentions_, at, 4);
    if (p) std::memcpy(&len, p, 4);
    if (p) p = Need(s_.mentions_fd_, s_.mentions_written_, &mentions_, at, 4 + size_t(len));
    MentionRef r;
    if (!p || !Parser(p + 4, len).Mention(&r)) {
      s_.SetError("cannot read back the temporary file of the merged events' mentions at byte " +
                  std::to_string(at));
      return;
    }
    if (!f(r)) return;
    at += 4 + uint64_t(len);
  }
}

}  // namespace eg
