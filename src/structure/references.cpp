// References: resolutions ("resolution 75/240") and UN document symbols, with their canonical symbol.
#include "structure/finders.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include <posext/grammar/x3/reference.hpp>

#include "lexicon/phrase_filter.hpp"
#include "text/blocks.hpp"

namespace posext::detail {
namespace {

std::string roman_of(unsigned n) {
    static constexpr std::array<std::pair<unsigned, std::string_view>, 9> digits{
        {{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
    std::string out;
    for (auto [value, letters] : digits) {
        while (n >= value) {
            out += letters;
            n -= value;
        }
    }
    return out;
}

std::string canonical_resolution(const grammar::rules::ResolutionItem& item, std::string_view body, const Lexicon& lexicon) {
    const std::string number = std::to_string(item.number);
    if (!item.session.empty()) {  // 75/240: the General Assembly's numbering unless another organ is named
        std::string organ = body.empty() || body == "S" ? std::string("A") : std::string(body);
        return organ + "/RES/" + std::string(item.session) + "/" + number;
    }
    if (!item.roman.empty()) return "A/RES/" + number + "(" + std::string(item.roman) + ")";
    if (item.year != 0) {
        if (body == "A") {  // before 1976 the Assembly numbered by session: 1971 is the 26th
            return item.year >= 1946 && item.year <= 1975 ? "A/RES/" + number + "(" + roman_of(item.year - 1945) + ")"
                                                           : std::string();
        }
        return "S/RES/" + number + "(" + std::to_string(item.year) + ")";
    }
    if (body.empty() || body == "S") {
        if (auto year = lexicon.security_council_year(item.number)) {
            return "S/RES/" + number + "(" + std::to_string(*year) + ")";
        }
        return body == "S" ? "S/RES/" + number : std::string();
    }
    return std::string();
}

class ReferenceFinder {
public:
    ReferenceFinder(const SegmentedText& view, const Lexicon& lexicon, Document& document)
        : view_(view), lexicon_(lexicon), document_(document) {}

    void run() {
        resolutions();
        symbols();
        std::sort(document_.references.begin(), document_.references.end(),
                  [](const Reference& a, const Reference& b) { return a.span.begin < b.span.begin; });
    }

private:
    void resolutions() {
        const std::string_view text = view_.text();
        for (const std::size_t at : resolution_starts(text)) {
            auto list = grammar::rules::parse_resolution_list(text.substr(at), lexicon_);
            if (!list) continue;
            auto [begin, body] = organ_before(text, at);
            bool first = true;
            for (const auto& item : list->items) {
                Reference ref;
                ref.kind = ReferenceKind::resolution;
                const std::uint32_t item_begin = view_.offset(item.begin);
                ref.span = view_.span(first ? begin : item_begin, view_.offset(item.end));
                ref.canonical = canonical_resolution(item, body, lexicon_);
                document_.references.push_back(std::move(ref));
                covered_.push_back({first ? begin : item_begin, view_.offset(item.end)});
                first = false;
            }
        }
    }

    // Where a word of [resolution-words] starts, in order: the first three bytes of its
    // openings ("res" of "resol" and "res.") are searched for in one pass, in any case.
    std::vector<std::size_t> resolution_starts(std::string_view text) const {
        const std::vector<std::string> openings = LexiconAccess::openings(lexicon_, Phrases::resolution_word, 5);
        std::vector<std::string> keys;
        for (const std::string& opening : openings) {
            if (opening.size() < 2) continue;  // a one-letter word would be found everywhere
            std::string key = opening.substr(0, 3);
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
        }
        std::vector<std::size_t> starts;
        for_each_folded_hit(text, 0, keys, [&](std::size_t at) {
            if (at > 0 && is_word_byte(text[at - 1])) return;
            const std::string_view rest = text.substr(at);
            if (std::any_of(openings.begin(), openings.end(),
                            [&](const std::string& o) { return o.size() >= 2 && starts_with_folded(rest, o); })) {
                starts.push_back(at);
            }
        });
        return starts;
    }

    // The organ named just before "resolution": "Security Council", "UN General Assembly".
    std::pair<std::uint32_t, std::string_view> organ_before(std::string_view text, std::size_t at) const {
        std::pair<std::uint32_t, std::string_view> best{static_cast<std::uint32_t>(at), {}};
        if (at < 2 || text[at - 1] != ' ') return best;
        std::size_t start = at - 1;
        for (int words = 0; words < 5 && start > 0; ++words) {
            std::size_t space = text.rfind(' ', start - 1);
            std::size_t candidate = space == std::string_view::npos ? 0 : space + 1;
            if (candidate >= start) break;
            if (text.substr(candidate, start - candidate).find('\n') != std::string_view::npos) break;
            auto found = lexicon_.match(Phrases::reference_body, text.substr(candidate, at - 1 - candidate));
            if (found && found->length == at - 1 - candidate) best = {static_cast<std::uint32_t>(candidate), found->value};
            if (space == std::string_view::npos) break;
            start = space;
        }
        return best;
    }

    void symbols() {
        const std::string_view text = view_.text();
        for (std::size_t slash = text.find('/'); slash != std::string_view::npos; slash = text.find('/', slash + 1)) {
            std::size_t start = slash;
            while (start > 0 && is_upper(text[start - 1])) --start;
            // "document 8/2020/123": scanning read a Council symbol's "S" as "8"; the word before says
            // that a symbol is meant. It is parsed with its "S", which has the same length.
            std::string ocr;
            if (start == slash && slash >= 2 && text[slash - 1] == '8' && !is_word_byte(text[slash - 2]) &&
                document_word_before(text, slash - 1)) {
                const std::string_view rest = text.substr(slash, std::min<std::size_t>(text.size() - slash, 64));
                ocr.reserve(rest.size() + 1);
                ocr.push_back('S');
                ocr.append(rest.data(), rest.size());
                start = slash - 1;
            }
            if (start == slash) continue;
            if (start > 0 && (is_word_byte(text[start - 1]) || text[start - 1] == '/')) continue;
            const std::string_view from = ocr.empty() ? text.substr(start) : std::string_view(ocr);
            auto symbol = grammar::rules::parse_document_symbol(from, lexicon_);
            if (!symbol) continue;
            const auto b = static_cast<std::uint32_t>(start + static_cast<std::size_t>(symbol->begin - from.data()));
            const auto e = static_cast<std::uint32_t>(start + static_cast<std::size_t>(symbol->end - from.data()));
            slash = e - 1;
            const bool inside = std::any_of(covered_.begin(), covered_.end(), [&](const NormalRange& r) {
                return b < r.end && r.begin < e;
            });
            if (inside) continue;
            std::string_view written(symbol->begin, e - b);  // the "S" read for an "8", where one was
            Reference ref;
            ref.kind = written.find("/RES/") != std::string_view::npos ? ReferenceKind::resolution : ReferenceKind::document;
            ref.span = view_.span(b, e);
            for (char c : written) {
                if (c != ' ') ref.canonical += c;
            }
            document_.references.push_back(std::move(ref));
        }
    }

    // Whether the word before `at` (past one space) is one of [document-words]: "document", "documents".
    bool document_word_before(std::string_view text, std::size_t at) const {
        if (at < 2 || text[at - 1] != ' ') return false;
        std::size_t begin = at - 1;
        while (begin > 0 && is_word_byte(text[begin - 1])) --begin;
        return word_list(lexicon_, WordTable::document_words).contains(text.substr(begin, at - 1 - begin));
    }

    const SegmentedText& view_;
    const Lexicon& lexicon_;
    Document& document_;
    std::vector<NormalRange> covered_;
};

}  // namespace

void find_references(const SegmentedText& text, const Lexicon& lexicon, Document& document) {
    ReferenceFinder(text, lexicon, document).run();
}

}  // namespace posext::detail
