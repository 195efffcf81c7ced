// Cheap first-word tests that spare a grammar or a phrase lookup on words that cannot open a match.
#pragma once

#include <array>
#include <string_view>

#include <posext/lexicon.hpp>

#include "lexicon/phrase_filter.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

// The first word of a text as the phrase tables list first words: up to a
// space or a mark that ends it ("Mr." of "Mr. President", "Mr" of "Mr/Madam").
// Every scan of capitalised words asks this, so the bytes that end a word are one table lookup.
inline std::string_view first_word(std::string_view text) noexcept {
    static constexpr auto ends = [] {
        std::array<bool, 256> table{};
        for (const unsigned char c : {' ', ',', ':', ';', '!', '/', '(', '\xE2'}) table[c] = true;
        return table;
    }();
    std::size_t i = 0;
    while (i < text.size() && !ends[static_cast<unsigned char>(text[i])]) ++i;
    return text.substr(0, i);
}

// Whether a phrase of a filtered table may begin with `word`, also when the word
// carries a possessive or a full stop ("Japan's", "Austria.").
inline bool may_open(const PhraseFilter& filter, std::string_view word) {
    if (filter.may_open(word)) return true;
    std::string_view bare = word;
    if (bare.size() > 2 && bare.substr(bare.size() - 2) == "'s") bare.remove_suffix(2);
    while (!bare.empty() && !is_word_byte(bare.back())) bare.remove_suffix(1);
    return bare.size() != word.size() && filter.may_open(bare);
}

}  // namespace posext::detail
