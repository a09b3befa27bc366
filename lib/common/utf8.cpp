#include "common/utf8.hpp"

namespace jindu::utf8 {

std::string_view trim(std::string_view s) noexcept {
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t i = begin;
        if (!is_space(next(s, i))) break;
        begin = i;
    }
    std::size_t end = s.size();
    while (end > begin) {
        // Step back to the start of the previous code point.
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        std::size_t i = start;
        if (!is_space(next(s, i)) || i != end) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

bool valid(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        if (next(s, i) == invalid) return false;
    }
    return true;
}

}  // namespace jindu::utf8
