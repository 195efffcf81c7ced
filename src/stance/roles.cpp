// A stance's roles: the holder's phrase, the addressee and the target (ANNOTATION.md, "Roles").
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

void StanceFinder::roles(std::string_view s, std::size_t i, std::size_t j, std::size_t clause, const Cue& cue,
                         Roles& out) const {
    const std::size_t n = words_.size();
    auto any_of_cue = [&](WordTable table) { return cue_has(s, i, j, table); };
    auto skip_links = [&](std::size_t t) { return target_start(s, t); };
    auto set_target = [&](std::size_t t) {
        if (auto target = target_from(s, t, i, j, cue)) out.target = target;
    };
    auto open_after = [&](std::size_t t) { return t < n && !words_[t - 1].clause_end; };
    // The subject of the verb that states a noun: "The Syrian Government reaffirms its support".
    auto frame_subject = [&]() -> std::optional<Phrase> {
        for (std::size_t b = i; b > clause && b + 7 > i; --b) {
            if (frame_at(s, b - 1)) {
                return subject_of(s, b - 1, clause);
            }
        }
        if (const std::size_t made = made_at(s, i, clause); made != npos) return subject_of(s, made, clause);
        return std::nullopt;
    };
    auto possessive = [&] { return possessive_holder(s, i, clause); };
    // A noun stated by a copula: its subject is what it judges ("The crisis in Myanmar remains a
    // serious concern"), or the noun is the subject ("Our support for the UN remains strong").
    // Adverbs after the copula take no room, as in the licence: "we are so resolute in our support for".
    std::size_t copula_before = npos;
    // "is a major cause of deep concern": the copula before "cause".
    const std::size_t cause = cue.type == StanceType::concern ? cause_of_concern(s, i, clause) : npos;
    for (std::size_t b = cause != npos ? cause : i, room = 4; b > clause && room > 0; --b) {
        if (!adverb_after_copula(s, b - 1, clause)) --room;
        if (word_in(s, words_[b - 1], list(WordTable::copulas))) {
            copula_before = b - 1;
            break;
        }
        if ((cue.word_class == Cue::Class::noun || cue.word_class == Cue::Class::adj) && regarded_as(s, b - 1, clause)) {
            // "Cambodia sees the attainment of ... as an absolute necessity": the thing between the verb
            // and "as" is judged; the verb's subject judges it, but holds no prescription.
            std::size_t verb = b - 1;
            while (!word_in(s, words_[verb], list(WordTable::regard_verbs))) --verb;
            out.target = Phrase{verb + 1, b - 2};
            if (cue.type != StanceType::prescribe) {
                if (auto who = subject_of(s, verb, clause); who && (party_of(s, *who) || is_pronoun(s, who->last))) out.holder = who;
            }
            return;
        }
    }
    const bool noun = cue.word_class == Cue::Class::noun;
    if (noun && cue.type == StanceType::assess) {
        if (auto judged = judged_by_frame(s, i, clause)) {
            out.target = judged;
            return;
        }
    }
    // "our peace is under threat from increasing tensions": what threatens is judged.
    if (noun && cue.type == StanceType::assess && threatened_at(s, i, clause) != npos) {
        set_target(j + 2);
        return;
    }
    if (noun && predicate_ && copula_before == npos) {
        // The noun opens its clause: "Our support for the UN remains", "The threat of climate change is".
        std::size_t copula = j + 1;
        while (copula < n && copula < j + 9 && !word_in(s, words_[copula], list(WordTable::copulas))) ++copula;
        out.holder = possessive();
        if (copula < n && copula > j + 1 && word_in(s, words_[copula], list(WordTable::copulas))) {
            const std::size_t t = skip_links(j + 1);
            if (t < copula) out.target = Phrase{t, copula - 1};
        }
        return;
    }
    const bool judged_before = cue.type == StanceType::assess || cue.type == StanceType::concern ||
                               cue.type == StanceType::oppose || cue.type == StanceType::appeal;
    if ((cue.type == StanceType::assess && !(noun && !predicate_)) || (noun && predicate_ && judged_before) ||
        cue.word_class == Cue::Class::adj) {
        // What is judged: the subject ("Multilateralism is crucial", "cyber attacks posing threats",
        // "The crisis in Myanmar remains a serious concern").
        // After a copula, the subject of the copula: "X remains a matter of serious concern",
        // "X is of paramount importance".
        // "Our development gains are threatened by the scale of the crises": in the passive, the agent is judged.
        if (cue.type == StanceType::assess && cue.word_class == Cue::Class::verb && i == j && form_of(s, i).ends_with("ed") &&
            j + 2 < n && !words_[j].clause_end && !comma_after(s, j) && word_is(s, words_[j + 1], "by")) {
            // Past adverbs and light ones: "is incrementally further threatened by".
            std::size_t before = adverbs_start(s, i, clause);
            while (before > clause && word_in(s, words_[before - 1], list(WordTable::light_adverbs))) before = adverbs_start(s, before - 1, clause);
            if (before > clause && word_in(s, words_[before - 1], list(WordTable::passive_auxiliaries))) {
                set_target(j + 2);
                if (out.target) return;
            }
        }
        // "That is important", "These are vital prerequisites": a demonstrative alone is the thing judged.
        if (copula_before != npos && copula_before == clause + 1 &&
            word_in(s, words_[clause], list(WordTable::determiners))) {
            out.target = Phrase{clause, clause};
            return;
        }
        // "the fundamental challenges that are a threat to us all": what a relative before the copula stands for.
        const std::optional<Phrase> relative_thing = copula_before != npos ? relative_subject(s, i, j, copula_before, clause)
                                                                           : std::nullopt;
        std::size_t at = copula_before != npos ? copula_before : i;
        while (at > clause && (word_in(s, words_[at - 1], list(WordTable::articles)) ||
                               word_in(s, words_[at - 1], list(WordTable::determiners)))) {
            --at;
        }
        // A thing judged in a second predicate is still its subject: "The Global Digital Compact
        // puts the system in motion ... and is key for".
        std::optional<Phrase> thing = subject_of(s, at, clause, max_phrase_words);
        // "The question of missing nationals, which ..., is important": a thing before a relative set off by commas.
        if (!thing && at > clause && comma_after(s, at - 1) && set_off_relative(s, clause)) {
            thing = which_antecedent(s, clause);
        }
        if (thing && thing->first == at && at < i) thing.reset();  // the cue's own modifiers
        if (!thing && cue.type == StanceType::assess) thing = participle_subject(s, i, clause);
        // "Weak public-health systems in individual countries threaten global health": a verb's subject too.
        if (thing && ((copula_before != npos && thing->last < copula_before) ||
                      (copula_before == npos && cue.word_class == Cue::Class::verb && thing->last + 1 == i &&
                       !form_of(s, i).ends_with("ing")))) {
            thing->first = subject_start(s, *thing, clause);
        }
        if (relative_thing) thing = relative_thing;
        if (thing) thing->first = relative_head(s, *thing, clause);
        // "Today the future of Jerusalem is an urgent concern": a time word opening the clause is none of the thing.
        if (thing && thing->first == clause && thing->first < thing->last &&
            word_in(s, words_[thing->first], list(WordTable::time_phrases))) {
            ++thing->first;
        }
        // "There are generational demands on us": an existential "there" names nothing judged.
        if (thing && thing->first == thing->last && word_is(s, words_[thing->first], "there")) thing.reset();
        // "it is of paramount importance to shed light on", "it is crucial that": "it" stands for what
        // follows. Not "It is a threat to our home": a noun's "to" is its own.
        // "It would be of fundamental importance for the nuclear-weapon States to find a way": through a
        // modal, and past the party the infinitive is for.
        if (thing && thing->first == thing->last && word_is(s, words_[thing->first], "it") && cue.type == StanceType::assess &&
            copula_before != npos && copula_before > thing->last && copula_before <= thing->last + 3 && j + 2 < n &&
            (cue.word_class == Cue::Class::adj || (i > 0 && word_is(s, words_[i - 1], "of")) ||
             (i > 1 && word_in(s, words_[i - 1], list(WordTable::articles)) && word_is(s, words_[i - 2], "of"))) &&
            !words_[j].clause_end && !comma_after(s, j)) {
            std::size_t to = j + 1;
            if (word_is(s, words_[to], "for")) {
                while (to < n && to < j + 12 && !words_[to].clause_end && !word_is(s, words_[to], "to")) ++to;
            }
            if (to + 1 < n && (word_is(s, words_[to], "to") || (to == j + 1 && word_is(s, words_[to], "that")))) {
                out.holder = believer(s, *thing, clause);
                if (to > j + 2) {
                    if (auto who = party_of(s, Phrase{j + 2, to - 1}); who && who->last == to - 1) out.addressee = who;
                }
                set_target(to + 1);
                return;
            }
        }
        if (thing) {
            out.target = thing;
            out.holder = believer(s, *thing, clause);
        } else if (const auto relative = relative_judged(s, at, clause)) {
            // "..., which is crucial": what the relative stands for, when the sentence names it ("dividing the
            // internet, which completely runs counter to"); else the relative itself.
            out.target = relative;
        } else {
            set_target(skip_links(j + 1));
        }
        // "a matter of serious concern for the international community", "for the whole of Europe", "for my
        // Administration": whose concern, a party or a phrase that names one; not what is feared for ("for the
        // future of humankind", "for sustainable development").
        if (noun && cue.type == StanceType::concern && j + 2 < n && !words_[j].clause_end &&
            (word_is(s, words_[j + 1], "for") || word_is(s, words_[j + 1], "to"))) {
            if (auto who = party_of(s, Phrase{j + 2, n - 1})) {
                out.holder = who;
            } else {
                const Phrase named{j + 2, phrase_end(s, j + 2, n - 1)};
                bool names = word_in(s, words_[named.first], list(WordTable::self_possessives));
                for (std::size_t w = named.first; w <= named.last && !names; ++w) names = is_upper_start(s[words_[w].begin]);
                if (names) out.holder = named;
            }
        }
        return;
    }
    if (cue.type == StanceType::assess) {
        // "We stress the importance of fostering": who judges states it, the judged thing follows.
        out.holder = frame_subject();
        set_target(skip_links(j + 1));
        return;
    }

    std::optional<Phrase> subject = subject_of(s, i, clause);
    // "we make the most vigorous call for", "I emphasize our unswerving support": a verb cue after an article or a
    // possessive is a noun, stated by the verb before it, whose subject holds it (ANNOTATION.md: "I would like to
    // reiterate our unwavering support" is held by "I").
    // Not after a name's possessive, which names the holder ("the Secretary-General's call for").
    if (subject && cue.word_class == Cue::Class::verb && subject->last + 1 == i && !is_possessive(s, subject->last)) {
        for (std::size_t a = subject->last; a > subject->first; --a) {
            if (!word_in(s, words_[a], list(WordTable::articles)) && !word_in(s, words_[a], list(WordTable::self_possessives)) &&
                !word_in(s, words_[a], list(WordTable::holder_possessives))) {
                continue;
            }
            const std::size_t verb = a - 1;
            if (is_lower(s[words_[verb].begin]) && !is_pronoun(s, verb) && !word_is(s, words_[verb], "of") &&
                !word_in(s, words_[verb], list(WordTable::coordinators)) && !word_in(s, words_[verb], list(WordTable::phrase_breaks)) &&
                !word_in(s, words_[verb], list(WordTable::determiners))) {
                subject = subject_of(s, verb, clause);
            }
            break;
        }
    }
    std::optional<Phrase> of_party;  // "the commitment of the Beninese people": the party named after "of"
    if (cue.word_class == Cue::Class::noun) {
        // A noun's holder is the subject of the verb that states it, when that names a party; else
        // the possessive ("This candidature reflects our deep commitment", "and reaffirms its commitment").
        subject = frame_subject();
        // "we are so resolute in our support for": the copula's subject holds it; one that is an agent noun's
        // ("The Forum of Small States has always been a champion of") holds it whatever it names.
        const std::string_view form = form_of(s, j);
        const bool agent = form.ends_with("er") || form.ends_with("ers") || form.ends_with("ate") || form.ends_with("ates") ||
                           form.ends_with("pion") || form.ends_with("pions");
        bool agent_subject = false;
        if (!subject && copula_before != npos) {
            subject = subject_of(s, copula_before, clause);
            if (subject && agent && !is_pronoun(s, subject->last) && is_upper_start(s[words_[subject->last].begin])) {
                const std::size_t first = subject_start(s, *subject, clause);
                bool pronoun = false;  // "the Government that I lead in Peru is an advocate": a clause, not a name
                for (std::size_t w = first; w < subject->first; ++w) pronoun = pronoun || is_pronoun(s, w);
                if (!pronoun) {
                    subject->first = first;
                    agent_subject = true;
                }
            }
        }
        // "We consistently raised concerns about": the one who raises them.
        if (!subject && cue.type == StanceType::concern) {
            // A situation that raises them holds nothing: "the situation continues to raise concerns".
            if (const std::size_t verb = raised_by(s, i, clause); verb != npos) {
                if (auto who = subject_of(s, verb, clause); who && who->first == who->last && is_pronoun(s, who->last)) subject = who;
            }
        }
        // "allow me to extend my sincere congratulations": the one who asks leave states the noun (a "me" is no party).
        const bool leave = subject && subject->first == subject->last && subject->last + 1 < n &&
                           asks_leave(s, subject->last + 1, clause);
        if (subject && !agent_subject && !leave && !party_of(s, *subject)) subject.reset();
        // A name's possessive is the more exact holder: "We affirm Tonga's commitment".
        const std::optional<Phrase> own = possessive();
        // Not a party's noun ("I reiterate my country's commitment" is held by "I", as "I would like to reiterate our
        // unwavering support" is).
        if (!subject || (own && form_of(s, own->last).ends_with("'s") && is_upper_start(s[words_[own->last].begin]))) {
            subject = own;
        }
        // "the unwavering commitment of the Beninese people to democracy": the party after "of" holds it,
        // and what it is held to follows the party.
        // Not an agent noun's "of", which names what it supports: "a strong supporter of small States".
        // Not "in support of the Palestinian people": what is supported.
        const bool in_phrase_of = i > clause && word_is(s, words_[i - 1], "in");
        // "the gratitude and appreciation of the Government and the people of Tunisia": past a noun joined to it.
        std::size_t of = j + 1;
        if (of + 3 < n && word_in(s, words_[of], list(WordTable::coordinators)) && is_lower(s[words_[of + 1].begin]) &&
            in_phrase(s, of + 1) && word_is(s, words_[of + 2], "of") && !words_[j].clause_end && !comma_after(s, of + 1)) {
            of += 2;
        }
        if (!agent && !in_phrase_of && of + 1 < n && !words_[j].clause_end && !comma_after(s, j) && word_is(s, words_[of], "of") &&
            !own) {
            // At the clause's end too: "You can count on the full support of Kenya."
            if (auto party = party_of(s, Phrase{of + 1, n - 1}); party && (party->last + 2 < n || ends_target(s, party->last))) {
                subject = party;
                of_party = party;
                out.named_after = true;
            }
        }
    }

    if (cue.type == StanceType::prescribe) {
        // Never a holder: the subject, when it is a party, is the one the prescription addresses.
        if (word_is(s, words_[i], "let") || word_is(s, words_[i], "let's")) {
            const std::size_t us = word_is(s, words_[i], "let") && i + 1 <= j ? i + 1 : i;
            out.addressee = Phrase{us, us};
            set_target(skip_links(j + 1));
            return;
        }
        if (cue.word_class == Cue::Class::noun) {
            // "Accelerating its implementation is a major imperative", "Reform of the Council is an absolute
            // necessity": a noun stated by a copula prescribes its subject (not "it" or "there", which stand for
            // what follows: "There is a need for").
            // Only articles, adverbs and adjectives between them: not "are in need of", "are recognizing the necessity".
            bool predicate = copula_before != npos && copula_before > clause;
            for (std::size_t w = copula_before + 1; predicate && w < i; ++w) {
                predicate = in_phrase(s, w) && !form_of(s, w).ends_with("ing");
            }
            if (predicate) {
                if (auto thing = subject_of(s, copula_before, clause, max_phrase_words);
                    thing && thing->last + 1 == copula_before && !word_is(s, words_[thing->last], "it") &&
                    !word_is(s, words_[thing->last], "there") && !word_in(s, words_[thing->last], list(WordTable::self_subjects)) &&
                    !word_in(s, words_[thing->last], list(WordTable::new_subjects))) {
                    thing->first = subject_start(s, *thing, clause);
                    out.target = thing;
                    return;
                }
            }
            set_target(skip_links(j + 1));
            return;
        }
        if (cue.word_class == Cue::Class::frame) {
            // "it is imperative that the international community adopts", "it is essential for all parties to".
            std::size_t t = j + 1;
            // "The time has come for the African continent to", "It is incumbent on all parties to":
            // the frame ends with its preposition.
            const bool ends_with_for = word_is(s, words_[j], "for") || word_is(s, words_[j], "on") ||
                                       word_is(s, words_[j], "upon");
            if (ends_with_for) --t;
            if (t + 1 < n && !words_[t].clause_end &&
                (ends_with_for || word_is(s, words_[t], "that") || word_is(s, words_[t], "for"))) {
                const bool for_party = ends_with_for || word_is(s, words_[t], "for");
                auto who = party_of(s, Phrase{t + 1, n - 1});
                if (who && for_party) {
                    // The infinitive's "to" comes after the party and what hangs on it; with none, the phrase after
                    // "for" is what is called for, and no one is addressed: "it is time for a new Assembly resolution".
                    const std::size_t last = infinitive_after(s, *who);
                    if (last != npos) {
                        // "for us, as the United Nations, to join forces": the party without its apposition.
                        const std::string_view marks = s.substr(words_[who->last].end, words_[who->last + 1].begin - words_[who->last].end);
                        const bool pause = marks.find_first_not_of(' ') != std::string_view::npos;
                        out.addressee = Phrase{who->first, pause ? who->last : last};
                        set_target(word_is(s, words_[last + 1], "not") ? last + 1 : last + 2);
                        return;
                    }
                } else if (who && who->last + 1 < n) {
                    out.addressee = who;
                    set_target(who->last + 1);
                    return;
                }
            }
            set_target(skip_links(j + 1));
            return;
        }
        std::optional<Phrase> who = subject;
        if (!who) {
            // "the Belarusian people who must be free": the antecedent of the relative.
            std::size_t w = i;
            while (w > clause && word_in(s, words_[w - 1], list(WordTable::verb_chain_words))) --w;
            if (w > clause + 1 && (word_is(s, words_[w - 1], "who") || word_is(s, words_[w - 1], "that")) &&
                !comma_after(s, w - 2) && in_phrase(s, w - 2)) {
                who = Phrase{phrase_start(s, w - 2, clause), w - 2};
            }
        }
        // "The safety of civilians on both sides must be ensured": a party after a preposition is inside the
        // subject, which is a thing.
        // "All of us must", "Each and every one of us should": a partitive's "of" keeps the party.
        std::optional<Phrase> whole = who;
        if (who && who->first > clause + 1 && word_is(s, words_[who->first - 1], "of") &&
            word_in(s, words_[who->first - 2], list(WordTable::party_partitives))) {
            whole->first = phrase_start(s, who->first - 2, clause);
        }
        // A subject pronoun is a subject wherever it stands ("For we must", "To begin with, we must").
        const bool inside_object = whole && whole->first > clause && !comma_after(s, whole->first - 1) &&
                                   !word_in(s, words_[whole->first], list(WordTable::self_subjects)) &&
                                   !word_in(s, words_[whole->first], list(WordTable::new_subjects)) &&
                                   (word_is(s, words_[whole->first - 1], "of") ||
                                    is_preposition(s, whole->first - 1));
        if (who && !inside_object) {
            if (auto party = party_of(s, *who); party && party->last == who->last) out.addressee = whole;
        }
        // "What we need now is action", "All you need is determination": what is needed follows the copula.
        if (i > clause + 1 && (word_is(s, words_[clause], "what") || word_is(s, words_[clause], "all")) && who &&
            who->first == clause + 1) {
            std::size_t copula = next_content(s, j + 1);
            if (copula < n && !words_[j].clause_end && word_in(s, words_[copula], list(WordTable::copulas)) &&
                !word_is(s, words_[copula], "be")) {
                set_target(copula + 1);
                return;
            }
        }
        // "That is what we desperately need today", "That is exactly what we must do": what the cleft's subject names.
        if (who && who->first > clause + 1 && word_is(s, words_[who->first - 1], "what")) {
            std::size_t copula = who->first - 2;  // the word before "what", past adverbs
            while (copula > clause && (is_adverb(s, copula) || word_in(s, words_[copula], list(WordTable::light_adverbs)))) {
                --copula;
            }
            if (copula == clause + 1 && word_in(s, words_[copula], list(WordTable::copulas)) &&
                word_in(s, words_[clause], list(WordTable::determiners))) {
                out.target = Phrase{clause, clause};
                return;
            }
        }
        // "Nor should we forget the plight of", "nor should it impede", "so must we": the subject follows the modal
        // after a word that inverts them ([inversion-openers]).
        if (cue.word_class == Cue::Class::modal && i > clause && j + 1 < n && !words_[j].clause_end &&
            word_in(s, words_[i - 1], list(WordTable::inversion_openers)) &&
            (word_in(s, words_[j + 1], list(WordTable::self_subjects)) || word_in(s, words_[j + 1], list(WordTable::new_subjects)))) {
            if (party_of(s, Phrase{j + 1, j + 1})) out.addressee = Phrase{j + 1, j + 1};
            if (j + 2 < n && !words_[j + 1].clause_end) set_target(j + 2);
            return;
        }
        // After a modal no word links: "should, in line with the attributes of ICTs, discuss" keeps its "in";
        // "need for" does link.
        set_target(cue.word_class == Cue::Class::modal && !any_of_cue(WordTable::need_words) ? j + 1 : skip_links(j + 1));
        return;
    }

    // "I once again reiterate my Government's call for": a subject that ends in a possessive is the
    // possessive's name, not the words before it.
    if (subject && form_of(s, subject->last).ends_with("'s") && subject->last + 1 == i) {
        if (const std::optional<Phrase> own = possessive(); own && own->last == subject->last) subject = own;
    }
    if (subject && possessive_of_noun(s, *subject, i, clause, cue)) subject->last = subject->first;
    out.holder = subject;
    // "The challenges we face demand urgent action": a situation that calls for something is no
    // holder; the speaker holds the appeal (ANNOTATION.md).
    if (cue.type == StanceType::appeal && subject && !party_of(s, *subject) && !is_pronoun(s, subject->last) &&
        !is_upper_start(s[words_[subject->last].begin])) {
        out.holder.reset();
    }
    // "The tragedy that Haiti is experiencing calls for joint action", "These challenges require": a situation's
    // appeal is the speaker's, whatever party its phrase names ([situation-nouns]).
    if (cue.type == StanceType::appeal && i > clause) {
        // From the subject's start, past a phrase that opens the clause ("Closer to home, the ongoing dire situation").
        std::size_t from = clause;
        for (std::size_t w = clause; w + 1 < i; ++w) {
            if (comma_after(s, w)) from = w + 1;
        }
        for (std::size_t w = from; w < i && w < from + 12; ++w) {
            if (word_is(s, words_[w], "of") || word_is(s, words_[w], "that") || word_is(s, words_[w], "which") || !in_phrase(s, w)) break;
            // Not past a verb of the clause: "The Kainaki II Declaration declared a climate-change crisis and called for".
            if (w > from && form_of(s, w).ends_with("ed") && !word_in(s, words_[w - 1], list(WordTable::articles)) &&
                !word_in(s, words_[w - 1], list(WordTable::determiners))) {
                break;
            }
            if (word_in(s, words_[w], list(WordTable::situation_nouns))) {
                // The subject, with no comma between it and the appeal ("COVID-19 permitting, I invite" is not).
                bool pause = false;
                for (std::size_t v = w; v < i && !pause; ++v) pause = comma_after(s, v);
                if (!pause) {
                    out.situation = true;
                    out.holder.reset();
                }
                break;
            }
        }
    }
    // "We are called upon to respond", "the United Nations has been called on to address": in the passive the
    // subject is the party asked, and the clause names no one who asks (ANNOTATION.md).
    if (cue.type == StanceType::appeal && cue.word_class == Cue::Class::verb && subject && subject->last < i &&
        any_of_cue(WordTable::appeal_cues) && form_of(s, i).ends_with("ed") &&
        word_at_in(s, previous_content(s, i, clause), list(WordTable::passive_auxiliaries))) {
        if (party_of(s, *subject) || is_pronoun(s, subject->last)) out.addressee = subject;
        out.holder.reset();
        out.asked = true;
    }
    std::size_t after = of_party ? of_party->last + 1 : j + 1;
    after = after_joined_verb(s, i, j, clause, after, cue, of_party.has_value());
    // "A long-term conflict is unacceptable.": the thing judged, no holder named; "Attacks on civilians are
    // unacceptable anywhere": the whole subject, though words follow (not "it", which stands for what follows).
    // Not the subject of a state felt ("Many are concerned", "All are committed"): it holds the stance.
    const bool judged_subject = cue.word_class == Cue::Class::state && cue.type == StanceType::oppose && subject &&
                                !party_of(s, *subject) && !word_in(s, words_[j], list(WordTable::phrase_breaks)) &&
                                (ends_target(s, j) || !word_is(s, words_[subject->last], "it"));
    if (judged_subject) {
        if (copula_before != npos && subject->last < copula_before) subject->first = subject_start(s, *subject, clause);
        out.target = subject;
        out.holder.reset();
        return;
    }
    if (any_of_cue(WordTable::thanking_cues)) {
        // "thank you, Mr. Chairman and the Secretariat, for", "pay tribute to all the health workers":
        // a party thanked, to "for" or "on"; a thing commended is the target.
        // A noun's party comes after "to" ("my deep gratitude to the Peacebuilding Commission for"): "notes
        // with appreciation the many countries that" names what is appreciated.
        // "my thanks and appreciation to all the brother nations": two nouns of thanks, one party.
        // "our sincere thanks and great appreciation to": the second noun may have its adjective.
        if (cue.word_class == Cue::Class::noun && open_after(after) && after + 2 < n && !comma_after(s, after) &&
            word_in(s, words_[after], list(WordTable::coordinators))) {
            if (word_in(s, words_[after + 1], list(WordTable::thanking_cues))) {
                after += 2;
            } else if (after + 3 < n && is_lower(s[words_[after + 1].begin]) && in_phrase(s, after + 1) && !words_[after + 1].clause_end &&
                       word_in(s, words_[after + 2], list(WordTable::thanking_cues))) {
                after += 3;
            }
        }
        const bool to_party = open_after(after) && (word_is(s, words_[after], "to") || word_is(s, words_[after], "towards") ||
                                                    word_is(s, words_[after], "toward"));
        if (to_party) ++after;
        if (thanked_party(s, i, j, after, to_party, cue, out)) return;
    } else if (cue.type == StanceType::appeal && any_of_cue(WordTable::appeal_cues) &&
               !(form_of(s, i).ends_with("ed") && word_at_in(s, previous_content(s, i, clause), list(WordTable::passive_auxiliaries)))) {
        // "calls upon relevant countries to show", "I call on Israel and Hizballah", "its call for all
        // involved to", "a warm invitation to all Member States to". Not a passive, whose subject is asked:
        // "We are called on to make the United Nations".
        std::size_t t = after;
        bool for_ = word_is(s, words_[j], "for");  // "call for": what is called for, unless a party and "to" follow
        bool to_party = false;  // "call on", "appeal to": a party follows
        if (open_after(t) && (word_is(s, words_[t], "on") || word_is(s, words_[t], "upon") || word_is(s, words_[t], "to"))) {
            // After "to" only a phrase with its article is one: "the call to ensure access" is an infinitive.
            to_party = !word_is(s, words_[t], "to") || opens_noun_phrase(s, t + 1);
            ++t;
        } else if (open_after(t) && word_is(s, words_[t], "that") && cue.word_class == Cue::Class::verb && open_after(t + 1)) {
            // "demand that all parties to the conflict assume their obligations": the that-clause's subject is
            // asked, with the phrases that hang on it ("to the conflict"). Not "urge that country to", where
            // "that" points at the party asked.
            if (auto who = party_of(s, Phrase{t + 1, n - 1})) {
                if (who->last + 2 < n && !words_[who->last].clause_end && word_is(s, words_[who->last + 1], "to") &&
                    !opens_noun_phrase(s, who->last + 2)) {
                    out.addressee = Phrase{t, who->last};
                    set_target(who->last + 2);
                    return;
                }
                std::size_t last = who->last;
                while (last + 2 < n && !words_[last].clause_end && !comma_after(s, last) &&
                       (word_is(s, words_[last + 1], "of") || is_preposition(s, last + 1)) &&
                       (word_in(s, words_[last + 2], list(WordTable::articles)) || word_in(s, words_[last + 2], list(WordTable::determiners)) ||
                        is_upper_start(s[words_[last + 2].begin]))) {
                    // The phrase's article and its noun, or a name's capitals: the verb may follow at once.
                    std::size_t end = last + 2;
                    if (!is_upper_start(s[words_[end].begin]) && end + 1 < n && !words_[end].clause_end) ++end;
                    while (end + 1 < n && !words_[end].clause_end && !comma_after(s, end) && is_upper_start(s[words_[end + 1].begin])) ++end;
                    last = end;
                }
                if (last + 1 < n && !words_[last].clause_end && !comma_after(s, last) && is_lower(s[words_[last + 1].begin]) &&
                    !word_is(s, words_[last + 1], "to") && !word_in(s, words_[last + 1], list(WordTable::coordinators))) {
                    out.addressee = Phrase{who->first, last};
                    set_target(last + 1);
                    return;
                }
            }
        } else if (open_after(t) && word_is(s, words_[t], "for")) {
            ++t;
            for_ = true;
        }
        if (open_after(t)) {
            if (auto who = party_of(s, Phrase{t, n - 1})) {
                // "the States that make up the boards of ... to prioritize": the relative clause too.
                if (who->last + 1 < n && !words_[who->last].clause_end &&
                    (word_is(s, words_[who->last + 1], "that") || word_is(s, words_[who->last + 1], "who"))) {
                    // The relative clause may hold a second verb of its own ("those who care and can to join us").
                    std::size_t end = target_last(s, who->last + 1);
                    while (end + 1 < n && !words_[end].clause_end && !comma_after(s, end) &&
                           word_in(s, words_[end + 1], list(WordTable::coordinators))) {
                        end = target_last(s, end + 2);
                    }
                    end = std::min(end, who->last + max_phrase_words);
                    for (std::size_t w = who->last + 2; w < end; ++w) {
                        if (word_is(s, words_[w + 1], "to") && w + 2 < n && !word_is(s, words_[w], "yet")) {
                            who->last = w;
                            break;
                        }
                    }
                }
                // "the World Bank, the International Monetary Fund and other multilateral lenders to extend": a
                // list of parties before the infinitive is asked whole.
                // "all parties to the conflict to respect": a "to" before an article, a determiner or a name is
                // the party's own; the infinitive's "to" comes after its phrase.
                auto opens_phrase = [&](std::size_t w) { return w < n && opens_noun_phrase(s, w); };
                // "appeal to the international community and to the members of the Security Council": a second party
                // with its own "to" is asked too.
                while (who->last + 3 < n && !words_[who->last].clause_end && !comma_after(s, who->last) &&
                       word_in(s, words_[who->last + 1], list(WordTable::coordinators)) && word_is(s, words_[who->last + 2], "to")) {
                    const auto second = party_of(s, Phrase{who->last + 3, n - 1});
                    if (!second) break;
                    who->last = second->last;
                }
                // Not an aside that names no one: "calls on us, once more, to emphasize".
                // An aside that names no one is left out: "all of our neighbours, near and far, to join".
                std::size_t aside_to = npos;
                if (who->last + 2 < n && comma_after(s, who->last) && !words_[who->last].clause_end) {
                    bool names = false;
                    // "other Governments, with full respect for the sovereignty of ..., to support us": a preposition
                    // before a noun phrase opens an aside of manner, which names no party whatever names it holds.
                    const std::size_t opener = who->last + 1;
                    const bool manner = opener + 1 < n && opens_noun_phrase(s, opener + 1) && !is_upper_start(s[words_[opener + 1].begin]) &&
                                        is_preposition(s, opener);
                    // The aside may open with a link: "all countries, in particular the great United States, to
                    // avoid", "the United Nations, including the Security Council, to focus".
                    for (std::size_t w = who->last + 1; w + 2 < n && w < who->last + 2 * max_phrase_words; ++w) {
                        if (words_[w].clause_end || (!manner && !in_phrase(s, w) && w > who->last + 3) || is_pronoun(s, w)) break;
                        names = !manner && (names || party_word_end(s, w) != npos || is_upper_start(s[words_[w].begin]));
                        if (word_is(s, words_[w + 1], "to") && !opens_phrase(w + 2)) {
                            if (names) {
                                who->last = w;
                            } else if (comma_after(s, w)) {
                                aside_to = w + 1;
                            }
                            break;
                        }
                    }
                }
                if (aside_to != npos && !for_) {
                    out.addressee = who;
                    set_target(aside_to + 1);
                    return;
                }
                // "countries within our region to be responsible": a phrase hung on the party by a preposition.
                // Not what the party is asked or thanked in or for ("encourage him in his constant commitment to",
                // "calls on all States for their support in").
                // An adjective after the party may carry the phrase: "the nations complicit in the dark legacy of
                // enslavement to recognize", "all parties involved in the conflict in Ukraine to stop"; not after "call
                // for", whose object is a thing ("Members' solidarity in supporting efforts to").
                auto hangs = [&](std::size_t w) {
                    return is_preposition(s, w) || word_is(s, words_[w], "of");
                };
                const bool adjective_first = who->last + 4 < n && is_lower(s[words_[who->last + 1].begin]) &&
                                             in_phrase(s, who->last + 1) && !words_[who->last + 1].clause_end &&
                                             !comma_after(s, who->last + 1) && !hangs(who->last + 1) &&
                                             !word_in(s, words_[who->last + 1], list(WordTable::verb_chain_words)) &&
                                             hangs(who->last + 2) && !word_is(s, words_[who->last + 2], "to") &&
                                             !word_is(s, words_[who->last + 2], "for") && !for_;
                if (who->last + 3 < n && !words_[who->last].clause_end && !comma_after(s, who->last) &&
                    !word_is(s, words_[who->last + 1], "to") && !word_is(s, words_[who->last + 1], "for") &&
                    (hangs(who->last + 1) || adjective_first) &&
                    !word_in(s, words_[who->last + 2], list(WordTable::holder_possessives))) {
                    for (std::size_t w = who->last + 2; w + 2 < n && w < who->last + max_phrase_words; ++w) {
                        if (words_[w].clause_end || comma_after(s, w)) break;
                        if (word_is(s, words_[w + 1], "to") && !opens_phrase(w + 2)) {
                            who->last = w;
                            break;
                        }
                    }
                }
                // Not a place ("invite everyone to Belgrade to celebrate"): an article or a determiner after "to".
                if (who->last + 2 < n && !words_[who->last].clause_end && word_is(s, words_[who->last + 1], "to") &&
                    (word_in(s, words_[who->last + 2], list(WordTable::articles)) ||
                     word_in(s, words_[who->last + 2], list(WordTable::determiners)))) {
                    for (std::size_t w = who->last + 2; w + 2 < n && w < who->last + max_phrase_words; ++w) {
                        if (words_[w].clause_end || comma_after(s, w) || !in_phrase(s, w)) break;
                        if (word_is(s, words_[w + 1], "to") && !opens_phrase(w + 2)) {
                            who->last = w;
                            break;
                        }
                    }
                }
                const bool then_to = who->last + 1 < n && word_is(s, words_[who->last + 1], "to") &&
                                     !words_[who->last].clause_end;
                if (!for_ || then_to) {
                    out.addressee = who;
                    set_target(then_to ? who->last + 2 : skip_links(who->last + 1));
                    return;
                }
            } else if (const std::size_t w = for_ ? npos : object_before_infinitive(s, t, to_party); w != npos) {
                out.addressee = Phrase{t, w};
                set_target(w + 2);
                return;
            }
        }
    }
    // "We agree with the Secretary-General that multilateralism is the way forward": what is agreed is the
    // that-clause after the party agreed with.
    if (cue.type == StanceType::support && word_is(s, words_[j], "with") && open_after(j + 1)) {
        if (const auto party = party_of(s, Phrase{j + 1, n - 1}); party && party->last + 2 < n) {
            std::size_t that = party->last + 1;
            if (comma_after(s, party->last) && !word_is(s, words_[that], "that")) {
                while (that < n && that < party->last + 6 && !word_is(s, words_[that], "that") && !words_[that - 1].clause_end) ++that;
            }
            if (that + 1 < n && word_is(s, words_[that], "that") && !words_[that - 1].clause_end) {
                set_target(that + 1);
                return;
            }
        }
    }
    set_target(skip_links(after));
}

}  // namespace posext::detail
