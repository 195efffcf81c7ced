// posext::Options: what a caller may set for one call of posext::extract.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace posext {

class Lexicon;

struct Options {
    // Shown as source.name in the output; a file name, or empty.
    std::string source_name;
    // The speaker when the caller knows it; otherwise it is inferred where possible.
    std::optional<std::string> speaker;
    // Tables to use; null means Lexicon::english(). Must outlive the extract() call.
    const Lexicon* lexicon = nullptr;
    // Whether to find stances and the votes explained in running text. Turning it off saves
    // about 60% of the time extract() takes, for callers that need only the other layers.
    bool stances = true;
    // Larger inputs give a document with one error diagnostic and nothing else.
    std::size_t max_input_bytes = std::size_t{256} << 20;
};

}  // namespace posext
