// The posext/2 writer: by hand rather than through a DOM, so that writing costs
// one pass and no allocation per item.
#include <posext/json.hpp>
#include <posext/version.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/ascii.hpp"

namespace posext {
namespace {

// The writer's output: appends are inline and check capacity once, where std::string's append
// is a call into the library for each key and mark.
class Output {
public:
    explicit Output(std::size_t capacity) { buffer_.resize(capacity); }

    void push_back(char c) {
        if (size_ == buffer_.size()) grow(1);
        buffer_[size_++] = c;
    }
    void append(std::string_view s) {
        if (buffer_.size() - size_ < s.size()) grow(s.size());
        std::memcpy(buffer_.data() + size_, s.data(), s.size());
        size_ += s.size();
    }
    void append(const char* data, std::size_t size) { append(std::string_view(data, size)); }
    // Room for `size` more bytes, to be written through the pointer and then committed.
    char* tail(std::size_t size) {
        if (buffer_.size() - size_ < size) grow(size);
        return buffer_.data() + size_;
    }
    void commit(const char* end) { size_ = static_cast<std::size_t>(end - buffer_.data()); }
    void append(const char* begin, const char* end) { append(std::string_view(begin, static_cast<std::size_t>(end - begin))); }

    std::string finish() && {
        buffer_.resize(size_);
        return std::move(buffer_);
    }

private:
    void grow(std::size_t more) { buffer_.resize(std::max(buffer_.size() * 2, size_ + more)); }

    std::string buffer_;
    std::size_t size_ = 0;
};

// Bytes a JSON string cannot hold as they are: control bytes, '"', '\\', and non-ASCII (checked as UTF-8).
constexpr auto special_bytes = [] {
    std::array<bool, 256> table{};
    for (std::size_t c = 0; c < 256; ++c) table[c] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
    return table;
}();

// The end of the run of bytes from `i` that a JSON string holds as they are: 16 bytes at a
// time, since most text needs no escape and every span's text goes through here.
std::size_t plain_run_end(std::string_view s, std::size_t i) noexcept {
#if defined(__SSE2__)
    for (; i + 16 <= s.size(); i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        // As signed bytes, non-ASCII bytes are negative: below 0x20 with the control bytes.
        const __m128i special = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                             _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
        if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(special)); mask != 0) {
            return i + static_cast<std::size_t>(std::countr_zero(mask));
        }
    }
#endif
    while (i < s.size() && !special_bytes[static_cast<unsigned char>(s[i])]) ++i;
    return i;
}

class Writer {
public:
    Writer(const Document& document, JsonLayout layout)
        : document_(document),
          readable_(layout == JsonLayout::readable),
          out_(256 + document.paragraphs.size() * 32 + document.sentences.size() * 48 + document.stances.size() * 512) {}

    std::string finish() && { return std::move(out_).finish(); }

    void raw(std::string_view s) { out_.append(s); }

    void string(std::string_view s) {
        out_.push_back('"');
        for (std::size_t i = 0; i < s.size();) {
            // Most text is printable ASCII that needs no escape: append it a run at a time.
            const std::size_t run = plain_run_end(s, i);
            if (run > i) {
                out_.append(s.data() + i, run - i);
                i = run;
                continue;
            }
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x80) {  // keep valid UTF-8, replace anything else
                detail::Decoded d = detail::decode_utf8(s, i);
                if (d.valid) out_.append(s.substr(i, d.length));
                else out_.append("\xEF\xBF\xBD");
                i += d.length;
                continue;
            }
            switch (c) {
            case '"': out_.append("\\\""); break;
            case '\\': out_.append("\\\\"); break;
            case '\n': out_.append("\\n"); break;
            case '\r': out_.append("\\r"); break;
            case '\t': out_.append("\\t"); break;
            case '\b': out_.append("\\b"); break;
            case '\f': out_.append("\\f"); break;
            default:
                if (c < 0x20) {
                    static constexpr char hex[] = "0123456789abcdef";
                    out_.append("\\u00");
                    out_.push_back(hex[c >> 4]);
                    out_.push_back(hex[c & 15]);
                } else {
                    out_.push_back(static_cast<char>(c));
                }
            }
            ++i;
        }
        out_.push_back('"');
    }

    void number(std::uint64_t value) {
        char buffer[24];
        auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out_.append(buffer, result.ptr);
    }

    // "key": with the separator the layout wants
    void key(std::string_view name) {
        out_.push_back('"');
        out_.append(name);
        out_.append(readable_ ? std::string_view("\": ", 3) : std::string_view("\":", 2));
    }
    // The same for a name written in the code, copied with a size known when compiling.
    template <std::size_t N>
    void key(const char (&name)[N]) {
        char* at = out_.tail(N + 3);
        *at++ = '"';
        std::memcpy(at, name, N - 1);
        at += N - 1;
        *at++ = '"';
        *at++ = ':';
        if (readable_) *at++ = ' ';
        out_.commit(at);
    }
    void comma() {
        out_.push_back(',');
        if (readable_) out_.push_back(' ');
    }

    // "begin": b, "end": e in one append: every item writes it.
    void span_fields(Span span) {
        char buffer[64];
        char* at = buffer;
        auto put = [&](std::string_view s) {
            std::memcpy(at, s.data(), s.size());
            at += s.size();
        };
        put(readable_ ? std::string_view("\"begin\": ") : std::string_view("\"begin\":"));
        at = std::to_chars(at, buffer + sizeof buffer, span.begin).ptr;
        put(readable_ ? std::string_view(", \"end\": ") : std::string_view(",\"end\":"));
        at = std::to_chars(at, buffer + sizeof buffer, span.end).ptr;
        out_.append(buffer, at);
    }

    // {"begin": b, "end": e, "text": "..."}
    void text_span(Span span) {
        out_.push_back('{');
        span_fields(span);
        comma();
        key("text");
        text(span);
        out_.push_back('}');
    }

    // The normalised words of a span, without a copy unless the span runs over several paragraphs.
    void text(Span span) {
        if (auto words = document_.normalized_view(span)) string(*words);
        else string(document_.normalized(span));
    }

    void optional_text_span(const std::optional<Span>& span) {
        if (span) text_span(*span);
        else raw("null");
    }

    void optional_string(const std::optional<std::string>& value) {
        if (value) string(*value);
        else raw("null");
    }

    void optional_index(const std::optional<std::size_t>& index) {
        if (index) number(*index);
        else raw("null");
    }

    void strings(const std::vector<std::string>& values) {
        out_.push_back('[');
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0) comma();
            string(values[i]);
        }
        out_.push_back(']');
    }

    // A top-level field holding a list, one item per line when readable.
    template <class Items, class Write>
    void list(std::string_view name, const Items& items, Write write) {
        top_key(name);
        if (items.empty()) {
            raw("[]");
            return;
        }
        out_.push_back('[');
        bool first = true;
        for (const auto& item : items) {
            if (!first) out_.push_back(',');
            first = false;
            if (readable_) out_.append("\n    ");
            write(item);
        }
        if (readable_) out_.append("\n  ");
        out_.push_back(']');
    }

    void top_key(std::string_view name) {
        if (!first_top_) out_.push_back(',');
        first_top_ = false;
        if (readable_) out_.append("\n  ");
        key(name);
    }

    void write() {
        out_.push_back('{');
        top_key("schema");
        string(json_schema);
        top_key("source");
        out_.push_back('{');
        key("name");
        string(document_.source_name);
        comma();
        key("bytes");
        number(document_.input().size());
        if (document_.turn) {
            comma();
            key("turn");
            out_.push_back('{');
            key("index");
            number(document_.turn->index);
            comma();
            key("of");
            number(document_.turn->of);
            out_.push_back('}');
        }
        out_.push_back('}');
        top_key("language");
        string(document_.language);
        top_key("speaker");
        if (document_.speaker) {
            out_.push_back('{');
            key("name");
            string(document_.speaker->name);
            comma();
            key("evidence");
            optional_text_span(document_.speaker->evidence);
            out_.push_back('}');
        } else {
            raw("null");
        }
        top_key("speaker_line");
        if (document_.speaker_line) {
            const SpeakerLine& line = *document_.speaker_line;
            out_.push_back('{');
            span_fields(line.span);
            comma();
            key("text");
            text(line.span);
            comma();
            key("person");
            optional_string(line.person);
            comma();
            key("state");
            optional_string(line.state);
            comma();
            key("office");
            optional_string(line.office);
            comma();
            key("language");
            optional_string(line.language);
            out_.push_back('}');
        } else {
            raw("null");
        }
        list("paragraphs", document_.paragraphs, [&](const Paragraph& p) {
            out_.push_back('{');
            span_fields(p.span);
            out_.push_back('}');
        });
        list("sentences", document_.sentences, [&](const Sentence& s) {
            out_.push_back('{');
            span_fields(s.span);
            comma();
            key("paragraph");
            number(s.paragraph);
            out_.push_back('}');
        });
        list("addresses", document_.addresses, [&](const Address& a) { address(a); });
        list("arguments", document_.arguments, [&](const Argument& a) { argument(a); });
        list("stances", document_.stances, [&](const Stance& s) { stance(s); });
        list("references", document_.references, [&](const Reference& r) {
            out_.push_back('{');
            span_fields(r.span);
            comma();
            key("text");
            text(r.span);
            comma();
            key("kind");
            string(to_string(r.kind));
            comma();
            key("canonical");
            if (r.canonical.empty()) raw("null");
            else string(r.canonical);
            out_.push_back('}');
        });
        list("votes", document_.votes, [&](const Vote& v) { vote(v); });
        list("diagnostics", document_.diagnostics, [&](const Diagnostic& d) {
            out_.push_back('{');
            key("severity");
            string(to_string(d.severity));
            comma();
            key("id");
            string(d.id);
            comma();
            key("message");
            string(d.message);
            comma();
            span_fields(d.span);
            out_.push_back('}');
        });
        if (readable_) out_.push_back('\n');
        out_.push_back('}');
    }

private:
    void address(const Address& a) {
        out_.push_back('{');
        span_fields(a.span);
        comma();
        key("text");
        text(a.span);
        comma();
        key("kind");
        string(to_string(a.kind));
        comma();
        key("addressees");
        out_.push_back('[');
        for (std::size_t i = 0; i < a.addressees.size(); ++i) {
            const Addressee& who = a.addressees[i];
            if (i > 0) comma();
            out_.push_back('{');
            span_fields(who.span);
            comma();
            key("text");
            text(who.span);
            comma();
            key("role");
            string(to_string(who.role));
            comma();
            key("honorific");
            optional_text_span(who.honorific);
            out_.push_back('}');
        }
        out_.append("]}");
    }

    void argument(const Argument& a) {
        out_.push_back('{');
        span_fields(a.span);
        comma();
        key("series");
        number(a.series);
        comma();
        key("ordinal");
        number(a.ordinal);
        comma();
        key("marker");
        text_span(a.marker);
        comma();
        key("headline");
        text_span(a.headline);
        comma();
        key("sentences");
        out_.push_back('[');
        number(a.first_sentence);
        comma();
        number(a.last_sentence);
        out_.append("]}");
    }

    void stance(const Stance& s) {
        out_.push_back('{');
        span_fields(s.span);
        comma();
        key("sentence");
        number(s.sentence);
        comma();
        key("argument");
        optional_index(s.argument);
        comma();
        key("type");
        string(to_string(s.type));
        comma();
        key("polarity");
        string(to_string(s.polarity));
        comma();
        key("negated");
        raw(s.negated ? "true" : "false");
        comma();
        key("cue");
        text_span(s.cue);
        comma();
        key("holder");
        out_.push_back('{');
        key("kind");
        string(to_string(s.holder.kind));
        if (s.holder.span) {
            comma();
            span_fields(*s.holder.span);
            comma();
            key("text");
            text(*s.holder.span);
        }
        out_.push_back('}');
        comma();
        key("addressee");
        optional_text_span(s.addressee);
        comma();
        key("target");
        optional_text_span(s.target);
        comma();
        key("intensity");
        optional_text_span(s.intensity);
        comma();
        key("issues");
        strings(s.issues);
        out_.push_back('}');
    }

    void vote(const Vote& v) {
        out_.push_back('{');
        span_fields(v.span);
        comma();
        key("kind");
        string(to_string(v.kind));
        comma();
        key("choice");
        string(to_string(v.choice));
        comma();
        key("voter");
        out_.push_back('{');
        key("kind");
        string(to_string(v.voter.kind));
        comma();
        span_fields(v.voter.span);
        comma();
        key("text");
        text(v.voter.span);
        comma();
        key("name");
        string(v.voter.name);
        out_.push_back('}');
        comma();
        key("object");
        optional_text_span(v.object);
        comma();
        key("reference");
        optional_index(v.reference);
        comma();
        key("issues");
        strings(v.issues);
        out_.push_back('}');
    }

    const Document& document_;
    bool readable_;
    bool first_top_ = true;
    Output out_;
};

}  // namespace

std::string to_json(const Document& document) { return to_json(document, JsonLayout::compact); }

std::string to_json(const Document& document, JsonLayout layout) {
    Writer writer(document, layout);
    writer.write();
    return std::move(writer).finish();
}

}  // namespace posext
