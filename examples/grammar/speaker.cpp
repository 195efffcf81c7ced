// The speaker line that opens a turn of a meeting record: posext/grammar/speaker.hpp.
//   grammar-speaker TEXT
#include <cstdio>
#include <string_view>

#include <posext/grammar/speaker.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: grammar-speaker TEXT\n");
        return 2;
    }
    const std::string_view text = argv[1];
    auto line = posext::grammar::speaker_line(text);
    if (!line) {
        std::printf("no speaker line\n");
        return 0;
    }
    std::printf("speaker line [%u, %u)\n", line->span.begin, line->span.end);
    if (line->delegation) {
        const std::string_view state = text.substr(line->delegation->begin, line->delegation->size());
        std::printf("delegation %.*s\n", static_cast<int>(state.size()), state.data());
    }
    return 0;
}
