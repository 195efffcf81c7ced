// The stance stage's cue loop: each sentence's candidate words, the cue that opens at each, negation.
#include <algorithm>
#include <array>
#include <string>

#include <posext/detail/chars.hpp>

#include "lexicon/prefilter.hpp"
#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"
#include "stance/stances.hpp"

namespace posext::detail {

void StanceFinder::run() {
    if (document_.speaker) {
        speaker_ = document_.speaker->name;
        lowered_ = speaker_;
        for (char& c : lowered_) c = ascii_lower(c);
        if (auto code = lexicon_.match(Phrases::speaker, speaker_); code && code->length == speaker_.size()) {
            speaker_code_ = std::string(code->value);
        }
    }
    innermost_arguments();
    // A chair who speaks for no state conducts the meeting: its procedure states no position.
    chair_ = chair_turn(document_);
    for (std::size_t k = 0; k < view_.sentences(); ++k) {
        if (k == closing_) continue;
        sentence(k);
    }
    // Recorded votes came first from the structure stage; the layer lists all in text order.
    std::stable_sort(document_.votes.begin(), document_.votes.end(),
                     [](const Vote& a, const Vote& b) { return a.span.begin < b.span.begin; });
}

bool StanceFinder::procedure(std::string_view s) const {
    const WordList& phrases = list(WordTable::procedure_phrases);
    for (const Word& w : words_) {
        if (phrases.opens(s.substr(w.begin)) != 0) return true;
    }
    return false;
}

void StanceFinder::sentence(std::size_t k) {
    std::string_view s = view_.sentence(k);
    split(s);
    if (chair_ && procedure(s)) return;
    clause_last_ = {~std::size_t{0}, 0};  // word indices start again with each sentence
    question_ = {~std::size_t{0}, false};
    // "Without a renewed global commitment to ..., we will": the opening phrase ends at its comma,
    // found once for all the sentence's cues.
    absence_end_ = 0;
    if (!words_.empty() && word_in(s, words_[0], list(WordTable::absence_openers))) {
        while (absence_end_ < words_.size() && !comma_after(s, absence_end_) && !words_[absence_end_].clause_end) {
            ++absence_end_;
        }
        ++absence_end_;  // the word before the comma is the phrase's last
    }
    target_ends_.clear();
    const std::size_t n = words_.size();
    std::size_t clause_start = 0;              // first word of the current clause
    std::size_t clause = 0;                    // where the analysis of the clause looks back to
    std::size_t last_cue_end = std::string_view::npos;  // last word of the latest accepted cue in the clause
    bool modal_in_clause = false;
    sentence_cue_end_ = std::string_view::npos;
    std::size_t next = 0;  // words before it belong to an accepted or rejected cue
    for (const std::uint32_t candidate : candidates_) {
        std::size_t i = candidate;
        if (i < next) continue;
        if (words_[i].clause != clause_start) {
            clause_start = clause = words_[i].clause;
            last_cue_end = std::string_view::npos;
            modal_in_clause = false;
            appeal_scope_ = false;
        }
        const std::size_t h = PhraseFilter::hash(form_of(s, i));
        // A voting predicate is a vote, never also a stance.
        if (votes_.may_open_hashed(h)) {
            if (auto voted = vote_cue_at(s, i)) {
                vote(k, s, i, i > clause + 60 ? i - 60 : clause, *voted);
                next = voted->last + 1;
                continue;
            }
        }
        // "have to", "do not accept": most phrases that begin with a common word need its next word.
        if (!words_[i].special && !cues_.may_open_hashed(h, i + 1 < n ? form_of(s, i + 1) : std::string_view())) {
            continue;
        }
        Cue cue;
        std::size_t cue_end_byte = 0;
        bool found = false;
        // "we'll", "I'll": a commitment with its subject in one word.
        if (own_will(s, i)) {
            cue = Cue{StanceType::commit, Cue::Class::modal, Polarity::positive};
            cue_end_byte = words_[i].end;
            found = true;
        } else if (auto frame = it_is_frame(s, i)) {
            cue = Cue{StanceType::prescribe, Cue::Class::frame, Polarity::positive};
            cue_end_byte = words_[*frame].end;
            found = true;
        } else if (auto match = cue_of(s, i)) {
            cue = match->cue;
            cue_end_byte = words_[i].begin + static_cast<std::uint32_t>(match->length);
            found = true;
        }
        if (!found) continue;
        std::size_t j = last_word(i, cue_end_byte);
        // "we will vote against", "Russia decided to veto": a modal or a commitment before a voting
        // predicate announces a vote, which is no stance. One that casts no vote ("States must not vote
        // against", "we will always vote for peace") stays a stance.
        if (cue.word_class == Cue::Class::modal || cue.type == StanceType::commit) {
            std::size_t v = j + 1;
            while (v < n && !words_[v - 1].clause_end && is_adverb(s, v)) {
                ++v;
            }
            if (v < n && !words_[v - 1].clause_end) {
                if (auto voted = vote_cue_at(s, v); voted && vote(k, s, v, clause, *voted)) {
                    next = voted->last + 1;
                    continue;
                }
            }
        }
        // "Thank you, Mr President.", "I thank you all and God bless you.": a formula of address that
        // thanks for nothing (ANNOTATION.md), wherever in the statement it stands.
        if (cue.type == StanceType::welcome && thanks_formula(s, i, j)) {
            next = j + 1;
            continue;
        }
        // "We must ask ourselves whether", "we now have to ask ourselves a question": a question put, no
        // prescription, and what it asks is no one's position either.
        if (cue.word_class == Cue::Class::modal && modal_aside(s, j)) {
            next = words_[i].clause_end ? i + 1 : clause_last(i) + 1;
            continue;
        }
        // Text without sentence marks (OCR, lists) can make a clause of thousands of
        // words; looking back at most 60 of them keeps the analysis linear.
        if (i > clause + 60) clause = i - 60;
        if (!accept(s, i, j, clause, cue, last_cue_end, modal_in_clause)) {
            next = j + 1;
            continue;
        }
        bool negated = false;
        // Negation after a modal belongs to the cue: "should not", "will never", "must no longer".
        if (cue.word_class == Cue::Class::modal && j + 1 < n) {
            // Not "must not only ... but also", which asks both.
            if (word_in(s, words_[j + 1], list(WordTable::modal_negators)) &&
                !(j + 2 < n && word_is(s, words_[j + 1], "not") && word_is(s, words_[j + 2], "only"))) {
                ++j;
                negated = true;
            } else if (j + 2 < n && word_is(s, words_[j + 1], "no") && word_is(s, words_[j + 2], "longer")) {
                j += 2;
                negated = true;
            } else if (i > clause && word_in(s, words_[i - 1], list(WordTable::inverted_negators))) {
                // "nor should it impede", "Nor should we forget": the subject after the modal, the negation before.
                negated = true;
            }
        }
        // Negation before a verb or state: "does not support", "are not ready to", "never".
        if (!negated && cue.word_class != Cue::Class::modal && cue.type != StanceType::oppose) {
            for (std::size_t b = i; b > clause && b + 3 > i; --b) {
                const Word& before = words_[b - 1];
                if (word_in(s, before, list(WordTable::negators))) {
                    negated = true;
                    break;
                }
            }
        }
        // "There is no need to": "no" before a noun of need negates the prescription.
        if (!negated && cue.type == StanceType::prescribe && cue.word_class == Cue::Class::noun && i > clause &&
            word_is(s, words_[i - 1], "no")) {
            negated = true;
        }
        // "we will spare no effort": a negative word on the object does not negate the cue.
        if (cue.type == StanceType::oppose || cue.type == StanceType::concern) negated = false;
        const bool kept = emit(k, s, i, j, clause, cue, negated);
        last_cue_end = sentence_cue_end_ = j;
        if (!kept) {
            next = j + 1;
            continue;
        }
        // What follows a prescription, a commitment or an appeal to a party in its clause is its content:
        // "We call on the Assembly to vote in favour of those draft resolutions".
        const bool appeal_to_party = cue.type == StanceType::appeal && document_.stances.back().addressee.has_value();
        if (cue.word_class == Cue::Class::modal || cue.word_class == Cue::Class::frame || appeal_to_party) {
            // An appeal's "and urge" may be a second appeal of the speaker's, not a verb of its content.
            appeal_scope_ = appeal_to_party && !(cue.word_class == Cue::Class::modal || cue.word_class == Cue::Class::frame);
            modal_in_clause = true;
            modal_start_ = j + 1;
        }
        next = j + 1;
    }
    trim_targets(k, s);
}

bool StanceFinder::modal_aside(std::string_view s, std::size_t j) const {
    std::size_t v = j + 1;
    while (v < words_.size() && !words_[v - 1].clause_end && word_in(s, words_[v], list(WordTable::light_adverbs))) ++v;
    return v < words_.size() && !words_[v - 1].clause_end &&
           list(WordTable::modal_asides).opens(s.substr(words_[v].begin)) != 0;
}

bool StanceFinder::frame_at(std::string_view s, std::size_t w) const {
    return frames_.may_open(form_of(s, w)) && lexicon_.match(Phrases::stance_frame, s.substr(words_[w].begin)).has_value();
}

std::size_t StanceFinder::made_at(std::string_view s, std::size_t i, std::size_t clause) const {
    // Back over at most two modifiers ("a solemn", "binding", "12 solemn"), then an article, a determiner or a
    // possessive, which a plural may go without ("made binding commitments").
    std::size_t w = i;
    for (int modifiers = 0; w > clause && modifiers < 3; ++modifiers) {
        const std::size_t b = w - 1;
        if (words_[b].clause_end || comma_after(s, b)) return std::string_view::npos;
        if (word_in(s, words_[b], list(WordTable::making_verbs))) return b;
        if (word_in(s, words_[b], list(WordTable::articles)) || word_in(s, words_[b], list(WordTable::determiners)) ||
            word_in(s, words_[b], list(WordTable::self_possessives)) || word_in(s, words_[b], list(WordTable::holder_possessives))) {
            return b > clause && word_in(s, words_[b - 1], list(WordTable::making_verbs)) ? b - 1 : std::string_view::npos;
        }
        if (modifiers == 2 || !(is_lower(s[words_[b].begin]) || is_digit(s[words_[b].begin])) || is_preposition(s, b) ||
            is_pronoun(s, b) || word_is(s, words_[b], "to") || word_in(s, words_[b], list(WordTable::coordinators))) {
            return std::string_view::npos;
        }
        w = b;
    }
    return std::string_view::npos;
}

std::optional<StanceFinder::CueAt> StanceFinder::cue_at(std::string_view s, std::size_t w) const {
    if (!cues_.may_open(form_of(s, w))) return std::nullopt;
    return cue_of(s, w);
}

std::optional<StanceFinder::CueAt> StanceFinder::cue_of(std::string_view s, std::size_t w) const {
    const auto match = lexicon_.match(Phrases::stance_cue, s.substr(words_[w].begin));
    if (!match) return std::nullopt;
    const auto parsed = parse_cue(match->value);
    if (!parsed) return std::nullopt;
    if (const auto position = parsed->word_class == Cue::Class::verb ? adjective_position(s, w) : AdjectivePosition::none;
        position != AdjectivePosition::none) {
        const auto reading = lexicon_.match(Phrases::adjective_reading, s.substr(words_[w].begin));
        if (reading && reading->length == match->length) {
            // Taking a stance away needs the surer signs: an article before, a degree word after a copula
            // ("extremely demanding"); "our people are demanding, not tomorrow" still demands.
            if (reading->value == "none") {
                if (position == AdjectivePosition::predicative) return CueAt{*parsed, match->length};
                return std::nullopt;
            }
            if (const auto adjective = parse_cue(reading->value)) return CueAt{*adjective, match->length};
        }
    }
    return CueAt{*parsed, match->length};
}

StanceFinder::AdjectivePosition StanceFinder::adjective_position(std::string_view s, std::size_t w) const {
    if (!form_of(s, w).ends_with("ing")) return AdjectivePosition::none;
    std::size_t p = w;
    while (p > 0 && !words_[p - 1].clause_end && !comma_after(s, p - 1) && is_adverb(s, p - 1)) {
        --p;
    }
    if (p == 0 || words_[p - 1].clause_end || comma_after(s, p - 1)) return AdjectivePosition::none;
    // Before its noun: "an encouraging sign", "the opposing sides", "our welcoming society".
    if (word_in(s, words_[p - 1], list(WordTable::articles)) || word_in(s, words_[p - 1], list(WordTable::determiners))) {
        return AdjectivePosition::attributive;
    }
    if (!word_in(s, words_[p - 1], list(WordTable::copulas))) return AdjectivePosition::none;
    const AdjectivePosition after_copula = p < w ? AdjectivePosition::graded : AdjectivePosition::predicative;
    // After a copula, a verb in the progressive has an object or a complement ("are encouraging States to",
    // "are demanding that we act"); the adjective ends its clause or goes on with "and", "in", "for", and
    // "that" only after "it is".
    if (w + 1 >= words_.size() || words_[w].clause_end || comma_after(s, w)) return after_copula;
    if (word_in(s, words_[w + 1], list(WordTable::coordinators)) || word_in(s, words_[w + 1], list(WordTable::loose_prepositions))) {
        return after_copula;
    }
    return word_is(s, words_[w + 1], "that") && p > 1 && word_is(s, words_[p - 2], "it") ? after_copula : AdjectivePosition::none;
}

bool StanceFinder::thanks_formula(std::string_view s, std::size_t i, std::size_t j) const {
    const std::size_t n = words_.size();
    // At the sentence's start, or after a short address or opening set off by a comma ("Members all, I thank you.",
    // "In conclusion, I thank you.").
    const std::size_t subject = i > 0 && word_in(s, words_[i - 1], list(WordTable::self_subjects)) ? i - 1 : i;
    const bool opens = subject == 0 || (subject <= 4 && comma_after(s, subject - 1) && !words_[subject - 1].clause_end);
    // Thanks alone: "I congratulate you, Mr. President, and ... on your election" congratulates.
    if (i != j || !(word_is(s, words_[i], "thank") || word_is(s, words_[i], "thanks"))) return false;
    if (j + 1 >= n || !word_is(s, words_[j + 1], "you")) return false;
    // "I thank you all for listening", "Thank you for your attention": the closing, wherever it stands.
    for (std::size_t w = j + 2; w + 1 < n && w < j + 5 && !words_[w - 1].clause_end; ++w) {
        if (word_is(s, words_[w], "for") && list(WordTable::closing_thanks_objects).opens(s.substr(words_[w + 1].begin)) != 0) {
            return true;
        }
    }
    if (!opens) return false;
    for (std::size_t w = j + 2; w < n; ++w) {
        if (word_is(s, words_[w], "for") || word_is(s, words_[w], "on") || word_is(s, words_[w], "upon")) return false;
        if (words_[w - 1].clause_end || word_in(s, words_[w], list(WordTable::coordinators))) break;
    }
    return true;
}

std::optional<std::size_t> StanceFinder::it_is_frame(std::string_view s, std::size_t i) const {
    const std::size_t n = words_.size();
    if (!word_is(s, words_[i], "it") && !word_is(s, words_[i], "it's")) return std::nullopt;
    std::size_t j = i + 1;
    if (word_is(s, words_[i], "it")) {
        if (j >= n || !word_in(s, words_[j], list(WordTable::frame_verbs))) return std::nullopt;
        if (word_is(s, words_[j], "will")) {
            if (j + 1 >= n || !word_is(s, words_[j + 1], "be")) return std::nullopt;
            ++j;
        }
        ++j;
    }
    j = next_content(s, j);
    if (j >= n) return std::nullopt;
    if (word_is(s, words_[j], "high") || word_is(s, words_[j], "the")) {
        if (j + 1 < n && word_in(s, words_[j + 1], list(WordTable::frame_time_words))) ++j;
        if (j + 1 < n && word_is(s, words_[j], "right") && word_is(s, words_[j + 1], "time")) ++j;
    }
    if (!word_in(s, words_[j], list(WordTable::frame_adjectives))) {
        return std::nullopt;
    }
    if (j + 1 < n && word_in(s, words_[j + 1], list(WordTable::frame_complements))) return j;
    return std::nullopt;
}

void StanceFinder::innermost_arguments() {
    argument_of_.assign(view_.sentences(), nullptr);
    for (const Argument& a : document_.arguments) {
        for (std::size_t k = a.first_sentence; k <= a.last_sentence && k < argument_of_.size(); ++k) {
            const Argument*& inside = argument_of_[k];
            if (!inside || a.first_sentence >= inside->first_sentence) inside = &a;
        }
    }
}

void find_stances(const SegmentedText& text, const Lexicon& lexicon, const StructureNotes& notes, Document& document) {
    StanceFinder(text, lexicon, document, notes.closing_sentence).run();
}

}  // namespace posext::detail
