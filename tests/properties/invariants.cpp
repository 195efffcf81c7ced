#include "invariants.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <utility>

#include <boost/json.hpp>

namespace posext::test {
namespace {

namespace json = boost::json;

std::string show(Span s) {
    std::string out = "[";  // appended piecewise: GCC 12 warns falsely on a + chain here
    out.append(std::to_string(s.begin)).append(", ").append(std::to_string(s.end)).append(")");
    return out;
}

// Well-formed UTF-8 without surrogates or overlong forms.
bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1Fu; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0Fu; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07u; }
        else return false;
        for (std::size_t k = 1; k <= n; ++k) {
            if (i + k >= s.size()) return false;
            const auto t = static_cast<unsigned char>(s[i + k]);
            if ((t & 0xC0u) != 0x80u) return false;
            cp = (cp << 6) | (t & 0x3Fu);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += n + 1;
    }
    return true;
}

// A string as JSON carries it: each byte that does not begin a well-formed
// character becomes U+FFFD, as the writer does for names given by a caller.
std::string as_written(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (i + length <= s.size() && valid_utf8(s.substr(i, length))) {
            out.append(s.substr(i, length));
            i += length;
        } else {
            out.append("\xEF\xBF\xBD");
            ++i;
        }
    }
    return out;
}

class Checker {
public:
    explicit Checker(const Document& d) : d_(d), size_(d.input().size()) {}

    std::vector<std::string> run() && {
        if (d_.failed()) {
            failed_document();
            return std::move(problems_);
        }
        spans_in_bounds();
        segmentation();
        addresses();
        arguments();
        stances();
        references();
        votes();
        return std::move(problems_);
    }

private:
    void problem(std::string what) { problems_.push_back(std::move(what)); }

    bool in_bounds(Span s, const std::string& what) {
        if (s.begin > s.end || s.end > size_) {
            problem(what + " " + show(s) + " is outside the input of " + std::to_string(size_) + " bytes");
            return false;
        }
        if (inside_character(s.begin) || inside_character(s.end)) problem(what + " " + show(s) + " cuts a character in two");
        return true;
    }

    // Whether offset `at` falls inside a well-formed multi-byte character:
    // no span may cut one in two. Stray continuation bytes of invalid input
    // are characters of their own and may be cut before.
    bool inside_character(std::size_t at) const {
        const std::string_view in = d_.input();
        if (at == 0 || at >= in.size() || (static_cast<unsigned char>(in[at]) & 0xC0u) != 0x80u) return false;
        for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
            const auto lead = static_cast<unsigned char>(in[at - back]);
            if ((lead & 0xC0u) == 0x80u) continue;
            const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return length > back && at - back + length <= in.size() && valid_utf8(in.substr(at - back, length));
        }
        return false;
    }

    // A span that an item shows as "text": in bounds, not empty, and its
    // normalised words clean (valid UTF-8, one space between words, no line ends).
    void text_span(Span s, const std::string& what) {
        if (!in_bounds(s, what)) return;
        if (s.empty()) {
            problem(what + " " + show(s) + " is empty");
            return;
        }
        const std::string text = d_.normalized(s);
        if (!valid_utf8(text)) problem(what + " " + show(s) + ": normalised text is not valid UTF-8");
        if (text.find_first_of("\n\r\t") != std::string::npos) {
            problem(what + " " + show(s) + ": normalised text keeps a line end or tab");
        }
        if (text.find("  ") != std::string::npos) problem(what + " " + show(s) + ": normalised text has two spaces in a row");
        if (!text.empty() && (text.front() == ' ' || text.back() == ' ')) {
            problem(what + " " + show(s) + ": normalised text starts or ends with a space");
        }
    }

    // The sentence that holds `s`, if one does.
    std::optional<std::size_t> sentence_of(Span s) const {
        auto it = std::upper_bound(d_.sentences.begin(), d_.sentences.end(), s.begin,
                                   [](std::uint32_t at, const Sentence& t) { return at < t.span.begin; });
        if (it == d_.sentences.begin()) return std::nullopt;
        --it;
        if (!it->span.contains(s)) return std::nullopt;
        return static_cast<std::size_t>(it - d_.sentences.begin());
    }

    void failed_document() {
        const auto errors = std::count_if(d_.diagnostics.begin(), d_.diagnostics.end(),
                                          [](const Diagnostic& g) { return g.severity == Severity::error; });
        if (errors != 1) problem("a failed document has " + std::to_string(errors) + " error diagnostics, not 1");
        if (!d_.paragraphs.empty() || !d_.sentences.empty() || !d_.addresses.empty() || !d_.arguments.empty() ||
            !d_.stances.empty() || !d_.references.empty() || d_.speaker) {
            problem("a failed document has layers");
        }
        for (const Diagnostic& g : d_.diagnostics) in_bounds(g.span, "diagnostic " + g.id);
    }

    void spans_in_bounds() {
        for (const Diagnostic& g : d_.diagnostics) {
            in_bounds(g.span, "diagnostic " + g.id);
            if (g.id.empty() || g.message.empty()) problem("a diagnostic without id or message");
        }
        if (d_.speaker) {
            if (d_.speaker->name.empty()) problem("speaker without a name");
            if (d_.speaker->evidence) text_span(*d_.speaker->evidence, "speaker evidence");
        }
    }

    void segmentation() {
        const auto& ps = d_.paragraphs;
        const auto& ss = d_.sentences;
        for (std::size_t i = 0; i < ps.size(); ++i) {
            const std::string what = "paragraph " + std::to_string(i);
            text_span(ps[i].span, what);
            if (i > 0 && ps[i - 1].span.end > ps[i].span.begin) problem(what + " overlaps or precedes the one before");
        }
        std::vector<bool> has_sentence(ps.size(), false);
        for (std::size_t i = 0; i < ss.size(); ++i) {
            const std::string what = "sentence " + std::to_string(i);
            text_span(ss[i].span, what);
            if (i > 0 && ss[i - 1].span.end > ss[i].span.begin) problem(what + " overlaps or precedes the one before");
            if (i > 0 && ss[i - 1].paragraph > ss[i].paragraph) problem(what + " goes back to an earlier paragraph");
            if (ss[i].paragraph >= ps.size()) {
                problem(what + " names paragraph " + std::to_string(ss[i].paragraph) + " of " + std::to_string(ps.size()));
                continue;
            }
            has_sentence[ss[i].paragraph] = true;
            if (!ps[ss[i].paragraph].span.contains(ss[i].span)) {
                problem(what + " " + show(ss[i].span) + " is not inside its paragraph " +
                        show(ps[ss[i].paragraph].span));
            }
        }
        for (std::size_t i = 0; i < ps.size(); ++i) {
            if (!has_sentence[i]) problem("paragraph " + std::to_string(i) + " has no sentence");
        }
    }

    void addresses() {
        for (std::size_t i = 0; i < d_.addresses.size(); ++i) {
            const Address& a = d_.addresses[i];
            const std::string what = "address " + std::to_string(i);
            text_span(a.span, what);
            if (i > 0 && d_.addresses[i - 1].span.begin > a.span.begin) problem(what + " is out of order");
            // A salutation may be a block of lines, one sentence each
            // ("Honorable President ...\nHonorable Delegates\nLadies and
            // Gentlemen"), at the opening or between two parts of a speech. It
            // starts and ends inside sentences, never in the space between them.
            if (a.span.empty() || !sentence_of({a.span.begin, a.span.begin + 1}) ||
                !sentence_of({a.span.end - 1, a.span.end})) {
                problem(what + " " + show(a.span) + " starts or ends outside the sentences");
            }
            for (std::size_t k = 0; k < a.addressees.size(); ++k) {
                const Addressee& who = a.addressees[k];
                const std::string name = what + " addressee " + std::to_string(k);
                text_span(who.span, name);
                if (!a.span.contains(who.span)) problem(name + " " + show(who.span) + " is outside its address");
                if (k > 0 && a.addressees[k - 1].span.end > who.span.begin) problem(name + " overlaps the one before");
                if (!sentence_of(who.span)) problem(name + " " + show(who.span) + " is not inside one sentence");
                if (who.honorific) {
                    text_span(*who.honorific, name + " honorific");
                    if (!who.span.contains(*who.honorific)) problem(name + " honorific is outside the addressee");
                }
            }
        }
    }

    void arguments() {
        const auto& ss = d_.sentences;
        for (std::size_t i = 0; i < d_.arguments.size(); ++i) {
            const Argument& a = d_.arguments[i];
            const std::string what = "argument " + std::to_string(i);
            in_bounds(a.span, what);
            text_span(a.marker, what + " marker");
            if (a.headline.empty()) in_bounds(a.headline, what + " headline");
            else text_span(a.headline, what + " headline");
            if (a.series == 0 || a.ordinal == 0) problem(what + " counts from 0");
            if (i > 0 && d_.arguments[i - 1].span.begin > a.span.begin) problem(what + " is out of order");
            // Series may nest ("(1) ... First and foremost, ..."), so only the
            // arguments of one series must follow each other without overlap.
            for (std::size_t k = i; k-- > 0;) {
                const Argument& before = d_.arguments[k];
                if (before.series != a.series) continue;
                if (before.span.end > a.span.begin) problem(what + " overlaps the argument before it in its series");
                if (before.ordinal >= a.ordinal) problem(what + " does not count up from the one before in its series");
                break;
            }
            if (a.first_sentence > a.last_sentence || a.last_sentence >= ss.size()) {
                problem(what + " names sentences " + std::to_string(a.first_sentence) + ".." +
                        std::to_string(a.last_sentence) + " of " + std::to_string(ss.size()));
                continue;
            }
            // It starts at its marker or before it in the first sentence ("And
            // last but not least, ...") and ends in its last sentence.
            const Sentence& first = ss[a.first_sentence];
            const Sentence& last = ss[a.last_sentence];
            if (a.span.begin < first.span.begin || a.span.begin > a.marker.begin) {
                problem(what + " " + show(a.span) + " does not start in its first sentence at or before its marker");
            }
            if (a.span.end <= last.span.begin || a.span.end > last.span.end) {
                problem(what + " " + show(a.span) + " does not end in its last sentence " + show(last.span));
            }
            if (!first.span.contains(a.marker)) problem(what + " marker is outside its first sentence");
            // A marker alone in its sentence (a heading) takes the headline from the next sentence of the
            // argument with words; sentences of marks alone ("!") are passed over. The headline is empty
            // only when no later sentence has words.
            auto has_words = [&](std::size_t k) {
                const std::string text = d_.normalized(ss[k].span);
                return std::any_of(text.begin(), text.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           static_cast<unsigned char>(c) >= 0x80;
                });
            };
            std::size_t holder = a.first_sentence;
            while (holder <= a.last_sentence && holder < ss.size() && !ss[holder].span.contains(a.headline)) ++holder;
            if (holder > a.last_sentence || holder >= ss.size()) {
                problem(what + " headline is outside its sentences");
            } else if (a.headline.empty() && holder == a.first_sentence) {
                for (std::size_t k = a.first_sentence + 1; k <= a.last_sentence && k < ss.size(); ++k) {
                    if (has_words(k)) {
                        problem(what + " has an empty headline but sentence " + std::to_string(k) + " has words");
                        break;
                    }
                }
            } else {
                for (std::size_t k = a.first_sentence + 1; k < holder; ++k) {
                    if (has_words(k)) problem(what + " headline passes over sentence " + std::to_string(k) + ", which has words");
                }
            }
            if (a.marker.end > a.headline.begin) problem(what + " headline starts inside its marker");
        }
    }

    void stances() {
        const auto& ss = d_.sentences;
        for (std::size_t i = 0; i < d_.stances.size(); ++i) {
            const Stance& s = d_.stances[i];
            const std::string what = "stance " + std::to_string(i);
            text_span(s.span, what);
            text_span(s.cue, what + " cue");
            if (i > 0 && d_.stances[i - 1].span.begin > s.span.begin) problem(what + " is out of order");
            if (s.sentence >= ss.size()) {
                problem(what + " names sentence " + std::to_string(s.sentence) + " of " + std::to_string(ss.size()));
                continue;
            }
            const Span sentence = ss[s.sentence].span;
            if (!sentence.contains(s.span)) problem(what + " " + show(s.span) + " is outside its sentence " + show(sentence));
            if (!s.span.contains(s.cue)) problem(what + " cue " + show(s.cue) + " is outside its stance " + show(s.span));
            if (s.target) {
                text_span(*s.target, what + " target");
                // A target lies in its stance, or starts there and runs on over a pause that ends the
                // sentence ("this slide… Into greater conflict"): docs/FORMAT.md, "Stances".
                const Span inside{s.target->begin, std::min(s.target->end, s.span.end)};
                if (!s.span.contains(inside) || s.target->begin >= s.span.end) {
                    problem(what + " target is outside its stance");
                } else if (s.target->end > s.span.end) {
                    std::string_view before = d_.text(sentence);
                    while (!before.empty() && (before.back() == ' ' || before.back() == '\n' || before.back() == '\r')) before.remove_suffix(1);
                    const bool pause = before.ends_with("\xE2\x80\xA6") || before.ends_with("...");
                    if (!pause || s.target->end > ss.back().span.end) problem(what + " target runs past its sentence without a pause");
                }
                if (s.target->begin < s.cue.end && s.cue.begin < s.target->end) problem(what + " target overlaps its cue");
            }
            if (s.intensity) {
                text_span(*s.intensity, what + " intensity");
                if (!sentence.contains(*s.intensity)) problem(what + " intensity is outside its sentence");
            }
            if (s.holder.span) {
                text_span(*s.holder.span, what + " holder");
                if (!sentence.contains(*s.holder.span)) problem(what + " holder is outside its sentence");
            }
            if (s.addressee) {
                text_span(*s.addressee, what + " addressee");
                if (!sentence.contains(*s.addressee)) problem(what + " addressee is outside its sentence");
            }
            // The argument is an index, and the innermost of those holding the sentence: no argument that
            // holds it starts later.
            auto holds = [&](const Argument& a) { return a.first_sentence <= s.sentence && s.sentence <= a.last_sentence; };
            if (s.argument) {
                if (*s.argument >= d_.arguments.size()) {
                    problem(what + " names argument " + std::to_string(*s.argument) + " of " + std::to_string(d_.arguments.size()));
                    continue;
                }
                const Argument& a = d_.arguments[*s.argument];
                if (!holds(a)) problem(what + " names argument " + std::to_string(*s.argument) + ", which does not hold it");
                for (const Argument& other : d_.arguments) {
                    if (holds(other) && other.first_sentence > a.first_sentence) {
                        problem(what + " names argument " + std::to_string(*s.argument) + ", not the innermost");
                        break;
                    }
                }
            } else if (std::any_of(d_.arguments.begin(), d_.arguments.end(), holds)) {
                problem(what + " stands in an argument but names none");
            }
        }
    }

    void votes() {
        for (std::size_t i = 0; i < d_.votes.size(); ++i) {
            const Vote& v = d_.votes[i];
            const std::string what = "vote " + std::to_string(i);
            text_span(v.span, what);
            text_span(v.voter.span, what + " voter");
            if (v.object) text_span(*v.object, what + " object");
            if (v.reference && *v.reference >= d_.references.size()) problem(what + " names a reference that is not there");
            if (i > 0 && v.span.begin < d_.votes[i - 1].span.begin) problem(what + " comes before the vote listed ahead of it");
        }
    }

    void references() {
        for (std::size_t i = 0; i < d_.references.size(); ++i) {
            const Reference& r = d_.references[i];
            const std::string what = "reference " + std::to_string(i);
            text_span(r.span, what);
            if (i > 0 && d_.references[i - 1].span.end > r.span.begin) problem(what + " overlaps the one before");
            if (!sentence_of(r.span)) problem(what + " " + show(r.span) + " is not inside one sentence");
            if (!valid_utf8(r.canonical) ||
                r.canonical.find_first_of(" \n\"\\") != std::string::npos) {
                problem(what + " has a malformed symbol");
            }
        }
    }

    const Document& d_;
    std::size_t size_;
    std::vector<std::string> problems_;
};

// Reads a posext/2 value against the model it was written from.
class JsonChecker {
public:
    JsonChecker(const Document& d, std::vector<std::string>& problems) : d_(d), problems_(problems) {}

    void document(const json::value& v) {
        const json::object* o = object(v, "document",
                                       {"schema", "source", "language", "speaker", "speaker_line", "paragraphs",
                                        "sentences", "addresses", "arguments", "stances", "references", "votes",
                                        "diagnostics"});
        if (!o) return;
        if (string(o->at("schema"), "schema") != "posext/2") problem("schema is not posext/2");
        const json::object* src = d_.turn ? object(o->at("source"), "source", {"name", "bytes", "turn"})
                                          : object(o->at("source"), "source", {"name", "bytes"});
        if (src) {
            if (string(src->at("name"), "source.name") != as_written(d_.source_name)) problem("source.name differs from the model");
            if (number(src->at("bytes"), "source.bytes") != d_.input().size()) problem("source.bytes is not the input size");
            if (d_.turn) {
                if (const json::object* t = object(src->at("turn"), "source.turn", {"index", "of"})) {
                    if (number(t->at("index"), "source.turn.index") != d_.turn->index ||
                        number(t->at("of"), "source.turn.of") != d_.turn->of) {
                        problem("source.turn differs from the model");
                    }
                }
            }
        }
        if (string(o->at("language"), "language") != d_.language) problem("language differs from the model");
        speaker(o->at("speaker"));
        speaker_line(o->at("speaker_line"));
        list(o->at("paragraphs"), "paragraphs", d_.paragraphs, [&](const json::value& item, const Paragraph& p, const std::string& w) {
            if (const json::object* x = object(item, w, {"begin", "end"})) span(*x, p.span, w);
        });
        list(o->at("sentences"), "sentences", d_.sentences, [&](const json::value& item, const Sentence& s, const std::string& w) {
            if (const json::object* x = object(item, w, {"begin", "end", "paragraph"})) {
                span(*x, s.span, w);
                if (number(x->at("paragraph"), w + ".paragraph") != s.paragraph) problem(w + ".paragraph differs");
            }
        });
        list(o->at("addresses"), "addresses", d_.addresses, [&](const json::value& item, const Address& a, const std::string& w) {
            address(item, a, w);
        });
        list(o->at("arguments"), "arguments", d_.arguments, [&](const json::value& item, const Argument& a, const std::string& w) {
            argument(item, a, w);
        });
        list(o->at("stances"), "stances", d_.stances, [&](const json::value& item, const Stance& s, const std::string& w) {
            stance(item, s, w);
        });
        list(o->at("references"), "references", d_.references, [&](const json::value& item, const Reference& r, const std::string& w) {
            if (const json::object* x = object(item, w, {"begin", "end", "text", "kind", "canonical"})) {
                text_span(*x, r.span, w);
                one_of(x->at("kind"), w + ".kind", {"resolution", "document"});
                if (r.canonical.empty() ? !x->at("canonical").is_null() : string(x->at("canonical"), w + ".canonical") != as_written(r.canonical)) {
                    problem(w + ".canonical differs from the model");
                }
            }
        });
        list(o->at("votes"), "votes", d_.votes, [&](const json::value& item, const Vote& v, const std::string& w) {
            vote(item, v, w);
        });
        list(o->at("diagnostics"), "diagnostics", d_.diagnostics, [&](const json::value& item, const Diagnostic& g, const std::string& w) {
            if (const json::object* x = object(item, w, {"severity", "id", "message", "begin", "end"})) {
                span(*x, g.span, w);
                one_of(x->at("severity"), w + ".severity", {"note", "warning", "error"});
                if (string(x->at("id"), w + ".id") != g.id) problem(w + ".id differs");
                if (string(x->at("message"), w + ".message") != as_written(g.message)) problem(w + ".message differs");
            }
        });
    }

private:
    void problem(std::string what) { problems_.push_back("json: " + std::move(what)); }

    // The object at `v` if it has exactly the fields `keys`.
    const json::object* object(const json::value& v, const std::string& what, std::initializer_list<std::string_view> keys) {
        const json::object* o = v.if_object();
        if (!o) {
            problem(what + " is not an object");
            return nullptr;
        }
        bool complete = o->size() == keys.size();
        for (std::string_view k : keys) complete = complete && o->contains(k);
        if (!complete) {
            problem(what + " does not have exactly its schema fields: " + json::serialize(v).substr(0, 200));
            return nullptr;
        }
        return o;
    }

    std::string string(const json::value& v, const std::string& what) {
        if (const json::string* s = v.if_string()) return std::string(s->data(), s->size());
        problem(what + " is not a string");
        return {};
    }

    std::uint64_t number(const json::value& v, const std::string& what) {
        if (v.is_uint64()) return v.get_uint64();
        if (v.is_int64() && v.get_int64() >= 0) return static_cast<std::uint64_t>(v.get_int64());
        problem(what + " is not a whole number");
        return ~std::uint64_t{0};
    }

    void one_of(const json::value& v, const std::string& what, std::initializer_list<std::string_view> values) {
        const std::string s = string(v, what);
        if (std::find(values.begin(), values.end(), s) == values.end()) problem(what + " has the unknown value '" + s + "'");
    }

    void span(const json::object& o, Span s, const std::string& what) {
        if (number(o.at("begin"), what + ".begin") != s.begin || number(o.at("end"), what + ".end") != s.end) {
            problem(what + " offsets differ from the model's " + show(s));
        }
    }

    // {"begin", "end", "text"} with text equal to the normalised source.
    void text_span(const json::object& o, Span s, const std::string& what) {
        span(o, s, what);
        if (string(o.at("text"), what + ".text") != d_.normalized(s)) {
            problem(what + ".text is not the normalised text of " + show(s));
        }
    }
    void text_span(const json::value& v, Span s, const std::string& what) {
        if (const json::object* o = object(v, what, {"begin", "end", "text"})) text_span(*o, s, what);
    }
    void optional_text_span(const json::value& v, const std::optional<Span>& s, const std::string& what) {
        if (!s) {
            if (!v.is_null()) problem(what + " should be null");
            return;
        }
        text_span(v, *s, what);
    }

    template <class Items, class Check>
    void list(const json::value& v, const std::string& name, const Items& items, Check check) {
        const json::array* a = v.if_array();
        if (!a) {
            problem(name + " is not a list");
            return;
        }
        if (a->size() != items.size()) {
            problem(name + " has " + std::to_string(a->size()) + " items, the model " + std::to_string(items.size()));
            return;
        }
        for (std::size_t i = 0; i < items.size(); ++i) check((*a)[i], items[i], name + "[" + std::to_string(i) + "]");
    }

    void speaker(const json::value& v) {
        if (!d_.speaker) {
            if (!v.is_null()) problem("speaker should be null");
            return;
        }
        if (const json::object* o = object(v, "speaker", {"name", "evidence"})) {
            if (string(o->at("name"), "speaker.name") != as_written(d_.speaker->name)) problem("speaker.name differs");
            optional_text_span(o->at("evidence"), d_.speaker->evidence, "speaker.evidence");
        }
    }

    void address(const json::value& v, const Address& a, const std::string& w) {
        const json::object* o = object(v, w, {"begin", "end", "text", "kind", "addressees"});
        if (!o) return;
        text_span(*o, a.span, w);
        if (string(o->at("kind"), w + ".kind") != to_string(a.kind)) problem(w + ".kind differs");
        list(o->at("addressees"), w + ".addressees", a.addressees, [&](const json::value& item, const Addressee& who, const std::string& n) {
            const json::object* x = object(item, n, {"begin", "end", "text", "role", "honorific"});
            if (!x) return;
            text_span(*x, who.span, n);
            one_of(x->at("role"), n + ".role",
                   {"chair", "president", "secretary_general", "delegates", "excellencies", "audience", "other"});
            optional_text_span(x->at("honorific"), who.honorific, n + ".honorific");
        });
    }

    void argument(const json::value& v, const Argument& a, const std::string& w) {
        const json::object* o = object(v, w, {"begin", "end", "series", "ordinal", "marker", "headline", "sentences"});
        if (!o) return;
        span(*o, a.span, w);
        if (number(o->at("series"), w + ".series") != a.series || number(o->at("ordinal"), w + ".ordinal") != a.ordinal) {
            problem(w + " series or ordinal differs");
        }
        text_span(o->at("marker"), a.marker, w + ".marker");
        text_span(o->at("headline"), a.headline, w + ".headline");
        const json::array* range = o->at("sentences").if_array();
        if (!range || range->size() != 2 || number((*range)[0], w + ".sentences") != a.first_sentence ||
            number((*range)[1], w + ".sentences") != a.last_sentence) {
            problem(w + ".sentences is not [first, last]");
        }
    }

    void stance(const json::value& v, const Stance& s, const std::string& w) {
        const json::object* o = object(v, w, {"begin", "end", "sentence", "argument", "type", "polarity", "negated",
                                              "cue", "holder", "addressee", "target", "intensity", "issues"});
        if (!o) return;
        span(*o, s.span, w);
        if (number(o->at("sentence"), w + ".sentence") != s.sentence) problem(w + ".sentence differs");
        if (s.argument ? number(o->at("argument"), w + ".argument") != *s.argument : !o->at("argument").is_null()) {
            problem(w + ".argument differs");
        }
        one_of(o->at("type"), w + ".type", {"support", "oppose", "prescribe", "appeal", "commit", "welcome", "concern", "assess"});
        if (string(o->at("type"), w + ".type") != to_string(s.type)) problem(w + ".type differs");
        one_of(o->at("polarity"), w + ".polarity", {"positive", "negative"});
        if (!o->at("negated").is_bool() || o->at("negated").get_bool() != s.negated) problem(w + ".negated differs");
        text_span(o->at("cue"), s.cue, w + ".cue");
        const std::string h = w + ".holder";
        if (s.holder.span) {
            if (const json::object* x = object(o->at("holder"), h, {"kind", "begin", "end", "text"})) {
                one_of(x->at("kind"), h + ".kind", {"speaker", "third_party"});
                text_span(*x, *s.holder.span, h);
            }
        } else if (const json::object* x = object(o->at("holder"), h, {"kind"})) {
            one_of(x->at("kind"), h + ".kind", {"speaker", "third_party"});
        }
        optional_text_span(o->at("target"), s.target, w + ".target");
        optional_text_span(o->at("intensity"), s.intensity, w + ".intensity");
        optional_text_span(o->at("addressee"), s.addressee, w + ".addressee");
        issues(o->at("issues"), s.issues, w + ".issues");
    }

    void issues(const json::value& v, const std::vector<std::string>& keys, const std::string& w) {
        list(v, w, keys, [&](const json::value& item, const std::string& key, const std::string& n) {
            if (string(item, n) != key) problem(n + " differs from the model");
        });
    }

    void optional_string(const json::value& v, const std::optional<std::string>& s, const std::string& w) {
        if (s ? string(v, w) != as_written(*s) : !v.is_null()) problem(w + " differs from the model");
    }

    void speaker_line(const json::value& v) {
        if (!d_.speaker_line) {
            if (!v.is_null()) problem("speaker_line should be null");
            return;
        }
        const SpeakerLine& line = *d_.speaker_line;
        const json::object* o = object(v, "speaker_line", {"begin", "end", "text", "person", "state", "office", "language"});
        if (!o) return;
        text_span(*o, line.span, "speaker_line");
        optional_string(o->at("person"), line.person, "speaker_line.person");
        optional_string(o->at("state"), line.state, "speaker_line.state");
        optional_string(o->at("office"), line.office, "speaker_line.office");
        optional_string(o->at("language"), line.language, "speaker_line.language");
    }

    void vote(const json::value& v, const Vote& vote, const std::string& w) {
        const json::object* o = object(v, w, {"begin", "end", "kind", "choice", "voter", "object", "reference", "issues"});
        if (!o) return;
        span(*o, vote.span, w);
        if (string(o->at("kind"), w + ".kind") != to_string(vote.kind)) problem(w + ".kind differs");
        if (string(o->at("choice"), w + ".choice") != to_string(vote.choice)) problem(w + ".choice differs");
        if (const json::object* x = object(o->at("voter"), w + ".voter", {"kind", "begin", "end", "text", "name"})) {
            if (string(x->at("kind"), w + ".voter.kind") != to_string(vote.voter.kind)) problem(w + ".voter.kind differs");
            text_span(*x, vote.voter.span, w + ".voter");
            if (string(x->at("name"), w + ".voter.name") != as_written(vote.voter.name)) problem(w + ".voter.name differs");
        }
        optional_text_span(o->at("object"), vote.object, w + ".object");
        if (vote.reference ? number(o->at("reference"), w + ".reference") != *vote.reference
                           : !o->at("reference").is_null()) {
            problem(w + ".reference differs");
        }
        issues(o->at("issues"), vote.issues, w + ".issues");
    }

    const Document& d_;
    std::vector<std::string>& problems_;
};

}  // namespace

std::vector<std::string> model_problems(const Document& document) { return Checker(document).run(); }

std::vector<std::string> json_problems(const Document& document, std::string_view text) {
    std::vector<std::string> problems;
    if (!valid_utf8(text)) problems.emplace_back("json: not valid UTF-8");
    boost::system::error_code ec;
    json::value v = json::parse(json::string_view(text.data(), text.size()), ec);
    if (ec) {
        problems.push_back("json: does not parse: " + ec.message());
        return problems;
    }
    JsonChecker(document, problems).document(v);
    return problems;
}

std::vector<std::string> document_problems(const Document& document) {
    std::vector<std::string> problems = model_problems(document);
    const std::string compact = to_json(document);
    const std::string readable = to_json(document, JsonLayout::readable);
    for (const std::string* j : {&compact, &readable}) {
        std::vector<std::string> more = json_problems(document, *j);
        problems.insert(problems.end(), more.begin(), more.end());
    }
    if (compact.find('\n') != std::string::npos) problems.emplace_back("json: the compact layout has a line break");
    return problems;
}

std::vector<std::string> extract_problems(std::string_view input, const Options& options) {
    const Document first = extract(input, options);
    std::vector<std::string> problems = document_problems(first);
    const Document second = extract(input, options);
    if (to_json(second) != to_json(first)) problems.emplace_back("a second extract() of the same input wrote other bytes");
    return problems;
}

std::vector<std::string> stance_layer_problems(std::string_view input, Options options) {
    options.stances = true;
    Document with = extract(input, options);
    options.stances = false;
    const Document without = extract(input, options);
    if (!without.stances.empty()) return {"stances found with Options::stances false"};
    const auto explained = [](const Vote& v) { return v.kind == VoteKind::explanation; };
    if (std::any_of(without.votes.begin(), without.votes.end(), explained)) {
        return {"votes explained in running text found with Options::stances false"};
    }
    // The stance stage adds the stances and the votes explained in running text, and changes nothing else.
    with.stances.clear();
    with.votes.erase(std::remove_if(with.votes.begin(), with.votes.end(), explained), with.votes.end());
    if (to_json(with) != to_json(without)) return {"the stance layer changed another layer"};
    return {};
}

std::vector<std::string> turn_problems(std::string_view record) {
    std::vector<std::string> problems;
    const std::vector<TurnSpan> turns = split_turns(record);
    if (turns.empty()) return {"no turn"};
    if (turns.back().span.end != std::min<std::size_t>(record.size(), 0xFFFFFFFEu)) problems.emplace_back("the last turn ends before the record");
    for (std::size_t i = 0; i < turns.size(); ++i) {
        const std::string what = "turn " + std::to_string(i);
        const Span t = turns[i].span;
        if (t.begin > t.end) problems.push_back(what + " ends before it begins");
        if (i + 1 < turns.size() && t.end != turns[i + 1].span.begin) problems.push_back(what + " does not meet the next");
        if (turns[i].line && (turns[i].line->begin < t.begin || turns[i].line->end > t.end)) {
            problems.push_back(what + ": its speaker line lies outside it");
        }
        const Document d = extract_turn(record, turns, i);
        for (std::string& p : document_problems(d)) problems.push_back(what + ": " + p);
        // Every item of the turn lies inside it.
        auto inside = [&](Span s) { return s.begin >= t.begin && s.end <= t.end; };
        for (const Paragraph& p : d.paragraphs) {
            if (!inside(p.span)) problems.push_back(what + ": a paragraph outside the turn");
        }
        for (const Vote& v : d.votes) {
            if (!inside(v.span)) problems.push_back(what + ": a vote outside the turn");
        }
        if (!d.turn || d.turn->index != i || d.turn->of != turns.size()) problems.push_back(what + ": source.turn is wrong");
    }
    return problems;
}

std::string describe(const std::vector<std::string>& problems) {
    std::string out;
    for (std::size_t i = 0; i < problems.size() && i < 20; ++i) out += problems[i] + "\n";
    if (problems.size() > 20) out += std::to_string(problems.size() - 20) + " more\n";
    return out;
}

}  // namespace posext::test
