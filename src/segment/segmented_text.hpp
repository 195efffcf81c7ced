// The segment stage's output for the stages after it: the normalised text of the whole statement, its map
// back to the input, and where each paragraph and sentence lies in it.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <posext/span.hpp>

#include "input/input.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

// A range of the normalised text.
struct NormalRange {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

// Structure and stances read the statement through this, never through the input: each paragraph's
// normalised text followed by "\n", with the sentence and paragraph ranges in the same order as
// Document::sentences and Document::paragraphs.
struct SegmentedText {
    // Written by segment() alone; the other stages read them through the functions below.
    std::string_view input;
    NormalText normal;
    std::vector<NormalRange> paragraph_ranges;
    std::vector<NormalRange> sentence_ranges;
    std::optional<Span> speaker_state;  // where the speaker line, if any, writes its state

    [[nodiscard]] std::string_view text() const noexcept { return normal.text; }
    [[nodiscard]] std::size_t sentences() const noexcept { return sentence_ranges.size(); }
    [[nodiscard]] std::string_view sentence(std::size_t k) const noexcept { return slice(sentence_ranges[k]); }
    [[nodiscard]] std::uint32_t sentence_begin(std::size_t k) const noexcept { return sentence_ranges[k].begin; }
    [[nodiscard]] std::uint32_t sentence_end(std::size_t k) const noexcept { return sentence_ranges[k].end; }
    [[nodiscard]] std::string_view paragraph(std::size_t p) const noexcept { return slice(paragraph_ranges[p]); }
    [[nodiscard]] std::uint32_t offset(const char* at) const noexcept {
        return static_cast<std::uint32_t>(at - normal.text.data());
    }

    // The input bytes that normalised text [begin, end) came from.
    [[nodiscard]] Span span(std::uint32_t begin, std::uint32_t end) const noexcept {
        return normal.span_of(input, begin, end);
    }
    [[nodiscard]] Span span(const char* begin, const char* end) const noexcept { return span(offset(begin), offset(end)); }

    [[nodiscard]] std::string_view slice(NormalRange r) const noexcept {
        return std::string_view(normal.text).substr(r.begin, r.end - r.begin);
    }
};

}  // namespace posext::detail
