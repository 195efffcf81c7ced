// Runs the grammars over a segmented statement and turns their matches into the document model.
#include "grammar/layers.hpp"

#include <algorithm>
#include <array>
#include <string>

#include <posext/grammar/address.hpp>
#include <posext/grammar/argument.hpp>
#include <posext/grammar/reference.hpp>
#include <posext/grammar/speaker.hpp>

#include "detail/text.hpp"

namespace posext::detail {
namespace {

using grammar::AddressMatch;
using grammar::MarkerFamily;
using grammar::MarkerMatch;

bool starts_with_folded(std::string_view text, std::string_view lower_prefix) noexcept {
    if (text.size() < lower_prefix.size()) return false;
    for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
        if (ascii_lower(text[i]) != lower_prefix[i]) return false;
    }
    return true;
}

bool ends_with_folded(std::string_view text, std::string_view lower_suffix) noexcept {
    return text.size() >= lower_suffix.size() && starts_with_folded(text.substr(text.size() - lower_suffix.size()), lower_suffix);
}

std::size_t count_words(std::string_view text) noexcept {
    if (text.empty()) return 0;
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), ' '));
}

// The normalised text with its map back to the input, and the sentence and paragraph ranges in it.
class View {
public:
    View(std::string_view input, const SegmentScratch& scratch) : input_(input), scratch_(scratch) {}

    [[nodiscard]] std::string_view text() const noexcept { return scratch_.text.text; }
    [[nodiscard]] std::size_t sentences() const noexcept { return scratch_.sentence_text.size(); }
    [[nodiscard]] std::string_view sentence(std::size_t k) const noexcept { return slice(scratch_.sentence_text[k]); }
    [[nodiscard]] std::uint32_t sentence_begin(std::size_t k) const noexcept { return scratch_.sentence_text[k].begin; }
    [[nodiscard]] std::uint32_t sentence_end(std::size_t k) const noexcept { return scratch_.sentence_text[k].end; }
    [[nodiscard]] std::string_view paragraph(std::size_t p) const noexcept { return slice(scratch_.paragraph_text[p]); }
    [[nodiscard]] std::uint32_t offset(const char* at) const noexcept {
        return static_cast<std::uint32_t>(at - scratch_.text.text.data());
    }

    // The input bytes that normalised text [begin, end) came from.
    [[nodiscard]] Span span(std::uint32_t begin, std::uint32_t end) const noexcept {
        const auto& origin = scratch_.text.origin;
        if (begin >= end || end > origin.size()) return {begin < origin.size() ? origin[begin] : 0, begin < origin.size() ? origin[begin] : 0};
        std::uint32_t last = end - 1;
        const std::uint32_t raw = origin[last];
        return {origin[begin], raw + char_length(input_, raw)};
    }
    [[nodiscard]] Span span(const char* begin, const char* end) const noexcept { return span(offset(begin), offset(end)); }

private:
    [[nodiscard]] std::string_view slice(NormalRange r) const noexcept {
        return std::string_view(scratch_.text.text).substr(r.begin, r.end - r.begin);
    }

    std::string_view input_;
    const SegmentScratch& scratch_;
};

// ---------------------------------------------------------------------------
// Addresses

Address make_address(const View& view, const AddressMatch& match, AddressKind kind) {
    Address address;
    address.kind = kind;
    address.span = view.span(match.begin, match.end);
    for (const auto& who : match.addressees) {
        Addressee addressee;
        addressee.span = view.span(who.begin, who.end);
        addressee.role = who.role;
        if (who.honorific_begin) addressee.honorific = view.span(who.honorific_begin, who.honorific_end);
        address.addressees.push_back(addressee);
    }
    return address;
}

std::string_view skip_space(std::string_view text) noexcept {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    return text;
}

// What opens a statement before its salutation and is neither address nor
// substance: a speaker line, a customary or religious formula, a title line.
std::string_view skip_preamble(std::string_view sentence, const Lexicon& lexicon) {
    if (auto line = grammar::parse_speaker_line(sentence, lexicon)) {
        sentence = skip_space(sentence.substr(static_cast<std::size_t>(line->end - sentence.data())));
    }
    return sentence;
}

// A paragraph number ("2.  Mr. President, ...") before the words of a sentence.
std::string_view skip_number(std::string_view sentence, const Lexicon& lexicon) {
    if (auto number = grammar::parse_numbered_marker(sentence, lexicon)) {
        return skip_space(sentence.substr(static_cast<std::size_t>(number->end - sentence.data())));
    }
    return sentence;
}

struct AddressFinder {
    const View& view;
    const Lexicon& lexicon;
    Document& document;
    std::vector<char>& vocative_sentence;  // 1 where a sentence opens with a vocative
    std::size_t closing_sentence = ~std::size_t{0};

    void run() {
        const std::size_t n = view.sentences();
        find_closing();
        std::size_t k = opening();
        for (; k < n; ++k) {
            if (k == closing_sentence) continue;
            std::string_view s = skip_number(view.sentence(k), lexicon);
            // A vocative may follow an opening connective: "So, colleagues, ...", "First of all, Mr. President, I ...".
            if (auto opener = lexicon.match(Phrases::address_opener, s)) {
                std::string_view rest = s.substr(opener->length);
                if (!rest.empty() && rest.front() == ',') rest.remove_prefix(1);
                if (!rest.empty() && rest.front() == ' ') {
                    rest.remove_prefix(1);
                    if (auto match = grammar::parse_salutation(rest, lexicon); match && vocative_fits(*match, rest)) {
                        document.addresses.push_back(make_address(view, *match, AddressKind::vocative));
                        vocative_sentence[k] = 1;
                        continue;
                    }
                }
            }
            if (auto match = grammar::parse_salutation(s, lexicon); match && vocative_fits(*match, s)) {
                vocative_sentence[k] = 1;
                // A salutation over several lines: "Mr. President," / "Excellencies…".
                while (match->end == s.data() + s.size() && (match->end[-1] == ',' || match->end[-1] == ';') &&
                       k + 1 < n && k + 1 != closing_sentence) {
                    std::string_view next = view.sentence(k + 1);
                    auto more = grammar::parse_salutation(next, lexicon);
                    if (!more || more->end != next.data() + next.size()) break;
                    match->addressees.insert(match->addressees.end(), more->addressees.begin(), more->addressees.end());
                    match->end = more->end;
                    s = next;
                    vocative_sentence[++k] = 1;
                }
                document.addresses.push_back(make_address(view, *match, AddressKind::vocative));
            }
        }
        if (closing_sentence < n) {
            std::string_view s = view.sentence(closing_sentence);
            if (auto match = grammar::parse_closing(s, lexicon)) {
                match->begin = s.data();
                document.addresses.push_back(make_address(view, *match, AddressKind::closing));
            }
        }
    }

    // A vocative either is the whole sentence or is followed by its clause: "Mr. President, allow me ...".
    static bool vocative_fits(const AddressMatch& match, std::string_view sentence) {
        const char* end = sentence.data() + sentence.size();
        if (match.end == end) return true;
        const char mark = match.end[-1];
        return mark == ',' || mark == ':' || mark == ';' || mark == '!' || mark == '.' ||
               static_cast<unsigned char>(mark) == 0xA6;  // the last byte of "…"
    }

    // The salutation before the first substantive sentence, over as many
    // sentences and paragraphs as it takes. Returns the first sentence after it.
    std::size_t opening() {
        const std::size_t n = view.sentences();
        AddressMatch opening;
        bool found = false;
        bool partial = false;  // the sentence where it stopped began with the salutation's end
        std::size_t skipped = ~std::size_t{0};
        std::size_t previous = ~std::size_t{0};
        std::size_t k = 0;
        for (; k < n && k != closing_sentence; ++k) {
            const std::size_t p = document.sentences[k].paragraph;
            const bool paragraph_start = p != previous;
            previous = p;
            std::string_view s = view.sentence(k);
            if (k == 0) s = skip_preamble(s, lexicon);
            if (found && lexicon.match(Phrases::customary_opening, s)) continue;  // "Good afternoon."
            if (!found && p < 4) {
                // Before the salutation: a customary formula, and a short title line.
                // A paragraph they open is passed over unless the salutation follows.
                if (p == skipped) continue;
                if (auto custom = lexicon.match(Phrases::customary_opening, s)) {
                    std::string_view rest = s.substr(custom->length);
                    while (!rest.empty() && (rest.front() == ',' || rest.front() == '.' || rest.front() == '!' ||
                                             rest.front() == ' ' || rest.front() == ':' || rest.front() == ';')) {
                        rest.remove_prefix(1);
                    }
                    if (rest.empty() || !grammar::parse_salutation(rest, lexicon)) {
                        skipped = p;
                        continue;
                    }
                    s = rest;
                } else if (paragraph_start && is_title(p)) {
                    skipped = p;
                    continue;
                }
            }
            bool whole = false;
            std::string_view rest = s;
            while (!rest.empty()) {
                auto match = grammar::parse_salutation(rest, lexicon);
                if (!match || !vocative_fits(*match, rest)) break;
                if (!found) opening.begin = match->addressees.front().begin;
                found = true;
                partial = true;
                opening.end = match->end;
                opening.addressees.insert(opening.addressees.end(), match->addressees.begin(), match->addressees.end());
                rest = skip_space(rest.substr(static_cast<std::size_t>(match->end - rest.data())));
                whole = rest.empty();
            }
            if (!whole) break;
            partial = false;
        }
        if (!found) return 0;
        document.addresses.push_back(make_address(view, opening, AddressKind::opening));
        return partial ? k + 1 : k;
    }

    bool is_title(std::size_t p) const {
        std::string_view text = view.paragraph(p);
        if (text.empty() || count_words(text) > 15) return false;
        const char last = text.back();
        return last != '.' && last != ',' && last != ':' && last != ';' && last != '!' && last != '?' &&
               !grammar::parse_salutation(text, lexicon);
    }

    // The closing formula is one of the last sentences; what follows it is short ("God bless you.").
    void find_closing() {
        const std::size_t n = view.sentences();
        for (std::size_t back = 0; back < 3 && back < n; ++back) {
            const std::size_t k = n - 1 - back;
            std::string_view s = view.sentence(k);
            if (count_words(s) > 24) break;
            if (grammar::parse_closing(s, lexicon)) {
                closing_sentence = k;
                return;
            }
        }
    }
};

// ---------------------------------------------------------------------------
// Arguments

struct Marker {
    MarkerMatch match;
    std::size_t sentence = 0;
    std::size_t paragraph = 0;
    bool paragraph_start = false;
    unsigned ordinal = 0;  // in the series, once assigned
};

struct Series {
    std::vector<std::size_t> markers;  // indexes into the marker list
    unsigned numbered = 0;             // members with an ordinal of their own (not "Finally")
};

class ArgumentFinder {
public:
    ArgumentFinder(const View& view, const Lexicon& lexicon, Document& document, const std::vector<char>& vocative,
                   std::size_t closing)
        : view_(view), lexicon_(lexicon), document_(document), vocative_(vocative), closing_(closing) {}

    void run() {
        collect();
        if (markers_.empty()) return;
        std::vector<Series> series;
        for (MarkerFamily family : {MarkerFamily::words, MarkerFamily::numbers, MarkerFamily::letters, MarkerFamily::roman}) {
            build(family, series);
        }
        std::sort(series.begin(), series.end(), [&](const Series& a, const Series& b) {
            return markers_[a.markers.front()].match.begin < markers_[b.markers.front()].match.begin;
        });
        std::vector<char> opens(view_.sentences(), 0);  // sentences where an accepted marker stands
        for (const Series& s : series) {
            for (std::size_t m : s.markers) opens[markers_[m].sentence] = 1;
        }
        unsigned number = 0;
        for (const Series& s : series) {
            ++number;
            for (std::size_t i = 0; i < s.markers.size(); ++i) {
                const Marker& m = markers_[s.markers[i]];
                const Marker* next = i + 1 < s.markers.size() ? &markers_[s.markers[i + 1]] : nullptr;
                emit(number, static_cast<unsigned>(i + 1), m, next, opens);
            }
        }
        std::sort(document_.arguments.begin(), document_.arguments.end(),
                  [](const Argument& a, const Argument& b) { return a.marker.begin < b.marker.begin; });
    }

private:
    void add(const MarkerMatch& match, std::size_t sentence, bool paragraph_start) {
        markers_.push_back({match, sentence, document_.sentences[sentence].paragraph, paragraph_start, 0});
    }

    void collect() {
        std::size_t previous_paragraph = ~std::size_t{0};
        for (std::size_t k = 0; k < view_.sentences(); ++k) {
            std::string_view s = view_.sentence(k);
            const bool paragraph_start = document_.sentences[k].paragraph != previous_paragraph;
            previous_paragraph = document_.sentences[k].paragraph;
            if (paragraph_start) {
                if (auto number = grammar::parse_numbered_marker(s, lexicon_)) {
                    add(*number, k, true);
                    s = skip_space(s.substr(static_cast<std::size_t>(number->end - s.data())));
                }
            }
            // "And second, ...", "But thirdly ...": a conjunction may stand before the ordinal.
            for (std::string_view conjunction : {"and ", "but ", "so "}) {
                if (starts_with_folded(s, conjunction) && !lexicon_.match(Phrases::ordinal_marker, s)) {
                    std::string_view rest = s.substr(conjunction.size());
                    if (grammar::parse_ordinal_marker(rest, lexicon_)) s = rest;
                    break;
                }
            }
            if (auto ordinal = grammar::parse_ordinal_marker(s, lexicon_)) add(*ordinal, k, paragraph_start);
        }
    }

    void build(MarkerFamily family, std::vector<Series>& out) {
        Series current;
        auto close = [&] {
            if (current.numbered >= 2) out.push_back(current);
            current = Series{};
        };
        for (std::size_t i = 0; i < markers_.size(); ++i) {
            Marker& m = markers_[i];
            MarkerFamily f = m.match.family;
            // "(i)" after "(h)" is the ninth letter, not the first roman numeral.
            if (f == MarkerFamily::roman && m.match.ambiguous_letter && family == MarkerFamily::letters &&
                !current.markers.empty() && markers_[current.markers.back()].match.family == MarkerFamily::letters) {
                const unsigned as_letter = static_cast<unsigned>(*m.match.begin == '(' ? m.match.begin[1] : *m.match.begin) - 'a' + 1;
                if (markers_[current.markers.back()].match.ordinal + 1 == as_letter) {
                    m.match.family = MarkerFamily::letters;
                    m.match.ordinal = as_letter;
                    f = family;
                }
            }
            if (f != family) continue;
            const unsigned ordinal = m.match.ordinal;
            if (ordinal == 1) {
                close();
                current.markers.push_back(i);
                current.numbered = 1;
            } else if (ordinal == 0) {
                if (current.numbered >= 2 && near_enough(current, m)) {
                    current.markers.push_back(i);
                    close();
                }
            } else if (!current.markers.empty() &&
                       markers_[current.markers.back()].match.ordinal + 1 == ordinal &&
                       current.numbered + 1 == ordinal) {
                current.markers.push_back(i);
                ++current.numbered;
            }
        }
        close();
    }

    // "Finally" continues a series only near it: about as far from the last
    // member as the members are from one another.
    bool near_enough(const Series& s, const Marker& m) const {
        std::size_t widest = 1;
        for (std::size_t i = 1; i < s.markers.size(); ++i) {
            widest = std::max(widest, markers_[s.markers[i]].paragraph - markers_[s.markers[i - 1]].paragraph);
        }
        const std::size_t gap = m.paragraph - markers_[s.markers.back()].paragraph;
        return gap <= widest + 3;
    }

    // Whether sentence k stops an argument that runs on: a vocative, the closing.
    bool stops(std::size_t k) const { return vocative_[k] || k == closing_; }

    void emit(unsigned series, unsigned ordinal, const Marker& m, const Marker* next, const std::vector<char>& opens) {
        const std::size_t n = view_.sentences();
        std::size_t last = m.sentence;
        if (next) {
            // Up to the next marker of the series, less an address just before it.
            if (next->sentence > m.sentence) last = next->sentence - 1;
            while (last > m.sentence && stops(last)) --last;
        } else {
            // To the end of its paragraph and the paragraphs that continue it.
            // A marker whose sentence is its whole paragraph heads the
            // paragraphs after it, up to an address or another marker.
            std::size_t k = m.sentence + 1;
            for (; k < n && document_.sentences[k].paragraph == m.paragraph && !stops(k) && !opens[k]; ++k) last = k;
            const bool heading = last == m.sentence;
            while (k < n && !stops(k) && !opens[k] && (heading || continues(k))) {
                const std::size_t p = document_.sentences[k].paragraph;
                for (; k < n && document_.sentences[k].paragraph == p && !stops(k) && !opens[k]; ++k) last = k;
            }
        }
        Argument argument;
        argument.series = series;
        argument.ordinal = ordinal;
        argument.marker = view_.span(m.match.begin, m.match.end);
        argument.first_sentence = m.sentence;
        argument.last_sentence = last;
        const std::uint32_t begin = view_.offset(m.match.begin);
        const std::uint32_t end = view_.sentence_end(last);
        argument.span = view_.span(begin, end);
        argument.headline = headline(m);
        document_.arguments.push_back(argument);
    }

    // A paragraph continues the argument before it when it opens as a
    // continuation does: with a word that points back ("This", "These",
    // "Such") or adds to it ("Moreover", "In this regard", "For example").
    bool continues(std::size_t k) const {
        std::string_view s = view_.sentence(k);
        static constexpr std::array<std::string_view, 34> links{
            "this ", "these ", "that ", "those ", "such ", "it ", "its ", "they ", "there ", "here ",
            "moreover", "furthermore", "in addition", "additionally", "also", "likewise", "similarly",
            "in this regard", "in this respect", "in this context", "to this end", "for this reason", "therefore",
            "thus", "hence", "for example", "for instance", "indeed", "in fact", "in particular", "as a result",
            "at the same time", "besides", "consequently"};
        for (std::string_view link : links) {
            if (starts_with_folded(s, link) && (link.back() == ' ' || s.size() == link.size() ||
                                                 !is_alpha(s[link.size()]))) {
                return true;
            }
        }
        return false;
    }

    // The main clause of the first sentence, without the marker and without
    // a clause fronted before it ("Second, if we want the system to deliver, ...").
    Span headline(const Marker& m) const {
        const std::string_view sentence = view_.sentence(m.sentence);
        const char* end_of_sentence = sentence.data() + sentence.size();
        std::string_view rest(m.match.end, static_cast<std::size_t>(end_of_sentence - m.match.end));
        auto trim_front = [&] {
            while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',' || rest.front() == ':' ||
                                     rest.front() == ';' || rest.front() == '-')) {
                rest.remove_prefix(1);
            }
        };
        trim_front();
        // An ordinal marker right after a paragraph number: "15. First, Cambodia will ...".
        if (m.match.family != MarkerFamily::words) {
            if (auto inner = grammar::parse_ordinal_marker(rest, lexicon_)) {
                rest.remove_prefix(static_cast<std::size_t>(inner->end - rest.data()));
                trim_front();
            }
        }
        static constexpr std::array<std::string_view, 30> fronted{
            "and ", "but ", "however", "if ", "when ", "while ", "whilst ", "as ", "although ", "though ",
            "because ", "since ", "to ", "in order ", "with ", "given ", "based on ", "after ", "before ",
            "despite ", "on ", "in ", "at ", "for ", "through ", "by ", "among ", "regarding ", "also ",
            "once "};
        for (int guard = 0; guard < 3; ++guard) {
            bool skipped = false;
            for (std::string_view word : fronted) {
                if (!starts_with_folded(rest, word)) continue;
                const std::size_t comma = rest.find(", ");
                if (comma == std::string_view::npos || count_words(rest.substr(0, comma)) > 25) break;
                rest.remove_prefix(comma + 2);
                skipped = true;
                break;
            }
            if (!skipped) break;
        }
        std::size_t cut = rest.size();
        for (std::string_view stop : {";", ": ", ", and ", ", but ", ", which ", ", while ", ", so ", ", as ",
                                      ", because ", ", including ", ", in order "}) {
            cut = std::min(cut, rest.find(stop));
        }
        std::string_view head = rest.substr(0, cut);
        while (!head.empty() && std::string_view(".!?,;: ").find(head.back()) != std::string_view::npos) {
            head.remove_suffix(1);
        }
        if (head.empty()) return view_.span(m.match.end, m.match.end);
        return view_.span(head.data(), head.data() + head.size());
    }

    const View& view_;
    const Lexicon& lexicon_;
    Document& document_;
    const std::vector<char>& vocative_;
    std::size_t closing_;
    std::vector<Marker> markers_;
};

// ---------------------------------------------------------------------------
// References

std::string roman_of(unsigned n) {
    static constexpr std::array<std::pair<unsigned, std::string_view>, 9> digits{
        {{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
    std::string out;
    for (auto [value, letters] : digits) {
        while (n >= value) {
            out += letters;
            n -= value;
        }
    }
    return out;
}

std::string canonical_resolution(const grammar::ResolutionItem& item, std::string_view body, const Lexicon& lexicon) {
    const std::string number = std::to_string(item.number);
    if (!item.session.empty()) {  // 75/240: the General Assembly's numbering unless another organ is named
        std::string organ = body.empty() || body == "S" ? std::string("A") : std::string(body);
        return organ + "/RES/" + std::string(item.session) + "/" + number;
    }
    if (!item.roman.empty()) return "A/RES/" + number + "(" + std::string(item.roman) + ")";
    if (item.year != 0) {
        if (body == "A") {  // before 1976 the Assembly numbered by session: 1971 is the 26th
            return item.year >= 1946 && item.year <= 1975 ? "A/RES/" + number + "(" + roman_of(item.year - 1945) + ")"
                                                           : std::string();
        }
        return "S/RES/" + number + "(" + std::to_string(item.year) + ")";
    }
    if (body.empty() || body == "S") {
        if (auto year = lexicon.security_council_year(item.number)) {
            return "S/RES/" + number + "(" + std::to_string(*year) + ")";
        }
        return body == "S" ? "S/RES/" + number : std::string();
    }
    return std::string();
}

class ReferenceFinder {
public:
    ReferenceFinder(const View& view, const Lexicon& lexicon, Document& document)
        : view_(view), lexicon_(lexicon), document_(document) {}

    void run() {
        resolutions();
        symbols();
        std::sort(document_.references.begin(), document_.references.end(),
                  [](const Reference& a, const Reference& b) { return a.span.begin < b.span.begin; });
    }

private:
    void resolutions() {
        const std::string_view text = view_.text();
        lower_ = text.find("esolution");
        upper_ = text.find("ESOLUTION");
        for (std::size_t at = 0; (at = find_resolution(text, at)) != std::string_view::npos; at += 10) {
            auto list = grammar::parse_resolution_list(text.substr(at), lexicon_);
            if (!list) continue;
            auto [begin, body] = organ_before(text, at);
            bool first = true;
            for (const auto& item : list->items) {
                Reference ref;
                ref.kind = ReferenceKind::resolution;
                const std::uint32_t item_begin = view_.offset(item.begin);
                ref.span = view_.span(first ? begin : item_begin, view_.offset(item.end));
                ref.canonical = canonical_resolution(item, body, lexicon_);
                document_.references.push_back(std::move(ref));
                covered_.push_back({first ? begin : item_begin, view_.offset(item.end)});
                first = false;
            }
        }
    }

    // Where "resolution" or "resolutions" starts as a word, from `from` on.
    // Each spelling is searched for once per document, not once per hit.
    std::size_t find_resolution(std::string_view text, std::size_t from) {
        while (from < text.size()) {
            if (lower_ < from) lower_ = text.find("esolution", from);
            if (upper_ < from) upper_ = text.find("ESOLUTION", from);
            const std::size_t hit = std::min(lower_, upper_);
            if (hit == std::string_view::npos) return std::string_view::npos;
            from = hit + 9;
            if (hit == 0) continue;
            const std::size_t start = hit - 1;
            if (ascii_lower(text[start]) == 'r' && (start == 0 || !grammar::detail::is_word_byte(text[start - 1]))) {
                return start;
            }
        }
        return std::string_view::npos;
    }

    // The organ named just before "resolution": "Security Council", "UN General Assembly".
    std::pair<std::uint32_t, std::string_view> organ_before(std::string_view text, std::size_t at) const {
        std::pair<std::uint32_t, std::string_view> best{static_cast<std::uint32_t>(at), {}};
        if (at < 2 || text[at - 1] != ' ') return best;
        std::size_t start = at - 1;
        for (int words = 0; words < 5 && start > 0; ++words) {
            std::size_t space = text.rfind(' ', start - 1);
            std::size_t candidate = space == std::string_view::npos ? 0 : space + 1;
            if (candidate >= start) break;
            if (text.substr(candidate, start - candidate).find('\n') != std::string_view::npos) break;
            auto found = lexicon_.match(Phrases::reference_body, text.substr(candidate, at - 1 - candidate));
            if (found && found->length == at - 1 - candidate) best = {static_cast<std::uint32_t>(candidate), found->value};
            if (space == std::string_view::npos) break;
            start = space;
        }
        return best;
    }

    void symbols() {
        const std::string_view text = view_.text();
        for (std::size_t slash = text.find('/'); slash != std::string_view::npos; slash = text.find('/', slash + 1)) {
            std::size_t start = slash;
            while (start > 0 && is_upper(text[start - 1])) --start;
            if (start == slash) continue;
            if (start > 0 && (grammar::detail::is_word_byte(text[start - 1]) || text[start - 1] == '/')) continue;
            auto symbol = grammar::parse_document_symbol(text.substr(start), lexicon_);
            if (!symbol) continue;
            const std::uint32_t b = view_.offset(symbol->begin);
            const std::uint32_t e = view_.offset(symbol->end);
            slash = e - 1;
            const bool inside = std::any_of(covered_.begin(), covered_.end(), [&](const NormalRange& r) {
                return b < r.end && r.begin < e;
            });
            if (inside) continue;
            std::string_view written(symbol->begin, e - b);
            Reference ref;
            ref.kind = written.find("/RES/") != std::string_view::npos ? ReferenceKind::resolution : ReferenceKind::document;
            ref.span = view_.span(b, e);
            for (char c : written) {
                if (c != ' ') ref.canonical += c;
            }
            document_.references.push_back(std::move(ref));
        }
    }

    const View& view_;
    const Lexicon& lexicon_;
    Document& document_;
    std::vector<NormalRange> covered_;
    std::size_t lower_ = 0;  // the next "esolution" and "ESOLUTION" at or after the search start
    std::size_t upper_ = 0;
};

// ---------------------------------------------------------------------------
// Speaker

class SpeakerFinder {
public:
    SpeakerFinder(const View& view, const Lexicon& lexicon, Document& document)
        : view_(view), lexicon_(lexicon), document_(document) {}

    void run() {
        if (document_.speaker || view_.sentences() == 0) return;
        if (from_speaker_line()) return;
        from_self_reference();
    }

private:
    // "Mr. Liu Jieyi (China) (spoke in Chinese):" names the delegation.
    bool from_speaker_line() {
        std::string_view first = view_.sentence(0);
        auto line = grammar::parse_speaker_line(first, lexicon_);
        if (!line || !line->delegation_begin) return false;
        std::string_view delegation(line->delegation_begin,
                                    static_cast<std::size_t>(line->delegation_end - line->delegation_begin));
        auto found = lexicon_.match(Phrases::speaker, delegation);
        Speaker speaker;
        speaker.name = found && found->length == delegation.size() ? std::string(found->first_form) : std::string(delegation);
        speaker.evidence = view_.span(line->delegation_begin, line->delegation_end);
        document_.speaker = std::move(speaker);
        return true;
    }

    struct Candidate {
        std::string_view value;
        std::string_view name;
        unsigned score = 0;
        unsigned best = 0;  // weight of its strongest mention
        std::uint32_t begin = 0, end = 0;
    };

    // The state that the text speaks for: the one it names as "my country,
    // X", "on behalf of X", "the Government of X", or as the subject of its
    // sentences, weighed over all its mentions.
    void from_self_reference() {
        const std::string_view text = view_.text();
        std::vector<Candidate> candidates;
        // Names start words: look after each space, line end or opening mark.
        for (std::size_t at = 0; at < text.size(); ++at) {
            const char c = text[at];
            if (at > 0 && text[at - 1] != ' ' && text[at - 1] != '\n' && text[at - 1] != '(' && text[at - 1] != '"') {
                at = text.find(' ', at);
                if (at == std::string_view::npos) break;
                continue;
            }
            if (!grammar::detail::is_upper_start(c)) continue;
            auto found = lexicon_.match(Phrases::speaker, text.substr(at));
            if (!found) continue;
            const unsigned weight = weigh(text, at, found->length);
            auto it = std::find_if(candidates.begin(), candidates.end(),
                                   [&](const Candidate& x) { return x.value == found->value; });
            if (it == candidates.end()) {
                candidates.push_back({found->value, found->first_form, 0, 0, 0, 0});
                it = candidates.end() - 1;
            }
            it->score += weight;
            if (weight > it->best) {
                it->best = weight;
                it->begin = static_cast<std::uint32_t>(at);
                it->end = static_cast<std::uint32_t>(at + found->length);
            }
            at += found->length - 1;
        }
        auto top = std::max_element(candidates.begin(), candidates.end(),
                                    [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
        if (top == candidates.end() || top->score < 3) return;
        document_.speaker = Speaker{std::string(top->name), view_.span(top->begin, top->end)};
    }

    static unsigned weigh(std::string_view text, std::size_t at, std::size_t length) {
        const std::string_view before = text.substr(at >= 40 ? at - 40 : 0, at >= 40 ? 40 : at);
        for (std::string_view self : {"my country, ", "my country ", "our country, ", "my country, the ",
                                      "we in ", "my nation, ", "my government, "}) {
            if (ends_with_folded(before, self)) return 12;
        }
        for (std::string_view behalf : {"on behalf of ", "on behalf of the ", "behalf of the government of ",
                                        "behalf of the people of ", "behalf of the people and government of ",
                                        "behalf of the government and people of "}) {
            if (ends_with_folded(before, behalf)) return 8;
        }
        const std::string_view after = text.substr(at + length, 40);
        // "In Austria, we ...", "I come from Hungary": the speaker's own country.
        if ((ends_with_folded(before, " in ") && (starts_with_folded(after, ", we ") || starts_with_folded(after, " we "))) ||
            ends_with_folded(before, "i come from ") || ends_with_folded(before, "we come from ")) {
            return 8;
        }
        for (std::string_view of : {"government of ", "president of the republic of ", "delegation of ",
                                    "prime minister of ", "king of ", "head of state of "}) {
            if (ends_with_folded(before, of)) return 2;
        }
        // A place where things happen, or the object of an act, is no self-reference:
        // "the war in Syria", "sanctions against Iran", "the Syrian regime".
        for (std::string_view place : {" in ", " against ", " on ", " into ", " to ", " from ", " by ", " with "}) {
            if (ends_with_folded(before, place)) return 0;
        }
        if (starts_with_folded(after, " regime") || starts_with_folded(after, "'s occupation")) return 0;
        unsigned weight = 1;
        if (starts_with_folded(after, "'s ")) weight += 1;
        // A state that takes positions in the statement's own voice: "Austria
        // will submit", "Japan firmly supports", "China is ready to".
        static constexpr std::array<std::string_view, 39> stance_verbs{
            " supports", " welcomes", " believes", " reaffirms", " reiterates", " calls ", " stands ",
            " remains ", " attaches", " is committed", " is ready", " is determined", " will continue",
            " has always", " has consistently", " firmly", " fully", " strongly", " therefore", " is firmly",
            " would like", " hopes", " looks forward", " is proud", " is honoured", " is honored",
            " joins", " shares", " urges", " wishes", " intends", " is working", " has been working",
            " continues to", " has decided", " has made", " is convinced", " considers", " recognizes"};
        for (std::string_view verb : stance_verbs) {
            if (starts_with_folded(after, verb)) {
                weight += 3;
                break;
            }
        }
        if (weight == 1 && (starts_with_folded(after, " will ") || starts_with_folded(after, " also ") ||
                            starts_with_folded(after, " has ") || starts_with_folded(after, " is "))) {
            weight += 1;
        }
        return weight;
    }

    const View& view_;
    const Lexicon& lexicon_;
    Document& document_;
};

}  // namespace

void find_layers(std::string_view input, const Lexicon& lexicon, const SegmentScratch& scratch, Document& document) {
    const View view(input, scratch);
    std::vector<char> vocative(view.sentences(), 0);
    AddressFinder addresses{view, lexicon, document, vocative};
    addresses.run();
    std::sort(document.addresses.begin(), document.addresses.end(),
              [](const Address& a, const Address& b) { return a.span.begin < b.span.begin; });
    ArgumentFinder(view, lexicon, document, vocative, addresses.closing_sentence).run();
    ReferenceFinder(view, lexicon, document).run();
    SpeakerFinder(view, lexicon, document).run();
}

}  // namespace posext::detail
