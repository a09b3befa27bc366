// jindu — workbook: reports as an Excel workbook (XLSX), written with
// libxlsxwriter, which is loaded when the first workbook is started. Part of
// jindu::workbook, built when libxlsxwriter is found.
#pragma once

#include <jindu/report.hpp>

#include <filesystem>
#include <memory>
#include <span>
#include <string>

namespace jindu {

// A workbook of two sheets, filled report by report and written to its path
// on close() (nothing is on disk before):
//   "items": one row per item of every report, the columns of write_csv;
//   "quantities": one row per quantity, the columns of write_quantities_csv.
// Numbers are numbers (completion formatted as a percent), the other fields
// text; missing values are blank cells. Each sheet has its header row frozen,
// an autofilter over its rows and column widths fitted to the content. A text
// longer than a cell holds (32767 characters) is cut there.
class WorkbookWriter {
public:
    explicit WorkbookWriter(const std::filesystem::path& path);
    ~WorkbookWriter();  // without close(), writes nothing
    WorkbookWriter(const WorkbookWriter&) = delete;
    WorkbookWriter& operator=(const WorkbookWriter&) = delete;

    // Adds the rows of a report's items (or of a batch of them).
    void add(const Report& report);

    // Writes the workbook. Returns "" or what went wrong, such as more rows
    // than a sheet holds (1048576), a file that cannot be written or a
    // libxlsxwriter that cannot be loaded.
    [[nodiscard]] std::string close();

private:
    struct State;
    std::unique_ptr<State> state_;
};

// The workbook of all reports, written to path; "" or what went wrong.
[[nodiscard]] std::string write_workbook(const std::filesystem::path& path, std::span<const Report> reports);

}  // namespace jindu
