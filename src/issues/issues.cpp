// Issues of positions: phrases of the [issues] table found in a position's target, sentence or headline.
#include "issues/issues.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include <posext/detail/chars.hpp>

#include "lexicon/phrase_filter.hpp"
#include "text/ascii.hpp"
#include "text/blocks.hpp"

namespace posext::detail {
namespace {

class IssueFinder {
public:
    IssueFinder(const SegmentedText& view, const Lexicon& lexicon, Document& document)
        : view_(view), lexicon_(lexicon), document_(document), filter_(phrase_filter(lexicon, Phrases::issue)),
          issues_(lexicon.issues()) {}

    void run() {
        if (issues_.empty()) return;
        for (Stance& s : document_.stances) {
            s.issues = keys_for(s.target, s.sentence, s.argument);
        }
        for (Vote& v : document_.votes) {
            // A recorded vote's sentence is its list of states ("..., Ukraine, ..."): what it is on is
            // its object and the sentence that puts it to the vote.
            const std::uint32_t at = v.kind == VoteKind::record ? (v.object ? v.object->begin : ~0u) : v.span.begin;
            v.issues = keys_for(v.object, document_.sentence_at(at), std::nullopt);
        }
    }

private:
    struct Found {
        std::uint32_t begin = 0, end = 0;  // normalised offsets
        std::size_t rank = 0;
    };

    // The issues named in normalised text [begin, end), in text order. Words come from the block masks,
    // 64 bytes at a time (a byte loop here cost a twentieth of the whole run); a word that the range cuts
    // at its start is no word of it.
    std::vector<Found> scan(std::uint32_t begin, std::uint32_t end) const {
        std::vector<Found> out;
        const std::string_view text = view_.text();
        end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(text.size()));
        if (begin >= end) return out;
        const std::string_view range = text.substr(begin, end - begin);
        const bool cut = begin > 0 && is_word_byte(text[begin - 1]);  // the range begins inside a word
        std::size_t skip_to = 0;  // no word starts inside a phrase found
        for_each_run(range, [&](std::size_t b, std::size_t e) {
            if ((b == 0 && cut) || b < skip_to || !filter_.may_open(range.substr(b, e - b))) return;
            if (auto m = lexicon_.match(Phrases::issue, range.substr(b))) {
                if (auto rank = lexicon_.issue_rank(m->value)) {
                    out.push_back({static_cast<std::uint32_t>(begin + b), static_cast<std::uint32_t>(begin + b + m->length), *rank});
                    skip_to = b + m->length;
                }
            }
        });
        return out;
    }

    const std::vector<Found>& sentence_issues(std::size_t k) {
        auto [it, fresh] = by_sentence_.try_emplace(k);
        if (fresh) it->second = scan(view_.sentence_begin(k), view_.sentence_end(k));
        return it->second;
    }

    std::vector<std::string> keys(std::vector<std::size_t> ranks) const {
        std::sort(ranks.begin(), ranks.end());
        ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
        std::vector<std::string> out;
        for (std::size_t r : ranks) out.emplace_back(issues_[r].key);
        return out;
    }

    std::vector<std::string> keys_for(const std::optional<Span>& target, std::optional<std::size_t> sentence,
                                      std::optional<std::size_t> argument) {
        std::vector<std::size_t> ranks;
        if (target) {
            const auto [first, last] = view_.normal.range_of(*target);
            if (sentence && view_.sentence_begin(*sentence) <= first && last <= view_.sentence_end(*sentence)) {
                for (const Found& f : sentence_issues(*sentence)) {
                    if (f.begin >= first && f.end <= last) ranks.push_back(f.rank);
                }
            } else {
                for (const Found& f : scan(static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last))) ranks.push_back(f.rank);
            }
        }
        if (ranks.empty() && sentence) {
            for (const Found& f : sentence_issues(*sentence)) ranks.push_back(f.rank);
        }
        if (ranks.empty() && argument && *argument < document_.arguments.size()) {
            const auto [first, last] = view_.normal.range_of(document_.arguments[*argument].headline);
            for (const Found& f : scan(static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last))) ranks.push_back(f.rank);
        }
        return keys(std::move(ranks));
    }

    const SegmentedText& view_;
    const Lexicon& lexicon_;
    Document& document_;
    PhraseFilter filter_;
    std::vector<Lexicon::Issue> issues_;
    std::unordered_map<std::size_t, std::vector<Found>> by_sentence_;
};

}  // namespace

void find_issues(const SegmentedText& text, const Lexicon& lexicon, Document& document) {
    IssueFinder(text, lexicon, document).run();
}

}  // namespace posext::detail
