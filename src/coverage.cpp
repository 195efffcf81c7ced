#include <posext/coverage.hpp>

#include <algorithm>

#include "input/input.hpp"

namespace posext {

Coverage coverage(const Document& document) {
    Coverage out;
    const std::string_view input = document.input();
    const std::vector<std::uint32_t>& origin = document.normalized_text().origin;
    const std::vector<Sentence>& sentences = document.sentences;  // in order (the model's invariants)
    std::size_t next = 0;  // the first sentence that may reach the current word
    for (std::size_t at = 0; at < input.size();) {
        if (const std::size_t space = detail::space_at(input, at); space != 0) {
            at += space;
            continue;
        }
        std::size_t end = at;
        while (end < input.size() && detail::space_at(input, end) == 0) ++end;
        const Span word{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end)};
        at = end;
        ++out.words;
        // Kept: some byte of the word is the origin of a byte of the normalised text.
        const auto first = std::lower_bound(origin.begin(), origin.end(), word.begin);
        const bool kept = first != origin.end() && *first < word.end;
        // The sentences over the word. A word may run across two that meet without a space
        // ("accords.We"); it is held when they cover it together, doubled when two of them share a byte.
        while (next < sentences.size() && sentences[next].span.end <= word.begin) ++next;
        std::uint32_t covered = 0;
        std::uint32_t reach = word.begin;  // how far the sentences seen so far cover the word
        bool twice = false;
        for (std::size_t k = next; k < sentences.size() && sentences[k].span.begin < word.end; ++k) {
            const std::uint32_t from = std::max(word.begin, sentences[k].span.begin);
            const std::uint32_t to = std::min(word.end, sentences[k].span.end);
            if (from < reach) twice = true;
            covered += to - from;
            reach = std::max(reach, to);
        }
        const bool held = covered >= word.end - word.begin ||
                          (document.speaker_line && document.speaker_line->span.begin <= word.begin &&
                           word.end <= document.speaker_line->span.end);
        const bool touched = covered > 0;
        if (twice) out.doubled.push_back(word);
        if (kept) {
            if (!held) out.lost.push_back(word);
        } else if (!touched) {
            ++out.dropped;
        } else {
            out.dropped_inside.push_back(word);
        }
    }
    return out;
}

}  // namespace posext
