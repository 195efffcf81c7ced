// Cheap first-word tests that spare a grammar or a phrase lookup on words that cannot open a match.
#pragma once

#include <array>
#include <string_view>

#include <posext/lexicon.hpp>

#include "lexicon/phrase_filter.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

// The first word of a text as the phrase tables list first words: up to a
// space, a line end or a mark that ends it ("Mr." of "Mr. President", "Mr" of "Mr/Madam", "Austria." of
// "Austria.\nAustria" where one paragraph ends and the next begins).
// Every scan of capitalised words asks this, so the bytes that end a word are one table lookup.
inline std::string_view first_word(std::string_view text) noexcept {
    static constexpr auto ends = [] {
        std::array<bool, 256> table{};
        for (const unsigned char c : {' ', '\n', '\t', '\r', ',', ':', ';', '!', '/', '(', '\xE2'}) table[c] = true;
        return table;
    }();
    std::size_t i = 0;
    while (i < text.size() && !ends[static_cast<unsigned char>(text[i])]) ++i;
    return text.substr(0, i);
}

// The word without a possessive or a full stop after it: "Japan" of "Japan's", "Austria" of "Austria.".
inline std::string_view bare_word(std::string_view word) noexcept {
    if (word.size() > 2 && word.substr(word.size() - 2) == "'s") word.remove_suffix(2);
    while (!word.empty() && !is_word_byte(word.back())) word.remove_suffix(1);
    return word;
}

// Whether a phrase of a filtered table may begin with `word`, also when the word
// carries a possessive or a full stop ("Japan's", "Austria.").
inline bool may_open(const PhraseFilter& filter, std::string_view word) {
    if (filter.may_open(word)) return true;
    const std::string_view bare = bare_word(word);
    return bare.size() != word.size() && filter.may_open(bare);
}

// The same test of one word against several filters, the word hashed once.
class OpeningWord {
public:
    explicit OpeningWord(std::string_view word) noexcept : word_(PhraseFilter::hash(word)) {
        const std::string_view bare = bare_word(word);
        has_bare_ = bare.size() != word.size();
        if (has_bare_) bare_ = PhraseFilter::hash(bare);
    }
    [[nodiscard]] bool may_open(const PhraseFilter& filter) const noexcept {
        return filter.may_open_hashed(word_) || (has_bare_ && filter.may_open_hashed(bare_));
    }

private:
    std::size_t word_ = 0;
    std::size_t bare_ = 0;
    bool has_bare_ = false;
};

}  // namespace posext::detail
