// Input stage: which language a statement is written in, so that one not in English says so.
#pragma once

#include <cstdint>
#include <string_view>

#include <posext/document.hpp>
#include <posext/lexicon.hpp>

namespace posext::detail {

// Looks at the first bytes of input[start, ...): the script of their letters (Cyrillic, Arabic,
// Chinese characters), else the common words of [language-words] they use. When they read as
// another language than English, sets document.language to its code and adds the note
// input.not-english; posext reads English only.
void check_language(std::string_view input, std::uint32_t start, const Lexicon& lexicon, Document& document);

}  // namespace posext::detail
