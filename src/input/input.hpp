// Input stage: validation, lines, page furniture and the normalised view with its offset map.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>
#include <posext/normalized.hpp>

namespace posext::detail {

// One physical line of the input, without its terminator.
struct Line {
    enum class Kind : std::uint8_t { blank, furniture, content };
    std::uint32_t first = 0;  // first visible byte (after leading white space)
    std::uint32_t last = 0;   // one past the last visible byte
    std::uint32_t words = 0;  // first byte after a page-number prefix ("16-29415 3/30 who ...")
    std::uint32_t width = 0;  // visible characters, for wrap detection
    Kind kind = Kind::blank;
};

// Splits [start, input.size()) at LF, CRLF and CR, and classifies each line; a run of blank lines
// gives one record (the first of them).
void split_lines(std::string_view input, std::uint32_t start, std::vector<Line>& lines);

// True for a whole line of PDF page furniture: a form feed, "26/45 15-29816",
// "02/10/2015 A/70/PV.25", "### Page 3 (continued):". `line` is trimmed.
bool is_furniture_line(std::string_view line) noexcept;
// Whether a line whose visible part starts `line` could be furniture: it opens
// with a digit, '#', a form feed or a record symbol ("A/"). A cheap first test.
bool opens_like_furniture(std::string_view line) noexcept;
// Length of a page-number pair that opens a line of text ("16-29415 3/30 "), else 0.
std::size_t furniture_prefix(std::string_view line) noexcept;

// Length of a Markdown heading marker or bullet with the blanks after it
// ("### ", "- ", "•\t") at the start of `line`, else 0.
std::size_t bullet_length(std::string_view line) noexcept;

// The part of [begin, end) without leading and trailing white space.
std::pair<std::uint32_t, std::uint32_t> visible_part(std::string_view text, std::uint32_t begin,
                                                     std::uint32_t end) noexcept;

// Bytes of white space (ASCII or Unicode) starting at / ending just before `at`; 0 if none.
std::uint32_t space_at(std::string_view text, std::size_t at) noexcept;
std::uint32_t space_before(std::string_view text, std::size_t at) noexcept;

using NormalText = NormalizedText;

// The bytes offsets can reach: they are 32-bit, and the largest value stays free as an end.
inline constexpr std::size_t max_input_bytes = std::numeric_limits<std::uint32_t>::max() - 1;

// All of `input` as a span, cut at max_input_bytes.
inline Span whole_span(std::string_view input) noexcept {
    return {0, static_cast<std::uint32_t>(std::min(input.size(), max_input_bytes))};
}

// Whether the normaliser drops page furniture ("26/45 15-29816", a lone "A/70/PV.25"): yes for
// the lines of a statement; no for a phrase given alone to a grammar, which is no page.
enum class Furniture { drop, keep };

// The words of a whole input, asked for by their lower-case form: whether a word broken by a hyphen at
// a line end ("develop-\nment") is written whole elsewhere. Built on the first question only, and
// once for all the paragraphs of a document.
class DocumentWords {
public:
    explicit DocumentWords(std::string_view input) noexcept : input_(input) {}
    [[nodiscard]] bool contains(std::string_view lower_word);

private:
    std::string_view input_;
    bool built_ = false;
    std::vector<std::uint64_t> hashes_;  // of each word's lower-case form, sorted
};

// Words that OCR glued to a short word of [glued-prefixes] before them ("ofthe", "ofresolution"):
// where they may start, found once per document, and those the normaliser split off.
struct Glue {
    std::vector<std::uint32_t> candidates;  // input offsets of a letter right after " of", sorted
    std::vector<std::uint32_t> split;       // input offsets of the words split, in no order
};

// Fills glue.candidates from input[range) and empties glue.split.
void find_glue(std::string_view input, Span range, const Lexicon& lexicon, Glue& glue);

// Appends the normalised form of input[range) to `out` (see Document::normalized). `words` are the
// input's, shared by the calls for one document; without them each call gathers its own. The words
// glued at glue's candidates are split, and their offsets added to glue->split; without `glue`, the
// call finds the candidates of its range itself.
void normalize(std::string_view input, Span range, const Lexicon& lexicon, NormalText& out,
               Furniture furniture = Furniture::drop, DocumentWords* words = nullptr, Glue* glue = nullptr);

// Reports invalid UTF-8 as warnings; returns false, with an error diagnostic,
// for input that is not text at all (NUL bytes, or mostly control bytes).
bool check_input(std::string_view input, std::uint32_t start, std::vector<Diagnostic>& diagnostics);

}  // namespace posext::detail
