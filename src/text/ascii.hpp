// Byte and UTF-8 helpers shared by the stages; no allocation, no locale.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>

#include <posext/detail/chars.hpp>

namespace posext::detail {

constexpr bool is_ascii_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool is_alpha(char c) noexcept { return is_upper(c) || is_lower(c); }
constexpr char ascii_lower(char c) noexcept { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `text` starts with `lower_prefix` (lower-case ASCII), ASCII case folded.
inline bool starts_with_folded(std::string_view text, std::string_view lower_prefix) noexcept {
    if (text.size() < lower_prefix.size()) return false;
    for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
        if (ascii_lower(text[i]) != lower_prefix[i]) return false;
    }
    return true;
}

inline bool ends_with_folded(std::string_view text, std::string_view lower_suffix) noexcept {
    return text.size() >= lower_suffix.size() &&
           starts_with_folded(text.substr(text.size() - lower_suffix.size()), lower_suffix);
}

// Words of normalised text, where words are separated by single spaces.
inline std::size_t count_words(std::string_view text) noexcept {
    if (text.empty()) return 0;
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), ' '));
}

inline std::string_view skip_space(std::string_view text) noexcept {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    return text;
}

struct Decoded {
    char32_t code = 0;
    std::uint32_t length = 1;  // bytes consumed; 1 for an invalid sequence
    bool valid = true;
};

// Decodes one UTF-8 character at `at` (which must be < text.size()). Invalid
// sequences (overlong, surrogates, truncated, stray continuation bytes) give
// valid == false and consume exactly one byte, so that a scan always advances.
inline Decoded decode_utf8(std::string_view text, std::size_t at) noexcept {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(at);
    if (lead < 0x80) return {lead, 1, true};
    std::uint32_t length = 0;
    char32_t code = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) { length = 2; code = lead & 0x1F; minimum = 0x80; }
    else if (lead >= 0xE0 && lead <= 0xEF) { length = 3; code = lead & 0x0F; minimum = 0x800; }
    else if (lead >= 0xF0 && lead <= 0xF4) { length = 4; code = lead & 0x07; minimum = 0x10000; }
    else return {0xFFFD, 1, false};
    if (at + length > text.size()) return {0xFFFD, 1, false};
    for (std::uint32_t i = 1; i < length; ++i) {
        unsigned char next = byte(at + i);
        if ((next & 0xC0) != 0x80) return {0xFFFD, 1, false};
        code = (code << 6) | (next & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {0xFFFD, 1, false};
    return {code, length, true};
}

// Length of the UTF-8 character starting at `at`, 1 for an invalid one.
inline std::uint32_t char_length(std::string_view text, std::size_t at) noexcept {
    if (static_cast<unsigned char>(text[at]) < 0x80) return 1;
    return decode_utf8(text, at).length;
}

// The first `bytes` bytes of `text`, fewer where that would cut a UTF-8 character in two.
inline std::string_view whole_chars(std::string_view text, std::size_t bytes) noexcept {
    if (bytes >= text.size()) return text;
    while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
    return text.substr(0, bytes);
}

// FNV-1a, 64 bits: the hash of words and phrases looked up by their bytes.
constexpr std::uint64_t fnv1a_start = 0xCBF29CE484222325ull;
constexpr std::uint64_t fnv1a_step(std::uint64_t h, char c) noexcept {
    return (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
}

// Unicode white space that PDF and word-processor text uses between words.
constexpr bool is_unicode_space(char32_t c) noexcept {
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

}  // namespace posext::detail
