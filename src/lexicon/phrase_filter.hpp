// The first-words test of a phrase table, for scans that ask it of every word of a text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <posext/lexicon.hpp>

#include "lexicon/word_list.hpp"

namespace posext::detail {

// A first-words test of one phrase table, cheap enough to run on every word
// of a text: false means that no phrase of the table begins there.
class PhraseFilter {
public:
    static constexpr std::size_t bits = std::size_t{1} << 14;

    // Whether some phrase begins with the word `word`.
    [[nodiscard]] bool may_open(std::string_view word) const noexcept { return test(firsts_, hash(word)); }
    // The same for a word already hashed, when one word is tested against several tables.
    [[nodiscard]] bool may_open_hashed(std::size_t word_hash) const noexcept { return test(firsts_, word_hash); }
    // Whether some phrase begins with `word` and is that word alone or goes on with `next`.
    [[nodiscard]] bool may_open(std::string_view word, std::string_view next) const noexcept {
        return may_open_hashed(hash(word), next);
    }
    // The same for a word already hashed.
    [[nodiscard]] bool may_open_hashed(std::size_t h, std::string_view next) const noexcept {
        return test(singles_, h) || (!next.empty() && test(pairs_, pair_hash(h, hash(next))));
    }
    // A word's length and first four bytes, folded to lower case, mixed to an
    // index below `bits`. It runs on every word of a text, so it folds the four
    // bytes at once instead of looping over them.
    [[nodiscard]] static std::size_t hash(std::string_view word) noexcept {
        std::uint32_t x = 0;
        const auto byte = [&](std::size_t i) { return std::uint32_t{static_cast<unsigned char>(word[i])}; };
        if (word.size() >= 4) {
            std::memcpy(&x, word.data(), 4);
        } else if (word.size() == 3) {  // half of all words have fewer than four bytes: no loop for them
            x = byte(0) | byte(1) << 8 | byte(2) << 16;
        } else if (word.size() == 2) {
            x = byte(0) | byte(1) << 8;
        } else if (word.size() == 1) {
            x = byte(0);
        }
        // ASCII capitals get 0x20: a byte's low seven bits are at least 'A' and
        // at most 'Z', and its high bit is clear. No sum carries into the next byte.
        const std::uint32_t low = x & 0x7F7F7F7Fu;
        const std::uint32_t at_least_a = low + 0x3F3F3F3Fu;  // 0x80 set from 'A' (0x41) up
        const std::uint32_t above_z = low + 0x25252525u;     // 0x80 set above 'Z' (0x5A)
        const std::uint32_t capital = (at_least_a & ~above_z & ~x) & 0x80808080u;
        const std::uint64_t key = (std::uint64_t{word.size()} << 32) | (x | (capital >> 2));
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 50);
    }
    [[nodiscard]] static std::size_t pair_hash(std::size_t first, std::size_t second) noexcept {
        return static_cast<std::size_t>(((first * 0x100000001B3ull) ^ (second * 0xC2B2AE3D27D4EB4Full)) >> 7) &
               (bits - 1);
    }

    // Sets in `set` (bits / 64 words) the bits of this table's first words, so that one set may
    // answer for several tables.
    void add_first_words(std::uint64_t* set) const noexcept {
        if (firsts_ == nullptr) return;
        for (std::size_t i = 0; i < bits / 64; ++i) set[i] |= firsts_[i];
    }

    [[nodiscard]] static bool test(const std::uint64_t* set, std::size_t h) noexcept {
        return set != nullptr && ((set[h >> 6] >> (h & 63)) & 1u) != 0;
    }

private:
    friend class LexiconAccess;
    std::shared_ptr<const void> tables_;  // keeps the sets below alive when the Lexicon changes or goes
    const std::uint64_t* firsts_ = nullptr;
    const std::uint64_t* singles_ = nullptr;
    const std::uint64_t* pairs_ = nullptr;
};

// What the stages may read of a Lexicon beyond its public functions.
class LexiconAccess {
public:
    // The filter of one table; it shares the tables, so it stays valid after the Lexicon changes.
    [[nodiscard]] static PhraseFilter filter(const Lexicon& lexicon, Phrases table) noexcept;
    // A word list; valid while `lexicon` lives unchanged.
    [[nodiscard]] static const WordList& words(const Lexicon& lexicon, WordTable table) noexcept;
    // The distinct first `bytes` bytes (lower case) of the phrases of a table: where a search for them may start.
    [[nodiscard]] static std::vector<std::string> openings(const Lexicon& lexicon, Phrases table, std::size_t bytes);
};

inline PhraseFilter phrase_filter(const Lexicon& lexicon, Phrases table) noexcept {
    return LexiconAccess::filter(lexicon, table);
}

inline const WordList& word_list(const Lexicon& lexicon, WordTable table) noexcept {
    return LexiconAccess::words(lexicon, table);
}

}  // namespace posext::detail
