// Reads the files under tests/table/fixtures/ for reader tests.
#pragma once

#include <cstdio>
#include <stdexcept>
#include <string>

namespace jindu::test {

// The bytes of tests/table/fixtures/<name>; throws when it cannot be read.
inline std::string read_fixture(const std::string& name) {
    const std::string path = std::string(JINDU_SOURCE_DIR) + "/tests/table/fixtures/" + name;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) throw std::runtime_error("cannot open " + path);
    std::string out;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
    std::fclose(f);
    return out;
}

}  // namespace jindu::test
