// Private: one reader per input shape, each producing the same Table model.
// read_table (read_table.cpp) sniffs the format, decodes text formats with
// jindu::decode and calls one of these.
#pragma once

#include <jindu/options.hpp>
#include <jindu/table.hpp>

#include <string_view>

namespace jindu::table {

// Tab-separated text, or columns aligned with spaces (CJK counted double width).
Table read_text(std::string_view utf8, const Options& options);
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
