// Private: one reader per input shape, each producing the same Table model.
// read_table (read_table.cpp) sniffs the format, decodes text formats with
// jindu::decode and calls one of these.
#pragma once

#include <jindu/options.hpp>
#include <jindu/table.hpp>

#include "table/text_rows.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace jindu::table {

// Tab-separated text, or columns aligned with spaces (CJK counted double width).
Table read_text(std::string_view utf8, const Options& options);

// The rows of bytes to be read a piece at a time, when bytes are UTF-8 text
// that read_table reads as tab-separated rows (and options ask for no other
// format or encoding); nullopt otherwise. It first throws what read_table
// would throw for bytes over the limits, empty or binary. The bytes must
// outlive the rows.
std::optional<TextRows> tab_rows_in_place(std::string_view bytes, const Options& options);

// Markdown pipe tables, with or without outer pipes; `||` for merged cells.
Table read_markdown(std::string_view utf8, const Options& options);
// Numbered prose (一、（一）1. ①): one row per item under a synthetic header
// row 序号 | 类别 | 项目内容 | 责任单位 | 进展情况.
Table read_prose(std::string_view utf8, const Options& options);
// HTML through an HTML5 parser; spans expanded into the grid.
Table read_html(std::string_view utf8, const Options& options);
// Office Open XML from a zip archive.
Table read_docx(std::string_view bytes, const Options& options);
Table read_xlsx(std::string_view bytes, const Options& options);

}  // namespace jindu::table
