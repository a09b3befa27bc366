// `--format xlsx`: the reports as a workbook, built in a temporary file (the
// writer needs a path) and handed whole to the Output, which writes -o
// atomically like every other format.
#pragma once

#include "output.hpp"

#include <jindu/report.hpp>

#include <memory>
#include <string>

namespace jindu::cli {

// False when this jindu was built without the XLSX writer (libxlsxwriter).
bool workbook_available();

class WorkbookFile {
public:
    WorkbookFile();
    ~WorkbookFile();  // removes the temporary file
    WorkbookFile(const WorkbookFile&) = delete;
    WorkbookFile& operator=(const WorkbookFile&) = delete;

    // Adds the rows of a report, or of a batch of its items.
    void add(const Report& report);

    // Writes the workbook and hands its bytes to output. False, with the
    // reason printed on stderr, when the workbook could not be written.
    bool finish(Output& output, const std::string& name);

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace jindu::cli
