// When a cue counts as a stance: the checks every cue passes, then the rules of its word class
// (modals.cpp, predicates.cpp); and the helpers they share.
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
        // Its possessive too: "the Kingdom's commitment".
        const Word bare = is_possessive(s, w) ? Word{words_[w].begin, words_[w].end - 2, false, false, 0} : words_[w];
        if (w > from && word_is(s, words_[w - 1], "the") && word_in(s, bare, list(WordTable::speaker_state_titles)) &&
            !(w + 1 < words_.size() && !words_[w].clause_end && word_is(s, words_[w + 1], "of"))) {
            return true;
        }
    }
    return names_speaker(s, from, to);
}

bool StanceFinder::infinitive_list_before(std::string_view s, std::size_t and_at, std::size_t after) const {
    if (and_at == std::string_view::npos || and_at < after + 2) return false;
    // Back from the coordinator over single lowercase words, each but the last before it followed by a comma.
    std::size_t w = and_at - 1;
    for (int listed = 0; listed < 6 && w > after; ++listed, --w) {
        const std::string_view form = form_of(s, w);
        if ((words_[w].clause_end && !(listed == 0 && comma_after(s, w))) || !is_lower(form.front()) || form.ends_with("ing") || form.ends_with("ed") ||
            (listed > 0 && !comma_after(s, w)) || word_in(s, words_[w], list(WordTable::articles)) ||
            word_in(s, words_[w], list(WordTable::determiners))) {
            return false;
        }
        if (word_is(s, words_[w - 1], "to") && !comma_after(s, w - 1)) return listed > 0 || !comma_after(s, w);
    }
    return false;
}

bool StanceFinder::accept(std::string_view s, std::size_t i, std::size_t j, std::size_t clause, Cue& cue,
            std::size_t last_cue_end, bool modal_in_clause) const {
    predicate_ = false;
    const std::size_t prev = i > clause ? i - 1 : std::string_view::npos;
    // "shall design and implement interventions ..., as well as support the growth": "as well as" joins as "and" does.
    const bool after_and = prev != std::string_view::npos && list(WordTable::coordinators).ends(s.substr(0, words_[prev].end));
    // A capital inside a clause makes a name of it: "the Emergency Support Loan".
    if (i > 0 && is_upper(s[words_[i].begin]) && !words_[i - 1].clause_end && cue.word_class != Cue::Class::frame) {
        return false;
    }
    // "a religion which essentially advocates openness", "a process that is appreciated": a relative clause
    // describing what a noun with "a" stands for, no one's position.
    if (cue.type != StanceType::assess && cue.type != StanceType::prescribe && cue.type != StanceType::concern &&
        cue.word_class == Cue::Class::verb && described_by_indefinite(s, i, clause)) {
        return false;
    }
    // "These values are under grave threat": what is threatened, with no threat judged; "under threat from increasing
    // tensions" judges what threatens (roles.cpp).
    if (cue.type == StanceType::assess && cue.word_class == Cue::Class::noun && threatened_at(s, i, clause) != npos &&
        !(j + 2 < words_.size() && !words_[j].clause_end && !comma_after(s, j) &&
          (word_is(s, words_[j + 1], "from") || word_is(s, words_[j + 1], "by")))) {
        return false;
    }
    // "a welcome development", "a welcome and timely development", "a strong support system": a bare verb of
    // welcome or support after an indefinite article, and an adjective perhaps, modifies the noun after it ("a
    // strong advocate of" is the noun).
    if (cue.word_class == Cue::Class::verb && (cue.type == StanceType::welcome || cue.type == StanceType::support) && i == j &&
        prev != std::string_view::npos && j + 1 < words_.size() && !form_of(s, i).ends_with("s") && !form_of(s, i).ends_with("ed") && !form_of(s, i).ends_with("ing") &&
        !words_[j].clause_end && !comma_after(s, j) && is_lower(s[words_[j + 1].begin]) && in_phrase(s, j + 1) &&
        !word_in(s, words_[j + 1], list(WordTable::target_skip)) && !word_in(s, words_[j + 1], list(WordTable::determiners)) &&
        !word_in(s, words_[j + 1], list(WordTable::object_prepositions)) &&
        !word_in(s, words_[j + 1], list(WordTable::loose_prepositions)) &&
        !word_in(s, words_[j + 1], list(WordTable::object_pronouns))) {
        const bool indefinite = word_in(s, words_[prev], list(WordTable::indefinite_articles)) ||
                                (prev > clause && is_lower(s[words_[prev].begin]) && !comma_after(s, prev) &&
                                 word_in(s, words_[prev - 1], list(WordTable::indefinite_articles)));
        if (indefinite) return false;
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
    // "We urge all others to join that treaty and we welcome its entry into force": "and" with a subject of
    // its own opens a clause, as a comma does.
    if (modal_in_clause && !after_and) {
        bool comma = false;
        std::size_t last_comma = 0;
        for (std::size_t w = clause; w < i; ++w) {
            if (comma_after(s, w) && w + 1 >= modal_start_) {
                comma = true;
                last_comma = w;
            }
        }
        const bool new_subject = prev != std::string_view::npos && prev > clause && prev >= modal_start_ &&
                                 word_in(s, words_[prev], list(WordTable::self_subjects)) &&
                                 word_in(s, words_[prev - 1], list(WordTable::coordinators));
        if (!comma && !new_subject) return false;
        // "We will also support regional organizations, encourage the participation of women ...": a bare
        // verb right after the comma, adverbs apart ("..., unequivocally oppose"), goes on the list the modal
        // governs.
        const std::string_view form = form_of(s, i);
        std::size_t listed = last_comma + 1;
        while (listed < i && is_adverb(s, listed)) ++listed;
        if (listed == i && cue.word_class == Cue::Class::verb && !form.ends_with("s") && !form.ends_with("ed") &&
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
        if (comma_after(s, w) ||
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
    // "must and will respond", "should — and must — support": modals joined on one predicate are one stance, the
    // first's (ANNOTATION.md).
    if (after_and && cue.word_class == Cue::Class::modal && sentence_cue_end_ != std::string_view::npos &&
        sentence_cue_end_ + 1 == prev && after_joined_modal(s, sentence_cue_end_) != std::string_view::npos) {
        return false;
    }
    // "should — and must — support countries": the predicate of joined modals is in their scope.
    if (sentence_cue_end_ != std::string_view::npos && i > sentence_cue_end_ + 2 && i == after_joined_modal(s, sentence_cue_end_)) {
        return false;
    }
    // "committed to continuing to mediate, facilitate, and support peace initiatives": the last of a list of
    // bare verbs after an earlier cue's "to" is on that list.
    if (after_and && sentence_cue_end_ != std::string_view::npos && cue.word_class == Cue::Class::verb &&
        infinitive_list_before(s, prev, sentence_cue_end_)) {
        return false;
    }
    // "We should work to translate ... and pledge to abide by them": a second bare verb of the modal;
    // "Asia needs stability and development and opposes division" agrees with a subject of its own. After an
    // appeal to a party, a verb of support or opposition is asked of the party too ("We invite them to join the
    // Platform and support the Mechanism", "to uphold the ideals ... and reject any attempt"); a second appeal
    // ("and urge", "and call on") or a welcome ("and congratulate him") may be the speaker's own.
    // "urge my fellow leaders to increase and renew their respective contributions and pledges": the party's own
    // commitment or support, named with its possessive, is what the appeal asks of it.
    if (modal_in_clause && appeal_scope_ && (cue.type == StanceType::commit || cue.type == StanceType::support) && i > clause) {
        for (std::size_t b = i; b > clause && b + 4 > i && !comma_after(s, b - 1) && !words_[b - 1].clause_end; --b) {
            if (word_in(s, words_[b - 1], list(WordTable::holder_possessives))) return false;
            if (!is_lower(s[words_[b - 1].begin]) || is_preposition(s, b - 1)) break;
        }
    }
    const bool asked_of_party = !appeal_scope_ || cue.type == StanceType::support || cue.type == StanceType::oppose;
    if (modal_in_clause && asked_of_party && after_and && cue.word_class == Cue::Class::verb && prev >= modal_start_) {
        const std::string_view form = form_of(s, i);
        const bool agrees = form.size() > 3 && form.back() == 's' && form[form.size() - 2] != 's';
        if (!agrees) return false;
    }
    // "needs to be relevant and able and willing to": a state joined by "and" to the modal's predicate is part of
    // what is prescribed.
    if (modal_in_clause && !appeal_scope_ && after_and && cue.word_class == Cue::Class::state && prev >= modal_start_) {
        return false;
    }
    const std::size_t content = previous_content(s, i, clause);
    // "decide whether we can allow ... or whether we should work", "as to whether we will become":
    // a question put, no prescription or commitment.
    if (cue.word_class == Cue::Class::modal && content != std::string_view::npos && content > clause &&
        word_is(s, words_[content - 1], "whether")) {
        return false;
    }
    // "how any Member State should go about investigating", "discussing how international terrorism should be
    // defined": a question put inside the sentence. Not "That is (certainly not) how we must respond", which
    // prescribes; not a degree ("how urgently we need"); not a "how" clause that has its own verb before the
    // modal ("Our memory of how things were must be complemented").
    if (cue.word_class == Cue::Class::modal) {
        for (std::size_t b = i; b > clause && b + 8 > i && !comma_after(s, b - 1); --b) {
            const std::size_t how = b - 1;
            if (word_in(s, words_[how], list(WordTable::copulas))) break;
            if (!word_is(s, words_[how], "how")) continue;
            const std::size_t before = how > clause ? adverbs_start(s, how, clause) : how;
            const bool stated = before > clause && (word_in(s, words_[before - 1], list(WordTable::copulas)) ||
                                                    form_of(s, before - 1).ends_with("'s"));
            const bool degree = how + 1 < i && is_manner_adverb(s, how + 1);
            if (!stated && !degree) return false;
            break;
        }
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
    // "If we are willing to make the shift, the people ... will be grateful": a state whose subject opens a condition
    // is supposed, no commitment (as a modal's, modals.cpp); the subject is at most three words, with no comma.
    if (cue.type == StanceType::commit && cue.word_class == Cue::Class::state && i > clause &&
        word_in(s, words_[i - 1], list(WordTable::copulas)) && opens_condition(s, i - 1, clause, 4)) {
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
    // "those who support terrorism", "Anyone who champions sustainable development must": a cue in a relative
    // clause of someone unnamed describes them, and no one holds it; "X joins those who call for" shares it.
    // So does a state after a copula: "those who are willing to risk their lives" (judged draw of seed 193).
    if (prev != std::string_view::npos) {
        std::size_t who = back_over_ly_adverbs(s, prev, clause);
        if (cue.word_class == Cue::Class::state && who > clause + 1 && word_in(s, words_[who], list(WordTable::copulas))) {
            who = back_over_ly_adverbs(s, who - 1, clause);
            if (word_is(s, words_[who], "been") && who > clause + 1) who = who - 1;  // "who have been willing"
        }
        if (word_is(s, words_[who], "who") && who > clause && word_in(s, words_[who - 1], list(WordTable::generic_antecedents))) {
            std::size_t a = who - 1;
            if (a > clause && word_is(s, words_[a - 1], "all")) --a;  // "all those who"
            if (!(a > clause && list(WordTable::joining_verbs).ends(s.substr(0, words_[a - 1].end)))) return false;
        }
    }
    // "We seek support from the United Nations", "tremendous support from regional agencies": support received,
    // aid; no verb of support takes "from".
    if (cue.type == StanceType::support && j + 1 < words_.size() && !words_[j].clause_end && !comma_after(s, j) &&
        word_is(s, words_[j + 1], "from")) {
        return false;
    }
    // "the solidarity and support that we received", "the support we have enjoyed": support received. So is support in
    // the object of a verb of receiving ("does not always enjoy unanimous support", "are not receiving the support
    // they need", "still enjoy the same widespread approval and support"): backing or help others give.
    if (cue.type == StanceType::support && word_is(s, words_[i], "support")) {
        for (std::size_t b = i; b > clause && b + 6 > i; --b) {
            if (comma_after(s, b - 1) || words_[b - 1].clause_end) break;
            if (word_in(s, words_[b - 1], list(WordTable::receiving_verbs))) return false;
            if (!in_phrase(s, b - 1) && !word_in(s, words_[b - 1], list(WordTable::coordinators))) break;
        }
        for (std::size_t w = j + 1; w < words_.size() && w <= j + 5 && !words_[w - 1].clause_end && !comma_after(s, w - 1); ++w) {
            if (word_in(s, words_[w], list(WordTable::receiving_verbs))) return false;
            if (!word_is(s, words_[w], "that") && !word_is(s, words_[w], "which") && !is_pronoun(s, w) &&
                !word_in(s, words_[w], list(WordTable::verb_chain_words)) && !word_in(s, words_[w], list(WordTable::light_adverbs))) {
                break;
            }
        }
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
    const CueSite at{i, j, clause, prev, content, after_and};
    // "Our historic pledge to the early reform of the Security Council must be upheld": a verb's form used as a noun
    // (after a possessive, an article or an adjective) that heads a modal's subject states no position.
    // Only a bare form after a possessive or an article, or one adjective after them: "My country commends" and
    // "The global debt burden undermines" are verbs.
    auto determines = [&](std::size_t w) {
        return word_in(s, words_[w], list(WordTable::articles)) || word_in(s, words_[w], list(WordTable::self_possessives)) ||
               word_in(s, words_[w], list(WordTable::holder_possessives)) || is_possessive(s, w);
    };
    const std::string_view bare = form_of(s, i);
    if (cue.word_class == Cue::Class::verb && i == j && prev != std::string_view::npos && !words_[prev].clause_end &&
        !bare.ends_with("s") && !bare.ends_with("ed") && !bare.ends_with("ing") &&
        (determines(prev) || (prev > clause && is_lower(s[words_[prev].begin]) && determines(prev - 1))) &&
        heads_modal_subject(s, i, clause, cue.type)) {
        return false;
    }
    switch (cue.word_class) {
    case Cue::Class::modal: return modal_licensed(s, at, cue);
    case Cue::Class::frame:
        // "it is important to note that", "it is vital to underline": the speaker's way of saying.
        return !(j + 2 < words_.size() && word_is(s, words_[j + 1], "to") &&
                 word_in(s, words_[j + 2], list(WordTable::speaking_verbs)));
    case Cue::Class::verb: return verb_licensed(s, at, cue);
    case Cue::Class::state: return state_licensed(s, at, cue);
    case Cue::Class::adj: return adjective_licensed(s, at, cue);
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
            if (b < i && word_in(s, words_[b], list(WordTable::holder_possessives))) return true;
            // "our gratitude for the international community's generous support": a name's possessive.
            for (std::size_t w = b; w < i; ++w) {
                if (is_possessive(s, w) && !mentions_speaker(s, w, w + 1)) return true;
            }
            return false;
        }
        if (comma_after(s, b - 1) || word_in(s, words_[b - 1], list(WordTable::self_possessives)) ||
            (b < i && word_in(s, words_[b - 1], list(WordTable::holder_possessives)) &&
             !word_is(s, words_[b - 2], "for") && !word_is(s, words_[b - 2], "on")) ||
            frame_at(s, b - 1)) {
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

std::size_t StanceFinder::threatened_at(std::string_view s, std::size_t i, std::size_t clause) const {
    for (std::size_t b = i; b > clause && b + 4 > i; --b) {
        if (!word_is(s, words_[b - 1], "under")) continue;
        return modifiers_only(s, b, i) ? b - 1 : npos;
    }
    return npos;
}

bool StanceFinder::articles_only(std::string_view s, std::size_t from, std::size_t to) const {
    for (std::size_t w = from; w < to; ++w) {
        if (!word_in(s, words_[w], list(WordTable::articles)) && !word_is(s, words_[w], "such")) return false;
    }
    return true;
}

bool StanceFinder::possessive_between(std::string_view s, std::size_t from, std::size_t to) const {
    for (std::size_t w = from; w < to; ++w) {
        // The apostrophe of "partners'" may stand outside the word (normalised text has straight apostrophes only).
        if (is_possessive(s, w) || s.substr(words_[w].end).starts_with('\'')) return true;
    }
    return false;
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
        // Not a noun's "of": "Those are serious causes of concern" judges its subject (cause_of_concern()).
        if (!is_lower(s[words_[b - 1].begin]) || !in_phrase(s, b - 1) || comma_after(s, b - 1) ||
            word_in(s, words_[b - 1], list(WordTable::determiners)) || word_is(s, words_[b - 1], "of")) {
            break;
        }
    }
    return std::string_view::npos;
}

std::size_t StanceFinder::cause_of_concern(std::string_view s, std::size_t i, std::size_t clause) const {
    for (std::size_t b = i; b > clause + 1 && b + 2 >= i; --b) {
        if (word_is(s, words_[b - 1], "of")) {
            return word_in(s, words_[b - 2], list(WordTable::raising_verbs)) ? b - 2 : std::string_view::npos;
        }
        if (!is_lower(s[words_[b - 1].begin]) || !in_phrase(s, b - 1) || comma_after(s, b - 1)) break;
    }
    return std::string_view::npos;
}
}  // namespace posext::detail
