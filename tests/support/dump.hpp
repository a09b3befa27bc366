// The one home of the test dumps: one-line views of rows, tables and scan
// results for table-driven tests, the values they show, and reading files of
// the source tree.
#pragma once

#include <jindu/diagnostic.hpp>
#include <jindu/quantity.hpp>
#include <jindu/table.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& rows) {
        std::string out = "{";
        for (const std::string& row : rows) out += "\n  \"" + row + "\"";
        out += "}";
        return String(out.c_str());
    }
};
}  // namespace doctest

namespace jindu::test {

// A value as the dumps show it: whole numbers in full, others to 6 digits.
inline std::string number(double v) {
    char buffer[64];
    if (v == static_cast<double>(static_cast<long long>(v)) && v < 1e15 && v > -1e15)
        std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(v));
    else
        std::snprintf(buffer, sizeof buffer, "%.6g", v);
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

// "line: cell|cell|…", or "line: [free] text" for a free-text row.
inline std::string dump(const Row& row) {
    std::string out = std::to_string(row.line) + ": ";
    if (row.free_text) out += "[free] ";
    for (std::size_t k = 0; k < row.cells.size(); ++k) {
        if (k != 0) out += '|';
        out += row.cells[k].text;
    }
    return out;
}

inline std::vector<std::string> dump(const Table& table) {
    std::vector<std::string> out;
    for (const Row& row : table.rows) out.push_back(dump(row));
    return out;
}

// The bytes of a file under the source tree ("samples/…").
inline std::string read_source_file(const std::string& relative) {
    std::ifstream in(std::string(JINDU_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The grid of a markup reader: "title" for a free-text row, "a | b | ^b" for a table row, where ^ marks a
// spanned copy and "/" a line break inside a cell.
inline std::string dump_grid(const Row& row) {
    std::string out = row.free_text ? "# " : "";
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (i != 0) out += " | ";
        if (row.cells[i].spanned) out += '^';
        for (char c : row.cells[i].text) out += c == '\n' ? '/' : c;
    }
    return out;
}

inline std::vector<std::string> dump_grid(const Table& table) {
    std::vector<std::string> out;
    for (const Row& row : table.rows) out.push_back(dump_grid(row));
    return out;
}

inline std::vector<std::size_t> lines(const Table& table) {
    std::vector<std::size_t> out;
    for (const Row& row : table.rows) out.push_back(row.line);
    return out;
}

// The diagnostic of the jindu::Error that `read` throws; fails the test when
// nothing is thrown.
inline Diagnostic error_of(const std::function<void()>& read) {
    try {
        read();
    } catch (const Error& e) {
        return e.diagnostic();
    }
    FAIL("no jindu::Error thrown");
    return {};
}

}  // namespace jindu::test
