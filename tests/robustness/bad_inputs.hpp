// Bad inputs written to real files: what scanners, web pages, old Word files
// and copy-paste hand a converter. Shared by the robustness test and the CLI check.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace jindu::robustness {

struct BadInput {
    std::string name;              // file name, also the test's label
    std::filesystem::path path;    // where it was written
    std::string what;              // one line: what is wrong with it
};

// Rows in the long table of rows.txt.
inline constexpr std::size_t long_table_rows = 200'000;

// Writes every bad input into dir (created if missing) and lists them.
std::vector<BadInput> write_bad_inputs(const std::filesystem::path& dir);

// A DOCX whose word/document.xml declares and inflates to `unpacked` bytes of
// repeated markup in a real deflate stream of about unpacked/1000 bytes; when
// declared is not unpacked, its headers lie about the size.
std::string zip_bomb_docx(std::size_t unpacked, std::size_t declared);

}  // namespace jindu::robustness
