// jindu — tables: any input shape read into one grid of text cells.
#pragma once

#include <jindu/export.hpp>
#include <jindu/diagnostic.hpp>
#include <jindu/options.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jindu {

// What a column of a table holds, as its header names it (序号, 项目内容, 责任单位 …).
enum class ColumnRole {
    none,         // a column jindu does not read (联系人, 电话 …)
    seq,          // 序号
    category,     // 类别 / 领域
    name,         // 项目名称 (when a separate content column exists)
    content,      // 项目内容 / 目标任务: what the item promises
    owners,       // 责任单位 / 牵头单位 / 主办
    cooperating,  // 配合单位 / 协办: not owners
    progress,     // 进展情况 / 完成情况 (the latest, when several periods are given)
    history,      // progress of an earlier period (1-10月推进情况 beside 1-11月推进情况)
    rate,         // 完成率 / 完成比例(%) / 实际进度
    schedule,     // 时序进度 / 预定进度 / 是否达序: the schedule, not the progress
    status,       // 状态 / 是否完成
    unit,         // 单位: the measure unit of the figures in the row
    achieved,     // 已完成数 / 实际完成
    note,         // 备注
};

// Snake-case names: "seq", "owners", "history" …
[[nodiscard]] JINDU_API std::string_view to_string(ColumnRole role) noexcept;

struct Cell {
    std::string text;      // UTF-8, as in the source; line breaks inside as '\n'
    bool spanned = false;  // a copy of a merged cell (rowspan/colspan, vMerge)
    bool operator==(const Cell&) const = default;
};

// A row of the grid, or a line of text outside any table (free_text: one cell).
struct Row {
    std::vector<Cell> cells;
    std::size_t line = 0;     // where it starts: 1-based line (text) or row (sheets)
    bool free_text = false;   // a paragraph or line that is not a table row
    bool chrome = false;      // page chrome (navigation, publishing details, contact
                              // lines, site footer): never an item, owner or quantity
    bool operator==(const Row&) const = default;
};

struct Table {
    InputFormat format = InputFormat::automatic;  // the format that was read
    std::string encoding;                         // "UTF-8", "GB18030", … or "" (zip)
    std::vector<Row> rows;                        // in document order
    // The role of each column when the reader knows them (a prose bulletin's
    // parts); empty when a header row among the rows names them.
    std::vector<ColumnRole> roles;
    // True when the format loses merged cells (text, Markdown): a blank 序号,
    // 类别 or 责任单位 cell there may be the cell above it, merged over both.
    // Readers of formats that keep merges (HTML, DOCX, XLSX) fill merged cells in.
    bool blanks_may_be_merges = false;
    std::vector<Diagnostic> diagnostics;
};

// Guesses the format from the content (zip parts, markup, pipes, tabs, numbering).
[[nodiscard]] JINDU_API InputFormat sniff_format(std::string_view bytes) noexcept;

// Reads raw bytes (any encoding, any format) into a table.
// Throws jindu::Error when the input cannot be read at all.
[[nodiscard]] JINDU_API Table read_table(std::string_view bytes, const Options& options = {});

}  // namespace jindu
