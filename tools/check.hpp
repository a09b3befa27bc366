// `jindu check`: reports against the expected outputs kept beside them.
#pragma once

#include <jindu/options.hpp>

#include <string>

namespace jindu::cli {

struct CheckSettings {
    std::string path;     // a folder of reports, or one report
    bool update = false;  // rewrite the expected files instead of comparing with them
    bool list = false;    // print the reports a check of the folder takes, one a line
    Options options;      // source_name is set per report
};

// A folder holds reports (by their extension: .txt .md .html .htm .docx .xlsx,
// and .pdf when options.pdf_reader is set; not README.md) and, in expected/,
// each one's REPORT.json and, if present, REPORT.csv, as samples/ does. Each
// report is converted with the source name FOLDER/REPORT (its folder's name and
// its own), whatever the current folder, and compared field by field with its
// expected files; the differences are printed on standard output, naming the
// expected file, the item (by row and seq) and the field. With update, the
// expected files that differ are rewritten instead (a new report gets both).
// Returns 0 when every report gives its expected output (or was updated), 1
// when one differs, has no expected output or cannot be read.
int check(const CheckSettings& settings);

}  // namespace jindu::cli
