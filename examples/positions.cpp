// Prints one line per stance (holder, type, polarity, cue, addressee, target), tab-separated: a "who supports what" table.
#include <posext/posext.hpp>

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2) {
        fmt::print(stderr, "usage: positions STATEMENT.txt...\n");
        return 2;
    }
    fmt::print("file\tholder\ttype\tpolarity\tcue\taddressee\ttarget\tline\n");
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const posext::Document doc = posext::extract(text);
        if (!in || doc.failed()) {
            fmt::print(stderr, "positions: {}: cannot read a statement\n", argv[i]);
            status = 1;
            continue;
        }
        const std::string speaker = doc.speaker ? doc.speaker->name : std::string("speaker");
        for (const posext::Stance& s : doc.stances) {
            // A third party named in the text, else the statement's speaker.
            const std::string holder = s.holder.kind == posext::HolderKind::third_party
                                           ? (s.holder.span ? doc.normalized(*s.holder.span) : std::string("third party"))
                                           : speaker;
            fmt::print("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", argv[i], holder, posext::to_string(s.type),
                       posext::to_string(s.polarity), doc.normalized(s.cue),
                       s.addressee ? doc.normalized(*s.addressee) : std::string(),
                       s.target ? doc.normalized(*s.target) : std::string(), doc.line_column(s.cue.begin).line);
        }
    }
    return status;
}
