// Fuzzes the PDF reader (jindu::pdf): any bytes read with read_pdf, under
// limits that keep one input to a few pages and a second.
#include "fuzz_input.hpp"

#include <jindu/pdf.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    jindu::Options options = jindu::fuzz::fuzz_options(jindu::InputFormat::pdf);
    options.pdf_reader = &jindu::read_pdf;
    options.limits.max_pages = 8;
    options.limits.max_page_glyphs = 20'000;
    options.limits.max_pdf_milliseconds = 1000;
    try {
        const jindu::Table table = jindu::read_table(jindu::fuzz::bytes(data, size), options);
        for (const auto& row : table.rows)
            for (const auto& cell : row.cells) (void)cell.text.size();
        (void)jindu::build_report(table, options);
    } catch (const jindu::Error&) {
    }
    return 0;
}
