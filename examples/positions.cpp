// Prints the positions of statements as CSV, then the actor-by-issue matrix: a "who supports what" table
// with posext::positions() and posext::matrix().
#include <posext/posext.hpp>

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        fmt::print(stderr, "usage: positions STATEMENT.txt...\n");
        return 2;
    }
    std::vector<posext::Document> documents;
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        posext::Options options;
        options.source_name = argv[i];
        posext::Document doc = posext::extract(text, options);
        if (!in || doc.failed()) {
            fmt::print(stderr, "positions: {}: cannot read a statement\n", argv[i]);
            status = 1;
            continue;
        }
        documents.push_back(std::move(doc));
    }
    const std::vector<posext::Position> rows = posext::positions(documents);
    fmt::print("{}", posext::positions_csv_header());
    for (const posext::Position& row : rows) fmt::print("{}", posext::to_csv(row));
    // Who holds what on which issue, one line per actor and issue.
    fmt::print("\n{}", posext::matrix_csv_header());
    for (const posext::MatrixCell& cell : posext::matrix(rows)) fmt::print("{}", posext::to_csv(cell));
    return status;
}
