// A meeting record cut into turns at its speaker lines, and each turn extracted with its spans in the record.
#include <posext/turns.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#include <posext/extract.hpp>
#include <posext/grammar/speaker.hpp>

#include "input/input.hpp"
#include "text/ascii.hpp"

namespace posext {
namespace {

// A speaker line is a name or an office, perhaps a state and a note, and a colon: what lies further
// into its line is no part of it.
constexpr std::size_t longest_line = 512;

// Whether the line at `at` may open with a speaker line: a capital first, and a colon not far off.
bool may_open_turn(std::string_view record, std::size_t at) {
    if (at >= record.size() || !detail::is_upper(record[at])) return false;
    const std::size_t end = std::min(record.size(), at + longest_line);
    const void* colon = std::memchr(record.data() + at, ':', end - at);
    return colon != nullptr;
}

void shift(Span& span, std::uint32_t by) noexcept {
    span.begin += by;
    span.end += by;
}

void shift(std::optional<Span>& span, std::uint32_t by) noexcept {
    if (span) shift(*span, by);
}

}  // namespace

std::vector<TurnSpan> split_turns(std::string_view record, const Lexicon& lexicon) {
    std::vector<TurnSpan> turns;
    const auto size = static_cast<std::uint32_t>(std::min(record.size(), detail::max_input_bytes));
    auto open = [&](std::uint32_t at, std::optional<Span> line) {
        if (!turns.empty()) turns.back().span.end = at;
        turns.push_back({{at, size}, line});
    };
    for (std::uint32_t line = 0; line < size;) {
        std::uint32_t eol = line;
        while (eol < size && record[eol] != '\n') ++eol;
        std::uint32_t first = line;  // the line's first visible byte
        while (first < eol && (record[first] == ' ' || record[first] == '\t')) ++first;
        if (may_open_turn(record, first)) {
            const std::string_view text = detail::whole_chars(record.substr(first), longest_line);
            if (auto found = grammar::speaker_line(text, lexicon)) {
                const Span at{first + found->span.begin, first + found->span.end};
                // What stands before the first line is a turn of its own only when it has words.
                if (turns.empty() && record.substr(0, line).find_first_not_of(" \t\r\n") != std::string_view::npos) {
                    open(0, std::nullopt);
                }
                open(line, at);
                // A line that wraps ("(spoke in\nSpanish):") holds the lines it runs over: none of them opens a turn.
                while (eol < size && eol + 1 < at.end) {
                    ++eol;
                    while (eol < size && record[eol] != '\n') ++eol;
                }
            }
        }
        line = eol + 1;
    }
    if (turns.empty()) turns.push_back({{0, size}, std::nullopt});
    return turns;
}

Document extract_turn(std::string_view record, const std::vector<TurnSpan>& turns, std::size_t index,
                      const Options& options) {
    const Span turn = turns.at(index).span;
    Document document = extract(record.substr(turn.begin, turn.size()), options);
    // The turn's offsets become the record's: every span of every layer, and the normalised text's map.
    const std::uint32_t by = turn.begin;
    for (Paragraph& p : document.paragraphs) shift(p.span, by);
    for (Sentence& s : document.sentences) shift(s.span, by);
    for (Address& a : document.addresses) {
        shift(a.span, by);
        for (Addressee& who : a.addressees) {
            shift(who.span, by);
            shift(who.honorific, by);
        }
    }
    for (Argument& a : document.arguments) {
        shift(a.span, by);
        shift(a.marker, by);
        shift(a.headline, by);
    }
    for (Stance& s : document.stances) {
        shift(s.span, by);
        shift(s.cue, by);
        shift(s.holder.span, by);
        shift(s.addressee, by);
        shift(s.target, by);
        shift(s.intensity, by);
    }
    for (Reference& r : document.references) shift(r.span, by);
    for (Vote& v : document.votes) {
        shift(v.span, by);
        shift(v.voter.span, by);
        shift(v.object, by);
    }
    for (Diagnostic& d : document.diagnostics) shift(d.span, by);
    if (document.speaker) shift(document.speaker->evidence, by);
    if (document.speaker_line) shift(document.speaker_line->span, by);
    for (std::uint32_t& at : document.normal_.origin) at += by;
    document.input_ = std::string(record);
    document.turn = Turn{index, turns.size()};
    return document;
}

std::vector<Document> extract_turns(std::string_view record, const Options& options) {
    const Lexicon& lexicon = options.lexicon ? *options.lexicon : Lexicon::english();
    const std::vector<TurnSpan> turns = split_turns(record, lexicon);
    std::vector<Document> out;
    out.reserve(turns.size());
    for (std::size_t i = 0; i < turns.size(); ++i) out.push_back(extract_turn(record, turns, i, options));
    return out;
}

}  // namespace posext
