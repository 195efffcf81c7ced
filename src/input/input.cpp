// The input's checks: size, UTF-8, and text damaged by its extraction from PDF.
#include "input/input.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/ascii.hpp"
#include "text/blocks.hpp"

namespace posext::detail {

namespace {

// PDF extraction sometimes drops ligatures ("ti", "ft", "tf"): "Naons",
// "congratulaons", "soluons". English has next to no words in which a
// lower-case letter, then "aon" or "uon", ends a word or precedes "s"/"al", so a
// few of them mark the whole text as damaged. The words are left as they are.
void note_lost_letters(std::string_view input, std::uint32_t start, std::vector<Diagnostic>& diagnostics) {
    constexpr std::size_t enough = 3;
    std::size_t hits = 0;
    std::uint32_t first = 0;
    // Letter patterns of a damaged "-ation"/"-ution", not vocabulary: no table could list them.
    static constexpr std::array<std::string_view, 2> endings{"aon", "uon"};
    for_each_folded_hit(input, start + 1, endings, [&](std::size_t at) {
        if ((input[at] != 'a' && input[at] != 'u') || input.substr(at + 1, 2) != "on" || !is_lower(input[at - 1])) return;
        const std::size_t after = at + 3;
        const bool word_end = after >= input.size() || !is_alpha(input[after]) ||
                              (input[after] == 's' && (after + 1 >= input.size() || !is_alpha(input[after + 1]))) ||
                              input.substr(after, 2) == "al";
        if (!word_end) return;
        if (hits++ == 0) first = static_cast<std::uint32_t>(at);
    });
    if (hits < enough) return;
    std::uint32_t word = first;
    while (word > start && is_alpha(input[word - 1])) --word;
    std::uint32_t end = first + 3;
    while (end < input.size() && is_alpha(input[end])) ++end;
    diagnostics.push_back({Severity::note, "input.lost-letters",
                           std::to_string(hits) + " words look like PDF extraction lost letters (\"" +
                               std::string(input.substr(word, end - word)) + "\" for \"...ation\"); words are kept as written",
                           {word, end}});
}

}  // namespace

bool check_input(std::string_view input, std::uint32_t start, std::vector<Diagnostic>& diagnostics) {
    if (const void* nul = std::memchr(input.data() + start, '\0', input.size() - start)) {
        auto at = static_cast<std::uint32_t>(static_cast<const char*>(nul) - input.data());
        diagnostics.push_back({Severity::error, "input.binary",
                               "not text: NUL byte at offset " + std::to_string(at), {at, at + 1}});
        return false;
    }
    constexpr std::size_t max_reported = 20;
    std::size_t invalid = 0;
    std::size_t control = 0;
    std::size_t reported = 0;
    const auto size = static_cast<std::uint32_t>(input.size());
    for (std::uint32_t i = start; i < size;) {
        // Eight printable ASCII bytes at a time: no high bit set, none below 0x20.
#if defined(__SSE2__)
        // Sixteen at a time: as signed bytes, control bytes and non-ASCII bytes are all below 0x20.
        if (i + 16 <= size) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(input.data() + i));
            const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20))));
            if (mask == 0) {
                i += 16;
                continue;
            }
            i += static_cast<std::uint32_t>(std::countr_zero(mask));
        }
#endif
        if (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, input.data() + i, 8);
            constexpr std::uint64_t high = 0x8080808080808080ULL;
            if (((word | (word - 0x2020202020202020ULL)) & high) == 0) {
                i += 8;
                continue;
            }
        }
        auto c = static_cast<unsigned char>(input[i]);
        if (c < 0x80) {
            if (c < 0x20 && !is_ascii_space(static_cast<char>(c))) ++control;
            ++i;
            continue;
        }
        Decoded d = decode_utf8(input, i);
        if (d.valid) {
            i += d.length;
            continue;
        }
        std::uint32_t run_end = i + 1;  // one diagnostic for a run of bad bytes
        while (run_end < size && static_cast<unsigned char>(input[run_end]) >= 0x80 &&
               !decode_utf8(input, run_end).valid) {
            ++run_end;
        }
        invalid += run_end - i;
        if (reported < max_reported) {
            diagnostics.push_back({Severity::warning, "input.invalid-utf8",
                                   "invalid UTF-8 (" + std::to_string(run_end - i) +
                                       " bytes) replaced by U+FFFD",
                                   {i, run_end}});
        }
        ++reported;
        i = run_end;
    }
    const std::size_t length = size - start;
    if (length >= 64 && (invalid + control) * 4 > length) {
        diagnostics.clear();
        diagnostics.push_back({Severity::error, "input.binary",
                               "not text: " + std::to_string(invalid + control) + " of " +
                                   std::to_string(length) + " bytes are control bytes or invalid UTF-8",
                               {start, size}});
        return false;
    }
    note_lost_letters(input, start, diagnostics);
    if (reported > max_reported) {
        diagnostics.push_back({Severity::warning, "input.invalid-utf8",
                               std::to_string(reported - max_reported) + " more runs of invalid UTF-8 not listed",
                               {size, size}});
    }
    return true;
}

}  // namespace posext::detail
