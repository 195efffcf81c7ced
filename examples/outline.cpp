// Prints the outline of a statement: whom it addresses, then each numbered argument with its headline and stances.
#include <posext/posext.hpp>

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        fmt::print(stderr, "usage: outline STATEMENT.txt\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        fmt::print(stderr, "outline: {}: cannot open\n", argv[1]);
        return 1;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const posext::Document doc = posext::extract(text);
    if (doc.failed()) {
        fmt::print(stderr, "outline: {}: not a statement\n", argv[1]);
        return 1;
    }
    fmt::print("speaker: {}\n", doc.speaker ? doc.speaker->name : std::string("unknown"));
    for (const posext::Address& a : doc.addresses) {
        fmt::print("{:<9} {}\n", posext::to_string(a.kind), doc.normalized(a.span));
    }
    for (const posext::Argument& arg : doc.arguments) {
        fmt::print("\n{}.{} {}: {}\n", arg.series, arg.ordinal, doc.normalized(arg.marker), doc.normalized(arg.headline));
        // A stance stands in the argument whose sentences hold it.
        for (const posext::Stance& s : doc.stances) {
            if (s.sentence < arg.first_sentence || s.sentence > arg.last_sentence) continue;
            fmt::print("    {} {} \"{}\"\n", posext::to_string(s.type), posext::to_string(s.polarity),
                       doc.normalized(s.cue));
        }
    }
    return 0;
}
