// A stance's holder: the speaker, or a third party that a stance verb, a participle or a relative clause
// reports (ANNOTATION.md, "Roles" and "holder").
#include <algorithm>
#include <optional>

#include <posext/detail/chars.hpp>

#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

std::uint32_t StanceFinder::phrase_end_byte(std::string_view s, std::size_t w) const {
    // A phrase that ends in a bracketed year ends after its bracket: "resolution 2231 (2015)"; a number
    // after its per cent sign: "0.7%".
    const std::uint32_t end = words_[w].end;
    if (end < s.size() && s[end] == '%' && is_digit(s[end - 1])) return end + 1;
    return end < s.size() && s[end] == ')' && bracketed_number(s, s.data() + end) ? end + 1 : end;
}

std::uint32_t StanceFinder::phrase_begin_byte(std::string_view s, std::size_t w) const {
    // A sum begins with its currency's sign: "$5 million", "€300 million", "£1 billion".
    const std::uint32_t begin = words_[w].begin;
    if (!is_digit(s[begin])) return begin;
    if (begin >= 1 && s[begin - 1] == '$') return begin - 1;
    if (begin >= 3 && s.substr(begin - 3, 3) == "\xE2\x82\xAC") return begin - 3;
    if (begin >= 2 && s.substr(begin - 2, 2) == "\xC2\xA3") return begin - 2;
    return begin;
}

Span StanceFinder::phrase_span(std::size_t k, std::string_view s, Phrase p) const {
    const std::uint32_t base = view_.sentence_begin(k);
    std::uint32_t begin = phrase_begin_byte(s, p.first), end = phrase_end_byte(s, p.last);
    // A quotation the phrase opens keeps its marks: '"Build Back Better and Greener"', '"build back better" from'.
    const auto opening = [&](std::uint32_t at) -> std::uint32_t {
        if (at >= 1 && s[at - 1] == '"') return 1;
        return at >= 3 && s.substr(at - 3, 3) == "\xE2\x80\x9C" ? 3 : 0;
    };
    if (const std::uint32_t mark = opening(begin); mark != 0) {
        const std::string_view inside = s.substr(begin, end - begin);
        const bool closed_inside = inside.find('"') != std::string_view::npos || inside.find("\xE2\x80\x9D") != std::string_view::npos;
        std::uint32_t close = 0;
        if (end < s.size() && s[end] == '"') close = 1;
        if (end + 3 <= s.size() && s.substr(end, 3) == "\xE2\x80\x9D") close = 3;
        if (closed_inside || close != 0) {
            begin -= mark;
            if (!closed_inside) end += close;
        }
    }
    return view_.span(base + begin, base + end);
}

Span StanceFinder::holder_span(std::size_t k, std::string_view s, Phrase p) const {
    // "The GGE's consensus report this year requests", "my Government earlier this month pledged": a time
    // phrase after the holder is none of it; one inside a phrase after a preposition ("the theme of this
    // session") is.
    const WordList& times = list(WordTable::time_phrases);
    std::size_t time = p.last + 1;
    if (p.last > p.first && times.contains(form_of(s, p.last))) {
        time = p.last;
    } else if (p.last > p.first + 1 &&
               times.contains(s.substr(words_[p.last - 1].begin, words_[p.last].end - words_[p.last - 1].begin))) {
        time = p.last - 1;
    }
    if (time <= p.last && time > p.first && (word_is(s, words_[time - 1], "earlier") || word_is(s, words_[time - 1], "later"))) --time;
    if (time <= p.last && time > p.first && in_phrase(s, time - 1) && !word_is(s, words_[time - 1], "of")) p.last = time - 1;
    // "I very much", "We likewise", "I humbly": a subject pronoun with an adverb or a verb after it is the whole
    // holder; not "We the peoples", "we Germans", "We in Africa", "We and our partners".
    if (p.last > p.first && (word_in(s, words_[p.first], list(WordTable::self_subjects)) ||
                             word_in(s, words_[p.first], list(WordTable::new_subjects)))) {
        const std::size_t w = p.first + 1;
        if (is_lower(s[words_[w].begin]) && !word_in(s, words_[w], list(WordTable::articles)) &&
            !word_in(s, words_[w], list(WordTable::coordinators)) && !word_in(s, words_[w], list(WordTable::object_prepositions)) &&
            !word_in(s, words_[w], list(WordTable::loose_prepositions)) && !word_in(s, words_[w], list(WordTable::party_quantifiers)) &&
            !comma_after(s, p.first)) {
            p.last = p.first;
        }
    }
    // "The report also calls for", "The resolution therefore urges": an adverb before the verb is none of the holder
    // ("us all", "you all" keep theirs).
    while (p.last > p.first && is_adverb(s, p.last) && is_lower(s[words_[p.last].begin]) && !word_is(s, words_[p.last], "all")) {
        --p.last;
    }
    // Without the possessive or the verb it carries: "Finland" of "Finland's support", "I" of "I'm pleased".
    std::uint32_t end = phrase_end_byte(s, p.last);
    const std::string_view last = form_of(s, p.last);
    const std::size_t apostrophe = last.find('\'');
    if (apostrophe != std::string_view::npos && apostrophe > 0) {
        const std::string_view tail = last.substr(apostrophe + 1);
        if (tail == "s" || tail == "m" || tail == "re" || tail == "ve" || tail == "ll" || tail == "d") {
            end = words_[p.last].begin + static_cast<std::uint32_t>(apostrophe);
        }
    }
    const std::uint32_t base = view_.sentence_begin(k);
    return view_.span(base + words_[p.first].begin, base + end);
}

bool StanceFinder::reported_by_other(std::string_view s, std::size_t i) const {
    for (std::size_t b = i; b > 1 && b + 25 > i; --b) {
        const std::size_t that = b - 1;
        // Not past the end of a sentence or a clause of its own: ". ", "; ", ": ".
        const char mark = s[words_[that].end < s.size() ? words_[that].end : s.size() - 1];
        if (that + 1 < i && words_[that].clause_end && mark != ',') return false;
        if (!word_is(s, words_[that], "that")) continue;
        // "told us that", "once said that": the verb, past an object pronoun or an adverb.
        std::size_t verb = that - 1;
        if (verb > 0 && (word_is(s, words_[verb], "us") || word_in(s, words_[verb], list(WordTable::object_pronouns)) ||
                         is_adverb(s, verb))) {
            --verb;
        }
        // Lower case: "Member States that have to" names no verb. Not a parenthesis: in "Côte d'Ivoire believes, as
        // President Ouattara has often said, that now is the time" the that-clause is the speaker's verb's.
        if (!is_lower(s[words_[verb].begin]) || !word_in(s, words_[verb], list(WordTable::reporting_verbs)) || comma_after(s, verb)) {
            continue;
        }
        const std::size_t clause = words_[verb].clause;
        // "the German Chancellor, who said that", "James Monroe, who, in his day, said that": a relative's subject is
        // its antecedent, someone else (past an aside).
        for (std::size_t w = verb; w > 0 && w + 6 > verb; --w) {
            if (word_is(s, words_[w - 1], "who")) return true;
            if (words_[w - 1].clause_end && s[words_[w - 1].end] != ',') break;
        }
        const auto who = subject_of(s, verb, clause);
        if (!who || word_is(s, words_[who->last], "it") || word_in(s, words_[who->last], list(WordTable::self_subjects)) ||
            mentions_speaker(s, who->first, who->last + 1)) {
            return false;
        }
        // Someone: a third person, a party or a text ("The 2030 Agenda states that"), a person by title ("President
        // Lajčák reminded us that"); not a thing ("COVID-19 reminds us that", "The recent war in Ukraine has reminded us").
        // The head, before a phrase hung on it: "The recent war in Ukraine" is a war, whether the phrase found is
        // the whole or its tail after the preposition.
        if (who->first > clause && (is_preposition(s, who->first - 1) || word_is(s, words_[who->first - 1], "of"))) return false;
        Phrase head = *who;
        for (std::size_t w = who->first + 1; w <= who->last; ++w) {
            if (is_preposition(s, w) || word_is(s, words_[w], "of")) {
                head.last = w - 1;
                break;
            }
        }
        const auto party = party_of(s, head);
        if (word_in(s, words_[head.last], list(WordTable::third_person_subjects)) || (party && party->last == head.last) ||
            word_in(s, words_[head.last], list(WordTable::reporting_documents))) {
            return true;
        }
        for (std::size_t w = head.first; w <= head.last; ++w) {
            if (titles_.may_open(form_of(s, w)) && lexicon_.match(Phrases::honorific, s.substr(words_[w].begin))) return true;
        }
        return false;
    }
    return false;
}

void StanceFinder::holder_of(std::size_t k, std::string_view s, std::size_t i, std::size_t j, std::size_t clause,
                             const Cue& cue, Roles& found, Stance& st) const {
    auto span_of = [&](Phrase p) { return phrase_span(k, s, p); };
    auto holder_span = [&](Phrase p) { return this->holder_span(k, s, p); };
    // "We welcome and support the offer", "Estonia welcomes the agenda and strongly supports": a verb
    // joined to the clause's earlier stance shares its holder.
    if (cue.type != StanceType::prescribe && cue.type != StanceType::assess && !emitted_.empty() &&
        emitted_.back().holder && words_[emitted_.back().cue].clause == words_[i].clause) {
        std::size_t w = i;
        while (w > clause && (word_in(s, words_[w - 1], list(WordTable::verb_chain_words)) ||
                              is_adverb(s, w - 1))) {
            --w;
        }
        // Only verbs joined directly: after an object of its own, the second verb names no holder
        // ("We urge the avoidance of ... and invite all States": ANNOTATION.md).
        const std::size_t previous_last = emitted_.back().cue_last;
        if (w > clause && w - 1 == previous_last + 1 && word_in(s, words_[w - 1], list(WordTable::coordinators))) {
            found.holder = emitted_.back().holder;
        }
    }
    // "I would like to conclude by thanking", "I would like to start this address by congratulating": the subject
    // of the verb that "by" follows (with its object), past its chain.
    if (found.holder && found.holder->first + 3 > found.holder->last && found.holder->last + 1 < i &&
        word_is(s, words_[found.holder->last + 1], "by") && is_lower(s[words_[found.holder->first].begin]) &&
        !is_pronoun(s, found.holder->first) && !word_in(s, words_[found.holder->first], list(WordTable::self_words))) {
        std::size_t w = found.holder->first;
        while (w > clause && (word_in(s, words_[w - 1], list(WordTable::verb_chain_words)) || is_adverb(s, w - 1))) --w;
        if (w > clause && word_in(s, words_[w - 1], list(WordTable::self_subjects))) found.holder = Phrase{w - 1, w - 1};
    }
    // Holder: the speaker, unless a stance verb reports another actor's position.
    const bool reportable = cue.word_class == Cue::Class::verb || cue.word_class == Cue::Class::noun ||
                            cue.word_class == Cue::Class::state;
    // "there are alarming calls to stop": others' position, none named.
    bool existential = false;
    if (cue.type == StanceType::appeal || cue.type == StanceType::support) {
        for (std::size_t b = i; b > clause && b + 4 > i && cue.word_class == Cue::Class::noun && predicate_; --b) {
            existential = existential || word_is(s, words_[b - 1], "there");
        }
    }
    // "our full support", "Andorra's commitment": the noun's own possessive names its holder.
    bool own_possessive = false;
    for (std::size_t b = i; b > clause && b + 4 > i && cue.word_class == Cue::Class::noun; --b) {
        own_possessive = own_possessive || word_in(s, words_[b - 1], list(WordTable::self_possessives)) ||
                         (form_of(s, b - 1).ends_with("'s") && names_speaker(s, clause, b, b - 1));
    }
    // "the situation continues to raise concerns": a concern that a thing raises is the speaker's; one that
    // a party raises is that party's.
    bool raised_by_thing = false;
    if (cue.type == StanceType::concern && cue.word_class == Cue::Class::noun) {
        if (const std::size_t verb = raised_by(s, i, clause); verb != std::string_view::npos) {
            const auto who = subject_of(s, verb, clause);
            raised_by_thing = !who || !party_of(s, *who) || mentions_speaker(s, who->first, who->last + 1);
        }
    }
    // "Any attempt to destabilize Ukraine is unacceptable", "The entry into force of the Paris Agreement was
    // welcome", "are very welcome": a judgment predicated of its subject after a copula, with no object of its
    // own ("The European Union is against the death penalty" has one), is the speaker's.
    bool predicated = false;
    if ((cue.word_class == Cue::Class::state && cue.type == StanceType::oppose) ||
        (cue.word_class == Cue::Class::verb && cue.type == StanceType::welcome && i == j && !form_of(s, i).ends_with("s") &&
         !form_of(s, i).ends_with("ed") && !form_of(s, i).ends_with("ing"))) {
        std::size_t b = adverbs_start(s, i, clause);
        // "is regrettable and most unacceptable", "was wrong and unacceptable": past a predicate joined before it.
        if (b > clause + 2 && word_in(s, words_[b - 1], list(WordTable::coordinators)) && !comma_after(s, b - 2) &&
            is_lower(s[words_[b - 2].begin]) && !is_pronoun(s, b - 2)) {
            const std::size_t first = adverbs_start(s, b - 2, clause);
            if (first > clause && word_in(s, words_[first - 1], list(WordTable::copulas))) b = first;
        }
        const bool after_copula = b > clause && word_in(s, words_[b - 1], list(WordTable::copulas));
        const bool no_object = j + 1 >= words_.size() || words_[j].clause_end || comma_after(s, j) ||
                               word_in(s, words_[j + 1], list(WordTable::coordinators)) ||
                               is_preposition(s, j + 1) ||
                               word_in(s, words_[j + 1], list(WordTable::content_openers));
        predicated = after_copula && no_object;
        // The subject is the thing judged, no holder: "Any attempt to destabilize Ukraine"; "it" stands for what
        // follows ("It is unacceptable that").
        if (predicated && found.holder && found.holder->last < i) {
            if (!(found.holder->first == found.holder->last && word_is(s, words_[found.holder->first], "it"))) {
                found.target = Phrase{subject_start(s, *found.holder, clause), found.holder->last};
            }
            found.holder.reset();
        }
    }
    // Whether words [from, to) name someone: a capitalised word past the sentence's first, or a
    // collective noun ("Many countries", "The GGE report", "the UN members").
    auto names_someone = [&](std::size_t from, std::size_t to) {
        for (std::size_t w = from; w < to; ++w) {
            // A capital opening the sentence is only capitalisation, unless it opens a state's name.
            const bool name = is_upper(s[words_[w].begin]) && (w > 0 || names_state(s, w));
            if (name || word_in(s, words_[w], list(WordTable::collective_holders))) return true;
        }
        return false;
    };
    // "Pope Francis ... stressed the importance of dialogue", "Many leaders stressed the importance of": a judgment
    // stated by another's verb of saying is reported, as other nouns are.
    // The verb is one of [stance-frames] ("X poses a threat" judges X), and the subject a party or a name.
    const bool reported_judgment = [&] {
        if (cue.type != StanceType::assess || cue.word_class != Cue::Class::noun || predicate_ || !found.holder ||
            found.holder->last + 1 >= i || is_pronoun(s, found.holder->last) ||
            mentions_speaker(s, found.holder->first, found.holder->last + 1)) {
            return false;
        }
        bool framed = false;
        for (std::size_t b = found.holder->last + 1; b < i && !framed; ++b) framed = frame_at(s, b);
        // A party ("UN Member States", "The Security Council"), a text ("The Addis Agenda"), or a person by title
        // ("Pope Francis"); not a thing or a place named ("the tragic devastation of Storm Daniel", "Palestine and Israel").
        // The whole subject, opening its clause or after a comma or "that": not the tail of "the attacks in France,
        // ..., Mali and other countries"; nor the speaker's own Government.
        const std::size_t first = found.holder->first, last = found.holder->last;
        const bool whole = first == clause ||
                           // not the last items of a list of names ("Spain, Burkina Faso, Mali and other countries")
                           (comma_after(s, first - 1) && !coordinated_between(s, first, last + 1)) ||
                           word_is(s, words_[first - 1], "that") ||
                           word_in(s, words_[first - 1], list(WordTable::coordinators));
        if (!whole || word_in(s, words_[last], list(WordTable::speaker_own_nouns))) return false;
        return framed && (party_of(s, *found.holder) || word_in(s, words_[last], list(WordTable::reporting_documents)) ||
                          lexicon_.match(Phrases::honorific, s.substr(words_[first].begin)).has_value() ||
                          (first + 1 <= last && lexicon_.match(Phrases::honorific, s.substr(words_[first + 1].begin)).has_value() &&
                           word_in(s, words_[first], list(WordTable::articles))));
    }();
    const bool own = (cue.type == StanceType::assess && !reported_judgment) || cue.type == StanceType::prescribe || !reportable || predicated ||
                     (cue.word_class == Cue::Class::noun && predicate_ && !existential) || raised_by_thing;
    // "the States that have supported our candidacy", "The partners who condemned the attack", "the Caribbean
    // nations demanding reparations", "resolution 70/5, which calls for": a verb in a relative clause or a
    // participle reports its antecedent's position, when that is a party or a text of [reporting-documents]
    // (ANNOTATION.md). Not "a country that ...", which the speaker says of itself as often as of another.
    auto relative_antecedent = [&]() -> std::optional<Phrase> {
        if (own || cue.word_class != Cue::Class::verb) return std::nullopt;
        auto document = [&](std::size_t w) { return word_in(s, words_[w], list(WordTable::reporting_documents)); };
        // The text a number names, back over the parts of its symbol: "resolution" of "resolution 70/5".
        auto numbered = [&](std::size_t w, std::size_t from) -> std::optional<std::size_t> {
            if (!is_digit(s[words_[w].begin])) return std::nullopt;
            // "resolution 2334 (2016), which calls on": the year in brackets after the number.
            if (w > from && words_[w].begin > 0 && s[words_[w].begin - 1] == '(' && is_digit(s[words_[w - 1].begin])) --w;
            while (w > from && words_[w].begin == words_[w - 1].end + 1 && s[words_[w].begin - 1] == '/') --w;
            if (w > from && document(w - 1) && !comma_after(s, w - 1)) return w - 1;
            return std::nullopt;
        };
        // The text a phrase ending at `head` names with a phrase after it: "a resolution on ICTs".
        auto text_with_phrase = [&](std::size_t head) -> std::optional<std::size_t> {
            for (std::size_t d = head; d > clause && d + 6 > head; --d) {
                const std::size_t w = d - 1;
                if (words_[w].clause_end || comma_after(s, w)) break;
                if (document(w) && w + 1 < head &&
                    (word_is(s, words_[w + 1], "of") || word_in(s, words_[w + 1], list(WordTable::object_prepositions)))) {
                    return w;
                }
            }
            return std::nullopt;
        };
        auto head_of_participle = [&]() -> std::optional<std::size_t> {
            std::size_t w = i;
            while (w > clause && !comma_after(s, w - 1) && is_adverb(s, w - 1)) {
                --w;
            }
            if (w == clause || !form_of(s, i).ends_with("ing")) return std::nullopt;
            const std::size_t head = w - 1;
            const std::size_t named = numbered(head, clause).value_or(text_with_phrase(head).value_or(head));
            // After a comma only a text ("a resolution on ICTs, supporting"): a party there is as often the
            // clause's subject, acting.
            if (comma_after(s, head) && !document(named)) return std::nullopt;
            if (!document(named) && !word_in(s, words_[named], list(WordTable::party_words))) return std::nullopt;
            // "Kuwait reiterates its firm and principled position rejecting": a text or position that the clause's
            // subject states as its own is no other party's ("presented his report, calling for" is the facilitator's).
            for (std::size_t b = named; b > clause && b + 4 > named; --b) {
                if (word_in(s, words_[b - 1], list(WordTable::self_possessives)) ||
                    (word_in(s, words_[b - 1], list(WordTable::holder_possessives)) && b - 1 > clause && frame_at(s, b - 2))) {
                    return std::nullopt;
                }
                if (word_in(s, words_[b - 1], list(WordTable::articles)) || comma_after(s, b - 1)) break;
            }
            return head;
        };
        auto head_of_relative = [&]() -> std::optional<std::size_t> {
            const std::size_t w = chain_start(s, i, clause);
            // ", which" opens a clause of its own about a text before it: "resolution 70/5, which calls for".
            if (w == clause + 1 && clause > 0 && word_is(s, words_[clause], "which") && comma_after(s, clause - 1)) {
                const std::size_t head = clause - 1;
                const std::size_t from = words_[head].clause;
                if (document(head) || numbered(head, from)) return head;
                return std::nullopt;
            }
            if (w < clause + 2) return std::nullopt;
            const std::size_t head = w - 2;
            if (!word_is(s, words_[w - 1], "who") && !word_is(s, words_[w - 1], "that")) return std::nullopt;
            if (comma_after(s, head) || words_[head].clause_end) return std::nullopt;
            return head;
        };
        // A passive reports no position of its antecedent: "which is supported by 106 States", "decisions that
        // have been applauded".
        if (!form_of(s, i).ends_with("ing")) {
            for (std::size_t w = chain_start(s, i, clause); w < i; ++w) {
                if (word_in(s, words_[w], list(WordTable::passive_auxiliaries))) return std::nullopt;
            }
        }
        auto found_head = head_of_participle();
        const bool participle = found_head.has_value();
        if (!found_head) found_head = head_of_relative();
        if (!found_head) return std::nullopt;
        const std::size_t head = *found_head;
        const std::size_t from = std::min<std::size_t>(clause, words_[head].clause);  // the antecedent's clause
        // A text named by its number ("resolution 70/5 calling for") or, before a participle, with a phrase
        // ("a resolution on ICTs, supporting"); a relative's "that" hangs on the nearest noun ("the Paris
        // Agreement on a scale that will support").
        const std::size_t named =
            numbered(head, from).value_or(participle ? text_with_phrase(head).value_or(head) : head);
        const bool text = document(named);
        if ((head >= clause && words_[head].clause_end) || is_pronoun(s, named) ||
            (!text && !word_in(s, words_[named], list(WordTable::party_words))) ||
            word_in(s, words_[named], list(WordTable::generic_antecedents))) {
            return std::nullopt;
        }
        // The antecedent's modifiers as far back as its article or determiner ("the many countries", "those
        // partners"), or its name's capitals ("Member States"); without one, the head alone.
        std::size_t first = named;
        while (first > from && is_upper_start(s[words_[first - 1].begin]) && !words_[first - 1].clause_end &&
               !comma_after(s, first - 1)) {
            --first;
        }
        for (std::size_t p = first; p > from && p + 4 > first;) {
            --p;
            // "Most of the protesters are young people demanding": after a copula, the words before the head are
            // its modifiers.
            if (!words_[p].clause_end && !comma_after(s, p) && word_in(s, words_[p], list(WordTable::copulas)) && p + 1 < first) {
                first = p + 1;
                break;
            }
            if (words_[p].clause_end || comma_after(s, p) || !in_phrase(s, p)) break;
            // A text's name stops at "of": "resolution 2417", not "the implementation of resolution 2417".
            if (text && word_is(s, words_[p], "of")) break;
            if (word_in(s, words_[p], list(WordTable::articles)) || word_in(s, words_[p], list(WordTable::determiners)) ||
                word_in(s, words_[p], list(WordTable::holder_possessives))) {
                first = p;
                break;
            }
        }
        if (!text && (word_is(s, words_[first], "a") || word_is(s, words_[first], "an"))) return std::nullopt;
        if (mentions_speaker(s, first, head + 1)) return std::nullopt;
        return Phrase{first, head};
    };
    const bool theme_subject = cue.word_class == Cue::Class::state &&
                               (cue.type == StanceType::oppose || cue.type == StanceType::welcome);
    if (cue.type == StanceType::prescribe && reported_by_other(s, i)) {
        // "In the midst of the Second World War, he said that we must": another's prescription, reported.
        st.holder.kind = HolderKind::third_party;
        found.holder.reset();
    } else if (const auto antecedent = relative_antecedent()) {
        st.holder.kind = HolderKind::third_party;
        st.holder.span = holder_span(*antecedent);
        found.holder.reset();
    } else if (!own && cue.word_class == Cue::Class::verb && j + 2 < words_.size() && word_is(s, words_[j + 1], "by") &&
               !words_[j].clause_end && !word_is(s, words_[j], "that") && !is_year(form_of(s, j + 2))) {
        // Not a clause's "by" ("It is hoped that by 2017"), nor a date ("endorsed by 2030"); a number of
        // parties is an agent ("endorsed by 116 States").
        st.holder.kind = HolderKind::third_party;
        st.holder.span = span_of(Phrase{j + 2, phrase_end(s, j + 2, words_.size() - 1)});
        // What the agent holds a position on stands before the participle: "The agreement endorsed by".
        if (found.holder) found.target = found.holder;
        found.holder.reset();
    } else if (!own && !own_possessive && found.holder && found.holder->first == found.holder->last &&
               found.holder->last < i && !theme_subject &&
               word_in(s, words_[found.holder->first], list(WordTable::third_person_subjects))) {
        // "as he encourages cooperation", "They support the plan": no third person is the speaker. Not the
        // subject of "they are welcome", "they are unacceptable", which is the thing judged.
        st.holder.kind = HolderKind::third_party;
        st.holder.span = holder_span(*found.holder);
    } else if (cue.type != StanceType::assess && cue.type != StanceType::prescribe &&
               found.holder && found.holder->last + 1 == i && is_possessive(s, found.holder->last) &&
               is_upper_start(s[words_[found.holder->last].begin]) && !own_possessive &&
               !mentions_speaker(s, found.holder->first, found.holder->last + 1)) {
        // "I refer to Iran's support for its proxies", "supports the Secretary-General's appeal for": a name's
        // possessive names another actor's position.
        st.holder.kind = HolderKind::third_party;
        st.holder.span = holder_span(*found.holder);
    } else if (found.named_after && found.holder && !mentions_speaker(s, found.holder->first, found.holder->last + 1) &&
               !word_in(s, words_[found.holder->last], list(WordTable::speaker_own_nouns))) {
        // "we need the support of the international community", "the commitment of the President of Ghana": the
        // party after the noun, when it is not the speaker, nor a people or a Government ("the gratitude of the
        // Congolese people", most often the speaker's own).
        st.holder.kind = HolderKind::third_party;
        st.holder.span = holder_span(*found.holder);
    } else if (existential && cue.type != StanceType::prescribe) {
        st.holder.kind = HolderKind::third_party;
        found.holder.reset();
    } else if (!own && !own_possessive && found.holder &&
               (cue.word_class == Cue::Class::noun ? found.holder->last + 1 < i : found.holder->last < i) &&
               !mentions_speaker(s, found.holder->first, found.holder->last + 1) &&
               (cue.word_class == Cue::Class::noun || (!speaker_.empty() && subject_next_to_cue(s, *found.holder, i))) &&
               (names_someone(found.holder->first, found.holder->last + 1) ||
                (word_in(s, words_[found.holder->last], list(WordTable::party_words)) && !is_pronoun(s, found.holder->last) &&
                 !word_in(s, words_[found.holder->first], list(WordTable::self_possessives)))) &&
               mentions_speaker(s, clause, i)) {
        // The stated subject is another actor, though the speaker is named earlier in the clause:
        // "China notes with appreciation that many countries ... expressed support", "we must
        // focus on a transition, as the Security Council has called for", "I believe that the world's peoples are
        // demanding".
        st.holder.kind = HolderKind::third_party;
        st.holder.span = holder_span(*found.holder);
    } else if (!own && (i > clause || (found.holder && found.holder->last < clause)) && !mentions_speaker(s, clause, i) &&
               !(found.holder && mentions_speaker(s, found.holder->first, found.holder->last + 1)) &&
               !(cue.word_class == Cue::Class::state && cue.type == StanceType::oppose && !found.holder && found.target &&
                 found.target->last < i)) {
        // (Not the thing judged before a state: "The abuses against Rohingya Muslims are unacceptable".)
        // (A subject before a parenthesis set off by dashes stands before the cue's clause.)
        // The words before the cue name someone: "Many countries", "The GGE report", "the UN members".
        std::size_t first = clause;
        while (first < i && (word_in(s, words_[first], list(WordTable::holder_skip)))) {
            ++first;
        }
        // Or the subject found is headed by a party noun of its own: "citizens are demanding respect",
        // "Many actors are ready to" (not "we", "our people", nor a thing judged).
        const bool judged_thing = cue.type == StanceType::oppose && cue.word_class == Cue::Class::state;  // "are unacceptable"
        const bool party_subject = found.holder && cue.type != StanceType::assess && cue.type != StanceType::prescribe &&
                                   !judged_thing &&
                                   word_in(s, words_[found.holder->last], list(WordTable::party_words)) &&
                                   !is_pronoun(s, found.holder->last) &&  // self words among them
                                   !word_in(s, words_[found.holder->first], list(WordTable::self_possessives));
        // "Turkey, which systematically violates international law, calls on": the subject before a relative set
        // off by commas, another actor.
        const bool named_before = found.holder && found.holder->last < clause && names_someone(found.holder->first, found.holder->last + 1);
        if ((names_someone(first, i) || party_subject || named_before) && !found.situation && !found.asked) {
            st.holder.kind = HolderKind::third_party;
            if (found.holder) {
                st.holder.span = holder_span(*found.holder);
            } else if (first < i) {
                st.holder.span = holder_span(Phrase{first, i - 1});
            }
        }
    }
    // "It is unacceptable that", "it is encouraging to note", "It is hoped that": an impersonal clause names no
    // holder (ANNOTATION.md); "it" before any other verb, or committed, stands for a party ("It supports the
    // plan", "it is committed to").
    const bool impersonal = cue.type != StanceType::commit && found.holder && found.holder->first == found.holder->last &&
                            word_is(s, words_[found.holder->first], "it") &&
                            found.holder->last + 1 < words_.size() &&
                            word_in(s, words_[found.holder->last + 1], list(WordTable::copulas));
    if (st.holder.kind == HolderKind::speaker && found.holder && !impersonal) st.holder.span = holder_span(*found.holder);
}

std::optional<StanceFinder::Phrase> StanceFinder::believer(std::string_view s, const Phrase& thing, std::size_t clause) const {
    if (thing.first < clause + 2 || !word_is(s, words_[thing.first - 1], "that")) return std::nullopt;
    auto who = subject_of(s, thing.first - 2, clause);
    // Not the possessive of the party told: "I have told my citizens that" (but "our view that" is ours).
    if (who && who->first == who->last && who->last + 1 < thing.first - 1 &&
        (word_in(s, words_[who->first], list(WordTable::self_possessives)) ||
         word_in(s, words_[who->first], list(WordTable::holder_possessives))) &&
        party_of(s, Phrase{who->last + 1, thing.first - 2})) {
        return std::nullopt;
    }
    if (who && who->first == who->last && is_pronoun(s, who->first)) return who;
    if (who && names_speaker(s, who->first, who->last + 1, who->last)) return who;
    return std::nullopt;
}

bool StanceFinder::possessive_of_noun(std::string_view s, const Phrase& subject, std::size_t i, std::size_t clause,
                                      const Cue& cue) const {
    if (subject.first >= subject.last || subject.last + 1 != i || subject.first <= clause) return false;
    const std::string_view form = form_of(s, i);
    // A verb's forms: "calls for", "supporting", "appreciated".
    if (cue.word_class == Cue::Class::modal || form.ends_with('s') || form.ends_with("ing") || form.ends_with("ed")) return false;
    const Word& first = words_[subject.first];
    const Word& before = words_[subject.first - 1];
    return (word_in(s, first, list(WordTable::self_possessives)) || word_in(s, first, list(WordTable::holder_possessives))) &&
           (word_in(s, before, list(WordTable::copulas)) || is_preposition(s, subject.first - 1)) &&
           modifiers_only(s, subject.first + 1, i) && !coordinated_between(s, subject.first + 1, i) &&
           !possessive_between(s, subject.first + 1, i);
}

std::optional<StanceFinder::Phrase> StanceFinder::possessive_holder(std::string_view s, std::size_t i, std::size_t clause) const {
    for (std::size_t w = i; w > clause && w + 3 > i; --w) {
        if (word_in(s, words_[w - 1], list(WordTable::self_possessives)) ||
            word_in(s, words_[w - 1], list(WordTable::holder_possessives))) {
            return Phrase{w - 1, w - 1};
        }
        if (form_of(s, w - 1).ends_with("'s") && is_upper_start(s[words_[w - 1].begin])) {
            std::size_t first = w - 1;  // the name, as far as its capitals go: "Costa Rica's"
            auto back_over_capitals = [&] {
                while (first > clause && is_upper_start(s[words_[first - 1].begin]) && !comma_after(s, first - 1) &&
                       !is_pronoun(s, first - 1)) {
                    --first;
                }
            };
            back_over_capitals();
            // "my Government's", "the Kingdom of Morocco's": its determiner, and a name's "of".
            while (first > clause + 1 && word_is(s, words_[first - 1], "of") && is_upper_start(s[words_[first - 2].begin]) &&
                   !comma_after(s, first - 2)) {
                first -= 2;
                back_over_capitals();
            }
            if (first > clause && (word_in(s, words_[first - 1], list(WordTable::self_possessives)) ||
                                   word_in(s, words_[first - 1], list(WordTable::articles)))) {
                --first;
            }
            return Phrase{first, w - 1};
        }
        // "my delegation's cooperation and support", "the Ivorian people's gratitude": a party's noun in the
        // possessive, with its article or possessive a few words before.
        if (const std::string_view form = form_of(s, w - 1); form.ends_with("'s") && is_lower(form.front()) &&
            list(WordTable::party_words).contains(form.substr(0, form.size() - 2))) {
            for (std::size_t first = w - 1; first > clause && first + 4 > w; --first) {
                if (words_[first - 1].clause_end || comma_after(s, first - 1) || !in_phrase(s, first - 1)) break;
                if (word_in(s, words_[first - 1], list(WordTable::articles)) ||
                    word_in(s, words_[first - 1], list(WordTable::self_possessives))) {
                    return Phrase{first - 1, w - 1};
                }
            }
        }
    }
    return std::nullopt;
}

std::optional<StanceFinder::Phrase> StanceFinder::subject_after_opening(std::string_view s, std::size_t last,
                                                                         std::size_t clause) const {
    // "To achieve that, the Central African Republic, through me, calls for", "Only two days ago in Assisi, Pope
    // Francis, together with numerous other world religious leaders, stressed": a phrase opens the clause, then the
    // subject, then an aside set off by commas before the verb. The subject is a party or a name, right after the
    // opening phrase's comma.
    // Not a list's last items ("in Syria, Yemen, Libya and Iraq, must cease", "malaria, HIV/AIDS, tuberculosis and
    // others, is"), nor a place after its city ("in Gaborone, Botswana, under the theme").
    std::size_t open = last;
    while (open > clause && !comma_after(s, open - 1)) --open;
    if (open == clause || open + 12 < last || coordinated_between(s, open, last + 1)) return std::nullopt;
    const std::size_t end = open - 1;  // the subject's last word, before the aside's comma
    if (!in_phrase(s, end) || words_[end].clause_end) return std::nullopt;
    const std::size_t first = phrase_start(s, end, clause);
    if (first <= clause || !comma_after(s, first - 1) || first > end) return std::nullopt;
    if (first == end && is_upper_start(s[words_[first - 1].begin])) return std::nullopt;
    // The phrase opens as a subject does: not "thereby violating the sovereignty of States", "particularly its women".
    const Word& opening = words_[first];
    if (!is_upper_start(s[opening.begin]) && !is_pronoun(s, first) && !word_in(s, opening, list(WordTable::articles)) &&
        !word_in(s, opening, list(WordTable::determiners)) && !word_in(s, opening, list(WordTable::self_possessives)) &&
        !word_in(s, opening, list(WordTable::holder_possessives))) {
        return std::nullopt;
    }
    const Phrase subject{first, end};
    if (!party_of(s, subject) && !names_speaker(s, first, end + 1, end) && !is_upper_start(s[words_[end].begin])) {
        return std::nullopt;
    }
    return subject;
}

std::size_t StanceFinder::present_before(std::string_view s, std::size_t to, std::size_t clause) const {
    std::size_t here = to - 1;
    if (here > clause && word_in(s, words_[here], list(WordTable::time_phrases))) --here;
    if (here <= clause || !word_is(s, words_[here], "here") || comma_after(s, here - 1)) return npos;
    const std::size_t verb = here - 1;
    return word_in(s, words_[verb], list(WordTable::presence_verbs)) || word_in(s, words_[verb], list(WordTable::copulas)) ? verb : npos;
}

std::optional<StanceFinder::Phrase> StanceFinder::infinitive_subject(std::string_view s, std::size_t comma,
                                                                      std::size_t clause) const {
    // "A definitive road map to reduce emissions, in line with ..., is crucial", "The successor agreement to the SIDS
    // Accelerated Modalities of Action, known as the Samoa Pathway, will be critical": a noun phrase with a "to" after
    // its head opens the clause before an aside; it opens with an article or a determiner and holds no verb of its own.
    if (!word_in(s, words_[clause], list(WordTable::articles)) && !word_in(s, words_[clause], list(WordTable::determiners))) {
        return std::nullopt;
    }
    bool infinitive = false;
    for (std::size_t w = clause + 1; w <= comma; ++w) {
        if (words_[w - 1].clause_end || comma_after(s, w - 1) || word_in(s, words_[w], list(WordTable::copulas)) ||
            word_in(s, words_[w], list(WordTable::predicate_starts)) || word_in(s, words_[w], list(WordTable::clause_openers))) {
            return std::nullopt;
        }
        infinitive = infinitive || (word_is(s, words_[w], "to") && w > clause + 1 && w < comma && is_lower(s[words_[w + 1].begin]));
    }
    if (!infinitive) return std::nullopt;
    return Phrase{clause, comma};
}

}  // namespace posext::detail
