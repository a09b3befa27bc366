// `jindu compare`: the same projects in two reports, and what changed.
#pragma once

#include <jindu/compare.hpp>
#include <jindu/options.hpp>

#include <string>

namespace jindu::cli {

enum class CompareFormat { csv, json, html };

struct CompareSettings {
    std::string old_input;   // file paths
    std::string new_input;
    std::string output;      // "" writes to standard output
    CompareFormat format = CompareFormat::csv;  // json: jindu.compare/1; html: a page
    bool bom = false;        // CSV only
    bool summary = false;    // the report-level summary on stderr
    bool quiet = false;      // print errors only, no warnings
    CompareOptions compare;
    Options options;
};

// Reads both reports, matches their items and writes the comparison. Prints
// the reports' errors and warnings as "file:line: message" on stderr, and
// with summary the counts by status and movement. Returns 0, or 1 when a
// report cannot be read or the output cannot be written.
int compare(const CompareSettings& settings);

}  // namespace jindu::cli
