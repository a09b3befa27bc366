// Private: list numbering at the start of a line (一、 （一） 1. 1、 (1) ①).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace jindu::table {

enum class NumberingKind {
    chinese,        // 一、 十二、
    chinese_paren,  // （一） (一)
    arabic,         // 1. 1、 1． 1)
    arabic_paren,   // （1） (1)
    circled,        // ① … ⑳
};

struct Numbering {
    NumberingKind kind = NumberingKind::arabic;
    std::string_view number;  // the numeral as written: "一", "1", "①"
    std::size_t length = 0;   // bytes of the marker, punctuation and following spaces
};

// The numbering that starts `line` (already trimmed on the left), if any.
// "1.5 万" and "2024 年" are not numbering: after "1." must come no digit.
std::optional<Numbering> leading_numbering(std::string_view line) noexcept;

}  // namespace jindu::table
