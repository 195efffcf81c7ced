// Numbered arguments: markers, their series, the sentences each argument spans and its headline.
#include "structure/finders.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include <posext/grammar/x3/argument.hpp>

#include "lexicon/prefilter.hpp"
#include "lexicon/word_list.hpp"

namespace posext::detail {
namespace {

using grammar::rules::MarkerFamily;
using grammar::rules::MarkerMatch;

// A cheap test before the ordinal marker grammar.
std::optional<MarkerMatch> ordinal_marker(std::string_view text, const Lexicon& lexicon) {
    // The grammar's own tables say which words may open a marker.
    const std::string_view word = first_word(text);
    if (!lexicon.may_open(Phrases::ordinal_marker, word) && !lexicon.may_open(Phrases::ordinal_lead, word) &&
        !lexicon.may_open(Phrases::ordinal_determiner, word)) {
        return std::nullopt;
    }
    return grammar::rules::parse_ordinal_marker(text, lexicon);
}

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
    ArgumentFinder(const SegmentedText& view, const Lexicon& lexicon, Document& document, const std::vector<char>& vocative,
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
                if (auto number = grammar::rules::parse_numbered_marker(s, lexicon_)) {
                    add(*number, k, true);
                    s = skip_space(s.substr(static_cast<std::size_t>(number->end - s.data())));
                }
            }
            // "And second, ...", "But thirdly ...": a conjunction may stand before the ordinal.
            if (const std::size_t conjunction = word_then_space(s, WordTable::ordinal_conjunctions);
                conjunction != 0 && !lexicon_.match(Phrases::ordinal_marker, s)) {
                std::string_view rest = s.substr(conjunction + 1);
                if (ordinal_marker(rest, lexicon_)) s = rest;
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
        return list(WordTable::argument_links).opens(view_.sentence(k)) != 0;
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
        // The first sentence after it with words in its main clause: a sentence of marks alone ("!")
        // gives none.
        for (std::size_t k = m.sentence + 1; head.empty() && k <= last; ++k) {
            rest = view_.sentence(k);
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
    std::string_view main_clause(std::string_view rest) const {
        // Up to three fronted clauses ("If we want the system to deliver, ...") of at most 25 words.
        for (int guard = 0; guard < 3 && list(WordTable::fronted_clauses).opens(rest) != 0; ++guard) {
            const std::size_t comma = rest.find(", ");
            if (comma == std::string_view::npos || count_words(rest.substr(0, comma)) > 25) break;
            rest.remove_prefix(comma + 2);
        }
        // Cut at ";", ": " or a comma before a word that joins another clause (", and ", ", which ").
        std::size_t cut = std::min(rest.find(';'), rest.find(": "));
        for (std::size_t comma = rest.find(", "); comma < cut; comma = rest.find(", ", comma + 1)) {
            if (word_then_space(rest.substr(comma + 2), WordTable::headline_stops) != 0) {
                cut = comma;
                break;
            }
        }
        cut = std::min(cut, rest.size());
        std::string_view head = rest.substr(0, cut);
        while (!head.empty() && std::string_view(".!?,;: ").find(head.back()) != std::string_view::npos) {
            head.remove_suffix(1);
        }
        return head;
    }

    const WordList& list(WordTable table) const noexcept { return word_list(lexicon_, table); }

    // The length of an entry of `table` that opens `text` and is followed by a space, or 0.
    std::size_t word_then_space(std::string_view text, WordTable table) const noexcept {
        const std::size_t length = list(table).opens(text);
        return length != 0 && length < text.size() && text[length] == ' ' ? length : 0;
    }

    const SegmentedText& view_;
    const Lexicon& lexicon_;
    Document& document_;
    const std::vector<char>& vocative_;
    std::size_t closing_;
    std::vector<Marker> markers_;
};

}  // namespace

void find_arguments(const SegmentedText& text, const Lexicon& lexicon, const AddressOutline& outline,
                    Document& document) {
    ArgumentFinder(text, lexicon, document, outline.vocative, outline.closing_sentence).run();
}

}  // namespace posext::detail
