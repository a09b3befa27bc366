// Private: page chrome, the text a web site or a document template puts around
// a report — navigation, publishing details, attachment and contact lines,
// links to other articles, print and share buttons, site footers. It is never
// data: readers mark such rows (Row::chrome) and end a table at them, and the
// report stage can ask the same question of any text.
#pragma once

#include <jindu/table.hpp>

#include <string_view>

namespace jindu::table {

// True when a line of text (a paragraph, a free-text row, a one-cell row) is
// page chrome: 首页 > 政务公开 > …, 发布日期：… 浏览次数：…, 附件：…, 联系电话：…,
// 上一篇：…, 扫一扫…, 【打印】【关闭】, 主办：… 地址：… ICP备…, 网站标识码 ….
// Works on any spelling (full-width, traditional) and ignores white space.
bool is_page_chrome(std::string_view text);

// True for a line of chrome cut into cells at its gaps (来源：…　编辑：…　审核：…,
// 制表：…　联系电话：…): its first piece opens chrome and the whole line is chrome.
bool is_cut_chrome(std::string_view first_piece, std::string_view whole_line);

// Sets row.chrome when the row holds a single text (in one cell, or copies of
// one merged cell) and that text is page chrome (a site's layout-table rows),
// or when its texts are a line of chrome cut into cells (is_cut_chrome).
void mark_chrome(Row& row);

}  // namespace jindu::table
