// The stance stage's words and clauses: where each word of a sentence starts and ends, and which marks end its clause.
#include <algorithm>
#include <array>
#include <string>

#include <posext/detail/chars.hpp>

#include "lexicon/prefilter.hpp"
#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"
#include "text/blocks.hpp"

namespace posext::detail {

inline Word StanceFinder::make_word(std::string_view s, std::size_t b, std::size_t e, const Word* previous, std::uint32_t index) {
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

inline bool StanceFinder::may_open_cue(std::string_view s, const Word& w, const Word* previous) const {
    const char first = s[w.begin];
    const bool name = previous != nullptr && !previous->clause_end && is_upper_start(first);
    // One test for the two tables: stance cues, and voting predicates, which are votes instead.
    return !name && !is_digit(first) &&
           (w.special || PhraseFilter::test(openers_.data(), PhraseFilter::hash(std::string_view(s.data() + w.begin, w.end - w.begin))));
}

void StanceFinder::split(std::string_view s) {
    if (store_.size() < s.size() / 2 + 1) store_.resize(s.size() / 2 + 1);
    Word* const first = store_.data();
    Word* out = first;
    // Every word's index is written and the count moves on only for a candidate: a branch here
    // would guess wrong for a good share of the words.
    // The buffer grows with the candidates found, not with the sentence's length: a sentence of one
    // long word needs none.
    std::uint32_t* candidates = candidate_store_.data();
    std::size_t count = 0;
    const char* const text = s.data();
    std::size_t previous_end = 0;
    // Inlined: a call per word costs a tenth of the stage.
    for_each_word(s, [&](std::size_t b, std::size_t e) __attribute__((always_inline)) {
        if (out != first && !(b == previous_end + 1 && text[previous_end] == ' ')) {
            marks_between(s, out[-1], previous_end, b);
        }
        const auto index = static_cast<std::uint32_t>(out - first);
        const Word* previous = out != first ? out - 1 : nullptr;
        *out = make_word(s, b, e, previous, index);
        if (count == candidate_store_.size()) [[unlikely]] candidates = more_candidates();
        candidates[count] = index;
        count += may_open_cue(s, *out, previous) ? 1 : 0;
        ++out;
        previous_end = e;
    });
    if (out != first) marks_between(s, out[-1], previous_end, s.size());
    words_ = std::span<Word>(first, static_cast<std::size_t>(out - first));
    candidates_ = std::span<const std::uint32_t>(candidates, count);
}

std::uint32_t* StanceFinder::more_candidates() {
    candidate_store_.resize(2 * candidate_store_.size() + 64);
    return candidate_store_.data();
}

void StanceFinder::marks_between(std::string_view s, Word& w, std::size_t from, std::size_t to) const {
    for (std::size_t at = from; at < to; ++at) {
        if (s[at] != ' ') clause_mark(s, w, s.data() + at);
    }
}

bool StanceFinder::bracketed_number(std::string_view s, const char* at) {
    const char* const begin = s.data();
    const char* const end = s.data() + s.size();
    // A number ("(2004)"), or an abbreviation of a name, one word with two capitals at least ("(IAEA)", "(MNCs)",
    // "(COP27)", "(AfCFTA)").
    auto inside = [](char c) { return is_digit(c) || is_upper(c) || is_lower(c) || c == '-'; };
    const char* open = at;
    if (*at == ')') {
        open = at - 1;
        while (open > begin && inside(*open)) --open;
        if (open == at - 1) return false;
    }
    if (*open != '(') return false;
    const char* close = open + 1;
    int capitals = 0;
    bool digits_only = true;
    for (; close < end && inside(*close) && close < open + 14; ++close) {
        capitals += is_upper(*close) ? 1 : 0;
        digits_only = digits_only && is_digit(*close);
    }
    const bool name = capitals >= 2 && is_upper(open[1]);
    return close > open + 1 && close < end && *close == ')' && (digits_only || name) && (*at == '(' || close == at);
}

void StanceFinder::clause_mark(std::string_view s, Word& w, const char* at) const {
    const char c = *at;
    const char* const end = s.data() + s.size();
    // The period of "Mr." or "e.g." ends no clause. The sentence's last
    // period is no such abbreviation, or the sentence would go on.
    if (c == '.' && at == s.data() + w.end && at + 1 != end) {
        auto kind = lexicon_.abbreviation(std::string_view(s.data() + w.begin, w.end - w.begin + 1));
        if (kind && (*kind == AbbreviationKind::title || *kind == AbbreviationKind::inner)) return;
        // "in Washington, D.C., and Havana", "etc. and": an abbreviation that may end a sentence ends no clause
        // before a comma or a word in lower case.
        if (kind && *kind == AbbreviationKind::final) {
            const char* next = at + 1;
            if (*next == ',') return;
            while (next < end && *next == ' ') ++next;
            if (next < end && is_lower(*next)) return;
        }
    }
    // "resolution 1540 (2004) is key": the year of a resolution in brackets is part of its name.
    if ((c == '(' || c == ')') && bracketed_number(s, at)) return;
    // "a 50:50 balance", "at 10:30": a ratio or a time.
    if (c == ':' && at > s.data() && at + 1 < end && is_digit(at[-1]) && is_digit(at[1])) return;
    if (c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')') {
        w.clause_end = true;
    } else if (c == '\xE2') {
        if (at + 2 < end && at[1] == '\x80' && (at[2] == '\x94' || at[2] == '\x93' || at[2] == '\xA6')) w.clause_end = true;
    } else if (c == ',') {
        std::string_view rest(at + 1, static_cast<std::size_t>(end - at - 1));
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        // The word after the comma, followed by a space: ", but we", ", which is"; not ", but also", which
        // goes on with the clause ("not only in the South, but also in the North").
        const std::size_t space = rest.find(' ');
        if (space != std::string_view::npos && list(WordTable::clause_conjunctions).contains(rest.substr(0, space))) {
            std::string_view next = rest.substr(space + 1);
            next = next.substr(0, std::min(next.find(' '), next.size()));
            w.clause_end = !list(WordTable::clause_continuations).contains(next);
        }
    }
}


std::string_view StanceFinder::form_of(std::string_view s, std::size_t w) const {
    return s.substr(words_[w].begin, words_[w].end - words_[w].begin);
}

std::size_t StanceFinder::last_word(std::size_t i, std::size_t end) const {
    std::size_t j = i;
    while (j + 1 < words_.size() && words_[j + 1].begin < end) ++j;
    return j;
}

std::size_t StanceFinder::previous_content(std::string_view s, std::size_t i, std::size_t clause) const {
    while (i > clause) {
        --i;
        if (!word_in(s, words_[i], list(WordTable::light_adverbs))) return i;
    }
    return std::string_view::npos;
}

std::size_t StanceFinder::next_content(std::string_view s, std::size_t w) const {
    while (w < words_.size() && word_in(s, words_[w], list(WordTable::light_adverbs))) ++w;
    return w;
}

std::size_t StanceFinder::back_over_ly_adverbs(std::string_view s, std::size_t w, std::size_t clause) const {
    while (w > clause && form_of(s, w).ends_with("ly") && is_lower(s[words_[w].begin])) --w;
    return w;
}

bool StanceFinder::is_possessive(std::string_view s, std::size_t w) const {
    const std::string_view form = form_of(s, w);
    return form.ends_with("'s") || form.ends_with("s'");
}

std::size_t StanceFinder::clause_last(std::size_t w) {
    if (clause_last_.first == words_[w].clause && clause_last_.second > w) return clause_last_.second;
    std::size_t last = w;
    for (std::size_t v = w + 1; v < words_.size(); ++v) {
        last = v;
        if (words_[v].clause_end) break;
    }
    clause_last_ = {words_[w].clause, last};
    return last;
}

}  // namespace posext::detail
