// The salutation that opens a text, and a closing formula, as spans of the text: posext/grammar/address.hpp.
//   grammar-address TEXT
#include <cstdio>
#include <string>
#include <string_view>

#include <posext/grammar/address.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: grammar-address TEXT\n");
        return 2;
    }
    const std::string_view text = argv[1];
    auto show = [&](const char* what, const posext::grammar::AddressMatch& match) {
        std::printf("%s [%u, %u)\n", what, match.span.begin, match.span.end);
        for (const auto& who : match.addressees) {
            const std::string_view name = text.substr(who.span.begin, who.span.size());
            std::printf("  %-12s %.*s\n", std::string(posext::to_string(who.role)).c_str(), static_cast<int>(name.size()),
                        name.data());
        }
    };
    if (auto closing = posext::grammar::closing(text)) show("closing", *closing);
    else if (auto salutation = posext::grammar::salutation(text)) show("salutation", *salutation);
    else std::printf("no address\n");
    return 0;
}
