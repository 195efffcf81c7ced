// When a cue counts as a stance: a subject that holds it, a modal, a frame; not inside a noun phrase, not epistemic.
#include <algorithm>
#include <array>
#include <string>

#include <posext/detail/chars.hpp>

#include "lexicon/prefilter.hpp"
#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

bool StanceFinder::mentions_speaker(std::string_view s, std::size_t from, std::size_t to) const {
    for (std::size_t w = from; w < to; ++w) {
        if (word_in(s, words_[w], list(WordTable::self_words))) return true;
        // "The Kingdom expresses its grave concern": a monarchy's title, alone, names the speaker's own state
        // ("the Kingdom of Morocco" names itself by name).
        if (w > from && word_is(s, words_[w - 1], "the") && word_in(s, words_[w], list(WordTable::speaker_state_titles)) &&
            !(w + 1 < words_.size() && !words_[w].clause_end && word_is(s, words_[w + 1], "of"))) {
            return true;
        }
    }
    return names_speaker(s, from, to);
}

bool StanceFinder::accept(std::string_view s, std::size_t i, std::size_t j, std::size_t clause, Cue& cue,
            std::size_t last_cue_end, bool modal_in_clause) const {
    predicate_ = false;
    const std::size_t prev = i > clause ? i - 1 : std::string_view::npos;
    const bool after_and = prev != std::string_view::npos && word_in(s, words_[prev], list(WordTable::coordinators));
    // A capital inside a clause makes a name of it: "the Emergency Support Loan".
    if (i > 0 && is_upper(s[words_[i].begin]) && !words_[i - 1].clause_end && cue.word_class != Cue::Class::frame) {
        return false;
    }
    // "for their solidarity and support.": a bare form with no object of its own, in what is thanked for,
    // is the noun ("and commend the WHO for" is a new predicate).
    if (cue.word_class == Cue::Class::verb && (j + 1 >= words_.size() || words_[j].clause_end || comma_after(s, j) ||
                                               word_in(s, words_[j + 1], list(WordTable::target_skip))) &&
        thanked_for(s, i)) {
        return false;
    }
    // Whatever follows a prescription or commitment in its clause is its content:
    // "It is time that Member States reaffirm their commitment".
    if (modal_in_clause && !after_and) {
        bool comma = false;
        std::size_t last_comma = 0;
        for (std::size_t w = clause; w < i; ++w) {
            if (s[words_[w].end] == ',' && w + 1 >= modal_start_) {
                comma = true;
                last_comma = w;
            }
        }
        if (!comma) return false;
        // "We will also support regional organizations, encourage the participation of women ...": a bare
        // verb right after the comma goes on the list the modal governs.
        const std::string_view form = form_of(s, i);
        if (last_comma + 1 == i && cue.word_class == Cue::Class::verb && !form.ends_with("s") && !form.ends_with("ed") &&
            !form.ends_with("ing") && is_lower(form.front())) {
            return false;
        }
    }
    // A cue in the scope of an earlier one: "should stay committed", "will continue to support".
    // A comma or a new subject between them ends that scope.
    bool scoped = last_cue_end != std::string_view::npos && !after_and;
    // "We welcome the observation by the Secretary-General that eligibility ... should include": a clause
    // that the earlier cue's object holds, unless its scope ends before the cue ("that is why we must" has
    // a new subject; "We condemn that violence and we urge" another).
    bool complement = false;
    for (std::size_t w = scoped ? last_cue_end : i; w < i && scoped; ++w) {
        if (w > last_cue_end && w + 2 < i && word_is(s, words_[w], "that") && !comma_after(s, w) &&
            !word_in(s, words_[w + 1], list(WordTable::predicate_starts)) &&
            determined_between(s, last_cue_end + 1, std::min(w, last_cue_end + 3)) &&
            !coordinated_between(s, last_cue_end + 1, i)) {
            complement = true;
            continue;
        }
        if (s[words_[w].end] == ',' ||
            (w > last_cue_end && word_in(s, words_[w], list(WordTable::new_subjects))) ||
            // "condemns the manipulation ... and continues to demand": a new predicate.
            (w > last_cue_end && w + 1 < i && word_in(s, words_[w], list(WordTable::coordinators)) &&
             word_in(s, words_[w + 1], list(WordTable::predicate_starts)))) {
            scoped = false;
        }
    }
    if (scoped) {
        if (i <= last_cue_end + 3 || complement) return false;

        if (prev != std::string_view::npos && word_is(s, words_[prev], "to")) return false;
    }
    if (modal_in_clause && prev != std::string_view::npos && word_is(s, words_[prev], "to")) return false;
    // "We should work to translate ... and pledge to abide by them": a second bare verb of the modal;
    // "Asia needs stability and development and opposes division" agrees with a subject of its own.
    if (modal_in_clause && !appeal_scope_ && after_and && cue.word_class == Cue::Class::verb && prev >= modal_start_) {
        const std::string_view form = form_of(s, i);
        const bool agrees = form.size() > 3 && form.back() == 's' && form[form.size() - 2] != 's';
        if (!agrees) return false;
    }
    const std::size_t content = previous_content(s, i, clause);
    auto content_is = [&](const auto& set) {
        return content != std::string_view::npos && word_in(s, words_[content], set);
    };
    // "decide whether we can allow ... or whether we should work", "as to whether we will become":
    // a question put, no prescription or commitment.
    if (cue.word_class == Cue::Class::modal && content != std::string_view::npos && content > clause &&
        word_is(s, words_[content - 1], "whether")) {
        return false;
    }
    // "We ask ourselves if we should or should not act": a question put.
    if (cue.word_class == Cue::Class::modal) {
        for (std::size_t b = i; b > clause + 1 && !comma_after(s, b - 1); --b) {
            if (word_is(s, words_[b - 1], "if") && word_in(s, words_[b - 2], list(WordTable::question_verbs))) return false;
        }
    }
    // "where should we go?", "what shall we do": a question asked, no prescription or commitment.
    // So is any cue's: "Will you support us there as well?"
    if (ends_in_question(s, j)) return false;
    // "Without a renewed global commitment to ..., we will fail", "Despite repeated appeals, the Council":
    // what the opening phrase names is supposed or missing, not held.
    if (i < absence_end_) return false;
    // "consensus as opposed to partisanship": rather than.
    if (cue.type == StanceType::oppose && prev != std::string_view::npos && word_is(s, words_[prev], "as") &&
        j + 1 < words_.size() && word_is(s, words_[j + 1], "to") && form_of(s, j).ends_with("ed")) {
        return false;
    }
    // "Prices are determined by the market": decided, another sense.
    if (cue.type == StanceType::commit && cue.word_class == Cue::Class::state && form_of(s, i).ends_with("ed") && i == j &&
        j + 1 < words_.size() && !words_[j].clause_end && word_is(s, words_[j + 1], "by")) {
        return false;
    }
    // "its unrelenting and determined fight": an adjective joined to another after a possessive.
    if (cue.word_class == Cue::Class::state && (cue.type == StanceType::commit || cue.type == StanceType::welcome) && i == j &&
        after_and && prev > clause + 1 && !form_of(s, i).ends_with("ly") &&
        (word_in(s, words_[prev - 2], list(WordTable::articles)) || word_in(s, words_[prev - 2], list(WordTable::self_possessives)) ||
         word_in(s, words_[prev - 2], list(WordTable::holder_possessives))) &&
        is_lower(s[words_[prev - 1].begin]) && !comma_after(s, prev - 1) &&
        j + 1 < words_.size() && !words_[j].clause_end && is_lower(s[words_[j + 1].begin]) &&
        !word_in(s, words_[j + 1], list(WordTable::phrase_breaks))) {
        return false;
    }
    // "through support for the United Nations we can help": the means of an act.
    if (prev != std::string_view::npos && cue.word_class != Cue::Class::modal &&
        word_in(s, words_[prev], list(WordTable::means_prepositions))) {
        return false;
    }
    // "Everyone is, of course, welcome in Marrakech": hospitality to a party, no welcome of a development.
    if (cue.type == StanceType::welcome && word_is(s, words_[i], "welcome") &&
        (j + 1 >= words_.size() || words_[j].clause_end || comma_after(s, j) ||
         word_in(s, words_[j + 1], list(WordTable::phrase_breaks)))) {
        for (std::size_t b = i; b > clause && b + 5 > i; --b) {
            if (!word_in(s, words_[b - 1], list(WordTable::copulas))) continue;
            // The party must head the subject: "Partners and investors are welcome", not "cooperation and
            // concern from our friends is welcome".
            const std::size_t subject = previous_content(s, b - 1, clause);
            bool headed = subject != std::string_view::npos && !word_is(s, words_[subject], "it") &&
                          (is_pronoun(s, subject) || party_word_end(s, subject) != npos);
            for (std::size_t w = clause; headed && w < subject; ++w) {
                if (word_in(s, words_[w], list(WordTable::phrase_breaks)) || word_is(s, words_[w], "of")) headed = false;
            }
            if (headed) return false;
            break;
        }
    }
    // "Thank goodness that did not discourage us": an exclamation.
    if (cue.type == StanceType::welcome && j + 1 < words_.size() && word_in(s, words_[j + 1], list(WordTable::thanking_exclamations))) {
        return false;
    }
    // "We are moving forward with determination": the manner of an act, no commitment.
    if (cue.type == StanceType::commit && prev != std::string_view::npos && word_is(s, words_[prev], "with") && i == j &&
        !(j + 1 < words_.size() && !words_[j].clause_end && word_is(s, words_[j + 1], "to"))) {
        return false;
    }
    // "generations are condemned to fear", "condemns them to survive on the leftovers": a fate, no opposition.
    if (word_in(s, words_[i], list(WordTable::sentencing_cues)) && j + 1 < words_.size() && !words_[j].clause_end) {
        if (word_is(s, words_[j + 1], "to")) return false;
        // "we condemn ourselves as a whole": the speaker dooms itself.
        if (word_in(s, words_[j + 1], list(WordTable::self_words)) && form_of(s, j + 1).ends_with("selves")) return false;
        const bool object = is_pronoun(s, j + 1) || word_is(s, words_[j + 1], "it") ||
                            word_in(s, words_[j + 1], list(WordTable::object_pronouns)) ||
                            word_in(s, words_[j + 1], list(WordTable::party_words));
        if (object && !words_[j + 1].clause_end && j + 2 < words_.size() && word_is(s, words_[j + 2], "to")) return false;
    }
    switch (cue.word_class) {
    case Cue::Class::modal:
        // "muster the courage and will to stand together", "the wishes and will of the people": a noun joined
        // to another, no modal ("Spain will of course contribute" is one).
        if (i == j && after_and && word_is(s, words_[i], "will") && j + 1 < words_.size() && !comma_after(s, j) &&
            (word_is(s, words_[j + 1], "to") || word_is(s, words_[j + 1], "of"))) {
            return false;
        }
        // "Burkina Faso's will and determination", "breaking Syria's will": after a possessive, the noun.
        if (i == j && word_is(s, words_[i], "will") && prev != std::string_view::npos && !comma_after(s, prev) &&
            is_possessive(s, prev)) {
            return false;
        }
        if (cue.type == StanceType::commit) {
            // "we will be able to meet the goal", "we will not be able to see": a forecast of what can be done.
            {
                const std::size_t v = j + 1 < words_.size() && word_in(s, words_[j + 1], list(WordTable::modal_negators)) ? j + 2 : j + 1;
                if (v + 1 < words_.size() && word_is(s, words_[v], "be") &&
                    word_in(s, words_[v + 1], list(WordTable::forecast_complements))) {
                    return false;
                }
            }
            // "If we save Tuvalu ..., we will save the world": a forecast on the condition that opens the
            // sentence, like one after the cue.
            // Without a comma too: "Without the participation of the private sector we will not achieve". A
            // condition of a word or two is a pledge's formula: "If elected, we will be a champion of".
            // "But if we gain a victory we will celebrate": after a conjunction too.
            const std::size_t opener = word_in(s, words_[0], list(WordTable::clause_conjunctions)) && !comma_after(s, 0) ? 1 : 0;
            if (i > opener + 3 && word_in(s, words_[opener], list(WordTable::opening_conditions)) &&
                !comma_after(s, opener) && !comma_after(s, opener + 1)) {
                return false;
            }
            // "I know we will win this war": a forecast the speaker believes, no commitment.
            if (content != std::string_view::npos && content > clause && !comma_after(s, content - 1) &&
                word_in(s, words_[content - 1], list(WordTable::belief_words)) && is_pronoun(s, content)) {
                return false;
            }
            // will/shall: the speaker's commitment only ("we will", "Japan will", "my country will",
            // "We welcome ... and will support"). "we'll" carries its subject.
            // "we'll have to do more" is a prescription, which the next cue states.
            if (i == j && form_of(s, i).ends_with("'ll")) {
                return !(j + 2 < words_.size() && word_in(s, words_[j + 1], list(WordTable::have_forms)) &&
                         word_is(s, words_[j + 2], "to"));
            }
            // "we will need all actors to be on board": a necessity foreseen, which the need's own cue states.
            if (j + 1 < words_.size() && word_in(s, words_[j + 1], list(WordTable::need_words))) return false;
            if (content == std::string_view::npos) return false;
            // "We will have to rapidly deliver": a prescription, which the next cue states.
            if (j + 2 < words_.size() && word_in(s, words_[j + 1], list(WordTable::have_forms)) &&
                word_is(s, words_[j + 2], "to")) {
                return false;
            }
            // "Perhaps, over the coming days, we will witness", "we will probably see": a guess.
            for (std::size_t b = clause; b < i; ++b) {
                if (word_in(s, words_[b], list(WordTable::hedge_words))) return false;
            }
            if (j + 1 < words_.size() && word_in(s, words_[j + 1], list(WordTable::hedge_words))) return false;
            // "I will not mention the names of all the countries", "I will not dwell on": a way of speaking.
            {
                std::size_t v = j + 1;  // past "not": the negation joins the cue later
                if (v < words_.size() && word_in(s, words_[v], list(WordTable::modal_negators))) ++v;
                if (v < words_.size() && word_in(s, words_[v], list(WordTable::speaking_verbs))) return false;
            }
            // "His career gives us confidence that we will see a successful session": what is believed
            // will happen is a forecast, no commitment.
            // "I think, however, that my Russian colleague and I will find": the belief may stand before a
            // parenthesis.
            for (std::size_t b = i; b > clause + 1 && b + 8 > i; --b) {
                if (!word_is(s, words_[b - 1], "that")) continue;
                std::size_t w = b - 2;
                if (comma_after(s, w) && w > clause) {
                    while (w > clause && !comma_after(s, w - 1)) --w;  // back over ", however,"
                    if (w > clause) --w;
                }
                if (word_in(s, words_[w], list(WordTable::belief_words))) return false;
            }
            // "we will progress much more quickly if we do this", "will be able to achieve progress only
            // if ...": a forecast on a condition, no commitment.
            if (j + 1 < words_.size() && !words_[j].clause_end) {
                const std::size_t end = std::min(target_last(s, j + 1) + 1, words_.size() - 1);
                for (std::size_t w = j + 1; w <= end; ++w) {
                    if (word_in(s, words_[w], list(WordTable::condition_words))) return false;
                }
            }
            // "concerns on how we will be able to": a question asked, no commitment ("that is how we will
            // make peace" still commits).
            if (content > clause + 1 && word_is(s, words_[content - 1], "how") &&
                word_in(s, words_[content - 2], list(WordTable::target_skip))) {
                return false;
            }
            if (content_is(list(WordTable::self_subjects))) return true;
            if (content_is(list(WordTable::self_nouns)) &&
                content > clause && word_in(s, words_[content - 1], list(WordTable::self_possessives))) {
                return true;
            }
            if ((content != std::string_view::npos && word_is(s, words_[content], "and"))) {
                // "the international community will remain mobilized ... and will continue": the subject of
                // the first "will" is this one's.
                for (std::size_t b = content; b > clause; --b) {
                    if (words_[b - 1].clause_end || comma_after(s, b - 1)) break;
                    if (!word_is(s, words_[b - 1], "will") && !word_is(s, words_[b - 1], "shall")) continue;
                    const std::size_t subject = previous_content(s, b - 1, clause);
                    if (subject != std::string_view::npos && word_is(s, words_[subject], "and")) continue;
                    return subject != std::string_view::npos &&
                           (word_in(s, words_[subject], list(WordTable::self_subjects)) ||
                            (word_in(s, words_[subject], list(WordTable::self_nouns)) && subject > clause &&
                             word_in(s, words_[subject - 1], list(WordTable::self_possessives))) ||
                            names_speaker(s, clause, b - 1, subject));
                }
                return mentions_speaker(s, clause, content);
            }
            // "which Costa Rica and France will co-host": names joined by "and", one of them the speaker's.
            if (is_upper_start(s[words_[content].begin]) && !comma_after(s, content)) {
                std::size_t w = content;
                while (w > clause && is_upper_start(s[words_[w - 1].begin]) && !comma_after(s, w - 1)) --w;
                if (w > clause + 1 && word_is(s, words_[w - 1], "and") && is_upper_start(s[words_[w - 2].begin])) {
                    std::size_t v = w - 2;
                    while (v > clause && is_upper_start(s[words_[v - 1].begin]) && !comma_after(s, v - 1)) --v;
                    // Not inside a phrase: "relations between Djibouti and Eritrea will improve".
                    const bool opens_subject = v == clause || comma_after(s, v - 1) ||
                                               word_in(s, words_[v - 1], list(WordTable::clause_openers)) ||
                                               word_in(s, words_[v - 1], list(WordTable::clause_conjunctions));
                    if (opens_subject && names_speaker(s, v, i)) return true;
                }
            }
            std::size_t head = content;
            // "Japan, for its part, will": the subject before a parenthesis.
            if (s[words_[content].end] == ',' ) {
                for (std::size_t b = content; b > clause; --b) {
                    if (s[words_[b - 1].end] == ',') {
                        head = b - 1;
                        break;
                    }
                }
            }
            const bool by_head = names_speaker(s, clause, i, head);
            if (!by_head && !names_speaker(s, clause, i, content)) return false;
            // "The reconstruction of the Central African Republic will continue to elude us": the name
            // completes a thing, which holds no commitment ("The Government of Japan will" does).
            std::size_t start = by_head ? head : content;
            while (start > clause && is_upper_start(s[words_[start - 1].begin]) && !comma_after(s, start - 1)) --start;
            if (start > clause && word_in(s, words_[start - 1], list(WordTable::articles))) --start;
            return !(start > clause + 1 && word_is(s, words_[start - 1], "of") && !is_upper_start(s[words_[start - 2].begin]) &&
                     party_word_end(s, start - 2) == npos);
        }
        // "which should have been the most important", "as if everyone should have to": what was not,
        // or is not, so; and "I should like to congratulate", a courtesy.
        if (j + 1 < words_.size() && (word_is(s, words_[i], "should") || word_is(s, words_[i], "must"))) {
            // "I should therefore like to reaffirm": adverbs may stand between.
            const std::size_t v = next_content(s, j + 1);
            if (v < words_.size() && word_is(s, words_[v], "like")) return false;
            if (word_is(s, words_[j + 1], "have") && j + 2 < words_.size() &&
                (word_is(s, words_[j + 2], "been") || form_of(s, j + 2).ends_with("ed"))) {
                return false;
            }
        }
        // "Should that happen, the people would be refugees", "and, should it fail, there will be": before its
        // subject, "should" puts a condition (or a question), no prescription.
        // After "Never again", "so, too," the same order prescribes.
        if (word_is(s, words_[i], "should") && j + 1 < words_.size() && (i == 0 || comma_after(s, i - 1)) &&
            !word_in(s, words_[words_[i].clause], list(WordTable::inversion_openers)) &&
            !word_in(s, words_[j + 1], list(WordTable::modal_negators)) && !word_is(s, words_[j + 1], "no") &&
            (is_upper_start(s[words_[j + 1].begin]) || word_in(s, words_[j + 1], list(WordTable::new_subjects)) ||
             word_in(s, words_[j + 1], list(WordTable::self_words)) || word_in(s, words_[j + 1], list(WordTable::determiners)) ||
             word_in(s, words_[j + 1], list(WordTable::party_words)))) {
            return false;
        }
        // "as if everyone should have to take sides": what is not so.
        if (cue.type == StanceType::prescribe) {
            for (std::size_t b = i; b > clause + 1 && b + 5 > i; --b) {
                if (word_is(s, words_[b - 1], "if") && word_is(s, words_[b - 2], "as")) return false;
            }
        }
        // The formula "it must be said that", "it should be remembered that": the speaker's aside.
        if (content != std::string_view::npos && word_is(s, words_[content], "it") && j + 2 < words_.size() &&
            word_is(s, words_[j + 1], "be") &&
            word_in(s, words_[j + 2], list(WordTable::formula_participles))) {
            return false;
        }
        // "it is therefore not surprising that they should end up in crisis": a putative "should".
        if (word_is(s, words_[i], "should")) {
            for (std::size_t b = i; b > clause + 1 && b + 6 > i && !comma_after(s, b - 1); --b) {
                if (word_is(s, words_[b - 1], "that") && word_in(s, words_[b - 2], list(WordTable::putative_adjectives))) return false;
            }
        }
        // Epistemic, not a prescription: "it should seem evident", "it should be obvious".
        if (word_is(s, words_[i], "should") && j + 1 < words_.size() &&
            (word_in(s, words_[j + 1], list(WordTable::seem_verbs)) ||
             (word_is(s, words_[j + 1], "be") && j + 2 < words_.size() &&
              word_in(s, words_[j + 2], list(WordTable::evident_words))))) {
            return false;
        }
        // "I must say", "we must admit": a manner of speaking, not a prescription.
        // "must acknowledge and support that fact" goes on to a prescription.
        if (j + 1 < words_.size() && word_in(s, words_[j + 1], list(WordTable::speaking_verbs)) &&
            !(j + 2 < words_.size() && word_in(s, words_[j + 2], list(WordTable::coordinators)))) {
            return false;
        }
        // "Let us be frank", "let us also be clear that": a manner of speaking.
        if ((word_is(s, words_[i], "let") || word_is(s, words_[i], "let's")) && j + 1 < words_.size()) {
            if (word_is(s, words_[j + 1], "be")) return false;
            const std::size_t v = next_content(s, j + 1);
            if (v > j + 1 && v + 1 < words_.size() && word_is(s, words_[v], "be") &&
                word_in(s, words_[v + 1], list(WordTable::candour_words))) {
                return false;
            }
        }
        // "The United Nations, I need hardly recall, has": an aside.
        if (j + 2 < words_.size() && word_is(s, words_[j + 1], "hardly") &&
            word_in(s, words_[j + 2], list(WordTable::speaking_verbs))) {
            return false;
        }
        // "I must tell the world that", "We must tell it like it is": a way of speaking.
        {
            const std::size_t v = next_content(s, j + 1);
            if (v < words_.size() && list(WordTable::speaking_phrases).opens(s.substr(words_[v].begin)) != 0 &&
                (content_is(list(WordTable::self_words)) || word_is(s, words_[i], "let"))) {
                return false;
            }
        }
        // "every resolution that has to do with the family": an idiom.
        if (j + 1 < words_.size() && list(WordTable::have_to_idioms).opens(s.substr(words_[j + 1].begin)) != 0) return false;
        // "I must reiterate Egypt's rejection", "I must stress that": the speaker's own act of saying; the noun
        // it states is the position. ("we should further emphasize" asks it of all of us.)
        // So is "I must, however, deplore the decision": the speaker's own stance, said with emphasis.
        if (content != std::string_view::npos && word_is(s, words_[content], "i")) {
            std::size_t v = j + 1;
            if (comma_after(s, j) && v < words_.size() && comma_after(s, v)) ++v;  // ", however,"
            v = next_content(s, v);
            if (v < words_.size() && frames_.may_open(form_of(s, v)) &&
                lexicon_.match(Phrases::stance_frame, s.substr(words_[v].begin))) {
                return false;
            }
            if (v < words_.size()) {
                const auto own = cue_at(s, v);
                if (own && own->cue.word_class == Cue::Class::verb && own->cue.type != StanceType::prescribe) return false;
            }
        }
        // "We must be frank.", "we need to be candid", "we must be clear that": so is a duty to speak plainly,
        // the speaker's own ("Our commitments must be clear" prescribes).
        if (j + 2 < words_.size() && word_is(s, words_[j + 1], "be") &&
            word_in(s, words_[j + 2], list(WordTable::candour_words)) && content_is(list(WordTable::self_words))) {
            return false;
        }
        // "the skills and resources they need to succeed": a relative clause on what others need; "the
        // approach we need to take" is still our prescription.
        if (word_in(s, words_[i], list(WordTable::need_words)) && prev != std::string_view::npos && prev > clause &&
            is_pronoun(s, prev) && !word_in(s, words_[prev], list(WordTable::self_words)) &&
            !comma_after(s, prev - 1) && !words_[prev - 1].clause_end &&
            is_lower(s[words_[prev - 1].begin]) && in_phrase(s, prev - 1) && !is_pronoun(s, prev - 1) &&
            !word_in(s, words_[prev - 1], list(WordTable::light_adverbs)) &&
            !word_in(s, words_[prev - 1], list(WordTable::coordinators)) &&
            !word_in(s, words_[prev - 1], list(WordTable::verb_chain_words))) {
            return false;
        }
        // "the long-term investments that vulnerable countries need": what others need, in a relative clause.
        if (word_in(s, words_[i], list(WordTable::need_words)) && prev != std::string_view::npos) {
            for (std::size_t b = prev; b > clause && b + 4 > prev; --b) {
                if (word_in(s, words_[b], list(WordTable::self_words)) || !in_phrase(s, b) || comma_after(s, b)) break;
                const std::size_t rel = b - 1;
                // The relative leaves a gap after the verb ("need in order to", "need."); "believe that
                // institutions need to adapt", "that Europe needs a strong Africa" go on as a clause.
                const bool gap = j == i && (j + 1 >= words_.size() || words_[j].clause_end || comma_after(s, j) ||
                                            (word_in(s, words_[j + 1], list(WordTable::phrase_breaks)) &&
                                             !word_is(s, words_[j + 1], "to")));
                if ((word_is(s, words_[rel], "that") || word_is(s, words_[rel], "which")) && rel > clause && gap &&
                    !word_in(s, words_[rel - 1], list(WordTable::copulas)) && in_phrase(s, rel - 1) &&
                    word_in(s, words_[prev], list(WordTable::party_words))) {
                    return false;
                }
            }
        }
        // "the need", "a need": a noun, not an obligation.
        if (word_in(s, words_[i], list(WordTable::need_words))) {
            // A verb with its subject ("we need", "the world needs"), not the noun ("in need",
            // "our specific needs", "those who need it").
            if (is_upper(s[words_[i].begin])) return false;
            if (prev == std::string_view::npos) return false;
            if (word_in(s, words_[prev], list(WordTable::determiners))) {
                // "We also emphasize the need for": a noun that a frame verb makes a position.
                cue.word_class = Cue::Class::noun;
                return noun_licensed(s, i, clause, cue) && !predicate_;
            }
            if (
                word_in(s, words_[prev], list(WordTable::need_noun_markers))) {
                return false;
            }
            // "Our diverse needs must be reflected": a possessive and an adjective make a noun, the subject of the
            // verb after it ("Our planet needs our care" is the verb).
            if (i == j && prev > clause && (word_in(s, words_[prev - 1], list(WordTable::self_possessives)) ||
                                  word_in(s, words_[prev - 1], list(WordTable::holder_possessives))) &&
                is_lower(s[words_[prev].begin]) && !word_in(s, words_[prev], list(WordTable::light_adverbs)) &&
                j + 1 < words_.size() && !words_[j].clause_end &&
                (word_in(s, words_[j + 1], list(WordTable::copulas)) || word_in(s, words_[j + 1], list(WordTable::have_forms)) ||
                 (word_in(s, words_[j + 1], list(WordTable::verb_chain_words)) && word_in(s, words_[j + 1], list(WordTable::predicate_starts))))) {
                return false;
            }
            if (words_[j].clause_end || (j + 1 < words_.size() && word_in(s, words_[j + 1], list(WordTable::need_noun_followers)))) return false;
            // "according to its own circumstances and needs, must": a noun joined to another, before a comma.
            if (word_in(s, words_[prev], list(WordTable::coordinators)) && comma_after(s, j)) return false;
        }
        return true;
    case Cue::Class::frame:
        // "it is important to note that", "it is vital to underline": the speaker's way of saying.
        return !(j + 2 < words_.size() && word_is(s, words_[j + 1], "to") &&
                 word_in(s, words_[j + 2], list(WordTable::speaking_verbs)));
    case Cue::Class::verb: {
        // "the legitimate development demands of our people": a form in -s before "of" is the noun
        // ("demands of us" is the verb; "the strongest advocates of multilateralism" names a supporter).
        if (cue.type != StanceType::support && form_of(s, j).ends_with("s") && j + 2 < words_.size() &&
            !words_[j].clause_end && !comma_after(s, j) && word_is(s, words_[j + 1], "of") && !is_pronoun(s, j + 2) &&
            !word_in(s, words_[j + 2], list(WordTable::object_pronouns)) && !word_in(s, words_[j + 2], list(WordTable::self_words))) {
            cue.word_class = Cue::Class::noun;
            return noun_licensed(s, i, clause, cue);
        }
        if (cue.type != StanceType::appeal && asked_of_others(s, i, clause)) return false;
        // "a beacon of hope for all", "a message of hope that": hope as a thing named, held by no one.
        if (cue.type == StanceType::support && prev != std::string_view::npos && word_is(s, words_[prev], "of") &&
            (word_is(s, words_[i], "hope") || word_is(s, words_[i], "hopes"))) {
            return false;
        }
        // Support as aid: "humanitarian support to thousands of people", "the financial support of".
        if (cue.type == StanceType::support && prev != std::string_view::npos &&
            word_in(s, words_[prev], list(WordTable::aid_adjectives))) {
            return false;
        }
        if (prev != std::string_view::npos && word_in(s, words_[prev], list(WordTable::determiners))) {
            cue.word_class = Cue::Class::noun;
            return noun_licensed(s, i, clause, cue);
        }
        // "the most threatening challenge of our time", "an externally supported civil war": an adjective
        // inside a noun phrase.
        if ((form_of(s, i).ends_with("ing") || (form_of(s, j).ends_with("ed") && j + 1 < words_.size() &&
                                                 is_lower(s[words_[j + 1].begin]))) &&
            prev != std::string_view::npos &&
            j + 1 < words_.size() && !words_[j].clause_end && !comma_after(s, j) &&
            (word_is(s, words_[prev], "most") || word_is(s, words_[prev], "more") || word_is(s, words_[prev], "some") ||
             word_in(s, words_[prev], list(WordTable::articles)) ||
             (form_of(s, j).ends_with("ed") && form_of(s, prev).ends_with("ly") && prev > clause &&
              word_in(s, words_[prev - 1], list(WordTable::articles))) ||
             // "The current threatening and complex situation": after an article and an adjective, before another.
             (form_of(s, i).ends_with("ing") && prev > clause && word_in(s, words_[prev - 1], list(WordTable::articles)) &&
              is_lower(s[words_[prev].begin]) && !comma_after(s, prev) && word_in(s, words_[j + 1], list(WordTable::coordinators)) &&
              !word_in(s, words_[prev], list(WordTable::verb_chain_words)) &&
              !word_in(s, words_[prev], list(WordTable::light_adverbs)) && !word_in(s, words_[prev], list(WordTable::copulas))) ||
             // "with very encouraging results", "a particularly demanding time".
             (word_in(s, words_[prev], list(WordTable::light_adverbs)) && prev > clause &&
              (word_in(s, words_[prev - 1], list(WordTable::articles)) || word_is(s, words_[prev - 1], "with")))) &&
            in_phrase(s, j + 1) && !word_in(s, words_[j + 1], list(WordTable::target_skip)) &&
            !word_in(s, words_[j + 1], list(WordTable::determiners))) {
            return false;
        }
        // "another $2.9 billion in United States support for": a name after a preposition makes a noun of it.
        if (cue.type == StanceType::support && prev != std::string_view::npos && is_upper(s[words_[prev].begin]) &&
            !comma_after(s, prev) && !form_of(s, i).ends_with("s") && !form_of(s, i).ends_with("ing") &&
            !form_of(s, i).ends_with("ed")) {
            std::size_t w = prev;
            while (w > clause && is_upper(s[words_[w - 1].begin])) --w;
            // Not after "of": "The people and the Government of Micronesia support the people of Ukraine".
            if (w > clause && word_in(s, words_[w - 1], list(WordTable::target_skip)) && !word_is(s, words_[w - 1], "to") &&
                !word_is(s, words_[w - 1], "of") && !word_is(s, words_[w - 1], "that")) {
                cue.word_class = Cue::Class::noun;
                return noun_licensed(s, i, clause, cue);
            }
        }
        // "served abroad in support of peacekeeping", "with the support of": after a preposition, a noun.
        if ((cue.type == StanceType::support || cue.type == StanceType::appeal) && prev != std::string_view::npos &&
            !word_is(s, words_[prev], "to") && !word_is(s, words_[prev], "that") &&
            word_in(s, words_[prev], list(WordTable::target_skip))) {
            cue.word_class = Cue::Class::noun;
            return noun_licensed(s, i, clause, cue);
        }
        // "The results have been encouraging": an -ing form with nothing after its copula is an adjective.
        if (form_of(s, i).ends_with("ing") && content_is(list(WordTable::copulas)) && (words_[j].clause_end || j + 1 >= words_.size())) {
            return false;
        }
        // "abstain from threatening or using force", "stop encouraging terrorism", "rather than
        // encouraging": what is given up.
        if (prev != std::string_view::npos && word_in(s, words_[prev], list(WordTable::given_up_words))) return false;
        // "we have welcomed hundreds of thousands of visitors", "refugees whom we welcome": receiving
        // people, not welcoming a development.
        if (cue.type == StanceType::welcome) {
            const bool object_received = j + 1 < words_.size() && !words_[j].clause_end &&
                                         word_in(s, words_[phrase_end(s, j + 1, words_.size() - 1)], list(WordTable::received_people));
            const bool relative_received = prev != std::string_view::npos && prev > clause &&
                                           word_in(s, words_[prev - 1], list(WordTable::received_people));
            if (object_received || relative_received) return false;
        }
        // "ensuring major support for research", "a much-needed call for nations": an adjective before the
        // bare form makes it a noun. A plural subject ("countries support") or an adverb keeps the verb.
        if ((cue.type == StanceType::support || cue.type == StanceType::appeal) && prev != std::string_view::npos &&
            // The sentence's first word may be capitalised: "Ongoing support for Afghanistan ... is critical".
            !words_[prev].clause_end && !comma_after(s, prev) && (is_lower(s[words_[prev].begin]) || prev == 0) &&
            in_phrase(s, prev) &&
            !is_pronoun(s, prev) && !is_manner_adverb(s, prev) &&
            !word_in(s, words_[prev], list(WordTable::light_adverbs)) &&
            !word_in(s, words_[prev], list(WordTable::verb_chain_words)) &&
            !word_in(s, words_[prev], list(WordTable::coordinators)) && !word_in(s, words_[prev], list(WordTable::negators)) &&
            !word_in(s, words_[prev], list(WordTable::infinitive_licensers)) &&
            !word_in(s, words_[prev], list(WordTable::collective_holders)) &&
            !(intensifiers_.may_open(form_of(s, prev)) && lexicon_.match(Phrases::intensifier, s.substr(words_[prev].begin))) &&
            // "The challenges we face demand": a verb after its own subject pronoun.
            !(prev > clause && is_pronoun(s, prev - 1))) {
            const std::string_view before = form_of(s, prev), form = form_of(s, i);
            const bool plural = before.size() > 3 && before.back() == 's' && before[before.size() - 2] != 's';
            const bool bare = !form.ends_with("s") && !form.ends_with("ed") && !form.ends_with("ing");
            if (!plural && bare) {
                cue.word_class = Cue::Class::noun;
                return noun_licensed(s, i, clause, cue);
            }
        }
        // "in order to promote and support peace": the second verb of a purpose clause.
        if (after_and && prev >= clause + 2 && word_is(s, words_[prev - 2], "to") &&
            (prev - 2 == clause || !word_in(s, words_[prev - 3], list(WordTable::infinitive_licensers)))) {
            return false;
        }
        // "honoured to have supported him", "proud to have supported that peace since 1982": a past act.
        if (prev != std::string_view::npos && prev > clause && word_in(s, words_[prev], list(WordTable::have_forms)) &&
            word_is(s, words_[prev - 1], "to") && form_of(s, j).ends_with("ed")) {
            return false;
        }
        // An infinitive states a position after a verb of wanting or continuing
        // ("I would like to thank"), not in a purpose clause ("to support this").
        if (prev != std::string_view::npos && word_is(s, words_[prev], "to")) {
            if ((prev == clause || !word_in(s, words_[prev - 1], list(WordTable::infinitive_licensers))) &&
                !asks_leave(s, prev, clause)) {
                return false;
            }
            // "The international community unanimously committed to support": inside the scope of the cue
            // before "to", whether or not that one counted.
            // "will continue to support", "committed to support": a cue of one or two words before the "to" that
            // ends before or with it.
            for (std::size_t back = 1; back <= 2 && prev >= clause + back; ++back) {
                const std::size_t w = prev - back;
                if (const auto outer = cue_at(s, w); outer && last_word(w, words_[w].begin + outer->length) + 2 > prev) {
                    return false;
                }
            }
        }
        // A gerund in a list of actions: "promoting education, supporting health systems".
        {
            const std::string_view form = s.substr(words_[i].begin, words_[i].end - words_[i].begin);
            if (form.size() > 4 && form.substr(form.size() - 3) == "ing" && prev != std::string_view::npos &&
                (word_in(s, words_[prev], list(WordTable::gerund_list_words)) ||
                 (s[words_[prev].end] == ',' && words_[prev].end - words_[prev].begin > 3 &&
                  s.substr(words_[prev].end - 3, 3) == "ing"))) {
                return false;
            }
        }
        if (cue.type == StanceType::support) {
            // Support as aid: "provided support for", "is supporting the establishment".
            if (prev != std::string_view::npos &&
                word_in(s, words_[prev], list(WordTable::aid_words))) {
                return false;
            }
            // "with the help and support of Hungary": joined to aid, it is aid.
            // "deserves our help and support" is still ours.
            if (after_and && prev > clause && word_in(s, words_[prev - 1], list(WordTable::aid_nouns)) &&
                !(prev > clause + 1 && word_in(s, words_[prev - 2], list(WordTable::self_possessives)))) {
                return false;
            }
            if (content_is(list(WordTable::progressive_auxiliaries)) && s.substr(words_[i].begin, 10) == "supporting") return false;
            // "growth that needs to be supported", "is supported and armed by others": a passive without its
            // agent right after it is help given, no one's position ("endorsed by the Council" names its holder).
            // "It is hoped that" is the speaker's, impersonally.
            // "are often not supported by sufficient resources": an agent that is a thing gives help too.
            if (form_of(s, j).ends_with("ed") && content_is(list(WordTable::copulas)) &&
                !(j + 1 < words_.size() && !words_[j].clause_end &&
                  ((word_is(s, words_[j + 1], "by") && agent_names_party(s, j + 2)) ||
                   word_is(s, words_[j + 1], "that")))) {
                return false;
            }
            if (j + 1 < words_.size() && word_is(s, words_[j + 1], "to") && word_is(s, words_[i], "support") &&
                prev != std::string_view::npos && !word_in(s, words_[prev], list(WordTable::self_words))) {
                return false;
            }
        }
        if (cue.type == StanceType::welcome && word_is(s, words_[i], "thanks") && j + 1 < words_.size() &&
            word_is(s, words_[j + 1], "to")) {
            return false;  // "thanks to": because of
        }
        return true;
    }
    case Cue::Class::state:
        // "Earlier this year, I was delighted when", "we were pleased to host": a feeling of the past and what
        // was done, no position held now ("we were pleased to learn that", "we were encouraged by" welcome).
        if ((cue.type == StanceType::welcome || cue.type == StanceType::concern) && content_is(list(WordTable::past_copulas)) &&
            j + 1 < words_.size() && !words_[j].clause_end &&
            (word_is(s, words_[j + 1], "when") ||
             (word_is(s, words_[j + 1], "to") && j + 2 < words_.size() &&
              !word_in(s, words_[j + 2], list(WordTable::perception_verbs))))) {
            return false;
        }
        // "We are against dividing lines"; "It is against that backdrop that", "it is against the law": a
        // cleft or a thing judged, no one's opposition.
        if (word_is(s, words_[i], "against")) {
            // "All of that is against the backdrop of instability": a setting, no opposition.
            for (std::size_t w = j + 1; w < words_.size() && w < j + 4; ++w) {
                if (word_in(s, words_[w], list(WordTable::backdrop_words))) return false;
                if (!word_in(s, words_[w], list(WordTable::determiners)) && !is_lower(s[words_[w].begin])) break;
            }
            return content_is(list(WordTable::copulas)) && !(content > clause && word_is(s, words_[content - 1], "it"));
        }
        // "as far as its potential to trigger animosity is concerned": the idiom, no concern.
        if (cue.type == StanceType::concern && (j + 1 >= words_.size() || words_[j].clause_end || comma_after(s, j))) {
            for (std::size_t b = clause; b < i; ++b) {
                if (idioms_.may_open(form_of(s, b)) && lexicon_.match(Phrases::concern_idiom, s.substr(words_[b].begin))) {
                    return false;
                }
            }
        }
        // "Some $7.5 billion has already been committed to 500 projects": money or things committed, not
        // a party's commitment (a pronoun, a name, or a party's noun holds one).
        if (cue.type == StanceType::commit) {
            if (auto subject = subject_of(s, i, clause);
                subject && is_lower(s[words_[subject->last].begin]) && !is_pronoun(s, subject->last) &&
                !word_in(s, words_[subject->last], list(WordTable::state_subjects)) && !party_of(s, *subject)) {
                return false;
            }
        }
        // "the evil that has been committed.": a crime, not a commitment ("has been committed to" is one).
        if (word_is(s, words_[i], "committed") && j == i && prev != std::string_view::npos && word_is(s, words_[prev], "been") &&
            !(j + 1 < words_.size() && !words_[j].clause_end && word_is(s, words_[j + 1], "to"))) {
            return false;
        }
        // "committed against the people": a crime, not a commitment.
        if (word_is(s, words_[i], "committed") && j == i && j + 1 < words_.size() && !words_[j].clause_end &&
            s[words_[j].end] != ',' && !word_in(s, words_[j + 1], list(WordTable::committed_followers))) {
            return false;
        }
        // "Julie Bishop's determined and sustained work": after a possessive, an adjective of its noun.
        if (content != std::string_view::npos && content + 1 == i && !comma_after(s, content) &&
            is_possessive(s, content)) {
            return false;
        }
        if (content != std::string_view::npos &&
            (word_in(s, words_[content], list(WordTable::determiners)) ||
             word_in(s, words_[content], list(WordTable::state_noun_markers)))) {
            return false;
        }
        // After a copula, a subject pronoun, or the speaker's name: "Cambodia stands ready to".
        return content == std::string_view::npos || content_is(list(WordTable::copulas)) ||
               content_is(list(WordTable::state_subjects)) ||
               names_speaker(s, clause, i, content) || word_in(s, words_[i], list(WordTable::ready_verbs)) ||
               is_upper(s[words_[content].begin]);
    case Cue::Class::adj: {
        // Predicated of a subject: "X is crucial", "X is a crucial partner", "remains key for".
        std::size_t c = content;
        std::size_t skipped = 0;
        while (c != std::string_view::npos && skipped < 2 && word_in(s, words_[c], list(WordTable::articles))) {
            c = previous_content(s, c, clause);
            ++skipped;
        }
        if (c != std::string_view::npos && regarded_as(s, c, clause)) return true;  // "we see it as vital"
        if (c == std::string_view::npos || !word_in(s, words_[c], list(WordTable::copulas))) return false;
        if (c > clause && word_is(s, words_[c - 1], "it")) return false;  // "it is important to": a frame
        return true;
    }
    case Cue::Class::noun: return noun_licensed(s, i, clause, cue);
    }
    return false;
}

std::size_t StanceFinder::speaker_word_at(std::string_view s, std::size_t w) const {
    if (speaker_.empty()) return 0;
    const std::size_t at = words_[w].begin;
    if (starts_with_folded(s.substr(at), lowered_)) {
        const std::size_t end = at + lowered_.size();
        if (end == s.size() || (!is_word_byte(s[end]) && s[end] != '-')) return lowered_.size();
    }
    if (speaker_code_.empty() || !may_open(adjectives_, form_of(s, w))) return 0;
    auto m = lexicon_.match(Phrases::speaker_adjective, s.substr(at));
    return m && m->value == speaker_code_ ? m->length : 0;
}

bool StanceFinder::names_speaker(std::string_view s, std::size_t clause, std::size_t i,
                   std::size_t ending) const {
    if (speaker_.empty()) return false;
    for (std::size_t w = clause; w < i; ++w) {
        if (!is_upper_start(s[words_[w].begin])) continue;  // names are capitalised
        std::size_t length = speaker_word_at(s, w);
        if (length == 0 && !speaker_code_.empty() && may_open(names_, form_of(s, w))) {
            if (auto m = lexicon_.match(Phrases::speaker, s.substr(words_[w].begin)); m && m->value == speaker_code_) {
                length = m->length;
            }
        }
        if (length == 0) continue;
        // "Sao Tome and Principe's commitment": the name may end before the possessive.
        if (ending == std::string_view::npos || words_[w].begin + length == words_[ending].end ||
            (form_of(s, ending).ends_with("'s") && words_[w].begin + length + 2 == words_[ending].end)) {
            return true;
        }
    }
    return false;
}

bool StanceFinder::regarded_as(std::string_view s, std::size_t w, std::size_t clause) const {
    if (!word_is(s, words_[w], "as")) return false;
    // "we see the ongoing conflict in Ukraine as a threat": the verb, then the thing judged, then "as".
    for (std::size_t b = w; b > clause && b + 12 > w; --b) {
        if (word_in(s, words_[b - 1], list(WordTable::regard_verbs))) return b + 1 < w;
        if (comma_after(s, b - 1) || word_in(s, words_[b - 1], list(WordTable::clause_openers))) return false;
    }
    return false;
}

bool StanceFinder::adverb_after_copula(std::string_view s, std::size_t w, std::size_t clause) const {
    // "we are so resolute in", "is also very much a concern": light adverbs right after a copula.
    while (w > clause && word_in(s, words_[w], list(WordTable::light_adverbs))) {
        if (word_in(s, words_[w - 1], list(WordTable::copulas))) return true;
        --w;
    }
    return false;
}

bool StanceFinder::thanked_for(std::string_view s, std::size_t i) const {
    // "We thank our partners for their constructive partnerships and support": what a party is thanked
    // for is what it did, no position of its own or of the speaker's.
    if (emitted_.empty() || words_[emitted_.back().cue].clause != words_[i].clause) return false;
    // "for their unanimous support for that initiative": backing a proposal is a position of theirs.
    if (i + 1 < words_.size() && !words_[i].clause_end && word_is(s, words_[i + 1], "for")) return false;
    if (document_.stances[emitted_.back().stance].type != StanceType::welcome) return false;
    // The possessive opens the phrase; no other possessive or verb of saying stands between it and the
    // noun ("on his election and reiterates its commitment" is the speaker's own).
    for (std::size_t b = i; b > emitted_.back().cue_last + 1 && b + 6 > i; --b) {
        if (word_is(s, words_[b - 1], "for") || word_is(s, words_[b - 1], "on")) {
            return b < i && word_in(s, words_[b], list(WordTable::holder_possessives));
        }
        if (comma_after(s, b - 1) || word_in(s, words_[b - 1], list(WordTable::self_possessives)) ||
            (b < i && word_in(s, words_[b - 1], list(WordTable::holder_possessives)) &&
             !word_is(s, words_[b - 2], "for") && !word_is(s, words_[b - 2], "on")) ||
            (frames_.may_open(form_of(s, b - 1)) && lexicon_.match(Phrases::stance_frame, s.substr(words_[b - 1].begin)))) {
            return false;
        }
    }
    return false;
}

bool StanceFinder::ends_in_question(std::string_view s, std::size_t j) const {
    // The mark after the clause's last word, the cue's own clause only: "What we ask is simple: should
    // ... ?" asks in its last clause.
    // All words of a clause share the answer, so a clause of thousands of words is walked once.
    if (question_.first == words_[j].clause) return question_.second;
    std::size_t last = j;
    while (last + 1 < words_.size() && !words_[last].clause_end) ++last;
    const std::size_t from = words_[last].end;
    const std::size_t to = last + 1 < words_.size() ? words_[last + 1].begin : s.size();
    question_ = {words_[j].clause, s.substr(from, to - from).find('?') != std::string_view::npos};
    return question_.second;
}

bool StanceFinder::asked_of_others(std::string_view s, std::size_t i, std::size_t clause) const {
    // "We ask them to continue to support our efforts", "asking the international community to continue
    // supporting": the infinitive's subject is another party, so the cue says what is asked of it.
    std::size_t b = i;
    bool infinitive = false;
    while (b > clause && (word_is(s, words_[b - 1], "to") || word_in(s, words_[b - 1], list(WordTable::light_adverbs)) ||
                          (word_in(s, words_[b - 1], list(WordTable::infinitive_licensers)) &&
                           !word_in(s, words_[b - 1], list(WordTable::coordinators))))) {
        infinitive = infinitive || word_is(s, words_[b - 1], "to");
        --b;
    }
    // The party stands right before the first "to"; before a verb of wanting or continuing it is that
    // verb's subject ("the same countries continue to support").
    if (!infinitive || b == clause || comma_after(s, b - 1) || !word_is(s, words_[b], "to")) return false;
    const std::size_t who = b - 1;
    if (word_in(s, words_[who], list(WordTable::self_words))) return false;
    if (word_in(s, words_[who], list(WordTable::object_pronouns))) return true;
    return word_in(s, words_[who], list(WordTable::party_words)) && !names_speaker(s, who, who + 1);
}

bool StanceFinder::held_noun(std::string_view s, std::size_t i, std::size_t clause) const {
    return i > clause && (word_in(s, words_[i - 1], list(WordTable::self_possessives)) ||
                          word_in(s, words_[i - 1], list(WordTable::holder_possessives)));
}

bool StanceFinder::agent_names_party(std::string_view s, std::size_t from) const {
    for (std::size_t w = from; w < words_.size() && w < from + 8; ++w) {
        if (is_upper_start(s[words_[w].begin]) || party_word_end(s, w) != npos) return true;
        if (words_[w].clause_end || comma_after(s, w)) break;
    }
    return false;
}

bool StanceFinder::articles_only(std::string_view s, std::size_t from, std::size_t to) const {
    for (std::size_t w = from; w < to; ++w) {
        if (!word_in(s, words_[w], list(WordTable::articles)) && !word_is(s, words_[w], "such")) return false;
    }
    return true;
}

bool StanceFinder::coordinated_between(std::string_view s, std::size_t from, std::size_t to) const {
    for (std::size_t w = from; w < to; ++w) {
        if (word_in(s, words_[w], list(WordTable::coordinators))) return true;
    }
    return false;
}

bool StanceFinder::determined_between(std::string_view s, std::size_t from, std::size_t to) const {
    for (std::size_t w = from; w < to; ++w) {
        if (word_in(s, words_[w], list(WordTable::determiners))) return true;
    }
    return false;
}

bool StanceFinder::modifiers_only(std::string_view s, std::size_t from, std::size_t to) const {
    // "our long-term commitment", "our steadfast commitment": lower-case words inside one phrase.
    for (std::size_t w = from; w < to; ++w) {
        if (!is_lower(s[words_[w].begin]) || !in_phrase(s, w) || comma_after(s, w) ||
            word_in(s, words_[w], list(WordTable::copulas)) || word_in(s, words_[w], list(WordTable::target_skip))) {
            return false;
        }
    }
    return true;
}

std::size_t StanceFinder::raised_by(std::string_view s, std::size_t i, std::size_t clause) const {
    for (std::size_t b = i; b > clause && b + 1 >= i; --b) {
        if (word_in(s, words_[b - 1], list(WordTable::raising_verbs))) return b - 1;
        if (!is_lower(s[words_[b - 1].begin]) || !in_phrase(s, b - 1) || comma_after(s, b - 1) ||
            word_in(s, words_[b - 1], list(WordTable::determiners))) {
            break;
        }
    }
    return std::string_view::npos;
}

bool StanceFinder::noun_licensed(std::string_view s, std::size_t i, std::size_t clause, const Cue& cue) const {
    if (thanked_for(s, i)) return false;

    if (cue.type == StanceType::concern && raised_by(s, i, clause) != std::string_view::npos) return true;
    for (std::size_t b = i; b > clause && b + 7 > i; --b) {
        // "continue to address other concerns"; but "I consider to be of paramount importance" predicates it.
        if (word_is(s, words_[b - 1], "to") && b + 1 < i && !word_in(s, words_[b], list(WordTable::copulas))) return false;
        if (frames_.may_open(form_of(s, b - 1)) && lexicon_.match(Phrases::stance_frame, s.substr(words_[b - 1].begin))) {
            // "A renewed commitment to multilateralism requires": a participle after an article is an adjective.
            if (b - 1 > clause && form_of(s, b - 1).ends_with("ed") && word_in(s, words_[b - 2], list(WordTable::articles))) break;
            return true;
        }
    }
    for (std::size_t b = i, room = 4; b > clause && room > 0; --b) {
        if (!adverb_after_copula(s, b - 1, clause)) --room;
        if (regarded_as(s, b - 1, clause)) {
            predicate_ = true;
            return true;
        }
        // "We remain hopeful that the pledges ... will be met": a copula before "that" is another clause's.
        if (word_in(s, words_[b - 1], list(WordTable::clause_openers))) break;
        // "when the ventilators were in such demand", "insufficient for the demand": a thing named; "in full
        // support of" and "in our support" still hold a position.
        // A judgement keeps its cue ("a cause for grave concern"), and so does a gerund, a verb with an
        // object of its own ("firm in supporting the call").
        if (word_in(s, words_[b - 1], list(WordTable::loose_prepositions)) && articles_only(s, b, i) && !held_noun(s, i, clause) &&
            cue.type != StanceType::concern && cue.type != StanceType::assess && !form_of(s, i).ends_with("ing") &&
            !(i + 1 < words_.size() && !words_[i].clause_end &&
              (word_is(s, words_[i + 1], "of") || word_is(s, words_[i + 1], "that") || word_is(s, words_[i + 1], "for")))) {
            break;
        }
        // "are not sustainable without external support": the preposition makes the noun its object.
        if (b < i && word_in(s, words_[b - 1], list(WordTable::object_prepositions)) && !held_noun(s, i, clause) &&
            !(word_is(s, words_[b - 1], "with") && !determined_between(s, b, i))) {
            break;
        }
        if (word_in(s, words_[b - 1], list(WordTable::copulas)) || word_is(s, words_[b - 1], "there")) {
            // "are counting on the support of", "am asking for your support": a progressive verb with its
            // preposition takes the noun as its object ("remain unwavering in our commitment" is no verb).
            std::size_t v = b;
            while (v < i && word_in(s, words_[v], list(WordTable::light_adverbs))) ++v;
            if (v + 1 < i && form_of(s, v).ends_with("ing") && is_lower(s[words_[v].begin]) &&
                word_in(s, words_[v + 1], list(WordTable::phrase_breaks)) && !word_is(s, words_[v + 1], "in") &&
                !held_noun(s, i, clause) &&
                !(word_is(s, words_[v + 1], "with") && !determined_between(s, v + 2, i))) {
                break;
            }
            predicate_ = true;
            return true;
        }
        // "is based on shared commitments": a participle between them makes the noun its complement's.
        // Kept: "united in our concern", "convinced of the importance of".
        if (b < i && form_of(s, b - 1).ends_with("ed") && !word_in(s, words_[b - 1], list(WordTable::determiners)) &&
            !word_in(s, words_[b - 1], list(WordTable::belief_words)) &&
            !word_in(s, words_[i - 1], list(WordTable::self_possessives))) {
            break;
        }
    }
    // The subject of its clause, with a copula after it: "Our support for the UN
    // remains", "The threat of climate change is existential", "have our full support".
    // A position held by someone is "our support", "its commitment"; "This appeal has been on the agenda
    // for 15 years" tells of a thing. A judgement needs no holder: "The threat of climate change is".
    const bool judged = cue.type == StanceType::assess || cue.type == StanceType::concern;
    const bool held = held_noun(s, i, clause);
    // After a conjunction that joins it to what came before: "For our commitment to international law is
    // unwavering", "This, and our long-term commitment to promoting human rights, is why".
    std::size_t first = clause;
    if (first < i && (word_in(s, words_[first], list(WordTable::coordinators)) ||
                      word_in(s, words_[first], list(WordTable::clause_conjunctions)) || word_is(s, words_[first], "for"))) {
        ++first;
    }
    const bool opens = (i == first && judged) ||
                       (i == first + 1 && word_in(s, words_[first], list(WordTable::determiners)) && (judged || held)) ||
                       (i > first + 1 && i <= first + 3 && word_in(s, words_[first], list(WordTable::self_possessives)) &&
                        modifiers_only(s, first + 1, i));
    if (opens) {
        for (std::size_t a = i + 1; a < words_.size() && a < i + 8; ++a) {
            // "For our commitment to be credible, ...": the noun's own infinitive predicates nothing of it.
            if (word_is(s, words_[a], "be") && word_is(s, words_[a - 1], "to")) break;
            // "Our commitment must be greater still": the position is the prescription.
            if (word_is(s, words_[a], "must") || word_is(s, words_[a], "should")) break;
            if (word_in(s, words_[a], list(WordTable::copulas))) {
                predicate_ = true;
                return true;
            }
            if (words_[a].clause_end) break;
        }
    }
    if (i >= 2 && word_in(s, words_[i - 1], list(WordTable::commitment_adjectives)) && word_in(s, words_[i - 2], list(WordTable::self_possessives)) &&
        i >= 3 && word_in(s, words_[i - 3], list(WordTable::have_forms))) {
        return true;
    }
    return false;
}

}  // namespace posext::detail
