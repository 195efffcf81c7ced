// Compares two statements: their stance types side by side, then their numbered arguments matched by ordinal.
#include <posext/posext.hpp>

#include <fmt/format.h>

#include <array>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace {

std::optional<posext::Document> load(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    posext::Document doc = posext::extract(std::string(std::istreambuf_iterator<char>(in), {}));
    if (doc.failed()) return std::nullopt;
    return doc;
}

std::string name_of(const posext::Document& doc, const char* path) {
    return doc.speaker ? doc.speaker->name : std::string(path);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        fmt::print(stderr, "usage: compare STATEMENT-A.txt STATEMENT-B.txt\n");
        return 2;
    }
    const auto a = load(argv[1]);
    const auto b = load(argv[2]);
    if (!a || !b) {
        fmt::print(stderr, "compare: {}: cannot read a statement\n", !a ? argv[1] : argv[2]);
        return 1;
    }
    using posext::StanceType;
    constexpr std::array<StanceType, 8> types{StanceType::support, StanceType::oppose,  StanceType::prescribe,
                                              StanceType::appeal,  StanceType::commit,  StanceType::welcome,
                                              StanceType::concern, StanceType::assess};
    fmt::print("{:<10} {:>16} {:>16}\n", "stances", name_of(*a, argv[1]), name_of(*b, argv[2]));
    for (StanceType type : types) {
        auto count = [type](const posext::Document& d) {
            std::size_t n = 0;
            for (const posext::Stance& s : d.stances) n += s.type == type;
            return n;
        };
        fmt::print("{:<10} {:>16} {:>16}\n", posext::to_string(type), count(*a), count(*b));
    }
    // Arguments of each first series, side by side by ordinal.
    fmt::print("\narguments\n");
    for (unsigned ordinal = 1;; ++ordinal) {
        auto headline = [ordinal](const posext::Document& d) -> std::optional<std::string> {
            for (const posext::Argument& arg : d.arguments) {
                if (arg.series == 1 && arg.ordinal == ordinal) return d.normalized(arg.headline);
            }
            return std::nullopt;
        };
        const auto left = headline(*a);
        const auto right = headline(*b);
        if (!left && !right) break;
        fmt::print("{}. {}\n   {}\n", ordinal, left.value_or("-"), right.value_or("-"));
    }
    return 0;
}
