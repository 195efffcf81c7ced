// Runs the grammars over a segmented statement and turns their matches into the document model.
#include "grammar/layers.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <span>
#include <array>
#include <string>

#include <posext/grammar/address.hpp>
#include <posext/grammar/argument.hpp>
#include <posext/grammar/reference.hpp>
#include <posext/grammar/speaker.hpp>

#include "detail/blocks.hpp"
#include "detail/cue.hpp"
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

// The first word of a text as the phrase tables list first words: up to a
// space or a mark that ends it ("Mr." of "Mr. President", "Mr" of "Mr/Madam").
std::string_view first_word(std::string_view text) noexcept {
    std::size_t i = 0;
    while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != ':' && text[i] != ';' && text[i] != '!' &&
           text[i] != '/' && text[i] != '\xE2' && text[i] != '(') {
        ++i;
    }
    return text.substr(0, i);
}

// Whether a phrase of a filtered table may begin with `word`, also when the word
// carries a possessive or a full stop ("Japan's", "Austria.").
bool may_open(const PhraseFilter& filter, std::string_view word) {
    if (filter.may_open(word)) return true;
    std::string_view bare = word;
    if (bare.size() > 2 && bare.substr(bare.size() - 2) == "'s") bare.remove_suffix(2);
    while (!bare.empty() && !grammar::detail::is_word_byte(bare.back())) bare.remove_suffix(1);
    return bare.size() != word.size() && filter.may_open(bare);
}

// A cheap test before the salutation grammar: its first word opens a title,
// a modifier or an addressee.
bool may_salute(std::string_view text, const Lexicon& lexicon) {
    std::string_view word = first_word(text);
    for (int pass = 0; pass < 2; ++pass) {
        for (Phrases table : {Phrases::honorific, Phrases::address_modifier, Phrases::addressee}) {
            if (lexicon.may_open(table, word)) return true;
        }
        if (word.empty() || word.back() != '.') break;
        word.remove_suffix(1);
    }
    return false;
}

std::optional<AddressMatch> salutation(std::string_view text, const Lexicon& lexicon) {
    if (!may_salute(text, lexicon)) return std::nullopt;
    return grammar::parse_salutation(text, lexicon);
}

// A cheap test before the ordinal marker grammar.
std::optional<MarkerMatch> ordinal_marker(std::string_view text, const Lexicon& lexicon) {
    const std::string_view word = first_word(text);
    if (!lexicon.may_open(Phrases::ordinal_marker, word)) {
        bool lead = false;
        for (std::string_view w : std::initializer_list<std::string_view>{"the", "my", "our", "a", "this", "that", "let", "i", "turning", "allow"}) {
            lead = lead || (word.size() == w.size() && starts_with_folded(word, w));
        }
        if (!lead) return std::nullopt;
    }
    return grammar::parse_ordinal_marker(text, lexicon);
}


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
                    if (auto match = salutation(rest, lexicon); match && vocative_fits(*match, rest)) {
                        document.addresses.push_back(make_address(view, *match, AddressKind::vocative));
                        vocative_sentence[k] = 1;
                        continue;
                    }
                }
            }
            if (auto match = salutation(s, lexicon); match && vocative_fits(*match, s)) {
                vocative_sentence[k] = 1;
                // A salutation over several lines: "Mr. President," / "Excellencies…".
                while (match->end == s.data() + s.size() && (match->end[-1] == ',' || match->end[-1] == ';') &&
                       k + 1 < n && k + 1 != closing_sentence) {
                    std::string_view next = view.sentence(k + 1);
                    auto more = salutation(next, lexicon);
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
                    if (rest.empty() || !salutation(rest, lexicon)) {
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
                auto match = salutation(rest, lexicon);
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
               !salutation(text, lexicon);
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
            // A list of one-sentence items ("First, ..." / "Secondly, ..." in
            // consecutive paragraphs) has no bodies; its last item has none either.
            bool bodies = false;
            for (std::size_t i = 0; i + 1 < s.markers.size(); ++i) {
                bodies = bodies || markers_[s.markers[i + 1]].sentence - markers_[s.markers[i]].sentence > 1;
            }
            for (std::size_t i = 0; i < s.markers.size(); ++i) {
                const Marker& m = markers_[s.markers[i]];
                const Marker* next = i + 1 < s.markers.size() ? &markers_[s.markers[i + 1]] : nullptr;
                emit(number, static_cast<unsigned>(i + 1), m, next, opens, bodies);
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
            for (std::string_view conjunction : std::initializer_list<std::string_view>{"and ", "but ", "so "}) {
                if (starts_with_folded(s, conjunction) && !lexicon_.match(Phrases::ordinal_marker, s)) {
                    std::string_view rest = s.substr(conjunction.size());
                    if (ordinal_marker(rest, lexicon_)) s = rest;
                    break;
                }
            }
            if (auto ordinal = ordinal_marker(s, lexicon_)) add(*ordinal, k, paragraph_start);
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
                       m.sentence - markers_[current.markers.back()].sentence > max_step) {
                close();  // a series is local: "The second era" far after "First," starts nothing
            } else if (!current.markers.empty() &&
                       markers_[current.markers.back()].match.ordinal + 1 == ordinal &&
                       current.numbered + 1 == ordinal) {
                current.markers.push_back(i);
                ++current.numbered;
            }
        }
        close();
    }

    // The most sentences between two members of a series. Real series keep
    // their members within a few paragraphs (28 sentences at most in the dev
    // statements); twice that leaves room and still keeps unrelated ordinals apart.
    static constexpr std::size_t max_step = 60;

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

    void emit(unsigned series, unsigned ordinal, const Marker& m, const Marker* next, const std::vector<char>& opens,
              bool bodies) {
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
            const bool heading = bodies && last == m.sentence && opens_paragraph(m) &&
                                 count_words(view_.sentence(m.sentence)) <= 25;
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
        argument.headline = headline(m, last);
        document_.arguments.push_back(argument);
    }

    // Whether a marker's sentence is the first of its paragraph.
    bool opens_paragraph(const Marker& m) const {
        return m.sentence == 0 || document_.sentences[m.sentence - 1].paragraph != m.paragraph;
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
    // A marker that stands alone as a heading ("**First:**" on its own line)
    // leaves nothing in its sentence: the next sentence of the argument gives
    // the headline then. Empty only for an argument that is its marker alone.
    Span headline(const Marker& m, std::size_t last) const {
        const std::string_view sentence = view_.sentence(m.sentence);
        const char* end_of_sentence = sentence.data() + sentence.size();
        std::string_view rest(m.match.end, static_cast<std::size_t>(end_of_sentence - m.match.end));
        trim_clause_front(rest);
        // An ordinal marker right after a paragraph number: "15. First, Cambodia will ...".
        if (m.match.family != MarkerFamily::words) {
            if (auto inner = ordinal_marker(rest, lexicon_)) {
                rest.remove_prefix(static_cast<std::size_t>(inner->end - rest.data()));
                trim_clause_front(rest);
            }
        }
        std::string_view head = main_clause(rest);
        if (head.empty() && m.sentence < last) {
            rest = view_.sentence(m.sentence + 1);
            trim_clause_front(rest);
            head = main_clause(rest);
        }
        if (head.empty()) return view_.span(m.match.end, m.match.end);
        return view_.span(head.data(), head.data() + head.size());
    }

    static void trim_clause_front(std::string_view& rest) {
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',' || rest.front() == ':' ||
                                 rest.front() == ';' || rest.front() == '-')) {
            rest.remove_prefix(1);
        }
    }

    // `rest` without fronted clauses, cut before the first clause that joins
    // another, and without the punctuation it ends in.
    static std::string_view main_clause(std::string_view rest) {
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
        for (std::string_view stop : std::initializer_list<std::string_view>{";", ": ", ", and ", ", but ", ", which ", ", while ", ", so ", ", as ",
                                      ", because ", ", including ", ", in order "}) {
            cut = std::min(cut, rest.find(stop));
        }
        std::string_view head = rest.substr(0, cut);
        while (!head.empty() && std::string_view(".!?,;: ").find(head.back()) != std::string_view::npos) {
            head.remove_suffix(1);
        }
        return head;
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
        const PhraseFilter names = lexicon_.filter(Phrases::speaker);
        const PhraseFilter adjectives = lexicon_.filter(Phrases::speaker_adjective);
        std::vector<Candidate> candidates;
        auto consider = [&](std::size_t at) -> std::size_t {
            std::optional<PhraseMatch> found;
            unsigned weight = 0;
            const std::string_view word = first_word(text.substr(at));
            if (may_open(names, word)) found = lexicon_.match(Phrases::speaker, text.substr(at));
            if (found) {
                weight = weigh(text, at, found->length);
            } else if (may_open(adjectives, word)) {
                found = lexicon_.match(Phrases::speaker_adjective, text.substr(at));
                if (!found) return 0;
                weight = weigh_adjective(text, at, found->length);
                if (weight == 0) return 0;
                // Counted under the state's entry in [speakers], whose first name is reported.
                auto state = std::find_if(candidates.begin(), candidates.end(),
                                          [&](const Candidate& x) { return x.value == found->value; });
                if (state == candidates.end()) {
                    if (!name_of_code(found->value)) return 0;
                    found->first_form = *name_of_code(found->value);
                }
            } else {
                return 0;
            }
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
            return found->length;
        };
        // Names start with a capital at the start of the text or after a space,
        // a line end or an opening mark; 64 bytes are tested at once.
        std::uint64_t after_opener = 1;
        std::size_t next = 0;  // the end of the last name found: no name starts inside it
        for_each_block<Want::name_starts>(text, [&](std::size_t base, const BlockClasses& c) {
            std::uint64_t starts = c.upper & ((c.opener << 1) | after_opener);
            after_opener = c.opener >> 63;
            for (; starts != 0; starts &= starts - 1) {
                const std::size_t at = base + static_cast<std::size_t>(std::countr_zero(starts));
                if (at >= next) next = at + consider(at);
            }
        });
        auto top = std::max_element(candidates.begin(), candidates.end(),
                                    [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
        if (top == candidates.end() || top->score < 3) return;
        document_.speaker = Speaker{std::string(top->name), view_.span(top->begin, top->end)};
    }

    // The first name of a code in [speakers], found once per code asked for.
    std::optional<std::string_view> name_of_code(std::string_view code) {
        for (const auto& [c, name] : names_) {
            if (c == code) return name;
        }
        // The table maps names to codes; the way back is a walk over its first forms.
        auto hit = lexicon_.first_form(Phrases::speaker, code);
        if (hit) names_.emplace_back(code, *hit);
        return hit;
    }

    // "the Cuban people", "our Japanese compatriots": an adjective of a state
    // names the speaker only before a noun of its own people or institutions.
    static unsigned weigh_adjective(std::string_view text, std::size_t at, std::size_t length) {
        const std::string_view before = text.substr(at >= 8 ? at - 8 : 0, at >= 8 ? 8 : at);
        const std::string_view after = text.substr(at + length, 16);
        bool own = false;
        for (std::string_view noun : std::initializer_list<std::string_view>{" people", " government", " nation", " delegation", " presidency",
                                      " authorities", " citizens", " compatriots", " constitution", " parliament"}) {
            own = own || starts_with_folded(after, noun);
        }
        if (!own) return 0;
        if (ends_with_folded(before, "our ") || ends_with_folded(before, "my ")) return 6;
        return ends_with_folded(before, "the ") ? 1 : 0;
    }

    static unsigned weigh(std::string_view text, std::size_t at, std::size_t length) {
        const std::string_view before = text.substr(at >= 40 ? at - 40 : 0, at >= 40 ? 40 : at);
        for (std::string_view self : std::initializer_list<std::string_view>{"my country, ", "my country ", "our country, ", "my country, the ",
                                      "we in ", "my nation, ", "my government, "}) {
            if (ends_with_folded(before, self)) return 12;
        }
        for (std::string_view behalf : std::initializer_list<std::string_view>{"on behalf of ", "on behalf of the ", "behalf of the government of ",
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
        for (std::string_view of : std::initializer_list<std::string_view>{"government of ", "president of the republic of ", "delegation of ",
                                    "prime minister of ", "king of ", "head of state of "}) {
            if (ends_with_folded(before, of)) return 2;
        }
        // A place where things happen, or the object of an act, is no self-reference:
        // "the war in Syria", "sanctions against Iran", "the Syrian regime".
        for (std::string_view place : std::initializer_list<std::string_view>{" in ", " against ", " on ", " into ", " to ", " from ", " by ", " with "}) {
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
    std::vector<std::pair<std::string_view, std::string_view>> names_;  // code, first name
};

// ---------------------------------------------------------------------------
// Stances


// A word of a sentence: where it starts and ends in the sentence, without the
// marks around it, and where the next word starts.
struct Word {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool clause_end = false;  // a mark after it ends the clause (";", ":", ", but" ...)
    bool special = false;     // "it", "it's" (a frame may follow) or "we'll" (a commitment in one word)
    std::uint32_t clause = 0;  // index of the first word of its clause
};

bool word_is(std::string_view text, const Word& w, std::string_view lower) {
    return w.end - w.begin == lower.size() && starts_with_folded(text.substr(w.begin), lower);
}

// The clause rules ask this of most words near a cue, against lists of up to
// thirty: the length and the first letter settle most entries before a compare.
template <typename Words>
bool word_in(std::string_view text, const Word& w, const Words& words) {
    const std::size_t size = w.end - w.begin;
    const char first = ascii_lower(text[w.begin]);
    for (std::string_view x : words) {
        if (x.size() == size && x.front() == first && starts_with_folded(text.substr(w.begin), x)) return true;
    }
    return false;
}

bool word_in(std::string_view text, const Word& w, std::initializer_list<std::string_view> words) {
    return word_in<std::initializer_list<std::string_view>>(text, w, words);
}

constexpr std::string_view copulas[] = {"am", "is", "are", "was", "were", "be", "been", "being",
                                                          "remain", "remains", "remained", "become", "becomes",
                                                          "feel", "feels", "stay", "stays", "i'm", "we're", "it's"};
constexpr std::string_view determiners[] = {"the", "a", "an", "our", "my", "its", "their", "his",
                                                              "her", "your", "this", "that", "these", "those", "full",
                                                              "strong", "continued", "unwavering", "firm", "no", "any",
                                                              "steadfast", "further", "greater", "more"};
constexpr std::string_view light[] = {"also", "all", "still", "very", "so", "more", "most", "even",
                                                        "therefore", "thus", "now", "again", "further", "indeed",
                                                        "always", "fully", "firmly", "strongly", "deeply", "truly",
                                                        "really", "certainly", "equally", "particularly", "absolutely",
                                                        "critically", "extremely", "increasingly", "not", "ever"};
constexpr std::string_view self_words[] = {"we", "i", "us", "our", "my", "me", "let", "we'll",
                                                             "i'll", "we've", "i've", "we're", "i'm", "ourselves"};

class StanceFinder {
public:
    StanceFinder(const View& view, const Lexicon& lexicon, Document& document, std::size_t closing)
        : view_(view), lexicon_(lexicon), document_(document), closing_(closing),
          cues_(lexicon.filter(Phrases::stance_cue)), frames_(lexicon.filter(Phrases::stance_frame)),
          intensifiers_(lexicon.filter(Phrases::intensifier)), names_(lexicon.filter(Phrases::speaker)) {}

    void run() {
        if (document_.speaker) {
            speaker_ = document_.speaker->name;
            lowered_ = speaker_;
            for (char& c : lowered_) c = ascii_lower(c);
            if (auto code = lexicon_.match(Phrases::speaker, speaker_); code && code->length == speaker_.size()) {
                speaker_code_ = std::string(code->value);
            }
        }
        innermost_arguments();
        for (std::size_t k = 0; k < view_.sentences(); ++k) {
            if (k == closing_) continue;
            sentence(k);
        }
    }

private:
    // Splits a sentence's normalised text into words; the marks between two
    // words decide whether the first ends its clause. It runs on every word of
    // the text, so it writes through a local pointer into a buffer that only
    // grows (a sentence of n bytes has at most n / 2 + 1 words).
    void split(std::string_view s) {
        if (store_.size() < s.size() / 2 + 1) store_.resize(s.size() / 2 + 1);
        Word* const first = store_.data();
        Word* out = first;
        candidates_.clear();
        const char* const text = s.data();
        std::size_t previous_end = 0;
        for_each_word(s, [&](std::size_t b, std::size_t e) {
            if (out != first && !(b == previous_end + 1 && text[previous_end] == ' ')) {
                marks_between(s, out[-1], previous_end, b);
            }
            const auto index = static_cast<std::uint32_t>(out - first);
            const Word* previous = out != first ? out - 1 : nullptr;
            *out = make_word(s, b, e, previous, index);
            if (may_open_cue(s, *out, previous)) candidates_.push_back(index);
            ++out;
            previous_end = e;
        });
        if (out != first) marks_between(s, out[-1], previous_end, s.size());
        words_ = std::span<Word>(first, static_cast<std::size_t>(out - first));
    }

    void marks_between(std::string_view s, Word& w, std::size_t from, std::size_t to) const {
        for (std::size_t at = from; at < to; ++at) {
            if (s[at] != ' ') clause_mark(s, w, s.data() + at);
        }
    }

    // A mark after a word: ";", ":", ".", "!", "?", brackets, dashes, "…", and a
    // comma before "but", "which" ... end its clause.
    void clause_mark(std::string_view s, Word& w, const char* at) const {
        const char c = *at;
        const char* const end = s.data() + s.size();
        // The period of "Mr." or "e.g." ends no clause. The sentence's last
        // period is no such abbreviation, or the sentence would go on.
        if (c == '.' && at == s.data() + w.end && at + 1 != end) {
            auto kind = lexicon_.abbreviation(std::string_view(s.data() + w.begin, w.end - w.begin + 1));
            if (kind && (*kind == AbbreviationKind::title || *kind == AbbreviationKind::inner)) return;
        }
        if (c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')') {
            w.clause_end = true;
        } else if (c == '\xE2') {
            if (at + 2 < end && at[1] == '\x80' && (at[2] == '\x94' || at[2] == '\x93' || at[2] == '\xA6')) w.clause_end = true;
        } else if (c == ',') {
            std::string_view rest(at + 1, static_cast<std::size_t>(end - at - 1));
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
            // Tested by first letter: most commas come before none of them.
            static constexpr std::array<std::string_view, 7> conjunctions{"but ", "while ", "whereas ", "although ",
                                                                          "yet ", "which ", "and "};
            const char first = rest.empty() ? ' ' : ascii_lower(rest.front());
            if (first != 'b' && first != 'w' && first != 'a' && first != 'y') return;
            for (std::string_view conj : conjunctions) {
                if (conj.front() == first && starts_with_folded(rest, conj)) w.clause_end = true;
            }
        }
    }

    // The word s[b, e), number `index` of its sentence, after `previous` (null for the first).
    static Word make_word(std::string_view s, std::size_t b, std::size_t e, const Word* previous, std::uint32_t index) {
        const bool inside = previous != nullptr && !previous->clause_end;
        Word w{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), false, false,
               inside ? previous->clause : index};
        const char* const p = s.data() + b;
        const std::size_t size = e - b;
        // "it", "it's" (a frame may follow) and "we'll", "I'll" (a commitment in one word).
        const bool it = (size == 2 || size == 4) && (p[0] | 0x20) == 'i' && (p[1] | 0x20) == 't' &&
                        (size == 2 || (p[2] == '\'' && p[3] == 's'));
        w.special = it || (size > 3 && p[size - 3] == '\'' && p[size - 2] == 'l' && p[size - 1] == 'l');
        return w;
    }

    // Whether a cue may start at `w`: its first word passes the cue filter, or it
    // is special. A capital inside a clause makes a name, never a cue, and no cue
    // starts with a digit. sentence() settles the rest, seeing the next word too.
    bool may_open_cue(std::string_view s, const Word& w, const Word* previous) const {
        const char first = s[w.begin];
        const bool name = previous != nullptr && !previous->clause_end && grammar::detail::is_upper_start(first);
        return !name && !is_digit(first) && (w.special || cues_.may_open(std::string_view(s.data() + w.begin, w.end - w.begin)));
    }

    std::string_view form_of(std::string_view s, std::size_t w) const {
        return s.substr(words_[w].begin, words_[w].end - words_[w].begin);
    }

    // The word index where the cue that starts at word `i` with `length` bytes ends (inclusive).
    std::size_t last_word(std::size_t i, std::size_t end) const {
        std::size_t j = i;
        while (j + 1 < words_.size() && words_[j + 1].begin < end) ++j;
        return j;
    }

    // Index of the previous word that is not a light adverb, or npos; stops at a clause end.
    std::size_t previous_content(std::string_view s, std::size_t i, std::size_t clause) const {
        while (i > clause) {
            --i;
            if (!word_in(s, words_[i], light)) return i;
        }
        return std::string_view::npos;
    }

    bool mentions_speaker(std::string_view s, std::size_t from, std::size_t to) const {
        for (std::size_t w = from; w < to; ++w) {
            if (word_in(s, words_[w], self_words)) return true;
        }
        return names_speaker(s, from, to);
    }


    void sentence(std::size_t k) {
        std::string_view s = view_.sentence(k);
        split(s);
        clause_last_ = {~std::size_t{0}, 0};  // word indices start again with each sentence
        const std::size_t n = words_.size();
        std::size_t clause_start = 0;              // first word of the current clause
        std::size_t clause = 0;                    // where the analysis of the clause looks back to
        std::size_t last_cue_end = std::string_view::npos;  // last word of the latest accepted cue in the clause
        bool modal_in_clause = false;
        std::size_t next = 0;  // words before it belong to an accepted or rejected cue
        for (const std::uint32_t candidate : candidates_) {
            std::size_t i = candidate;
            if (i < next) continue;
            if (words_[i].clause != clause_start) {
                clause_start = clause = words_[i].clause;
                last_cue_end = std::string_view::npos;
                modal_in_clause = false;
            }
            // "have to", "do not accept": most phrases that begin with a common word need its next word.
            if (!words_[i].special &&
                !cues_.may_open(form_of(s, i), i + 1 < n ? form_of(s, i + 1) : std::string_view())) {
                continue;
            }
            std::string_view at = s.substr(words_[i].begin);
            Cue cue;
            std::size_t cue_end_byte = 0;
            bool found = false;
            // "we'll", "I'll": a commitment with its subject in one word.
            const Word& w = words_[i];
            if (w.end - w.begin > 3 && s.substr(w.end - 3, 3) == "'ll" &&
                (word_in(s, Word{w.begin, w.end - 3, false, false, 0}, {"we", "i"}))) {
                cue = Cue{StanceType::commit, Cue::Class::modal, Polarity::positive};
                cue_end_byte = w.end;
                found = true;
            } else if (auto frame = it_is_frame(s, i)) {
                cue = Cue{StanceType::prescribe, Cue::Class::frame, Polarity::positive};
                cue_end_byte = words_[*frame].end;
                found = true;
            } else if (auto match = lexicon_.match(Phrases::stance_cue, at)) {
                if (auto parsed = parse_cue(match->value)) {
                    cue = *parsed;
                    cue_end_byte = words_[i].begin + static_cast<std::uint32_t>(match->length);
                    found = true;
                }
            }
            if (!found) continue;
            std::size_t j = last_word(i, cue_end_byte);
            // Text without sentence marks (OCR, lists) can make a clause of thousands of
            // words; looking back at most 60 of them keeps the analysis linear.
            if (i > clause + 60) clause = i - 60;
            if (!accept(s, i, j, clause, cue, last_cue_end, modal_in_clause)) {
                next = j + 1;
                continue;
            }
            bool negated = false;
            // Negation after a modal belongs to the cue: "should not", "will never", "must no longer".
            if (cue.word_class == Cue::Class::modal && j + 1 < n) {
                if (word_in(s, words_[j + 1], {"not", "never"})) {
                    ++j;
                    negated = true;
                } else if (j + 2 < n && word_is(s, words_[j + 1], "no") && word_is(s, words_[j + 2], "longer")) {
                    j += 2;
                    negated = true;
                }
            }
            // Negation before a verb or state: "does not support", "are not ready to", "never".
            if (!negated && cue.word_class != Cue::Class::modal && cue.type != StanceType::oppose) {
                for (std::size_t b = i; b > clause && b + 3 > i; --b) {
                    const Word& before = words_[b - 1];
                    if (word_in(s, before, {"not", "never", "neither", "nor", "cannot", "don't", "doesn't", "won't",
                                            "can't", "didn't", "isn't", "aren't"})) {
                        negated = true;
                        break;
                    }
                }
            }
            // "we will spare no effort": a negative word on the object does not negate the cue.
            if (cue.type == StanceType::oppose || cue.type == StanceType::concern) negated = false;
            emit(k, s, i, j, clause, cue, negated);
            last_cue_end = j;
            if (cue.word_class == Cue::Class::modal || cue.word_class == Cue::Class::frame) {
                modal_in_clause = true;
                modal_start_ = j + 1;
            }
            next = j + 1;
        }
    }

    // "it is (critically) important that/to", "it is also urgent to": the index of the adjective.
    std::optional<std::size_t> it_is_frame(std::string_view s, std::size_t i) const {
        const std::size_t n = words_.size();
        if (!word_is(s, words_[i], "it") && !word_is(s, words_[i], "it's")) return std::nullopt;
        std::size_t j = i + 1;
        if (word_is(s, words_[i], "it")) {
            if (j >= n || !word_in(s, words_[j], {"is", "remains", "was", "becomes", "will"})) return std::nullopt;
            if (word_is(s, words_[j], "will")) {
                if (j + 1 >= n || !word_is(s, words_[j + 1], "be")) return std::nullopt;
                ++j;
            }
            ++j;
        }
        while (j < n && word_in(s, words_[j], light)) ++j;
        if (j >= n) return std::nullopt;
        if (word_is(s, words_[j], "high") || word_is(s, words_[j], "the")) {
            if (j + 1 < n && word_in(s, words_[j + 1], {"time", "right"})) ++j;
            if (j + 1 < n && word_is(s, words_[j], "right") && word_is(s, words_[j + 1], "time")) ++j;
        }
        if (!word_in(s, words_[j], {"essential", "necessary", "imperative", "important", "vital", "critical", "crucial",
                                    "urgent", "time", "incumbent", "paramount", "indispensable"})) {
            return std::nullopt;
        }
        if (j + 1 < n && word_in(s, words_[j + 1], {"that", "to", "for", "we"})) return j;
        return std::nullopt;
    }

    bool accept(std::string_view s, std::size_t i, std::size_t j, std::size_t clause, Cue& cue,
                std::size_t last_cue_end, bool modal_in_clause) const {
        predicate_ = false;
        const std::size_t prev = i > clause ? i - 1 : std::string_view::npos;
        const bool after_and = prev != std::string_view::npos && word_in(s, words_[prev], {"and", "or"});
        // A capital inside a clause makes a name of it: "the Emergency Support Loan".
        if (i > 0 && is_upper(s[words_[i].begin]) && !words_[i - 1].clause_end && cue.word_class != Cue::Class::frame) {
            return false;
        }
        // Whatever follows a prescription or commitment in its clause is its content:
        // "It is time that Member States reaffirm their commitment".
        if (modal_in_clause && !after_and) {
            bool comma = false;
            for (std::size_t w = clause; w < i && !comma; ++w) comma = s[words_[w].end] == ',' && w + 1 >= modal_start_;
            if (!comma) return false;
        }
        // A cue in the scope of an earlier one: "should stay committed", "will continue to support".
        // A comma or a new subject between them ends that scope.
        bool scoped = last_cue_end != std::string_view::npos && !after_and;
        for (std::size_t w = scoped ? last_cue_end : i; w < i && scoped; ++w) {
            if (s[words_[w].end] == ',' ||
                (w > last_cue_end && word_in(s, words_[w], {"we", "i", "they", "he", "she", "it", "this", "that"}))) {
                scoped = false;
            }
        }
        if (scoped) {
            if (i <= last_cue_end + 3) return false;
            if (prev != std::string_view::npos && word_is(s, words_[prev], "to")) return false;
        }
        if (modal_in_clause && prev != std::string_view::npos && word_is(s, words_[prev], "to")) return false;
        const std::size_t content = previous_content(s, i, clause);
        auto content_is = [&](const auto& set) {
            return content != std::string_view::npos && word_in(s, words_[content], set);
        };
        switch (cue.word_class) {
        case Cue::Class::modal:
            if (cue.type == StanceType::commit) {
                // will/shall: the speaker's commitment only ("we will", "Japan will", "my country will",
                // "We welcome ... and will support").
                if (content == std::string_view::npos) return false;
                if (content_is(std::initializer_list<std::string_view>{"we", "i"})) return true;
                if (content_is(std::initializer_list<std::string_view>{"country", "delegation", "government", "nation"}) &&
                    content > clause && word_in(s, words_[content - 1], {"my", "our"})) {
                    return true;
                }
                if (content_is(std::initializer_list<std::string_view>{"and"})) return mentions_speaker(s, clause, content);
                std::size_t head = content;
                // "Japan, for its part, will": the subject before a parenthesis.
                if (s[words_[content].end] == ',' ) {
                    for (std::size_t b = content; b > clause; --b) {
                        if (s[words_[b - 1].end] == ',') {
                            head = b - 1;
                            break;
                        }
                    }
                }
                return names_speaker(s, clause, i, head) || names_speaker(s, clause, i, content);
            }
            // Epistemic, not a prescription: "it should seem evident", "it should be obvious".
            if (word_is(s, words_[i], "should") && j + 1 < words_.size() &&
                (word_in(s, words_[j + 1], {"seem", "appear"}) ||
                 (word_is(s, words_[j + 1], "be") && j + 2 < words_.size() &&
                  word_in(s, words_[j + 2], {"obvious", "evident", "clear", "noted", "recalled"})))) {
                return false;
            }
            // "I must say", "we must admit": a manner of speaking, not a prescription.
            if (j + 1 < words_.size() && word_in(s, words_[j + 1], {"say", "admit", "confess"})) return false;
            // "Let us be frank": a manner of speaking.
            if ((word_is(s, words_[i], "let") || word_is(s, words_[i], "let's")) && j + 1 < words_.size() &&
                word_is(s, words_[j + 1], "be")) {
                return false;
            }
            // "the need", "a need": a noun, not an obligation.
            if (word_in(s, words_[i], {"need", "needs"})) {
                // A verb with its subject ("we need", "the world needs"), not the noun ("in need",
                // "our specific needs", "those who need it").
                if (is_upper(s[words_[i].begin])) return false;
                if (prev == std::string_view::npos) return false;
                if (word_in(s, words_[prev], determiners)) {
                    // "We also emphasize the need for": a noun that a frame verb makes a position.
                    cue.word_class = Cue::Class::noun;
                    return noun_licensed(s, i, clause) && !predicate_;
                }
                if (
                    word_in(s, words_[prev], {"in", "of", "for", "with", "by", "on", "at", "from", "who", "that", "which",
                                              "those", "humanitarian", "specific", "basic", "urgent", "real"})) {
                    return false;
                }
                if (words_[j].clause_end || (j + 1 < words_.size() && word_in(s, words_[j + 1], {"and", "or", "of"}))) return false;
            }
            return true;
        case Cue::Class::frame: return true;
        case Cue::Class::verb: {
            if (prev != std::string_view::npos && word_in(s, words_[prev], determiners)) {
                cue.word_class = Cue::Class::noun;
                return noun_licensed(s, i, clause);
            }
            // An infinitive states a position after a verb of wanting or continuing
            // ("I would like to thank"), not in a purpose clause ("to support this").
            if (prev != std::string_view::npos && word_is(s, words_[prev], "to")) {
                if (prev == clause || !word_in(s, words_[prev - 1], {"like", "wish", "want", "wants", "continue",
                                                                    "continues", "intend", "intends", "plan", "plans",
                                                                    "seek", "seeks", "going", "want", "hope", "taking",
                                                                    "opportunity", "take", "wishes", "decided",
                                                                    "begin", "begins", "and", "ready", "prepared",
                                                                    "committed", "determined", "willing", "pleased",
                                                                    "honoured", "honored", "happy", "glad", "proud"})) {
                    return false;
                }
            }
            // A gerund in a list of actions: "promoting education, supporting health systems".
            {
                const std::string_view form = s.substr(words_[i].begin, words_[i].end - words_[i].begin);
                if (form.size() > 4 && form.substr(form.size() - 3) == "ing" && prev != std::string_view::npos &&
                    (word_in(s, words_[prev], {"and", "or", "including", "includes", "include", "through", "in", "of",
                                               "without", "while", "also"}) ||
                     (s[words_[prev].end] == ',' && words_[prev].end - words_[prev].begin > 3 &&
                      s.substr(words_[prev].end - 3, 3) == "ing"))) {
                    return false;
                }
            }
            if (cue.type == StanceType::support) {
                // Support as aid: "provided support for", "is supporting the establishment".
                if (prev != std::string_view::npos &&
                    word_in(s, words_[prev], {"provide", "provides", "provided", "providing", "give", "gives", "given",
                                              "giving", "financial", "technical", "material", "humanitarian",
                                              "logistical", "budgetary", "valuable"})) {
                    return false;
                }
                if (content_is(std::initializer_list<std::string_view>{"is", "are", "was", "were", "been"}) && s.substr(words_[i].begin, 10) == "supporting") return false;
                if (j + 1 < words_.size() && word_is(s, words_[j + 1], "to") && word_in(s, words_[i], {"support"}) &&
                    prev != std::string_view::npos && !word_in(s, words_[prev], self_words)) {
                    return false;
                }
            }
            if (cue.type == StanceType::welcome && word_in(s, words_[i], {"thanks"}) && j + 1 < words_.size() &&
                word_is(s, words_[j + 1], "to")) {
                return false;  // "thanks to": because of
            }
            return true;
        }
        case Cue::Class::state:
            if (word_in(s, words_[i], {"against"})) return content_is(copulas);
            // "committed against the people": a crime, not a commitment.
            if (word_is(s, words_[i], "committed") && j == i && j + 1 < words_.size() && !words_[j].clause_end &&
                s[words_[j].end] != ',' && !word_in(s, words_[j + 1], {"to", "and", "in"})) {
                return false;
            }
            if (content != std::string_view::npos &&
                (word_in(s, words_[content], determiners) ||
                 word_in(s, words_[content], {"of", "for", "with", "by", "on", "at", "from", "being"}))) {
                return false;
            }
            // After a copula, a subject pronoun, or the speaker's name: "Cambodia stands ready to".
            return content == std::string_view::npos || content_is(copulas) ||
                   content_is(std::initializer_list<std::string_view>{"we", "i", "they", "he", "she", "and"}) ||
                   names_speaker(s, clause, i, content) || word_in(s, words_[i], {"stand", "stands", "stand ready"}) ||
                   is_upper(s[words_[content].begin]);
        case Cue::Class::adj: {
            // Predicated of a subject: "X is crucial", "X is a crucial partner", "remains key for".
            std::size_t c = content;
            std::size_t skipped = 0;
            while (c != std::string_view::npos && skipped < 2 && word_in(s, words_[c], {"a", "an", "the"})) {
                c = previous_content(s, c, clause);
                ++skipped;
            }
            if (c == std::string_view::npos || !word_in(s, words_[c], copulas)) return false;
            if (c > clause && word_in(s, words_[c - 1], {"it"})) return false;  // "it is important to": a frame
            return true;
        }
        case Cue::Class::noun: return noun_licensed(s, i, clause);
        }
        return false;
    }

    // Whether the speaker is named by words of [clause, i), under any of its names;
    // with `ending`, only a name that ends at that word (the subject's head).
    bool names_speaker(std::string_view s, std::size_t clause, std::size_t i,
                       std::size_t ending = std::string_view::npos) const {
        if (speaker_.empty()) return false;
        const std::string& name = lowered_;
        for (std::size_t w = clause; w < i; ++w) {
            if (!grammar::detail::is_upper_start(s[words_[w].begin])) continue;  // names are capitalised
            if (speaker_code_.empty() ? !starts_with_folded(s.substr(words_[w].begin), name)
                                      : !may_open(names_, form_of(s, w))) {
                continue;
            }
            std::size_t length = 0;
            if (starts_with_folded(s.substr(words_[w].begin), name)) length = name.size();
            else if (!speaker_code_.empty()) {
                if (auto m = lexicon_.match(Phrases::speaker, s.substr(words_[w].begin)); m && m->value == speaker_code_) {
                    length = m->length;
                }
            }
            if (length == 0) continue;
            if (ending == std::string_view::npos || words_[w].begin + length == words_[ending].end) return true;
        }
        return false;
    }

    // A noun states a position as the object of a frame verb ("reaffirm our
    // commitment") or as a predicate after a copula ("is a growing threat").
    bool noun_licensed(std::string_view s, std::size_t i, std::size_t clause) const {
        for (std::size_t b = i; b > clause && b + 7 > i; --b) {
            if (word_is(s, words_[b - 1], "to") && b + 1 < i) return false;  // "continue to address other concerns"
            if (frames_.may_open(form_of(s, b - 1)) && lexicon_.match(Phrases::stance_frame, s.substr(words_[b - 1].begin))) {
                return true;
            }
        }
        for (std::size_t b = i; b > clause && b + 4 > i; --b) {
            if (word_in(s, words_[b - 1], copulas) || word_in(s, words_[b - 1], {"there"})) {
                predicate_ = true;
                return true;
            }
        }
        // The subject of its clause, with a copula after it: "Our support for the UN
        // remains", "The threat of climate change is existential", "have our full support".
        const bool opens = i == clause || (i == clause + 1 && word_in(s, words_[clause], determiners)) ||
                           (i == clause + 2 && word_in(s, words_[clause], {"our", "my"}));
        if (opens) {
            for (std::size_t a = i + 1; a < words_.size() && a < i + 8; ++a) {
                if (word_in(s, words_[a], copulas)) {
                    predicate_ = true;
                    return true;
                }
                if (words_[a].clause_end) break;
            }
        }
        if (i >= 2 && word_in(s, words_[i - 1], {"full", "strong"}) && word_in(s, words_[i - 2], {"our", "my"}) &&
            i >= 3 && word_in(s, words_[i - 3], {"have", "has"})) {
            return true;
        }
        return false;
    }

    void emit(std::size_t k, std::string_view s, std::size_t i, std::size_t j, std::size_t clause, const Cue& cue,
              bool negated) {
        const std::uint32_t base = view_.sentence_begin(k);
        Stance st;
        st.sentence = k;
        st.type = cue.type;
        st.negated = negated;
        st.polarity = negated && (cue.type == StanceType::support || cue.type == StanceType::prescribe ||
                                  cue.type == StanceType::appeal || cue.type == StanceType::commit)
                          ? Polarity::negative
                          : cue.polarity;
        st.cue = view_.span(base + words_[i].begin, base + words_[j].end);
        // Holder: the speaker, unless a stance verb reports another actor's position.
        const bool reportable = cue.word_class == Cue::Class::verb || cue.word_class == Cue::Class::noun ||
                                cue.word_class == Cue::Class::state;
        const bool own = cue.type == StanceType::assess || cue.type == StanceType::prescribe || !reportable ||
                         (cue.word_class == Cue::Class::noun && predicate_);
        // A passive with its agent reports the agent's position: "endorsed by the Security Council".
        if (!own && cue.word_class == Cue::Class::verb && j + 1 < words_.size() && word_is(s, words_[j + 1], "by") &&
            !words_[j].clause_end) {
            st.holder.kind = HolderKind::third_party;
        } else if (!own && i > clause && !mentions_speaker(s, clause, i)) {
            // The words before the cue name someone: "Many countries", "The GGE report", "the UN members".
            std::size_t first = clause;
            while (first < i && (word_in(s, words_[first], {"and", "but", "so", "to", "in", "for", "as", "this", "end",
                                                             "that", "meanwhile", "moreover", "also", "furthermore"}))) {
                ++first;
            }
            bool named = false;
            for (std::size_t w = first; w < i; ++w) {
                const char c0 = s[words_[w].begin];
                const bool capital = is_upper(c0) && w > 0;
                if (capital || word_in(s, words_[w], {"countries", "states", "members", "parties", "delegations",
                                                       "actors", "nations", "governments", "others", "many", "some",
                                                       "majority", "report", "council", "assembly", "organizations",
                                                       "community", "leaders", "they", "he", "she", "there"})) {
                    named = true;
                }
            }
            if (named) {
                st.holder.kind = HolderKind::third_party;
                if (first < i) st.holder.span = view_.span(base + words_[first].begin, base + words_[i - 1].end);
            }
        }
        if (st.holder.kind == HolderKind::speaker && i > clause) {
            for (std::size_t w = clause; w < i; ++w) {
                const bool name = !speaker_.empty() && starts_with_folded(s.substr(words_[w].begin), lowered_);
                if (name || word_in(s, words_[w], {"we", "i"})) {
                    const std::uint32_t e = name ? words_[w].begin + static_cast<std::uint32_t>(speaker_.size()) : words_[w].end;
                    st.holder.span = view_.span(base + words_[w].begin, base + e);
                    break;
                }
            }
        }
        // Intensity: "firmly supports", "supports fully", "at all times".
        for (std::size_t b = i; b > clause && b + 3 > i; --b) {
            if (!intensifiers_.may_open(form_of(s, b - 1))) continue;
            if (auto m = lexicon_.match(Phrases::intensifier, s.substr(words_[b - 1].begin))) {
                st.intensity = view_.span(base + words_[b - 1].begin, base + words_[b - 1].begin + static_cast<std::uint32_t>(m->length));
                break;
            }
        }
        if (!st.intensity && j + 1 < words_.size() && intensifiers_.may_open(form_of(s, j + 1))) {
            if (auto m = lexicon_.match(Phrases::intensifier, s.substr(words_[j + 1].begin))) {
                st.intensity = view_.span(base + words_[j + 1].begin, base + words_[j + 1].begin + static_cast<std::uint32_t>(m->length));
            }
        }
        // Target: what follows the cue to the end of its clause.
        std::size_t t = j + 1;
        while (t < words_.size() && !words_[t - 1].clause_end &&
               word_in(s, words_[t], {"to", "that", "for", "of", "on", "upon", "with", "by", "the", "a", "an"})) {
            ++t;
        }
        std::size_t last = j;
        if (!words_[j].clause_end) last = clause_last(j);
        if (t < words_.size() && t <= last && !words_[j].clause_end) {
            st.target = view_.span(base + words_[t].begin, base + words_[last].end);
        }
        st.span = view_.span(base + words_[clause].begin, base + words_[std::max(last, j)].end);
        if (const Argument* inside = argument_of_[k]) st.argument = inside->ordinal;
        document_.stances.push_back(st);
    }

    // The last word of the clause that word w (not a clause end) is in. All
    // cues of a clause share it, so it is found once per clause: a clause of
    // thousands of words (text without marks) is not read again at each cue.
    std::size_t clause_last(std::size_t w) {
        if (clause_last_.first == words_[w].clause && clause_last_.second > w) return clause_last_.second;
        std::size_t last = w;
        for (std::size_t v = w + 1; v < words_.size(); ++v) {
            last = v;
            if (words_[v].clause_end) break;
        }
        clause_last_ = {words_[w].clause, last};
        return last;
    }

    // For each sentence, the innermost argument holding it (the one that
    // starts last), so that a stance finds its argument without a search.
    void innermost_arguments() {
        argument_of_.assign(view_.sentences(), nullptr);
        for (const Argument& a : document_.arguments) {
            for (std::size_t k = a.first_sentence; k <= a.last_sentence && k < argument_of_.size(); ++k) {
                const Argument*& inside = argument_of_[k];
                if (!inside || a.first_sentence >= inside->first_sentence) inside = &a;
            }
        }
    }

    const View& view_;
    const Lexicon& lexicon_;
    Document& document_;
    std::size_t closing_;
    std::string speaker_;
    std::string speaker_code_;
    std::string lowered_;  // the speaker's name in lower case
    PhraseFilter cues_;    // first words of the stance cues
    PhraseFilter frames_;
    PhraseFilter intensifiers_;
    PhraseFilter names_;  // the speaker's entry in [speakers], so that "the UK" names "United Kingdom"
    std::vector<const Argument*> argument_of_;  // per sentence: the innermost argument holding it
    std::pair<std::size_t, std::size_t> clause_last_;  // a clause's first word and its last, once found
    std::vector<Word> store_;  // grows to the longest sentence's words; words_ views it
    std::span<Word> words_;
    std::vector<std::uint32_t> candidates_;  // indices of the sentence's candidate words
    mutable bool predicate_ = false;  // the last noun accepted was licensed by a copula
    std::size_t modal_start_ = 0;     // the first word after the clause's prescription or commitment
};

}  // namespace

void find_layers(std::string_view input, const Lexicon& lexicon, const SegmentScratch& scratch, bool stances,
                 Document& document) {
    const View view(input, scratch);
    std::vector<char> vocative(view.sentences(), 0);
    AddressFinder addresses{view, lexicon, document, vocative};
    addresses.run();
    std::sort(document.addresses.begin(), document.addresses.end(),
              [](const Address& a, const Address& b) { return a.span.begin < b.span.begin; });
    ArgumentFinder(view, lexicon, document, vocative, addresses.closing_sentence).run();
    ReferenceFinder(view, lexicon, document).run();
    SpeakerFinder(view, lexicon, document).run();
    if (stances) StanceFinder(view, lexicon, document, addresses.closing_sentence).run();
}

}  // namespace posext::detail
