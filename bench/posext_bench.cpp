// Throughput of posext on a folder of statements, beside a plain word count of the same bytes.
//   posext-bench CORPUS_DIR [--repeat N]
#include <posext/posext.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "corpus.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// The floor: one pass that counts words, the least any reader of the text does.
std::size_t count_words(const std::string& text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

template <class Work>
double best_seconds(int repeat, Work work) {
    double best = 1e300;
    for (int r = 0; r < repeat; ++r) {
        const auto start = Clock::now();
        work();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    std::string corpus;
    int repeat = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            fmt::print("usage: posext-bench CORPUS_DIR [--repeat N]\n"
                       "Reads every .txt file below CORPUS_DIR into memory, then reports MB/s\n"
                       "(10^6 bytes per second, best of N runs, one thread) for a word count,\n"
                       "posext::extract (every layer), extract without the stance layer, and\n"
                       "extract followed by posext::to_json.\n");
            return 0;
        }
        if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else if (corpus.empty() && arg[0] != '-') {
            corpus = arg;
        } else {
            fmt::print(stderr, "posext-bench: unknown argument '{}'\n", arg);
            return 2;
        }
    }
    if (corpus.empty()) {
        fmt::print(stderr, "usage: posext-bench CORPUS_DIR [--repeat N]\n");
        return 2;
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(corpus, ec)) {
        fmt::print(stderr, "posext-bench: {}: not a folder\n", corpus);
        return 1;
    }

    std::vector<std::string> texts;
    std::size_t bytes = 0;
    for (const auto& path : posext::bench::statements_under(corpus)) {
        texts.push_back(posext::bench::read_file(path));
        bytes += texts.back().size();
    }
    if (texts.empty()) {
        fmt::print(stderr, "posext-bench: {}: no .txt files\n", corpus);
        return 1;
    }
    const double mb = static_cast<double>(bytes) / 1e6;
    fmt::print("corpus: {} files, {:.1f} MB, posext {}, best of {}\n", texts.size(), mb, posext::version, repeat);

    std::size_t words = 0;
    const double scan = best_seconds(repeat, [&] {
        words = 0;
        for (const auto& t : texts) words += count_words(t);
    });
    std::size_t sentences = 0;
    std::size_t stances = 0;
    const double extract = best_seconds(repeat, [&] {
        sentences = 0;
        stances = 0;
        for (const auto& t : texts) {
            const posext::Document doc = posext::extract(t);
            sentences += doc.sentences.size();
            stances += doc.stances.size();
        }
    });
    posext::Options no_stances;
    no_stances.stances = false;
    std::size_t paragraphs = 0;
    const double extract_no_stances = best_seconds(repeat, [&] {
        paragraphs = 0;
        for (const auto& t : texts) paragraphs += posext::extract(t, no_stances).paragraphs.size();
    });
    std::size_t json_bytes = 0;
    const double end_to_end = best_seconds(repeat, [&] {
        json_bytes = 0;
        for (const auto& t : texts) json_bytes += posext::to_json(posext::extract(t)).size();
    });
    fmt::print("{:<28} {:>8.1f} MB/s  ({} words)\n", "word count scan", mb / scan, words);
    fmt::print("{:<28} {:>8.1f} MB/s  ({} sentences, {} stances)\n", "extract", mb / extract, sentences, stances);
    fmt::print("{:<28} {:>8.1f} MB/s  ({} paragraphs)\n", "extract, no stances", mb / extract_no_stances, paragraphs);
    fmt::print("{:<28} {:>8.1f} MB/s  ({:.1f} MB of JSON)\n", "extract + to_json", mb / end_to_end,
               static_cast<double>(json_bytes) / 1e6);
    return 0;
}
