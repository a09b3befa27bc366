// Writing the converter's output: to standard output, or atomically to a file.
#pragma once

#include <string>
#include <string_view>

namespace jindu::cli {

// Writes data to standard output. Returns false and sets error on failure.
bool write_stdout(std::string_view data, std::string& error);

// Writes data to path atomically: a temporary file in the same folder, flushed
// to disk, then renamed over path. On failure path is untouched, no temporary
// file is left, and error says why.
bool write_file_atomically(const std::string& path, std::string_view data, std::string& error);

}  // namespace jindu::cli
