// The pieces the registry's JSON is written with (registry_json.cpp,
// properties_json.cpp): strings escaped, numbers in their shortest exact
// digits, keys.
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace activations::json {

inline void append_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    constexpr char kHex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += kHex[(c >> 4) & 0xf];
                    out += kHex[c & 0xf];
                } else {
                    out += c;  // UTF-8 passes through unchanged
                }
        }
    }
    out += '"';
}

// Shortest digits that read back as the same double (libc++ 14 has no
// floating-point std::to_chars); JSON has no infinity, so an unbounded
// limit is null.
inline void append_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char buffer[32];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    out += buffer;
}

inline void append_key(std::string& out, std::string_view key) {
    append_string(out, key);
    out += ':';
}

}  // namespace activations::json
