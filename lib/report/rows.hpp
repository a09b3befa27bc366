// Private: what a row of a table is — the row classifier of the report stage.
#pragma once

#include "table/header.hpp"

#include <jindu/table.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jindu::report {

// The header read by the table stage (table/header.hpp), as the report stage names it.
using table::Column;
using table::HeaderMap;

// The single text a row holds when all its non-empty cells say the same.
std::optional<std::string> single_text(const Row& row);

bool is_empty(const Row& row);

// 一、教育卫生 / （一）教育卫生 / 壹、社会福利 / 十二.文体 → the heading without its
// number; "" when the line is not numbered so.
std::string heading_of(std::string_view folded, std::string_view original);

// True for a cell that reads as a 序号: short, digits or Chinese numerals, a
// mark such as * (１, 十一, 9*, (3), 3-1); not a text that lost its column.
bool is_seq_like(std::string_view text);

// The number of a 序号 cell without the words around it: 第一项 → 一,
// 第3项 → 3, 项目五 → 五; any other text as it is, trimmed.
std::string_view bare_seq(std::string_view text);

// The name of a group heading set in the table's columns: a 序号 in Chinese
// numerals (一, （二）, 三、) over one short name and nothing else, the outline
// level above the numbered items (| 一 | 看病就医 | | |); "" for any other row.
std::string group_heading(const Row& row, const HeaderMap& header);

// What a row under the header is.
enum class RowKind {
    blank,         // nothing in it
    chrome,        // page chrome around the report (Row::chrome): never data
    header,        // the header again (a page break)
    note,          // 注：…, 数据来源：…
    total,         // 合计, 总计: a sum of the others
    line,          // one text across the row: a category heading, or a stray line
    heading,       // a group heading in the table's columns (group_heading)
    other_header,  // the header of another table (联系人 | 联系电话 in an appendix)
    shifted,       // a row whose merged cells vanished, its text shifted left: continues the item above
    data,          // an item or the continuation of one (the assembler tells which)
};

// Classifies a row under `header`.
RowKind classify_row(const Row& row, const HeaderMap& header);

}  // namespace jindu::report
