// Private: the pieces of format sniffing that read_table needs apart.
#pragma once

#include <jindu/options.hpp>

#include <cstddef>
#include <string_view>

namespace jindu::table {

// True for a zip archive (local file header or empty-archive magic).
bool is_zip(std::string_view bytes) noexcept;

// True for a PDF: "%PDF-" within the first 1024 bytes, where readers look for it.
bool is_pdf(std::string_view bytes) noexcept;

// docx or xlsx for a zip holding word/document.xml or xl/workbook.xml, else automatic.
InputFormat zip_format(std::string_view bytes) noexcept;

// What a binary input is ("PNG image", "RTF document" …) when jindu does not read
// it, or "" when the bytes may be text or a zip.
std::string_view unsupported_binary(std::string_view bytes) noexcept;

// Number of '|' in line not escaped by a backslash.
std::size_t count_pipes(std::string_view line) noexcept;

// True for a Markdown separator row such as |---|:--:|.
bool is_markdown_separator(std::string_view line) noexcept;

// The format of decoded text: html, markdown, prose or text.
InputFormat sniff_text(std::string_view utf8) noexcept;

// True when sniff_text's first look, at tabs, pipes and commas alone, takes
// the text for tab- or comma-separated text: the cheap test of the path that
// reads tab text in pieces. Text it declines is read whole by read_table,
// which gives the same rows.
bool sniffs_as_tab_text(std::string_view utf8) noexcept;

}  // namespace jindu::table
