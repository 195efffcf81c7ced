// Support that is help given or received, no position: "whose support has been key", "all those who have
// supported Mozambique".
#include <string_view>

#include <posext/detail/chars.hpp>

#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

bool StanceFinder::support_judged(std::string_view s, std::size_t i, std::size_t prev) const {
    const std::size_t n = words_.size();
    if (!word_is(s, words_[i], "support") || i + 2 >= n || words_[i].clause_end || comma_after(s, i)) return false;
    if (prev != std::string_view::npos && (word_in(s, words_[prev], list(WordTable::self_possessives)) ||
                                           (prev > 0 && word_in(s, words_[prev - 1], list(WordTable::self_possessives))))) {
        return false;
    }
    // The verb, past what the support is for, of a subject that opens its clause: "support for democracy has declined
    // significantly", "and support for multilateralism has declined" tell of others' support, measured; not
    // "support for stability has been at the heart of its creed", nor "offer him Tunisia's support for the guidelines
    // he has outlined".
    std::size_t v = i + 1;
    const bool subject = prev == std::string_view::npos || comma_after(s, prev) || word_in(s, words_[prev], list(WordTable::coordinators)) ||
                         word_in(s, words_[prev], list(WordTable::clause_openers));
    if (subject && (word_is(s, words_[v], "for") || word_is(s, words_[v], "of"))) {
        std::size_t w = v + 1;
        while (w < n && w < v + 6 && !words_[w - 1].clause_end && !comma_after(s, w - 1) && in_phrase(s, w) &&
               !word_in(s, words_[w], list(WordTable::copulas)) && !word_is(s, words_[w], "has") && !word_is(s, words_[w], "have")) {
            ++w;
        }
        if (w == v + 1 || w + 1 >= n || words_[w - 1].clause_end || comma_after(s, w - 1)) return false;
        v = w;
    }
    if (v + 1 >= n) return false;
    if (word_in(s, words_[v], list(WordTable::copulas)) && v == i + 1) return true;
    return (word_is(s, words_[v], "has") || word_is(s, words_[v], "have")) &&
           (v > i + 1 ? form_of(s, v + 1).ends_with("ed") : word_is(s, words_[v + 1], "been"));
}

bool StanceFinder::supports_speaker(std::string_view s, std::size_t j) const {
    const std::size_t n = words_.size();
    const std::string_view form = form_of(s, j);
    if (!form.starts_with("support") || j + 1 >= n || words_[j].clause_end || comma_after(s, j)) return false;
    // The object's last word, if the speaker is the object.
    std::size_t last = std::string_view::npos;
    if (word_in(s, words_[j + 1], list(WordTable::self_objects))) {
        last = j + 1;
    } else if (j + 2 < n && word_in(s, words_[j + 1], list(WordTable::self_possessives)) &&
               word_in(s, words_[j + 2], list(WordTable::self_nouns))) {
        last = j + 2;
    } else if (const std::size_t length = speaker_word_at(s, j + 1); length != 0 && !form_of(s, j + 1).ends_with("'s")) {
        last = j + 1;
        while (last + 1 < n && words_[last + 1].end <= words_[j + 1].begin + length) ++last;
    }
    if (last == std::string_view::npos) return false;
    // Support given ("have supported us", "continue supporting us") is help; support now is backing ("Most of
    // the world supports Venezuela", "100 States support us in this initiative"), unless it helps us do
    // something ("support us in building our country").
    if (form == "supported" || form == "supporting") return true;
    return last + 2 < n && !words_[last].clause_end && word_is(s, words_[last + 1], "in") &&
           form_of(s, last + 2).ends_with("ing") && is_lower(s[words_[last + 2].begin]);
}

}  // namespace posext::detail
