// jindu — options for reading a report. Defaults suit untrusted input.
#pragma once

#include <jindu/export.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace jindu {

enum class InputFormat { automatic, text, markdown, html, docx, xlsx, prose, pdf };

// "text", "markdown", …; parse_input_format returns false for an unknown name.
[[nodiscard]] JINDU_API std::string_view to_string(InputFormat format) noexcept;
JINDU_API bool parse_input_format(std::string_view name, InputFormat& format) noexcept;

// Bounds on untrusted input; going past one is an ErrorCode::limit_exceeded error.
struct Limits {
    std::size_t max_input_bytes = std::size_t{256} << 20;       // whole file
    std::size_t max_line_bytes = std::size_t{16} << 20;         // one text line
    std::size_t max_archive_entry_bytes = std::size_t{512} << 20;  // one unzipped part
    std::size_t max_compression_ratio = 200;                    // unzipped : zipped
    std::size_t max_nesting_depth = 512;                        // HTML / XML elements
    std::size_t max_rows = 2'000'000;
    std::size_t max_cells = 20'000'000;
    std::size_t max_span = 65534;                               // rowspan; colspan ≤ 1000
    std::size_t max_pages = 5000;                               // pages of a PDF
    std::size_t max_page_glyphs = 100'000;                      // glyphs on one PDF page
    std::size_t max_pdf_milliseconds = 120'000;                 // reading one PDF, checked per page
};

struct Options;
struct Table;
// A reader for a format the core library leaves to a separate one (PDF: jindu::read_pdf).
using TableReader = Table (*)(std::string_view bytes, const Options& options);

struct Options {
    InputFormat format = InputFormat::automatic;  // automatic: sniffed from content
    std::string encoding;     // "" detects; else an ICU converter name ("GB18030")
    std::string source_name;  // used in diagnostics and Report::source
    Limits limits;
    // Reads PDF input; nullptr (the default) makes PDF an unsupported_format
    // error. <jindu/pdf.hpp> (library jindu::pdf) has one: jindu::read_pdf.
    TableReader pdf_reader = nullptr;
};

}  // namespace jindu
