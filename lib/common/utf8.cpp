#include "common/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace jindu::utf8 {

namespace {

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

}  // namespace

std::string_view trim_spaces(std::string_view s) noexcept {
    std::size_t begin = 0;
    while (begin < s.size()) {
        const std::size_t n = space_at(s, begin);
        if (n == 0) break;
        begin += n;
    }
    std::size_t end = s.size();
    while (end > begin) {
        const std::size_t n = space_before(s, end);
        if (n == 0 || end - n < begin) break;
        end -= n;
    }
    return s.substr(begin, end - begin);
}

namespace {

// A little-endian 32-bit word as read from memory, on any host.
std::uint32_t le32(std::uint32_t word) noexcept {
    if constexpr (std::endian::native == std::endian::big)
        return ((word & 0xFFu) << 24) | ((word & 0xFF00u) << 8) | ((word >> 8) & 0xFF00u) | (word >> 24);
    return word;
}

}  // namespace

bool valid(std::string_view s) noexcept {
    const std::size_t size = s.size();
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    for (std::size_t i = 0; i < size;) {
        const auto b = byte(i);
        if (b < 0x80) {
            // ASCII, eight bytes at a time where it runs on.
            std::uint64_t word = 0;
            if (size - i >= 8 && (std::memcpy(&word, s.data() + i, 8), (word & 0x8080808080808080u) == 0)) i += 8;
            else ++i;
            continue;
        }
        // Most Chinese text: runs of three-byte forms whose second byte has no
        // range of its own to check (E0 and ED, which have, go the long way),
        // each tested on one load.
        while (size - i >= 4) {
            std::uint32_t word = 0;
            std::memcpy(&word, s.data() + i, 4);
            word = le32(word);
            const auto lead = word & 0xFFu;
            if ((word & 0xC0C0F0u) != 0x8080E0u || lead == 0xE0 || lead == 0xED) break;
            i += 3;
        }
        if (i >= size || byte(i) < 0x80) continue;
        if (next(s, i) == invalid) return false;
    }
    return true;
}

}  // namespace jindu::utf8
