#include "segment/segment.hpp"

#include <posext/grammar/speaker.hpp>

#include <algorithm>

#include "text/blocks.hpp"
#include "text/ascii.hpp"

namespace posext::detail {
namespace {

constexpr std::string_view ellipsis = "\xE2\x80\xA6";

bool is_closer(char c) noexcept { return c == '"' || c == '\'' || c == ')' || c == ']'; }
bool is_opener(char c) noexcept { return c == '"' || c == '\'' || c == '(' || c == '['; }

bool is_roman(std::string_view s) noexcept {
    if (s.empty() || s.size() > 6) return false;
    bool upper = is_upper(s[0]);
    for (char c : s) {
        char l = ascii_lower(c);
        if ((l != 'i' && l != 'v' && l != 'x' && l != 'l' && l != 'c') || is_upper(c) != upper) return false;
    }
    return true;
}

// "12", "a", "iv", "IV": what numbers a list item before "." or ")".
bool is_list_label(std::string_view s) noexcept {
    if (s.empty()) return false;
    if (s.size() <= 3 && std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c); })) return true;
    if (s.size() == 1 && is_alpha(s[0])) return true;
    return is_roman(s);
}

// "U.N.", "A.U.", "U.A.E.": capitals each followed by a period.
bool is_dotted_capitals(std::string_view w) noexcept {
    if (w.size() < 4 || w.size() % 2 != 0) return false;
    for (std::size_t i = 0; i < w.size(); i += 2) {
        if (!is_upper(w[i]) || w[i + 1] != '.') return false;
    }
    return true;
}

// Would a period after `word` (which ends in it) end a sentence, given the next word?
bool period_ends_sentence(std::string_view word, std::string_view next, bool word_opens_sentence,
                          const Lexicon& lexicon) {
    const char n = next.empty() ? '\0' : next[0];
    if (word_opens_sentence && is_list_label(word.substr(0, word.size() - 1))) return false;  // "40. An"
    auto kind = lexicon.abbreviation(word);
    if (!kind && word.size() <= 8 && std::all_of(word.begin(), word.end(), [](char c) { return !is_lower(c); })) {
        char title_case[8];  // "MR." reads as "Mr." in all-capital text
        for (std::size_t k = 0; k < word.size(); ++k) title_case[k] = k == 0 ? word[k] : ascii_lower(word[k]);
        kind = lexicon.abbreviation(std::string_view(title_case, word.size()));
        if (kind && *kind != AbbreviationKind::title) kind.reset();
    }
    if (!kind) {
        if (word.size() == 2 && is_upper(word[0])) return !is_upper(n);  // an initial: "George W. Bush"
        if (is_dotted_capitals(word)) kind = AbbreviationKind::name;
        else return true;
    }
    switch (*kind) {
    case AbbreviationKind::title:
    case AbbreviationKind::inner:
        return false;
    case AbbreviationKind::number:
        return !(is_digit(n) || (is_roman(next.substr(0, next.find_first_of(" ,;:.)"))) && is_upper(n)));
    case AbbreviationKind::final:
        return true;
    case AbbreviationKind::name: {
        std::size_t w = 0;
        while (w < next.size() && is_alpha(next[w])) ++w;
        return lexicon.is_sentence_opener(next.substr(0, w));
    }
    }
    return true;
}

// The closing bracket of a short parenthesis that opens at `open` and holds no other, or npos.
std::size_t citation_close(std::string_view text, std::size_t open) noexcept {
    constexpr std::size_t longest = 120;
    for (std::size_t i = open + 1; i < text.size() && i < open + longest; ++i) {
        if (text[i] == '(') return std::string_view::npos;
        if (text[i] == ')') return i;
    }
    return std::string_view::npos;
}

// A parenthesis after a sentence end that closes and is followed by a period
// is a citation of the sentence before: '... function”. (A/71/PV.8, pp. 3-4).'
bool is_trailing_citation(std::string_view text, std::size_t open) noexcept {
    const std::size_t close = citation_close(text, open);
    return close != std::string_view::npos && (close + 1 == text.size() || text[close + 1] == '.');
}

// Where the next sentence starts after a citation with a number that follows a quotation's end and is
// followed by a new sentence: '"... larger freedom." (A/59/2005, para. 1) We agree'; or 0.
std::size_t after_quoted_citation(std::string_view text, std::size_t open) noexcept {
    const std::size_t close = citation_close(text, open);
    if (close == std::string_view::npos || close + 2 >= text.size() || text[close + 1] != ' ' || !is_upper(text[close + 2])) {
        return 0;
    }
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    return std::any_of(inside.begin(), inside.end(), [](char c) { return is_digit(c); }) ? close + 2 : 0;
}

// Whether a sentence may open with the bytes at `at`: not with a dash or a closing bracket ("etc. — all
// are affected", "etc.) are").
bool may_open_sentence(std::string_view text, std::size_t at) noexcept {
    if (text[at] == '-' || text[at] == ')' || text[at] == ']') return false;
    const std::string_view dash = text.substr(at, 3);
    return dash != "\xE2\x80\x94" && dash != "\xE2\x80\x93";
}

// "1) Climate action must come first 2) Peace and security must follow": items of a numbered series
// run on in one paragraph without end marks each open a sentence, from the second on (the first opens
// its sentence already, or follows a colon). A label counts when it goes on from the one before it and
// a capital follows it: "(1) trade; (2) growth" in lower case is one sentence.
void numbered_items(std::string_view s, std::vector<std::uint32_t>& starts) {
    const std::size_t count = starts.size();
    unsigned expected = 0;  // the next label of the series, or 0 before one begins
    for (std::size_t at = s.find(')'); at != std::string_view::npos; at = s.find(')', at + 1)) {
        std::size_t d = at;
        while (d > 0 && at - d < 2 && is_digit(s[d - 1])) --d;
        if (d == at || (d > 0 && s[d - 1] != ' ') || at + 2 >= s.size() || s[at + 1] != ' ' || !is_upper(s[at + 2])) {
            continue;
        }
        unsigned value = 0;
        for (std::size_t k = d; k < at; ++k) value = value * 10 + static_cast<unsigned>(s[k] - '0');
        if (value == 1) {
            expected = 2;
        } else if (value == expected && expected != 0) {
            ++expected;
            if (!std::binary_search(starts.begin(), starts.begin() + static_cast<std::ptrdiff_t>(count),
                                    static_cast<std::uint32_t>(d))) {
                starts.push_back(static_cast<std::uint32_t>(d));
            }
        } else {
            expected = 0;
        }
    }
    // Both parts are in order: the ends found before, and the labels found here.
    if (starts.size() != count) std::inplace_merge(starts.begin(), starts.begin() + static_cast<std::ptrdiff_t>(count), starts.end());
}

}  // namespace

void sentence_starts(std::string_view s, const Lexicon& lexicon, std::vector<std::uint32_t>& starts) {
    starts.clear();
    starts.push_back(0);
    const std::size_t n = s.size();
    std::size_t start = 0;
    for (std::size_t i = 0; i < n; ++i) {
        // Bytes that may end a sentence: . ! ? and the lead byte of "…".
        i = find_any_of4(s, i, '.', '!', '?', '\xE2');
        if (i >= n) break;
        const char c = s[i];
        const bool is_ellipsis = c == '\xE2' && s.substr(i, 3) == ellipsis;
        if (c != '.' && c != '!' && c != '?' && !is_ellipsis) continue;
        std::size_t j = i;
        while (j < n) {
            if (s[j] == '.' || s[j] == '!' || s[j] == '?') ++j;
            else if (s.substr(j, 3) == ellipsis) j += 3;
            else break;
        }
        // A spaced ellipsis is one mark: "long . . . but", "ready. . . . The".
        bool spaced_ellipsis = false;
        if (c == '.' && j + 1 < n && s[j] == ' ' && s[j + 1] == '.' && j + 3 < n && s[j + 2] == ' ' && s[j + 3] == '.') {
            while (j + 1 < n && s[j] == ' ' && s[j + 1] == '.') j += 2;
            spaced_ellipsis = true;
        }
        const bool single_period = c == '.' && j == i + 1 && !spaced_ellipsis;
        const std::size_t marks_end = j;
        while (j < n && is_closer(s[j])) ++j;
        // '"the U.S." Then': a quotation closed after the period ends the sentence whatever the word.
        const bool quote_closed = std::string_view(s.data() + marks_end, j - marks_end).find('"') != std::string_view::npos;
        if (j >= n) break;
        if (s[j] != ' ') {
            // "progress.However, much remains": a sentence run on without its space, after a word in lower
            // case and before a capitalised word ("U.S.A." and "Mr.Volkan" have capitals before it).
            if (single_period && j == i + 1 && is_upper(s[j]) && j + 1 < n && is_lower(s[j + 1]) && i >= 2 &&
                is_lower(s[i - 1]) && is_lower(s[i - 2])) {
                std::size_t w = i;
                while (w > start && is_word_byte(s[w - 1])) --w;
                bool lower_word = true;
                for (std::size_t k = w; k < i; ++k) lower_word = lower_word && !is_upper(s[k]);
                // Not inside a document symbol's token, whatever its letters and hyphens:
                // "A/RES/60/16rnational...space.Thanks", "A/RES/76leap-frogging...civilization.Meanwhile".
                std::size_t token = w;
                while (token > start && s[token - 1] != ' ') --token;
                const bool symbol = std::string_view(s.data() + token, i - token).find('/') != std::string_view::npos;
                if (lower_word && !symbol && w < i &&
                    period_ends_sentence(s.substr(w, i + 1 - w), s.substr(j), w == start, lexicon)) {
                    starts.push_back(static_cast<std::uint32_t>(j));
                    start = j;
                }
            }
            i = j - 1;
            continue;
        }
        const std::size_t next_start = j + 1;
        std::size_t p = next_start;
        while (p < n && is_opener(s[p])) ++p;
        if (p >= n || is_lower(s[p]) || !may_open_sentence(s, p)) {
            i = j - 1;
            continue;
        }
        if (single_period && !quote_closed) {
            std::size_t w = i;
            while (w > start && s[w - 1] != ' ') --w;
            const bool opens = w == start;
            while (w < i && is_opener(s[w])) ++w;
            // "than I. The next day": the pronoun after a word in lower case, no initial.
            bool pronoun = false;
            if (i - w == 1 && s[w] == 'I' && w >= start + 2 && s[w - 1] == ' ') {
                std::size_t before = w - 1;  // the word before it, by its first letter
                while (before > start && s[before - 1] != ' ') --before;
                pronoun = is_lower(s[before]);
            }
            if (!pronoun && !period_ends_sentence(s.substr(w, i + 1 - w), s.substr(p), opens, lexicon)) {
                i = j - 1;
                continue;
            }
        }
        if (s[next_start] == '(' && is_trailing_citation(s, next_start)) {
            i = j - 1;
            continue;
        }
        if (s[next_start] == '(' && quote_closed) {
            if (const std::size_t after = after_quoted_citation(s, next_start); after != 0) {
                starts.push_back(static_cast<std::uint32_t>(after));
                start = after;
                i = after - 1;
                continue;
            }
        }
        starts.push_back(static_cast<std::uint32_t>(next_start));
        start = next_start;
        i = j;
    }
    numbered_items(s, starts);
}

namespace {

// "1. ", "(a) ", "iv) ", "• ", "- ", "### "
bool starts_with_marker(std::string_view v) noexcept {
    if (v.empty()) return false;
    auto spaced = [&](std::size_t i) { return i < v.size() && (v[i] == ' ' || v[i] == '\t'); };
    if (bullet_length(v) > 0) return true;
    std::size_t i = v[0] == '(' ? 1 : 0;
    std::size_t label = i;
    while (i < v.size() && i - label < 6 && (is_alpha(v[i]) || is_digit(v[i]))) ++i;
    if (i == label || i >= v.size()) return false;
    std::string_view text = v.substr(label, i - label);
    if (!is_list_label(text)) return false;
    if (v[0] == '(') return v[i] == ')' && spaced(i + 1);
    return (v[i] == '.' || v[i] == ')') && spaced(i + 1);
}

// Whether a line opens with a sentence opener, a salutation or an ordinal marker ("While facing its own
// challenges", "Mr. President,", "Third,"). Asked only of the few lines whose break is in doubt.
bool opens_sentence(std::string_view input, const Line& line, const LineFacts& facts, const Lexicon& lexicon) {
    const std::string_view v = input.substr(line.words + facts.words_from, line.last - line.words - facts.words_from);
    std::size_t w = 0;
    while (w < v.size() && is_word_byte(v[w])) ++w;
    return w > 0 && (lexicon.is_sentence_opener(v.substr(0, w)) || lexicon.match(Phrases::honorific, v).has_value() ||
                     lexicon.match(Phrases::ordinal_marker, v).has_value());
}

LineFacts facts_of(std::string_view input, const Line& line, const Lexicon& lexicon) {
    LineFacts f;
    std::string_view v = input.substr(line.words, line.last - line.words);
    f.marker = starts_with_marker(v);
    f.heading = !v.empty() && v[0] == '#';
    std::size_t i = 0;
    while (i < v.size() && (is_opener(v[i]) || v[i] == '*' || v[i] == '_' || v[i] == '\xE2')) {
        if (v[i] == '\xE2') {  // curly opening quotes
            if (v.substr(i, 3) != "\xE2\x80\x9C" && v.substr(i, 3) != "\xE2\x80\x98") break;
            i += 3;
        } else {
            ++i;
        }
    }
    f.lower = i < v.size() && is_lower(v[i]);
    f.words_from = static_cast<std::uint32_t>(i);
    std::size_t e = v.size();
    while (e > 0) {  // closing quotes, brackets and emphasis
        char c = v[e - 1];
        if (is_closer(c) || c == '*' || c == '_') {
            --e;
        } else if (e >= 3 && (v.substr(e - 3, 3) == "\xE2\x80\x9D" || v.substr(e - 3, 3) == "\xE2\x80\x99")) {
            e -= 3;
        } else {
            break;
        }
    }
    if (e == 0) return f;
    {
        // On a word, not on a footnote number after a full stop or quotation (".15", "”7"), and also on a
        // hyphen that splits a word ("the Secretary-" | "General's").
        std::size_t d = e;
        while (d > 0 && is_digit(v[d - 1])) --d;
        const bool footnote = d < e && d > 0 && !is_word_byte(v[d - 1]) && v[d - 1] != ' ';
        f.split_word = e == v.size() && v[e - 1] == '-' && e >= 2 && is_alpha(v[e - 2]);
        f.open_word_end = e == v.size() && ((is_word_byte(v[e - 1]) && !footnote) || f.split_word);
        // "... the entire human community.9": the sentence ended before its footnote's number.
        if (footnote && (v[d - 1] == '.' || v[d - 1] == '!' || v[d - 1] == '?')) e = d;
    }
    {
        std::size_t w = e;
        while (w > 0 && is_alpha(v[w - 1])) --w;
        f.open_end = w < e && (w == 0 || v[w - 1] == ' ' || v[w - 1] == '\t') && lexicon.is_open_word(v.substr(w, e - w));
    }
    char last = v[e - 1];
    if (last == '!' || last == '?' || (e >= 3 && v.substr(e - 3, 3) == ellipsis)) {
        f.terminal = true;
    } else if (last == '.') {
        std::size_t w = e - 1;
        while (w > 0 && v[w - 1] != ' ' && v[w - 1] != '\t') --w;
        auto kind = lexicon.abbreviation(v.substr(w, e - w));
        f.open_title = kind && (*kind == AbbreviationKind::title || *kind == AbbreviationKind::inner);
        f.terminal = !f.open_title;
    }
    return f;
}

}  // namespace

// A hard-wrapped line is at least this wide, and its text at most max_wrap_width wide.
constexpr std::uint32_t min_wrap_width = 40;
constexpr std::uint32_t max_wrap_width = 160;

namespace {

// Whitespace runs of a span's text collapsed to one space: "Mr. Liu\n Jieyi" is "Mr. Liu Jieyi".
std::string collapsed(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out.push_back(space ? ' ' : c);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Sets document.speaker_line, and `state_at` to where its state is written, when the first paragraph,
// input[begin, end), opens with a speaker line and goes on after it; returns the offset in the
// paragraph's normalised text (from `base`, `size` bytes) where its first sentence then starts, or 0.
std::uint32_t speaker_line(std::string_view input, std::uint32_t begin, std::uint32_t end, const Lexicon& lexicon,
                           const NormalText& norm, std::size_t base, std::size_t size, Document& document,
                           std::optional<Span>& state_at) {
    // A speaker line is a name, a state and a note; what lies past its longest plausible length cannot be
    // part of it, and reading no further keeps a paragraph of a whole record from being normalised twice.
    constexpr std::size_t longest_line = 512;
    const std::string_view paragraph = whole_chars(input.substr(begin, end - begin), longest_line);
    const auto line = grammar::speaker_line(paragraph, lexicon);
    if (!line) return 0;
    const std::uint32_t line_end = begin + line->span.end;
    std::size_t rest = 0;
    while (rest < size && norm.origin[base + rest] < line_end) ++rest;
    while (rest < size && norm.text[base + rest] == ' ') ++rest;
    if (rest >= size) return 0;  // the line alone: no turn follows it here
    SpeakerLine out;
    out.span = {begin + line->span.begin, line_end};
    auto words = [&](const std::optional<Span>& span) -> std::optional<std::string> {
        if (!span) return std::nullopt;
        return collapsed(paragraph.substr(span->begin, span->end - span->begin));
    };
    out.person = words(line->person);
    out.office = words(line->office);
    out.language = words(line->language);
    if (auto state = words(line->delegation)) {
        // The canonical short name when the lexicon knows the state ("United States of America": "United States").
        const auto found = lexicon.match(Phrases::speaker, *state);
        out.state = found && found->length == state->size() ? std::string(found->first_form) : *state;
        state_at = Span{begin + line->delegation->begin, begin + line->delegation->end};
    }
    document.speaker_line = std::move(out);
    return static_cast<std::uint32_t>(rest);
}

}  // namespace

namespace {

// Notes the words that the normaliser split off a glued prefix ("ofthe"), as the input notes lost letters.
void note_glued_words(std::string_view input, const std::vector<std::uint32_t>& glued, std::vector<Diagnostic>& diagnostics) {
    if (glued.empty()) return;
    const std::uint32_t first = *std::min_element(glued.begin(), glued.end());
    std::uint32_t word = first;
    // The whole word, UTF-8 letters included ("ofCôte").
    auto in_word = [&](char c) { return is_word_byte(c) || (static_cast<unsigned char>(c) & 0x80) != 0; };
    while (word > 0 && in_word(input[word - 1])) --word;
    std::uint32_t end = first;
    while (end < input.size() && in_word(input[end])) ++end;
    diagnostics.push_back({Severity::note, "input.glued-words",
                           std::to_string(glued.size()) + (glued.size() == 1 ? " word looks" : " words look") +
                               " glued to the word before by OCR (\"" + std::string(input.substr(word, end - word)) +
                               "\"); each is read as two words",
                           {word, end}});
}

}  // namespace

void segment(std::string_view input, std::uint32_t start, const Lexicon& lexicon, Document& document,
             SegmentScratch& scratch, SegmentedText& out) {
    out.input = input;
    out.speaker_state.reset();
    DocumentWords words(input);
    find_glue(input, {start, static_cast<std::uint32_t>(input.size())}, lexicon, scratch.glue);
    split_lines(input, start, scratch.lines);
    const std::vector<Line>& lines = scratch.lines;

    // Is the text hard-wrapped, and are its paragraphs separated by blank lines?
    std::size_t content = 0;
    std::size_t open = 0;
    std::size_t gaps = 0;
    scratch.widths.clear();
    std::vector<LineFacts>& facts = scratch.facts;  // one entry per line, filled for content lines
    facts.resize(lines.size());
    {
        std::size_t previous = lines.size();
        bool blank_since = false;
        for (std::size_t k = 0; k < lines.size(); ++k) {
            const Line& line = lines[k];
            if (line.kind == Line::Kind::blank) {
                blank_since = true;
                continue;
            }
            if (line.kind != Line::Kind::content) continue;
            facts[k] = facts_of(input, line, lexicon);
            ++content;
            scratch.widths.push_back(line.width);
            if (previous < lines.size()) {
                if (blank_since) ++gaps;
                else if (lines[previous].width >= min_wrap_width && !facts[previous].terminal && !facts[k].marker) ++open;
            }
            previous = k;
            blank_since = false;
        }
    }
    std::uint32_t wrap_width = 0;
    std::uint32_t median_width = 0;
    if (!scratch.widths.empty()) {
        auto& w = scratch.widths;
        auto nth = w.begin() + static_cast<std::ptrdiff_t>(w.size() / 2);
        std::nth_element(w.begin(), nth, w.end());
        median_width = *nth;
        nth = w.begin() + static_cast<std::ptrdiff_t>(w.size() * 9 / 10);
        std::nth_element(w.begin(), nth, w.end());
        wrap_width = *nth;
    }
    // Hard-wrapped text: many lines stop mid-sentence, and lines are of printed
    // width; one paragraph per line gives lines of many hundred characters.
    const bool wrapped = content > 0 && open * 10 >= content * 3 && median_width <= max_wrap_width;
    const std::uint32_t short_line = gaps > 0 ? wrap_width * 6 / 10 : wrap_width * 85 / 100;
    const std::uint32_t very_short_line = wrap_width / 2;
    // A line this long is a paragraph's text, no heading or title.
    constexpr std::uint32_t long_line = 200;

    // `continued`: line a goes on with a sentence that its line before left open.
    auto hard_break = [&](const Line& a, const LineFacts& fa, const Line& b, const LineFacts& fb, bool gap, bool continued) {
        if (fb.marker || fa.heading) return true;
        if (fa.open_title) return false;
        if (fb.lower && !fa.terminal) return false;  // a sentence continues after a break
        if (fa.open_end && !gap) return false;       // "Ladies and" / "Gentlemen,"
        // In a file with a paragraph a line, a long line that stops on a word, before a line that opens with
        // no sentence opener, breaks a sentence: "by adding the support for the Joint" | "Comprehensive Plan".
        if (!gap && ((!wrapped && fa.open_word_end && a.width >= long_line) || fa.split_word) &&
            !opens_sentence(input, b, fb, lexicon)) {
            return false;  // "... for the Joint" | "Comprehensive Plan", "the Secretary-" | "General's approach"
        }
        if (gap || !wrapped) return true;
        bool ends_clause = fa.terminal || (a.last > a.first && std::string_view(",;:").find(input[a.last - 1]) !=
                                                                     std::string_view::npos);
        if (fb.lower) return false;
        // "... and it now" | "handles more than 120 New" | "Panamax ships": a short line inside an open
        // sentence that it does not end is no paragraph's last.
        if (continued && !ends_clause) return false;
        return (ends_clause && a.width < short_line) || a.width < very_short_line;
    };

    std::vector<std::uint32_t>& starts = scratch.starts;
    NormalText& norm = out.normal;
    norm.clear();
    // The document takes these buffers when the stages are done, so they are sized once, for the
    // bytes of its content lines and a line end after each (the text is rarely longer: a U+FFFD
    // for an invalid byte is), and not grown, copied or kept larger than the statement needs.
    std::size_t content_bytes = 64;
    for (const Line& line : lines) {
        if (line.kind == Line::Kind::content) content_bytes += line.last - line.first + 1;
    }
    norm.text.reserve(content_bytes);
    norm.origin.reserve(content_bytes);
    out.paragraph_ranges.clear();
    out.sentence_ranges.clear();
    auto close_paragraph = [&](std::uint32_t begin, std::uint32_t end) {
        const std::size_t index = document.paragraphs.size();
        document.paragraphs.push_back({{begin, end}});
        const auto base = static_cast<std::uint32_t>(norm.text.size());
        normalize(input, {begin, end}, lexicon, norm, Furniture::drop, &words, &scratch.glue);
        const auto size = static_cast<std::uint32_t>(norm.text.size()) - base;
        sentence_starts(std::string_view(norm.text).substr(base, size), lexicon, starts);
        // A meeting record's turn opens with its speaker line, which is no part of the first sentence.
        std::uint32_t first_begin = begin;
        if (index == 0) {
            if (const std::uint32_t rest = speaker_line(input, begin, end, lexicon, norm, base, size, document, out.speaker_state);
                rest != 0) {
                starts.erase(std::remove_if(starts.begin(), starts.end(), [&](std::uint32_t at) { return at < rest; }),
                             starts.end());
                starts.insert(starts.begin(), rest);
                first_begin = norm.origin[base + rest];
            }
        }
        for (std::size_t k = 0; k < starts.size(); ++k) {
            std::uint32_t s_begin = first_begin;
            if (k > 0) {
                s_begin = norm.origin[base + starts[k]];
                // Emphasis before it is its own, but never what the sentence before already took: after a
                // run-on ("countries.**First") the marks went to the sentence before.
                const std::uint32_t floor = document.sentences.empty() ? begin : document.sentences.back().span.end;
                while (s_begin > begin && s_begin > floor && (input[s_begin - 1] == '*' || input[s_begin - 1] == '_')) {
                    --s_begin;
                }
            }
            std::uint32_t s_end = end;
            // Sentences are apart by a space, or by none where one ran on ("progress.However").
            const std::uint32_t gap = k + 1 < starts.size() && norm.text[base + starts[k + 1] - 1] == ' ' ? 1 : 0;
            if (k + 1 < starts.size()) {
                std::size_t last = base + starts[k + 1] - 1 - gap;  // the byte before the separating space
                while (last > base && (static_cast<unsigned char>(norm.text[last]) & 0xC0) == 0x80) --last;
                const std::uint32_t raw = norm.origin[last];
                s_end = raw + char_length(input, raw);
                while (s_end < end && (input[s_end] == '*' || input[s_end] == '_')) ++s_end;
            }
            document.sentences.push_back({{s_begin, s_end}, index});
            const std::uint32_t t_end = k + 1 < starts.size() ? base + starts[k + 1] - gap : base + size;
            out.sentence_ranges.push_back({base + starts[k], t_end});
        }
        out.paragraph_ranges.push_back({base, base + size});
        norm.text.push_back('\n');  // keeps paragraphs apart for the grammars
        norm.origin.push_back(end);
    };

    const Line* first = nullptr;  // of the open paragraph
    const Line* previous = nullptr;
    const LineFacts* previous_facts = nullptr;
    bool gap = false;
    bool continued = false;  // the previous line goes on with a sentence left open before it
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const Line& line = lines[k];
        if (line.kind == Line::Kind::blank) {
            gap = previous != nullptr;
            continue;
        }
        if (line.kind != Line::Kind::content) continue;
        const bool breaks = previous && hard_break(*previous, *previous_facts, line, facts[k], gap, continued);
        continued = previous && !breaks && !previous_facts->terminal;
        if (breaks) {
            close_paragraph(first->first, previous->last);
            first = nullptr;
        }
        if (!first) first = &line;
        previous = &line;
        previous_facts = &facts[k];
        gap = false;
    }
    if (first) close_paragraph(first->first, previous->last);
    note_glued_words(input, scratch.glue.split, document.diagnostics);
}

}  // namespace posext::detail
