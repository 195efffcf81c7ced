// Every table of english.lex reaches the rules: for each, a word added from a user's lexicon file
// changes what is found (tests/data/lexicon/table_cases.txt). And no word list is left in code.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "lexicon/word_list.hpp"
#include "support.hpp"

using namespace posext;

namespace {

struct TableCase {
    std::string table;  // the section name
    std::string entry;  // the line added to it
    std::string base;   // lexicon text added on both sides
    std::string text;
};

// "[table]\nentry\n": a lexicon file's text for one entry.
std::string lexicon_text(const std::string& table, const std::string& entry) {
    std::string text;
    text.append("[").append(table).append("]\n").append(entry).append("\n");
    return text;
}

std::string section(const std::string& line) {
    const std::size_t close = line.find(']');
    return line.substr(1, close - 1);
}

std::vector<TableCase> table_cases() {
    std::vector<TableCase> cases;
    const std::string data = test::read_data("lexicon/table_cases.txt");
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < data.size();) {
        const std::size_t end = std::min(data.find('\n', at), data.size());
        lines.push_back(data.substr(at, end - at));
        at = end + 1;
    }
    TableCase current;
    for (const std::string& line : lines) {
        if (!line.empty() && line[0] == '#') continue;
        if (line.empty()) {
            if (!current.text.empty()) cases.push_back(current);
            current = TableCase{};
        } else if (current.table.empty()) {
            current.table = section(line);
            current.entry = line.substr(line.find(']') + 2);
        } else if (line.rfind("base: ", 0) == 0) {
            const std::string base = line.substr(6);
            current.base += lexicon_text(section(base), base.substr(base.find(']') + 2));
        } else {
            for (std::size_t i = 0; i < line.size(); ++i) {
                if (line.compare(i, 2, "\\n") == 0) {
                    current.text += '\n';
                    ++i;
                } else {
                    current.text += line[i];
                }
            }
            current.text += '\n';
        }
    }
    if (!current.text.empty()) cases.push_back(current);
    return cases;
}

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The section names of english.lex, in order.
std::vector<std::string> english_sections() {
    std::vector<std::string> names;
    const std::string lexicon = read_file(POSEXT_ENGLISH_LEXICON);
    for (std::size_t at = 0; at < lexicon.size();) {
        const std::size_t end = std::min(lexicon.find('\n', at), lexicon.size());
        if (lexicon[at] == '[') names.push_back(section(lexicon.substr(at, end - at)));
        at = end + 1;
    }
    return names;
}

// The model and its positions: some tables ([actors]) name what only the positions show.
std::string extracted(const std::string& text, const Lexicon& lexicon) {
    Options options;
    options.lexicon = &lexicon;
    const Document d = test::checked_extract(text, options);
    std::string out = to_json(d);
    for (const Position& p : positions(d, lexicon)) out += to_csv(p);
    return out;
}

}  // namespace

TEST_CASE("every table of english.lex has a case, and every case a table") {
    const std::vector<std::string> sections = english_sections();
    REQUIRE(sections.size() >= 70);
    std::set<std::string> covered;
    for (const TableCase& c : table_cases()) covered.insert(c.table);
    for (const std::string& name : sections) {
        CAPTURE(name);
        CHECK(covered.count(name) == 1);
    }
    CHECK(covered.size() == sections.size());
    // Each word list of the code is a section of the file.
    for (std::string_view name : detail::word_table_names) {
        CAPTURE(name);
        CHECK(std::find(sections.begin(), sections.end(), std::string(name)) != sections.end());
    }
}

TEST_CASE("a word added to any table from a lexicon file changes what is found") {
    for (const TableCase& c : table_cases()) {
        CAPTURE(c.table);
        CAPTURE(c.text);
        Lexicon base = Lexicon::english();
        if (!c.base.empty()) base.add(c.base, "base.lex");
        Lexicon extended = base;
        extended.add(lexicon_text(c.table, c.entry), "mine.lex");
        CHECK(extracted(c.text, base) != extracted(c.text, extended));
    }
}
