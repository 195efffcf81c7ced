// The party a word of thanks names: who is thanked, congratulated or saluted, and what for.
#include <algorithm>
#include <string>

#include <posext/detail/chars.hpp>

#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

bool StanceFinder::thanked_party(std::string_view s, std::size_t i, std::size_t j, std::size_t after, bool to_party,
                                 const Cue& cue, Roles& out) const {
    const std::size_t n = words_.size();
    auto open_after = [&](std::size_t t) { return t < n && !words_[t - 1].clause_end; };
    // A verb of thanks names its party, by name alone too: "congratulate Professor Tijjani Muhammad-Bande, on".
    // Only a name of capitalised words to the "for" or "on" (not "salute Mali's fruitful cooperation").
    const bool named = [&] {
        if (cue.word_class != Cue::Class::verb || !open_after(after)) return false;
        for (std::size_t w = after; w < n && w < after + 6; ++w) {
            const std::string_view form = form_of(s, w);
            if (w > after && (word_is(s, words_[w], "for") || word_is(s, words_[w], "on"))) return true;
            if (!is_upper_start(form.front()) || form.size() < 2 || !is_lower(form[1]) || is_possessive(s, w) ||
                is_pronoun(s, w) || (words_[w].clause_end && !comma_after(s, w))) {
                return false;
            }
        }
        return false;
    }();
    // Or any noun phrase up to its "for": "thank the staff and officers of the United Nations for their work",
    // "thank the Republic of China on Taiwan for its friendship". The party of a verb of thanks is whoever it
    // thanks for something.
    const bool thanked_for = [&] {
        if (named || cue.word_class != Cue::Class::verb || !open_after(after) || !word_in(s, words_[i], list(WordTable::party_thanks))) {
            return false;
        }
        if (!(word_in(s, words_[after], list(WordTable::articles)) || word_in(s, words_[after], list(WordTable::determiners)) ||
              word_in(s, words_[after], list(WordTable::self_possessives)) || is_upper_start(s[words_[after].begin]))) {
            return false;
        }
        for (std::size_t w = after + 1; w < n && w < after + 10; ++w) {
            if (words_[w - 1].clause_end || comma_after(s, w - 1)) return false;
            // Not a "for" inside a name ("the Special Envoy for Yemen", "the Office for the Coordination of").
            const std::size_t named_after = w + 2 < n && word_in(s, words_[w + 1], list(WordTable::articles)) ? w + 2 : w + 1;
            if (word_is(s, words_[w], "for") && !(named_after < n && is_upper_start(s[words_[named_after].begin]) &&
                                                  is_upper_start(s[words_[w - 1].begin]))) {
                return w > after + 1 || !word_in(s, words_[after], list(WordTable::articles));
            }
            if (!in_phrase(s, w) && !word_is(s, words_[w], "of") && !is_preposition(s, w) &&
                !word_in(s, words_[w], list(WordTable::coordinators))) {
                return false;
            }
        }
        return false;
    }();
    if (!open_after(after) || !(to_party || cue.word_class != Cue::Class::noun) ||
        !(named || thanked_for || party_end(s, after, n - 1) != npos)) {
        return false;
    }
    const std::size_t end = std::min(target_last(s, after), after + max_phrase_words);
    // At "for", "on" or "upon", but not one inside a name ("Minister for Foreign Affairs") or before a
    // name ("our own SIDS representation on the GCF Board, for their favourable consideration").
    // "on my own behalf and on behalf of my Government": in whose name, not for what.
    auto behalf_at = [&](std::size_t k) {
        if (!word_is(s, words_[k], "on")) return false;
        for (std::size_t b = k + 1; b < n && b < k + 4; ++b) {
            if (word_is(s, words_[b], "behalf")) return true;
        }
        return false;
    };
    auto splits = [&](std::size_t k) {
        if (!word_is(s, words_[k], "for") && !word_is(s, words_[k], "on") && !word_is(s, words_[k], "upon")) return false;
        if (behalf_at(k)) return false;
        if (k + 1 < n && is_upper_start(s[words_[k + 1].begin]) && is_upper_start(s[words_[k - 1].begin])) return false;
        // Inside a relative clause on the party, only after its closing comma: "Ban Ki-moon, who has with
        // modesty and a drive for harmony worked", against "the President, who chaired our work, for".
        if (!comma_after(s, k - 1) && relative_between(s, after, k)) return false;
        return word_is(s, words_[k], "for") ||
               !(k + 2 < n && word_in(s, words_[k + 1], list(WordTable::articles)) && is_upper_start(s[words_[k + 2].begin]));
    };
    // Nor past a second predicate: "I thank the Secretary-General and reaffirm our support for", "pay
    // tribute to all those who have lost their lives and express my condolences".
    // The party ends before an adverb that ends the verb's object, and before the name it is said in:
    // "thank Member States very warmly, on my own behalf and ..., for", "thank him on behalf of Spain for".
    std::size_t k = after + 1, stop = npos;
    for (; k <= end && !splits(k) && !second_predicate(s, after, k); ++k) {
        if (stop != npos) continue;
        if (behalf_at(k)) stop = k;
        // An adverb in -ly before a comma or the "for", alone or after a light one ("very warmly,"); not
        // "friendly" of "the friendly nation of", nor "all" of "and all delegations", nor one inside the
        // party's relative clause ("partners that pledged to support our efforts financially,").
        const std::size_t ly = k + 1 <= end && word_in(s, words_[k], list(WordTable::light_adverbs)) ? k + 1 : k;
        const std::string_view form = form_of(s, ly);
        if (form.size() > 4 && form.ends_with("ly") && is_lower(form.front()) && !relative_between(s, after, k) &&
            (comma_after(s, ly) || (ly + 1 <= end && (splits(ly + 1) || behalf_at(ly + 1))))) {
            stop = k;
        }
    }
    std::size_t last = k > end ? end : k - 1;
    if (stop != npos && stop <= last) last = std::max(after, stop - 1);
    out.addressee = Phrase{after, last};
    if (k <= end && splits(k)) {
        if (auto target = target_from(s, k + 1, i, j, cue)) out.target = target;
    }
    return true;
}

}  // namespace posext::detail
