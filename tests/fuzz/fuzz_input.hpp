// What every fuzz target shares: the input as bytes, and the one exception
// jindu may throw on bad input.
#pragma once

#include <jindu/jindu.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace jindu::fuzz {

// The fuzzer's bytes as a string_view, with no copy.
inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Decodes one code point at s[i] (advancing i); false on malformed UTF-8.
// Written apart from lib/common/utf8.hpp on purpose: an independent check.
inline bool next_code_point(std::string_view s, std::size_t& i, char32_t& cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    if (c < 0x80) { cp = c; ++i; return true; }
    if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1Fu; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0Fu; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07u; }
    else return false;
    if (s.size() - i <= n) return false;
    for (std::size_t k = 1; k <= n; ++k) {
        const auto d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0u) != 0x80u) return false;
        cp = (cp << 6) | (d & 0x3Fu);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return false;
    i += n + 1;
    return true;
}

// True when s is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
inline bool valid_utf8(std::string_view s) {
    char32_t cp = 0;
    for (std::size_t i = 0; i < s.size();)
        if (!next_code_point(s, i, cp)) return false;
    return true;
}

// Limits small enough that one input stays well inside the fuzzer's time and
// memory budget; the code paths that enforce them are the same as the defaults.
inline Options fuzz_options(InputFormat format) {
    Options options;
    options.format = format;
    options.source_name = "fuzz";
    options.limits.max_input_bytes = std::size_t{4} << 20;
    options.limits.max_archive_entry_bytes = std::size_t{64} << 20;
    options.limits.max_rows = 100'000;
    options.limits.max_cells = 1'000'000;
    return options;
}

// Reads one input as a table in the given format; jindu::Error is the
// expected outcome for bad input, anything else escapes and is a finding.
inline void read_as(const std::uint8_t* data, std::size_t size, InputFormat format) {
    try {
        const Table table = read_table(bytes(data, size), fuzz_options(format));
        for (const auto& row : table.rows)
            for (const auto& cell : row.cells) (void)cell.text.size();
    } catch (const Error&) {
    }
}

}  // namespace jindu::fuzz
