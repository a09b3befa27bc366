// Private: what the text-shaped readers (text, Markdown, prose) share — lines,
// page numbers, display width, diagnostics and the row limits.
#pragma once

#include <jindu/options.hpp>
#include <jindu/table.hpp>

#include "table/budget.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::table {

// One line of the input without its line break ("\n", "\r\n" or "\r").
struct Line {
    std::string_view text;
    std::size_t number = 0;  // 1-based
};

// Splits UTF-8 text into lines. Throws Error{limit_exceeded} for a line longer
// than options.limits.max_line_bytes.
std::vector<Line> split_lines(std::string_view utf8, const Options& options);

// True for a page number standing alone on a line: "— 2 —", "- 2 -", "第2页",
// "第 2 页 共 9 页", "2/9" (ASCII or full-width digits, Chinese numerals in 第…页).
bool is_page_number(std::string_view trimmed) noexcept;

// Columns a code point takes on screen: 2 for East Asian wide and full-width
// characters (CJK, U+3000, full-width digits) and for the dashes, quotes and
// ellipsis of ambiguous width (“ ” — …, wide in Chinese text), 0 for
// combining marks, else 1.
std::size_t display_width(char32_t cp) noexcept;

// The note left for a page number dropped from the text.
Diagnostic page_number_note(const Line& line, const Options& options);

// Appends rows to a table while keeping options.limits.max_rows and max_cells;
// throws Error{limit_exceeded} naming the line that went past a limit.
class RowSink {
public:
    RowSink(Table& table, const Options& options) : table_(table), options_(options), budget_(options) {}
    void add(Row row);
    // Counts cells added to a row already in the table.
    void add_cells(std::size_t count, std::size_t line);
    // Drops a page number line, leaving a note so nothing goes without a trace.
    void skip_page_number(const Line& line);

private:
    Table& table_;
    const Options& options_;
    Budget budget_;
};

// A one-cell free_text row.
Row free_text_row(std::string_view text, std::size_t line);
// The same, marked Row::chrome when the text is page chrome (is_page_chrome).
Row chrome_checked_row(std::string_view text, std::size_t line);

// A piece of a space-aligned line: text between gaps of display width ≥ 2
// (two spaces, a tab, or one U+3000), with its display columns [start, end).
struct Segment {
    std::string_view text;
    std::size_t start = 0;
    std::size_t end = 0;
};

// Cuts a line into segments at gaps of display width ≥ 2.
std::vector<Segment> aligned_segments(std::string_view line);

}  // namespace jindu::table
