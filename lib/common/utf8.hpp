// Private UTF-8 helpers shared by every stage.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace jindu::utf8 {

inline constexpr char32_t invalid = 0xFFFFFFFF;

// The four bytes at p as one word with the first byte lowest, on any host:
// Chinese text, mostly three-byte forms, is tested a character per load.
inline std::uint32_t load_le32(const char* p) noexcept {
    std::uint32_t word;
    std::memcpy(&word, p, 4);
    if constexpr (std::endian::native == std::endian::big)
        word = ((word & 0xFFu) << 24) | ((word & 0xFF00u) << 8) | ((word >> 8) & 0xFF00u) | (word >> 24);
    return word;
}

// True when the word starts with the shape of a three-byte form: 1110xxxx
// 10xxxxxx 10xxxxxx (overlong forms and surrogates included).
inline bool three_byte_form(std::uint32_t word) noexcept { return (word & 0xC0C0F0u) == 0x8080E0u; }

// The code point that a three-byte form at the start of the word spells.
inline char32_t three_byte_code_point(std::uint32_t word) noexcept {
    return ((word & 0x0Fu) << 12) | ((word & 0x3F00u) >> 2) | ((word >> 16) & 0x3Fu);
}

// Past the run of valid three-byte forms at s[i] that leaves at least one byte
// after it: those led by E1–EF but ED, whose second byte needs no range check
// of its own (E0 and ED, which need one, end the run).
inline std::size_t skip_three_byte_run(std::string_view s, std::size_t i) noexcept {
    while (s.size() - i >= 4) {
        const std::uint32_t word = load_le32(s.data() + i);
        const auto lead = word & 0xFFu;
        if (!three_byte_form(word) || lead == 0xE0 || lead == 0xED) break;
        i += 3;
    }
    return i;
}

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

// The length of the white space code point (as is_space defines it) that
// starts at s[i], or 0; matched on its bytes, without decoding.
inline std::size_t space_at(std::string_view s, std::size_t i) noexcept {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || (b >= '\t' && b <= '\r')) return 1;
    if (b < 0xC2) return 0;
    const std::size_t left = s.size() - i;
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    if (b == 0xC2) return left >= 2 && at(1) == 0xA0 ? 2 : 0;                    // U+00A0
    if (left < 3) return 0;
    if (b == 0xE2) return at(1) == 0x80 && (at(2) == 0x82 || at(2) == 0x83 || at(2) == 0x89) ? 3 : 0;  // U+2002/3/9
    if (b == 0xE3) return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0;               // U+3000
    if (b == 0xEF) return at(1) == 0xBB && at(2) == 0xBF ? 3 : 0;               // U+FEFF
    return 0;
}

// The length of the white space code point that ends s[.., end), or 0.
inline std::size_t space_before(std::string_view s, std::size_t end) noexcept {
    const auto b = static_cast<unsigned char>(s[end - 1]);
    if (b < 0x80) return b == ' ' || (b >= '\t' && b <= '\r') ? 1 : 0;
    if (b == 0xA0) return end >= 2 && s[end - 2] == '\xC2' ? 2 : 0;
    if ((b == 0x80 || b == 0x82 || b == 0x83 || b == 0x89 || b == 0xBF) && end >= 3 && space_at(s, end - 3) == 3)
        return 3;
    return 0;
}

// s without leading and trailing white space (as is_space defines it). Most
// text is told to have none by its first and its last code point.
inline std::string_view trim(std::string_view s) noexcept {
    if (s.empty() || (space_at(s, 0) == 0 && space_before(s, s.size()) == 0)) return s;
    return trim_spaces(s);
}

// True when s is valid UTF-8.
bool valid(std::string_view s) noexcept;

}  // namespace jindu::utf8
