// `jindu convert`: many reports to one CSV, JSON, JSON Lines, XLSX or HTML output.
#pragma once

#include <jindu/options.hpp>

#include <string>
#include <vector>

namespace jindu::cli {

enum class OutputFormat { csv, json, jsonl, quantities, xlsx, html };

struct ConvertSettings {
    std::vector<std::string> inputs;  // file or folder paths; "-" is standard input
    std::vector<std::string> globs;   // in folders, only files matching one of these
    std::vector<bool> found_in_folder;  // per input, once folders are expanded (folders.hpp)
    std::string output;               // "" writes to standard output
    OutputFormat format = OutputFormat::csv;
    bool bom = false;                 // CSV only
    bool quiet = false;               // print errors only, no warnings
    unsigned jobs = 0;                // 0: one per hardware thread
    Options options;
};

// Converts every input, each folder as the files under it, and writes the
// records in input order, the same bytes whatever the number of jobs. A file
// found in a folder that is not a report (not a format jindu reads, empty, or
// without a table header jindu knows) is skipped with a note. Prints errors
// and warnings as "file:line: message" on stderr. Returns 0 when all inputs
// converted cleanly, 1 when some failed or had errors (the others are still
// written), 2 for xlsx without an output file.
// An input given by name, or standard input as the only input, that holds a
// jindu.compare/1 object (told by its schema) is a comparison: alone and with
// html it gives write_compare_html's page; with other inputs or another
// format it is a usage error (2), and one that does not read back an error (1).
int convert(const ConvertSettings& settings);

}  // namespace jindu::cli
