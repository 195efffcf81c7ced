// The stance stage's view of a sentence: words with their clause, and tests of a word against a list.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "lexicon/word_list.hpp"
#include "text/ascii.hpp"

namespace posext::detail {


// A word of a sentence: where it starts and ends in the sentence, without the
// marks around it, and where the next word starts.
struct Word {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool clause_end = false;  // a mark after it ends the clause (";", ":", ", but" ...)
    bool special = false;     // "it", "it's" (a frame may follow) or "we'll" (a commitment in one word)
    std::uint32_t clause = 0;  // index of the first word of its clause
};

inline bool word_is(std::string_view text, const Word& w, std::string_view lower) {
    return w.end - w.begin == lower.size() && starts_with_folded(text.substr(w.begin), lower);
}

// Whether the word is in one of the lexicon's word lists.
inline bool word_in(std::string_view text, const Word& w, const WordList& list) noexcept {
    return list.contains(text.substr(w.begin, w.end - w.begin));
}

// Whether a word is a year of the calendar: four digits from 1900 to 2099.
inline bool is_year(std::string_view form) {
    return form.size() == 4 && std::all_of(form.begin(), form.end(), [](char c) { return is_digit(c); }) &&
           (form.starts_with("19") || form.starts_with("20"));
}

}  // namespace posext::detail
