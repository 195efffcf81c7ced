// When a verb, a state, an adjective or a noun states a position: held by a subject, predicated after a
// copula, framed; not a noun phrase's modifier nor another sense of the word.
#include <algorithm>
#include <array>
#include <string>

#include <posext/detail/chars.hpp>

#include "lexicon/prefilter.hpp"
#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

bool StanceFinder::verb_licensed(std::string_view s, const CueSite& at, Cue& cue) const {
    const std::size_t i = at.i, j = at.j, clause = at.clause, prev = at.prev, content = at.content;
    const bool after_and = at.after_and;
    auto hope_at = [&](std::size_t w) { return word_is(s, words_[w], "hope") || word_is(s, words_[w], "hopes"); };
    // "the legitimate development demands of our people": a form in -s before "of" is the noun
    // ("demands of us" is the verb; "the strongest advocates of multilateralism" names a supporter).
    if (cue.type != StanceType::support && form_of(s, j).ends_with("s") && j + 2 < words_.size() &&
        !words_[j].clause_end && !comma_after(s, j) && word_is(s, words_[j + 1], "of") && !is_pronoun(s, j + 2) &&
        !word_in(s, words_[j + 2], list(WordTable::object_pronouns)) && !word_in(s, words_[j + 2], list(WordTable::self_words))) {
        cue.word_class = Cue::Class::noun;
        return noun_licensed(s, i, clause, cue);
    }
    // "Energy demands are rising", "their calls were heard": a form in -s before a finite copula is the subject's
    // noun; not after its own subject ("the way forward that Malta advocates is"), nor before a gerund ("rejects
    // being a battleground"), nor thanks ("Thanks are due to").
    if (i == j && cue.type != StanceType::welcome && form_of(s, j).ends_with("s") && j + 1 < words_.size() &&
        !words_[j].clause_end && !comma_after(s, j) && word_in(s, words_[j + 1], list(WordTable::copulas)) &&
        !word_is(s, words_[j + 1], "being") &&
        !(prev != std::string_view::npos && (is_pronoun(s, prev) || names_speaker(s, prev, prev + 1)))) {
        return false;
    }
    if (cue.type != StanceType::appeal && asked_of_others(s, i, clause)) return false;
    // "if Palestinians reject incitement", "if they are supported by the international community", "unless
    // State-sponsored terrorism is condemned": a position in a condition is supposed, no one's.
    if ((cue.type == StanceType::support || cue.type == StanceType::oppose || cue.type == StanceType::welcome) &&
        opens_condition(s, i, clause, 6)) {
        return false;
    }
    if (i == j && told_of_a_year(s, i, clause)) return false;
    // "was neither desired nor welcomed", "they have been welcomed in Turkey", "we were commended", "will be
    // welcomed and treated with dignity": a welcome or a rejection in the passive, past or foretold, with no
    // agent named, tells what befell a thing; no one's present position ("is to be commended", "is highly
    // appreciated" still state the speaker's).
    // An agent after it, or after a second participle ("condemned and rejected by the international community"),
    // reports its position.
    auto agent_at = [&](std::size_t w) { return w < words_.size() && !words_[w - 1].clause_end && word_is(s, words_[w], "by"); };
    if ((cue.type == StanceType::welcome || cue.type == StanceType::oppose) && i == j && form_of(s, i).ends_with("ed") &&
        !agent_at(j + 1) &&
        !(j + 3 < words_.size() && !words_[j].clause_end && word_in(s, words_[j + 1], list(WordTable::coordinators)) &&
          form_of(s, j + 2).ends_with("ed") && agent_at(j + 3))) {
        std::size_t b = i;
        while (b > clause && (is_adverb(s, b - 1) || word_is(s, words_[b - 1], "neither") || word_is(s, words_[b - 1], "nor") ||
                              (b - 1 > clause && word_is(s, words_[b - 2], "neither")))) {
            --b;
        }
        if (b > clause) {
            const bool past = word_in(s, words_[b - 1], list(WordTable::past_copulas)) || word_is(s, words_[b - 1], "been");
            const bool foretold = word_is(s, words_[b - 1], "be") && b - 1 > clause &&
                                  (word_is(s, words_[b - 2], "will") || word_is(s, words_[b - 2], "would"));
            if (past || foretold) return false;
        }
    }
    // "Iraq, supported by UNAMI", "mercenaries, supported by weapons-producing Powers", "our efforts, supported by the
    // international community": a participle with its agent after a noun tells of backing or help given, unless
    // the noun is a proposal that the agent endorses ("the sustainable heating initiative, supported by a number of
    // countries", "a decision supported by the vast majority").
    if (cue.type == StanceType::support && i == j && word_in(s, words_[i], list(WordTable::backing_participles)) && agent_at(j + 1) &&
        prev != std::string_view::npos) {
        std::size_t head = prev;
        while (head > clause &&
               (is_adverb(s, head) || form_of(s, head).ends_with("ly") || word_in(s, words_[head], list(WordTable::verb_chain_words))) &&
               !comma_after(s, head) && !word_in(s, words_[head], list(WordTable::copulas)) &&
               !word_in(s, words_[head], list(WordTable::have_forms))) {
            --head;
        }
        const bool predicate = word_in(s, words_[head], list(WordTable::copulas)) ||
                               word_in(s, words_[head], list(WordTable::have_forms)) ||
                               word_in(s, words_[head], list(WordTable::coordinators)) || word_is(s, words_[head], "been") ||
                               word_in(s, words_[head], list(WordTable::passive_auxiliaries));
        // The proposal may stand a phrase before the participle: "the statement issued yesterday by the United
        // States and France, supported by friendly nations".
        bool proposal = false;
        for (std::size_t w = head + 1; w > clause && w + 10 > head && !proposal; --w) {
            proposal = word_in(s, words_[w - 1], list(WordTable::proposal_nouns));
        }
        if (!predicate && !proposal) return false;
    }
    // "a beacon of hope for all", "a message of hope that", "the best hope for humankind", "offers hope for",
    // "there will finally be hope for refugees", "still hope — hope that": hope as a thing named, held by no one.
    if (cue.type == StanceType::support && hope_at(i)) {
        // "We hope the talks will succeed", "I sincerely hope this session will": without "that" or "for", the verb
        // only after the speaker as subject and before the clause it hopes; not "hope to" (an intention), "hopes
        // were renewed", "gives us hope".
        if (i == j) {
            const std::size_t subject = chain_start(s, i, clause);
            const bool speaker = subject > clause && !comma_after(s, subject - 1) && !words_[subject - 1].clause_end &&
                                 (word_in(s, words_[subject - 1], list(WordTable::self_subjects)) ||
                                  names_speaker(s, subject - 1, subject));
            const bool clause_after = j + 1 < words_.size() && !words_[j].clause_end && !comma_after(s, j) &&
                                      !word_is(s, words_[j + 1], "to") && !word_in(s, words_[j + 1], list(WordTable::coordinators)) &&
                                      !word_in(s, words_[j + 1], list(WordTable::negators)) &&
                                      !word_in(s, words_[j + 1], list(WordTable::copulas)) &&
                                      !word_in(s, words_[j + 1], list(WordTable::object_prepositions)) &&
                                      !word_in(s, words_[j + 1], list(WordTable::loose_prepositions));
            if (!speaker || !clause_after) return false;
        }
        // A marker is a determiner's adjective ("the best hope", "our only hope"; "we can only hope" is a verb),
        // and "It is our greatest hope that" still states the speaker's.
        const bool marked = prev != std::string_view::npos && prev > clause &&
                            word_in(s, words_[prev], list(WordTable::hope_markers)) &&
                            (word_in(s, words_[prev - 1], list(WordTable::articles)) ||
                             word_in(s, words_[prev - 1], list(WordTable::self_possessives)) ||
                             word_in(s, words_[prev - 1], list(WordTable::holder_possessives)) || is_possessive(s, prev - 1)) &&
                            !(word_is(s, words_[clause], "it") && clause + 1 < words_.size() &&
                              word_in(s, words_[clause + 1], list(WordTable::copulas)));
        if (prev != std::string_view::npos &&
            (marked || word_is(s, words_[prev], "of") || word_is(s, words_[prev], "be") || word_is(s, words_[prev], "was") ||
             word_is(s, words_[prev], "is") || word_in(s, words_[prev], list(WordTable::giving_verbs)))) {
            return false;
        }
        const std::string_view marks = i > 0 ? s.substr(words_[i - 1].end, words_[i].begin - words_[i - 1].end) : std::string_view{};
        if (marks.find("\xE2\x80\x94") != std::string_view::npos || marks.find(" - ") != std::string_view::npos) return false;
        // "a symbol of solidarity and hope for a better future", "creativity and hopes for the future": joined to
        // a noun, a noun.
        // A hope that something happen is the verb's ("We welcome the Plan of Action and hope that").
        if (after_and && prev > clause && !comma_after(s, prev - 1) && !word_is(s, words_[j], "that") &&
            list(WordTable::noun_endings).suffix_of(form_of(s, prev - 1))) {
            return false;
        }
    }
    // "Iran's support for terror", "States that support terrorism", "support to armed militias": backing given
    // to violence, which the speaker reports as a deed, no one's position.
    if (cue.type == StanceType::support && (form_of(s, i).starts_with("support") || form_of(s, i).starts_with("Support"))) {
        std::size_t t = j + 1;
        if (t < words_.size() && !words_[j].clause_end &&
            (word_is(s, words_[t], "for") || word_is(s, words_[t], "to") || word_is(s, words_[t], "of"))) {
            ++t;
        }
        for (std::size_t w = t; w < words_.size() && w < t + 3 && !words_[w - 1].clause_end && !comma_after(s, w - 1); ++w) {
            if (word_in(s, words_[w], list(WordTable::armed_recipients))) return false;
            if (!is_lower(s[words_[w].begin])) break;
        }
    }
    // Support as aid: "humanitarian support to thousands of people", "the financial support of", "increasing our
    // support to the Danish Development Finance Institution" (past the giver's possessive).
    if (cue.type == StanceType::support && prev != std::string_view::npos &&
        (word_in(s, words_[prev], list(WordTable::aid_adjectives)) ||
         (prev > clause && (word_in(s, words_[prev], list(WordTable::self_possessives)) ||
                            word_in(s, words_[prev], list(WordTable::holder_possessives))) &&
          word_in(s, words_[prev - 1], list(WordTable::aid_words))))) {
        return false;
    }
    // Not "further threatened", "more committed": a word that is also an adverb before a participle.
    if (prev != std::string_view::npos && word_in(s, words_[prev], list(WordTable::determiners)) &&
        !(form_of(s, j).ends_with("ed") && word_in(s, words_[prev], list(WordTable::light_adverbs)))) {
        cue.word_class = Cue::Class::noun;
        return noun_licensed(s, i, clause, cue);
    }
    // A verb cue after one modifier, itself after an article or a copula, is a noun: "an ambitious pledge was made",
    // "a strong commitment" (after "a", a base form: a singular subject there would want "pledges"); "which are real
    // worries", "are major concerns" (after a copula, a plural in -s). Not thanks ("possible thanks to": because of).
    if (cue.word_class == Cue::Class::verb && i == j && prev != std::string_view::npos && prev + 1 == i && prev > clause &&
        is_lower(s[words_[prev].begin]) && !comma_after(s, prev) && !is_adverb(s, prev) &&
        !word_in(s, words_[i], list(WordTable::thanking_cues))) {
        const std::string_view form = form_of(s, i);
        const bool base_form = !form.ends_with("s") && !form.ends_with("ed") && !form.ends_with("ing");
        const bool after_article = word_in(s, words_[prev - 1], list(WordTable::indefinite_articles)) && base_form;
        const bool after_copula = word_in(s, words_[prev - 1], list(WordTable::copulas)) && form.ends_with("s") &&
                                  !word_in(s, words_[prev], list(WordTable::light_adverbs)) &&
                                  !word_in(s, words_[prev], list(WordTable::verb_chain_words)) &&
                                  !word_in(s, words_[prev], list(WordTable::negators)) && !form_of(s, prev).ends_with("ed") &&
                                  !form_of(s, prev).ends_with("ing");
        if (after_article || after_copula) {
            cue.word_class = Cue::Class::noun;
            return noun_licensed(s, i, clause, cue);
        }
    }
    // "express our sincere thanks", "reiterate our unswerving support": after a verb of stating and a possessive,
    // the word between is the noun's modifier and the cue a noun (not "My country condemns", whose possessive
    // opens the subject).
    if (prev != std::string_view::npos && prev > clause + 1 && prev + 1 == i && is_lower(s[words_[prev].begin]) &&
        !is_adverb(s, prev) && in_phrase(s, prev) &&
        (word_in(s, words_[prev - 1], list(WordTable::self_possessives)) ||
         word_in(s, words_[prev - 1], list(WordTable::holder_possessives))) &&
        frame_at(s, prev - 2)) {
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
        // Not "We in Botswana support", whose subject names the speaker's place.
        if (w > clause && word_in(s, words_[w - 1], list(WordTable::target_skip)) && !word_is(s, words_[w - 1], "to") &&
            !word_is(s, words_[w - 1], "of") && !word_is(s, words_[w - 1], "that") &&
            !(w >= clause + 2 && word_in(s, words_[w - 2], list(WordTable::self_subjects)))) {
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
    if (form_of(s, i).ends_with("ing") && word_at_in(s, content, list(WordTable::copulas)) && (words_[j].clause_end || j + 1 >= words_.size())) {
        return false;
    }
    // "abstain from threatening or using force", "stop encouraging terrorism", "rather than
    // encouraging": what is given up.
    if (prev != std::string_view::npos && word_in(s, words_[prev], list(WordTable::given_up_words))) return false;
    // "we have welcomed hundreds of thousands of visitors", "refugees whom we welcome": receiving
    // people, not welcoming a development.
    // "we welcomed 135 Nicaraguan brothers and sisters who had been imprisoned": anywhere in the object before a
    // preposition other than "of" ("the New York Declaration for Refugees and Migrants" is a text) or a relative;
    // "the Syrian refugees that we have welcomed": the antecedent of a relative a few words back.
    if (cue.type == StanceType::welcome && form_of(s, i).starts_with("welcom")) {
        bool object_received = false;
        if (j + 1 < words_.size() && !words_[j].clause_end) {
            const std::size_t end = phrase_end(s, j + 1, words_.size() - 1);
            for (std::size_t w = j + 1; w <= end && !object_received; ++w) {
                if ((is_preposition(s, w) && !word_is(s, words_[w], "of")) || word_in(s, words_[w], list(WordTable::relative_words))) break;
                object_received = is_lower(s[words_[w].begin]) && word_in(s, words_[w], list(WordTable::received_people));
            }
        }
        bool relative_received = prev != std::string_view::npos && prev > clause &&
                                 word_in(s, words_[prev - 1], list(WordTable::received_people));
        for (std::size_t b = i; !relative_received && b > clause + 1 && b + 5 > i; --b) {
            relative_received = word_in(s, words_[b - 1], list(WordTable::relative_words)) &&
                                word_in(s, words_[b - 2], list(WordTable::received_people));
        }
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
        if (licenser_before(s, prev, clause) == npos && !asks_leave(s, prev, clause)) return false;
        // "The international community unanimously committed to support": inside the scope of the cue
        // before "to", whether or not that one counted.
        // "will continue to support", "committed to support": a cue of one or two words before the "to" that
        // ends before or with it.
        for (std::size_t back = 1; back <= 2 && prev >= clause + back; ++back) {
            const std::size_t w = prev - back;
            // A bare "hope" before "to" is no cue of its own ("We hope to champion": the infinitive is the position).
            const bool bare_hope = hope_at(w) && w + 1 == prev;
            if (const auto outer = cue_at(s, w); outer && !bare_hope && last_word(w, words_[w].begin + outer->length) + 2 > prev) {
                return false;
            }
        }
    }
    // "those who prey on fears and worries", "the needs and demands of our young people": an -s form joined to a
    // plural noun that a preposition or an article governs is a noun too ("Japan supports and welcomes" joins two
    // verbs; "a solution to the conflict and urges" a verb to a clause).
    if (after_and && i == j && form_of(s, i).ends_with("s") && prev >= clause + 2 && is_lower(s[words_[prev - 1].begin]) &&
        form_of(s, prev - 1).ends_with("s") && !form_of(s, prev - 1).ends_with("ss") &&
        (j + 1 >= words_.size() || words_[j].clause_end || comma_after(s, j) || word_is(s, words_[j + 1], "of") ||
         word_in(s, words_[j + 1], list(WordTable::coordinators))) &&
        (is_preposition(s, prev - 2) || word_in(s, words_[prev - 2], list(WordTable::articles)))) {
        return false;
    }
    // "measures aimed at supporting States", "a programme geared towards encouraging": what something is for,
    // no one's position.
    // ("actions aimed at undermining the Government" still judge the actions).
    if (cue.type != StanceType::assess && form_of(s, i).ends_with("ing") && prev != std::string_view::npos && prev > clause &&
        is_preposition(s, prev) &&
        word_in(s, words_[prev - 1], list(WordTable::purpose_participles))) {
        return false;
    }
    // A gerund in a list of actions: "promoting education, supporting health systems".
    {
        const std::string_view form = s.substr(words_[i].begin, words_[i].end - words_[i].begin);
        if (form.size() > 4 && form.substr(form.size() - 3) == "ing" && prev != std::string_view::npos &&
            (word_in(s, words_[prev], list(WordTable::gerund_list_words)) ||
             (comma_after(s, prev) && words_[prev].end - words_[prev].begin > 3 &&
              s.substr(words_[prev].end - 3, 3) == "ing"))) {
            return false;
        }
    }
    if (cue.type == StanceType::support) {
        // "We had hoped that", "Where we hoped that existing conflicts could be resolved, we find": a hope of the
        // past, disappointed; "It is hoped that" and "has always hoped that" hope now.
        if (form_of(s, i) == "hoped" &&
            !(content != std::string_view::npos && (word_in(s, words_[content], list(WordTable::copulas)) ||
                                                    word_is(s, words_[content], "has") || word_is(s, words_[content], "have")))) {
            return false;
        }
        // "The international community's support is very important", "Their ongoing attentiveness and support are
        // of great value", "whose support has been key": support as the subject of a copula is help, judged. Not
        // the speaker's own ("Our support is unwavering").
        if (i == j && support_judged(s, i, prev)) return false;
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
        if (word_at_in(s, content, list(WordTable::progressive_auxiliaries)) && s.substr(words_[i].begin, 10) == "supporting") return false;
        // "the organizations that have supported us in addressing this pandemic", "will continue supporting us",
        // "all those who have supported Mozambique": help the speaker receives, no position.
        if (i == j && supports_speaker(s, j)) return false;
        // "growth that needs to be supported", "is supported and armed by others": a passive without its
        // agent right after it is help given, no one's position ("endorsed by the Council" names its holder).
        // "It is hoped that" is the speaker's, impersonally.
        // "are often not supported by sufficient resources": an agent that is a thing gives help too.
        if (form_of(s, j).ends_with("ed") && word_at_in(s, content, list(WordTable::copulas)) &&
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
    // "These results are among the best, thanks in particular to our health-care workers": after a comma, with
    // words between, still because of.
    // Not after an address ("Mr. President, thanks also to you"): a clause before the comma, and no one addressed.
    if (cue.type == StanceType::welcome && word_is(s, words_[i], "thanks") && prev != std::string_view::npos && comma_after(s, prev) &&
        i >= 5) {
        for (std::size_t w = j + 1; w + 1 < words_.size() && w < j + 4 && !words_[w - 1].clause_end && !comma_after(s, w - 1); ++w) {
            if (word_is(s, words_[w], "to")) {
                if (word_in(s, words_[w + 1], list(WordTable::object_pronouns))) break;
                return false;
            }
        }
    }
    return true;
}

bool StanceFinder::heads_modal_subject(std::string_view s, std::size_t i, std::size_t clause, StanceType type) const {
    // A judgment there may still judge: "A key to its success will be".
    if (type != StanceType::commit && type != StanceType::support && type != StanceType::appeal) return false;
    // The words before it open the clause and are the phrase's own: no pronoun, preposition, frame or comma.
    for (std::size_t w = clause; w < i; ++w) {
        if (!in_phrase(s, w) || comma_after(s, w) || words_[w].clause_end || word_in(s, words_[w], list(WordTable::self_subjects)) ||
            word_in(s, words_[w], list(WordTable::new_subjects)) || is_preposition(s, w) ||
            frame_at(s, w) || word_in(s, words_[w], list(WordTable::verb_chain_words))) {
            return false;
        }
    }
    // What follows, to the subject's verb: a modal there takes the phrase as its subject.
    for (std::size_t w = i + 1; w < words_.size() && w < i + 30; ++w) {
        if (words_[w - 1].clause_end || comma_after(s, w - 1)) return false;
        if (const auto cue = cue_at(s, w); cue && cue->cue.word_class == Cue::Class::modal) return true;
        if (word_in(s, words_[w], list(WordTable::predicate_starts)) || word_in(s, words_[w], list(WordTable::copulas)) ||
            word_in(s, words_[w], list(WordTable::relative_words))) {
            return false;
        }
    }
    return false;
}

bool StanceFinder::told_of_a_year(std::string_view s, std::size_t i, std::size_t clause) const {
    const std::string_view form = form_of(s, i);
    if (!form.ends_with("ed") || !is_lower(form.front())) return false;
    // The subject right before the verb (past light adverbs: "we also welcomed"), no auxiliary ("has pledged").
    const auto subject = subject_of(s, i, clause);
    if (!subject || previous_content(s, i, clause) != subject->last) return false;
    if (!word_in(s, words_[subject->last], list(WordTable::self_subjects)) &&
        !names_speaker(s, subject->first, subject->last + 1)) {
        return false;
    }
    for (std::size_t w = 1; w < subject->first; ++w) {
        if (is_year(form_of(s, w)) && word_in(s, words_[w - 1], list(WordTable::narrative_year_prepositions))) {
            return true;
        }
    }
    return false;
}

bool StanceFinder::state_licensed(std::string_view s, const CueSite& at, const Cue& cue) const {
    const std::size_t i = at.i, j = at.j, clause = at.clause, prev = at.prev, content = at.content;
    // "Earlier this year, I was delighted when", "we were pleased to host": a feeling of the past and what
    // was done, no position held now ("we were pleased to learn that", "we were encouraged by" welcome).
    if ((cue.type == StanceType::welcome || cue.type == StanceType::concern) && word_at_in(s, content, list(WordTable::past_copulas)) &&
        j + 1 < words_.size() && !words_[j].clause_end &&
        (word_is(s, words_[j + 1], "when") ||
         (word_is(s, words_[j + 1], "to") && j + 2 < words_.size() &&
          !word_in(s, words_[j + 2], list(WordTable::perception_verbs))))) {
        return false;
    }
    // "the States concerned", "all concerned Member States": the ones involved, no concern; the feeling needs a
    // copula ("We remain very concerned") or opens the sentence ("Deeply concerned by ..., we"). Joined to
    // another feeling, it takes that one's copula: "We are saddened and concerned about".
    if (cue.type == StanceType::concern && word_is(s, words_[i], "concerned") && content != std::string_view::npos &&
        !word_in(s, words_[content], list(WordTable::copulas))) {
        const bool joined = word_in(s, words_[content], list(WordTable::coordinators)) && j + 1 < words_.size() &&
                            !words_[j].clause_end && (word_in(s, words_[j + 1], list(WordTable::object_prepositions)) ||
                                                      word_is(s, words_[j + 1], "that"));
        if (!joined) return false;
    }
    // "a concept that we were determined to include in Goal 16": a resolve of the past, kept or not.
    if (cue.type == StanceType::commit && word_at_in(s, content, list(WordTable::past_copulas))) return false;
    // "We are against dividing lines"; "It is against that backdrop that", "it is against the law": a
    // cleft or a thing judged, no one's opposition.
    if (word_is(s, words_[i], "against")) {
        // "All of that is against the backdrop of instability": a setting, no opposition.
        for (std::size_t w = j + 1; w < words_.size() && w < j + 4; ++w) {
            if (word_in(s, words_[w], list(WordTable::backdrop_words))) return false;
            if (!word_in(s, words_[w], list(WordTable::determiners)) && !is_lower(s[words_[w].begin])) break;
        }
        return word_at_in(s, content, list(WordTable::copulas)) && !(content > clause && word_is(s, words_[content - 1], "it"));
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
        !comma_after(s, j) && !word_in(s, words_[j + 1], list(WordTable::committed_followers))) {
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
    return content == std::string_view::npos || word_at_in(s, content, list(WordTable::copulas)) ||
           word_at_in(s, content, list(WordTable::state_subjects)) ||
           names_speaker(s, clause, i, content) || word_in(s, words_[i], list(WordTable::ready_verbs)) ||
           is_upper(s[words_[content].begin]);
}

bool StanceFinder::adjective_licensed(std::string_view s, const CueSite& at, const Cue& cue) const {
    const std::size_t clause = at.clause, content = at.content;
    // Predicated of a subject: "X is crucial", "X is a crucial partner", "remains key for".
    std::size_t c = content;
    std::size_t skipped = 0;
    while (c != std::string_view::npos && skipped < 2 && word_in(s, words_[c], list(WordTable::articles))) {
        c = previous_content(s, c, clause);
        ++skipped;
    }
    if (c != std::string_view::npos && regarded_as(s, c, clause)) return true;  // "we see it as vital"
    if (c == std::string_view::npos || !word_in(s, words_[c], list(WordTable::copulas))) return false;
    // "it is important to": a frame; "it is encouraging that" welcomes, with no holder.
    if (c > clause && word_is(s, words_[c - 1], "it") && cue.type == StanceType::assess) return false;
    return true;
}

bool StanceFinder::noun_licensed(std::string_view s, std::size_t i, std::size_t clause, const Cue& cue) const {
    if (thanked_for(s, i)) return false;
    if (cue.type == StanceType::support && support_judged(s, i, i > clause ? previous_content(s, i, clause) : std::string_view::npos)) {
        return false;
    }
    // "Ebola was a wake-up call for us all": a compound, another noun.
    if (i > clause && list(WordTable::compound_modifiers).ends(s.substr(0, words_[i - 1].end))) return false;
    if (heads_modal_subject(s, i, clause, cue.type)) return false;

    if (cue.type == StanceType::concern && raised_by(s, i, clause) != std::string_view::npos) return true;
    if (cue.type == StanceType::concern && cause_of_concern(s, i, clause) != std::string_view::npos) {
        predicate_ = true;
        return true;
    }
    if (made_at(s, i, clause) != std::string_view::npos) return true;
    for (std::size_t b = i; b > clause && b + 7 > i; --b) {
        // "continue to address other concerns"; but "I consider to be of paramount importance" predicates it.
        if (word_is(s, words_[b - 1], "to") && b + 1 < i && !word_in(s, words_[b], list(WordTable::copulas))) return false;
        if (frame_at(s, b - 1)) {
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

std::size_t StanceFinder::licenser_before(std::string_view s, std::size_t to, std::size_t clause) const {
    std::size_t w = to;
    for (int asides = 0; asides <= 3 && w > clause; ++asides) {
        if (word_in(s, words_[w - 1], list(WordTable::infinitive_licensers))) return w - 1;
        if (asides == 3 || words_[w - 1].clause_end || comma_after(s, w - 1) ||
            !(word_in(s, words_[w - 1], list(WordTable::infinitive_asides)) || is_manner_adverb(s, w - 1))) {
            break;
        }
        --w;
    }
    return npos;
}

}  // namespace posext::detail
