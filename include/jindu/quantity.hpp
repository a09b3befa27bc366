// jindu — quantities in free text: numbers, amounts with units, percentages.
#pragma once

#include <jindu/export.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jindu {

enum class Kind {
    count, percent, percentage_point, length, area, volume, weight, money,
    rate, duration, age, other,
};

enum class Qualifier { none, more_than, at_least, at_most, about };

// One amount as written: 8 万多名 → {80000, unit 名, count, more_than}.
struct Quantity {
    double value = 0;
    std::optional<double> value_max;  // high end of a range (3-5 个 → 5)
    std::string unit;                 // simplified, NFKC: 个, 套(间), 公里, 元, %
    Kind kind = Kind::other;
    Qualifier qualifier = Qualifier::none;
    std::string text;        // the matched span, as in the input
    std::size_t begin = 0;   // byte offsets of text in the scanned string
    std::size_t end = 0;
    bool operator==(const Quantity&) const = default;
};

// Snake-case names as in JSON: "count", "more_than"; Qualifier::none → "".
[[nodiscard]] JINDU_API std::string_view to_string(Kind kind) noexcept;
[[nodiscard]] JINDU_API std::string_view to_string(Qualifier qualifier) noexcept;

// Every quantity in a UTF-8 string, in order. Years, dates, identifiers,
// ordinals, names with numerals and list markers are not quantities.
// Invalid UTF-8 is skipped, never an error. Thread-safe: each thread keeps
// one buffer for the folded text it scans, reused from call to call.
[[nodiscard]] JINDU_API std::vector<Quantity> scan(std::string_view utf8);

}  // namespace jindu
