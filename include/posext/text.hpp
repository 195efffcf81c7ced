// posext::to_text: a summary of a Document for people to read (--format text).
#pragma once

#include <posext/export.hpp>

#include <string>

#include <posext/document.hpp>

namespace posext {

[[nodiscard]] POSEXT_EXPORT std::string to_text(const Document& document);

}  // namespace posext
