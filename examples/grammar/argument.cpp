// The ordinal or paragraph number that opens each line of a text: posext/grammar/argument.hpp.
//   grammar-argument TEXT
#include <cstdio>
#include <algorithm>
#include <string_view>

#include <posext/grammar/argument.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: grammar-argument TEXT\n");
        return 2;
    }
    std::string_view rest = argv[1];
    while (!rest.empty()) {
        const std::string_view line = rest.substr(0, rest.find('\n'));
        rest.remove_prefix(std::min(rest.size(), line.size() + 1));
        auto marker = posext::grammar::numbered_marker(line);
        if (!marker) marker = posext::grammar::ordinal_marker(line);
        if (!marker) continue;
        const std::string_view written = line.substr(marker->span.begin, marker->span.size());
        std::printf("%u  %.*s\n", marker->ordinal, static_cast<int>(written.size()), written.data());
    }
    return 0;
}
