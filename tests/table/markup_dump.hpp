// One-line dumps of a Table's rows, for table-driven reader tests.
#pragma once

#include <jindu/diagnostic.hpp>
#include <jindu/table.hpp>

#include <doctest/doctest.h>

#include <functional>
#include <string>
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

// "title" for a free-text row, "a | b | ^b" for a table row, where ^ marks a
// spanned copy and "/" a line break inside a cell.
inline std::string dump(const Row& row) {
    std::string out = row.free_text ? "# " : "";
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (i != 0) out += " | ";
        if (row.cells[i].spanned) out += '^';
        for (char c : row.cells[i].text) out += c == '\n' ? '/' : c;
    }
    return out;
}

inline std::vector<std::string> dump(const Table& table) {
    std::vector<std::string> out;
    for (const Row& row : table.rows) out.push_back(dump(row));
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
