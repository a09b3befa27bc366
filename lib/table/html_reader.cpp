// HTML tables through gumbo, an HTML5 parser: every <tr> of every outer <table>
// becomes a row, text outside tables becomes free-text rows in document order.
// A table nested in a cell is not a table of its own: its text goes into the
// enclosing cell, one line per inner cell.
//
// A page whose tables hold no data (none, or a site's layout tables) is read
// again from its paragraphs, as an editor pastes a table: a paragraph cut into
// two cells or more by gaps (runs of &nbsp;, full-width spaces, tabs) is a
// row, a <br> in it a line break in its cell, when two paragraphs or more
// are. Failing that, a page of paragraphs alone that are numbered prose is
// read as prose.
#include "table/chrome.hpp"
#include "table/header.hpp"
#include "table/grid.hpp"
#include "table/html_depth.hpp"
#include "table/readers.hpp"
#include "table/sniff.hpp"
#include "table/text_lines.hpp"
#include "table/text_shapes.hpp"

#include "common/utf8.hpp"

#include <gumbo.h>

#include <algorithm>
#include <utility>
#include <optional>
#include <cstddef>
#include <cstdlib>
#include <string>
#include <vector>

namespace jindu::table {

namespace {

// Owns what gumbo allocates, so a tree of any depth is freed without gumbo's
// recursive destroy. Blocks carry a header linking them in a list.
class GumboArena {
public:
    GumboArena() = default;
    GumboArena(const GumboArena&) = delete;
    GumboArena& operator=(const GumboArena&) = delete;
    ~GumboArena() {
        while (head_ != nullptr) {
            Header* next = head_->next;
            std::free(head_);
            head_ = next;
        }
    }
    static void* allocate(void* self, std::size_t size) {
        auto& arena = *static_cast<GumboArena*>(self);
        void* block = std::malloc(sizeof(Header) + size);
        if (block == nullptr) return nullptr;
        auto* header = static_cast<Header*>(block);
        header->previous = nullptr;
        header->next = arena.head_;
        if (arena.head_ != nullptr) arena.head_->previous = header;
        arena.head_ = header;
        return header + 1;
    }
    static void deallocate(void* self, void* p) {
        if (p == nullptr) return;
        auto& arena = *static_cast<GumboArena*>(self);
        Header* header = static_cast<Header*>(p) - 1;
        if (header->previous != nullptr) header->previous->next = header->next;
        else arena.head_ = header->next;
        if (header->next != nullptr) header->next->previous = header->previous;
        std::free(header);
    }

private:
    // Aligned like malloc's blocks, so what follows it is too.
    struct alignas(alignof(std::max_align_t)) Header {
        Header* previous;
        Header* next;
    };
    Header* head_ = nullptr;
};

struct Line {
    std::string text;
    std::size_t line = 0;  // source line of its first text
};

// Lines of text as a browser lays them out: white space collapsed, block
// elements and <br> ending lines, empty lines dropped. With gaps kept (for
// tables pasted as paragraphs), a gap between columns — white space of width
// two or more (gap_width) —
// becomes a tab, and a <br> a line break inside the line.
class LineBuilder {
    // The width a white space adds to a gap: a no-break or en space (&ensp;)
    // one, a tab, an em space (&emsp;) or U+3000 two, what HTML collapses none.
    static std::size_t gap_width(char32_t cp) noexcept {
        if (cp == 0xA0 || cp == 0x2002) return 1;
        if (cp == 0x3000 || cp == 0x2003 || cp == '\t') return 2;
        return 0;
    }

public:
    LineBuilder() = default;
    explicit LineBuilder(bool keep_gaps) : keep_gaps_(keep_gaps) {}

    bool keeps_gaps() const noexcept { return keep_gaps_; }

    void text(std::string_view s, std::size_t line) {
        for (std::size_t i = 0; i < s.size();) {
            const std::size_t start = i;
            const char32_t cp = utf8::next(s, i);
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0 ||
                (keep_gaps_ && (cp == 0x3000 || cp == 0x2002 || cp == 0x2003))) {
                space_ = !current_.empty();
                if (keep_gaps_) gap_ += gap_width(cp);
                continue;
            }
            if (current_.empty()) line_ = line;
            if (space_ && !current_.ends_with('\n')) current_.push_back(keep_gaps_ && gap_ >= 2 ? '\t' : ' ');
            space_ = false;
            gap_ = 0;
            current_.append(s.substr(start, i - start));
        }
    }
    // The edge between two cells laid out by elements of their own
    // (<span>…</span><span></span>), when gaps are kept: a tab, also after an
    // empty cell.
    void cell_gap(std::size_t line) {
        if (!keep_gaps_) return;
        if (current_.empty()) line_ = line;
        current_.push_back('\t');
        space_ = false;
        gap_ = 0;
    }
    // A <br> inside a line, when gaps are kept.
    void soft_break() {
        if (current_.empty() || current_.ends_with('\n') || current_.ends_with('\t')) return;
        current_.push_back('\n');
        space_ = false;
        gap_ = 0;
    }
    void line_break() {
        const std::string_view trimmed = utf8::trim(current_);
        // With gaps kept, a tab is a cell's edge: an empty first or last cell keeps its place.
        if (!trimmed.empty()) lines_.push_back(Line{keep_gaps_ ? std::string(trim_breaks(current_)) : std::string(trimmed), line_});
        current_.clear();
        space_ = false;
        gap_ = 0;
        after_label_ = false;
    }
    // The end of a <dt>: its term labels the <dd> after it on the same line
    // (建设内容：新建学校5所), as a label line of text is written.
    void label_end() {
        const std::string_view trimmed = utf8::trim(current_);
        if (trimmed.empty()) return;
        if (!trimmed.ends_with("：") && !trimmed.ends_with(":")) current_ += "：";
        space_ = false;
        gap_ = 0;
        after_label_ = true;
    }
    bool after_label() const noexcept { return after_label_; }
    std::vector<Line> take() {
        line_break();
        return std::move(lines_);
    }
    std::string joined() {
        std::string out;
        for (const Line& l : take()) {
            if (!out.empty()) out.push_back('\n');
            out += l.text;
        }
        return out;
    }

private:
    // s without the spaces and line breaks around it; tabs stay.
    static std::string_view trim_breaks(std::string_view s) {
        const auto kept = [](char c) { return c != ' ' && c != '\n' && c != '\r'; };
        while (!s.empty() && !kept(s.front())) s.remove_prefix(1);
        while (!s.empty() && !kept(s.back())) s.remove_suffix(1);
        return s;
    }

    std::vector<Line> lines_;
    std::string current_;
    std::size_t line_ = 0;
    std::size_t gap_ = 0;  // width of the white space since the last text, when gaps are kept
    bool after_label_ = false;  // the line ends with a <dt> term and its colon
    bool space_ = false;
    bool keep_gaps_ = false;
};

// The number of children of an element that are all <span> or <div>
// elements, with no text of its own between them; 0 when it has other content.
std::size_t element_children(const GumboNode* node) noexcept {
    const GumboVector& children = node->v.element.children;
    std::size_t elements = 0;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_COMMENT) continue;
        if (child->type != GUMBO_NODE_ELEMENT) return 0;
        const GumboTag tag = child->v.element.tag;
        if (tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_DIV) return 0;
        ++elements;
    }
    return elements;
}

// True for an element laid out as a row of cells without a table: three
// children or more, each a <span> or <div>, and no text of its own
// (<div class="row"><span>1</span><span>新建学校</span>…</div>). An element
// whose children are such rows is the table around them, not a row.
bool holds_cells(const GumboNode* node) noexcept {
    if (element_children(node) < 3) return false;
    const GumboVector& children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && element_children(child) >= 3) return false;
    }
    return true;
}

// The <tr> elements of a table's own row groups (not of tables inside it).
std::size_t own_rows(const GumboNode* table) noexcept {
    std::size_t rows = 0;
    const GumboVector& groups = table->v.element.children;
    for (unsigned int i = 0; i < groups.length; ++i) {
        const auto* group = static_cast<const GumboNode*>(groups.data[i]);
        if (group->type != GUMBO_NODE_ELEMENT) continue;
        const GumboVector& trs = group->v.element.children;
        for (unsigned int j = 0; j < trs.length; ++j)
            if (const auto* tr = static_cast<const GumboNode*>(trs.data[j]);
                tr->type == GUMBO_NODE_ELEMENT && tr->v.element.tag == GUMBO_TAG_TR)
                ++rows;
    }
    return rows;
}

// True for a site's layout table around the content (a banner, the article,
// a footer), one of whose cells holds a table of more rows than it. Its cells
// are then read as the page around their tables, and those tables as tables
// of their own; a smaller table inside a data cell stays text of that cell.
bool is_layout_table(const GumboNode* table) {
    const std::size_t rows = own_rows(table);
    std::vector<const GumboNode*> pending{table};
    for (std::size_t seen = 0; !pending.empty() && seen < 100000; ++seen) {
        const GumboNode* node = pending.back();
        pending.pop_back();
        const GumboVector& children = node->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto* child = static_cast<const GumboNode*>(children.data[i]);
            if (child->type != GUMBO_NODE_ELEMENT) continue;
            if (child->v.element.tag == GUMBO_TAG_TABLE && own_rows(child) > rows) return true;
            pending.push_back(child);
        }
    }
    return false;
}

bool is_block(GumboTag tag) noexcept {
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HEAD: case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

// Elements whose content is never shown as text.
bool is_hidden(GumboTag tag) noexcept {
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE ||
           tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_NOFRAMES || tag == GUMBO_TAG_NOEMBED ||
           tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_SELECT;
}

bool is_element(const GumboNode* node, GumboTag tag) noexcept {
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// A span attribute read by the HTML rules for non-negative integers: leading
// white space, digits, anything after ignored. Returns `fallback` when there
// are no digits; saturates instead of overflowing.
std::size_t span_attribute(const GumboNode* cell, const char* name, std::size_t fallback) {
    const GumboAttribute* attribute = gumbo_get_attribute(&cell->v.element.attributes, name);
    if (attribute == nullptr) return fallback;
    std::string_view v(attribute->value);
    std::size_t i = 0;
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\r' || v[i] == '\f')) ++i;
    if (i < v.size() && v[i] == '+') ++i;
    if (i >= v.size() || v[i] < '0' || v[i] > '9') return fallback;
    std::size_t n = 0;
    for (; i < v.size() && v[i] >= '0' && v[i] <= '9'; ++i) {
        n = n * 10 + static_cast<std::size_t>(v[i] - '0');
        if (n > 1'000'000'000) n = 1'000'000'000;
    }
    return n;
}

// The text of a pasted cell: each of its lines trimmed.
std::string pasted_cell(std::string_view text) {
    std::string out;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view part = utf8::trim(text.substr(start, end - start));
        if (!part.empty()) {
            if (!out.empty()) out += '\n';
            out += part;
        }
        start = end + 1;
    }
    return out;
}

class HtmlReader {
public:
    // With `pasted`, text outside tables is read as a table pasted as
    // paragraphs: a paragraph cut by gaps into two cells or more is a row.
    HtmlReader(const Options& options, Table& table, bool pasted = false)
        : options_(options), table_(table), budget_(options), pasted_(pasted) {}

    void read(const GumboNode* document) {
        LineBuilder free_text(pasted_);
        walk(document, free_text, true);
        emit_free_text(free_text);
    }

    // The rows of three cells or more read from paragraphs cut by gaps.
    std::size_t pasted_rows() const noexcept { return pasted_rows_; }

private:
    // Walks the subtree of `root` without recursion, appending its text to `out`.
    // With `tables`, each <table> is read as a table (after the text before it is
    // emitted as free text); without, a table is text like any other block.
    void walk(const GumboNode* root, LineBuilder& out, bool tables) {
        struct Frame {
            const GumboNode* node;
            unsigned int next_child;
            bool cells = false;       // its element children are the cells of a row
            bool first_cell = true;   // none of them seen yet
            bool in_cell = false;     // it is such a cell, or inside one: its blocks break lines inside the cell
        };
        // html and body come on top of the depth the scan before parsing allows.
        const std::size_t max_depth = options_.limits.max_nesting_depth + 3;
        std::vector<Frame> stack{{root, 0}};
        while (!stack.empty()) {
            Frame& frame = stack.back();
            const GumboNode* node = frame.node;
            const GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                                                            : &node->v.element.children;
            if (frame.next_child >= children->length) {
                if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_DT)
                    out.label_end();
                else if (node->type == GUMBO_NODE_ELEMENT && is_block(node->v.element.tag) &&
                         !(node->v.element.tag == GUMBO_TAG_BR && out.keeps_gaps()))
                    frame.in_cell ? out.soft_break() : out.line_break();
                stack.pop_back();
                continue;
            }
            const auto* child = static_cast<const GumboNode*>(children->data[frame.next_child++]);
            switch (child->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_CDATA:
            case GUMBO_NODE_WHITESPACE:
                out.text(child->v.text.text, child->v.text.start_pos.line);
                break;
            case GUMBO_NODE_ELEMENT: {
                const GumboTag tag = child->v.element.tag;
                if (is_hidden(tag)) break;
                if (frame.cells && !std::exchange(frame.first_cell, false))
                    out.cell_gap(child->v.element.start_pos.line);
                // A <div> cell of a row of cells, and the blocks inside it, stay on the row's line.
                const bool in_cell = frame.cells || frame.in_cell;
                if (tag == GUMBO_TAG_BR && out.keeps_gaps()) out.soft_break();
                else if (tag == GUMBO_TAG_DD && out.after_label()) {
                    // the definition goes on the line of its term
                } else if (is_block(tag)) in_cell ? out.soft_break() : out.line_break();
                if (tables && tag == GUMBO_TAG_TABLE && !is_layout_table(child)) {
                    emit_free_text(out);
                    read_table(child);
                    break;
                }
                if (stack.size() >= max_depth) {
                    too_deep(child);
                    break;
                }
                stack.push_back({child, 0, out.keeps_gaps() && holds_cells(child), true, in_cell && out.keeps_gaps()});
                break;
            }
            default:  // comments, templates, the document type
                break;
            }
        }
    }

    void too_deep(const GumboNode* node) {
        if (depth_reported_) return;
        depth_reported_ = true;
        const GumboSourcePosition& at = node->v.element.start_pos;
        table_.diagnostics.push_back(make_diagnostic(
            ErrorCode::limit_exceeded, Severity::warning,
            "elements nested deeper than " + std::to_string(options_.limits.max_nesting_depth) +
                " levels; their content is skipped",
            options_.source_name, {at.offset, at.line, at.column}));
    }

    void emit_free_text(LineBuilder& text) {
        for (Line& line : text.take()) {
            if (line.text.find('\t') != std::string::npos) {
                emit_pasted_row(line);
                continue;
            }
            // A line per <br> (kept in the line when gaps are).
            for (std::size_t start = 0; start <= line.text.size();) {
                std::size_t end = line.text.find('\n', start);
                if (end == std::string::npos) end = line.text.size();
                const std::string_view part = utf8::trim(std::string_view(line.text).substr(start, end - start));
                start = end + 1;
                if (part.empty()) continue;
                budget_.spend_row(line.line);
                budget_.spend_cells(1, part.size(), line.line);
                Row row{{Cell{std::string(part), false}}, line.line, true};
                row.chrome = is_page_chrome(part);
                table_.rows.push_back(std::move(row));
            }
        }
    }

    // A paragraph cut by gaps: a row, a cell per piece, each <br> a line break in its cell.
    void emit_pasted_row(const Line& line) {
        Row row;
        row.line = line.line;
        budget_.spend_row(line.line);
        for (std::size_t start = 0; start <= line.text.size();) {
            std::size_t tab = line.text.find('\t', start);
            if (tab == std::string::npos) tab = line.text.size();
            std::string cell = pasted_cell(std::string_view(line.text).substr(start, tab - start));
            budget_.spend_cells(1, cell.size(), line.line);
            row.cells.push_back(Cell{std::move(cell), false});
            start = tab + 1;
        }
        // A table's row has three cells or more (序号, what, who or how far); a
        // heading beside its number (第1项　义务教育学校扩容) is no row of one.
        // A publishing line cut by its gaps (来源：…　编辑：…　审核：…) is still chrome.
        mark_chrome(row);
        if (row.cells.size() >= 3 && !row.chrome) ++pasted_rows_;
        table_.rows.push_back(std::move(row));
    }

    // Reads one outer table: its caption as free text, then the rows of its
    // sections (gumbo puts every <tr> in a thead, tbody or tfoot).
    void read_table(const GumboNode* table) {
        GridBuilder grid(budget_);
        const GumboVector& children = table->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto* child = static_cast<const GumboNode*>(children.data[i]);
            if (is_element(child, GUMBO_TAG_CAPTION)) {
                LineBuilder caption;
                walk(child, caption, false);
                emit_free_text(caption);
            } else if (is_element(child, GUMBO_TAG_TBODY) || is_element(child, GUMBO_TAG_THEAD) ||
                       is_element(child, GUMBO_TAG_TFOOT)) {
                read_section(child, grid);
            }
        }
        for (Row& row : grid.finish()) table_.rows.push_back(std::move(row));
    }

    // Reads the rows of one row group; rowspans end with the group, as in HTML.
    void read_section(const GumboNode* section, GridBuilder& grid) {
        std::vector<const GumboNode*> rows;
        const GumboVector& children = section->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto* child = static_cast<const GumboNode*>(children.data[i]);
            if (is_element(child, GUMBO_TAG_TR)) rows.push_back(child);
        }
        const std::size_t max_colspan = std::min<std::size_t>(1000, options_.limits.max_span);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const GumboElement& tr = rows[r]->v.element;
            grid.begin_row(tr.start_pos.line);
            const std::size_t rows_left = rows.size() - r;
            for (unsigned int i = 0; i < tr.children.length; ++i) {
                const auto* cell = static_cast<const GumboNode*>(tr.children.data[i]);
                if (!is_element(cell, GUMBO_TAG_TD) && !is_element(cell, GUMBO_TAG_TH)) continue;
                std::size_t colspan = span_attribute(cell, "colspan", 1);
                std::size_t rowspan = span_attribute(cell, "rowspan", 1);
                if (colspan == 0) colspan = 1;
                if (colspan > max_colspan) {
                    clamped(cell, "colspan", max_colspan);
                    colspan = max_colspan;
                }
                if (rowspan > options_.limits.max_span) {
                    clamped(cell, "rowspan", options_.limits.max_span);
                    rowspan = options_.limits.max_span;
                }
                // rowspan="0" reaches the end of the row group, and no span goes past it.
                if (rowspan == 0 || rowspan > rows_left) rowspan = rows_left;
                LineBuilder text;
                walk(cell, text, false);
                grid.add_cell(text.joined(), colspan, rowspan);
            }
            grid.end_row();
        }
    }

    void clamped(const GumboNode* cell, const char* what, std::size_t limit) {
        const GumboSourcePosition& at = cell->v.element.start_pos;
        const GumboAttribute* attribute = gumbo_get_attribute(&cell->v.element.attributes, what);
        table_.diagnostics.push_back(make_diagnostic(
            ErrorCode::limit_exceeded, Severity::warning,
            std::string(what) + "=\"" + fragment_of(attribute->value, 40) + "\" reduced to " + std::to_string(limit),
            options_.source_name, {at.offset, at.line, at.column},
            {cell->v.element.original_tag.data, cell->v.element.original_tag.length}));
    }

    const Options& options_;
    Table& table_;
    Budget budget_;
    bool pasted_ = false;
    std::size_t pasted_rows_ = 0;
    bool depth_reported_ = false;
};

// Line and column (1-based) of a byte offset.
Location locate(std::string_view text, std::size_t offset) {
    Location where{offset, 1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++where.line;
            where.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++where.column;
        }
    }
    return where;
}


// True when some two rows of a table hold three cells with text or more: a
// site's layout tables (a footer, a menu) hold one or two.
bool holds_data_table(const Table& table) {
    std::size_t rows = 0;
    for (const Row& row : table.rows) {
        if (row.free_text) continue;
        const auto cells = std::count_if(row.cells.begin(), row.cells.end(),
                                         [](const Cell& c) { return !c.spanned && !utf8::trim(c.text).empty(); });
        if (cells >= 3 && ++rows >= 2) return true;
    }
    return false;
}

// True when a row of the table is a header the report stage reads: rows cut
// at gaps make a table only under one.
bool has_header_row(const Table& table) {
    for (std::size_t at = 0; at < table.rows.size(); ++at)
        if (!table.rows[at].free_text && match_header(table.rows, at)) return true;
    return false;
}

// The free-text lines of a page as one text, with the source line of each of
// its lines; nullopt when the page holds rows of cells.
struct PageText {
    std::string text;
    std::vector<std::size_t> source_lines;
};

std::optional<PageText> page_text(const Table& page) {
    PageText out;
    for (const Row& row : page.rows) {
        if (!row.free_text) return std::nullopt;
        out.text += row.cells.front().text;
        out.text += '\n';
        out.source_lines.push_back(row.line);
    }
    return out;
}

// A table read from a page's text, its lines and diagnostics pointed back at the page's.
Table from_page_text(Table read, const PageText& page) {
    read.format = InputFormat::html;
    const auto& lines = page.source_lines;
    for (Row& row : read.rows)
        if (row.line >= 1 && row.line <= lines.size()) row.line = lines[row.line - 1];
    for (Diagnostic& d : read.diagnostics)
        if (d.where.line >= 1 && d.where.line <= lines.size()) d.where.line = lines[d.where.line - 1];
    return read;
}

// A page without tables read as numbered prose, its lines (one per block or
// <br>) in the text the prose reader reads; nullopt when they are no prose.
std::optional<Table> read_as_prose(const PageText& text, const Options& options) {
    if (sniff_text(text.text) != InputFormat::prose) return std::nullopt;
    return from_page_text(read_prose(text.text, options), text);
}

// A page without tables read as text: its lines (one per block, a <dt> term
// with its <dd>) in the text the text reader reads, which finds labelled
// blocks per project, one cell per line and aligned columns; nullopt when
// that gives no rows of cells, or, with blocks_only, when the text holds no
// labelled blocks.
std::optional<Table> read_as_text(const PageText& text, const Options& options, bool blocks_only) {
    if (blocks_only && !find_labelled_blocks(split_lines(text.text, options), options)) return std::nullopt;
    Table read = read_text(text.text, options);
    if (std::none_of(read.rows.begin(), read.rows.end(), [](const Row& r) { return !r.free_text; }))
        return std::nullopt;
    return from_page_text(std::move(read), text);
}

}  // namespace

Table read_html(std::string_view utf8, const Options& options) {
    if (utf8.size() > options.limits.max_input_bytes)
        fail(ErrorCode::limit_exceeded,
             "input larger than " + std::to_string(options.limits.max_input_bytes) + " bytes", options);
    // The parser's work grows with the depth on every tag: refuse deep nesting first.
    const DepthEstimate depth = estimate_html_depth(utf8, options.limits.max_nesting_depth);
    if (depth.depth > options.limits.max_nesting_depth) {
        fail(ErrorCode::limit_exceeded,
             "HTML elements nested deeper than " + std::to_string(options.limits.max_nesting_depth) + " levels",
             options, locate(utf8, depth.offset), fragment_of(utf8.substr(depth.offset), 40));
    }
    GumboArena arena;
    GumboOptions parse_options = kGumboDefaultOptions;
    parse_options.allocator = &GumboArena::allocate;
    parse_options.deallocator = &GumboArena::deallocate;
    parse_options.userdata = &arena;
    parse_options.max_errors = 0;  // recording errors costs time on every tag
    const GumboOutput* output = gumbo_parse_with_options(&parse_options, utf8.data(), utf8.size());
    if (output == nullptr || output->document == nullptr)
        fail(ErrorCode::malformed_markup, "the HTML parser gave no document", options);

    Table table;
    table.format = InputFormat::html;
    table.encoding = "UTF-8";
    HtmlReader(options, table).read(output->document);
    if (holds_data_table(table)) return table;
    // No table holds data: the rows may be pasted as paragraphs, or be prose.
    Table pasted;
    pasted.format = InputFormat::html;
    pasted.encoding = "UTF-8";
    HtmlReader reader(options, pasted, true);
    reader.read(output->document);
    if (reader.pasted_rows() >= 2 && has_header_row(pasted)) return pasted;
    // Labelled blocks per project (<dl> lists, 责任单位：… paragraphs) before
    // prose: their headings (第1项, 一、) would read as a bulletin's numbering.
    const auto text = page_text(table);  // the page's lines as text, made once for the readers below
    if (!text) return table;
    if (auto blocks = read_as_text(*text, options, true)) {
        blocks->encoding = "UTF-8";
        return std::move(*blocks);
    }
    if (auto prose = read_as_prose(*text, options)) {
        prose->encoding = "UTF-8";
        return std::move(*prose);
    }
    if (auto read = read_as_text(*text, options, false)) {
        read->encoding = "UTF-8";
        return std::move(*read);
    }
    return table;
}

}  // namespace jindu::table
