// One-line dump of scan results for table-driven tests:
// "80000 名 count more_than | 85 % percent".
#pragma once

#include <jindu/quantity.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::test {

inline std::string number(double v) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15g", v);
    return buffer;
}

inline std::string dump(const std::vector<Quantity>& quantities) {
    std::string out;
    for (const Quantity& q : quantities) {
        if (!out.empty()) out += " | ";
        out += number(q.value);
        if (q.value_max) out += ".." + number(*q.value_max);
        if (!q.unit.empty()) out += " " + q.unit;
        out += " ";
        out += to_string(q.kind);
        if (q.qualifier != Qualifier::none) {
            out += " ";
            out += to_string(q.qualifier);
        }
    }
    return out;
}

inline std::string dump_scan(std::string_view text) { return dump(scan(text)); }

}  // namespace jindu::test
