// posext::to_text: a summary of a Document for people to read (--format text).
#pragma once

#include <string>

#include <posext/document.hpp>

namespace posext {

[[nodiscard]] std::string to_text(const Document& document);

}  // namespace posext
