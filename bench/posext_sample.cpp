// Draws stances at random from a corpus, for judging by hand against ANNOTATION.md, or their issues.
//   posext-sample CORPUS_DIR [--seed N] [--count N] [--exclude LIST_FILE] [--issues]
#include <posext/posext.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "corpus.hpp"

namespace {

constexpr const char* usage =
    "usage: posext-sample CORPUS_DIR [--seed N] [--count N] [--exclude LIST_FILE] [--issues]\n"
    "Extracts every .txt file below CORPUS_DIR (in path order, the speaker found from the text), draws\n"
    "COUNT stances (default 100) at random with SEED (default 2026), and prints them as tab-separated\n"
    "rows: id, file, line, type, polarity, holder kind, cue, holder, addressee, target, sentence.\n"
    "LIST_FILE names statements to leave out, one file name per line ('#' starts a comment): the dev\n"
    "gold's, so that the sample is of text the rules were not fitted on. The draw depends only on the\n"
    "files, the seed and posext's output, so the same revision gives the same sample anywhere. Each\n"
    "stance draws a number from the seed, its file's path below CORPUS_DIR, its cue's offset and its\n"
    "type, and the COUNT lowest are taken: a revision that changes a few stances changes only the rows\n"
    "those stances draw into or out of, so a judged sample carries over to the next revision.\n"
    "With --issues, only stances with issues of the built-in issue lexicon are drawn, and the rows are\n"
    "id, file, line, issues, type, cue, target, sentence: for judging the issues.\n";

struct Drawn {
    std::uint64_t key = 0;  // the stance's draw: the lowest keys are taken
    std::size_t file = 0;   // index into the sorted paths
    std::size_t index = 0;  // of the stance in its document
};

// A stance's draw from the seed and what identifies it in any revision's output: FNV-1a over the
// seed, the file's path and the cue's offset and type, then mixed (splitmix64's finaliser), so that
// keys spread evenly whatever the paths look like.
std::uint64_t draw_key(std::uint32_t seed, const std::string& path, std::uint32_t cue_begin, std::string_view type) {
    std::uint64_t h = 14695981039346656037ull;
    auto add = [&](std::string_view bytes) {
        for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        h = (h ^ 0xffu) * 1099511628211ull;  // a separator, so that fields cannot run into each other
    };
    add(std::to_string(seed));
    add(path);
    add(std::to_string(cue_begin));
    add(type);
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

// Tabs and line ends would break the row.
std::string cell(std::string text) {
    std::replace_if(text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    std::string corpus, exclude;
    std::uint32_t seed = 2026;
    bool issues = false;  // draw stances with issues, and print their issues
    std::size_t count = 100;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            fmt::print("{}", usage);
            return 0;
        }
        if (arg == "--seed" && i + 1 < argc) {
            seed = static_cast<std::uint32_t>(std::stoul(argv[++i]));
        } else if (arg == "--issues") {
            issues = true;
        } else if (arg == "--count" && i + 1 < argc) {
            count = std::stoul(argv[++i]);
        } else if (arg == "--exclude" && i + 1 < argc) {
            exclude = argv[++i];
        } else if (corpus.empty() && !arg.empty() && arg[0] != '-') {
            corpus = arg;
        } else {
            fmt::print(stderr, "posext-sample: unknown argument '{}'\n{}", arg, usage);
            return 2;
        }
    }
    std::error_code ec;
    if (corpus.empty() || !std::filesystem::is_directory(corpus, ec)) {
        fmt::print(stderr, "posext-sample: {}: not a folder\n{}", corpus.empty() ? std::string("(none)") : corpus, usage);
        return 2;
    }
    std::set<std::string> left_out;
    if (!exclude.empty()) {
        std::ifstream list(exclude);
        if (!list) {
            fmt::print(stderr, "posext-sample: {}: cannot read the list of statements to leave out\n", exclude);
            return 2;
        }
        for (std::string line; std::getline(list, line);) {
            line = line.substr(0, line.find('#'));
            while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
            if (!line.empty()) left_out.insert(line);
        }
    }
    std::vector<std::filesystem::path> paths = posext::bench::statements_under(corpus);
    paths.erase(std::remove_if(paths.begin(), paths.end(),
                               [&](const std::filesystem::path& p) { return left_out.count(p.filename().string()) != 0; }),
                paths.end());

    // First pass: how many stances each file has. The documents are not kept: the drawn ones are
    // extracted again, so that memory stays that of one statement.
    std::vector<Drawn> all;
    for (std::size_t f = 0; f < paths.size(); ++f) {
        const posext::Document doc = posext::extract(posext::bench::read_file(paths[f]));
        const std::string path = std::filesystem::relative(paths[f], corpus).generic_string();
        for (std::size_t s = 0; s < doc.stances.size(); ++s) {
            const posext::Stance& stance = doc.stances[s];
            if (issues && stance.issues.empty()) continue;
            all.push_back({draw_key(seed, path, stance.cue.begin, posext::to_string(stance.type)), f, s});
        }
        if (f % 200 == 199) fmt::print(stderr, "posext-sample: {} of {} files\r", f + 1, paths.size());
    }
    fmt::print(stderr, "posext-sample: {} stances in {} files\n", all.size(), paths.size());

    count = std::min(count, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(count), all.end(),
                      [](const Drawn& a, const Drawn& b) { return a.key < b.key; });

    if (issues) fmt::print("id\tfile\tline\tissues\ttype\tcue\ttarget\tsentence\n");
    else fmt::print("id\tfile\tline\ttype\tpolarity\tholder_kind\tcue\tholder\taddressee\ttarget\tsentence\n");
    std::size_t loaded = paths.size();
    posext::Document doc = posext::extract("");
    for (std::size_t i = 0; i < count; ++i) {
        const Drawn& d = all[i];
        if (d.file != loaded) {
            doc = posext::extract(posext::bench::read_file(paths[d.file]));
            loaded = d.file;
        }
        const posext::Stance& s = doc.stances[d.index];
        auto text = [&](const std::optional<posext::Span>& span) { return span ? cell(doc.normalized(*span)) : std::string("-"); };
        if (issues) {
            std::string keys;
            for (const std::string& key : s.issues) keys += (keys.empty() ? "" : ";") + key;
            fmt::print("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", i + 1,
                       std::filesystem::relative(paths[d.file], corpus).generic_string(), doc.line_column(s.cue.begin).line,
                       keys, posext::to_string(s.type), cell(doc.normalized(s.cue)), text(s.target),
                       cell(doc.normalized(doc.sentences[s.sentence].span)));
            continue;
        }
        fmt::print("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", i + 1,
                   std::filesystem::relative(paths[d.file], corpus).generic_string(), doc.line_column(s.cue.begin).line,
                   posext::to_string(s.type), posext::to_string(s.polarity), posext::to_string(s.holder.kind),
                   cell(doc.normalized(s.cue)), text(s.holder.span), text(s.addressee), text(s.target),
                   cell(doc.normalized(doc.sentences[s.sentence].span)));
    }
    return 0;
}
