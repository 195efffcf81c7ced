// The phrases around a cue: where a noun phrase starts and ends, the subject of a verb, a party's
// name.
#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string>

#include <posext/detail/chars.hpp>

#include "lexicon/prefilter.hpp"
#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

bool StanceFinder::comma_after(std::string_view s, std::size_t w) const {
    // The marks up to the next word: "Peace”, Japan" has its comma after a closing quote.
    const std::size_t to = w + 1 < words_.size() ? words_[w + 1].begin : s.size();
    if (to == words_[w].end + 1) return s[words_[w].end] == ',';
    return s.substr(words_[w].end, to - words_[w].end).find(',') != std::string_view::npos;
}

bool StanceFinder::names_state(std::string_view s, std::size_t w) const {
    return is_upper_start(s[words_[w].begin]) && names_.may_open(form_of(s, w)) &&
           lexicon_.match(Phrases::speaker, s.substr(words_[w].begin)).has_value();
}

bool StanceFinder::subject_next_to_cue(std::string_view s, Phrase subject, std::size_t i) const {
    // Only auxiliaries and adverbs between them ("the Security Council has called for"), and a head that
    // names someone: a capitalised word or a collective noun, not "this great Hall" of "all of us in
    // this great Hall".
    for (std::size_t w = subject.last + 1; w < i; ++w) {
        if (comma_after(s, w - 1) || words_[w - 1].clause_end) return false;
        if (!word_in(s, words_[w], list(WordTable::verb_chain_words)) && !word_in(s, words_[w], list(WordTable::light_adverbs)) &&
            !is_manner_adverb(s, w)) {
            return false;
        }
    }
    if (subject.last + 1 == i && (comma_after(s, subject.last) || words_[subject.last].clause_end)) return false;
    // The subject opens a clause of its own inside the speaker's sentence: "as the Security Council has
    // called for", "We regret that the United States has denounced", "..., world leaders called for".
    const std::size_t before = subject.first;
    const bool opens_clause = before > 0 && (comma_after(s, before - 1) || words_[before - 1].clause_end ||
                                             word_in(s, words_[before - 1], list(WordTable::clause_openers)) ||
                                             word_in(s, words_[before - 1], list(WordTable::condition_words)));
    if (!opens_clause) return false;
    for (std::size_t w = subject.first; w <= subject.last; ++w) {
        if (is_pronoun(s, w) || word_in(s, words_[w], list(WordTable::phrase_breaks))) return false;
    }
    // The head, before "of": "Those works of art" name no one; "the Government" is the speaker's own,
    // "the Government of Israel" another's.
    std::size_t head = subject.first;
    while (head < subject.last && !word_is(s, words_[head + 1], "of")) ++head;
    const bool of = head < subject.last;
    if (!of && word_in(s, words_[head], list(WordTable::self_nouns))) return false;
    if (word_in(s, words_[head], list(WordTable::collective_holders))) return true;
    // A party by name or office: a state of [speakers], "the Secretary-General", "President Obama".
    for (std::size_t w = subject.first; w <= head; ++w) {
        if (party_word_end(s, w) != npos && is_upper_start(s[words_[w].begin])) return true;
    }
    return false;
}

bool StanceFinder::is_manner_adverb(std::string_view s, std::size_t w) const {
    // "completely runs counter to", "continuously calls for": a long lower-case word in -ly.
    const std::string_view form = form_of(s, w);
    return form.size() >= 7 && form.ends_with("ly") && is_lower(form.front());
}

bool StanceFinder::own_will(std::string_view s, std::size_t w) const {
    const Word& word = words_[w];
    return word.end - word.begin > 3 && s.substr(word.end - 3, 3) == "'ll" &&
           word_in(s, Word{word.begin, word.end - 3, false, false, 0}, list(WordTable::self_subjects));
}

std::size_t StanceFinder::adverbs_start(std::string_view s, std::size_t i, std::size_t clause) const {
    while (i > clause && (is_adverb(s, i - 1) || form_of(s, i - 1).ends_with("ly"))) --i;
    return i;
}

std::size_t StanceFinder::chain_start(std::string_view s, std::size_t i, std::size_t clause) const {
    while (i > clause && !comma_after(s, i - 1) &&
           (word_in(s, words_[i - 1], list(WordTable::verb_chain_words)) || is_adverb(s, i - 1))) {
        --i;
    }
    return i;
}

bool StanceFinder::is_pronoun(std::string_view s, std::size_t w) const {
    return word_in(s, words_[w], list(WordTable::self_words)) || word_in(s, words_[w], list(WordTable::new_subjects)) ||
           word_is(s, words_[w], "you");
}

bool StanceFinder::in_phrase(std::string_view s, std::size_t w) const {
    if (!word_in(s, words_[w], list(WordTable::phrase_breaks)) && !word_in(s, words_[w], list(WordTable::copulas))) return true;
    // An acronym is a name, whatever word it spells: "The WHO is key".
    const std::string_view form = form_of(s, w);
    return form.size() >= 2 && std::all_of(form.begin(), form.end(), [](char c) { return is_upper(c); });
}

std::size_t StanceFinder::phrase_start(std::string_view s, std::size_t last, std::size_t clause) const {
    // "In a few weeks' time I will": a pronoun is the whole phrase.
    if (is_pronoun(s, last)) return last;
    std::size_t first = last;
    bool coordinated = false;  // "cyber attacks, cyber crime and cyber terrorism": a list may hold commas
    std::size_t joined = npos;  // the last coordinator crossed
    std::size_t crossed = npos;  // the word before the comma crossed
    while (first > clause && first + max_phrase_words > last) {
        const std::size_t w = first - 1;
        if (words_[w].clause_end) break;
        if (comma_after(s, w)) {
            if (!coordinated || crossed != npos || w == clause) break;
            crossed = w;
        }
        if (!in_phrase(s, w)) {
            // A preposition inside a name: "Global Initiative on Data Security".
            // "the Pact for the Future": a preposition and its article inside a name.
            if (w > clause + 1 && word_in(s, words_[first], list(WordTable::articles)) && first + 1 <= last &&
                is_upper(s[words_[first + 1].begin]) && is_upper(s[words_[w - 1].begin]) && is_preposition(s, w) &&
                !comma_after(s, w - 1) && !words_[w - 1].clause_end && !word_in(s, words_[w - 1], list(WordTable::party_words))) {
                first = w - 1;
                continue;
            }
            const bool inside_name = w > clause && is_upper(s[words_[w - 1].begin]) && is_upper(s[words_[first].begin]) &&
                                     !is_upper(s[words_[w].begin]) && !comma_after(s, w - 1) &&
                                     !word_in(s, words_[w], list(WordTable::clause_openers)) &&
                                     !word_in(s, words_[w], list(WordTable::copulas)) && !word_in(s, words_[w], list(WordTable::verb_chain_words));
            if (!inside_name) {
                // "In Asia, our peace and stability": a comma crossed after the object of a preposition that opens
                // the clause ends the phrase (not "conflicts in Syria, the Middle East and North Africa", nor ", with
                // cyber attacks, cyber crime and", nor "yet the exploitation of resources, piracy and").
                if (crossed != npos && w == clause && !word_in(s, words_[w], list(WordTable::clause_openers)) &&
                    !word_in(s, words_[w], list(WordTable::target_breaks)) && !word_in(s, words_[w], list(WordTable::copulas)) &&
                    !word_in(s, words_[w], list(WordTable::verb_chain_words))) {
                    first = crossed + 1;
                }
                // "faith is shaken and the ideals of the United Nations are undermined", "religious worship is
                // threatened and international law": a passive before the coordinator makes it join two clauses;
                // the phrase is the second's subject ("are modern skills and systems" is one phrase, and so is
                // the object of "we have seen increasing confrontation and tension").
                if (joined != npos && joined > first && word_in(s, words_[w], list(WordTable::copulas))) {
                    std::size_t v = first;
                    while (v + 1 < joined && form_of(s, v).ends_with("ly") && is_lower(s[words_[v].begin])) ++v;
                    const std::string_view form = form_of(s, v);
                    // "Security is indivisible and peace is critical": so does a lone adjective after the copula,
                    // unless the copula is a relative clause's ("a recovery that is fair and inclusive is").
                    const bool adjective = v + 1 == joined && !(w > clause && word_in(s, words_[w - 1], list(WordTable::relative_words))) &&
                                           !word_in(s, words_[v], list(WordTable::articles)) &&
                                           !word_in(s, words_[v], list(WordTable::determiners)) &&
                                           !word_in(s, words_[v], list(WordTable::self_possessives)) &&
                                           !word_in(s, words_[v], list(WordTable::holder_possessives));
                    if (is_lower(form.front()) && form.size() > 3 && (form.ends_with("ed") || form.ends_with("en") || adjective)) {
                        first = joined + 1;
                    }
                }
                break;
            }
        }
        // "I believe the UN should": a clause of belief before the phrase, with no "that".
        if (w > clause && word_in(s, words_[w], list(WordTable::belief_words)) && is_pronoun(s, w - 1)) break;
        if (word_in(s, words_[w], list(WordTable::coordinators))) {
            coordinated = true;
            joined = w;
        }
        first = w;
    }
    // Not the phrase: a leading "and", "so", "meanwhile", or the verb of "have been developing
    // offensive capabilities".
    // A paragraph's number or a year before a name is none of the phrase either: "19 Singapore will continue", "in
    // 2021 Senegal will host".
    while (first < last && (word_in(s, words_[first], list(WordTable::coordinators)) ||
                            word_in(s, words_[first], list(WordTable::holder_skip)) || number_before_name(s, first))) {
        ++first;
    }
    if (first < last && first > clause && !in_phrase(s, first - 1) && is_lower(s[words_[first].begin])) {
        const std::string_view form = form_of(s, first);
        if (form.ends_with("ing") || form.ends_with("ed")) ++first;
    }
    return first;
}

bool StanceFinder::number_before_name(std::string_view s, std::size_t w) const {
    const std::string_view form = form_of(s, w);
    return w + 1 < words_.size() && std::all_of(form.begin(), form.end(), is_digit) && is_upper_start(s[words_[w + 1].begin]) &&
           (w == 0 || is_preposition(s, w - 1));
}

std::size_t StanceFinder::phrase_end(std::string_view s, std::size_t first, std::size_t limit) const {
    std::size_t last = first;
    limit = std::min(limit, first + max_phrase_words);
    while (last < limit && !words_[last].clause_end && !comma_after(s, last) && in_phrase(s, last + 1)) {
        // "to my Government and we are now reviewing": a new clause, not a second party.
        if (last + 2 <= limit && word_in(s, words_[last + 1], list(WordTable::coordinators)) &&
            word_in(s, words_[last + 2], list(WordTable::predicate_starts))) {
            break;
        }
        ++last;
    }
    return last;
}

bool StanceFinder::asks_leave(std::string_view s, std::size_t to, std::size_t clause) const {
    return to >= clause + 2 && word_is(s, words_[to], "to") &&
           (word_is(s, words_[to - 1], "me") || word_is(s, words_[to - 1], "us")) &&
           word_in(s, words_[to - 2], list(WordTable::permission_verbs)) &&
           (to - 2 == clause || words_[to - 3].clause_end || comma_after(s, to - 3));
}

std::optional<StanceFinder::Phrase> StanceFinder::subject_of(std::string_view s, std::size_t at, std::size_t clause,
                                                            std::size_t reach) const {
    std::size_t w = at;
    auto in_chain = [&](std::size_t k) {
        if (word_in(s, words_[k], list(WordTable::verb_chain_words)) || word_in(s, words_[k], list(WordTable::negators)) ||
            is_adverb(s, k)) {
            return true;
        }
        // "My country today reaffirms": a word of time right after the subject ([time-phrases]); not after a verb or an
        // adverb, nor "here today" ("stands here today to reiterate").
        if (word_in(s, words_[k], list(WordTable::time_phrases)) && k > clause && !comma_after(s, k - 1) &&
            in_phrase(s, k - 1) && !word_in(s, words_[k - 1], list(WordTable::verb_chain_words)) && !is_adverb(s, k - 1) &&
            !word_is(s, words_[k - 1], "here")) {
            return true;
        }
        // "I would first like to", "allow me first to": an adverb of order between an auxiliary or a pronoun and
        // a verb of the chain.
        return word_in(s, words_[k], list(WordTable::sequence_adverbs)) && k > clause && k + 1 < words_.size() &&
               (word_in(s, words_[k - 1], list(WordTable::verb_chain_words)) || is_pronoun(s, k - 1)) &&
               word_in(s, words_[k + 1], list(WordTable::verb_chain_words));
    };
    // "this is vital": a pronoun before its verb is the subject, though "take this opportunity" is a chain.
    auto subject_pronoun = [&](std::size_t k) {
        return word_in(s, words_[k], list(WordTable::new_subjects)) && k + 1 < words_.size() &&
               word_in(s, words_[k + 1], list(WordTable::predicate_starts));
    };
    // "to" joins a verb chain after "like", "wish", "ready" ...; after anything else it opens an
    // infinitive whose subject is not named ("use this Assembly to reiterate", "urge all States to renew").
    auto purpose_to = [&](std::size_t k) {
        return word_is(s, words_[k], "to") && k > clause && !in_chain(k - 1) && licenser_before(s, k, clause) == npos;
    };
    while (w > clause && !words_[w - 1].clause_end && !comma_after(s, w - 1) && in_chain(w - 1) && !subject_pronoun(w - 1)) {
        if (purpose_to(w - 1)) {
            // "I am standing here to express", "Brunei Darussalam stands here today to reiterate": the one present
            // states what follows; on to the verb of presence ([presence-verbs] or a copula).
            if (const std::size_t verb = present_before(s, w - 1, clause); verb != npos) {
                w = verb;
                continue;
            }
            return asks_leave(s, w - 1, clause) ? std::optional<Phrase>(Phrase{w - 2, w - 2}) : std::nullopt;
        }
        // "would like as well to thank": on to the verb of wanting, past the words between.
        if (w - 1 > clause && word_is(s, words_[w - 1], "to") && !in_chain(w - 2)) {
            w = licenser_before(s, w - 1, clause) + 1;
            continue;
        }
        --w;
    }
    // "Let me congratulate", "Let me first congratulate": the pronoun after "let".
    const std::size_t me = w > clause + 2 && (is_adverb(s, w - 1) || word_in(s, words_[w - 1], list(WordTable::sequence_adverbs))) ? w - 1 : w;
    if (me > clause && me - 1 > clause && word_is(s, words_[me - 2], "let") &&
        (word_is(s, words_[me - 1], "me") || word_is(s, words_[me - 1], "us"))) {
        return Phrase{me - 1, me - 1};
    }
    if (w == clause) {
        // "Costa Rica —like the vast majority of countries in the region— condemns": the subject stands
        // before a parenthesis set off by dashes, whose second dash opens this clause.
        auto dash_before = [&](std::size_t v) {
            const std::string_view marks = s.substr(words_[v - 1].end, words_[v].begin - words_[v - 1].end);
            return marks.find("\xE2\x80\x94") != std::string_view::npos || marks.find("\xE2\x80\x93") != std::string_view::npos;
        };
        if (clause == 0 || !dash_before(clause)) return std::nullopt;
        const std::size_t inner = words_[clause - 1].clause;  // the parenthesis's first word
        if (inner == 0 || inner + 12 < clause || !dash_before(inner)) return std::nullopt;
        const std::size_t last = inner - 1;
        if (!in_phrase(s, last) || comma_after(s, last)) return std::nullopt;
        const Phrase before{phrase_start(s, last, words_[last].clause), last};
        if (!is_pronoun(s, last) && !party_of(s, before)) return std::nullopt;
        // The whole subject: the phrase opens its clause, or follows "that" or "and" ("said that all people —"),
        // not the tail of a longer one ("pressure on sovereign States —").
        const std::size_t opened = words_[last].clause;
        if (before.first != opened && !comma_after(s, before.first - 1) &&
            !word_in(s, words_[before.first - 1], list(WordTable::clause_openers)) &&
            !word_in(s, words_[before.first - 1], list(WordTable::coordinators))) {
            return std::nullopt;
        }
        return before;
    }
    const std::size_t last = w - 1;
    if (comma_after(s, last)) {
        // "The European Union, which has always ..., supports", "Japan, for its part, will": the
        // subject is the phrase that opens the clause, before its first comma.
        std::size_t comma = clause;
        while (comma < last && !comma_after(s, comma)) ++comma;
        // "Algeria, which supports ... in complete freedom, appreciates": a relative set off by commas between the
        // subject and its verb; the subject is what the relative stands for.
        if (comma == last && set_off_relative(s, clause)) {
            // The antecedent is the whole subject: it opens its clause, or follows "that" or a coordinator ("The
            // genocide of the Rohingya people in Myanmar, which" has "Myanmar" as no subject).
            const auto antecedent = which_antecedent(s, clause);
            // After a phrase that opens the clause, or a word that opens one: "On the environmental front, my
            // country, which ..., remains", "That is why Cote d'Ivoire, which ..., renews".
            const bool opens = antecedent && (antecedent->first == words_[antecedent->first].clause ||
                                              word_is(s, words_[antecedent->first - 1], "that") ||
                                              comma_after(s, antecedent->first - 1) ||
                                              word_in(s, words_[antecedent->first - 1], list(WordTable::clause_openers)) ||
                                              word_in(s, words_[antecedent->first - 1], list(WordTable::coordinators)));
            if (opens && (is_pronoun(s, antecedent->last) || party_of(s, *antecedent) ||
                          names_speaker(s, antecedent->first, antecedent->last + 1))) {
                return antecedent;
            }
            return std::nullopt;
        }
        if (comma == last) return std::nullopt;
        if (!in_phrase(s, comma)) return subject_after_opening(s, last, clause);
        std::size_t first = phrase_start(s, comma, clause);
        if (first != clause && !word_in(s, words_[clause], list(WordTable::coordinators))) {
            if (const auto whole = infinitive_subject(s, comma, clause)) return whole;
            return subject_after_opening(s, last, clause);
        }
        // "We welcome resolution 2634 (2022), recently adopted by the Security Council, calling on": a
        // participle's subject is the object before the comma, not the clause the pronoun opens.
        if (w == at && form_of(s, at).ends_with("ing") && word_in(s, words_[first], list(WordTable::self_subjects))) {
            std::size_t object = first + 1;
            while (object < comma && in_chain(object)) ++object;
            ++object;  // the verb
            if (object > comma) return std::nullopt;
            first = object;
        }
        return Phrase{first, comma};
    }
    if (word_in(s, words_[last], list(WordTable::coordinators))) {
        // "Many actors have already responded positively and are ready to": the clause's subject.
        std::size_t first = clause;
        while (first < last && word_in(s, words_[first], list(WordTable::holder_skip))) ++first;
        // Past an opening set off by a comma, to a subject pronoun: "Accordingly, we initiated and supported".
        for (std::size_t w = first; w + 1 < last; ++w) {
            if (comma_after(s, w) && (word_in(s, words_[w + 1], list(WordTable::self_subjects)) ||
                                      word_in(s, words_[w + 1], list(WordTable::new_subjects)))) {
                first = w + 1;
            }
        }
        if (first >= last || !in_phrase(s, first)) return std::nullopt;
        // A pronoun is the whole phrase: "We reaffirm our commitment to and support for" has no subject "We reaffirm ...".
        const bool pronoun = word_in(s, words_[first], list(WordTable::self_subjects)) ||
                             word_in(s, words_[first], list(WordTable::new_subjects));
        std::size_t end = pronoun ? first : phrase_end(s, first, last);
        // "Tonga recognizes and welcomes", "Saint Lucia values and supports": a verb in -s right before "and", after a
        // name, is the first predicate and no part of the phrase; the name holds both.
        bool joined_verb = !pronoun && end + 1 >= last && last > first + 1 && third_person_verb(s, last - 1);
        for (std::size_t w = first; joined_verb && w + 1 < last; ++w) joined_verb = is_upper_start(s[words_[w].begin]);
        if (joined_verb) end = last - 2;
        // After a subject pronoun the next word is the verb, joined directly, with no object of its own ("we initiated
        // and supported the process", "We highly value and fully support").
        bool bare_verb = pronoun;
        for (std::size_t w = end + 1, verbs = 0; bare_verb && w < last; ++w) {
            if (is_adverb(s, w) || word_in(s, words_[w], list(WordTable::light_adverbs)) ||
                word_in(s, words_[w], list(WordTable::verb_chain_words))) {
                continue;
            }
            bare_verb = ++verbs == 1 && is_lower(s[words_[w].begin]) && !comma_after(s, w);
        }
        if (end + 1 >= last || (!joined_verb && !bare_verb && in_phrase(s, end + 1))) return std::nullopt;  // no verb after it
        // "We condemn and oppose", "Many actors have responded positively and are ready to"; after a
        // predicate with an object of its own ("We urge the avoidance of ... and invite") the second
        // verb names no holder (ANNOTATION.md).
        if (last - end > reach) return std::nullopt;
        return Phrase{first, end};
    }
    // "I'm pleased", "we're committed": a pronoun with its verb in one word (the holder's span leaves the verb out).
    if (const std::string_view form = form_of(s, last); form.find('\'') != std::string_view::npos) {
        const std::string_view pronoun = form.substr(0, form.find('\''));
        if (list(WordTable::self_words).contains(pronoun) || list(WordTable::new_subjects).contains(pronoun)) {
            return Phrase{last, last};
        }
    }
    if (!in_phrase(s, last)) {
        // "which is crucial": the relative word stands for what it judges.
        return std::nullopt;
    }
    Phrase phrase{phrase_start(s, last, clause), last};
    // "last year Thailand supported", "Next year Albania will": a time phrase before a name is none of it.
    for (std::size_t w = phrase.first + 1; w <= phrase.last; ++w) {
        if (is_upper_start(s[words_[w].begin]) && is_lower(s[words_[w - 1].begin]) &&
            !word_in(s, words_[w - 1], list(WordTable::target_skip)) && !is_preposition(s, w - 1) &&
            !word_in(s, words_[w - 1], list(WordTable::determiners)) &&
            !word_in(s, words_[w - 1], list(WordTable::articles)) &&
            !word_in(s, words_[w - 1], list(WordTable::coordinators)) && party_word_end(s, w) != npos) {
            // "the new Government of Malaysia", "The major Powers": a party's common noun, capitalised, keeps the
            // article and the one word before it (not a name: "the role Japan will play").
            if (w - 1 > phrase.first && !comma_after(s, w - 2) && word_in(s, words_[w], list(WordTable::party_words)) &&
                word_in(s, words_[w - 2], list(WordTable::articles))) {
                phrase.first = w - 2;
                break;
            }
            phrase.first = w;
            break;
        }
    }
    return phrase;
}

std::size_t StanceFinder::object_before_infinitive(std::string_view s, std::size_t t, bool to_party) const {
    const std::size_t n = words_.size();
    if (t >= n || word_is(s, words_[t], "a") || word_is(s, words_[t], "an") || (!to_party && !opens_noun_phrase(s, t))) return npos;
    for (std::size_t w = t; w + 2 < n && w < t + 8 && !words_[w].clause_end && !comma_after(s, w) && in_phrase(s, w); ++w) {
        if (word_is(s, words_[w + 1], "to") && !opens_noun_phrase(s, w + 2) && is_lower(s[words_[w + 2].begin])) {
            // Its head names someone: a name, a party or people ("the various protagonists", [person-endings]), not
            // a thing asked for ("requesting the cooperation of Iran to", "encourage the continuing efforts to").
            std::size_t head = w;
            for (std::size_t k = t + 1; k <= w; ++k) {
                if (word_is(s, words_[k], "of")) {
                    head = k - 1;
                    break;
                }
            }
            const bool people = list(WordTable::person_endings).suffix_of(form_of(s, head));
            return to_party || is_upper_start(s[words_[head].begin]) || party_word_end(s, head) != npos || people ? w : npos;
        }
    }
    return npos;
}

std::size_t StanceFinder::infinitive_after(std::string_view s, Phrase party) const {
    const std::size_t n = words_.size();
    // A parenthesis may stand between them, set off by commas or dashes ("for all countries — developed or
    // developing — to join"), not a clause after a semicolon or a bracket.
    auto soft = [&](std::size_t w) {
        const std::string_view marks = s.substr(words_[w].end, words_[w + 1].begin - words_[w].end);
        return marks.find_first_of(";:()[].!?") == std::string_view::npos;
    };
    for (std::size_t w = party.last; w + 2 < n && w < party.last + 2 * max_phrase_words && (!words_[w].clause_end || soft(w)); ++w) {
        const std::size_t to = word_is(s, words_[w + 1], "not") && !words_[w + 1].clause_end ? w + 2 : w + 1;
        // Right after the party any "to" is the infinitive's ("for the General Assembly to more closely reflect");
        // further on, not one before a noun phrase ("parties to the Convention").
        if (to + 1 < n && word_is(s, words_[to], "to") && (w == party.last || !opens_noun_phrase(s, to + 1))) return w;
    }
    return npos;
}

bool StanceFinder::object_start(std::string_view s, std::size_t w) const {
    // A noun phrase after a finite verb starts at its article: "We stress the role of the Court, which"; a gerund's
    // goes on to the gerund ("dividing the internet, which"), a preposition's to what it hangs on ("the role of").
    if (w == 0 || !(word_in(s, words_[w], list(WordTable::articles)) || word_in(s, words_[w], list(WordTable::determiners)) ||
                    word_in(s, words_[w], list(WordTable::self_possessives)) ||
                    word_in(s, words_[w], list(WordTable::holder_possessives)))) {
        return false;
    }
    const std::string_view verb = form_of(s, w - 1);
    return is_lower(verb.front()) && !verb.ends_with("ing") && !word_is(s, words_[w - 1], "of") &&
           !word_in(s, words_[w - 1], list(WordTable::object_prepositions)) &&
           !word_in(s, words_[w - 1], list(WordTable::loose_prepositions)) &&
           !word_in(s, words_[w - 1], list(WordTable::coordinators));
}

bool StanceFinder::opens_noun_phrase(std::string_view s, std::size_t w) const {
    return word_in(s, words_[w], list(WordTable::articles)) || word_in(s, words_[w], list(WordTable::determiners)) ||
           is_upper_start(s[words_[w].begin]);
}

std::size_t StanceFinder::subject_start(std::string_view s, Phrase thing, std::size_t clause) const {
    std::size_t first = thing.first;
    // "Peace and stability in our hemisphere are critical": a coordinator is crossed when only a phrase stands
    // between it and the clause's start; after a verb it joins two clauses.
    auto joins_opening_phrase = [&](std::size_t coordinator) {
        for (std::size_t w = coordinator; w > clause; --w) {
            // "The protection of rights in conflict zones and their participation ... are": a preposition past the
            // clause's first word is inside the phrase.
            const bool preposition = w - 1 > clause && is_preposition(s, w - 1);
            if (words_[w - 1].clause_end || comma_after(s, w - 1) || (!in_phrase(s, w - 1) && !preposition) ||
                word_in(s, words_[w - 1], list(WordTable::coordinators)) || is_pronoun(s, w - 1)) {
                return false;
            }
        }
        return coordinator > clause;
    };
    // "Peace, security, stability, democracy and good governance are essential": a comma inside a list that
    // closes with a coordinator before the head is crossed; an opening phrase or word before it ("In the era of
    // interdependence, cooperation and engagement are key", "Today,") is not.
    auto list_comma = [&](std::size_t w) {
        if (!comma_after(s, w) || words_[w].clause_end) return false;
        bool closes = false;
        for (std::size_t v = w + 1; v < thing.last && !closes; ++v) {
            closes = word_in(s, words_[v], list(WordTable::coordinators)) && !comma_after(s, v - 1);
        }
        if (!closes) return false;
        // Every item back to the clause's start is a noun phrase of at most four words: "Peace, security,
        // stability," but not "Accordingly,", "Since its establishment,", "As the Secretary-General stated,".
        std::size_t item_end = w;
        for (std::size_t v = w + 1; v-- > clause;) {
            // An item is no clause ("Sea levels are rising,") and no pair of its own ("Both then and today,").
            if (v <= w && (word_in(s, words_[v], list(WordTable::copulas)) || word_in(s, words_[v], list(WordTable::coordinators)))) {
                return false;
            }
            if (v == clause || comma_after(s, v - 1)) {
                const std::string_view word = form_of(s, v);
                const bool adverb = word.size() > 4 && (word.ends_with("ly") || word.ends_with("LY"));
                if (item_end - v > 3 || !in_phrase(s, v) || adverb || words_[v].clause_end ||
                    lexicon_.match(Phrases::ordinal_marker, s.substr(words_[v].begin)) ||
                    word_in(s, words_[v], list(WordTable::holder_skip)) || word_in(s, words_[v], list(WordTable::time_phrases)) ||
                    word_in(s, words_[v], list(WordTable::clause_openers))) {
                    return false;
                }
                if (v == clause) return true;
                item_end = v - 1;
            }
            if (v > clause && words_[v - 1].clause_end) return false;
        }
        return false;
    };
    while (first > clause && !words_[first - 1].clause_end && (!comma_after(s, first - 1) || list_comma(first - 1)) &&
           !is_pronoun(s, thing.last) &&
           !word_in(s, words_[first - 1], list(WordTable::target_breaks)) &&
           (!word_in(s, words_[first - 1], list(WordTable::coordinators)) || joins_opening_phrase(first - 1)) &&
           !word_in(s, words_[first - 1], list(WordTable::clause_openers))) {
        --first;
    }
    // "Amid rising debt, grants and concessional finance are essential": a phrase that opens with a preposition
    // ends at its comma; the subject follows it.
    if (!in_phrase(s, first)) {
        for (std::size_t w = first; w < thing.last; ++w) {
            if (comma_after(s, w)) return w + 1;
        }
    }
    return first;
}

std::size_t StanceFinder::party_word_end(std::string_view s, std::size_t w) const {
    if (word_in(s, words_[w], list(WordTable::party_words))) return w;
    if (!is_upper_start(s[words_[w].begin])) return npos;
    // A state by its name ("Costa Rica"), or a person by a title ("Mr. Volkan Bozkir", "His Excellency").
    if (names_.may_open(form_of(s, w))) {
        if (auto m = lexicon_.match(Phrases::speaker, s.substr(words_[w].begin))) {
            std::size_t end = w;
            while (end + 1 < words_.size() && words_[end + 1].begin < words_[w].begin + m->length) ++end;
            return end;
        }
    }
    // Titles are listed with their period ("Mr."), which the word splitter leaves out ("Mr") or
    // keeps inside a word ("Mr.Volkan").
    std::string_view title = s.substr(words_[w].begin, words_[w].end - words_[w].begin + 1);
    if (const std::size_t dot = title.find('.'); dot != std::string_view::npos) title = title.substr(0, dot + 1);
    if (!titles_.may_open(title) && !titles_.may_open(title.substr(0, title.size() - 1))) return npos;
    if (auto title = lexicon_.match(Phrases::honorific, s.substr(words_[w].begin))) {
        std::size_t end = w;
        while (end + 1 < words_.size() && words_[end + 1].begin < words_[w].begin + title->length) ++end;
        // The name after the title, as far as its capitals go.
        while (end + 1 < words_.size() && !words_[end].clause_end && !comma_after(s, end) &&
               is_upper_start(s[words_[end + 1].begin])) {
            ++end;
        }
        return end;
    }
    return npos;
}

std::size_t StanceFinder::party_end(std::string_view s, std::size_t first, std::size_t limit) const {
    // The head comes before "of" ("the Government of Japan" is a party, "the discussion of the
    // Working Group" is not) and a verb after it ends the phrase ("the international community adopts").
    std::size_t end = npos;
    limit = std::min({limit, first + max_phrase_words, words_.size() - 1});
    for (std::size_t w = first; w <= limit; ++w) {
        std::size_t party = party_word_end(s, w);
        // A pronoun after a phrase's first word heads no party: "The challenges we face".
        if (party != npos && w > first && is_pronoun(s, w)) return end;
        // "all efforts": a quantifier before a noun that names no party.
        if (party == w && w < limit && word_in(s, words_[w], list(WordTable::party_quantifiers)) && !comma_after(s, w) &&
            in_phrase(s, w + 1) && !word_is(s, words_[w + 1], "of") && party_word_end(s, w + 1) == npos) {
            party = npos;
        }
        if (party != npos) {
            end = w = std::min(party, limit);
            // "you all", "us all"; "all parties", "all Member States".
            if (w < limit && is_pronoun(s, w) && word_is(s, words_[w + 1], "all") && !comma_after(s, w)) end = w = w + 1;
            while (w < limit && !comma_after(s, w) && !words_[w].clause_end) {
                const std::size_t more = party_word_end(s, w + 1);
                if (more == npos) break;
                end = w = std::min(more, limit);
            }
            // A name goes on in capitalised words: "the UN Security Council", "UN Member States" (not in a
            // text all in capitals, where every word is).
            while (w < limit && !comma_after(s, w) && !words_[w].clause_end && is_upper_start(s[words_[w + 1].begin]) &&
                   words_[w + 1].end - words_[w + 1].begin > 1 && is_lower(s[words_[w + 1].begin + 1]) &&
                   !is_pronoun(s, w + 1)) {
                end = ++w;
            }
            const bool goes_on = w < limit && !words_[w].clause_end && !comma_after(s, w) &&
                                 (word_is(s, words_[w + 1], "of") || word_in(s, words_[w + 1], list(WordTable::coordinators)));
            if (!goes_on) break;
            ++w;  // at "of" or "and"
            if (word_is(s, words_[w], "of")) {
                // "all members of the Security Council": the head's complement is part of the party.
                while (w < limit && !words_[w].clause_end && !comma_after(s, w) && in_phrase(s, w + 1)) ++w;
                end = w;
                break;
            }
            // "Israel and Hizballah": a name joined to a party is one too.
            if (word_in(s, words_[w], list(WordTable::coordinators)) && w < limit && is_upper_start(s[words_[w + 1].begin]) &&
                party_word_end(s, w + 1) == npos) {
                end = w = w + 1;
                while (w < limit && !comma_after(s, w) && !words_[w].clause_end && is_upper_start(s[words_[w + 1].begin])) end = ++w;
                break;
            }
            // "UN agencies and other humanitarian actors": a second party after its modifiers.
            // A quantifier is one of the modifiers: "and all specialized agencies".
            std::size_t head = w + 1;
            while (head < limit && in_phrase(s, head) && !word_is(s, words_[head], "of") && !words_[head].clause_end &&
                   !comma_after(s, head) &&
                   (party_word_end(s, head) == npos || word_in(s, words_[head], list(WordTable::party_quantifiers)))) {
                ++head;
            }
            if (head > limit || party_word_end(s, head) == npos) break;
            w = head - 1;
            continue;
        }
        if (word_is(s, words_[w], "of") || !in_phrase(s, w) || end != npos) break;
        if (words_[w].clause_end || comma_after(s, w)) break;
    }
    return end;
}

std::optional<StanceFinder::Phrase> StanceFinder::participle_subject(std::string_view s, std::size_t i, std::size_t clause) const {
    if (i <= clause + 1 || !form_of(s, i).ends_with("ing") || !comma_after(s, i - 1)) return std::nullopt;
    std::size_t verb = clause;
    while (verb < i && in_phrase(s, verb) && !comma_after(s, verb)) ++verb;
    if (verb == clause || verb >= i || comma_after(s, verb)) return std::nullopt;
    if (!word_in(s, words_[verb], list(WordTable::copulas)) && !word_in(s, words_[verb], list(WordTable::predicate_starts))) {
        return std::nullopt;
    }
    // Not an impersonal "It is unacceptable that", nor the speaker, nor a subject cut at its "or".
    if (word_in(s, words_[verb - 1], list(WordTable::coordinators)) ||
        (verb == clause + 1 && (word_is(s, words_[clause], "it") || word_in(s, words_[clause], list(WordTable::self_words))))) {
        return std::nullopt;
    }
    return Phrase{clause, verb - 1};
}

std::optional<StanceFinder::Phrase> StanceFinder::party_of(std::string_view s, Phrase p) const {
    const std::size_t end = party_end(s, p.first, p.last);
    if (end == npos) return std::nullopt;
    return Phrase{p.first, end};
}

}  // namespace posext::detail
