// Pages into one table: stitching, page chrome, paragraphs of text.
#include "table/pdf/document.hpp"

#include "common/utf8.hpp"
#include "table/header.hpp"
#include "table/grid.hpp"
#include "table/numbering.hpp"
#include "table/readers.hpp"
#include "table/sniff.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

namespace jindu::table::pdf {

namespace {

constexpr double margin_share = 0.1;  // of the page height: where heads and feet are

bool in_margin(const Block& block, double height) noexcept {
    return block.bottom < height * margin_share || block.top > height * (1 - margin_share);
}

// A line as a running head is recognised on every page: digits and spaces left out.
std::string head_key(std::string_view text) {
    std::string key;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = utf8::next(text, i);
        if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) || utf8::is_space(cp)) continue;
        utf8::append(key, cp);
    }
    return key;
}

// Text without white space, to compare cells across pages.
std::string bare(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = utf8::next(text, i);
        if (!utf8::is_space(cp)) utf8::append(out, cp);
    }
    return out;
}

// The last two code points of text (0 where there are fewer).
std::pair<char32_t, char32_t> last_two(std::string_view text) {
    char32_t second = 0;
    char32_t last = 0;
    for (std::size_t i = 0; i < text.size();) {
        second = last;
        last = utf8::next(text, i);
    }
    return {second, last};
}

char32_t first_of(std::string_view text) {
    std::size_t i = 0;
    return text.empty() ? 0 : utf8::next(text, i);
}

// Appends text broken off by a line or a page, joined as a line break inside a cell.
void append_broken(std::string& to, std::string_view more) {
    if (more.empty()) return;
    if (!to.empty()) {
        const auto [second, last] = last_two(to);
        to += line_join(second, last, first_of(more));
    }
    to += more;
}

// Paragraphs from lines of text: a paragraph ends at a line that stops short
// of the text's right edge, before a line led by numbering or indented, and at
// a gap taller than the line spacing, which also gives an empty paragraph (a
// blank line, as in text).
std::vector<std::string> paragraphs_of(const std::vector<const Block*>& lines) {
    std::vector<std::string> out;
    if (lines.empty()) return out;
    double left = lines.front()->left;
    double right = lines.front()->right;
    for (const Block* b : lines) {
        left = std::min(left, b->left);
        right = std::max(right, b->right);
    }
    std::string text;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const Block& b = *lines[k];
        const double size = std::max(b.size, 1.0);
        bool starts = k == 0;
        bool gap = false;
        if (!starts) {
            const Block& before = *lines[k - 1];
            gap = b.top - before.bottom > 0.8 * size;
            starts = gap || right - before.right > 1.6 * std::max(before.size, 1.0) || b.left > left + 1.5 * size ||
                     leading_numbering(utf8::trim(b.text)).has_value();
        }
        if (starts) {
            if (!text.empty()) out.push_back(std::move(text));
            if (gap) out.emplace_back();
            text.clear();
            text = std::string(utf8::trim(b.text));
            continue;
        }
        append_broken(text, utf8::trim(b.text));
    }
    if (!text.empty()) out.push_back(std::move(text));
    return out;
}

Diagnostic page_note(std::string message, std::size_t page, std::string_view text, const Options& options) {
    return make_diagnostic(ErrorCode::skipped_row, Severity::note, std::move(message), options.source_name,
                           Location{.page = page}, utf8::trim(text));
}

// A table being put together over pages: its cells in rows counted from its start.
class OpenTable {
public:
    OpenTable(PageTable first) : xs_(first.xs), ruled_(first.ruled), open_bottom_(first.open_bottom) {
        read_header(first);
        add(std::move(first), 0);
    }

    // True when `next` (the first block of the next page) has this table's columns.
    bool continues_with(const PageTable& next) const {
        if (next.ruled != ruled_ || next.columns() != xs_.size() - 1) return false;
        const double slack = ruled_ ? 4.0 : 12.0;
        for (std::size_t k = 0; k < xs_.size(); ++k)
            if (std::abs(next.xs[k] - xs_[k]) > slack && (ruled_ || (k > 0 && k + 1 < xs_.size()))) return false;
        return true;
    }

    // Takes the next page's part of the table. Returns true when its first row
    // repeated the header and was dropped.
    bool take(PageTable next) {
        bool dropped = false;
        if (!header_.empty() && next.rows() > 0 && row_texts(next, 0) == header_) {
            drop_first_row(next);
            dropped = true;
        }
        const bool broken_row = open_bottom_;
        open_bottom_ = next.open_bottom;
        if (next.rows() > 0 && rows_ > 0 &&
            (broken_row || (seq_ < next.columns() && text_at(next, 0, seq_).empty()))) {
            // The rest of a row broken by the page: every cell of it lines up with one above.
            bool rest_of_row = broken_row || (content_ < next.columns() && text_at(next, 0, content_).empty());
            for (const GridCell& c : next.cells) {
                if (c.row != 0) continue;
                const GridCell* above = cell_above(c.column);
                rest_of_row = rest_of_row && above && above->colspan == c.colspan;
            }
            for (auto it = next.cells.begin(); it != next.cells.end();) {
                GridCell* above = it->row == 0 ? cell_above(it->column) : nullptr;
                // A merged cell goes on: one merged above, or one of the columns before the content
                // (序号, category) that merges rows of a group and that the page cut.
                const bool merged_on = above && (above->rowspan > 1 || it->column < content_);
                if (above && above->colspan == it->colspan && (rest_of_row || merged_on)) {
                    append_broken(above->text, it->text);
                    above->rowspan += it->rowspan - (rest_of_row ? 1 : 0);
                    it = next.cells.erase(it);
                } else {
                    ++it;
                }
            }
            if (rest_of_row) {
                for (GridCell& c : next.cells) --c.row;
                next.ys.erase(next.ys.begin());
            }
        }
        add(std::move(next), rows_);
        return dropped;
    }

    // The rows, spans expanded into copies, numbered from `line`.
    std::vector<Row> rows(Budget& budget, std::size_t line) {
        std::sort(cells_.begin(), cells_.end(),
                  [](const GridCell& a, const GridCell& b) { return a.row != b.row ? a.row < b.row : a.column < b.column; });
        GridBuilder builder(budget);
        std::size_t k = 0;
        for (std::size_t r = 0; r < rows_; ++r) {
            builder.begin_row(line + r);
            for (; k < cells_.size() && cells_[k].row == r; ++k)
                builder.add_cell(std::move(cells_[k].text), cells_[k].colspan,
                                 std::min(cells_[k].rowspan, rows_ - r));
            builder.end_row();
        }
        return builder.finish();
    }

    std::size_t row_count() const noexcept { return rows_; }

private:
    static std::string text_at(const PageTable& t, std::size_t row, std::size_t column) {
        for (const GridCell& c : t.cells)
            if (c.row <= row && row < c.row + c.rowspan && c.column <= column && column < c.column + c.colspan)
                return c.row == row ? bare(c.text) : std::string{};
        return {};
    }

    static std::vector<std::string> row_texts(const PageTable& t, std::size_t row) {
        std::vector<std::string> out;
        for (const GridCell& c : t.cells)
            if (c.row == row) out.push_back(bare(c.text));
        return out;
    }

    // Removes row 0: its cells go, cells spanning down from it start one row lower.
    static void drop_first_row(PageTable& t) {
        std::vector<GridCell> kept;
        for (GridCell& c : t.cells) {
            if (c.row == 0 && c.rowspan == 1) continue;
            if (c.row == 0) {
                --c.rowspan;
                c.text.clear();
            } else {
                --c.row;
            }
            kept.push_back(std::move(c));
        }
        t.cells = std::move(kept);
        t.ys.erase(t.ys.begin());
    }

    void read_header(const PageTable& t) {
        if (t.rows() == 0) return;
        Row row;
        for (const GridCell& c : t.cells)
            if (c.row == 0) row.cells.push_back(Cell{c.text, false});
        const auto header = match_header(std::vector<Row>{row}, 0);
        if (!header) return;
        header_ = row_texts(t, 0);
        // Header cells to grid columns.
        std::size_t k = 0;
        for (const GridCell& c : t.cells) {
            if (c.row != 0) continue;
            if (k < header->roles.size()) {
                if (header->roles[k] == Column::seq) seq_ = c.column;
                if (header->roles[k] == Column::content || header->roles[k] == Column::name)
                    content_ = std::min(content_, c.column);
            }
            ++k;
        }
    }

    GridCell* cell_above(std::size_t column) {
        for (GridCell& c : cells_)
            if (c.row + c.rowspan == rows_ && c.column == column) return &c;
        return nullptr;
    }

    void add(PageTable t, std::size_t offset) {
        for (GridCell& c : t.cells) {
            c.row += offset;
            cells_.push_back(std::move(c));
        }
        rows_ = offset + t.rows();
    }

    std::vector<double> xs_;
    bool ruled_ = true;
    bool open_bottom_ = false;  // the part last taken ends in a row the page broke
    std::vector<std::string> header_;  // bare texts of the header cells, "" when none was found
    std::size_t seq_ = static_cast<std::size_t>(-1);
    std::size_t content_ = static_cast<std::size_t>(-1);
    std::vector<GridCell> cells_;
    std::size_t rows_ = 0;
};

}  // namespace

const std::vector<double>* continuing_columns(const LaidOutPage& page) {
    for (auto it = page.layout.blocks.rbegin(); it != page.layout.blocks.rend(); ++it) {
        if (in_margin(*it, page.height) && !it->table) continue;
        return it->table && !it->table->ruled ? &it->table->xs : nullptr;
    }
    return nullptr;
}

Table assemble(std::vector<LaidOutPage>& pages, const Options& options) {
    Table table;
    for (const LaidOutPage& page : pages)
        for (const std::string& text : page.layout.dropped)
            table.diagnostics.push_back(page_note("page number dropped", page.number, text, options));

    // Running heads and feet: margin lines that come back on at least half the pages (two at least).
    std::map<std::string, std::size_t> margin_lines;
    for (const LaidOutPage& page : pages) {
        std::vector<std::string> seen;
        for (const Block& b : page.layout.blocks)
            if (!b.table && in_margin(b, page.height)) seen.push_back(head_key(b.text));
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (const std::string& key : seen) ++margin_lines[key];
    }
    const std::size_t repeats = std::max<std::size_t>(2, (pages.size() + 1) / 2);
    for (LaidOutPage& page : pages) {
        auto& blocks = page.layout.blocks;
        for (auto it = blocks.begin(); it != blocks.end();) {
            if (!it->table && in_margin(*it, page.height) && margin_lines[head_key(it->text)] >= repeats) {
                table.diagnostics.push_back(page_note("running head dropped", page.number, it->text, options));
                it = blocks.erase(it);
            } else {
                ++it;
            }
        }
    }

    const bool any_table = std::any_of(pages.begin(), pages.end(), [](const LaidOutPage& p) {
        return std::any_of(p.layout.blocks.begin(), p.layout.blocks.end(), [](const Block& b) { return b.table.has_value(); });
    });
    if (!any_table) {
        // Text without tables: paragraphs, read as prose or text as the text reader would.
        std::string text;
        for (const LaidOutPage& page : pages) {
            std::vector<const Block*> lines;
            for (const Block& b : page.layout.blocks) lines.push_back(&b);
            for (const std::string& p : paragraphs_of(lines)) text += p + '\n';
        }
        if (utf8::trim(text).empty()) return table;
        const InputFormat shape = sniff_text(text) == InputFormat::prose ? InputFormat::prose : InputFormat::text;
        Table read = shape == InputFormat::prose ? read_prose(text, options) : read_text(text, options);
        read.diagnostics.insert(read.diagnostics.begin(), table.diagnostics.begin(), table.diagnostics.end());
        return read;
    }

    Budget budget(options);
    std::optional<OpenTable> open;
    std::size_t line = 1;
    auto flush = [&] {
        if (!open) return;
        for (Row& row : open->rows(budget, line)) table.rows.push_back(std::move(row));
        line += open->row_count();
        open.reset();
    };
    for (LaidOutPage& page : pages) {
        std::vector<const Block*> text_lines;
        auto flush_text = [&] {
            for (const std::string& p : paragraphs_of(text_lines)) {
                if (p.empty()) continue;
                budget.spend_row(line);
                budget.spend_cells(1, p.size(), line);
                table.rows.push_back(free_text_row(p, line++));
            }
            text_lines.clear();
        };
        for (std::size_t k = 0; k < page.layout.blocks.size(); ++k) {
            Block& b = page.layout.blocks[k];
            if (!b.table) {
                flush();
                text_lines.push_back(&b);
                continue;
            }
            flush_text();
            if (open && k == 0 && open->continues_with(*b.table)) {
                if (open->take(std::move(*b.table)))
                    table.diagnostics.push_back(page_note("repeated header row dropped", page.number, "", options));
                continue;
            }
            flush();
            open.emplace(std::move(*b.table));
        }
        flush_text();
    }
    flush();
    return table;
}

}  // namespace jindu::table::pdf
