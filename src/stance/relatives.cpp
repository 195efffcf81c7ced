// Relative clauses: what "which", "that" or "who" stands for, and what a cue inside one is about.
#include <optional>
#include <string_view>

#include <posext/detail/chars.hpp>

#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

bool StanceFinder::set_off_relative(std::string_view s, std::size_t clause) const {
    return clause > 0 && comma_after(s, clause - 1) && (word_is(s, words_[clause], "which") || word_is(s, words_[clause], "who"));
}

std::size_t StanceFinder::relative_head(std::string_view s, const Phrase& thing, std::size_t clause) const {
    // A plural noun after "that" is a subject of its own ("that vaccines are important"); a verb opens a relative.
    if (thing.first < clause + 2 || thing.last < thing.first ||
        !(word_is(s, words_[thing.first - 1], "that") || word_is(s, words_[thing.first - 1], "which")) ||
        !(word_in(s, words_[thing.first], list(WordTable::verb_chain_words)) ||
          (third_person_verb(s, thing.first) && thing.first + 1 <= thing.last &&
           !word_in(s, words_[thing.first + 1], list(WordTable::verb_chain_words))))) {
        return thing.first;
    }
    const std::size_t rel = thing.first - 1;
    for (std::size_t d = rel; d > clause && d + 7 > rel; --d) {
        const std::size_t w = d - 1;
        if (words_[w].clause_end || comma_after(s, w) || !in_phrase(s, w) || is_pronoun(s, w)) break;
        if (word_in(s, words_[w], list(WordTable::articles)) || word_in(s, words_[w], list(WordTable::determiners)) ||
            word_in(s, words_[w], list(WordTable::self_possessives))) {
            return w + 1 < rel ? w : thing.first;
        }
    }
    return thing.first;
}

std::optional<StanceFinder::Phrase> StanceFinder::which_antecedent(std::string_view s, std::size_t which) const {
    const std::size_t before = which;
    if (before == 0 || !comma_after(s, before - 1) || is_pronoun(s, before - 1) || !in_phrase(s, before - 1)) return std::nullopt;
    std::size_t first = before - 1;
    // "the Multidimensional Vulnerability Index (MVI), which": a name's acronym in brackets goes with the name.
    if (first > 0 && words_[first].begin > 0 && s[words_[first].begin - 1] == '(' && words_[first].end < s.size() &&
        s[words_[first].end] == ')' && words_[first - 1].clause_end && is_upper_start(s[words_[first - 1].begin])) {
        --first;
    }
    while (first > 0 && first + max_phrase_words > before && !words_[first - 1].clause_end && !comma_after(s, first - 1) &&
           in_phrase(s, first - 1) && !object_start(s, first)) {
        --first;
    }
    // "We face floods, which": back to a subject pronoun, the walk crossed a verb; what "which" stands for is not
    // known (ANNOTATION.md: the relative word is the target then).
    for (std::size_t w = first; w < before; ++w) {
        if (word_in(s, words_[w], list(WordTable::self_subjects)) || word_in(s, words_[w], list(WordTable::new_subjects))) return std::nullopt;
    }
    // Back over a preposition inside a name, to the name's start and its article: "the Paris Agreement on Climate
    // Change, which are".
    const std::size_t p = first - 1;
    if (first > 1 && is_upper_start(s[words_[first].begin]) && !words_[p].clause_end && !words_[p - 1].clause_end &&
        !comma_after(s, p - 1) && !comma_after(s, p) && is_upper_start(s[words_[p - 1].begin]) &&
        is_preposition(s, p)) {
        first = p - 1;
        while (first > 0 && (is_upper_start(s[words_[first - 1].begin]) || is_digit(s[words_[first - 1].begin])) &&
               !words_[first - 1].clause_end && !comma_after(s, first - 1)) {
            --first;
        }
        if (first > 0 && !words_[first - 1].clause_end && !comma_after(s, first - 1) &&
            (word_in(s, words_[first - 1], list(WordTable::articles)) || word_in(s, words_[first - 1], list(WordTable::determiners)))) {
            --first;
        }
    } else if (first > 1 && !words_[first - 1].clause_end && !comma_after(s, first - 1) &&
             is_preposition(s, first - 1)) {
        // "the ongoing armed conflict in eastern Ukraine, which endangers": back over one preposition to the noun
        // it completes, when an article or a determiner opens that noun within four words.
        for (std::size_t w = first - 1; w > 0 && w + 5 > first; --w) {
            if (words_[w - 1].clause_end || comma_after(s, w - 1) || !in_phrase(s, w - 1)) break;
            if (word_in(s, words_[w - 1], list(WordTable::articles)) || word_in(s, words_[w - 1], list(WordTable::determiners))) {
                first = w - 1;
                break;
            }
        }
    }
    // "..., and the UNSC, which": a coordinator joins the phrase to what went before, and is none of it.
    while (first < before - 1 && word_in(s, words_[first], list(WordTable::coordinators))) ++first;
    // A lone pronoun ("abide by them, which is crucial") stands for nothing named here.
    if (first < before - 1 || is_upper(s[words_[first].begin])) return Phrase{first, before - 1};
    return std::nullopt;
}

bool StanceFinder::relative_between(std::string_view s, std::size_t from, std::size_t to) const {
    for (std::size_t w = from; w < to; ++w) {
        if (word_in(s, words_[w], list(WordTable::relative_words))) return true;
    }
    return false;
}

std::optional<StanceFinder::Phrase> StanceFinder::relative_object(std::string_view s, std::size_t i, std::size_t j,
                                                                  std::size_t clause, const Cue& cue) const {
    const std::size_t n = words_.size();
    if (cue.word_class != Cue::Class::verb && !(cue.type == StanceType::prescribe && word_in(s, words_[i], list(WordTable::need_words)))) {
        return std::nullopt;
    }
    // The object's gap: a mark, or a preposition that opens no object of the verb ("condemn in the strongest terms";
    // not "commend for its courage", "thank for", "call for", whose reason or object follows).
    const bool gap = j + 1 >= n || words_[j].clause_end || comma_after(s, j) ||
                     (!cue_has(s, i, j, WordTable::thanking_cues) && cue.type != StanceType::welcome &&
                      cue.type != StanceType::appeal && !word_is(s, words_[j + 1], "to") && !word_is(s, words_[j + 1], "for") &&
                      !word_is(s, words_[j + 1], "on") &&
                      is_preposition(s, j + 1));
    if (!gap) return std::nullopt;
    // "that we firmly condemn", "which we also support": the relative, its subject, adverbs.
    std::size_t w = adverbs_start(s, i, clause);
    if (w <= clause + 1 || !word_in(s, words_[w - 1], list(WordTable::self_words)) || !is_pronoun(s, w - 1)) return std::nullopt;
    const std::size_t rel = w - 2;
    if (!(word_is(s, words_[rel], "which") || word_is(s, words_[rel], "that")) || rel == 0) return std::nullopt;
    // Not "the relevance of which", "to which we committed", "in the City and that we reject": the relative is
    // no object there, or its antecedent is further back.
    if (word_is(s, words_[rel - 1], "of") || is_preposition(s, rel - 1) || word_in(s, words_[rel - 1], list(WordTable::coordinators))) {
        return std::nullopt;
    }
    std::optional<Phrase> thing;
    if (comma_after(s, rel - 1)) {
        if (word_is(s, words_[rel], "which")) thing = which_antecedent(s, rel);
    } else if (!words_[rel - 1].clause_end && in_phrase(s, rel - 1) && !is_pronoun(s, rel - 1)) {
        // "the spirit that we need": the noun phrase before the relative, from its determiner; not a verb's
        // clause ("We believe that we need").
        for (std::size_t d = rel - 1; d + 6 > rel; --d) {
            if (word_in(s, words_[d], list(WordTable::articles)) || word_in(s, words_[d], list(WordTable::determiners)) ||
                word_in(s, words_[d], list(WordTable::self_possessives))) {
                if (d + 1 == rel) break;
                // "a further violation": an article before a determiner's adjective.
                if (d > 0 && !comma_after(s, d - 1) && !words_[d - 1].clause_end &&
                    (word_in(s, words_[d - 1], list(WordTable::articles)) || word_in(s, words_[d - 1], list(WordTable::self_possessives)))) {
                    --d;
                }
                thing = Phrase{d, rel - 1};
                break;
            }
            if (d == 0 || words_[d - 1].clause_end || comma_after(s, d - 1) || !in_phrase(s, d - 1) || is_pronoun(s, d - 1)) break;
        }
    }
    // "Chile, which I commend", "UNDP, which we thank": a party thanked is the addressee, no target.
    if (thing && cue_has(s, i, j, WordTable::thanking_cues) && party_of(s, *thing)) return std::nullopt;
    return thing;
}

std::optional<StanceFinder::Phrase> StanceFinder::relative_judged(std::string_view s, std::size_t at, std::size_t clause) const {
    std::size_t w = at;
    while (w > clause && (word_in(s, words_[w - 1], list(WordTable::verb_chain_words)) || is_manner_adverb(s, w - 1))) --w;
    if (w == clause || (!word_is(s, words_[w - 1], "which") && !word_is(s, words_[w - 1], "that"))) return std::nullopt;
    // ", which" opens a clause of its own, so the antecedent is looked for before it.
    return which_antecedent(s, w - 1).value_or(Phrase{w - 1, w - 1});
}

std::optional<StanceFinder::Phrase> StanceFinder::relative_subject(std::string_view s, std::size_t i, std::size_t j,
                                                                   std::size_t at, std::size_t clause) const {
    // A relative right before the copula stands for the noun phrase before it, not for the clause around it;
    // ", which is crucial" opens a clause of its own, and stands for what it names or is the target itself. Not
    // "all of which", "that is, the amendment", nor a passive ("States that are threatened by more powerful ones":
    // the agent threatens).
    const std::size_t n = words_.size();
    if (at < 2 || at <= clause || at + 1 >= n || !(word_is(s, words_[at - 1], "that") || word_is(s, words_[at - 1], "which")) ||
        (words_[at - 2].clause_end && !comma_after(s, at - 2)) || !in_phrase(s, at - 2) || is_pronoun(s, at - 2) ||
        word_in(s, words_[at - 2], list(WordTable::coordinators)) || word_is(s, words_[at - 2], "of") || comma_after(s, at) ||
        (i == j && form_of(s, i).ends_with("ed")) || (comma_after(s, at - 2) && word_is(s, words_[at - 1], "that"))) {
        return std::nullopt;
    }
    if (comma_after(s, at - 2)) return which_antecedent(s, at - 1).value_or(Phrase{at - 1, at - 1});
    // A name in quotation marks is whole: the so called 'alliance for future of the internet' which is.
    const std::string_view closing = s.substr(words_[at - 2].end, words_[at - 1].begin - words_[at - 2].end);
    if (closing.starts_with("\xE2\x80\x9D") || closing.starts_with("\"")) {
        for (std::size_t first = at - 2; first > clause && first + max_phrase_words > at; --first) {
            const std::size_t b = words_[first].begin;
            const bool opening = (b >= 3 && s.substr(b - 3, 3) == "\xE2\x80\x9C") || (b >= 1 && s[b - 1] == '"');
            if (!opening) continue;
            // Back to its article, past a word or two ("the so called").
            for (std::size_t w = first; w > clause && w + 3 > first; --w) {
                if (word_in(s, words_[w - 1], list(WordTable::articles))) return Phrase{w - 1, at - 2};
                if (!is_lower(s[words_[w - 1].begin]) || comma_after(s, w - 1)) break;
            }
            return Phrase{first, at - 2};
        }
    }
    // "an erosion of the democratic principles and human rights that are": a plural verb agrees with no singular
    // noun before "of".
    const bool plural = word_is(s, words_[at], "are") || word_is(s, words_[at], "were");
    // "a wide diversity of wildlife, ecozones and plant species that are": a list's commas are crossed.
    bool listed = false;
    std::size_t first = at - 2;
    while (first > clause && first + max_phrase_words > at && !words_[first - 1].clause_end &&
           (!comma_after(s, first - 1) || listed) && in_phrase(s, first - 1) && !object_start(s, first) &&
           !(plural && first > clause + 1 && word_is(s, words_[first - 1], "of") && !form_of(s, first - 2).ends_with("s"))) {
        listed = listed || word_in(s, words_[first], list(WordTable::coordinators));
        --first;
    }
    return Phrase{first, at - 2};
}

bool StanceFinder::described_by_indefinite(std::string_view s, std::size_t i, std::size_t clause) const {
    std::size_t w = chain_start(s, i, clause);
    while (w > 0 && !words_[w - 1].clause_end && (is_adverb(s, w - 1) || word_in(s, words_[w - 1], list(WordTable::light_adverbs)))) --w;
    if (w < 3 || !word_in(s, words_[w - 1], list(WordTable::relative_words)) || words_[w - 2].clause_end) return false;
    const std::size_t head = w - 2;
    // Not a text's, nor a party's: "a resolution that calls for", "a country that is committed to" (as often the
    // speaker's own, described), nor one whose agent follows ("a war that is condemned by the General Assembly").
    if (!in_phrase(s, head) || word_in(s, words_[head], list(WordTable::reporting_documents)) ||
        word_in(s, words_[head], list(WordTable::party_words))) {
        return false;
    }
    const std::size_t last = last_word(i, words_[i].end);
    if (last + 1 < words_.size() && !words_[last].clause_end && word_is(s, words_[last + 1], "by")) return false;
    // Back to the phrase's article, over its modifiers: not past "of" ("a number of States that"), a comma or a verb.
    for (std::size_t a = head; a + 5 > head && a > 0; --a) {
        if (word_in(s, words_[a], list(WordTable::indefinite_articles))) return a < head;
        if (word_is(s, words_[a], "of") || !in_phrase(s, a - 1) || words_[a - 1].clause_end || comma_after(s, a - 1)) break;
    }
    return word_in(s, words_[head - 1], list(WordTable::indefinite_articles)) && head >= 1;
}

}  // namespace posext::detail
