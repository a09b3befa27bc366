// A page's glyphs and rules as blocks: lines of text, tables with rules, tables without.
#include "table/pdf/layout.hpp"

#include "common/utf8.hpp"
#include "table/header.hpp"
#include "table/text_lines.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace jindu::table::pdf {

namespace {

constexpr double near = 2.0;     // points: a rule this close to a bound is on it
constexpr double merged = 3.0;   // points: bounds this close are one (double rules)

std::size_t root(std::vector<std::size_t>& parent, std::size_t k) {
    while (parent[k] != k) k = parent[k] = parent[parent[k]];
    return k;
}

bool crosses(const Rule& h, const Rule& v) noexcept {
    return v.at >= h.from - near && v.at <= h.to + near && h.at >= v.from - near && h.at <= v.to + near;
}

// Positions within `merged` points of one another, as one (their mean).
std::vector<double> bounds_of(std::vector<double> at) {
    std::sort(at.begin(), at.end());
    std::vector<double> out;
    for (std::size_t first = 0; first < at.size();) {
        std::size_t end = first + 1;
        while (end < at.size() && at[end] - at[end - 1] <= merged) ++end;
        out.push_back(std::accumulate(at.begin() + static_cast<std::ptrdiff_t>(first),
                                      at.begin() + static_cast<std::ptrdiff_t>(end), 0.0) /
                      static_cast<double>(end - first));
        first = end;
    }
    return out;
}

// True when one of the rules lies on `at` and covers `middle`.
bool ruled_at(const std::vector<const Rule*>& rules, double at, double middle) noexcept {
    return std::any_of(rules.begin(), rules.end(), [&](const Rule* r) {
        return std::abs(r->at - at) <= merged && r->from - near <= middle && r->to + near >= middle;
    });
}

// A table with rules while its text is gathered: which cell owns each slot.
struct Grid {
    PageTable table;
    std::vector<std::size_t> owner;         // slot (row * columns + column) → cell
    std::vector<std::vector<Glyph>> glyphs;  // by cell
    std::vector<bool> open_below;            // by column: no rule under the last row
    bool holds(const Glyph& g) const noexcept {
        return g.box.cx() > table.xs.front() && g.box.cx() < table.xs.back() && g.box.cy() > table.ys.front() &&
               g.box.cy() < table.ys.back();
    }
    std::size_t cell_at(double x, double y) const noexcept {
        const auto index = [](const std::vector<double>& bounds, double v) {
            const auto at = std::upper_bound(bounds.begin(), bounds.end(), v);
            const auto k = static_cast<std::size_t>(std::max<std::ptrdiff_t>(at - bounds.begin() - 1, 0));
            return std::min(k, bounds.size() - 2);
        };
        return owner[index(table.ys, y) * table.columns() + index(table.xs, x)];
    }
    // The cell a glyph just under the table belongs to: a merged cell whose
    // text the page cut runs on below it where no rule closes its column.
    std::optional<std::size_t> cell_below(const Glyph& g) const noexcept {
        const double y = g.box.cy();
        if (y <= table.ys.back() || y > table.ys.back() + 1.5 * std::max(g.box.height(), 1.0)) return std::nullopt;
        for (std::size_t c = 0; c < table.columns(); ++c)
            if (open_below[c] && g.box.cx() > table.xs[c] && g.box.cx() < table.xs[c + 1])
                return owner[(table.rows() - 1) * table.columns() + c];
        return std::nullopt;
    }
};

// The grid a set of crossing rules draws, its slots merged where a rule is missing.
std::optional<Grid> grid_of(const std::vector<const Rule*>& horizontal, const std::vector<const Rule*>& vertical) {
    std::vector<double> xs;
    std::vector<double> ys;
    for (const Rule* r : vertical) xs.push_back(r->at);
    for (const Rule* r : horizontal) ys.push_back(r->at);
    Grid grid;
    grid.table.xs = bounds_of(std::move(xs));
    grid.table.ys = bounds_of(std::move(ys));
    // Side rules that go on past the last rule across: the bottom of a row the page broke.
    double lowest = 0;
    for (const Rule* r : vertical) lowest = std::max(lowest, r->to);
    if (!grid.table.ys.empty() && lowest > grid.table.ys.back() + 2 * merged) {
        grid.table.ys.push_back(lowest);
        grid.table.open_bottom = true;
    }
    const std::size_t rows = grid.table.rows();
    const std::size_t columns = grid.table.columns();
    if (rows < 1 || columns < 2 || rows * columns < 4) return std::nullopt;
    const auto& X = grid.table.xs;
    const auto& Y = grid.table.ys;
    constexpr std::size_t free = static_cast<std::size_t>(-1);
    grid.owner.assign(rows * columns, free);
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns; ++c) {
            if (grid.owner[r * columns + c] != free) continue;
            const double middle_y = (Y[r] + Y[r + 1]) / 2;
            std::size_t colspan = 1;
            while (c + colspan < columns && grid.owner[r * columns + c + colspan] == free &&
                   !ruled_at(vertical, X[c + colspan], middle_y))
                ++colspan;
            std::size_t rowspan = 1;
            for (; r + rowspan < rows; ++rowspan) {
                bool open = true;
                for (std::size_t k = c; k < c + colspan && open; ++k)
                    open = grid.owner[(r + rowspan) * columns + k] == free &&
                           !ruled_at(horizontal, Y[r + rowspan], (X[k] + X[k + 1]) / 2);
                if (!open) break;
            }
            const std::size_t cell = grid.table.cells.size();
            grid.table.cells.push_back(GridCell{r, c, rowspan, colspan, {}});
            for (std::size_t rr = r; rr < r + rowspan; ++rr)
                for (std::size_t cc = c; cc < c + colspan; ++cc) grid.owner[rr * columns + cc] = cell;
        }
    }
    grid.glyphs.resize(grid.table.cells.size());
    grid.open_below.resize(columns);
    for (std::size_t c = 0; c < columns; ++c)
        grid.open_below[c] = !grid.table.open_bottom && !ruled_at(horizontal, Y.back(), (X[c] + X[c + 1]) / 2);
    return grid;
}

// The tables drawn by the page's rules: sets of crossing rules with at least
// two columns and two rows between them.
std::vector<Grid> grids_of(const Rules& rules) {
    const std::size_t nh = rules.horizontal.size();
    const std::size_t n = nh + rules.vertical.size();
    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    for (std::size_t h = 0; h < nh; ++h)
        for (std::size_t v = 0; v < rules.vertical.size(); ++v)
            if (crosses(rules.horizontal[h], rules.vertical[v])) parent[root(parent, h)] = root(parent, nh + v);
    std::vector<Grid> grids;
    std::vector<bool> done(n, false);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t top = root(parent, k);
        if (done[top]) continue;
        done[top] = true;
        std::vector<const Rule*> horizontal;
        std::vector<const Rule*> vertical;
        for (std::size_t j = 0; j < n; ++j) {
            if (root(parent, j) != top) continue;
            if (j < nh) horizontal.push_back(&rules.horizontal[j]);
            else vertical.push_back(&rules.vertical[j - nh]);
        }
        if (horizontal.size() < 2 || vertical.size() < 2) continue;
        if (auto grid = grid_of(horizontal, vertical)) grids.push_back(std::move(*grid));
    }
    return grids;
}

TextLine line_of(std::vector<Glyph> glyphs) {
    TextLine line;
    line.box = glyphs.front().box;
    for (const Glyph& g : glyphs) {
        line.box = {std::min(line.box.x0, g.box.x0), std::min(line.box.y0, g.box.y0), std::max(line.box.x1, g.box.x1),
                    std::max(line.box.y1, g.box.y1)};
        line.size = std::max(line.size, g.size);
    }
    line.glyphs = std::move(glyphs);
    return line;
}

// The text of a cell with rules: its lines, a line ending short of the text
// width (the cell less the padding on its left, taken on its right too) ending a paragraph.
std::string cell_text(std::vector<Glyph>& glyphs, double left, double right) {
    if (glyphs.empty()) return {};
    const auto lines = group_lines(glyphs);
    double text_left = right;
    double text_right = left;
    for (const TextLine& l : lines) {
        text_left = std::min(text_left, l.box.x0);
        text_right = std::max(text_right, l.box.x1);
    }
    const double padding = std::max(text_left - left, 0.0);
    return block_text(lines, std::max(right - padding, text_right));
}

// The pieces of a line between gaps wider than `factor` times its size.
std::vector<TextLine> pieces_of(const TextLine& line, double factor) {
    std::vector<TextLine> out;
    std::vector<Glyph> piece;
    for (const Glyph& g : line.glyphs) {
        if (!piece.empty() && g.box.x0 - piece.back().box.x1 > factor * std::max(line.size, 1.0))
            out.push_back(line_of(std::exchange(piece, {})));
        piece.push_back(g);
    }
    if (!piece.empty()) out.push_back(line_of(std::move(piece)));
    return out;
}

// The column a point falls in, by bounds [xs[0], xs[1]) …, clamped to the outer columns.
std::size_t column_at(const std::vector<double>& xs, double x) noexcept {
    const auto at = std::upper_bound(xs.begin() + 1, xs.end() - 1, x);
    return static_cast<std::size_t>(at - xs.begin() - 1);
}

// True when a piece of the line (gaps under half its size) runs across a column bound.
bool runs_across(const TextLine& line, const std::vector<double>& xs) {
    for (const TextLine& piece : pieces_of(line, 0.5))
        for (std::size_t k = 1; k + 1 < xs.size(); ++k)
            if (piece.box.x0 < xs[k] - 1 && piece.box.x1 > xs[k] + 1) return true;
    return false;
}

// The header a line reads as (its pieces as cells), if the report stage would take it for one.
std::optional<HeaderMap> header_of(const std::vector<TextLine>& pieces) {
    if (pieces.size() < 2) return std::nullopt;
    Row row;
    for (const TextLine& piece : pieces) row.cells.push_back(Cell{glyph_text(piece.glyphs), false});
    return match_header(std::vector<Row>{row}, 0);
}

// Column bounds for a table without rules whose header pieces are given: between
// two header cells, the middle of the widest x range no body glyph covers.
std::vector<double> columns_of(const std::vector<TextLine>& header, const std::vector<TextLine>& body) {
    std::vector<double> xs;
    double left = header.front().box.x0;
    double right = header.back().box.x1;
    for (const TextLine& l : body) {
        left = std::min(left, l.box.x0);
        right = std::max(right, l.box.x1);
    }
    xs.push_back(left - 1);
    constexpr double step = 0.5;
    // Columns part by at least a character of the header's size.
    const double min_gap = std::max(header.front().size, 1.0);
    for (std::size_t k = 1; k < header.size(); ++k) {
        const double from = header[k - 1].box.cx();
        const double to = header[k].box.cx();
        const auto count = static_cast<std::size_t>(std::max((to - from) / step, 1.0));
        std::vector<bool> covered(count, false);
        for (const TextLine& l : body) {
            for (const Glyph& g : l.glyphs) {
                if (g.box.x1 < from || g.box.x0 > to) continue;
                const auto a = static_cast<std::size_t>(std::max((g.box.x0 - from) / step, 0.0));
                const auto b = static_cast<std::size_t>(std::clamp((g.box.x1 - from) / step, 0.0, double(count)));
                for (std::size_t i = a; i < b && i < count; ++i) covered[i] = true;
            }
        }
        // Blank runs wide enough to part columns; text between two of them is a
        // column with no header text (the category column under a blank header).
        std::vector<std::pair<double, double>> blank;
        for (std::size_t i = 0; i < count;) {
            if (covered[i]) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < count && !covered[end]) ++end;
            // A blank run that touches a header cell is measured from its edge.
            const double run_from = std::max(from + double(i) * step, header[k - 1].box.x1);
            const double run_to = std::min(from + double(end) * step, header[k].box.x0);
            if (run_to > run_from) blank.emplace_back(run_from, run_to);
            i = end;
        }
        std::vector<std::pair<double, double>> wide;
        for (const auto& run : blank)
            if (run.second - run.first >= min_gap) wide.push_back(run);
        if (wide.empty()) {
            // No clear corridor: the widest blank, or the middle of the header gap.
            const auto widest = std::max_element(blank.begin(), blank.end(), [](const auto& a, const auto& b) {
                return a.second - a.first < b.second - b.first;
            });
            xs.push_back(widest != blank.end() ? (widest->first + widest->second) / 2
                                               : (header[k - 1].box.x1 + header[k].box.x0) / 2);
            continue;
        }
        for (const auto& run : wide) xs.push_back((run.first + run.second) / 2);
    }
    xs.push_back(right + 1);
    return xs;
}

// Builds the table without rules from its header line (or none, when it
// continues the page before) and the body lines that fit its columns.
PageTable unruled_table(const std::vector<TextLine>& lines, std::size_t first, std::size_t end,
                        const std::vector<double>& xs, std::size_t seq_column, std::size_t content_column) {
    PageTable table;
    table.ruled = false;
    table.xs = xs;
    const std::size_t columns = xs.size() - 1;
    // Where the text of each column ends, for paragraph ends.
    std::vector<double> right(columns, 0);
    std::vector<std::vector<std::vector<Glyph>>> split(end - first, std::vector<std::vector<Glyph>>(columns));
    for (std::size_t k = first; k < end; ++k) {
        for (const Glyph& g : lines[k].glyphs) {
            const std::size_t c = column_at(xs, g.box.cx());
            split[k - first][c].push_back(g);
            right[c] = std::max(right[c], g.box.x1);
        }
    }
    // Rows: the smallest gap between lines is the spacing inside a cell.
    double min_gap = 1e9;
    double size = 0;
    for (std::size_t k = first + 1; k < end; ++k) {
        min_gap = std::min(min_gap, std::max(lines[k].box.y0 - lines[k - 1].box.y1, 0.0));
        size = std::max(size, lines[k].size);
    }
    std::vector<std::pair<std::size_t, std::size_t>> rows;  // [from, to) line indexes relative to first
    for (std::size_t k = first; k < end; ++k) {
        const bool has_seq = seq_column < columns && !split[k - first][seq_column].empty();
        bool starts = rows.empty();
        if (!starts) {
            const double gap = lines[k].box.y0 - lines[k - 1].box.y1;
            const auto& [from, to] = rows.back();
            bool row_has_seq = false;
            for (std::size_t j = from; j < to && seq_column < columns; ++j)
                row_has_seq = row_has_seq || !split[j][seq_column].empty();
            starts = gap > min_gap + 0.4 * std::max(size, 1.0) || (has_seq && row_has_seq);
        }
        if (starts) rows.emplace_back(k - first, k - first + 1);
        else rows.back().second = k - first + 1;
    }
    // A blank cell before the content column (序号, category) continues the
    // cell above, as blank cells of a tab-separated table do: one merged cell.
    std::vector<std::size_t> above(columns, static_cast<std::size_t>(-1));
    for (const auto& [from, to] : rows) {
        const std::size_t row = table.ys.size();
        table.ys.push_back(lines[first + from].box.y0);
        for (std::size_t c = 0; c < columns; ++c) {
            std::vector<TextLine> cell_lines;
            for (std::size_t j = from; j < to; ++j)
                if (!split[j][c].empty()) cell_lines.push_back(line_of(split[j][c]));
            std::string text = block_text(cell_lines, right[c]);
            if (text.empty() && c < content_column && content_column < columns && above[c] < table.cells.size() &&
                row > 0) {
                ++table.cells[above[c]].rowspan;
                continue;
            }
            above[c] = table.cells.size();
            table.cells.push_back(GridCell{row, c, 1, 1, std::move(text)});
        }
    }
    table.ys.push_back(lines[end - 1].box.y1);
    return table;
}

bool in_margin(const TextLine& line, double page_height) noexcept {
    return line.box.y1 < page_height * 0.15 || line.box.y0 > page_height * 0.85;
}

}  // namespace

PageLayout lay_out(const PageText& page, const Rules& rules, const std::vector<double>* continued) {
    PageLayout layout;
    std::vector<Grid> grids = grids_of(rules);
    std::vector<Glyph> loose;
    for (const Glyph& g : page.glyphs) {
        if (utf8::is_space(g.cp)) continue;
        const auto grid = std::find_if(grids.begin(), grids.end(), [&](const Grid& t) { return t.holds(g); });
        if (grid != grids.end()) {
            grid->glyphs[grid->cell_at(g.box.cx(), g.box.cy())].push_back(g);
            continue;
        }
        const auto below = std::find_if(grids.begin(), grids.end(), [&](const Grid& t) { return t.cell_below(g).has_value(); });
        if (below != grids.end()) below->glyphs[*below->cell_below(g)].push_back(g);
        else loose.push_back(g);
    }
    for (Grid& grid : grids) {
        for (std::size_t k = 0; k < grid.table.cells.size(); ++k) {
            GridCell& cell = grid.table.cells[k];
            cell.text = cell_text(grid.glyphs[k], grid.table.xs[cell.column], grid.table.xs[cell.column + cell.colspan]);
        }
        Block block;
        block.top = grid.table.ys.front();
        block.bottom = grid.table.ys.back();
        block.left = grid.table.xs.front();
        block.right = grid.table.xs.back();
        block.table = std::move(grid.table);
        layout.blocks.push_back(std::move(block));
    }

    std::vector<TextLine> lines;
    for (TextLine& line : group_lines(loose)) {
        std::string text = glyph_text(line.glyphs);
        if (in_margin(line, page.height) && is_page_number(utf8::trim(text))) {
            layout.dropped.push_back(std::move(text));
            continue;
        }
        lines.push_back(std::move(line));
    }

    // Tables without rules: from a header line (or from the top, continuing
    // the page before) down to the first line that runs across their columns.
    std::vector<bool> in_table(lines.size(), false);
    // A table continued from the page before starts below the running head, if any.
    std::size_t first_body = 0;
    while (first_body < lines.size() && lines[first_body].box.y1 < page.height * 0.1) ++first_body;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        std::vector<double> xs;
        std::size_t seq_column = static_cast<std::size_t>(-1);
        std::size_t content_column = static_cast<std::size_t>(-1);
        std::size_t first = k;
        const auto pieces = pieces_of(lines[k], 1.0);
        if (const auto header = header_of(pieces)) {
            std::vector<TextLine> body;
            for (std::size_t j = k + 1; j < lines.size(); ++j) {
                // A line of one piece across the header cells (a note under the table) is no body.
                const auto parts = pieces_of(lines[j], 0.5);
                if (parts.size() == 1 && parts[0].box.x0 < pieces[0].box.cx() && parts[0].box.x1 > pieces[1].box.cx())
                    continue;
                body.push_back(lines[j]);
            }
            // The columns of the table this page continues, when the header fits them.
            const bool fits = continued && std::adjacent_find(pieces.begin(), pieces.end(), [&](const TextLine& a, const TextLine& b) {
                return column_at(*continued, b.box.cx()) <= column_at(*continued, a.box.cx());
            }) == pieces.end();
            xs = fits ? *continued : columns_of(pieces, body);
            const auto column_of = [&](Column role) {
                const std::size_t piece = header->find(role);
                return piece < pieces.size() ? column_at(xs, pieces[piece].box.cx()) : static_cast<std::size_t>(-1);
            };
            seq_column = column_of(Column::seq);
            content_column = std::min(column_of(Column::content), column_of(Column::name));
        } else if (k == first_body && continued && !runs_across(lines[k], *continued)) {
            xs = *continued;
        } else {
            continue;
        }
        std::size_t end = k + 1;
        while (end < lines.size() && !runs_across(lines[end], xs)) ++end;
        Block block;
        block.top = lines[first].box.y0;
        block.bottom = lines[end - 1].box.y1;
        block.left = xs.front();
        block.right = xs.back();
        block.table = unruled_table(lines, first, end, xs, seq_column, content_column);
        layout.blocks.push_back(std::move(block));
        for (std::size_t j = first; j < end; ++j) in_table[j] = true;
        k = end - 1;
    }
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (in_table[k]) continue;
        Block block;
        block.top = lines[k].box.y0;
        block.bottom = lines[k].box.y1;
        block.left = lines[k].box.x0;
        block.right = lines[k].box.x1;
        block.size = lines[k].size;
        block.text = glyph_text(lines[k].glyphs);
        layout.blocks.push_back(std::move(block));
    }
    std::stable_sort(layout.blocks.begin(), layout.blocks.end(),
                     [](const Block& a, const Block& b) { return a.top < b.top; });
    return layout;
}

}  // namespace jindu::table::pdf
