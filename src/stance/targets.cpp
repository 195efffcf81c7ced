// A stance's target: where it starts after the cue and its links, and where it ends, before a second predicate
// of the subject or a new clause (ANNOTATION.md, "Roles").
#include <algorithm>
#include <optional>

#include <posext/detail/chars.hpp>

#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

bool StanceFinder::cue_has(std::string_view s, std::size_t i, std::size_t j, WordTable table) const {
    for (std::size_t w = i; w <= j; ++w) {
        if (word_in(s, words_[w], list(table))) return true;
    }
    return false;
}

// "We regret that withdrawal,", "committed to that path, as": "that" before a noun that ends its phrase
// points at it, and belongs to the target; before a clause it links.
bool StanceFinder::pointing_that(std::string_view s, std::size_t t) const {
    const std::size_t n = words_.size();
    if (!word_is(s, words_[t], "that") || t + 1 >= n || words_[t].clause_end || comma_after(s, t)) return false;
    const std::size_t noun = t + 1;
    // A party's noun in capitals is one too: "We support that Government through our participation".
    const bool party = is_upper(s[words_[noun].begin]) && word_in(s, words_[noun], list(WordTable::party_words)) &&
                       !form_of(s, noun).ends_with("s");
    if ((!is_lower(s[words_[noun].begin]) && !party) || word_in(s, words_[noun], list(WordTable::articles)) ||
        word_in(s, words_[noun], list(WordTable::determiners)) || is_pronoun(s, noun) ||
        word_in(s, words_[noun], list(WordTable::phrase_breaks)) || word_in(s, words_[noun], list(WordTable::party_quantifiers))) {
        return false;
    }
    if (word_in(s, words_[noun], list(WordTable::party_partitives)) || form_of(s, noun).ends_with("ed")) return false;
    // The noun ends the clause, or a comma and a new clause follow it: a that-clause would need its verb
    // first ("that poverty, hunger and inequality continue" lists its subjects).
    if (noun + 1 >= n || words_[noun].clause_end) return true;
    // Or a singular noun goes on with a phrase, not a verb: "support that Government through", "reject that notion of".
    // A verb further on makes it a clause's subject after all: "regret that action on that matter continues".
    if (!comma_after(s, noun) && !form_of(s, noun).ends_with("s") &&
        (word_is(s, words_[noun + 1], "of") || is_preposition(s, noun + 1))) {
        for (std::size_t w = noun + 2; w < n && w < noun + 12 && !words_[w - 1].clause_end && !comma_after(s, w - 1); ++w) {
            if (word_in(s, words_[w], list(WordTable::copulas)) || word_in(s, words_[w], list(WordTable::have_forms)) ||
                word_in(s, words_[w], list(WordTable::joined_modals)) || third_person_verb(s, w) ||
                (form_of(s, w).ends_with("ed") && !word_in(s, words_[w - 1], list(WordTable::articles)))) {
                return false;
            }
        }
        return true;
    }
    return comma_after(s, noun) && (word_in(s, words_[noun + 1], list(WordTable::clause_conjunctions)) ||
                                    word_in(s, words_[noun + 1], list(WordTable::target_breaks)));
}

std::size_t StanceFinder::target_start(std::string_view s, std::size_t t) const {
    const std::size_t n = words_.size();
    const std::size_t from = t;
    // "Regrettably, however, it seems that": a linking adverb set off by commas opens no target.
    if (t > 0 && t < n && comma_after(s, t - 1) && !words_[t - 1].clause_end) {
        if (const std::size_t length = list(WordTable::argument_links).opens(s.substr(words_[t].begin)); length != 0) {
            std::size_t last = t;
            while (last + 1 < n && words_[last + 1].begin < words_[t].begin + length) ++last;
            if (last + 1 < n && comma_after(s, last) && !words_[last].clause_end) t = last + 1;
        }
    }
    // One link, then the phrase: "hope that in the future they will", "pleased that on the occasion of".
    if (t > 0 && t < n && word_is(s, words_[t - 1], "that") && !words_[t - 1].clause_end) return t;
    while (t < n && !words_[t - 1].clause_end && word_in(s, words_[t], list(WordTable::target_skip)) && !pointing_that(s, t)) {
        ++t;
        if (word_is(s, words_[t - 1], "that")) break;
    }
    // "our support for and solidarity with the Republic": a second noun joined with its own link shares the phrase.
    if (t > from && t + 3 < n && !words_[t - 1].clause_end && !comma_after(s, t - 1) &&
        word_in(s, words_[t], list(WordTable::coordinators)) && is_lower(s[words_[t + 1].begin]) &&
        !words_[t + 1].clause_end && in_phrase(s, t + 1) && !word_in(s, words_[t + 1], list(WordTable::determiners)) &&
        word_in(s, words_[t + 2], list(WordTable::target_skip)) && !words_[t + 2].clause_end) {
        t += 3;
    }
    return t;
}

// "commends the success of the Summit and affirms our commitment": a verb that agrees with the
// cue's after "and" opens a second predicate of the same subject.
bool StanceFinder::third_person_verb(std::string_view s, std::size_t w) const {
    const std::string_view f = form_of(s, w);
    return f.size() > 3 && f.back() == 's' && f[f.size() - 2] != 's' && f[f.size() - 2] != '\'' && !is_upper(f[0]);
}

bool StanceFinder::that_is(std::string_view s, std::size_t w) const {
    return w + 2 < words_.size() && word_is(s, words_[w], "that") && word_is(s, words_[w + 1], "is") && comma_after(s, w + 1);
}

bool StanceFinder::ends_target(std::string_view s, std::size_t k) const {
    const std::size_t n = words_.size();
    if (k + 1 >= n) return true;
    // The marks between this word and the next: a sentence end, ";" or ":" end the target;
    // dashes, brackets and "…" do not.
    const std::string_view marks = s.substr(words_[k].end, words_[k + 1].begin - words_[k].end);
    bool comma = false;
    if (marks != " ") {  // most words are followed by one space, and no mark
        if (marks.find_first_of(";!?") != std::string_view::npos) return true;
        // A colon inside a quotation is the quotation's: "the theme \"The United Nations at 70: a new
        // commitment to action\"". Colons are rare, so the quotes before one are counted when one comes.
        // Nor a ratio or a time: "a 50:50 balance", "10:30".
        const bool ratio = marks == ":" && is_digit(s[words_[k].end - 1]) && is_digit(s[words_[k + 1].begin]);
        if (marks.find(':') != std::string_view::npos && !ratio &&
            std::count(s.begin(), s.begin() + words_[k].end, '"') % 2 == 0) {
            return true;
        }
        // "Mr." and "e.g." end nothing, and "..." is a pause.
        if (words_[k].clause_end && marks.find('.') != std::string_view::npos && marks.find("..") == std::string_view::npos) {
            return true;
        }
        comma = marks.find(',') != std::string_view::npos;
        // A pause before the speaker's new clause: "stop that…I repeat we must".
        // So does a dash before one: "Democracy must be able to deliver results — we must focus on that".
        const bool pause = marks.find("\xE2\x80\xA6") != std::string_view::npos;
        const bool dash = marks.find("\xE2\x80\x94") != std::string_view::npos || marks.find("\xE2\x80\x93") != std::string_view::npos;
        const bool subject =
            word_in(s, words_[k + 1], list(WordTable::self_subjects)) || word_in(s, words_[k + 1], list(WordTable::new_subjects));
        // A dash before a conjunction that opens a clause: "We need secure supply chains — but we should". Not "as"
        // or "so", which after a dash open phrases as often ("reaching — as soon as possible — an agreement", "— so
        // that", a purpose, which the target keeps).
        if (dash && word_in(s, words_[k + 1], list(WordTable::target_breaks)) && !word_is(s, words_[k + 1], "as") &&
            !word_is(s, words_[k + 1], "so") && !(k + 2 < n && word_in(s, words_[k + 2], list(WordTable::clause_continuations)))) {
            return true;
        }
        if (subject && !that_is(s, k + 1) &&
            (pause || (dash && k + 2 < n && (word_in(s, words_[k + 2], list(WordTable::predicate_starts)) ||
                                             word_in(s, words_[k + 2], list(WordTable::verb_chain_words)))))) {
            return true;
        }
    }
    if (comma) {
        // "... for Haiti, first.", "... to that end, too.": one adverb after a comma closes the sentence, no part of it.
        if (k + 2 == n && words_[k + 1].clause_end && is_lower(s[words_[k + 1].begin]) &&
            (is_adverb(s, k + 1) || word_in(s, words_[k + 1], list(WordTable::sequence_adverbs)) ||
             word_in(s, words_[k + 1], list(WordTable::light_adverbs)))) {
            return true;
        }
        // ", as well as" and ", but also" join; ", as Israel is intensifying" opens a clause. A purpose clause is
        // part of the target (ANNOTATION.md): ", so that the perpetrators can", ", so as to allow".
        // ", that is, the adoption of the final document": a restatement of what comes before.
        const bool joins = k + 2 < n && (that_is(s, k + 1) || (word_is(s, words_[k + 1], "as") && word_is(s, words_[k + 2], "well")) ||
                                         (word_is(s, words_[k + 1], "so") &&
                                          (word_is(s, words_[k + 2], "that") || word_is(s, words_[k + 2], "as"))) ||
                                         (word_in(s, words_[k + 1], list(WordTable::clause_conjunctions)) &&
                                          word_in(s, words_[k + 2], list(WordTable::clause_continuations))));
        // ", that of the emergence of our country": an apposition, no new subject.
        const bool apposition = k + 2 < n && word_is(s, words_[k + 2], "of") &&
                                (word_is(s, words_[k + 1], "that") || word_is(s, words_[k + 1], "those"));
        // Whether the comma ends a phrase fronted in a content clause: "report that, on 27 October, Iraq handed over",
        // "note that during its first year ..., Guatemala has pursued" (not "that would undermine the process in
        // Iraq, Equatorial Guinea pays", a relative with its own verb).
        // A modal or verb cue inside the phrase is the one whose target ends here: "that while Iran will not be the
        // first country to violate the agreement, it will respond", "that, even as we call on ..., we must not
        // settle" ("in order to reaffirm our support for ..., Thailand will contribute" goes on).
        auto fronted_in_content = [&] {
            for (std::size_t w = k; w > words_[k].clause && w + 30 > k; --w) {
                if (!word_is(s, words_[w - 1], "that")) continue;
                for (std::size_t v = w; v <= k; ++v) {
                    const auto cue = cue_at(s, v);
                    const bool noun = word_in(s, words_[v - 1], list(WordTable::determiners)) ||
                                      word_in(s, words_[v - 1], list(WordTable::holder_possessives));
                    if (cue && !noun && (cue->cue.word_class == Cue::Class::modal || cue->cue.word_class == Cue::Class::verb)) {
                        return false;
                    }
                }
                return comma_after(s, w - 1) ||
                       (!in_phrase(s, w) && !word_in(s, words_[w], list(WordTable::verb_chain_words)) && !is_pronoun(s, w)) ||
                       is_preposition(s, w) ||
                       word_in(s, words_[w], list(WordTable::time_phrases)) ||
                       word_in(s, words_[w], list(WordTable::clause_openers));
            }
            return false;
        };
        // "say that in our long and continuing effort to ..., we have received": a subject after a phrase fronted
        // in the content clause goes on with it.
        // ", as enshrined in the Charter", ", as set out in": a participle after "as" opens no clause.
        auto hung_participle = [&] {
            if (k + 3 >= n || !word_is(s, words_[k + 1], "as") || !is_lower(s[words_[k + 2].begin])) return false;
            const auto preposition = [&](std::size_t w) { return w < n && is_preposition(s, w); };
            // "set out in", "set forth in": a participle with its particle.
            return (form_of(s, k + 2).ends_with("ed") && (preposition(k + 3) || preposition(k + 4))) ||
                   (!is_pronoun(s, k + 2) && !word_in(s, words_[k + 2], list(WordTable::determiners)) && !preposition(k + 2) &&
                    is_lower(s[words_[k + 3].begin]) && !comma_after(s, k + 2) && preposition(k + 4) && !preposition(k + 3));
        };
        // "should be called aggression, war is war": a noun and its finite copula after the comma open a clause of
        // their own.
        if (k + 3 < n && is_lower(s[words_[k + 1].begin]) && in_phrase(s, k + 1) && !comma_after(s, k + 1) &&
            !words_[k + 1].clause_end && word_in(s, words_[k + 2], list(WordTable::passive_auxiliaries)) &&
            !form_of(s, k + 2).starts_with("be") && !word_in(s, words_[k + 1], list(WordTable::relative_words)) &&
            !word_in(s, words_[k + 1], list(WordTable::clause_openers)) && !word_in(s, words_[k + 1], list(WordTable::determiners)) &&
            !word_in(s, words_[k + 1], list(WordTable::coordinators)) && !word_in(s, words_[k + 1], list(WordTable::verb_chain_words)) &&
            !is_adverb(s, k + 1) && !is_pronoun(s, k + 1) && !word_is(s, words_[k + 1], "there") && !that_is(s, k + 1)) {
            // Not inside a content clause, whose clauses a comma lists ("ensure that perpetrators are brought to
            // justice, victims are supported"), nor after a phrase fronted in one ("that, to date, there is"): both
            // have a "that" before the comma.
            bool content = false;
            for (std::size_t w = k; w > words_[k].clause && w + 30 > k && !content; --w) content = word_is(s, words_[w - 1], "that");
            if (!content) return true;
        }
        if (!joins && !apposition && !hung_participle() &&
            (word_in(s, words_[k + 1], list(WordTable::target_breaks)) ||
             (word_in(s, words_[k + 1], list(WordTable::new_subjects)) && !fronted_in_content()))) {
            return true;
        }
        // "As we affirm our pledge to achieve these Goals, let us focus": an exhortation opens the main clause.
        if (k + 2 < n && word_in(s, words_[k + 1], list(WordTable::predicate_starts)) &&
            !word_in(s, words_[k + 1], list(WordTable::self_subjects)) && !word_in(s, words_[k + 1], list(WordTable::new_subjects)) &&
            (word_in(s, words_[k + 2], list(WordTable::object_pronouns)) || word_in(s, words_[k + 2], list(WordTable::self_words)))) {
            return true;
        }
        // ", nor should it impede", ", and nor should our cooperation": a negation that inverts a modal and its
        // subject opens a clause of its own.
        const std::size_t nor = k + 2 < n && word_in(s, words_[k + 1], list(WordTable::coordinators)) ? k + 2 : k + 1;
        if (nor + 1 < n && word_in(s, words_[nor], list(WordTable::inverted_negators)) &&
            word_in(s, words_[nor + 1], list(WordTable::predicate_starts))) {
            return true;
        }
        // ", which is why we have to": a relative on the whole clause opens the speaker's conclusion.
        if (k + 3 < n && word_is(s, words_[k + 1], "which") && word_in(s, words_[k + 2], list(WordTable::copulas)) &&
            word_is(s, words_[k + 3], "why")) {
            return true;
        }
        // "..., Costa Rica urges states": a state as the subject of a new clause, with its verb after it (not
        // "in Baku, Azerbaijan."), unless it ends a phrase fronted in a content clause.
        if (is_upper_start(s[words_[k + 1].begin]) && names_.may_open(form_of(s, k + 1))) {
            if (const auto state = lexicon_.match(Phrases::speaker, s.substr(words_[k + 1].begin))) {
                std::size_t after = k + 2;
                while (after < n && words_[after].begin < words_[k + 1].begin + state->length) ++after;
                if (after < n && !words_[after - 1].clause_end && !comma_after(s, after - 1) && is_lower(s[words_[after].begin]) &&
                    !word_in(s, words_[after], list(WordTable::coordinators)) && !word_is(s, words_[after], "of") &&
                    !word_in(s, words_[after], list(WordTable::object_prepositions)) &&
                    !word_in(s, words_[after], list(WordTable::loose_prepositions)) &&
                    !word_in(s, words_[after], list(WordTable::clause_openers)) && !fronted_in_content()) {
                    return true;
                }
            }
        }
        // "When I urged us to end the occupation, the Israeli Government has pursued": the main clause
        // after a subordinate one, a subject and its finite verb.
        // Not after "that", "where" ...: "hope that under his leadership, the Organization can" goes on.
        // A noun "will" has no verb after it ("the strong will and the power").
        auto inside_content = [&] {
            for (std::size_t w = k; w > words_[k].clause && w + 30 > k; --w) {
                if (word_in(s, words_[w - 1], list(WordTable::content_openers))) return true;
            }
            return false;
        };
        // "..., for the best way of resisting protectionism is", "..., for we are": "for" as a conjunction opens a
        // clause with a subject of its own.
        std::size_t np = k + 1;
        if (word_is(s, words_[np], "for") && np + 2 < n) {
            if (word_in(s, words_[np + 1], list(WordTable::new_subjects)) && word_in(s, words_[np + 2], list(WordTable::predicate_starts))) {
                return true;
            }
            ++np;
        }
        // "While existing conflicts need to be solved, our priority must be": a possessive opens a subject too.
        if (word_in(s, words_[np], list(WordTable::articles)) || is_upper_start(s[words_[np].begin]) ||
            word_in(s, words_[np], list(WordTable::self_possessives)) ||
            word_in(s, words_[np], list(WordTable::holder_possessives))) {
            for (std::size_t w = np + 1; w + 1 < n && w < np + 7 && !words_[w - 1].clause_end && !comma_after(s, w - 1); ++w) {
                // A verb of [predicate-starts], not one of its pronouns ("the people we represent").
                // After "for", a verb after a pronoun is a relative's: "thank him, for the work he has done".
                if (word_in(s, words_[w], list(WordTable::predicate_starts)) && !is_pronoun(s, w) &&
                    !(np > k + 1 && is_pronoun(s, w - 1))) {
                    const bool noun = word_is(s, words_[w], "will") &&
                                      (words_[w].clause_end || comma_after(s, w) || word_is(s, words_[w + 1], "of") ||
                                       word_is(s, words_[w + 1], "to") || word_in(s, words_[w + 1], list(WordTable::coordinators)));
                    if (!noun && !inside_content()) return true;
                    break;
                }
                // "Africa, the Middle East and elsewhere is": a list's last item, not a new subject.
                if (!in_phrase(s, w) || word_in(s, words_[w], list(WordTable::coordinators))) break;
            }
        }
    }
    // A reason given is no part of what the stance is about, with a comma or without: "should be prioritized ...
    // because therein lies the sustenance of life", "to continue living in peace ... because we value peace". Not
    // "because of", nor a reason the stance is about ("the targeting of Muslims just because of their faith", "not
    // because it is a comforting notion").
    if (word_is(s, words_[k + 1], "because") && k + 2 < n && !word_is(s, words_[k + 2], "of") && !is_adverb(s, k) &&
        !word_is(s, words_[k], "just") && !word_is(s, words_[k], "only")) {
        return true;
    }
    if (k + 2 >= n || !word_in(s, words_[k + 1], list(WordTable::coordinators))) return false;
    // "... and continues to demand", "and we are committed": a new predicate.
    if (word_in(s, words_[k + 2], list(WordTable::predicate_starts))) return true;
    // "..., and today we have strengthened our resolve", "and therefore we must": a subject after an adverb.
    if (k + 3 < n && (list(WordTable::time_phrases).contains(form_of(s, k + 2)) ||
                      word_in(s, words_[k + 2], list(WordTable::light_adverbs))) &&
        !word_in(s, words_[k + 2], list(WordTable::negators))) {  // "whether we like it or not, we"
        const std::size_t w = k + 3;
        if (word_in(s, words_[w], list(WordTable::self_subjects)) && w + 1 < n &&
            (word_in(s, words_[w + 1], list(WordTable::predicate_starts)) || is_lower(s[words_[w + 1].begin]))) {
            return true;
        }
    }
    // ", and that is what we are trying to do": a demonstrative as a new subject, with its verb. Not a second
    // relative ("structures that can withstand ... and that are resilient").
    // After a comma, any verb in -s: ", and this requires the commitment of all" (not a plural noun before its own
    // verb: ", and that civilians be spared").
    if (k + 3 < n && word_in(s, words_[k + 2], list(WordTable::new_subjects)) && !words_[k + 2].clause_end &&
        (word_in(s, words_[k + 3], list(WordTable::predicate_starts)) ||
         (comma && third_person_verb(s, k + 3) &&
          !(k + 4 < n && (word_in(s, words_[k + 4], list(WordTable::predicate_starts)) || word_is(s, words_[k + 4], "be"))))) &&
        !is_pronoun(s, k + 3) && !relative_between(s, words_[k].clause, k + 1)) {
        return true;
    }
    // "and this reputable body is best suited": a demonstrative with its noun, then the verb.
    if (k + 4 < n && word_in(s, words_[k + 2], list(WordTable::new_subjects)) && word_in(s, words_[k + 2], list(WordTable::determiners)) &&
        !relative_between(s, words_[k].clause, k + 1)) {
        for (std::size_t w = k + 3; w < n && w < k + 7 && !words_[w - 1].clause_end && !comma_after(s, w - 1); ++w) {
            if (word_in(s, words_[w], list(WordTable::predicate_starts))) return w > k + 3;
            if (!is_lower(s[words_[w].begin]) && !is_upper_start(s[words_[w].begin])) break;
            if (!in_phrase(s, w)) break;
        }
    }

    // "..., and express our gratitude to", "..., and urge all parties to": after a comma, a verb that
    // frames or states a position opens a second predicate of the subject. Not a noun of a list ("capitals,
    // and commitments to"), nor a verb set off by commas ("learn from, and share with, other countries").
    if (comma && is_lower(s[words_[k + 2].begin])) {
        bool verb = frame_at(s, k + 2);
        if (!verb) {
            const auto cue = cue_at(s, k + 2);
            verb = cue && cue->cue.word_class == Cue::Class::verb;
        }
        bool set_off = false;
        for (std::size_t w = k + 2; verb && w < n && w < k + 5; ++w) set_off = set_off || comma_after(s, w);
        if (verb && !set_off) return true;
    }
    // "..., and all those responsible must be held accountable", "..., and the African Union needs to": a new
    // subject and its verb, or its verb cue.
    if (comma) {
        for (std::size_t w = k + 2; w < n && w < k + 10 && !words_[w - 1].clause_end; ++w) {
            if (word_in(s, words_[w], list(WordTable::predicate_starts))) return w > k + 2;
            // Not a noun: after a determiner or a possessive ("and our appreciation"), nor a need that is one ("and
            // the developmental needs related to", "and its fundamental need for").
            const bool determined = word_in(s, words_[w - 1], list(WordTable::articles)) ||
                                    word_in(s, words_[w - 1], list(WordTable::determiners)) ||
                                    word_in(s, words_[w - 1], list(WordTable::self_possessives)) ||
                                    word_in(s, words_[w - 1], list(WordTable::holder_possessives));
            const bool noun_need = word_in(s, words_[w], list(WordTable::need_words)) &&
                                   !(form_of(s, w).ends_with("s") && w + 1 < n && word_is(s, words_[w + 1], "to"));
            if (w > k + 3 && is_lower(s[words_[w].begin]) && opens_noun_phrase(s, k + 2) && !determined && !noun_need &&
                cues_.may_open(form_of(s, w))) {
                const auto cue = cue_at(s, w);
                if (cue && (cue->cue.word_class == Cue::Class::verb || cue->cue.word_class == Cue::Class::modal)) return true;
            }
            // A phrase that hangs on the subject goes on with it: ", and discrimination against any kind of minority is".
            const bool hangs = w > k + 2 && (is_preposition(s, w) || word_is(s, words_[w], "of")) && !is_preposition(s, k + 2);
            if ((!in_phrase(s, w) && !hangs) || comma_after(s, w)) break;
        }
    }
    return false;
}

std::optional<StanceFinder::Phrase> StanceFinder::judged_by_frame(std::string_view s, std::size_t i, std::size_t clause) const {
    for (std::size_t b = i; b > clause && b + 7 > i; --b) {
        if (!word_in(s, words_[b - 1], list(WordTable::judging_frames))) continue;
        // "the stockpiles, which pose a security and environmental threat": what the relative stands for, as for
        // "which is crucial".
        if (const auto relative = relative_judged(s, b - 1, clause)) return relative;
        const auto who = subject_of(s, b - 1, clause);
        if (!who) return std::nullopt;
        return Phrase{subject_start(s, *who, clause), who->last};
    }
    return std::nullopt;
}

bool StanceFinder::cue_is_noun(std::string_view s, std::size_t w) const {
    const auto cue = cues_.may_open(form_of(s, w)) ? cue_at(s, w) : std::nullopt;
    return cue && cue->cue.word_class == Cue::Class::noun;
}

std::size_t StanceFinder::target_last(std::string_view s, std::size_t from) const {
    // Every target of a sentence ends at the first such word at or after its start. Each answer is
    // kept for the words it passed, so that a sentence of thousands of words full of cues is read
    // once, not once per cue, and only as far as its targets go.
    constexpr std::uint32_t unknown = ~std::uint32_t{0};
    if (target_ends_.size() != words_.size()) target_ends_.assign(words_.size(), unknown);
    std::size_t k = from;
    while (target_ends_[k] == unknown && !ends_target(s, k)) ++k;
    const std::uint32_t end = target_ends_[k] != unknown ? target_ends_[k] : static_cast<std::uint32_t>(k);
    for (std::size_t w = from; w <= k; ++w) target_ends_[w] = end;
    return end;
}

std::optional<StanceFinder::Phrase> StanceFinder::target_from(std::string_view s, std::size_t t, std::size_t i, std::size_t j,
                                                              const Cue& cue) const {
    const std::size_t n = words_.size();
    // "should not and cannot possibly be controlled", "should — and must — support": modals joined on one
    // predicate, whose target follows the last of them.
    bool joined = false;
    if (cue.word_class == Cue::Class::modal && t == j + 1) {
        if (const std::size_t v = after_joined_modal(s, j); v != npos) {
            t = v;
            joined = true;
        }
    }
    if (t >= n || t <= j || (words_[t - 1].clause_end && !joined)) return std::nullopt;
    // "condemns in the strongest terms all those crimes": a phrase of intensity right after a verb is no part of
    // what it condemns; after a modal it belongs to the predicate ("should at all times be based on").
    if (cue.word_class != Cue::Class::modal && t + 1 < n && (t == j + 1 || t == j + 2) &&
        intensifiers_.may_open(form_of(s, j + 1))) {
        if (auto m = lexicon_.match(Phrases::intensifier, s.substr(words_[j + 1].begin))) {
            const std::size_t after = last_word(j + 1, words_[j + 1].begin + m->length) + 1;
            if (after > j + 2 && after < n && !words_[after - 1].clause_end && !comma_after(s, after - 1)) t = std::max(t, after);
        }
    }
    // "We support and appreciate the demonstrations": the second verb shares the object.
    if (cue.word_class == Cue::Class::verb && t == j + 1 && t + 2 < n &&
        word_in(s, words_[t], list(WordTable::coordinators)) && !comma_after(s, t)) {
        if (const auto second = cue_at(s, t + 1); second && second->cue.word_class == Cue::Class::verb) {
            const std::size_t last = last_word(t + 1, words_[t + 1].begin + second->length);
            if (last + 1 < n && !words_[last].clause_end && !comma_after(s, last) && in_phrase(s, last + 1)) t = last + 1;
        }
    }
    // "my appreciation and support for the work of the briefers", "condemning and combating sexual exploitation":
    // a word joined to the cue shares its complement, after its own linking word; "our support and cooperation."
    // leaves none.
    if (t == j + 1 && t + 1 < n && !words_[t].clause_end && !comma_after(s, t) && word_in(s, words_[t], list(WordTable::coordinators))) {
        const std::size_t w = t + 1;
        const std::string_view form = form_of(s, w);
        const bool plain = is_lower(form.front()) && !is_pronoun(s, w) && !word_in(s, words_[w], list(WordTable::determiners)) &&
                           !word_in(s, words_[w], list(WordTable::articles)) && !word_in(s, words_[w], list(WordTable::target_skip)) &&
                           !word_in(s, words_[w], list(WordTable::holder_possessives)) &&
                           !word_in(s, words_[w], list(WordTable::self_possessives)) && !is_adverb(s, w) &&
                           !third_person_verb(s, w);  // "and calls for", "and continues to": a predicate of its own
        // Nor an appeal or a prescription, whose complement is what is asked: "our concern and call for restraint".
        const auto joined_cue = plain ? cue_at(s, w) : std::nullopt;
        const bool asks = joined_cue && (joined_cue->cue.type == StanceType::appeal || joined_cue->cue.type == StanceType::prescribe);
        // Nor aid ("their continuous support and assistance to the country") or a passive's agent ("welcomed and
        // endorsed by the Council"), which say who gives, not what is supported.
        const bool gives = word_in(s, words_[w], list(WordTable::aid_nouns)) || (w + 1 < n && word_is(s, words_[w + 1], "by"));
        if (plain && !asks && !gives && (words_[w].clause_end || w + 1 >= n)) return std::nullopt;
        if (plain && !asks && !gives && w + 2 < n && !comma_after(s, w) && !words_[w + 1].clause_end &&
            word_in(s, words_[w + 1], list(WordTable::target_skip))) {
            t = w + 2;  // past the linking word
        } else if (plain && !asks && !gives && w + 1 < n && !comma_after(s, w) && form.ends_with("ing") && in_phrase(s, w + 1)) {
            t = w + 1;
        }
    }
    std::size_t last = std::max(t, target_last(s, t));
    // "It is hoped that by 2017, it will be reduced": a that-clause that opens with a phrase set off by a comma
    // goes on past it; so does one that opens with a time ("is delighted that this week, this body joined").
    if (t > 0 && word_is(s, words_[t - 1], "that") &&
        (is_preposition(s, t) || list(WordTable::time_phrases).opens(s.substr(words_[t].begin)) != 0) &&
        last + 1 < n && last < t + 8 && comma_after(s, last) && !words_[last].clause_end) {
        last = std::max(last, target_last(s, last + 1));
    }
    if (third_person_verb(s, i)) {
        for (std::size_t a = t + 1; a + 2 <= last && a < t + 2 * max_phrase_words; ++a) {
            // A plural noun before a comma is no verb: "address current realities and challenges, including".
            // Nor a cue noun of the table ("meet its obligations and commitments to achieving").
            if (word_in(s, words_[a], list(WordTable::coordinators)) && third_person_verb(s, a + 1) &&
                !word_is(s, words_[a + 2], "of") && !comma_after(s, a + 1) && !words_[a + 1].clause_end &&
                !cue_is_noun(s, a + 1) &&
                (word_in(s, words_[a + 2], list(WordTable::target_skip)) ||
                 word_in(s, words_[a + 2], list(WordTable::determiners)) ||
                 word_in(s, words_[a + 2], list(WordTable::object_pronouns)) ||
                 word_in(s, words_[a + 2], list(WordTable::phrase_breaks)))) {
                last = a - 1;
                break;
            }
        }
    }
    // "Nepal endorsed the Kigali Principles and signed the Compact": after a verb in the past, another joined to it
    // with an object of its own is a second predicate.
    if (cue.word_class == Cue::Class::verb && i == j && form_of(s, i).ends_with("ed") && is_lower(s[words_[i].begin])) {
        for (std::size_t a = t + 1; a + 2 <= last && a < t + 2 * max_phrase_words; ++a) {
            if (word_in(s, words_[a], list(WordTable::coordinators)) && form_of(s, a + 1).ends_with("ed") &&
                is_lower(s[words_[a + 1].begin]) && !comma_after(s, a + 1) && !words_[a + 1].clause_end &&
                (word_in(s, words_[a + 2], list(WordTable::determiners)) ||
                 word_in(s, words_[a + 2], list(WordTable::object_pronouns)))) {
                last = a - 1;
                break;
            }
        }
    }
    // "I am standing here to express my great concern about ... and to share the Lithuanian experience", "I would
    // like to welcome the election of ... and to extend to him": a position stated in an infinitive is over at the
    // infinitive joined to it, which the verb before states too. Not what a modal, an appeal or a commitment asks
    // or promises ("urge them to show restraint and to avoid").
    if (cue.type != StanceType::prescribe && cue.type != StanceType::appeal && cue.type != StanceType::commit &&
        cue.word_class != Cue::Class::modal) {
        std::size_t stated = i;  // the verb that states the position: the cue, or the frame of a noun
        if (cue.word_class == Cue::Class::noun) {
            for (std::size_t b = i; b > 0 && b + 7 > i; --b) {
                if (frame_at(s, b - 1)) {
                    stated = b - 1;
                    break;
                }
            }
        }
        if (stated > 0 && word_is(s, words_[stated - 1], "to")) {
            for (std::size_t a = t + 1; a + 2 <= last; ++a) {
                if (word_in(s, words_[a], list(WordTable::coordinators)) && word_is(s, words_[a + 1], "to") &&
                    is_lower(s[words_[a + 2].begin]) && !form_of(s, a + 2).ends_with("ing") && !opens_noun_phrase(s, a + 2)) {
                    last = a - 1;
                    break;
                }
            }
        }
    }
    // "We thank all Member States for the support provided and reaffirm our commitment": a verb of
    // [stance-frames] with its own object is a second predicate of the subject. Not under a modal or an
    // appeal, whose predicates joined are all asked ("must join forces and share our knowledge"), nor a
    // gerund joined to another ("for instilling our family and reaffirming an inclusive culture").
    if ((cue.word_class == Cue::Class::verb || cue.word_class == Cue::Class::noun || cue.word_class == Cue::Class::state) &&
        cue.type != StanceType::appeal && cue.type != StanceType::prescribe) {
        for (std::size_t a = t + 1; a + 2 <= last && a < t + 2 * max_phrase_words; ++a) {
            if (second_predicate(s, t, a)) {
                last = a - 1;
                break;
            }
        }
    }
    // "Mexico will overcome the recent catastrophe and our nation will be stronger for it": after a modal's verb, a
    // noun phrase and a finite verb of its own after "and" open a second clause. Not in a clause that the verb
    // takes ("must ensure that the rich and the poor are", "make sure Sara and Rand are", "where the rights of the
    // weak and the minority are", "until the precautionary principle ... and the polluter pays principle are").
    if (cue.word_class == Cue::Class::modal && t == j + 1) {
        std::size_t content = t;  // the words before it take no clause
        for (std::size_t a = t + 1; a + 2 <= last && a < t + 2 * max_phrase_words; ++a) {
            for (; content < a; ++content) {
                if (word_in(s, words_[content], list(WordTable::content_openers)) ||
                    word_in(s, words_[content], list(WordTable::target_breaks)) ||
                    word_in(s, words_[content], list(WordTable::belief_words))) {
                    break;
                }
            }
            if (content < a) break;
            if (!word_in(s, words_[a], list(WordTable::coordinators)) || words_[a].clause_end) continue;
            // "it should be addressed and that the perpetrators must be held": a second that-clause.
            if (word_is(s, words_[a + 1], "that") && a + 2 <= last && opens_noun_phrase(s, a + 2)) {
                last = a - 1;
                break;
            }
            if (!opens_noun_phrase(s, a + 1) || word_is(s, words_[a + 1], "that")) continue;
            std::size_t v = a + 2;
            while (v <= last && v < a + 6 && in_phrase(s, v) && !comma_after(s, v - 1) &&
                   !word_in(s, words_[v], list(WordTable::predicate_starts))) {
                ++v;
            }
            // A noun "will" is no verb: "the will to stop", "strong political will and determination", "their
            // political will in a single voice".
            const bool noun_will = v <= last && word_is(s, words_[v], "will") &&
                                   (v == last || comma_after(s, v) || word_is(s, words_[v + 1], "to") ||
                                    word_is(s, words_[v + 1], "of") || word_in(s, words_[v + 1], list(WordTable::coordinators)) ||
                                    is_preposition(s, v + 1) ||
                                    word_in(s, words_[v - 1], list(WordTable::articles)) ||
                                    word_in(s, words_[v - 1], list(WordTable::self_possessives)));
            if (v <= last && !comma_after(s, v - 1) && word_in(s, words_[v], list(WordTable::predicate_starts)) && !is_pronoun(s, v) &&
                !noun_will) {
                last = a - 1;
                break;
            }
        }
    }
    // "on his election and to assure him of our support": a second courtesy, no part of what is acknowledged.
    if (cue_has(s, i, j, WordTable::thanking_cues)) {
        for (std::size_t a = t + 1; a + 2 <= last && a < t + 2 * max_phrase_words; ++a) {
            if (word_in(s, words_[a], list(WordTable::coordinators)) && word_is(s, words_[a + 1], "to") &&
                word_in(s, words_[a + 2], list(WordTable::courtesy_verbs))) {
                last = a - 1;
                break;
            }
        }
    }
    return Phrase{t, last};
}

}  // namespace posext::detail
