// Private: the role of each column, read from the header row by synonyms.
#pragma once

#include <jindu/table.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::report {

enum class Column {
    none,      // a column jindu does not read
    seq,       // 序号
    category,  // 类别 / 领域, or the blank header after 序号
    name,      // 项目名称 / 主要任务 (when a separate target column exists)
    content,   // 项目内容 / 目标任务
    owners,    // 责任单位 / 牵头单位 (several columns merge)
    progress,  // 进展情况 / 完成情况
    rate,      // 完成率
    status,    // 状态
    unit,      // 单位 (a measure-unit column)
    achieved,  // 已完成数
    note,      // 备注
};

struct HeaderMap {
    std::vector<Column> roles;        // one per column
    std::vector<std::string> units;   // unit written in a header (城镇新增就业（人）), or ""
    std::vector<std::string> texts;   // the header texts, folded, to spot repeated headers
    std::vector<std::size_t> text_lengths;  // code points of each text
    std::size_t rows = 1;             // 2 for a header of two rows

    bool has(Column c) const { return find(c) != std::string::npos; }
    // Index of the first column with role c, or npos. Inline: the report
    // builder asks for a role's column many times per row.
    std::size_t find(Column c) const {
        for (std::size_t i = 0; i < roles.size(); ++i)
            if (roles[i] == c) return i;
        return std::string::npos;
    }
};

// Role of one header cell by synonyms, on the matching view of its text.
Column classify_header(std::string_view folded_text);

// Reads rows[at] (and rows[at + 1] when it continues the header) as a header;
// nullopt unless at least two known columns, one of them content, name or progress.
std::optional<HeaderMap> match_header(const std::vector<Row>& rows, std::size_t at);

// True when the row repeats the header's texts (as at a page break).
bool repeats_header(const Row& row, const HeaderMap& header);

}  // namespace jindu::report
