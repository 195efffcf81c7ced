// Byte classes shared by the grammars, the lexicon and the stages; internal to posext, no Spirit.
#pragma once

namespace posext::detail {

// A byte of a word: letters and digits. Non-ASCII bytes count as letters, except the
// lead byte 0xE2 of U+2000 to U+2FFF: dashes, "…", bullets and other marks.
constexpr bool is_word_byte(char c) noexcept {
    const auto b = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (b >= 0x80 && b != 0xE2);
}

// A byte that may open a capitalised word: A to Z, or the lead byte of a letter beyond ASCII
// (0xC3 and up, less the marks of 0xE2), which counts as a capital.
constexpr bool is_upper_start(char c) noexcept {
    const auto b = static_cast<unsigned char>(c);
    return (c >= 'A' && c <= 'Z') || (b >= 0xC3 && b != 0xE2);
}

}  // namespace posext::detail
