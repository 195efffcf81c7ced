// When "will", "shall", "must", "should" and their kin state a position: a commitment the speaker makes,
// a prescription; not a forecast, a question or a courtesy.
#include <algorithm>
#include <array>
#include <string>

#include <posext/detail/chars.hpp>

#include "lexicon/prefilter.hpp"
#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

bool StanceFinder::object_gap(std::string_view s, std::size_t j) const {
    return j + 1 >= words_.size() || words_[j].clause_end || comma_after(s, j) ||
           (word_in(s, words_[j + 1], list(WordTable::phrase_breaks)) && !word_is(s, words_[j + 1], "to"));
}

bool StanceFinder::speech_act_at(std::string_view s, std::size_t v) const {
    return v < words_.size() && !words_[v - 1].clause_end &&
           (word_in(s, words_[v], list(WordTable::speaking_verbs)) || word_in(s, words_[v], list(WordTable::speech_act_verbs)));
}

bool StanceFinder::opens_condition(std::string_view s, std::size_t i, std::size_t clause, std::size_t reach) const {
    for (std::size_t b = i; b > clause && b + reach > i; --b) {
        if (comma_after(s, b - 1)) return false;
        // A condition word, not a verb of that form ("provided valuable support"; "provided that" is one), and no
        // courtesy ("I would be remiss if I did not thank").
        if (word_in(s, words_[b - 1], list(WordTable::condition_words)) && b < i) {
            const bool verb = form_of(s, b - 1).ends_with("ed") && !word_is(s, words_[b], "that");
            // "I would be remiss in this pleasant duty if", "It would be remiss of me if".
            bool courtesy = false;
            for (std::size_t w = b - 1; w > clause && w + 6 > b && !courtesy && !comma_after(s, w - 1); --w) {
                courtesy = word_in(s, words_[w - 1], list(WordTable::courtesy_conditions));
            }
            return !verb && !courtesy;
        }
    }
    return false;
}

bool StanceFinder::modal_licensed(std::string_view s, const CueSite& at, Cue& cue) const {
    // "Let us look at Pakistan", "Let us imagine a better world": an invitation to look or think.
    if ((word_is(s, words_[at.i], "let") || word_is(s, words_[at.i], "let's")) && at.j + 1 < words_.size() &&
        !words_[at.j].clause_end && list(WordTable::invitation_asides).opens(s.substr(words_[at.j + 1].begin)) != 0) {
        return false;
    }
    const std::size_t i = at.i, j = at.j, clause = at.clause, prev = at.prev, content = at.content;
    const bool after_and = at.after_and;
    // "has to a great extent overcome", "the little food they have to their families": a verb's "to" before a noun
    // phrase is a preposition, no infinitive after a modal.
    if (word_is(s, words_[j], "to") && j + 1 < words_.size() && !words_[j].clause_end &&
        (word_in(s, words_[j + 1], list(WordTable::articles)) || word_in(s, words_[j + 1], list(WordTable::holder_possessives)) ||
         word_in(s, words_[j + 1], list(WordTable::self_possessives)))) {
        return false;
    }
    // "If it did not exist, it would surely have to be created", "Ireland would have to increase": a need after a
    // hypothetical modal is supposed, not asked for.
    if (cue.type == StanceType::prescribe && (word_in(s, words_[i], list(WordTable::need_words)) || word_is(s, words_[i], "have")) &&
        i > clause) {
        const std::size_t b = adverbs_start(s, i, clause);
        if (b > clause && word_in(s, words_[b - 1], list(WordTable::hypothetical_modals))) return false;
    }
    // "We know what must be done", "far from what it should be": a modal in a free relative names a thing, no one's
    // prescription. Not a cleft, whose copula follows ("What we must do is") or comes first ("That is what we must do").
    {
        std::size_t what = npos;
        if (i > clause && word_is(s, words_[i - 1], "what")) {
            what = i - 1;
        } else if (i > clause + 1 && is_pronoun(s, i - 1) &&
                   (word_is(s, words_[i - 2], "what") ||
                    (word_in(s, words_[i - 2], list(WordTable::free_relative_heads)) && !comma_after(s, i - 2)))) {
            // "doing everything we must do to", "anything we should": a head that takes no relative word ("Above all,
            // we must" is an opening phrase).
            what = i - 2;
        }
        std::size_t before = what;
        while (before != npos && before > clause && is_adverb(s, before - 1)) --before;  // "is exactly what"
        if (what != npos && !(before > clause && word_in(s, words_[before - 1], list(WordTable::copulas)))) {
            bool cleft = false;
            for (std::size_t v = j + 1; v < words_.size() && v < j + 14 && !words_[v - 1].clause_end; ++v) {
                cleft = cleft || (word_in(s, words_[v], list(WordTable::copulas)) && !word_is(s, words_[v], "be") &&
                                  !word_is(s, words_[v], "been"));
            }
            if (!cleft) return false;
        }
    }
    // "deciding who should be their leader", "disagreements persist over who should contribute", "far behind where
    // we need to be": a modal in an indirect question, after a verb of asking or knowing or a preposition, names
    // what is in question, no prescription ("the people of the Caribbean who must rebuild" has its antecedent).
    if (cue.type == StanceType::prescribe) {
        const std::size_t wh = i > clause && word_in(s, words_[i - 1], list(WordTable::question_words)) ? i - 1
                             : i > clause + 1 && is_pronoun(s, i - 1) && word_in(s, words_[i - 2], list(WordTable::question_words)) ? i - 2
                                                                                                                              : npos;
        // A reflexive of [question-verbs] counts after its verb only: "we ask ourselves who should", not "the
        // terrorists themselves who we need to defeat"; "WHO" is a name.
        auto asks = [&](std::size_t w) {
            const std::string_view form = form_of(s, w);
            if (!word_in(s, words_[w], list(WordTable::question_verbs))) return false;
            if (!form.ends_with("self") && !form.ends_with("selves")) return true;
            return w > clause && word_in(s, words_[w - 1], list(WordTable::question_verbs));
        };
        if (wh != npos && wh > clause && is_lower(s[words_[wh].begin]) && !comma_after(s, wh - 1) &&
            (asks(wh - 1) || is_preposition(s, wh - 1))) {
            return false;
        }
    }
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
            // "we will all be judged", "Tuvalu will be submerged": what befalls the subject, unless negated.
            std::size_t be = j + 1;
            while (be < words_.size() && !words_[be - 1].clause_end && is_adverb(s, be)) {
                ++be;
            }
            if (v == j + 1 && !word_in(s, words_[j], list(WordTable::negators)) && be + 1 < words_.size() &&
                word_is(s, words_[be], "be") && !words_[be].clause_end &&
                word_in(s, words_[be + 1], list(WordTable::forecast_participles))) {
                return false;
            }
        }
        // "If we save Tuvalu ..., we will save the world": a forecast on the condition that opens the
        // sentence, like one after the cue.
        // Without a comma too: "Without the participation of the private sector we will not achieve". A
        // condition of a participle or of [condition-formulas] is a pledge's formula: "If elected, we will be a
        // champion of", "If necessary, we will"; one of a pronoun or noun is not: "Without them, we will be lost".
        // "But if we gain a victory we will celebrate": after a conjunction too.
        const std::size_t opener = word_in(s, words_[0], list(WordTable::clause_conjunctions)) && !comma_after(s, 0) ? 1 : 0;
        if (i > opener + 2 && word_in(s, words_[opener], list(WordTable::opening_conditions)) && !comma_after(s, opener)) {
            const bool pledge = form_of(s, opener + 1).ends_with("ed") ||
                                word_in(s, words_[opener + 1], list(WordTable::condition_formulas));
            if (!pledge && (i > opener + 3 || comma_after(s, opener + 1))) return false;
            if (pledge && i > opener + 3 && !comma_after(s, opener + 1)) return false;
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
        // "our country will continue to face enormous challenges", "we will witness more displacement": what
        // will befall the subject; "we will see to it that", "we will see that the session succeeds", "Japan will
        // face up to" are acts.
        {
            // Past adverbs in -ly too: "will undoubtedly continue to face"; and the progressive: "Grenada will soon be
            // celebrating its fiftieth anniversary" (a verb of the table in -ing, its "e" put back).
            std::size_t v = j + 1;
            while (v < words_.size() && (is_adverb(s, v) || word_in(s, words_[v], list(WordTable::time_phrases)) ||
                                         word_is(s, words_[v], "only"))) {
                ++v;
            }
            if (v + 2 < words_.size() && word_is(s, words_[v], "be") && !words_[v].clause_end) {
                const std::string_view form = form_of(s, v + 1);
                if (form.size() > 5 && form.ends_with("ing")) {
                    const std::string_view stem = form.substr(0, form.size() - 3);
                    std::array<char, 32> base{};
                    const bool fits = stem.size() + 1 < base.size();
                    if (fits) {
                        std::copy(stem.begin(), stem.end(), base.begin());
                        base[stem.size()] = 'e';
                    }
                    if (list(WordTable::forecast_verbs).contains(stem) ||
                        (fits && list(WordTable::forecast_verbs).contains(std::string_view(base.data(), stem.size() + 1)))) {
                        return false;
                    }
                }
            }
            if (v + 1 < words_.size() && word_is(s, words_[v], "continue") && word_is(s, words_[v + 1], "to")) v += 2;
            if (v < words_.size() && word_is(s, words_[j], "continue") && word_is(s, words_[v], "to")) ++v;  // the cue "will continue"
            if (v + 1 < words_.size() && word_in(s, words_[v], list(WordTable::forecast_verbs)) && !words_[v].clause_end &&
                !word_is(s, words_[v + 1], "to") && !word_is(s, words_[v + 1], "up") && !word_is(s, words_[v + 1], "that")) {
                return false;
            }
        }
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
        // "I will conclude by", "I shall now focus on", "I will briefly elaborate on them": the speaker tells how the
        // speech goes on, no commitment; only "I" is so bound ("We will focus on intensifying cooperation" commits).
        if (word_at_in(s, content, list(WordTable::self_words)) && word_is(s, words_[content], "i")) {
            std::size_t v = next_content(s, j + 1);
            while (v < words_.size() && !words_[v - 1].clause_end && form_of(s, v).ends_with("ly") && is_lower(s[words_[v].begin])) ++v;
            if (speech_act_at(s, v)) return false;
        }
        // "His career gives us confidence that we will see a successful session": what is believed
        // will happen is a forecast, no commitment.
        // "I think, however, that my Russian colleague and I will find": the belief may stand before a
        // parenthesis.
        for (std::size_t b = i; b > clause + 1 && b + 12 > i; --b) {
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
        // "I shall now make a statement in my capacity as": a way of speaking, no commitment.
        if (const std::size_t v = next_content(s, j + 1);
            v < words_.size() && list(WordTable::speaking_phrases).opens(s.substr(words_[v].begin)) != 0) {
            return false;
        }
        if (word_at_in(s, content, list(WordTable::self_subjects))) return true;
        if (word_at_in(s, content, list(WordTable::self_nouns)) &&
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
            // "It has made substantial progress in cleansing our country and will conclude", "The Government's policy
            // of universal access ... covers ... and will help us": a clause whose subject is a thing, by its head
            // (after a possessive, before "of"), commits no one, whatever words of the speaker's stand before the verb.
            // Only a subject that opens a clause with no comma in it: after an opening phrase ("Having suffered from
            // decades of war, Viet Nam treasures peace and will") the phrase found may be the opening's own.
            // Nor where "we" or "I" stands before the verb ("As such we welcome the Secretary-General's proposal ...
            // and will work closely").
            bool open = true;
            for (std::size_t w = clause; w < content && open; ++w) open = !word_in(s, words_[w], list(WordTable::self_subjects));
            auto subject = open ? subject_of(s, i, clause, 2 * max_phrase_words) : std::nullopt;
            for (std::size_t w = clause; subject && w <= subject->last; ++w) {
                if (comma_after(s, w)) subject.reset();
            }
            // The phrase is a subject only with its verb right after it: "It has made", "That proposal was supported".
            if (subject && !(subject->last + 1 < content && (word_in(s, words_[subject->last + 1], list(WordTable::predicate_starts)) ||
                                                              word_in(s, words_[subject->last + 1], list(WordTable::copulas)) ||
                                                              third_person_verb(s, subject->last + 1)))) {
                subject.reset();
            }
            if (subject) {
                std::size_t head = subject->first, end = subject->last;
                for (std::size_t w = subject->first; w <= subject->last; ++w) {
                    if (word_is(s, words_[w], "of")) {
                        end = w > head ? w - 1 : head;
                        break;
                    }
                    if (is_possessive(s, w) && w < subject->last) head = w + 1;
                }
                const bool thing = word_is(s, words_[end], "it") ||
                                   (is_lower(s[words_[end].begin]) && !is_pronoun(s, end) && !party_of(s, Phrase{head, end}) &&
                                    party_word_end(s, end) == npos && !mentions_speaker(s, head, end + 1));
                if (thing) return false;
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
        if (comma_after(s, content)) {
            for (std::size_t b = content; b > clause; --b) {
                if (comma_after(s, b - 1)) {
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
        // "Those who decided to stay in Brazil will be subject to", "whose support of the efforts of the Government of
        // Burkina Faso will enable us": the name inside a relative clause, after its verb, is no subject of its own.
        // The relative's own subject is ("which the Republic of Guinea will adopt"), and so is a name after another
        // clause's opener ("which is why Paraguay will", "which envisions that the tri-island State of Grenada shall")
        // or after the relative clause's comma ("After Canada, whose leadership I applaud, France will").
        for (std::size_t w = start; w > clause; --w) {
            if (comma_after(s, w - 1)) break;
            if (!word_in(s, words_[w - 1], list(WordTable::clause_openers))) continue;
            if (word_is(s, words_[w - 1], "that") || !word_in(s, words_[w - 1], list(WordTable::relative_words))) break;
            for (std::size_t v = w; v < start; ++v) {
                if (!is_upper_start(s[words_[v].begin]) && !word_in(s, words_[v], list(WordTable::articles)) &&
                    !word_is(s, words_[v], "of")) {
                    return false;
                }
            }
            break;
        }
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
    // "could quickly take centre stage should they deteriorate": inside a clause, "should" before a subject pronoun
    // puts a condition too, unless a word that inverts or asks stands before it ("Nor should we", "what should we do").
    if (word_is(s, words_[i], "should") && i > clause && j + 2 < words_.size() && !words_[j].clause_end &&
        (word_in(s, words_[j + 1], list(WordTable::self_subjects)) || word_in(s, words_[j + 1], list(WordTable::new_subjects))) &&
        !word_in(s, words_[i - 1], list(WordTable::question_words)) && !words_[i - 1].clause_end &&
        // "under no circumstances should we", "even less should it": a word that inverts a few words before.
        [&] {
            for (std::size_t b = i; b > clause && b + 4 > i; --b) {
                if (word_in(s, words_[b - 1], list(WordTable::inversion_openers)) || word_is(s, words_[b - 1], "no")) return false;
            }
            return !word_in(s, words_[words_[i].clause], list(WordTable::inversion_openers));
        }() &&
        is_lower(s[words_[i - 1].begin]) && !is_pronoun(s, i - 1) && !word_in(s, words_[i - 1], list(WordTable::coordinators))) {
        return false;
    }
    // "as if everyone should have to take sides": what is not so. "if anyone must leave, it must be the occupiers",
    // "if it has to", "even if additional efforts must be made": a modal whose subject opens a condition is
    // supposed, no prescription (the subject is at most three words, with no comma: "if we hold one it must help"
    // prescribes in its main clause).
    if (cue.type == StanceType::prescribe && opens_condition(s, i, clause, 4)) return false;
    // The formula "it must be said that", "it should be remembered that": the speaker's aside.
    // Light adverbs may stand on either side of "be": "it should also be noted that", "it must be again recalled".
    if (content != std::string_view::npos && word_is(s, words_[content], "it")) {
        const std::size_t be = next_content(s, j + 1);
        const std::size_t participle = be < words_.size() ? next_content(s, be + 1) : be;
        if (participle < words_.size() && word_is(s, words_[be], "be") &&
            word_in(s, words_[participle], list(WordTable::formula_participles))) {
            return false;
        }
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
    // "I must remind the Assembly", "I have to speak out for our citizens", "I must also mention": what the speaker
    // says it must say is a manner of speaking too; only "I" is so bound ("we must address" prescribes).
    // Past a negation: "I don't need to tell anyone here how important it is".
    std::size_t speaker_at = i;
    while (speaker_at > clause && (word_in(s, words_[speaker_at - 1], list(WordTable::negators)) ||
                                   word_is(s, words_[speaker_at - 1], "do") || is_adverb(s, speaker_at - 1))) {
        --speaker_at;
    }
    if (speaker_at > clause && word_is(s, words_[speaker_at - 1], "i") && speech_act_at(s, next_content(s, j + 1))) return false;
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
    // "the key challenges we must face.", "the challenges that we have to face today": what the subject faces,
    // its object the phrase before, in a relative clause; no prescription ("we must face the reality" is one).
    {
        const std::size_t v = next_content(s, j + 1);
        if (v < words_.size() && word_in(s, words_[v], list(WordTable::faced_verbs)) &&
            (v + 1 >= words_.size() || words_[v].clause_end || comma_after(s, v))) {
            return false;
        }
    }
    // "I must tell the world that", "We must tell it like it is": a way of speaking.
    {
        const std::size_t v = next_content(s, j + 1);
        if (v < words_.size() && list(WordTable::speaking_phrases).opens(s.substr(words_[v].begin)) != 0 &&
            (word_at_in(s, content, list(WordTable::self_words)) || word_is(s, words_[i], "let"))) {
            return false;
        }
    }
    // "every resolution that has to do with the family": an idiom.
    // Only after "have to", "has to", "had to": "The international community should offer them protection" prescribes.
    if (j + 1 < words_.size() && (word_in(s, words_[i], list(WordTable::have_forms)) || word_is(s, words_[i], "had")) &&
        list(WordTable::have_to_idioms).opens(s.substr(words_[j + 1].begin)) != 0) {
        return false;
    }
    // "the deep commitment that President Macri and I have to changing": a modal's "to" takes a verb, not a gerund;
    // this "to" is the commitment's. (A stem of four letters or more: "need to swing", "to bring" are verbs.)
    if (word_is(s, words_[j], "to") && j + 1 < words_.size() && !words_[j].clause_end && is_lower(s[words_[j + 1].begin]) &&
        form_of(s, j + 1).ends_with("ing") && form_of(s, j + 1).size() >= 7) {
        return false;
    }
    // "I must reiterate Egypt's rejection", "I must stress that": the speaker's own act of saying; the noun
    // it states is the position. ("we should further emphasize" asks it of all of us.)
    // So is "I must, however, deplore the decision": the speaker's own stance, said with emphasis.
    if (content != std::string_view::npos && word_is(s, words_[content], "i")) {
        std::size_t v = j + 1;
        if (comma_after(s, j) && v < words_.size() && comma_after(s, v)) ++v;  // ", however,"
        v = next_content(s, v);
        if (v < words_.size() && frame_at(s, v)) {
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
        word_in(s, words_[j + 2], list(WordTable::candour_words)) && word_at_in(s, content, list(WordTable::self_words))) {
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
    // "the results that we need in the global South", "the tools we need for our work", "the United Nations we
    // need must": our own need in a relative clause describes the thing needed, when the verb's object is the
    // gap that the relative leaves (a break or a mark right after it). "What we need is" is a cleft, and "the
    // approach we need to take" prescribes.
    if (word_in(s, words_[i], list(WordTable::need_words)) && i == j && prev != npos && prev > clause &&
        word_in(s, words_[prev], list(WordTable::self_words)) && object_gap(s, j) &&
        !(j + 1 < words_.size() && (word_in(s, words_[j + 1], list(WordTable::negators)) ||
                                    word_in(s, words_[j + 1], list(WordTable::copulas))))) {
        std::size_t head = prev - 1;
        if ((word_is(s, words_[head], "that") || word_is(s, words_[head], "which")) && head > clause) --head;
        // The thing needed is a noun phrase that opens with its determiner ("the reliable statistical data we
        // need"): not a verb's clause ("We estimate that we need between"), nor a phrase that a preposition
        // fronts ("On that issue we need not"). A copula before the phrase or after the verb says what we need
        // ("That is the spirit that we need", "The United Nations we need is an inclusive platform").
        bool described = false;
        for (std::size_t d = head; d >= clause && d + 5 > head; --d) {
            if (comma_after(s, d) || words_[d].clause_end || !in_phrase(s, d) || is_pronoun(s, d)) break;
            if (word_in(s, words_[d], list(WordTable::articles)) || word_in(s, words_[d], list(WordTable::determiners)) ||
                word_in(s, words_[d], list(WordTable::self_possessives)) ||
                word_in(s, words_[d], list(WordTable::holder_possessives))) {
                described = d != head && !(d == clause + 1 && word_in(s, words_[clause], list(WordTable::phrase_breaks))) &&
                            !(d > clause && word_in(s, words_[d - 1], list(WordTable::copulas)));
                break;
            }
            if (d == clause) break;
        }
        if (described) return false;
    }
    // "the long-term investments that vulnerable countries need": what others need, in a relative clause.
    if (word_in(s, words_[i], list(WordTable::need_words)) && prev != std::string_view::npos) {
        for (std::size_t b = prev; b > clause && b + 4 > prev; --b) {
            if (word_in(s, words_[b], list(WordTable::self_words)) || !in_phrase(s, b) || comma_after(s, b)) break;
            const std::size_t rel = b - 1;
            // The relative leaves a gap after the verb ("need in order to", "need."); "believe that
            // institutions need to adapt", "that Europe needs a strong Africa" go on as a clause.
            const bool gap = j == i && object_gap(s, j);
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
        // "our development needs remain immense", "Financing needs are again on the rise": a plural noun before a
        // plural verb of its own (one not in -s: "what Africa needs is" is a cleft, and so is "what the world needs
        // are").
        if (i == j && form_of(s, i).ends_with('s') && j + 1 < words_.size() && !words_[j].clause_end && !comma_after(s, j) &&
            !form_of(s, j + 1).ends_with('s') &&
            (word_in(s, words_[j + 1], list(WordTable::copulas)) || word_in(s, words_[j + 1], list(WordTable::have_forms)) ||
             (word_in(s, words_[j + 1], list(WordTable::verb_chain_words)) &&
              word_in(s, words_[j + 1], list(WordTable::predicate_starts))))) {
            bool cleft = false;
            for (std::size_t b = clause; b < i; ++b) cleft = cleft || word_is(s, words_[b], "what");
            if (!cleft) return false;
        }
        // "We also emphasize the need for", "part of the wider need for": a noun, which only a frame verb makes
        // a position.
        const bool adjective_between = prev > clause && word_in(s, words_[prev], list(WordTable::need_adjectives)) &&
                                       (word_in(s, words_[prev - 1], list(WordTable::articles)) ||
                                        word_in(s, words_[prev - 1], list(WordTable::determiners)));
        if (word_in(s, words_[prev], list(WordTable::determiners))) {
            cue.word_class = Cue::Class::noun;
            // "There is a need to act": a need stated as there is one (a predicate noun is no prescription:
            // "Our greatest need is").
            const bool there_is = prev > clause + 1 && word_in(s, words_[prev - 1], list(WordTable::copulas)) &&
                                  word_is(s, words_[prev - 2], "there");
            return noun_licensed(s, i, clause, cue) && (!predicate_ || there_is);
        }
        // "We stress the urgent need for": an adjective of [need-noun-markers] ("urgent needs") makes a noun too,
        // which a frame verb states.
        if (adjective_between && word_in(s, words_[prev], list(WordTable::need_noun_markers))) {
            cue.word_class = Cue::Class::noun;
            return noun_licensed(s, i, clause, cue);
        }
        // "120,000 people who clearly need international protection": past an adverb in -ly too.
        if (word_in(s, words_[back_over_ly_adverbs(s, prev, clause)], list(WordTable::need_noun_markers))) return false;
        // "Our diverse needs must be reflected": a possessive and an adjective make a noun, the subject of the
        // verb after it ("Our planet needs our care" is the verb).
        if (i == j && prev > clause && (word_in(s, words_[prev - 1], list(WordTable::self_possessives)) ||
                              word_in(s, words_[prev - 1], list(WordTable::holder_possessives))) &&
            is_lower(s[words_[prev].begin]) && !word_in(s, words_[prev], list(WordTable::light_adverbs)) &&
            j + 1 < words_.size() && !words_[j].clause_end &&
            // "in meeting their development needs, including food security": a comma right after it, too.
            (comma_after(s, j) || word_in(s, words_[j + 1], list(WordTable::copulas)) || word_in(s, words_[j + 1], list(WordTable::have_forms)) ||
             (word_in(s, words_[j + 1], list(WordTable::verb_chain_words)) && word_in(s, words_[j + 1], list(WordTable::predicate_starts))))) {
            return false;
        }
        if (words_[j].clause_end || (j + 1 < words_.size() && word_in(s, words_[j + 1], list(WordTable::need_noun_followers)))) return false;
        // "our energy needs from renewable sources", "Morocco's energy needs by 2020", "their individual needs
        // directly": a possessive and a word or two before it make a noun, which a preposition, an adverb or a
        // relative follows; a verb takes its object there ("Our planet needs our care").
        // Not after a modal ("our country will need to"), nor a party's ("that our country needs for").
        if (i == j && prev > clause && is_lower(s[words_[prev].begin]) && j + 1 < words_.size() &&
            !word_in(s, words_[prev], list(WordTable::verb_chain_words)) && !word_in(s, words_[prev], list(WordTable::party_words)) &&
            !word_is(s, words_[j + 1], "to") &&
            (is_preposition(s, j + 1) ||
             word_in(s, words_[j + 1], list(WordTable::content_openers)) ||
             (form_of(s, j + 1).ends_with("ly") && is_lower(s[words_[j + 1].begin])))) {
            for (std::size_t b = prev; b > clause && b + 3 > prev; --b) {
                const std::size_t w = b - 1;
                if (word_in(s, words_[w], list(WordTable::self_possessives)) || word_in(s, words_[w], list(WordTable::holder_possessives)) ||
                    is_possessive(s, w)) {
                    return false;
                }
                if (!is_lower(s[words_[w].begin]) || comma_after(s, w) || word_in(s, words_[w], list(WordTable::light_adverbs))) break;
            }
        }
        // "according to its own circumstances and needs, must": a noun joined to another, before a comma.
        if (word_in(s, words_[prev], list(WordTable::coordinators)) && comma_after(s, j)) return false;
    }
    return true;
}

}  // namespace posext::detail
