// posext::to_json: the posext/2 JSON form of a Document (docs/FORMAT.md).
#pragma once

#include <posext/export.hpp>

#include <string>

#include <posext/document.hpp>

namespace posext {

enum class JsonLayout {
    compact,   // one line, as in --format jsonl
    readable,  // one field or list item per line, as in --format json
};

// The compact form.
[[nodiscard]] POSEXT_EXPORT std::string to_json(const Document& document);
[[nodiscard]] POSEXT_EXPORT std::string to_json(const Document& document, JsonLayout layout);

}  // namespace posext
