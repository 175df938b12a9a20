#include "events/mention_spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "corpus/temp_file.h"
#include "events/record_codec.h"

namespace eg {

namespace {

constexpr size_t kChunk = size_t(256) << 10;  // write and read granularity
constexpr char kDocTag = 'D', kMentionTag = 'M';

// Record layout, native byte order (the file never outlives the process):
//   document: 'D' u64 doc, u32 record bytes, str id, str path, str dct
//   mention:  'M' u8 rank, u32 payload bytes, payload (PutMention)
// where str is u32 length + bytes.

// Every field of EventMention is written and read back: a field added to it
// must be added here too, or the merge would see it empty. (The size of the
// struct on x86-64 Linux; elsewhere the check is skipped.) Not the
// visit fields (seat_visit, visit_*): resolved and cleared before the merge.
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(EventMention) == 264,
              "EventMention changed: update PutMention and Parser::Mention in mention_spill.cc");
#endif

void PutMention(std::string* o, const EventMention& m) {
  PutStr(o, m.type);
  PutStr(o, m.date);
  PutStr(o, m.date_text);
  PutStr(o, m.place);
  PutStr(o, m.Text());
  PutStr(o, m.trigger);
  const uint32_t nums[] = {m.start, m.end, m.sentence, m.trigger_first, m.trigger_end,
                           uint32_t(m.participants.size())};
  for (uint32_t v : nums) PutU32(o, v);
  for (uint32_t p : m.participants) PutU32(o, p);
  const char flags[] = {char(m.status), char(m.interaction), char(m.date_inherited),
                        char(m.headline), char(m.anterior)};
  o->append(flags, sizeof flags);
}

// Reads what PutMention wrote; false when the bytes end early.
class Parser : public RecordReader {
 public:
  using RecordReader::RecordReader;
  bool Mention(EventMention* m, std::string* text) {
    uint32_t nums[6];
    uint8_t flags[5];
    if (!Str(&m->type) || !Str(&m->date) || !Str(&m->date_text) || !Str(&m->place) ||
        !Str(text) || !Str(&m->trigger))
      return false;
    for (uint32_t& v : nums)
      if (!U32(&v)) return false;
    m->start = nums[0];
    m->end = nums[1];
    m->sentence = nums[2];
    m->trigger_first = nums[3];
    m->trigger_end = nums[4];
    m->participants.resize(nums[5]);
    for (uint32_t& p : m->participants)
      if (!U32(&p)) return false;
    for (uint8_t& f : flags)
      if (!U8(&f)) return false;
    m->status = EventStatus(flags[0]);
    m->interaction = flags[1];
    m->date_inherited = flags[2];
    m->headline = flags[3];
    m->anterior = flags[4];
    return true;
  }
};

}  // namespace

MentionSpill::~MentionSpill() {
  if (fd_ >= 0) ::close(fd_);
}

Status MentionSpill::Open(const std::string& dir) {
  error_ = OpenTempFile(dir, "the event mentions", &fd_, &dir_);
  return error_;
}

void MentionSpill::Add(size_t doc, std::string_view doc_id,
                       const std::vector<EventMention>& mentions) {
  DocumentInfo info;
  info.id = std::string(doc_id);
  Add(doc, info, mentions);
}

void MentionSpill::Add(size_t doc, const DocumentInfo& info,
                       const std::vector<EventMention>& mentions) {
  if (mentions.empty() || fd_ < 0 || !error_.ok()) return;
  // One document's records are made apart, so the buffer of the file never
  // grows past its chunk (a string that outgrows it doubles).
  rec_.clear();
  rec_.push_back(kDocTag);
  PutU64(&rec_, doc);
  const size_t at = rec_.size();
  PutU32(&rec_, 0);
  PutStr(&rec_, info.id);
  PutStr(&rec_, info.path);
  PutStr(&rec_, info.dct);
  const uint32_t n = uint32_t(rec_.size() - at - 4);
  std::memcpy(&rec_[at], &n, 4);
  for (const auto& m : mentions) {
    rec_.push_back(kMentionTag);
    rec_.push_back(char(MergeRank(m)));
    const size_t at = rec_.size();
    PutU32(&rec_, 0);
    PutMention(&rec_, m);
    const uint32_t n = uint32_t(rec_.size() - at - 4);
    std::memcpy(&rec_[at], &n, 4);
  }
  ++documents_;
  mentions_ += mentions.size();
  if (out_.size() + rec_.size() > kChunk) Flush();
  if (rec_.size() > kChunk) {
    // A document of more than a chunk of mentions: written at once.
    out_.swap(rec_);
    Flush();
    out_.swap(rec_);
    std::string().swap(rec_);
  } else {
    if (out_.capacity() < kChunk) out_.reserve(kChunk);
    out_.append(rec_);
  }
}

void MentionSpill::Flush() {
  if (error_.ok()) {
    if (int e = WriteAllAt(fd_, out_.data(), out_.size(), written_))
      error_ = Status::IOError(dir_ + ": cannot write the temporary file of the event mentions: " +
                               std::strerror(e));
  }
  written_ += out_.size();
  out_.clear();
}

Status MentionSpill::ForEach(int rank, const Visitor& f) {
  return ForEachWithDocument(rank, [&](size_t doc, const DocumentInfo& info,
                                       const EventMention& m) { f(doc, info.id, m); });
}

Status MentionSpill::ForEachWithDocument(int rank, const DocVisitor& f) {
  if (fd_ < 0 && error_.ok()) return Status::IOError("event mentions: temporary file not open");
  if (!out_.empty()) Flush();
  if (!error_.ok()) return error_;
  // A window on the file: `buf` holds the bytes from file offset `base`.
  std::string buf;
  uint64_t base = 0;
  size_t pos = 0;
  auto need = [&](size_t n) -> bool {
    if (pos + n <= buf.size()) return true;
    const uint64_t off = base + pos;
    if (off + n > written_) return false;
    size_t len = size_t(std::min<uint64_t>(std::max(n, kChunk), written_ - off));
    buf.resize(len);
    if (ReadAllAt(fd_, buf.data(), len, off) != 0) return false;
    base = off;
    pos = 0;
    return true;
  };
  auto corrupt = [&] {
    return Status::IOError(dir_ + ": cannot read back the temporary file of the event mentions " +
                           "at byte " + std::to_string(base + pos));
  };
  std::string text;
  DocumentInfo info;
  uint64_t doc = 0;
  EventMention m;
  // The sentence's buffer, reused while no visitor keeps it: pooling every
  // text (ShareText: a hash, a lock and an allocation) was a sixth of the
  // merge's passes, which are serial.
  std::shared_ptr<std::string> own;
  while (base + pos < written_) {
    if (!need(1)) return corrupt();
    const char tag = buf[pos];
    if (tag == kDocTag) {
      if (!need(13)) return corrupt();
      uint32_t len;
      std::memcpy(&doc, &buf[pos + 1], 8);
      std::memcpy(&len, &buf[pos + 9], 4);
      if (!need(13 + size_t(len))) return corrupt();
      Parser p(&buf[pos + 13], len);
      if (!p.Str(&info.id) || !p.Str(&info.path) || !p.Str(&info.dct)) return corrupt();
      pos += 13 + size_t(len);
    } else if (tag == kMentionTag) {
      if (!need(6)) return corrupt();
      const int r = uint8_t(buf[pos + 1]);
      uint32_t len;
      std::memcpy(&len, &buf[pos + 2], 4);
      if (rank < 0 || r == rank) {
        if (!need(6 + size_t(len))) return corrupt();
        Parser p(&buf[pos + 6], len);
        if (!p.Mention(&m, &text)) return corrupt();
        m.text = nullptr;
        if (!text.empty()) {
          if (!own || own.use_count() > 1) own = std::make_shared<std::string>();
          own->swap(text);
          m.text = own;
        }
        f(size_t(doc), info, m);
      }
      // Skipped records need not be in the window: the next need() rereads.
      if (pos + 6 + size_t(len) <= buf.size()) {
        pos += 6 + size_t(len);
      } else {
        base += pos + 6 + size_t(len);
        pos = 0;
        buf.clear();
      }
    } else {
      return corrupt();
    }
  }
  return Status::OK();
}

}  // namespace eg
