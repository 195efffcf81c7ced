#include "mutations.hpp"

#include <array>
#include <utility>

namespace posext::test {
namespace {

std::string replace_all(std::string_view text, std::string_view from, std::string_view to) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t hit = text.find(from); hit != std::string_view::npos; hit = text.find(from, at)) {
        out.append(text.substr(at, hit - at)).append(to);
        at = hit + from.size();
    }
    out.append(text.substr(at));
    return out;
}

std::string repeat(std::string_view unit, std::size_t times) {
    std::string out;
    out.reserve(unit.size() * times);
    for (std::size_t i = 0; i < times; ++i) out.append(unit);
    return out;
}

// Every `step`th byte of `text` through `change`.
template <class Change>
std::string every(std::string_view text, std::size_t step, Change change) {
    std::string out(text);
    for (std::size_t i = step / 2; i < out.size(); i += step) change(out, i);
    return out;
}

struct Shape {
    std::string_view name;
    std::string_view unit;
};

// One unit of each slow-corner shape; pathological() repeats it.
constexpr std::array shapes{
    Shape{"words", "the "},
    Shape{"one-word", "a"},
    Shape{"sentences", "We support it. "},
    Shape{"no-sentence-end", "we support the idea that "},
    Shape{"open-brackets", "("},
    Shape{"open-brackets-spaced", "( we "},
    Shape{"close-brackets", ") "},
    Shape{"quotes", "\" "},
    Shape{"curly-quotes", "\xE2\x80\x9C we "},
    Shape{"titles", "Mr. "},
    Shape{"abbreviations", "e.g. "},
    Shape{"periods", ". "},
    Shape{"ellipses", "..."},
    Shape{"first-markers", "First, "},
    Shape{"ordinal-series", "First, we act. Secondly, we act. Thirdly, we act. Finally, we act. "},
    Shape{"numbered-lines", "1. We agree.\n"},
    Shape{"argued-stances", "First, we support it. Second, we oppose it. "},
    Shape{"numbered-stances", "1. We welcome the report and call upon States to act.\n"},
    Shape{"references", "resolution 75/240, "},
    Shape{"symbols", "A/RES/75/240 "},
    Shape{"vocatives", "Mr. President, "},
    Shape{"salutation-lines", "Mr. President,\n"},
    Shape{"blank-lines", "\n"},
    Shape{"crlf-blank-lines", "\r\n"},
    Shape{"hyphen-breaks", "nego-\n"},
    Shape{"furniture", "15-29425 31/34\n"},
    Shape{"wrapped-lines", "we should strengthen unity\n"},
    Shape{"cues", "we strongly support and call upon "},
    Shape{"negated-cues", "we do not oppose, "},
    Shape{"commas", ", "},
    Shape{"dashes", "\xE2\x80\x94"},
    Shape{"digits", "1"},
    Shape{"capitals", "United Nations "},
    Shape{"speaker-names", "China "},
    Shape{"invalid-utf8", "we \xFF "},
    Shape{"markdown", "**"},
    Shape{"bullets", "- \n"},
    Shape{"closings", "Thank you. "},
    Shape{"that-clauses", "that "},
    Shape{"tabs", "\t"},
};

}  // namespace

std::vector<Variant> variants(std::string_view s) {
    std::vector<Variant> out;
    auto add = [&](std::string name, std::string text) { out.push_back({std::move(name), std::move(text)}); };

    // Cut inside the first few multi-byte characters, and at a few plain points.
    int cuts = 0;
    for (std::size_t i = 0; i < s.size() && cuts < 3; ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0u) == 0xC0u) {
            add("cut-inside-utf8-" + std::to_string(cuts++), std::string(s.substr(0, i + 1)));
        }
    }
    for (std::size_t part : {1u, 2u, 3u}) add("cut-" + std::to_string(part) + "-of-4", std::string(s.substr(0, s.size() * part / 4)));
    add("nul-in-middle", std::string(s.substr(0, s.size() / 2)) + '\0' + std::string(s.substr(s.size() / 2)));
    add("nul-at-end", std::string(s) + '\0');
    add("one-huge-line", replace_all(s, "\n", " "));
    add("one-huge-line-no-spaces", replace_all(replace_all(s, "\n", ""), " ", ""));
    add("many-blank-lines", replace_all(s, "\n", repeat("\n", 200)));
    add("blank-lines-first", repeat("\n", 5000) + std::string(s));
    add("blank-lines-of-spaces", replace_all(s, "\n", "\n   \t \n \n"));
    add("crlf", replace_all(s, "\n", "\r\n"));
    add("cr-only", replace_all(s, "\n", "\r"));
    add("bom", "\xEF\xBB\xBF" + std::string(s));
    add("bom-twice", "\xEF\xBB\xBF\xEF\xBB\xBF" + std::string(s));
    add("break-after-every-word", replace_all(s, " ", "\n"));
    add("hyphen-break-in-every-word", replace_all(s, "e", "e-\n"));
    add("page-furniture-everywhere", replace_all(s, "\n", "\n16-29415 3/30\n"));
    add("deep-brackets", repeat("(", 4000) + std::string(s) + repeat(")", 4000));
    add("deep-mixed-brackets", repeat("([{\"\xE2\x80\x9C'", 1500) + std::string(s));
    add("unclosed-bracket-every-line", replace_all(s, "\n", "\n( \""));
    add("quotes-everywhere", replace_all(s, " ", " \""));
    add("curly-quotes-everywhere", replace_all(s, " ", " \xE2\x80\x9C"));
    add("invalid-byte-every-97", every(s, 97, [](std::string& t, std::size_t i) { t[i] = '\xFF'; }));
    add("continuation-byte-every-31", every(s, 31, [](std::string& t, std::size_t i) { t[i] = '\x80'; }));
    add("lead-byte-every-53", every(s, 53, [](std::string& t, std::size_t i) { t[i] = '\xE2'; }));
    add("controls-every-41", every(s, 41, [](std::string& t, std::size_t i) { t[i] = i % 2 ? '\f' : '\v'; }));
    add("upper-case", every(s, 1, [](std::string& t, std::size_t i) {
            if (t[i] >= 'a' && t[i] <= 'z') t[i] = static_cast<char>(t[i] - 'a' + 'A');
        }));
    add("lower-case", every(s, 1, [](std::string& t, std::size_t i) {
            if (t[i] >= 'A' && t[i] <= 'Z') t[i] = static_cast<char>(t[i] - 'A' + 'a');
        }));
    add("no-periods", replace_all(s, ".", ""));
    add("periods-doubled", replace_all(s, ".", ". ."));
    add("spaces-doubled", replace_all(s, " ", "  "));
    add("tabs-for-spaces", replace_all(s, " ", "\t"));
    add("no-break-spaces", replace_all(s, " ", "\xC2\xA0"));
    add("markdown-emphasis", replace_all(s, " ", "** "));
    add("twice", std::string(s) + std::string(s));
    return out;
}

std::vector<std::string> pathological_shapes() {
    std::vector<std::string> names;
    for (const Shape& shape : shapes) names.emplace_back(shape.name);
    return names;
}

std::string pathological(std::string_view name, std::size_t bytes) {
    for (const Shape& shape : shapes) {
        if (shape.name == name) return repeat(shape.unit, bytes / shape.unit.size() + 1);
    }
    return {};
}

}  // namespace posext::test
