// Test helper: one line per row, "line: cell|cell|…" or "line: [free] text".
#pragma once

#include <jindu/table.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace jindu::test {

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

}  // namespace jindu::test
