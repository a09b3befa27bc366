#include "write/escape.hpp"

#include "common/utf8.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <cmath>

namespace jindu::write {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

constexpr std::uint64_t high_bits = 0x8080808080808080u;
constexpr std::uint64_t ones = 0x0101010101010101u;

// For eight ASCII bytes: the high bit of each byte that equals c.
constexpr std::uint64_t bytes_equal(std::uint64_t word, unsigned char c) noexcept {
    const std::uint64_t x = word ^ (ones * c);
    return (x - ones) & ~x & high_bits;
}

// For eight ASCII bytes: false when none of them is below '-' or is '\\',
// which rules out every special byte of the JSON and CSV writers (quotes,
// commas, backslashes, line breaks and other controls) without looking at each.
constexpr bool may_be_special(std::uint64_t word) noexcept {
    const std::uint64_t below = (word - ones * '-') & ~word & high_bits;
    return (below | bytes_equal(word, '\\')) != 0;
}

// The same for the HTML writer: false when none is below '-', '<' or '>'.
constexpr bool may_be_html_special(std::uint64_t word) noexcept {
    const std::uint64_t below = (word - ones * '-') & ~word & high_bits;
    return (below | bytes_equal(word, '<') | bytes_equal(word, '>')) != 0;
}

// Appends s with invalid UTF-8 replaced; `special` bytes (all ASCII) go
// through escape(out, byte) instead of being copied. may_be_special_word
// tells eight ASCII bytes that hold no special byte.
template <typename Special, typename Escape, typename Word = decltype(may_be_special)>
void append_utf8(std::string& out, std::string_view s, Special special, Escape escape,
                 Word may_be_special_word = may_be_special) {
    std::size_t i = 0;
    while (i < s.size()) {
        // Copy the longest run of valid UTF-8 without special bytes in one go.
        std::size_t run = i;
        while (run < s.size()) {
            const auto b = static_cast<unsigned char>(s[run]);
            if (b >= 0x80) {
                // Chinese text: runs of three-byte forms, each tested on one load.
                run = utf8::skip_three_byte_run(s, run);
                if (run == s.size() || static_cast<unsigned char>(s[run]) < 0x80) continue;
                std::size_t next = run;
                if (utf8::next(s, next) == utf8::invalid) break;
                run = next;
                continue;
            }
            // ASCII: eight bytes at a time where none is special (file names, figures).
            if (s.size() - run >= 8) {
                std::uint64_t word;
                std::memcpy(&word, s.data() + run, 8);
                if ((word & high_bits) == 0) {
                    bool plain = !may_be_special_word(word);
                    if (!plain) {
                        plain = true;
                        for (std::size_t k = 0; k < 8; ++k) plain &= !special(static_cast<unsigned char>(s[run + k]));
                    }
                    if (plain) {
                        run += 8;
                        continue;
                    }
                }
            }
            if (special(b)) break;
            ++run;
        }
        out.append(s.data() + i, run - i);
        i = run;
        if (i == s.size()) break;
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80)
            escape(out, b);
        else
            out.append(replacement);  // one per invalid byte, as utf8::next skips them
        ++i;
    }
}

}  // namespace

bool append_number(std::string& out, double v) {
    if (!std::isfinite(v)) return false;
    if (v == 0) v = 0;  // -0 prints as 0
    char buf[64];
    // Integral values print in fixed notation (1.2e+08 would be shorter but
    // is harder to read and compare); the 1e21 bound keeps them short.
    const bool integral = std::trunc(v) == v && std::fabs(v) < 1e21;
    std::to_chars_result result{};
    if (!integral)
        result = std::to_chars(buf, buf + sizeof buf, v);
    else if (std::fabs(v) < 0x1p53)  // exactly an integer: printed the same way, much faster as one
        result = std::to_chars(buf, buf + sizeof buf, static_cast<std::int64_t>(v));
    else
        result = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    out.append(buf, result.ptr);
    return true;
}

void append_number(std::string& out, std::size_t v) {
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, result.ptr);
}

void append_json_string(std::string& out, std::string_view s) {
    out.push_back('"');
    append_utf8(
        out, s, [](unsigned char b) { return b < 0x20 || b == '"' || b == '\\'; },
        [](std::string& o, unsigned char b) {
            switch (b) {
            case '"': o.append("\\\""); return;
            case '\\': o.append("\\\\"); return;
            case '\n': o.append("\\n"); return;
            case '\r': o.append("\\r"); return;
            case '\t': o.append("\\t"); return;
            case '\b': o.append("\\b"); return;
            case '\f': o.append("\\f"); return;
            default: break;
            }
            constexpr std::string_view hex = "0123456789abcdef";
            o.append("\\u00");
            o.push_back(hex[b >> 4]);
            o.push_back(hex[b & 0x0F]);
        });
    out.push_back('"');
}

void append_csv_field(std::string& out, std::string_view s) {
    // Written in one pass; the opening quote goes in afterwards in the rare
    // case that the field turns out to need one.
    const std::size_t start = out.size();
    bool quote = false;
    append_utf8(
        out, s, [](unsigned char b) { return b == '"' || b == ',' || b == '\n' || b == '\r'; },
        [&quote](std::string& o, unsigned char b) {
            quote = true;
            if (b == '"') o.push_back('"');
            o.push_back(static_cast<char>(b));
        });
    if (quote) {
        out.insert(start, 1, '"');
        out.push_back('"');
    }
}

void append_html(std::string& out, std::string_view s) {
    append_utf8(
        out, s,
        [](unsigned char b) {
            return (b < 0x20 && b != '\t' && b != '\n') || b == '&' || b == '<' || b == '>' || b == '"' ||
                   b == '\'';
        },
        [](std::string& o, unsigned char b) {
            switch (b) {
            case '&': o.append("&amp;"); return;
            case '<': o.append("&lt;"); return;
            case '>': o.append("&gt;"); return;
            case '"': o.append("&quot;"); return;
            case '\'': o.append("&#39;"); return;
            default: break;
            }
            // Other controls as character references, which the HTML parser
            // keeps as they are (a raw CR would become a line feed).
            o.append("&#");
            append_number(o, std::size_t{b});
            o.push_back(';');
        },
        may_be_html_special);
}

}  // namespace jindu::write
