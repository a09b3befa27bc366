// Private UTF-8 helpers shared by every stage.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace jindu::utf8 {

inline constexpr char32_t invalid = 0xFFFFFFFF;

// Decodes the code point at s[i] and advances i past it. An invalid or
// truncated sequence yields `invalid` and advances i by one byte.
inline char32_t next(std::string_view s, std::size_t& i) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) { ++i; return b0; }
    std::size_t len = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1Fu; }
    else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0Fu; }
    else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07u; }
    else { ++i; return invalid; }
    if (i + len > s.size()) { ++i; return invalid; }
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) { ++i; return invalid; }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        ++i;
        return invalid;
    }
    i += len;
    return cp;
}

// Appends the UTF-8 encoding of cp (which must be a valid scalar value).
inline void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Number of code points in s[0, byte_offset); invalid bytes count as one each.
inline std::size_t code_points(std::string_view s, std::size_t byte_offset) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < byte_offset && i < s.size(); ++n) next(s, i);
    return n;
}

// True for white space as reports use it: ASCII space and controls, U+3000,
// no-break space.
inline bool is_space(char32_t cp) noexcept {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0x3000 || cp == 0xA0 || cp == 0x2002 || cp == 0x2003 || cp == 0x2009 || cp == 0xFEFF;
}

// trim for text that may start or end with white space.
std::string_view trim_spaces(std::string_view s) noexcept;

// Bytes that may start, and bytes that may end, a white space code point.
inline constexpr auto space_first_bytes = [] {
    std::array<bool, 256> m{};
    for (unsigned b : {0x20u, 0x09u, 0x0Au, 0x0Bu, 0x0Cu, 0x0Du}) m[b] = true;
    for (unsigned b : {0xC2u, 0xE2u, 0xE3u, 0xEFu}) m[b] = true;
    return m;
}();
inline constexpr auto space_last_bytes = [] {
    std::array<bool, 256> m{};
    for (unsigned b : {0x20u, 0x09u, 0x0Au, 0x0Bu, 0x0Cu, 0x0Du}) m[b] = true;
    for (unsigned b : {0xA0u, 0x80u, 0x82u, 0x83u, 0x89u, 0xBFu}) m[b] = true;
    return m;
}();

// s without leading and trailing white space (as is_space defines it). Most
// text is told to have none by its first and last byte.
inline std::string_view trim(std::string_view s) noexcept {
    if (s.empty() || (!space_first_bytes[static_cast<unsigned char>(s.front())] &&
                      !space_last_bytes[static_cast<unsigned char>(s.back())]))
        return s;
    return trim_spaces(s);
}

// True when s is valid UTF-8.
bool valid(std::string_view s) noexcept;

}  // namespace jindu::utf8
