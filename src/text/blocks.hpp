// Byte classes of 64-byte blocks as bit masks, and the word splitter built on them.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace posext::detail {

// Bit i of each mask describes byte i of a 64-byte block. The word splitter
// and the speaker scan test 64 bytes with a few instructions instead of
// branching on every byte, which is what made them the slowest stages.
struct BlockClasses {
    // Letters, digits and bytes of non-ASCII letters. Not 0xE2 and the two
    // bytes after it: that lead byte opens U+2000 to U+2FFF ("—", "’", "…",
    // "€"), marks rather than letters, and a word must not start inside one.
    // for_each_block clears the tail bytes that spill into the next block.
    std::uint64_t word = 0;
    std::uint64_t mark_lead = 0;  // bytes 0xE2, for the spill into the next block
    std::uint64_t upper = 0;   // a byte that may start a capitalised word: A-Z, or a lead byte from 0xC3 up
    std::uint64_t opener = 0;  // ' ', '\n', '(' and '"': a name may start after them
};

// The classes of 64 bytes, one at a time: the reference for the vector version.
inline BlockClasses classify_block_bytewise(const char* p) noexcept {
    BlockClasses c;
    for (unsigned i = 0; i < 64; ++i) {
        const auto b = static_cast<unsigned char>(p[i]);
        const std::uint64_t bit = std::uint64_t{1} << i;
        const bool letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
        if (letter || (b >= 0x80 && b != 0xE2)) c.word |= bit;
        if (b == 0xE2) c.mark_lead |= bit;
        if ((b >= 'A' && b <= 'Z') || (b >= 0xC3 && b != 0xE2)) c.upper |= bit;
        if (b == ' ' || b == '\n' || b == '(' || b == '"') c.opener |= bit;
    }
    c.word &= ~((c.mark_lead << 1) | (c.mark_lead << 2));
    return c;
}

#if defined(__SSE2__)
namespace blocks {
inline std::uint64_t bits(__m128i m) noexcept { return static_cast<std::uint32_t>(_mm_movemask_epi8(m)); }
// Bytes b with unsigned (b - low) < count, in signed arithmetic: the offset
// is moved by 0x80 so that one signed comparison tests the range.
inline __m128i in_range(__m128i v, char low, int count) noexcept {
    const __m128i shifted = _mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8(low)), _mm_set1_epi8(static_cast<char>(0x80)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(0x80 + count)));
}
}  // namespace blocks
#endif

// The classes of 64 bytes at p, all of which must be readable. `Want` says
// which masks the caller reads (the others stay 0): the word splitter needs
// only `word`, the speaker scan only `upper` and `opener`.
enum class Want { words, name_starts, all };

template <Want want = Want::all>
inline BlockClasses classify_block(const char* p) noexcept {
#if defined(__SSE2__)
    using blocks::bits;
    using blocks::in_range;
    constexpr bool words = want != Want::name_starts;
    constexpr bool names = want != Want::words;
    BlockClasses c;
    for (unsigned k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const __m128i e2 = _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2)));
        const __m128i negative = _mm_cmplt_epi8(v, _mm_setzero_si128());
        const unsigned shift = 16 * k;
        if constexpr (words) {
            const __m128i high = _mm_andnot_si128(e2, negative);
            const __m128i alpha = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);
            const __m128i digit = in_range(v, '0', 10);
            c.word |= bits(_mm_or_si128(_mm_or_si128(alpha, digit), high)) << shift;
            c.mark_lead |= bits(e2) << shift;
        }
        if constexpr (names) {
            const __m128i capital = in_range(v, 'A', 26);
            // From 0xC3 up, as signed bytes: from -61 up to -1.
            const __m128i lead = _mm_andnot_si128(e2, _mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2))));
            c.upper |= bits(_mm_or_si128(capital, _mm_and_si128(lead, negative))) << shift;
            const __m128i space = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
            const __m128i open = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')), _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
            c.opener |= bits(_mm_or_si128(space, open)) << shift;
        }
    }
    if constexpr (words) c.word &= ~((c.mark_lead << 1) | (c.mark_lead << 2));
    return c;
#else
    return classify_block_bytewise(p);
#endif
}

// The first position from `from` on whose byte is one of the four given, or
// text.size(): a memchr for several bytes, 16 at a time.
inline std::size_t find_any_of4(std::string_view text, std::size_t from, char a, char b, char c, char d) noexcept {
    std::size_t i = from;
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c), vd = _mm_set1_epi8(d);
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, vc), _mm_cmpeq_epi8(v, vd)));
        if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit)); mask != 0) {
            return i + static_cast<std::size_t>(std::countr_zero(mask));
        }
    }
#endif
    for (; i < text.size(); ++i) {
        const char x = text[i];
        if (x == a || x == b || x == c || x == d) return i;
    }
    return text.size();
}

// Calls f(i), in order, for each i from `from` on where the text's bytes from i
// start with one of `keys` (one to three bytes each), every byte compared with
// bit 0x20 set on both sides: "res" finds "Res" and "RES". Bytes other than
// letters may match more than they should ('\x0e' as '.'), so f checks its
// hit. All keys are tested 16 positions at a time: a `find` per key stops at
// every hit of the key's first byte, which for "on" or "es" is every few words.
template <typename Keys, typename F>
void for_each_folded_hit(std::string_view text, std::size_t from, const Keys& keys, F&& f) {
    constexpr char fold = 0x20;
    auto matches = [&](std::size_t i) {
        for (const auto& key : keys) {
            if (key.empty() || key.size() > 3 || i + key.size() > text.size()) continue;
            bool same = true;
            for (std::size_t k = 0; k < key.size() && same; ++k) same = (text[i + k] | fold) == (key[k] | fold);
            if (same) return true;
        }
        return false;
    };
    std::size_t i = from;
#if defined(__SSE2__)
    // The keys' bytes, each repeated over 16 lanes, prepared once; a key of one or two bytes
    // compares its missing bytes with lanes that are always equal.
    struct Lanes {
        __m128i bytes[3];
        unsigned size;
    };
    constexpr std::size_t most = 8;  // keys beyond these are looked for byte by byte
    std::array<Lanes, most> lanes;
    std::size_t count = 0;
    bool more = false;
    for (const auto& key : keys) {
        if (key.empty() || key.size() > 3) continue;
        if (count == most) {
            more = true;
            break;
        }
        Lanes& l = lanes[count++];
        l.size = static_cast<unsigned>(key.size());
        for (std::size_t k = 0; k < 3; ++k) l.bytes[k] = _mm_set1_epi8(k < key.size() ? static_cast<char>(key[k] | fold) : 0);
    }
    const __m128i folds = _mm_set1_epi8(fold);
    for (; !more && i + 18 <= text.size(); i += 16) {
        const char* p = text.data() + i;
        const __m128i b0 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), folds);
        const __m128i b1 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1)), folds);
        const __m128i b2 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2)), folds);
        __m128i hit = _mm_setzero_si128();
        for (std::size_t k = 0; k < count; ++k) {
            const Lanes& l = lanes[k];
            __m128i same = _mm_cmpeq_epi8(b0, l.bytes[0]);
            if (l.size > 1) same = _mm_and_si128(same, _mm_cmpeq_epi8(b1, l.bytes[1]));
            if (l.size > 2) same = _mm_and_si128(same, _mm_cmpeq_epi8(b2, l.bytes[2]));
            hit = _mm_or_si128(hit, same);
        }
        for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit)); mask != 0; mask &= mask - 1) {
            f(i + static_cast<std::size_t>(std::countr_zero(mask)));
        }
    }
#endif
    for (; i < text.size(); ++i) {
        if (matches(i)) f(i);
    }
}

// Calls f(block_begin, classes) for each 64-byte block of text; the last block
// is read from a copy padded with NUL bytes, which belong to no class.
template <Want want = Want::all, typename F>
void for_each_block(std::string_view text, F&& f) {
    // The tail bytes of a mark whose lead byte is among the last two of a block.
    std::uint64_t spill = 0;
    auto next = [&](std::size_t at, BlockClasses c) {
        c.word &= ~spill;
        spill = (c.mark_lead >> 62) | (c.mark_lead >> 63);
        f(at, c);
    };
    const std::size_t whole = text.size() / 64 * 64;
    for (std::size_t at = 0; at < whole; at += 64) next(at, classify_block<want>(text.data() + at));
    if (whole < text.size()) {
        char tail[64];
        std::memcpy(tail, text.data() + whole, text.size() - whole);
        std::memset(tail + (text.size() - whole), 0, 64 - (text.size() - whole));
        next(whole, classify_block<want>(tail));
    }
}

// Calls on_run(begin, end) for each run of word bytes of `text`, in order, from the word masks' edges.
template <typename OnRun>
void for_each_run(std::string_view text, OnRun&& on_run) {
    std::size_t run_begin = 0;
    bool inside = false;
    std::uint64_t carry = 0;  // the last bit of the previous block's word mask
    for_each_block<Want::words>(text, [&](std::size_t at, const BlockClasses& c) {
        std::uint64_t edges = c.word ^ ((c.word << 1) | carry);
        carry = c.word >> 63;
        while (edges != 0) {
            const std::size_t pos = at + static_cast<std::size_t>(std::countr_zero(edges));
            edges &= edges - 1;
            if (!inside) {
                run_begin = pos;
            } else {
                on_run(run_begin, pos);
            }
            inside = !inside;
        }
    });
    if (inside) on_run(run_begin, text.size());
}

// Calls on_word(begin, end) for each word of `text`, in order. A word is a run
// of word bytes, with '-' and '\'' inside it ("well-being", "Côte d'Ivoire")
// and '.' before a word byte ("U.N.", "e.g"): marks at its ends are not part of it.
template <typename OnWord>
void for_each_word(std::string_view text, OnWord&& on_word) {
    // Runs of word bytes come from the mask's edges; two runs make one word
    // when the bytes between them are joiners, the last of which may be a dot.
    const char* const s = text.data();
    auto joins = [s](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i + 1 < to; ++i) {
            if (s[i] != '-' && s[i] != '\'') return false;
        }
        return s[to - 1] == '-' || s[to - 1] == '\'' || s[to - 1] == '.';
    };
    std::size_t word_begin = 0, word_end = 0;
    bool have = false;
    for_each_run(text, [&](std::size_t b, std::size_t e) __attribute__((always_inline)) {
        if (have && joins(word_end, b)) {
            word_end = e;
            return;
        }
        if (have) on_word(word_begin, word_end);
        word_begin = b;
        word_end = e;
        have = true;
    });
    if (have) on_word(word_begin, word_end);
}

}  // namespace posext::detail
