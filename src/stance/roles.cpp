// A stance's roles and attributes: polarity, holder, intensity, target, span and argument.
#include <algorithm>
#include <array>
#include <string>

#include <posext/detail/chars.hpp>

#include "lexicon/prefilter.hpp"
#include "stance/stance_finder.hpp"
#include "text/ascii.hpp"

namespace posext::detail {

void StanceFinder::emit(std::size_t k, std::string_view s, std::size_t i, std::size_t j, std::size_t clause, const Cue& cue,
          bool negated) {
    const std::uint32_t base = view_.sentence_begin(k);
    Stance st;
    st.sentence = k;
    st.type = cue.type;
    st.negated = negated;
    st.polarity = negated && (cue.type == StanceType::support || cue.type == StanceType::prescribe ||
                              cue.type == StanceType::appeal || cue.type == StanceType::commit)
                      ? Polarity::negative
                      : cue.polarity;
    st.cue = view_.span(base + words_[i].begin, base + words_[j].end);
    // Holder: the speaker, unless a stance verb reports another actor's position.
    const bool reportable = cue.word_class == Cue::Class::verb || cue.word_class == Cue::Class::noun ||
                            cue.word_class == Cue::Class::state;
    const bool own = cue.type == StanceType::assess || cue.type == StanceType::prescribe || !reportable ||
                     (cue.word_class == Cue::Class::noun && predicate_);
    // A passive with its agent reports the agent's position: "endorsed by the Security Council".
    if (!own && cue.word_class == Cue::Class::verb && j + 1 < words_.size() && word_is(s, words_[j + 1], "by") &&
        !words_[j].clause_end) {
        st.holder.kind = HolderKind::third_party;
    } else if (!own && i > clause && !mentions_speaker(s, clause, i)) {
        // The words before the cue name someone: "Many countries", "The GGE report", "the UN members".
        std::size_t first = clause;
        while (first < i && (word_in(s, words_[first], list(WordTable::holder_skip)))) {
            ++first;
        }
        bool named = false;
        for (std::size_t w = first; w < i; ++w) {
            const char c0 = s[words_[w].begin];
            const bool capital = is_upper(c0) && w > 0;
            if (capital || word_in(s, words_[w], list(WordTable::collective_holders))) {
                named = true;
            }
        }
        if (named) {
            st.holder.kind = HolderKind::third_party;
            if (first < i) st.holder.span = view_.span(base + words_[first].begin, base + words_[i - 1].end);
        }
    }
    if (st.holder.kind == HolderKind::speaker && i > clause) {
        for (std::size_t w = clause; w < i; ++w) {
            const std::size_t name = speaker_word_at(s, w);
            if (name != 0 || word_in(s, words_[w], list(WordTable::self_subjects))) {
                const std::uint32_t e = name != 0 ? words_[w].begin + static_cast<std::uint32_t>(name) : words_[w].end;
                st.holder.span = view_.span(base + words_[w].begin, base + e);
                break;
            }
        }
    }
    // Intensity: "firmly supports", "supports fully", "at all times".
    for (std::size_t b = i; b > clause && b + 3 > i; --b) {
        if (!intensifiers_.may_open(form_of(s, b - 1))) continue;
        if (auto m = lexicon_.match(Phrases::intensifier, s.substr(words_[b - 1].begin))) {
            st.intensity = view_.span(base + words_[b - 1].begin, base + words_[b - 1].begin + static_cast<std::uint32_t>(m->length));
            break;
        }
    }
    if (!st.intensity && j + 1 < words_.size() && intensifiers_.may_open(form_of(s, j + 1))) {
        if (auto m = lexicon_.match(Phrases::intensifier, s.substr(words_[j + 1].begin))) {
            st.intensity = view_.span(base + words_[j + 1].begin, base + words_[j + 1].begin + static_cast<std::uint32_t>(m->length));
        }
    }
    // Target: what follows the cue to the end of its clause.
    std::size_t t = j + 1;
    while (t < words_.size() && !words_[t - 1].clause_end &&
           word_in(s, words_[t], list(WordTable::target_skip))) {
        ++t;
    }
    std::size_t last = j;
    if (!words_[j].clause_end) last = clause_last(j);
    if (t < words_.size() && t <= last && !words_[j].clause_end) {
        st.target = view_.span(base + words_[t].begin, base + words_[last].end);
    }
    st.span = view_.span(base + words_[clause].begin, base + words_[std::max(last, j)].end);
    if (const Argument* inside = argument_of_[k]) {
        st.argument = static_cast<std::size_t>(inside - document_.arguments.data());
    }
    document_.stances.push_back(st);
}

}  // namespace posext::detail
