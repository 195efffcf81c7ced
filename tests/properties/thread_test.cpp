// extract() from many threads at once with shared lexicons: the same bytes as one thread, and no data race (run under ThreadSanitizer in CI).
#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "support.hpp"

using namespace posext;

namespace {

constexpr unsigned threads = 4;

std::vector<std::string> statements() {
    std::vector<std::string> texts;
    for (const std::string& name : test::corpus_statements()) texts.push_back(test::read_data(name));
    return texts;
}

// Runs work(t) on `threads` threads that start together.
template <class Work>
void together(Work work) {
    std::atomic<unsigned> waiting{threads};
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            waiting.fetch_sub(1);
            while (waiting.load() != 0) std::this_thread::yield();
            work(t);
        });
    }
    for (std::thread& th : pool) th.join();
}

}  // namespace

// First, so that the threads race to build the built-in lexicon too.
TEST_CASE("threads that extract at once write what one thread writes") {
    const std::vector<std::string> texts = statements();
    REQUIRE(texts.size() >= 15);
    std::vector<std::vector<std::string>> outputs(threads, std::vector<std::string>(texts.size()));
    together([&](unsigned t) {
        // Each thread takes the statements in its own order, so that different
        // documents are in flight at the same moment.
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const std::size_t rotated = (i + t * 3) % texts.size();
            const std::size_t k = t % 2 == 0 ? rotated : texts.size() - 1 - rotated;
            outputs[t][k] = to_json(extract(texts[k]));
        }
    });
    for (std::size_t k = 0; k < texts.size(); ++k) {
        const std::string alone = to_json(extract(texts[k]));
        for (unsigned t = 0; t < threads; ++t) CHECK(outputs[t][k] == alone);
    }
}

TEST_CASE("a lexicon shared by threads, and copies of it extended in each") {
    const std::vector<std::string> texts = statements();
    Lexicon shared = Lexicon::english();
    shared.add("[abbreviations]\nExcl. title\n", "shared.lex");
    const std::size_t size = shared.size();
    const std::string text = "We thank Excl. Ortiz for all. We support the idea.";
    const std::string expected = [&] {
        Options options;
        options.lexicon = &shared;
        return to_json(extract(text, options));
    }();
    std::vector<std::string> shared_out(threads), own_out(threads);
    together([&](unsigned t) {
        Options options;
        options.lexicon = &shared;
        for (int round = 0; round < 20; ++round) shared_out[t] = to_json(extract(text, options));
        // A copy extended in this thread leaves the shared tables as they were.
        Lexicon own = shared;
        own.add("[abbreviations]\nOrt. title\n", "own.lex");
        Options mine;
        mine.lexicon = &own;
        own_out[t] = to_json(extract(texts[t % texts.size()], mine));
    });
    CHECK(shared.size() == size);
    for (unsigned t = 0; t < threads; ++t) {
        CHECK(shared_out[t] == expected);
        Options plain;
        plain.lexicon = &shared;
        CHECK(own_out[t] == to_json(extract(texts[t % texts.size()], plain)));
    }
}
