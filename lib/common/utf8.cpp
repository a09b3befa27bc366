#include "common/utf8.hpp"

#include <cstring>

namespace jindu::utf8 {

namespace {

// The length of the white space code point (as is_space defines it) that
// starts at s[i], or 0; matched on its bytes, without decoding.
std::size_t space_at(std::string_view s, std::size_t i) noexcept {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || (b >= '\t' && b <= '\r')) return 1;
    const std::string_view rest = s.substr(i);
    switch (b) {
    case 0xC2: return rest.starts_with("\u00A0") ? 2 : 0;
    case 0xE2: return rest.starts_with("\u2002") || rest.starts_with("\u2003") || rest.starts_with("\u2009") ? 3 : 0;
    case 0xE3: return rest.starts_with("\u3000") ? 3 : 0;
    case 0xEF: return rest.starts_with("\uFEFF") ? 3 : 0;
    default: return 0;
    }
}

// The length of the white space code point that ends s[.., end), or 0.
std::size_t space_before(std::string_view s, std::size_t end) noexcept {
    const auto b = static_cast<unsigned char>(s[end - 1]);
    if (b < 0x80) return b == ' ' || (b >= '\t' && b <= '\r') ? 1 : 0;
    if (end >= 2 && s[end - 2] == '\xC2' && b == 0xA0) return 2;
    if (end >= 3 && b >= 0x80 && space_at(s, end - 3) == 3) return 3;
    return 0;
}

}  // namespace

std::string_view trim(std::string_view s) noexcept {
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

bool valid(std::string_view s) noexcept {
    const std::size_t size = s.size();
    for (std::size_t i = 0; i < size;) {
        // ASCII eight bytes at a time.
        if (size - i >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, s.data() + i, 8);
            if ((word & 0x8080808080808080u) == 0) {
                i += 8;
                continue;
            }
        }
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        // Most Chinese text: three-byte forms whose second byte has no range of its
        // own to check (E0 and ED, which have, go the long way).
        if (((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) && size - i >= 3 &&
            (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 && (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        if (next(s, i) == invalid) return false;
    }
    return true;
}

}  // namespace jindu::utf8
