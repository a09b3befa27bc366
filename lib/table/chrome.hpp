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

// Sets row.chrome when the row holds a single text (in one cell, or copies of
// one merged cell) and that text is page chrome: a site's layout-table rows.
void mark_chrome(Row& row);

}  // namespace jindu::table
