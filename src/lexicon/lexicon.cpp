// Lexicon tables, the lexicon file parser and the built-in English tables.
#include <posext/error.hpp>
#include <posext/lexicon.hpp>

#include <array>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "detail/text.hpp"

namespace posext {
namespace detail {
extern const char english_lexicon[];  // generated from english.lex
}

namespace {

struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

using WordSet = std::unordered_set<std::string, Hash, std::equal_to<>>;

// Lower-cases ASCII into a fixed buffer, so that a lookup never allocates.
// Words longer than the buffer are in no table.
class Folded {
public:
    explicit Folded(std::string_view word) noexcept {
        if (word.size() > buffer_.size()) return;
        for (std::size_t i = 0; i < word.size(); ++i) buffer_[i] = detail::ascii_lower(word[i]);
        size_ = word.size();
        ok_ = true;
    }
    [[nodiscard]] bool ok() const noexcept { return ok_; }
    [[nodiscard]] std::string_view view() const noexcept { return {buffer_.data(), size_}; }

private:
    std::array<char, 48> buffer_{};
    std::size_t size_ = 0;
    bool ok_ = false;
};

bool contains_folded(const WordSet& set, std::string_view word) {
    Folded folded(word);
    return folded.ok() && set.find(folded.view()) != set.end();
}

std::string folded_copy(std::string_view word) {
    std::string out(word);
    for (char& c : out) c = detail::ascii_lower(c);
    return out;
}

std::optional<AbbreviationKind> parse_kind(std::string_view name) {
    if (name == "title") return AbbreviationKind::title;
    if (name == "inner") return AbbreviationKind::inner;
    if (name == "number") return AbbreviationKind::number;
    if (name == "final") return AbbreviationKind::final;
    if (name == "name") return AbbreviationKind::name;
    return std::nullopt;
}

}  // namespace

struct Lexicon::Tables {
    std::unordered_map<std::string, AbbreviationKind, Hash, std::equal_to<>> abbreviations;
    WordSet sentence_openers;  // lower case
    WordSet hyphen_prefixes;   // lower case
};

Lexicon::Lexicon() : tables_(std::make_shared<Tables>()) {}

const Lexicon& Lexicon::english() {
    static const Lexicon lexicon = [] {
        Lexicon built;
        built.add(detail::english_lexicon, "english.lex");
        return built;
    }();
    return lexicon;
}

void Lexicon::add(std::string_view text, std::string_view source) {
    auto tables = std::make_shared<Tables>(*tables_);  // copy on write: shared copies stay unchanged
    enum class Section { none, abbreviations, sentence_openers, hyphen_prefixes } section = Section::none;
    std::size_t line_number = 0;
    auto fail = [&](std::string id, std::string message) {
        throw Error(std::move(id), std::move(message), std::string(source), line_number);
    };
    for (std::size_t at = 0; at < text.size();) {
        std::size_t eol = text.find('\n', at);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(at, eol - at);
        at = eol + 1;
        ++line_number;
        if (auto hash = line.find('#'); hash != std::string_view::npos &&
                                         (hash == 0 || detail::is_ascii_space(line[hash - 1]))) {
            line = line.substr(0, hash);
        }
        std::array<std::string_view, 3> fields{};
        std::size_t count = 0;
        for (std::size_t i = 0; i < line.size();) {
            while (i < line.size() && detail::is_ascii_space(line[i])) ++i;
            std::size_t start = i;
            while (i < line.size() && !detail::is_ascii_space(line[i])) ++i;
            if (i > start) {
                if (count == fields.size()) fail("lexicon.bad-entry", "too many fields");
                fields[count++] = line.substr(start, i - start);
            }
        }
        if (count == 0) continue;
        if (fields[0].front() == '[') {
            if (count != 1 || fields[0].back() != ']') fail("lexicon.bad-section", "a section header is [name]");
            std::string_view name = fields[0].substr(1, fields[0].size() - 2);
            if (name == "abbreviations") section = Section::abbreviations;
            else if (name == "sentence-openers") section = Section::sentence_openers;
            else if (name == "hyphen-prefixes") section = Section::hyphen_prefixes;
            else fail("lexicon.unknown-section", "unknown section [" + std::string(name) + "]");
            continue;
        }
        switch (section) {
        case Section::none:
            fail("lexicon.entry-outside-section", "entry before the first [section]");
            break;
        case Section::abbreviations: {
            if (count != 2) fail("lexicon.bad-entry", "an abbreviation entry is FORM KIND");
            if (fields[0].back() != '.') fail("lexicon.bad-entry", "an abbreviation ends in a period");
            auto kind = parse_kind(fields[1]);
            if (!kind) fail("lexicon.bad-entry", "kind is one of title, inner, number, final, name");
            tables->abbreviations.insert_or_assign(std::string(fields[0]), *kind);
            break;
        }
        case Section::sentence_openers:
        case Section::hyphen_prefixes: {
            if (count != 1) fail("lexicon.bad-entry", "one word per line in this section");
            if (fields[0].size() > 48) fail("lexicon.bad-entry", "word longer than 48 bytes");
            auto& set = section == Section::sentence_openers ? tables->sentence_openers
                                                              : tables->hyphen_prefixes;
            set.insert(folded_copy(fields[0]));
            break;
        }
        }
    }
    tables_ = std::move(tables);
}

void Lexicon::add_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("lexicon.read", "cannot read lexicon file", path.string());
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw Error("lexicon.read", "error while reading lexicon file", path.string());
    add(text, path.string());
}

std::optional<AbbreviationKind> Lexicon::abbreviation(std::string_view form) const {
    auto it = tables_->abbreviations.find(form);
    if (it == tables_->abbreviations.end()) return std::nullopt;
    return it->second;
}

bool Lexicon::is_sentence_opener(std::string_view word) const {
    return contains_folded(tables_->sentence_openers, word);
}

bool Lexicon::is_hyphen_prefix(std::string_view word) const {
    return contains_folded(tables_->hyphen_prefixes, word);
}

std::size_t Lexicon::size() const noexcept {
    return tables_->abbreviations.size() + tables_->sentence_openers.size() + tables_->hyphen_prefixes.size();
}

}  // namespace posext
