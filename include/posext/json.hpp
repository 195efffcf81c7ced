// posext::to_json: the posext/2 JSON form of a Document (docs/FORMAT.md).
#pragma once

#include <string>

#include <posext/document.hpp>

namespace posext {

enum class JsonLayout {
    compact,   // one line, as in --format jsonl
    readable,  // one field or list item per line, as in --format json
};

// The compact form.
[[nodiscard]] std::string to_json(const Document& document);
[[nodiscard]] std::string to_json(const Document& document, JsonLayout layout);

}  // namespace posext
