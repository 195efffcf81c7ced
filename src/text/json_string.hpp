// A JSON string literal, for the writers that build JSON by hand (positions, the report's data).
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace posext::detail {

// Appends `value` as a JSON string. "<" is escaped too, so that the text may stand inside an HTML
// <script> element without closing it.
inline void append_json_string(std::string& out, std::string_view value) {
    out += '"';
    for (const char c : value) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '<': out += "\\u003c"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
                out += escape;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

}  // namespace posext::detail
