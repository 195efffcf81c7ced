// Lists a statement's sentences with their line and byte span: the segmentation as a user sees it.
#include <posext/posext.hpp>

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        fmt::print(stderr, "usage: sentences STATEMENT.txt\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        fmt::print(stderr, "sentences: {}: cannot open\n", argv[1]);
        return 1;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const posext::Document doc = posext::extract(text);
    for (const posext::Diagnostic& d : doc.diagnostics) {
        fmt::print(stderr, "{}:{}: {}: {}\n", argv[1], doc.line_column(d.span.begin).line,
                   posext::to_string(d.severity), d.message);
    }
    std::size_t paragraph = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        const posext::Sentence& s = doc.sentences[i];
        if (s.paragraph != paragraph) {
            paragraph = s.paragraph;
            fmt::print("\n[paragraph {}]\n", paragraph + 1);
        }
        // normalized() gives the words with line breaks and hyphenation undone;
        // text() would give the bytes exactly as they stand in the file.
        fmt::print("{:>4}  line {:<4} [{}, {})  {}\n", i + 1, doc.line_column(s.span.begin).line, s.span.begin,
                   s.span.end, doc.normalized(s.span));
    }
    return doc.failed() ? 1 : 0;
}
