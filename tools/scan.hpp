// `jindu scan`: every quantity in free text, one JSON array per input line.
#pragma once

#include <string>

namespace jindu::cli {

// Scans path ("-" or "" for standard input) line by line and prints one JSON
// line per input line. Returns 0, or 1 when the input cannot be read or the
// output cannot be written.
int scan_lines(const std::string& path);

}  // namespace jindu::cli
