// Recorded votes ("In favour: ... Against: ... Abstaining: ...") checked against their result line, and
// what a vote is on.
#include "structure/votes.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>

#include <posext/detail/chars.hpp>

#include "lexicon/phrase_filter.hpp"
#include "text/ascii.hpp"

namespace posext::detail {
namespace {

// The phrase of `table` at `at`; Lexicon::match ends it at a word's end.
std::optional<PhraseMatch> phrase_at(const Lexicon& lexicon, Phrases table, std::string_view text, std::size_t at) {
    return lexicon.match(table, text.substr(at));
}

// The words between an object and a symbol that still make the symbol the object's: "(", or words of
// [symbol-links] ("contained in document").
bool joins_symbol(std::string_view between, const Lexicon& lexicon) {
    std::string words;
    for (const char c : between) {
        if (is_ascii_space(c)) {
            if (!words.empty() && words.back() != ' ') words += ' ';
        } else {
            words += ascii_lower(c);
        }
    }
    while (!words.empty() && words.back() == ' ') words.pop_back();
    if (!words.empty() && words.front() == ' ') words.erase(0, 1);
    if (words.empty() || words == "(" || word_list(lexicon, WordTable::symbol_links).contains(words)) return true;
    // "the draft resolution submitted by the United States (S/2014/189)": a short phrase, then the bracket.
    const std::size_t marks = static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [](char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')';
    }));
    return words.ends_with("(") && marks == 1 && std::count(words.begin(), words.end(), ' ') <= 8;
}

// The head of an object phrase, singular: "draft resolution" and "draft resolutions" give "resolution".
std::string_view head_of(std::string_view phrase) {
    const std::size_t space = phrase.rfind(' ');
    std::string_view head = space == std::string_view::npos ? phrase : phrase.substr(space + 1);
    if (head.size() > 3 && head.back() == 's') head.remove_suffix(1);
    return head;
}

struct ObjectAt {
    VoteObject object;
    std::string head;   // lower case
    bool own_symbol = false;
};

std::optional<ObjectAt> object_here(const SegmentedText& view, const Lexicon& lexicon, const Document& document,
                                    std::uint32_t at) {
    const std::string_view text = view.text();
    if (at >= text.size() || (at > 0 && is_word_byte(text[at - 1]))) return std::nullopt;
    const auto m = phrase_at(lexicon, Phrases::vote_object, text, at);
    if (!m) return std::nullopt;
    std::uint32_t begin = at;
    // A determiner before it belongs to the object: "the draft resolution", "this amendment".
    if (at >= 2 && text[at - 1] == ' ') {
        std::uint32_t b = at - 1;
        while (b > 0 && is_word_byte(text[b - 1])) --b;
        const std::string_view before = text.substr(b, at - 1 - b);
        if (!before.empty() && word_list(lexicon, WordTable::determiners).contains(before)) begin = b;
    }
    ObjectAt out;
    std::string folded(text.substr(at, m->length));
    for (char& c : folded) c = ascii_lower(c);
    out.head = std::string(head_of(folded));
    Span span = view.span(begin, static_cast<std::uint32_t>(at + m->length));
    const std::string_view input = view.input;
    for (std::size_t r = 0; r < document.references.size(); ++r) {
        const Span ref = document.references[r].span;
        if (ref.end <= span.begin) continue;
        // "resolution 2272 (2016)": the reference starts inside the object phrase.
        const bool inside = ref.begin >= span.begin && ref.begin <= span.end;
        const bool after = ref.begin >= span.end && joins_symbol(input.substr(span.end, ref.begin - span.end), lexicon);
        if (inside || after) {
            const bool bracket = after && input.substr(span.end, ref.begin - span.end).find('(') != std::string_view::npos;
            span.end = std::max(span.end, ref.end);
            if (bracket && span.end < input.size() && input[span.end] == ')') ++span.end;
            out.object.reference = r;
            out.own_symbol = true;
        }
        break;
    }
    out.object.span = span;
    return out;
}

// Calls on_object for each object phrase of the statement before input offset `before`, in order.
template <typename OnObject>
void objects_before(const SegmentedText& view, const Lexicon& lexicon, const Document& document, std::uint32_t before,
                    OnObject&& on_object) {
    const std::string_view text = view.text();
    const PhraseFilter filter = phrase_filter(lexicon, Phrases::vote_object);
    for (std::uint32_t i = 0; i < text.size(); ++i) {
        if (!is_word_byte(text[i]) || (i > 0 && is_word_byte(text[i - 1]))) continue;
        std::uint32_t e = i;
        while (e < text.size() && is_word_byte(text[e])) ++e;
        if (filter.may_open(text.substr(i, e - i))) {
            if (auto found = object_here(view, lexicon, document, i)) {
                if (found->object.span.begin >= before) return;
                on_object(*found);
            }
        }
        i = e;
    }
}

}  // namespace

std::optional<VoteChoice> vote_choice(std::string_view value) noexcept {
    if (value == "in_favour") return VoteChoice::in_favour;
    if (value == "against") return VoteChoice::against;
    if (value == "abstention") return VoteChoice::abstention;
    return std::nullopt;
}

std::optional<VoteObject> vote_object_at(const SegmentedText& view, const Lexicon& lexicon, const Document& document,
                                         std::uint32_t at, bool earlier) {
    auto found = object_here(view, lexicon, document, at);
    if (!found) return std::nullopt;
    if (!found->own_symbol && earlier) {
        // "the draft resolution" after "the draft resolution (S/2014/189)" earlier: the same document.
        objects_before(view, lexicon, document, found->object.span.begin, [&](const ObjectAt& earlier) {
            if (earlier.own_symbol && earlier.head == found->head) found->object.reference = earlier.object.reference;
        });
    }
    return found->object;
}

std::optional<std::size_t> last_named_reference(const SegmentedText& view, const Lexicon& lexicon,
                                                const Document& document, std::uint32_t before) {
    std::optional<std::size_t> last;
    objects_before(view, lexicon, document, before, [&](const ObjectAt& earlier) {
        if (earlier.own_symbol) last = earlier.object.reference;
    });
    return last;
}

namespace {

class RecordedVotes {
public:
    RecordedVotes(const SegmentedText& view, const Lexicon& lexicon, Document& document)
        : view_(view), lexicon_(lexicon), document_(document) {}

    void run() {
        const std::size_t n = view_.sentences();
        for (std::size_t k = 0; k < n;) {
            if (!heading(k)) {
                ++k;
                continue;
            }
            k = block(k);  // blocks come in text order, and the rows of each too
        }
    }

private:
    struct Heading {
        VoteChoice choice;
        std::size_t list = 0;  // where its list starts in the sentence
    };

    // "In favour:" opening sentence k.
    std::optional<Heading> heading(std::size_t k) const {
        const std::string_view s = view_.sentence(k);
        // A heading is short and ends in a colon: most sentences fail here, before a lookup.
        if (s.substr(0, 32).find(':') == std::string_view::npos) return std::nullopt;
        const auto m = lexicon_.match(Phrases::vote_heading, s);
        if (!m) return std::nullopt;
        std::size_t at = m->length;
        while (at < s.size() && s[at] == ' ') ++at;
        if (at >= s.size() || s[at] != ':') return std::nullopt;
        const auto choice = vote_choice(m->value);
        if (!choice) return std::nullopt;
        return Heading{*choice, at + 1};
    }

    struct Name {
        std::uint32_t begin = 0, end = 0;  // normalised offsets
        std::string_view name;
    };

    // The states named in `text` (normalised, from offset `base`), up to where it holds something else:
    // names, "and", commas and "None" only. Returns the offset in `text` where it stopped.
    std::size_t names(std::string_view text, std::uint32_t base, std::vector<Name>& out) const {
        std::size_t at = 0;
        while (true) {
            while (at < text.size() && (text[at] == ' ' || text[at] == ',' || text[at] == ';' || text[at] == '.')) ++at;
            if (at >= text.size()) return at;
            if (starts_with_folded(text.substr(at), "and ")) {
                at += 4;
                continue;
            }
            if (auto m = phrase_at(lexicon_, Phrases::speaker, text, at)) {
                out.push_back({static_cast<std::uint32_t>(base + at), static_cast<std::uint32_t>(base + at + m->length),
                               m->first_form});
                at += m->length;
                continue;
            }
            if (auto m = phrase_at(lexicon_, Phrases::vote_count, text, at); m && m->value == "0") {
                at += m->length;  // "Against: None"
                continue;
            }
            return at;
        }
    }

    // Reads the block of lists that starts with the heading of sentence k; returns the sentence after it.
    std::size_t block(std::size_t k) {
        const std::size_t first = k;
        const std::size_t n = view_.sentences();
        struct List {
            VoteChoice choice;
            std::vector<Name> names;
        };
        std::vector<List> lists;
        std::string joined;
        while (k < n) {
            const auto h = heading(k);
            if (!h) break;
            // A list may run over several sentences (a line each in a narrow column), and a name over
            // two of them ("Antigua and" | "Barbuda"): the list is read from its heading to the next one,
            // its paragraph breaks read as spaces (one byte for one, so that offsets hold).
            std::size_t m = k + 1;
            while (m < n && m < k + 400 && !heading(m)) ++m;
            const std::uint32_t from = view_.sentence_begin(k) + static_cast<std::uint32_t>(h->list);
            joined.assign(view_.text().substr(from, view_.sentence_end(m - 1) - from));
            std::replace(joined.begin(), joined.end(), '\n', ' ');
            List list{h->choice, {}};
            const std::uint32_t stop = from + static_cast<std::uint32_t>(names(joined, from, list.names));
            // Where the names stop, the list ends: at the start of a sentence, or inside one that is prose
            // ("Senegal" | "China spoke first."), whose words are then no names.
            std::size_t next = k + 1;
            while (next < m && view_.sentence_end(next) <= stop) ++next;
            if (next < m && view_.sentence_begin(next) < stop) {
                const std::uint32_t cut = view_.sentence_begin(next);
                list.names.erase(std::remove_if(list.names.begin(), list.names.end(),
                                                [&](const Name& x) { return x.begin >= cut; }),
                                 list.names.end());
            }
            if (stop < view_.sentence_end(k) && list.names.empty()) break;  // "Against: this background"
            lists.push_back(std::move(list));
            k = next;
            if (k < m) break;  // the names stopped before the next heading
        }
        if (lists.empty()) return first + 1;
        // The result line, within the next sentences: "13 votes in favour, 1 vote against and l abstention".
        std::optional<std::size_t> result_sentence;
        std::array<std::optional<unsigned>, 3> counts{};
        for (std::size_t r = k; r < n && r < k + 3 && !result_sentence; ++r) {
            if (result(r, counts)) result_sentence = r;
        }
        std::size_t named = 0;
        for (const List& list : lists) named += list.names.size();
        // One heading with a list and nothing after it may be prose; lists with their result, or more than one, are a vote.
        if (named == 0 || (lists.size() < 2 && !result_sentence)) return first + 1;

        std::optional<VoteObject> object;
        for (std::size_t b = first; b > 0 && b + 5 > first && !object; --b) object = last_object(b - 1);
        std::array<unsigned, 3> listed{};
        for (const List& list : lists) {
            listed[static_cast<std::size_t>(list.choice)] += static_cast<unsigned>(list.names.size());
            for (const Name& name : list.names) {
                Vote v;
                v.span = view_.span(name.begin, name.end);
                v.kind = VoteKind::record;
                v.choice = list.choice;
                v.voter.span = v.span;
                v.voter.name = std::string(name.name);
                v.voter.kind = document_.speaker && document_.speaker->name == v.voter.name ? HolderKind::speaker
                                                                                             : HolderKind::third_party;
                if (object) {
                    v.object = object->span;
                    v.reference = object->reference;
                }
                document_.votes.push_back(std::move(v));
            }
        }
        if (result_sentence) check(*result_sentence, counts, listed);
        return k;
    }

    // The last object phrase of sentence k: what "I shall put the draft resolution to the vote" puts.
    std::optional<VoteObject> last_object(std::size_t k) const {
        const std::string_view s = view_.sentence(k);
        const std::uint32_t base = view_.sentence_begin(k);
        std::optional<VoteObject> last;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (!is_word_byte(s[i]) || (i > 0 && is_word_byte(s[i - 1]))) continue;
            if (auto found = vote_object_at(view_, lexicon_, document_, static_cast<std::uint32_t>(base + i))) {
                last = found;
                i += lexicon_.match(Phrases::vote_object, s.substr(i))->length;  // not "resolution" of "draft resolution" again
            }
        }
        return last;
    }

    // Reads the counts of a result line; true when it gives the count in favour.
    bool result(std::size_t k, std::array<std::optional<unsigned>, 3>& counts) const {
        const std::string_view s = view_.sentence(k);
        std::array<std::optional<unsigned>, 3> found{};
        constexpr unsigned none = ~0u;
        unsigned pending = none;  // a count just read, waiting for its choice
        bool against_next = false;  // after "N votes to": the next count is against
        for (std::size_t at = 0; at < s.size();) {
            if (!is_word_byte(s[at]) || (at > 0 && is_word_byte(s[at - 1]))) {
                ++at;
                continue;
            }
            if (pending != none && against_next) {
                // "adopted by 180 votes to 6": the count after "to" is against.
                found[static_cast<std::size_t>(VoteChoice::against)] = pending;
                against_next = false;
            }
            if (pending != none) {
                std::size_t after = at;
                if (starts_with_folded(s.substr(at), "votes to ")) {
                    found[static_cast<std::size_t>(VoteChoice::in_favour)] = pending;
                    against_next = true;
                    pending = none;
                    at += 9;
                    continue;
                }
                if (starts_with_folded(s.substr(at), "votes ")) after += 6;
                else if (starts_with_folded(s.substr(at), "vote ")) after += 5;
                if (auto h = phrase_at(lexicon_, Phrases::vote_heading, s, after)) {
                    if (auto choice = vote_choice(h->value)) found[static_cast<std::size_t>(*choice)] = pending;
                    pending = none;
                    at = after + h->length;
                    continue;
                }
            }
            pending = none;
            std::size_t end = at;
            while (end < s.size() && is_digit(s[end])) ++end;
            if (end > at && (end == s.size() || !is_word_byte(s[end]))) {
                unsigned value = 0;
                std::from_chars(s.data() + at, s.data() + end, value);
                pending = value;
                at = end;
                continue;
            }
            if (auto m = phrase_at(lexicon_, Phrases::vote_count, s, at)) {
                unsigned value = 0;
                std::from_chars(m->value.data(), m->value.data() + m->value.size(), value);
                pending = value;
                at += m->length;
                continue;
            }
            while (at < s.size() && is_word_byte(s[at])) ++at;
        }
        if (pending != none && against_next) found[static_cast<std::size_t>(VoteChoice::against)] = pending;
        if (!found[static_cast<std::size_t>(VoteChoice::in_favour)]) return false;
        counts = found;
        return true;
    }

    void check(std::size_t k, const std::array<std::optional<unsigned>, 3>& counts, const std::array<unsigned, 3>& listed) {
        bool agree = true;
        for (std::size_t c = 0; c < 3; ++c) agree = agree && (!counts[c] || *counts[c] == listed[c]);
        if (agree) return;
        auto said = [&](std::size_t c) { return counts[c] ? std::to_string(*counts[c]) : std::string("-"); };
        document_.diagnostics.push_back(
            {Severity::warning, "votes.result-mismatch",
             "the result line counts " + said(0) + " in favour, " + said(1) + " against and " + said(2) +
                 " abstaining; the lists name " + std::to_string(listed[0]) + ", " + std::to_string(listed[1]) +
                 " and " + std::to_string(listed[2]),
             view_.span(view_.sentence_begin(k), view_.sentence_end(k))});
    }

    const SegmentedText& view_;
    const Lexicon& lexicon_;
    Document& document_;
};

}  // namespace

void find_recorded_votes(const SegmentedText& text, const Lexicon& lexicon, Document& document) {
    RecordedVotes(text, lexicon, document).run();
}

}  // namespace posext::detail
