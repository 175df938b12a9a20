#include "render/json_writer.h"

#include <charconv>
#include <cstring>

#include <nlohmann/json.hpp>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eg {

namespace {

// Length of the well-formed UTF-8 sequence starting at s[i] (Unicode table
// 3-7: no overlong forms, surrogates or code points past U+10FFFF), or 0.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? uint8_t(s[i + k]) : uint8_t(0); };
  auto cont = [](uint8_t c, uint8_t lo = 0x80, uint8_t hi = 0xBF) { return c >= lo && c <= hi; };
  uint8_t c = at(0);
  if (c >= 0xC2 && c <= 0xDF) return cont(at(1)) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    uint8_t lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return cont(at(1), lo, hi) && cont(at(2)) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    uint8_t lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(at(1), lo, hi) && cont(at(2)) && cont(at(3)) ? 4 : 0;
  }
  return 0;
}

void Indent(std::string* out, int n) { out->append(size_t(n), ' '); }

// What AppendJsonString does with a byte: copy it (0), escape it (1), or
// check the UTF-8 sequence it starts (2).
struct JsonByteClass {
  uint8_t of[256] = {};
  constexpr JsonByteClass() {
    for (int c = 0; c < 0x20; ++c) of[c] = 1;
    of[int('"')] = 1;
    of[int('\\')] = 1;
    for (int c = 0x80; c < 0x100; ++c) of[c] = 2;
  }
};
constexpr JsonByteClass kJsonByte;

}  // namespace

void AppendJsonString(std::string* out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  const size_t start = out->size();
  out->push_back('"');
  size_t run = 0;  // start of the bytes copied as they are
  for (size_t i = 0; i < s.size();) {
#if defined(__SSE2__)
    // Sixteen bytes at a time up to the first one that is not copied as it
    // is (a control byte, '"', '\\' or a byte >= 0x80): the strings are
    // the quoted sentences, nearly all plain ASCII, and a byte at a time
    // cost ~5 instructions each.
    if (i + 16 <= s.size()) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      // Signed compare: bytes >= 0x80 are negative, below 0x20 too.
      const __m128i special =
          _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                       _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
      const unsigned m = unsigned(_mm_movemask_epi8(special));
      if (m == 0) {
        i += 16;
        continue;
      }
      i += size_t(__builtin_ctz(m));
    }
#endif
    const uint8_t c = uint8_t(s[i]);
    const uint8_t cls = kJsonByte.of[c];
    if (cls == 0) {
      ++i;
      continue;
    }
    if (cls == 2) {
      size_t n = Utf8SequenceLength(s, i);
      if (n == 0) {
        // Rare (the loader repairs documents): nlohmann decides the bytes.
        out->resize(start);
        std::string buf;
        nlohmann::detail::serializer<nlohmann::ordered_json> ser(
            nlohmann::detail::output_adapter<char, std::string>(buf), ' ',
            nlohmann::ordered_json::error_handler_t::replace);
        ser.dump(nlohmann::ordered_json(std::string(s)), false, false, 0);
        out->append(buf);
        return;
      }
      i += n;
      continue;
    }
    out->append(s.data() + run, i - run);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\t': out->append("\\t"); break;
      case '\n': out->append("\\n"); break;
      case '\f': out->append("\\f"); break;
      case '\r': out->append("\\r"); break;
      default: {
        const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(esc, sizeof esc);
      }
    }
    run = ++i;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void JsonObjectWriter::Key(std::string_view key) {
  const size_t indent = size_t(level_ + 1);
  // A key is a short literal of the writer's caller: separator,
  // indentation, quoted key and ": " go in with one append (four appends
  // and the escaping scan cost ~370 instructions a member). A key that
  // needs escaping, or a deep level, takes the general way.
  char buf[128];
  bool plain = key.size() + indent + 6 <= sizeof buf;
  for (size_t i = 0; i < key.size() && plain; ++i) plain = kJsonByte.of[uint8_t(key[i])] == 0;
  if (plain) {
    size_t n = 0;
    if (!empty_) buf[n++] = ',';
    buf[n++] = '\n';
    std::memset(buf + n, ' ', indent);
    n += indent;
    buf[n++] = '"';
    std::memcpy(buf + n, key.data(), key.size());
    n += key.size();
    buf[n++] = '"';
    buf[n++] = ':';
    buf[n++] = ' ';
    out_->append(buf, n);
    empty_ = false;
    return;
  }
  out_->append(empty_ ? "\n" : ",\n");
  empty_ = false;
  Indent(out_, level_ + 1);
  AppendJsonString(out_, key);
  out_->append(": ");
}

void JsonObjectWriter::String(std::string_view key, std::string_view value) {
  Key(key);
  AppendJsonString(out_, value);
}

void JsonObjectWriter::StringOrNull(std::string_view key, std::string_view value) {
  Key(key);
  if (value.empty())
    out_->append("null");
  else
    AppendJsonString(out_, value);
}

void JsonObjectWriter::Bool(std::string_view key, bool value) {
  Key(key);
  out_->append(value ? "true" : "false");
}

// (std::to_chars into a buffer: std::to_string built a string to append.)
void JsonObjectWriter::Unsigned(std::string_view key, uint64_t value) {
  Key(key);
  char buf[24];
  out_->append(buf, size_t(std::to_chars(buf, buf + sizeof buf, value).ptr - buf));
}

void JsonObjectWriter::Int(std::string_view key, int64_t value) {
  Key(key);
  char buf[24];
  out_->append(buf, size_t(std::to_chars(buf, buf + sizeof buf, value).ptr - buf));
}

void JsonObjectWriter::StringArray(std::string_view key, const std::vector<std::string>& values) {
  Key(key);
  JsonArrayWriter a(out_, member_level(), values.size());
  for (size_t i = 0; i < values.size(); ++i) {
    a.Element(i);
    AppendJsonString(out_, values[i]);
  }
  a.End();
}

void JsonObjectWriter::Close() {
  if (empty_) {
    out_->push_back('}');
    return;
  }
  out_->push_back('\n');
  Indent(out_, level_);
  out_->push_back('}');
}

JsonArrayWriter::JsonArrayWriter(std::string* out, int member_level, size_t n)
    : out_(out), level_(member_level), n_(n) {
  out_->append(n_ == 0 ? "[]" : "[\n");
}

void JsonArrayWriter::Element(size_t i) {
  if (i > 0) out_->append(",\n");
  Indent(out_, level_ + 1);
}

void JsonArrayWriter::End() {
  if (n_ == 0) return;
  out_->push_back('\n');
  Indent(out_, level_);
  out_->push_back(']');
}

}  // namespace eg
