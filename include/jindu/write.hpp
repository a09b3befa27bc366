// jindu — write: reports as CSV, JSON, JSON Lines and an HTML dashboard.
#pragma once

#include <jindu/export.hpp>
#include <jindu/report.hpp>

#include <iosfwd>
#include <memory>
#include <span>
#include <string>

namespace jindu {

struct CsvOptions {
    bool bom = false;     // UTF-8 BOM first, for Excel
    bool header = true;   // the column names line
};

// Every writer appends to `out`: what it held before is kept, so several
// writes can share one buffer or stream. None of them throws on content; the
// string writers only throw std::bad_alloc.

// One line per item, the header once for all reports: RFC 4180 quoting, UTF-8,
// "\n" line ends, owners joined with "；", and the first target, the first
// achieved amount and the mean percent flattened into columns.
JINDU_API void write_csv(std::string& out, std::span<const Report> reports, const CsvOptions& options = {});
inline void write_csv(std::string& out, const Report& report, const CsvOptions& options = {}) {
    write_csv(out, std::span<const Report>(&report, 1), options);
}

// One line per quantity of every item (long format), with its role, the cell
// it was read from and the reason that placed it.
JINDU_API void write_quantities_csv(std::string& out, std::span<const Report> reports, const CsvOptions& options = {});
inline void write_quantities_csv(std::string& out, const Report& report, const CsvOptions& options = {}) {
    write_quantities_csv(out, std::span<const Report>(&report, 1), options);
}

// The JSON contract "jindu.report/1", pretty-printed with two-space indents and
// a final "\n": an array of report objects, or one object for one report.
// Missing values are null; the same reports always give the same bytes.
JINDU_API void write_json(std::string& out, std::span<const Report> reports);
JINDU_API void write_json(std::string& out, const Report& report);

// JSON Lines: one compact object per item per line, "\n" after each, every
// line carrying its report's "source", "title", "year" and "period" before the
// item's members (as in write_json). No header and no closing: the lines of
// several writes concatenate, so reports can be written one at a time.
JINDU_API void write_jsonl(std::string& out, std::span<const Report> reports);
inline void write_jsonl(std::string& out, const Report& report) {
    write_jsonl(out, std::span<const Report>(&report, 1));
}

// The same bytes as the writers above, handed to out in chunks of about 64 KiB
// that end after whole items, so the output never sits whole in memory.
// Failures show in out's state; writing stops at the first one.
JINDU_API void write_csv(std::ostream& out, std::span<const Report> reports, const CsvOptions& options = {});
inline void write_csv(std::ostream& out, const Report& report, const CsvOptions& options = {}) {
    write_csv(out, std::span<const Report>(&report, 1), options);
}
JINDU_API void write_quantities_csv(std::ostream& out, std::span<const Report> reports, const CsvOptions& options = {});
inline void write_quantities_csv(std::ostream& out, const Report& report, const CsvOptions& options = {}) {
    write_quantities_csv(out, std::span<const Report>(&report, 1), options);
}
JINDU_API void write_json(std::ostream& out, std::span<const Report> reports);
JINDU_API void write_json(std::ostream& out, const Report& report);
JINDU_API void write_jsonl(std::ostream& out, std::span<const Report> reports);
inline void write_jsonl(std::ostream& out, const Report& report) {
    write_jsonl(out, std::span<const Report>(&report, 1));
}

// A progress dashboard for people, as one self-contained HTML page that loads
// nothing from elsewhere: the status counts with their shares, then for each
// report and category a table of the items with their targets, achieved
// amounts, a completion bar and a status chip. The rows are in the page
// itself, so it reads without scripts; a small inline script sorts them by any
// column and filters them by status, category, owner and a search, keeping
// its state in the URL fragment ("#status=in_progress&sort=completion"). With
// several reports the page has a section per report after a combined summary.
// All report text is escaped. The same reports always give the same bytes.
JINDU_API void write_html(std::string& out, std::span<const Report> reports);
inline void write_html(std::string& out, const Report& report) {
    write_html(out, std::span<const Report>(&report, 1));
}
JINDU_API void write_html(std::ostream& out, std::span<const Report> reports);
inline void write_html(std::ostream& out, const Report& report) {
    write_html(out, std::span<const Report>(&report, 1));
}

// One report object written as its items come in batches (build_report with
// ItemBatches): items() for each batch, then finish() with the report that
// build_report returns. The bytes are those of write_json(out, report) for the
// report holding every batch's items in order. (CSV needs no such writer:
// write_csv each batch, with the header and BOM on the first only.)
class JINDU_API JsonReportWriter {
public:
    explicit JsonReportWriter(std::ostream& out);
    ~JsonReportWriter();
    JsonReportWriter(const JsonReportWriter&) = delete;
    JsonReportWriter& operator=(const JsonReportWriter&) = delete;

    // Writes the items of a batch; the first call writes the report's head too.
    void items(const Report& batch);
    // Writes the last items, the diagnostics and the end of the object, then "\n".
    void finish(const Report& rest);

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Appends one scan result line: a JSON array of {"text","start","end","value",
// "value_max","unit","kind","qualifier"} with code-point offsets into line,
// then "\n". quantities are scan(line): their byte offsets index line.
JINDU_API void write_scan_line(std::string& out, std::string_view line, std::span<const Quantity> quantities);

}  // namespace jindu
