// jindu — write: reports as CSV and JSON.
#pragma once

#include <jindu/report.hpp>

#include <iosfwd>
#include <span>
#include <string>

namespace jindu {

struct CsvOptions {
    bool bom = false;     // UTF-8 BOM first, for Excel
    bool header = true;   // the column names line
};

// One line per item, the header once for all reports: RFC 4180 quoting, UTF-8,
// "\n" line ends, owners joined with "；", and the first target, the first
// achieved amount and the mean percent flattened into columns.
void write_csv(std::string& out, std::span<const Report> reports, const CsvOptions& options = {});

// One line per quantity of every item (long format), with its role.
void write_quantities_csv(std::string& out, std::span<const Report> reports, const CsvOptions& options = {});

// The JSON contract "jindu.report/1", pretty-printed with two-space indents and
// a final "\n": an array of report objects, or one object for one report.
// Missing values are null; the same reports always give the same bytes.
void write_json(std::string& out, std::span<const Report> reports);
void write_json(std::string& out, const Report& report);

// The same bytes as the writers above, handed to out a few kilobytes at a time
// (after whole items), so the output never sits whole in memory. Failures show
// in out's state; writing stops at the first one.
void write_csv(std::ostream& out, std::span<const Report> reports, const CsvOptions& options = {});
void write_quantities_csv(std::ostream& out, std::span<const Report> reports, const CsvOptions& options = {});
void write_json(std::ostream& out, std::span<const Report> reports);
void write_json(std::ostream& out, const Report& report);

// One scan result line: a JSON array of {"text","start","end","value",
// "value_max","unit","kind","qualifier"} with code-point offsets into line,
// then "\n". quantities are scan(line): their byte offsets index line.
void write_scan_line(std::string& out, std::string_view line, std::span<const Quantity> quantities);

}  // namespace jindu
