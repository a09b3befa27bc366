// Private: the shapes of plain text besides tab-separated and space-aligned
// tables, each found in the lines by its content. read_text reads the lines a
// shape covers through it and the other lines as aligned text.
#pragma once

#include <jindu/options.hpp>
#include <jindu/table.hpp>

#include "table/text_lines.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace jindu::table {

// Lines [begin, end) read as a table: its rows, and notes for the lines left out.
struct TextRegion {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<Row> rows;
    std::vector<Diagnostic> notes;
};

// True for a short text that names a column (序号, 项目名称, 责任单位, 进展情况 …),
// by the report stage's header vocabulary.
bool is_header_word(std::string_view trimmed);

// True for text saved as CSV by a spreadsheet (附件2,,,,, / 1,新建学校,…): no
// tab, and most of its first lines cut by two ASCII commas or more outside
// quotes (Chinese text writes its commas as ，). read_text reads it as
// tab-separated text, its separating commas made tabs byte for byte.
bool is_comma_separated(std::string_view utf8_text);

// True for a cell that holds a 序号 alone: 1, １２, 3*, 4., 五, 十一, (2), （三）.
bool is_seq_number(std::string_view trimmed);

// A table flattened to one cell per line, as copying a web table from a
// browser gives it (flat_cells.cpp); nullopt when the text holds none.
std::optional<TextRegion> find_flat_cells(const std::vector<Line>& lines, const Options& options);

// One labelled block per project, 项目名称：… 责任单位：… (labelled_blocks.cpp);
// nullopt when the text holds none.
std::optional<TextRegion> find_labelled_blocks(const std::vector<Line>& lines, const Options& options);

}  // namespace jindu::table
