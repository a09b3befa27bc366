#include "common/utf8.hpp"

#include <cstring>

namespace jindu::utf8 {

namespace {

// Whether the byte can start (lead) or end (last) a white space code point as
// is_space defines it: most text is rejected on one byte without decoding.
bool may_lead_space(unsigned char b) noexcept {
    return b == ' ' || (b >= '\t' && b <= '\r') || b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF;
}
bool may_end_space(unsigned char b) noexcept {
    return b == ' ' || (b >= '\t' && b <= '\r') || b == 0xA0 || b == 0x80 || b == 0x82 || b == 0x83 ||
           b == 0x89 || b == 0xBF;
}

}  // namespace

std::string_view trim(std::string_view s) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const auto ascii_space = [](unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); };
    std::size_t begin = 0;
    while (begin < s.size() && may_lead_space(byte(begin))) {
        if (ascii_space(byte(begin))) {  // the common case, without decoding
            ++begin;
            continue;
        }
        std::size_t i = begin;
        if (!is_space(next(s, i))) break;
        begin = i;
    }
    std::size_t end = s.size();
    while (end > begin && may_end_space(byte(end - 1))) {
        if (ascii_space(byte(end - 1))) {
            --end;
            continue;
        }
        // Step back to the start of the previous code point.
        std::size_t start = end - 1;
        while (start > begin && (byte(start) & 0xC0) == 0x80) --start;
        std::size_t i = start;
        if (!is_space(next(s, i)) || i != end) break;
        end = start;
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
