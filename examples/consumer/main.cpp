// Reads a statement, prints its size in paragraphs and sentences, then its posext/2 JSON.
#include <posext/posext.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: consumer STATEMENT.txt\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "consumer: " << argv[1] << ": cannot open\n";
        return 1;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

    posext::Options options;
    options.source_name = argv[1];
    const posext::Document document = posext::extract(text, options);
    std::cout << "posext " << posext::version << ": " << document.paragraphs.size() << " paragraphs, "
              << document.sentences.size() << " sentences\n"
              << posext::to_json(document) << '\n';
    return document.failed() ? 1 : 0;
}
