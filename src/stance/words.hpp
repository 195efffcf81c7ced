// The stance stage's view of a sentence: words with their clause, and tests of a word against a list.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>

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

// The clause rules ask this of most words near a cue, against lists of up to
// thirty: the length and the first letter settle most entries before a compare.
template <typename Words>
bool word_in(std::string_view text, const Word& w, const Words& words) {
    const std::size_t size = w.end - w.begin;
    const char first = ascii_lower(text[w.begin]);
    for (std::string_view x : words) {
        if (x.size() == size && x.front() == first && starts_with_folded(text.substr(w.begin), x)) return true;
    }
    return false;
}

inline bool word_in(std::string_view text, const Word& w, std::initializer_list<std::string_view> words) {
    return word_in<std::initializer_list<std::string_view>>(text, w, words);
}

inline constexpr std::string_view copulas[] = {"am", "is", "are", "was", "were", "be", "been", "being",
                                                          "remain", "remains", "remained", "become", "becomes",
                                                          "feel", "feels", "stay", "stays", "i'm", "we're", "it's"};
inline constexpr std::string_view determiners[] = {"the", "a", "an", "our", "my", "its", "their", "his",
                                                              "her", "your", "this", "that", "these", "those", "full",
                                                              "strong", "continued", "unwavering", "firm", "no", "any",
                                                              "steadfast", "further", "greater", "more"};
inline constexpr std::string_view light[] = {"also", "all", "still", "very", "so", "more", "most", "even",
                                                        "therefore", "thus", "now", "again", "further", "indeed",
                                                        "always", "fully", "firmly", "strongly", "deeply", "truly",
                                                        "really", "certainly", "equally", "particularly", "absolutely",
                                                        "critically", "extremely", "increasingly", "not", "ever"};
inline constexpr std::string_view self_words[] = {"we", "i", "us", "our", "my", "me", "let", "we'll",
                                                             "i'll", "we've", "i've", "we're", "i'm", "ourselves"};


}  // namespace posext::detail
