// jindu — PDF input: the text layer of a PDF read into a table.
//
// This header belongs to the library jindu::pdf, which is built on poppler and
// is therefore under the GPL (version 2 or later): a program that links it is
// distributed under the GPL. jindu::jindu alone does not read PDF.
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
