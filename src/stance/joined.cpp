// Words joined to a cue by "and": a second verb that shares the cue's object, a second modal, a second
// predicate of the same subject.
#include <string_view>

#include "stance/stance_finder.hpp"

namespace posext::detail {

std::size_t StanceFinder::after_joined_verb(std::string_view s, std::size_t i, std::size_t j, std::size_t clause, std::size_t after,
                                            const Cue& cue, bool of_party) const {
    const std::size_t n = words_.size();
    auto third_person = [&](std::size_t w) { return third_person_verb(s, w); };
    // "I support and subscribe to the theme", "thank and commend the Secretary-General for": a verb joined to
    // a verb cue, with no object between, shares the object; the roles start after it.
    // After a determiner or a possessive, or in a list, the cue is a noun joined to another: "their continuous
    // support and assistance to", "members' support and assistance", "condolences, support and sympathy".
    auto determines = [&](std::size_t w) {
        return word_in(s, words_[w], list(WordTable::determiners)) || word_in(s, words_[w], list(WordTable::holder_possessives)) ||
               form_of(s, w).ends_with("'") || form_of(s, w).ends_with("'s");
    };
    const bool noun_form = i > clause && (determines(i - 1) || comma_after(s, i - 1) || (i > clause + 1 && determines(i - 2)));
    if (!of_party && !noun_form && cue.word_class == Cue::Class::verb && after + 2 < n && !words_[j].clause_end &&
        word_in(s, words_[after], list(WordTable::coordinators)) && !words_[after].clause_end && !comma_after(s, after)) {
        const std::size_t verb = after + 1, next = after + 2;
        // Two verbs joined share their form: "supported and signed", "supports and subscribes".
        const std::string_view head = form_of(s, i), joined = form_of(s, verb);
        const bool same_form = !(head.ends_with("ed") || head.ends_with("ing") || third_person(i)) ||
                               (head.ends_with("ed") && joined.ends_with("ed")) || (head.ends_with("ing") && joined.ends_with("ing")) ||
                               (third_person(i) && third_person(verb));
        // "We reject and will continue to reject violence": past the second verb's chain.
        std::size_t chained = verb;
        while (chained + 1 < n && !words_[chained].clause_end && !comma_after(s, chained) &&
               (word_in(s, words_[chained], list(WordTable::verb_chain_words)) || is_adverb(s, chained) ||
                word_in(s, words_[chained], list(WordTable::light_adverbs)))) {
            ++chained;
        }
        const auto chained_cue = chained > verb ? cue_at(s, chained) : std::nullopt;
        if (chained_cue && chained_cue->cue.word_class == Cue::Class::verb && chained_cue->cue.type == cue.type) {
            const std::size_t last = last_word(chained, words_[chained].begin + chained_cue->length);
            if (last + 1 < n && !words_[last].clause_end && !comma_after(s, last)) after = last + 1;
        } else if (const auto second = cue_at(s, verb); second && second->cue.word_class == Cue::Class::verb) {
            const std::size_t last = last_word(verb, words_[verb].begin + second->length);
            if (last + 1 < n && !words_[last].clause_end && !comma_after(s, last) && !word_is(s, words_[last + 1], "by")) after = last + 1;
        } else if (!second && same_form && is_lower(s[words_[verb].begin]) && !words_[verb].clause_end && !comma_after(s, verb) &&
                   !list(WordTable::noun_endings).suffix_of(form_of(s, verb)) && !word_is(s, words_[next], "of") &&
                   !word_is(s, words_[next], "by") &&
                   !word_in(s, words_[verb], list(WordTable::determiners)) && !is_pronoun(s, verb) &&
                   !word_in(s, words_[verb], list(WordTable::verb_chain_words)) &&
                   !word_in(s, words_[verb], list(WordTable::copulas)) && !word_in(s, words_[verb], list(WordTable::party_words)) &&
                   (word_in(s, words_[next], list(WordTable::target_skip)) || word_in(s, words_[next], list(WordTable::articles)) ||
                    word_in(s, words_[next], list(WordTable::holder_possessives)) ||
                    word_in(s, words_[next], list(WordTable::object_pronouns)))) {
            after = next;
        }
    }
    return after;
}

std::size_t StanceFinder::after_joined_modal(std::string_view s, std::size_t j) const {
    // "must and will defend", "should not and cannot possibly be", "can, and must, foster", "should — and must —
    // support": the predicate's first word after a second modal joined to the one ending at `j`.
    const std::size_t n = words_.size();
    const WordList& modals = list(WordTable::joined_modals);
    const bool after_modal = word_in(s, words_[j], modals) ||
                             (j > 0 && word_in(s, words_[j], list(WordTable::negators)) && word_in(s, words_[j - 1], modals));
    if (!after_modal || j + 3 >= n || !word_in(s, words_[j + 1], list(WordTable::coordinators)) || !word_in(s, words_[j + 2], modals)) {
        return npos;
    }
    // Only commas and dashes may set the second modal off.
    auto set_off = [&](std::size_t w) {
        const std::string_view marks = s.substr(words_[w].end, words_[w + 1].begin - words_[w].end);
        return marks.find_first_of(";:.!?()") == std::string_view::npos;
    };
    if (!set_off(j) || words_[j + 1].clause_end) return npos;
    std::size_t v = j + 3;
    while (v < n && !words_[v - 1].clause_end && (word_in(s, words_[v], list(WordTable::negators)) || is_adverb(s, v))) ++v;
    if (v >= n || !set_off(v - 1) || !is_lower(s[words_[v].begin])) return npos;
    return v;
}

bool StanceFinder::second_predicate(std::string_view s, std::size_t t, std::size_t a) const {
    if (a + 2 >= words_.size() || !word_in(s, words_[a], list(WordTable::coordinators)) || words_[a].clause_end ||
        !is_lower(s[words_[a + 1].begin]) || form_of(s, a + 1).ends_with("ing")) {
        return false;
    }
    // "condemn war anywhere and continue to urge": a verb of the chain with its "to" is one too.
    // Not inside a relative clause ("those who have helped and continue to help"), nor an adverb ("again
    // and again to").
    if (word_in(s, words_[a + 1], list(WordTable::verb_chain_words)) && !word_in(s, words_[a + 1], list(WordTable::copulas)) &&
        !is_adverb(s, a + 1) && word_is(s, words_[a + 2], "to") && !word_is(s, words_[a + 1], "to") && !relative_between(s, t, a)) {
        return true;
    }
    // "is pleased with the re-establishment of relations ... and trusts that the embargo": a verb of belief with
    // its clause.
    if (word_in(s, words_[a + 1], list(WordTable::belief_words)) && word_is(s, words_[a + 2], "that")) return true;
    const Word& object = words_[a + 2];
    return frame_at(s, a + 1) &&
           (word_in(s, object, list(WordTable::self_possessives)) || word_in(s, object, list(WordTable::holder_possessives)) ||
            word_in(s, object, list(WordTable::articles)) ||
            // "congratulate you ... on your election and assure you of"
            word_in(s, object, list(WordTable::object_pronouns)) ||
            // "condemn this attack and reaffirm that it should be addressed"
            word_is(s, object, "that"));
}

}  // namespace posext::detail
