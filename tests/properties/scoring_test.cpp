// The diplomatic layers scored against hand-made gold (the dev statements, copied into tests/data/corpus).
// Matching follows the gold's rules: snippets are found with white space
// collapsed and curly quotes folded, then compared with posext's byte spans.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "support.hpp"

using namespace posext;
namespace json = boost::json;

namespace {

// A statement searchable with white space collapsed, answering byte ranges of the original.
class Searchable {
public:
    explicit Searchable(const std::string& raw) {
        bool space = false;
        for (std::size_t i = 0; i < raw.size();) {
            std::size_t length = 1;
            std::string folded(1, raw[i]);
            if (raw.compare(i, 3, "\xE2\x80\x98") == 0 || raw.compare(i, 3, "\xE2\x80\x99") == 0) folded = "'", length = 3;
            else if (raw.compare(i, 3, "\xE2\x80\x9C") == 0 || raw.compare(i, 3, "\xE2\x80\x9D") == 0) folded = "\"", length = 3;
            else if (raw.compare(i, 2, "\xC2\xA0") == 0) folded = " ", length = 2;
            if (std::isspace(static_cast<unsigned char>(folded[0]))) {
                if (!space && !text_.empty()) add(" ", i, i + length);
                space = true;
            } else {
                add(folded, i, i + length);
                space = false;
            }
            i += length;
        }
    }

    // The occurrence-th match of `snippet` at or after byte `after`, as [begin, end) of the original.
    [[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>> find(const std::string& snippet, int occurrence = 1,
                                                                         std::size_t after = 0) const {
        const std::string key = Searchable(snippet).text_;
        std::size_t at = 0;
        while (at < begin_.size() && begin_[at] < after) ++at;
        std::size_t hit = std::string::npos;
        for (int n = 0; n < occurrence; ++n) {
            hit = text_.find(key, at);
            if (hit == std::string::npos) return std::nullopt;
            at = hit + 1;
        }
        return std::make_pair(begin_[hit], end_[hit + key.size() - 1]);
    }

private:
    void add(const std::string& bytes, std::size_t begin, std::size_t end) {
        for (char c : bytes) {
            text_ += c;
            begin_.push_back(begin);
            end_.push_back(end);
        }
    }
    std::string text_;
    std::vector<std::size_t> begin_, end_;
};

double overlap(std::pair<std::size_t, std::size_t> a, Span b) {
    const double inter = std::max<double>(0, double(std::min<std::size_t>(a.second, b.end)) - double(std::max<std::size_t>(a.first, b.begin)));
    const double uni = double(std::max<std::size_t>(a.second, b.end)) - double(std::min<std::size_t>(a.first, b.begin));
    return uni > 0 ? inter / uni : 0;
}

struct Tally {
    int tp = 0, fp = 0, fn = 0;
    [[nodiscard]] double f1() const { return tp == 0 ? (fp + fn == 0 ? 1.0 : 0.0) : 2.0 * tp / (2.0 * tp + fp + fn); }
};

std::string str(const json::value& v) { return std::string(v.as_string()); }
int occurrence(const json::object& o) { return o.contains("occurrence") ? static_cast<int>(o.at("occurrence").as_int64()) : 1; }

struct Scores {
    Tally addresses, arguments, references, stances, labelled, third_party;
    int ends_ok = 0, ends_asked = 0, speaker_ok = 0, speaker_asked = 0;
};

void score(const json::object& gold, const Document& doc, const std::string& raw, Scores& s) {
    const Searchable text(raw);
    std::vector<std::string> layers{"speaker", "addresses", "arguments", "stances", "references"};
    if (gold.contains("layers")) {
        layers.clear();
        for (const auto& l : gold.at("layers").as_array()) layers.push_back(str(l));
    }
    auto has = [&](const char* layer) { return std::find(layers.begin(), layers.end(), layer) != layers.end(); };
    if (has("speaker") && gold.contains("speaker") && !gold.at("speaker").is_null()) {
        ++s.speaker_asked;
        std::vector<std::string> names;
        if (gold.at("speaker").is_array()) {
            for (const auto& n : gold.at("speaker").as_array()) names.push_back(str(n));
        } else {
            names.push_back(str(gold.at("speaker")));
        }
        auto lower = [](std::string x) {
            for (char& c : x) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            return x;
        };
        if (doc.speaker) {
            s.speaker_ok += std::any_of(names.begin(), names.end(), [&](const std::string& n) { return lower(n) == lower(doc.speaker->name); });
        }
    }
    if (has("addresses")) {
        std::vector<bool> used(doc.addresses.size(), false);
        for (const auto& g : gold.at("addresses").as_array()) {
            const auto& a = g.as_object();
            auto where = text.find(str(a.at("text")), occurrence(a));
            REQUIRE(where);
            bool hit = false;
            for (std::size_t i = 0; i < doc.addresses.size() && !hit; ++i) {
                if (!used[i] && to_string(doc.addresses[i].kind) == str(a.at("kind")) && overlap(*where, doc.addresses[i].span) >= 0.5) {
                    used[i] = hit = true;
                }
            }
            ++(hit ? s.addresses.tp : s.addresses.fn);
        }
        s.addresses.fp += static_cast<int>(std::count(used.begin(), used.end(), false));
    }
    if (has("arguments")) {
        std::vector<bool> used(doc.arguments.size(), false);
        for (const auto& g : gold.at("arguments").as_array()) {
            const auto& a = g.as_object();
            auto where = text.find(str(a.at("starts")), occurrence(a));
            REQUIRE(where);
            const Argument* found = nullptr;
            for (std::size_t i = 0; i < doc.arguments.size() && !found; ++i) {
                const Argument& x = doc.arguments[i];
                if (!used[i] && x.ordinal == a.at("ordinal").as_int64() &&
                    std::abs(static_cast<long>(x.marker.begin) - static_cast<long>(where->first)) <= 1) {
                    used[i] = true;
                    found = &x;
                }
            }
            ++(found ? s.arguments.tp : s.arguments.fn);
            auto end = text.find(str(a.at("ends")), 1, where->first);
            REQUIRE(end);
            ++s.ends_asked;
            if (found) {
                std::size_t e = found->span.end;
                while (e > 0 && std::isspace(static_cast<unsigned char>(raw[e - 1]))) --e;
                s.ends_ok += std::abs(static_cast<long>(e) - static_cast<long>(end->second)) <= 2;
            }
        }
        s.arguments.fp += static_cast<int>(std::count(used.begin(), used.end(), false));
    }
    if (has("stances") && gold.contains("stances")) {
        std::vector<bool> used(doc.stances.size(), false);
        for (const auto& g : gold.at("stances").as_array()) {
            const auto& st = g.as_object();
            auto sentence = text.find(str(st.at("sentence")), occurrence(st));
            REQUIRE(sentence);
            auto cue = text.find(str(st.at("cue")), 1, sentence->first);
            REQUIRE(cue);
            const bool third = str(st.at("holder")) == "third_party";
            const Stance* found = nullptr;
            for (std::size_t i = 0; i < doc.stances.size() && !found; ++i) {
                if (!used[i] && overlap(*cue, doc.stances[i].cue) > 0) {
                    used[i] = true;
                    found = &doc.stances[i];
                }
            }
            if (!found) {
                ++s.stances.fn;
                ++s.labelled.fn;
                s.third_party.fn += third;
                continue;
            }
            ++s.stances.tp;
            if (to_string(found->type) == str(st.at("type")) && to_string(found->polarity) == str(st.at("polarity"))) {
                ++s.labelled.tp;
            } else {
                ++s.labelled.fp;
                ++s.labelled.fn;
            }
            const bool said_third = found->holder.kind == HolderKind::third_party;
            s.third_party.tp += said_third && third;
            s.third_party.fp += said_third && !third;
            s.third_party.fn += !said_third && third;
        }
        for (std::size_t i = 0; i < doc.stances.size(); ++i) {
            if (used[i]) continue;
            ++s.stances.fp;
            ++s.labelled.fp;
            s.third_party.fp += doc.stances[i].holder.kind == HolderKind::third_party;
        }
    }
    if (has("references")) {
        std::vector<bool> used(doc.references.size(), false);
        for (const auto& g : gold.at("references").as_array()) {
            const auto& r = g.as_object();
            auto where = text.find(str(r.at("text")), occurrence(r));
            REQUIRE(where);
            bool hit = false;
            for (std::size_t i = 0; i < doc.references.size() && !hit; ++i) {
                const Reference& x = doc.references[i];
                if (!used[i] && to_string(x.kind) == str(r.at("kind")) && overlap(*where, x.span) >= 0.5) {
                    used[i] = hit = true;
                    CHECK(x.canonical == str(r.at("canonical")));
                }
            }
            ++(hit ? s.references.tp : s.references.fn);
        }
        s.references.fp += static_cast<int>(std::count(used.begin(), used.end(), false));
    }
}

}  // namespace

TEST_CASE("the dev statements reach the quality bar of the diplomatic layers and of stances") {
    const std::filesystem::path corpus = std::filesystem::path(POSEXT_TEST_DATA) / "corpus";
    Scores s;
    int statements = 0;
    for (const auto& entry : std::filesystem::directory_iterator(corpus / "dev" / "gold")) {
        const json::object gold = json::parse(test::read_data(std::filesystem::relative(entry.path(), POSEXT_TEST_DATA).string())).as_object();
        const std::string file = str(gold.at("file"));
        const std::string raw = test::read_data("corpus/" + file);
        CAPTURE(file);
        score(gold, test::checked_extract(raw), raw, s);  // every layer, stances included, is on by default
        ++statements;
    }
    CHECK(statements == 16);
    MESSAGE("addresses F1 ", s.addresses.f1(), ", arguments F1 ", s.arguments.f1(), ", argument ends ", s.ends_ok, "/",
            s.ends_asked, ", references F1 ", s.references.f1(), ", speaker ", s.speaker_ok, "/", s.speaker_asked);
    CHECK(s.addresses.f1() >= 0.95);
    CHECK(s.arguments.f1() >= 0.95);
    CHECK(s.ends_ok >= 0.9 * s.ends_asked);
    CHECK(s.references.f1() >= 0.95);
    MESSAGE("stances found F1 ", s.stances.f1(), ", type and polarity F1 ", s.labelled.f1(), ", third-party holders F1 ",
            s.third_party.f1());
    CHECK(s.stances.f1() >= 0.9);
    CHECK(s.labelled.f1() >= 0.85);
    CHECK(s.third_party.f1() >= 0.7);
    CHECK(s.speaker_asked == 10);
    CHECK(s.speaker_ok == s.speaker_asked);
}
