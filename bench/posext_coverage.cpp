// Checks that every word of each statement outside page furniture lies in exactly one sentence.
//   posext-coverage PATH... [--show N]
#include <posext/posext.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "corpus.hpp"

namespace {

constexpr const char* usage =
    "usage: posext-coverage PATH... [--show N]\n"
    "Extracts each PATH (a .txt file, or every .txt file below a folder, in path order) and checks\n"
    "posext::coverage(): every word kept in the normalised text lies in exactly one sentence or in the\n"
    "speaker line. Prints, for each statement with a problem, its lost and doubled words (the first N,\n"
    "default 5, with line and column) and how many words of page furniture were dropped inside a\n"
    "sentence; then one summary line. Exit status 1 when a word is lost or doubled, 2 for a wrong\n"
    "command line or an unreadable path.\n";

// A word as the report shows it: its text, cut short, and where it is.
std::string where(const posext::Document& d, posext::Span word) {
    std::string text(d.text(word));
    if (text.size() > 40) text = text.substr(0, 40) + "...";
    const posext::LineColumn at = d.line_column(word.begin);
    return fmt::format("'{}' ({}:{})", text, at.line, at.column);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> files;
    std::size_t show = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            fmt::print("{}", usage);
            return 0;
        }
        if (arg == "--show" && i + 1 < argc) {
            show = std::stoul(argv[++i]);
            continue;
        }
        std::error_code error;
        if (std::filesystem::is_directory(arg, error)) {
            const auto found = posext::bench::statements_under(arg);
            files.insert(files.end(), found.begin(), found.end());
        } else if (std::filesystem::is_regular_file(arg, error)) {
            files.emplace_back(arg);
        } else {
            fmt::print(stderr, "posext-coverage: {}: no such file or folder\n{}", arg, usage);
            return 2;
        }
    }
    if (files.empty()) {
        fmt::print(stderr, "{}", usage);
        return 2;
    }
    std::sort(files.begin(), files.end());
    std::size_t words = 0, lost = 0, doubled = 0, inside = 0, with_inside = 0, failing = 0;
    for (std::size_t f = 0; f < files.size(); ++f) {
        if (files.size() >= 200 && f % 200 == 0 && f > 0) fmt::print(stderr, "posext-coverage: {} of {} files\n", f, files.size());
        posext::Options options;
        options.stances = false;  // sentences are all this reads
        const posext::Document d = posext::extract(posext::bench::read_file(files[f]), options);
        const posext::Coverage c = posext::coverage(d);
        words += c.words;
        lost += c.lost.size();
        doubled += c.doubled.size();
        inside += c.dropped_inside.size();
        if (!c.dropped_inside.empty()) ++with_inside;
        if (c.lost.empty() && c.doubled.empty() && c.dropped_inside.empty()) continue;
        if (!c.lost.empty() || !c.doubled.empty()) ++failing;
        fmt::print("{}: {} lost, {} doubled, {} of furniture dropped inside a sentence\n", files[f].string(),
                   c.lost.size(), c.doubled.size(), c.dropped_inside.size());
        for (std::size_t k = 0; k < c.lost.size() && k < show; ++k) fmt::print("  lost {}\n", where(d, c.lost[k]));
        for (std::size_t k = 0; k < c.doubled.size() && k < show; ++k) fmt::print("  doubled {}\n", where(d, c.doubled[k]));
        for (std::size_t k = 0; k < c.dropped_inside.size() && k < show; ++k) {
            fmt::print("  furniture {}\n", where(d, c.dropped_inside[k]));
        }
    }
    fmt::print("{} files, {} words: {} lost and {} doubled in {} files; {} words of furniture dropped inside a "
               "sentence in {} files\n",
               files.size(), words, lost, doubled, failing, inside, with_inside);
    return lost + doubled > 0 ? 1 : 0;
}
