// Votes explained in running text ("Chile voted in favour of", "we could only abstain", "Russia has vetoed"):
// a voting predicate of [vote-cues] gives a vote, never a stance.
#include <algorithm>
#include <string>

#include <posext/detail/chars.hpp>

#include "stance/stance_finder.hpp"
#include "structure/votes.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

std::optional<StanceFinder::VoteCue> StanceFinder::vote_cue_at(std::string_view s, std::size_t i) const {
    if (!votes_.may_open(form_of(s, i))) return std::nullopt;
    const auto m = lexicon_.match(Phrases::vote_cue, s.substr(words_[i].begin));
    if (!m) return std::nullopt;
    const std::size_t j = last_word(i, words_[i].begin + m->length);
    // "abstain from the threat or use of force" gives up an act; it votes on nothing.
    if (j + 1 < words_.size() && !words_[j].clause_end && word_is(s, words_[j + 1], "from")) return std::nullopt;
    const auto choice = vote_choice(m->value);
    if (!choice) return std::nullopt;
    return VoteCue{*choice, j};
}

bool StanceFinder::adverb_before_vote(std::string_view s, std::size_t w) const {
    return word_in(s, words_[w], list(WordTable::vote_adverbs)) || is_adverb(s, w);
}

bool StanceFinder::finite_vote(std::string_view s, std::size_t i) const {
    const std::string_view verb = form_of(s, i);
    if (verb.ends_with("ed") || verb.ends_with("ing") || verb.ends_with("s")) return true;  // inflected: a verb
    // A bare "veto", "vote": a verb after an auxiliary, "to", a negation or "we"; a noun after a name
    // ("the Liechtenstein veto initiative", "we need veto restraint").
    std::size_t b = i - 1;
    while (b > 0 && adverb_before_vote(s, b)) --b;
    const Word& before = words_[b];
    return word_in(s, before, list(WordTable::verb_chain_words)) || word_in(s, before, list(WordTable::negators)) ||
           word_in(s, before, list(WordTable::self_subjects)) || word_is(s, before, "to");
}

bool StanceFinder::vote(std::size_t k, std::string_view s, std::size_t i, std::size_t clause, VoteCue cue) {
    const std::size_t j = cue.last;
    const std::size_t n = words_.size();
    // "we have chosen not to vote against it": a vote withheld against is an abstention; one withheld
    // in favour says no choice.
    for (std::size_t b = i; b > clause && b + 3 > i; --b) {
        if (!word_in(s, words_[b - 1], list(WordTable::negators))) continue;
        if (cue.choice != VoteChoice::against) return false;
        cue.choice = VoteChoice::abstention;
        break;
    }
    const std::uint32_t base = view_.sentence_begin(k);
    auto span_of = [&](std::size_t first, std::size_t last) {
        return view_.span(base + words_[first].begin, base + words_[last].end);
    };

    // The object: a draft, an amendment, a resolution, or a pronoun for the one last named.
    std::optional<VoteObject> object;
    bool named_object = false;  // a draft or an amendment, not a pronoun: its reference is its own or none
    if (j + 1 < n && !words_[j].clause_end) {
        const std::size_t o = j + 1;
        // The object's head may follow a determiner and modifiers: "the draft resolution", "the proposed
        // Egyptian amendment", "today's resolution 2272 (2016)".
        for (std::size_t head = o; head < n && head < o + 4; ++head) {
            // Only "the draft resolution" may be the one named before; "the General Assembly resolution" is another.
            const bool plain = head == o || (head == o + 1 && word_in(s, words_[o], list(WordTable::determiners)));
            if (auto found = vote_object_at(view_, lexicon_, document_, base + words_[head].begin, plain)) {
                // From the object's first word, not from the "of" of "Russia's veto of the draft".
                std::size_t start = o;
                while (start < head && word_is(s, words_[start], "of")) ++start;
                if (head > start) found->span.begin = std::min(found->span.begin, span_of(start, start).begin);
                object = found;
                named_object = true;
                break;
            }
            if (words_[head].clause_end || !in_phrase(s, head)) break;
        }
        if (!object && (word_in(s, words_[o], list(WordTable::new_subjects)) ||
                        word_in(s, words_[o], list(WordTable::object_pronouns)))) {
            object = VoteObject{span_of(o, o), std::nullopt};  // "we voted against it"
        } else if (!object && in_phrase(s, o)) {
            // "voted for my programme", "vote in favour of independence": a vote in another sense. What
            // may follow a vote without an object is no noun phrase ("abstained in the voting", "because").
            return false;
        }
    }

    // The voter: a possessive before a noun ("Chad's vote in favour", "our vote"), the agent of a
    // passive ("vetoed by Russia"), or the subject ("The delegation of Chile voted").
    // The voters: one for "The delegation of Chile", one each for "Hungary, the Czech Republic and Poland".
    std::vector<Voter> voters;
    auto states_in = [&](std::size_t first, std::size_t last) {
        for (std::size_t w = first; w <= last; ++w) {
            if (!is_upper(s[words_[w].begin])) continue;
            const auto m = lexicon_.match(Phrases::speaker, s.substr(words_[w].begin));
            if (!m) continue;
            const std::size_t end = words_[w].begin + m->length;
            Voter voter;
            voter.name = std::string(m->first_form);
            voter.kind = document_.speaker && document_.speaker->name == voter.name ? HolderKind::speaker
                                                                                     : HolderKind::third_party;
            voter.span = view_.span(base + words_[w].begin, static_cast<std::uint32_t>(base + end));
            voters.push_back(std::move(voter));
            while (w + 1 <= last && words_[w + 1].begin < end) ++w;
        }
    };
    // "we", "my delegation", "The Egyptian delegation"; not "a majority of the Timorese people", who
    // vote in another sense.
    auto self_in = [&](std::size_t first, std::size_t last) {
        for (std::size_t w = first; w <= last; ++w) {
            if (word_in(s, words_[w], list(WordTable::self_subjects))) return true;
            if (w > first && word_in(s, words_[w], list(WordTable::self_nouns)) &&
                (word_in(s, words_[w - 1], list(WordTable::self_possessives)) || names_speaker(s, w - 1, w))) {
                return true;
            }
        }
        return false;
    };
    auto settle = [&](std::size_t first, std::size_t last) {
        // "Chad's", "Russia's": the name without its possessive.
        const std::uint32_t end = words_[last].end - (form_of(s, last).ends_with("'s") ? 2 : 0);
        const Span phrase = view_.span(base + words_[first].begin, base + end);
        states_in(first, last);
        if (voters.size() > 1) return;
        voters.clear();
        if (self_in(first, last)) {
            if (document_.speaker) voters.push_back(Voter{HolderKind::speaker, phrase, document_.speaker->name});
            return;
        }
        states_in(first, last);
        if (voters.size() == 1) voters[0].span = phrase;
    };
    if (i > clause && (word_in(s, words_[i - 1], list(WordTable::self_possessives)) || form_of(s, i - 1).ends_with("'s"))) {
        std::size_t first = i - 1;
        while (first > clause && is_upper(s[words_[first].begin]) && is_upper(s[words_[first - 1].begin])) --first;
        settle(first, i - 1);
    } else if (j + 2 < n && !words_[j].clause_end && word_is(s, words_[j + 1], "by") && !object) {
        settle(j + 2, phrase_end(s, j + 2, n - 1));
    } else if (i > clause && !word_in(s, words_[i - 1], list(WordTable::determiners)) && finite_vote(s, i)) {
        // Not a noun ("the vetoes of draft resolutions"), whose subject is not its voter.
        // "we have chosen not to vote against", "Russia decided to veto": the subject of the verb before "to".
        std::size_t at = i;
        while (at > clause + 1 && adverb_before_vote(s, at - 1)) --at;  // "we could only abstain"
        if (at > clause + 1 && word_is(s, words_[at - 1], "to")) {
            std::size_t b = at - 1;
            while (b > clause && word_in(s, words_[b - 1], list(WordTable::negators))) --b;
            if (b > clause) at = b - 1;
        }
        if (auto subject = subject_of(s, at, clause)) {
            // "Hungary, the Czech Republic and Poland voted": the subject goes back over the states
            // listed before it, each followed by a comma.
            std::size_t first = subject->first;
            while (first > clause && comma_after(s, first - 1)) {
                std::size_t head = first - 1;  // back to the first capital of the name before the comma
                while (head > clause && is_upper(s[words_[head - 1].begin]) && !comma_after(s, head - 1)) --head;
                if (!is_upper(s[words_[head].begin]) || !names_state(s, head)) break;
                first = head > clause && word_in(s, words_[head - 1], list(WordTable::articles)) ? head - 1 : head;
            }
            settle(first, subject->last);
        }
    }
    if (voters.empty()) return false;

    const Span cue_span = span_of(i, j);
    Vote v;
    v.kind = VoteKind::explanation;
    v.choice = cue.choice;
    v.span = cue_span;
    if (object) {
        v.object = object->span;
        v.span.end = std::max(v.span.end, object->span.end);
        v.reference = object->reference;
    }
    if (!v.reference && !named_object) {
        // A symbol in the sentence, else the draft or amendment last named before it.
        const Span sentence = view_.span(view_.sentence_begin(k), view_.sentence_end(k));
        for (std::size_t r = 0; r < document_.references.size() && !v.reference; ++r) {
            const Span ref = document_.references[r].span;
            if (ref.begin >= sentence.begin && ref.end <= sentence.end) v.reference = r;
        }
        if (!v.reference) v.reference = last_named_reference(view_, lexicon_, document_, cue_span.begin);
    }
    for (Voter& voter : voters) {
        Vote row = v;
        row.span.begin = std::min(voter.span.begin, cue_span.begin);
        row.voter = std::move(voter);
        document_.votes.push_back(std::move(row));
    }
    return true;
}

}  // namespace posext::detail
