// jindu — PDF input: the text layer of a PDF read into a table.
//
// This header belongs to the library jindu::pdf, built on poppler (GPL version
// 2 or 3) and qpdf (Apache 2.0): a program that links it is distributed under
// the GPL, version 3. jindu::jindu alone does not link poppler nor read PDF.
#pragma once

#include <jindu/options.hpp>
#include <jindu/table.hpp>

#include <string_view>

namespace jindu {

// Reads a PDF's text layer into a table: ruled and unruled tables across
// pages, or the text of a PDF without tables. Throws jindu::Error for a
// damaged or encrypted file, a file with no text layer (a scan), or past
// options.limits (pages, glyphs per page, time). Poppler's warnings are in
// Table::diagnostics; nothing is printed.
Table read_pdf(std::string_view bytes, const Options& options = {});

// The options with PDF input read by read_pdf, for parse and parse_file.
inline Options with_pdf(Options options) {
    options.pdf_reader = &read_pdf;
    return options;
}

}  // namespace jindu
