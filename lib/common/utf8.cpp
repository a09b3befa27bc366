#include "common/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace jindu::utf8 {


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
        // Most Chinese text: runs of three-byte forms, each tested on one load.
        i = skip_three_byte_run(s, i);
        if (i >= size || byte(i) < 0x80) continue;
        if (next(s, i) == invalid) return false;
    }
    return true;
}

}  // namespace jindu::utf8
