// Private: the role of each column, read from the header row(s) by the column
// names of the lexicon.
#pragma once

#include <jindu/table.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::table {

using Column = ColumnRole;

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

// Role of one header cell, on the matching view of its text.
Column classify_header(std::string_view folded_text);

// Reads rows[at] (and rows[at + 1] when it continues the header) as a header;
// nullopt unless at least two known columns, one of them content, name or
// progress. Of several progress columns (1-10月推进情况 | 1-11月推进情况), the
// latest period is the progress and the others are history.
std::optional<HeaderMap> match_header(const std::vector<Row>& rows, std::size_t at);

// The roles a reader handed over (Table::roles), as a header map of no rows.
HeaderMap header_from_roles(const std::vector<ColumnRole>& roles);

// True when the row repeats the header's texts (as at a page break).
bool repeats_header(const Row& row, const HeaderMap& header);

}  // namespace jindu::table
