// Writes the hostile variants of each statement (mutations.hpp) into a folder, as seeds for libFuzzer.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../properties/mutations.hpp"

int main(int argc, char** argv) {
    if (argc < 3 || std::string(argv[1]) == "--help") {
        std::fprintf(argc < 3 ? stderr : stdout, "usage: %s OUT_DIR STATEMENT...\n"
                     "writes hostile variants of each statement into OUT_DIR\n", argv[0]);
        return argc < 3 ? 2 : 0;
    }
    const std::filesystem::path out = argv[1];
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec) {
        std::fprintf(stderr, "%s: %s\n", argv[1], ec.message().c_str());
        return 1;
    }
    std::size_t written = 0;
    for (int i = 2; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "%s: cannot read\n", argv[i]);
            return 1;
        }
        const std::string statement{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const std::string stem = std::filesystem::path(argv[i]).stem().string();
        for (const auto& v : posext::test::variants(statement)) {
            std::ofstream file(out / (stem + "." + v.name), std::ios::binary);
            file.write(v.text.data(), static_cast<std::streamsize>(v.text.size()));
            if (!file) {
                std::fprintf(stderr, "%s: write failed\n", (out / (stem + "." + v.name)).c_str());
                return 1;
            }
            ++written;
        }
    }
    std::printf("%zu seeds written to %s\n", written, argv[1]);
    return 0;
}
