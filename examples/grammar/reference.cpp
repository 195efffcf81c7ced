// Resolutions and document symbols cited in a text: posext/grammar/reference.hpp.
//   grammar-reference TEXT
#include <cstdio>
#include <string_view>

#include <posext/grammar/reference.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: grammar-reference TEXT\n");
        return 2;
    }
    const std::string_view text = argv[1];
    // The grammar matches at the start of a text: try it at each word.
    for (std::size_t at = 0; at < text.size(); at = text.find(' ', at + 1) + 1) {
        const std::string_view rest = text.substr(at);
        if (auto list = posext::grammar::resolution_list(rest)) {
            for (const auto& item : list->items) {
                std::printf("resolution %u%s%s\n", item.number, item.session.empty() ? "" : " of session ",
                            item.session.c_str());
            }
        } else if (auto symbol = posext::grammar::document_symbol(rest)) {
            const std::string_view written = rest.substr(symbol->begin, symbol->size());
            std::printf("document %.*s\n", static_cast<int>(written.size()), written.data());
        }
        if (text.find(' ', at + 1) == std::string_view::npos) break;
    }
    return 0;
}
