// A caller's text normalised for the rules, with matches mapped back to spans of that text.
#pragma once

#include <string_view>

#include <posext/lexicon.hpp>
#include <posext/normalized.hpp>

#include "input/input.hpp"

namespace posext::detail {

class NormalizedInput {
public:
    NormalizedInput(std::string_view input, const Lexicon& lexicon) : input_(input) {
        normalize(input, whole_span(input), lexicon, normal_, Furniture::keep);
    }

    [[nodiscard]] std::string_view text() const noexcept { return normal_.text; }
    [[nodiscard]] Span span(const char* begin, const char* end) const noexcept {
        const char* base = normal_.text.data();
        return normal_.span_of(input_, static_cast<std::size_t>(begin - base), static_cast<std::size_t>(end - base));
    }

private:
    std::string_view input_;
    NormalizedText normal_;
};

}  // namespace posext::detail
