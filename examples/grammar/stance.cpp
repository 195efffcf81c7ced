// The stance markers of a sentence with their type and polarity: posext/grammar/stance.hpp.
//   grammar-stance SENTENCE
#include <cstdio>
#include <string>
#include <string_view>

#include <posext/grammar/stance.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: grammar-stance SENTENCE\n");
        return 2;
    }
    const std::string_view text = argv[1];
    for (const auto& marker : posext::grammar::stance_markers(text)) {
        const std::string_view cue = text.substr(marker.cue.begin, marker.cue.size());
        std::printf("%-9s %-8s %s\"%.*s\"\n", std::string(posext::to_string(marker.type)).c_str(),
                    std::string(posext::to_string(marker.polarity)).c_str(), marker.negated ? "negated " : "",
                    static_cast<int>(cue.size()), cue.data());
    }
    return 0;
}
