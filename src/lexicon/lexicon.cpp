// Lexicon tables, the lexicon file parser and the built-in English tables.
#include <posext/error.hpp>
#include <posext/lexicon.hpp>

#include <algorithm>
#include <array>
#include <bitset>
#include <charconv>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/phrase_filter.hpp"
#include "lexicon/word_list.hpp"
#include "stance/cue.hpp"
#include "text/ascii.hpp"

namespace posext {
namespace detail {
extern const char english_lexicon[];  // generated from english.lex
extern const char issues_un_general[];  // and from issues/*.lex
extern const char issues_ict_oewg[];
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

using detail::is_word_byte;

// Whether a phrase may end after text[0, i): at a space or a mark, before a
// possessive "'s", but not inside a word or a hyphenated compound.
bool phrase_end(std::string_view text, std::size_t i) noexcept {
    const char before = text[i - 1];
    const char next = i < text.size() ? text[i] : ' ';
    const bool possessive = next == '\'' && i + 1 < text.size() && text[i + 1] == 's' &&
                            (i + 2 >= text.size() || !is_word_byte(text[i + 2]));
    const bool boundary = !is_word_byte(next) && next != '-' && (next != '\'' || possessive);
    // A name may end in a bracket: "Venezuela (Bolivarian Republic of)", as recorded votes list it.
    return boundary && (is_word_byte(before) || before == ')' || (before == '.' && i >= 2 && is_word_byte(text[i - 2])));
}

// The folded first three bytes of a text, up to its first byte that is not a
// letter or digit, hashed to an index into PhraseTable::openings.
std::size_t opening_of(std::string_view text) noexcept {
    std::uint32_t key = 0;
    for (std::size_t i = 0; i < 3 && i < text.size() && is_word_byte(text[i]); ++i) {
        key |= std::uint32_t{static_cast<unsigned char>(detail::ascii_lower(text[i]))} << (8 * i);
    }
    return static_cast<std::size_t>((key * 0x9E3779B1u) >> 16);
}

}  // namespace

// A phrase table: folded phrase -> entry, with the values in order of first use.
struct PhraseTable {
    struct Entry {
        std::uint32_t value = 0;  // index into values
        std::string exact;        // non-empty: the phrase matches only as written (capitals)
    };
    // Every folded phrase cut where a phrase could end in it ("united", "united
    // states"), with the entry it completes (value `none` if it completes none):
    // one lookup per possible end. An open-addressing table keyed by a hash that
    // match() extends byte by byte, so that each possible end costs one probe
    // instead of hashing the whole prefix again. Held by value, so that copies stay whole.
    static constexpr std::uint32_t none = ~std::uint32_t{0};
    struct Slot {
        std::uint64_t hash = 0;
        std::string key;  // empty: a free slot
        Entry entry;
    };
    std::vector<Slot> prefixes = std::vector<Slot>(16);
    // Each slot's hash with bit 0 set, 0 for a free slot: probing reads these 8 bytes per slot, not
    // the slots themselves, so that a lookup touches one or two cache lines.
    std::vector<std::uint64_t> hashes = std::vector<std::uint64_t>(16);
    std::size_t prefix_count = 0;
    std::bitset<65536> openings;  // hashed first bytes of every phrase: a cheaper one
    // PhraseFilter's sets: the first word of every phrase, the one-word phrases,
    // and the first two words of the longer ones.
    std::array<std::uint64_t, detail::PhraseFilter::bits / 64> first_words{};
    std::array<std::uint64_t, detail::PhraseFilter::bits / 64> single_words{};
    std::array<std::uint64_t, detail::PhraseFilter::bits / 64> word_pairs{};
    std::vector<std::string> values;
    std::vector<std::string> first_forms;  // per value, the first phrase listed with it
    std::size_t max_bytes = 0;

    static std::uint64_t hash_of(std::string_view folded) noexcept {
        std::uint64_t h = detail::fnv1a_start;
        for (char c : folded) h = detail::fnv1a_step(h, c);
        return h;
    }
    // The slot that holds `folded`, whose hash is `h`, or the free slot where it would go.
    std::size_t slot_of(std::uint64_t h, std::string_view folded) const noexcept {
        const std::size_t mask = prefixes.size() - 1;
        const std::uint64_t mark = h | 1u;
        std::size_t at = static_cast<std::size_t>((h ^ (h >> 31)) & mask);
        while (hashes[at] != 0 && (hashes[at] != mark || prefixes[at].key != folded)) at = (at + 1) & mask;
        return at;
    }
    // The entry of `folded`, whose hash is `h`, or nullptr.
    const Entry* find(std::uint64_t h, std::string_view folded) const noexcept {
        const std::size_t at = slot_of(h, folded);
        return hashes[at] == 0 ? nullptr : &prefixes[at].entry;
    }
    // Adds `folded` with `entry`; an existing prefix keeps its entry unless `replace`.
    void put(std::string_view folded, Entry entry, bool replace) {
        if (2 * (prefix_count + 1) > prefixes.size()) {
            std::vector<Slot> old(prefixes.size() * 2);
            old.swap(prefixes);
            hashes.assign(prefixes.size(), 0);
            for (Slot& slot : old) {
                if (slot.key.empty()) continue;
                const std::size_t at = slot_of(slot.hash, slot.key);
                hashes[at] = slot.hash | 1u;
                prefixes[at] = std::move(slot);
            }
        }
        const std::uint64_t h = hash_of(folded);
        const std::size_t at = slot_of(h, folded);
        Slot& slot = prefixes[at];
        if (hashes[at] == 0) {
            slot = Slot{h, std::string(folded), std::move(entry)};
            hashes[at] = h | 1u;
            ++prefix_count;
        } else if (replace) {
            slot.entry = std::move(entry);
        }
    }

    void add(std::string_view value, std::string_view phrase) {
        auto found = std::find(values.begin(), values.end(), value);
        const auto index = static_cast<std::uint32_t>(found - values.begin());
        if (found == values.end()) {
            values.emplace_back(value);
            first_forms.emplace_back(phrase);
        }
        bool capitals = std::count_if(phrase.begin(), phrase.end(), detail::is_upper) >= 2 &&
                        std::none_of(phrase.begin(), phrase.end(), detail::is_lower);
        const Entry entry{index, capitals ? std::string(phrase) : std::string()};
        const std::string folded = folded_copy(phrase);
        for (std::size_t i = 1; i < folded.size(); ++i) {
            if (phrase_end(folded, i)) put(std::string_view(folded).substr(0, i), Entry{none, {}}, false);
        }
        put(folded, entry, true);
        openings.set(opening_of(phrase));
        const std::size_t space = phrase.find(' ');
        const std::size_t h = detail::PhraseFilter::hash(phrase.substr(0, space));
        first_words[h >> 6] |= std::uint64_t{1} << (h & 63);
        if (space == std::string_view::npos) {
            single_words[h >> 6] |= std::uint64_t{1} << (h & 63);
        } else {
            const std::size_t after = phrase.find(' ', space + 1);
            const std::string_view second = phrase.substr(space + 1, after == std::string_view::npos ? std::string_view::npos : after - space - 1);
            const std::size_t p = detail::PhraseFilter::pair_hash(h, detail::PhraseFilter::hash(second));
            word_pairs[p >> 6] |= std::uint64_t{1} << (p & 63);
        }
        max_bytes = std::max(max_bytes, phrase.size());
    }
};

struct Lexicon::Tables {
    std::unordered_map<std::string, AbbreviationKind, Hash, std::equal_to<>> abbreviations;
    WordSet sentence_openers;  // lower case
    WordSet hyphen_prefixes;   // lower case
    WordSet open_words;        // lower case
    std::array<PhraseTable, static_cast<std::size_t>(Phrases::count_)> phrases;
    std::vector<std::pair<unsigned, unsigned>> council_years;  // (first resolution, year), sorted
    std::array<detail::WordList, detail::word_table_count> word_lists;
    std::uint64_t fingerprint = detail::fnv1a_start;  // over the texts added and the changes made
};

Lexicon::Lexicon() : tables_(std::make_shared<Tables>()) {}

namespace {
void add_to(Lexicon::Tables& tables, std::string_view text, std::string_view source);
}  // namespace

const Lexicon& Lexicon::english() {
    // Both texts go into one set of tables, not a copy of the first made for the second: the copy cost a
    // fifth of the time a short statement takes, most of it in fresh pages.
    static const Lexicon lexicon = [] {
        auto tables = std::make_shared<Tables>();
        add_to(*tables, detail::english_lexicon, "english.lex");
        add_to(*tables, detail::issues_un_general, "issues/un-general.lex");
        Lexicon built;
        built.tables_ = std::move(tables);
        return built;
    }();
    return lexicon;
}

std::optional<std::string_view> Lexicon::issue_pack(std::string_view name) {
    if (name == "un-general") return std::string_view(detail::issues_un_general);
    if (name == "ict-oewg") return std::string_view(detail::issues_ict_oewg);
    return std::nullopt;
}

void Lexicon::clear_issues() {
    auto tables = std::make_shared<Tables>(*tables_);
    tables->phrases[static_cast<std::size_t>(Phrases::issue)] = PhraseTable();
    tables->phrases[static_cast<std::size_t>(Phrases::issue_label)] = PhraseTable();
    for (const char c : std::string_view("clear_issues")) tables->fingerprint = detail::fnv1a_step(tables->fingerprint, c);
    tables_ = std::move(tables);
}

std::vector<Lexicon::Issue> Lexicon::issues() const {
    const PhraseTable& labels = tables_->phrases[static_cast<std::size_t>(Phrases::issue_label)];
    std::vector<Issue> out;
    for (std::size_t i = 0; i < labels.values.size(); ++i) out.push_back({labels.values[i], labels.first_forms[i]});
    return out;
}

std::optional<std::size_t> Lexicon::issue_rank(std::string_view key) const {
    const auto& values = tables_->phrases[static_cast<std::size_t>(Phrases::issue_label)].values;
    const auto it = std::find(values.begin(), values.end(), key);
    if (it == values.end()) return std::nullopt;
    return static_cast<std::size_t>(it - values.begin());
}

namespace {

// Sections whose entries are phrases, with what their VALUE field must be.
enum class ValueRule { none, role, ordinal, ordinal_or_last, token, cue, cue_or_none, choice, count };

struct PhraseSection {
    std::string_view name;
    Phrases table;
    ValueRule rule;
};

constexpr std::array<PhraseSection, static_cast<std::size_t>(Phrases::count_)> phrase_sections{{
    {"honorifics", Phrases::honorific, ValueRule::none},
    {"address-modifiers", Phrases::address_modifier, ValueRule::none},
    {"addressees", Phrases::addressee, ValueRule::role},
    {"address-openers", Phrases::address_opener, ValueRule::none},
    {"closings", Phrases::closing, ValueRule::none},
    {"customary-openings", Phrases::customary_opening, ValueRule::none},
    {"ordinal-markers", Phrases::ordinal_marker, ValueRule::ordinal_or_last},
    {"ordinal-words", Phrases::ordinal_word, ValueRule::ordinal},
    {"reference-bodies", Phrases::reference_body, ValueRule::token},
    {"speakers", Phrases::speaker, ValueRule::token},
    {"speaker-adjectives", Phrases::speaker_adjective, ValueRule::token},
    {"stance-cues", Phrases::stance_cue, ValueRule::cue},
    {"stance-frames", Phrases::stance_frame, ValueRule::none},
    {"intensifiers", Phrases::intensifier, ValueRule::none},
    {"ordinal-leads", Phrases::ordinal_lead, ValueRule::none},
    {"ordinal-determiners", Phrases::ordinal_determiner, ValueRule::none},
    {"ordinal-subject-verbs", Phrases::ordinal_subject_verb, ValueRule::none},
    {"address-fillers", Phrases::address_filler, ValueRule::none},
    {"address-of-words", Phrases::address_of_word, ValueRule::none},
    {"addressee-prepositions", Phrases::addressee_preposition, ValueRule::none},
    {"closing-intensifiers", Phrases::closing_intensifier, ValueRule::none},
    {"blessing-openers", Phrases::blessing_opener, ValueRule::none},
    {"resolution-words", Phrases::resolution_word, ValueRule::none},
    {"number-words", Phrases::number_word, ValueRule::none},
    {"chair-titles", Phrases::chair_title, ValueRule::none},
    {"language-notes", Phrases::language_note, ValueRule::none},
    {"list-joiners", Phrases::list_joiner, ValueRule::none},
    {"concern-idioms", Phrases::concern_idiom, ValueRule::none},
    {"language-words", Phrases::language_word, ValueRule::token},
    {"language-names", Phrases::language_name, ValueRule::token},
    {"actors", Phrases::actor, ValueRule::token},
    {"issues", Phrases::issue, ValueRule::token},
    {"issue-labels", Phrases::issue_label, ValueRule::token},
    {"vote-headings", Phrases::vote_heading, ValueRule::choice},
    {"vote-cues", Phrases::vote_cue, ValueRule::choice},
    {"vote-objects", Phrases::vote_object, ValueRule::none},
    {"vote-counts", Phrases::vote_count, ValueRule::count},
    {"adjective-readings", Phrases::adjective_reading, ValueRule::cue_or_none},
}};


// The names of Role's values, as the JSON writes them (not vocabulary).
constexpr std::array<std::string_view, 7> role_names{"chair",     "president",    "secretary_general", "delegates",
                                                      "excellencies", "audience", "other"};

std::optional<unsigned> parse_number(std::string_view text) {
    unsigned value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

}  // namespace

void Lexicon::add(std::string_view text, std::string_view source) {
    auto tables = std::make_shared<Tables>(*tables_);  // copy on write: shared copies stay unchanged
    add_to(*tables, text, source);
    tables_ = std::move(tables);
}

namespace {

void add_to(Lexicon::Tables& table_set, std::string_view text, std::string_view source) {
    Lexicon::Tables* const tables = &table_set;
    for (const char c : text) tables->fingerprint = detail::fnv1a_step(tables->fingerprint, c);
    enum class Section { none, abbreviations, sentence_openers, hyphen_prefixes, open_words, council_years, phrases, words };
    Section section = Section::none;
    const PhraseSection* phrase_section = nullptr;
    detail::WordList* word_list = nullptr;
    std::size_t line_number = 0;
    auto fail = [&](std::string id, std::string message) {
        throw Error(std::move(id), std::move(message), std::string(source), line_number);
    };
    std::vector<std::string_view> fields;
    std::string phrase;
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
        fields.clear();
        for (std::size_t i = 0; i < line.size();) {
            while (i < line.size() && detail::is_ascii_space(line[i])) ++i;
            std::size_t start = i;
            while (i < line.size() && !detail::is_ascii_space(line[i])) ++i;
            if (i > start) fields.push_back(line.substr(start, i - start));
        }
        const std::size_t count = fields.size();
        if (count == 0) continue;
        if (fields[0].front() == '[') {
            if (count != 1 || fields[0].back() != ']') fail("lexicon.bad-section", "a section header is [name]");
            std::string_view name = fields[0].substr(1, fields[0].size() - 2);
            phrase_section = nullptr;
            if (name == "abbreviations") section = Section::abbreviations;
            else if (name == "sentence-openers") section = Section::sentence_openers;
            else if (name == "hyphen-prefixes") section = Section::hyphen_prefixes;
            else if (name == "open-words") section = Section::open_words;
            else if (name == "security-council-years") section = Section::council_years;
            else {
                for (const PhraseSection& candidate : phrase_sections) {
                    if (candidate.name == name) phrase_section = &candidate;
                }
                section = Section::phrases;
                if (!phrase_section) {
                    const auto& names = detail::word_table_names;
                    const auto found = std::find(names.begin(), names.end(), name);
                    if (found == names.end()) fail("lexicon.unknown-section", "unknown section [" + std::string(name) + "]");
                    word_list = &tables->word_lists[static_cast<std::size_t>(found - names.begin())];
                    section = Section::words;
                }
            }
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
        case Section::hyphen_prefixes:
        case Section::open_words: {
            if (count != 1) fail("lexicon.bad-entry", "one word per line in this section");
            if (fields[0].size() > 48) fail("lexicon.bad-entry", "word longer than 48 bytes");
            auto& set = section == Section::sentence_openers ? tables->sentence_openers
                        : section == Section::hyphen_prefixes ? tables->hyphen_prefixes
                                                              : tables->open_words;
            set.insert(folded_copy(fields[0]));
            break;
        }
        case Section::words: {
            std::string entry(fields[0]);
            for (std::size_t i = 1; i < count; ++i) entry.append(" ").append(fields[i]);
            if (entry.size() >= 64) fail("lexicon.bad-entry", "entry longer than 63 bytes");
            word_list->add(entry);
            break;
        }
        case Section::council_years: {
            auto year = count == 2 ? parse_number(fields[0]) : std::nullopt;
            auto first = count == 2 ? parse_number(fields[1]) : std::nullopt;
            if (!year || !first) fail("lexicon.bad-entry", "an entry is YEAR FIRST-RESOLUTION-NUMBER");
            auto& years = tables->council_years;
            years.erase(std::remove_if(years.begin(), years.end(), [&](auto& e) { return e.second == *year; }),
                        years.end());
            years.emplace_back(*first, *year);
            std::sort(years.begin(), years.end());
            break;
        }
        case Section::phrases: {
            const bool valued = phrase_section->rule != ValueRule::none;
            if (count < (valued ? 2u : 1u)) fail("lexicon.bad-entry", valued ? "an entry is VALUE PHRASE" : "an entry is a phrase");
            std::string_view value = valued ? fields[0] : std::string_view();
            switch (phrase_section->rule) {
            case ValueRule::role:
                if (std::find(role_names.begin(), role_names.end(), value) == role_names.end()) {
                    fail("lexicon.bad-entry", "role is one of chair, president, secretary_general, delegates, "
                                              "excellencies, audience, other");
                }
                break;
            case ValueRule::ordinal_or_last:
                if (value == "last") break;
                [[fallthrough]];
            case ValueRule::ordinal:
                if (!parse_number(value) || *parse_number(value) == 0) {
                    fail("lexicon.bad-entry", phrase_section->rule == ValueRule::ordinal
                                                  ? "the value is a number from 1"
                                                  : "the value is a number from 1, or last");
                }
                break;
            case ValueRule::cue_or_none:
                if (value == "none") break;
                [[fallthrough]];
            case ValueRule::cue:
                if (!detail::parse_cue(value)) {
                    fail("lexicon.bad-entry", "the value is TYPE:CLASS:POLARITY, as in support:verb:+ "
                                              "(classes verb, noun, adj, state, modal, frame)");
                }
                break;
            case ValueRule::choice:
                if (value != "in_favour" && value != "against" && value != "abstention") {
                    fail("lexicon.bad-entry", "the value is a vote's choice: in_favour, against or abstention");
                }
                break;
            case ValueRule::count:
                if (!parse_number(value)) fail("lexicon.bad-entry", "the value is a number from 0");
                break;
            case ValueRule::none:
            case ValueRule::token: break;
            }
            phrase.clear();
            for (std::size_t i = valued ? 1 : 0; i < count; ++i) {
                if (!phrase.empty()) phrase += ' ';
                phrase += fields[i];
            }
            if (phrase.size() > 96) fail("lexicon.bad-entry", "phrase longer than 96 bytes");
            tables->phrases[static_cast<std::size_t>(phrase_section->table)].add(value, phrase);
            break;
        }
        }
    }
}

}  // namespace

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

bool Lexicon::is_open_word(std::string_view word) const {
    return contains_folded(tables_->open_words, word);
}

bool Lexicon::is_hyphen_prefix(std::string_view word) const {
    return contains_folded(tables_->hyphen_prefixes, word);
}


detail::PhraseFilter detail::LexiconAccess::filter(const Lexicon& lexicon, Phrases which) noexcept {
    const PhraseTable& table = lexicon.tables_->phrases[static_cast<std::size_t>(which)];
    PhraseFilter f;
    f.tables_ = lexicon.tables_;
    f.firsts_ = table.first_words.data();
    f.singles_ = table.single_words.data();
    f.pairs_ = table.word_pairs.data();
    return f;
}

std::vector<std::string> detail::LexiconAccess::openings(const Lexicon& lexicon, Phrases which, std::size_t bytes) {
    std::vector<std::string> out;
    for (const auto& slot : lexicon.tables_->phrases[static_cast<std::size_t>(which)].prefixes) {
        if (slot.key.empty() || slot.entry.value == PhraseTable::none) continue;
        std::string opening = slot.key.substr(0, bytes);
        if (std::find(out.begin(), out.end(), opening) == out.end()) out.push_back(std::move(opening));
    }
    std::sort(out.begin(), out.end());
    return out;
}

const detail::WordList& detail::LexiconAccess::words(const Lexicon& lexicon, WordTable table) noexcept {
    return lexicon.tables_->word_lists[static_cast<std::size_t>(table)];
}

bool Lexicon::may_open(Phrases which, std::string_view word) const noexcept {
    const PhraseTable& table = tables_->phrases[static_cast<std::size_t>(which)];
    return detail::PhraseFilter::test(table.first_words.data(), detail::PhraseFilter::hash(word));
}

std::optional<PhraseMatch> Lexicon::match(Phrases which, std::string_view text) const {
    const PhraseTable& table = tables_->phrases[static_cast<std::size_t>(which)];
    if (table.prefix_count == 0 || text.empty() || !table.openings.test(opening_of(text))) return std::nullopt;
    // Possible ends of a phrase: where a word ends (before a space or a
    // punctuation mark), and after a period that ends an abbreviation ("Mr.").
    // Walk the possible ends of a phrase in order, keeping the longest entry,
    // while the text so far is the start of some entry.
    const std::size_t limit = std::min(text.size(), table.max_bytes);
    std::array<char, 96> buffer;  // filled as far as it is read
    std::optional<PhraseMatch> best;
    std::uint64_t h = detail::fnv1a_start;
    for (std::size_t i = 1; i <= limit; ++i) {
        const char c = detail::ascii_lower(text[i - 1]);
        buffer[i - 1] = c;
        h = detail::fnv1a_step(h, c);
        // Inside a word no phrase ends: the full test runs only where the next byte ends a word.
        if (i < text.size() && is_word_byte(text[i])) continue;
        if (!phrase_end(text, i)) continue;
        const PhraseTable::Entry* found = table.find(h, std::string_view(buffer.data(), i));
        if (found == nullptr) break;
        const PhraseTable::Entry& entry = *found;
        if (entry.value == PhraseTable::none) continue;
        if (!entry.exact.empty() && entry.exact != text.substr(0, i)) continue;
        best = PhraseMatch{i, table.values[entry.value], table.first_forms[entry.value]};
    }
    return best;
}

std::optional<std::string_view> Lexicon::first_form(Phrases which, std::string_view value) const {
    const PhraseTable& table = tables_->phrases[static_cast<std::size_t>(which)];
    auto it = std::find(table.values.begin(), table.values.end(), value);
    if (it == table.values.end()) return std::nullopt;
    return std::string_view(table.first_forms[static_cast<std::size_t>(it - table.values.begin())]);
}

std::optional<unsigned> Lexicon::security_council_year(unsigned number) const {
    const auto& years = tables_->council_years;
    auto it = std::upper_bound(years.begin(), years.end(), std::make_pair(number, ~0u));
    if (it == years.begin()) return std::nullopt;
    // The Council adopts fewer than a hundred resolutions a year, so a number
    // far past the last year in the table belongs to a year not yet listed.
    if (it == years.end() && number - std::prev(it)->first >= 100) return std::nullopt;
    return std::prev(it)->second;
}

std::uint64_t Lexicon::fingerprint() const noexcept { return tables_->fingerprint; }

std::size_t Lexicon::size() const noexcept {
    std::size_t phrases = 0;
    for (const PhraseTable& table : tables_->phrases) {
        phrases += static_cast<std::size_t>(std::count_if(table.prefixes.begin(), table.prefixes.end(), [](const auto& slot) {
            return !slot.key.empty() && slot.entry.value != PhraseTable::none;
        }));
    }
    std::size_t words = 0;
    for (const detail::WordList& list : tables_->word_lists) words += list.size();
    return tables_->abbreviations.size() + tables_->sentence_openers.size() + tables_->hyphen_prefixes.size() +
           tables_->open_words.size() + tables_->council_years.size() + phrases + words;
}

}  // namespace posext
