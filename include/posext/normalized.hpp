// posext::NormalizedText: text as posext matches it, with the input offset that each of its bytes came from.
#pragma once

#include <posext/export.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <posext/span.hpp>

namespace posext {

class Lexicon;

// White space collapsed, curly quotes straightened, line-end hyphenation joined, page furniture and
// Markdown emphasis dropped, invalid UTF-8 replaced by U+FFFD (docs/FORMAT.md, "Offsets"). The map
// lets anything found in `text` be reported as bytes of the input as given.
struct POSEXT_EXPORT NormalizedText {
    std::string text;
    std::vector<std::uint32_t> origin;  // origin[i]: the input offset byte i of text came from; never decreasing

    void clear() noexcept {
        text.clear();
        origin.clear();
    }

    // Where in `text` the bytes that came from input[span) lie: [first, last) as offsets into text.
    [[nodiscard]] std::pair<std::size_t, std::size_t> range_of(Span span) const noexcept;
    // The input bytes that text[begin, end) came from; `input` is the text this was normalised from.
    [[nodiscard]] Span span_of(std::string_view input, std::size_t begin, std::size_t end) const noexcept;
};

// The normalised form of input[span) (the whole input when span is empty), with its map. A hyphen at a
// line end joins a broken word ("develop-\nment", or a word the input writes whole elsewhere) and stays
// in a compound ("zero-\ntolerance", "self-\ndetermination"); see docs/FORMAT.md, "Offsets".
[[nodiscard]] POSEXT_EXPORT NormalizedText normalize(std::string_view input, Span span, const Lexicon& lexicon);
[[nodiscard]] POSEXT_EXPORT NormalizedText normalize(std::string_view input, const Lexicon& lexicon);

}  // namespace posext
