// `jindu convert`: many reports to one CSV, JSON or HTML output.
#pragma once

#include <jindu/options.hpp>

#include <string>
#include <vector>

namespace jindu::cli {

enum class OutputFormat { csv, json, quantities, html };

struct ConvertSettings {
    std::vector<std::string> inputs;  // file paths; "-" is standard input
    std::string output;               // "" writes to standard output
    OutputFormat format = OutputFormat::csv;
    bool bom = false;                 // CSV only
    bool quiet = false;               // print errors only, no warnings
    unsigned jobs = 0;                // 0: one per hardware thread
    Options options;
};

// Converts every input and writes the records in input order, the same bytes
// whatever the number of jobs. Prints errors and warnings as "file:line:
// message" on stderr. Returns 0 when all inputs converted cleanly, 1 when some
// failed or had errors (the others are still written).
int convert(const ConvertSettings& settings);

}  // namespace jindu::cli
