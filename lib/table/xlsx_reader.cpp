// XLSX: the visible worksheets of a workbook that hold a table (two rows of
// three values or more: an instructions sheet before the table holds one
// column), or the first visible one when none does. Rows come out as each
// sheet has them (Row::line is the sheet's row number; rows without any value
// are left out), every row of a sheet as wide as its widest, so a cell keeps
// its column. Strings are shared or inline, numbers are printed as their
// number format shows them (0.853 as 85.3% under 0.0%, dates as dates, 85
// and 0.75 under General), booleans as TRUE/FALSE; merged ranges are expanded
// into spanned copies of their top-left cell.
#include "table/chrome.hpp"
#include "table/grid.hpp"
#include "table/number_format.hpp"
#include "table/ooxml.hpp"
#include "table/readers.hpp"
#include "table/zip_archive.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <string>
#include <vector>

namespace jindu::table {

namespace {

using ooxml::attribute;
using ooxml::child;
using ooxml::local_name;

constexpr std::size_t max_sheet_rows = 1'048'576;
constexpr std::size_t max_sheet_columns = 16'384;

struct CellRef {
    std::size_t row = 0;     // 1-based; 0 when the reference had no row
    std::size_t column = 0;  // 1-based
};

// Reads "AA12" (column letters, then a row number); false when malformed.
bool parse_ref(std::string_view ref, CellRef& out) noexcept {
    std::size_t i = 0;
    std::size_t column = 0;
    while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
        const char c = ref[i] >= 'a' ? static_cast<char>(ref[i] - 'a' + 'A') : ref[i];
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
        if (column > max_sheet_columns) return false;
        ++i;
    }
    std::size_t row = 0;
    if (i < ref.size()) {
        const auto [end, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
        if (ec != std::errc{} || end != ref.data() + ref.size() || row == 0 || row > max_sheet_rows) return false;
    }
    if (column == 0) return false;
    out = CellRef{row, column};
    return true;
}

// The text of a string item (<si> or <is>): its <t>, or its runs' <t>s
// concatenated; phonetic runs (<rPh>) are left out.
std::string string_item(const pugi::xml_node& item, const Options& options, std::string_view part) {
    std::string out;
    ooxml::walk(
        item, options, part,
        [&](const pugi::xml_node& node) {
            const std::string_view name = local_name(node);
            if (name == "rPh" || name == "rPr" || name == "phoneticPr") return false;
            if (name == "t") {
                out += node.text().get();
                return false;
            }
            return true;
        },
        [](const pugi::xml_node&) {});
    return ooxml::decode_escapes(out);
}

class XlsxReader {
public:
    XlsxReader(const ZipArchive& archive, const Options& options, Table& table)
        : archive_(archive), options_(options), table_(table), budget_(options) {}

    void read() {
        std::string workbook = ooxml::part_of_type(ooxml::relationships(archive_, "", options_), "officeDocument");
        if (workbook.empty() || !archive_.contains(workbook)) workbook = "xl/workbook.xml";
        pugi::xml_document document;
        if (!ooxml::load_part(archive_, workbook, document, options_))
            fail(ErrorCode::bad_archive, "the zip archive has no " + workbook + ": not an XLSX workbook", options_);
        const pugi::xml_node root = child(document, "workbook");
        const std::string_view date1904(attribute(child(root, "workbookPr"), "date1904").value());
        date1904_ = date1904 == "1" || date1904 == "true";
        const auto rels = ooxml::relationships(archive_, workbook, options_);
        read_shared_strings(rels);
        read_styles(rels);
        read_sheets(root, rels, workbook);
    }

private:
    // Reads the visible sheets that hold a table, or the first visible one
    // when none does; a note for each sheet left out.
    void read_sheets(const pugi::xml_node& workbook, const std::vector<ooxml::Relationship>& rels,
                     const std::string& part) {
        std::vector<pugi::xml_node> sheets;
        for (pugi::xml_node s = child(child(workbook, "sheets"), "sheet"); s; s = s.next_sibling())
            if (s.type() == pugi::node_element && local_name(s) == "sheet") sheets.push_back(s);
        if (sheets.empty()) fail(ErrorCode::malformed_markup, part + ": the workbook lists no sheets", options_);
        std::vector<pugi::xml_node> visible;
        for (const pugi::xml_node& s : sheets) {
            const std::string_view state(attribute(s, "state").value());
            if (state != "hidden" && state != "veryHidden") visible.push_back(s);
        }
        if (visible.empty()) visible.push_back(sheets.front());
        std::vector<std::vector<Row>> read;
        std::vector<bool> tables;
        std::vector<bool> missing;
        for (const pugi::xml_node& s : visible) {
            // Only the first visible sheet must be there: another one without its part is noted.
            const std::string sheet = s == visible.front() ? sheet_part(s, rels, part) : sheet_part_if_any(s, rels);
            missing.push_back(sheet.empty() || (s != visible.front() && !archive_.contains(sheet)));
            read.push_back(missing.back() ? std::vector<Row>() : read_sheet(sheet));
            tables.push_back(holds_table(read.back()));
        }
        const bool any_table = std::find(tables.begin(), tables.end(), true) != tables.end();
        for (std::size_t k = 0; k < visible.size(); ++k)
            if (any_table ? tables[k] : k == 0)
                for (Row& row : read[k]) table_.rows.push_back(std::move(row));
        // A note for each sheet left out, in the workbook's order.
        for (const pugi::xml_node& s : sheets) {
            const auto at = static_cast<std::size_t>(std::find(visible.begin(), visible.end(), s) - visible.begin());
            if (at == visible.size()) note_left_out(s, "it is hidden");
            else if (missing[at]) note_left_out(s, "the workbook has no part for it");
            else if (any_table && !tables[at]) note_left_out(s, "it holds no table");
            else if (!any_table && at != 0) note_left_out(s, "no sheet holds a table, and only the first visible one is read");
        }
    }

    void note_left_out(const pugi::xml_node& sheet, const std::string& why) {
        table_.diagnostics.push_back(make_diagnostic(
            ErrorCode::skipped_row, Severity::note,
            "sheet \"" + std::string(attribute(sheet, "name").value()) + "\" not read: " + why, options_.source_name));
    }

    // True when two rows hold three values or more of their own.
    static bool holds_table(const std::vector<Row>& rows) {
        std::size_t wide = 0;
        for (const Row& row : rows) {
            const auto values = std::count_if(row.cells.begin(), row.cells.end(),
                                              [](const Cell& c) { return !c.spanned && !c.text.empty(); });
            if (values >= 3 && ++wide >= 2) return true;
        }
        return false;
    }

    // The part of a sheet; throws when it has none.
    std::string sheet_part(const pugi::xml_node& sheet, const std::vector<ooxml::Relationship>& rels,
                           const std::string& part) {
        std::string found = sheet_part_if_any(sheet, rels);
        if (!found.empty()) return found;
        fail(ErrorCode::malformed_markup,
             part + ": sheet \"" + std::string(attribute(sheet, "name").value()) + "\" has no part", options_);
    }

    // The part of a sheet, or "" when it has none.
    std::string sheet_part_if_any(const pugi::xml_node& sheet, const std::vector<ooxml::Relationship>& rels) {
        // The relationship id is the r:id attribute (not sheetId).
        std::string id;
        for (pugi::xml_attribute a = sheet.first_attribute(); a; a = a.next_attribute())
            if (local_name(a) == "id" && std::string_view(a.name()).find(':') != std::string_view::npos) id = a.value();
        for (const auto& r : rels)
            if (r.id == id) return r.part;
        // Without relationships, the part Excel would have written.
        const std::string guess = "xl/worksheets/sheet" + std::string(attribute(sheet, "sheetId").value()) + ".xml";
        if (rels.empty() && archive_.contains(guess)) return guess;
        return {};
    }

    // The number format of each cell style (cellXfs), by its code.
    void read_styles(const std::vector<ooxml::Relationship>& rels) {
        std::string part = ooxml::part_of_type(rels, "styles");
        if (part.empty()) part = "xl/styles.xml";
        pugi::xml_document document;
        if (!ooxml::load_part(archive_, part, document, options_)) return;
        const pugi::xml_node sheet = child(document, "styleSheet");
        std::map<std::size_t, std::string> custom;
        for (pugi::xml_node f = child(child(sheet, "numFmts"), "numFmt"); f; f = f.next_sibling()) {
            if (f.type() != pugi::node_element || local_name(f) != "numFmt") continue;
            std::size_t id = 0;
            const std::string_view text(attribute(f, "numFmtId").value());
            if (std::from_chars(text.data(), text.data() + text.size(), id).ec == std::errc{})
                custom[id] = ooxml::decode_escapes(attribute(f, "formatCode").value());
        }
        for (pugi::xml_node xf = child(child(sheet, "cellXfs"), "xf"); xf; xf = xf.next_sibling()) {
            if (xf.type() != pugi::node_element || local_name(xf) != "xf") continue;
            std::size_t id = 0;
            const std::string_view text(attribute(xf, "numFmtId").value());
            std::from_chars(text.data(), text.data() + text.size(), id);
            const auto found = custom.find(id);
            formats_.push_back(found != custom.end() ? found->second : std::string(builtin_number_format(id)));
        }
    }

    void read_shared_strings(const std::vector<ooxml::Relationship>& rels) {
        std::string part = ooxml::part_of_type(rels, "sharedStrings");
        if (part.empty()) part = "xl/sharedStrings.xml";
        pugi::xml_document document;
        if (!ooxml::load_part(archive_, part, document, options_)) return;
        for (pugi::xml_node si = child(child(document, "sst"), "si"); si; si = si.next_sibling()) {
            if (si.type() != pugi::node_element || local_name(si) != "si") continue;
            shared_.push_back(string_item(si, options_, part));
            budget_.spend_cells(0, shared_.back().size(), 0);
        }
    }

    void doubt(const std::string& message, std::string_view fragment) {
        table_.diagnostics.push_back(
            make_diagnostic(ErrorCode::doubtful_value, Severity::warning, message, options_.source_name, {},
                            fragment_of(fragment, 40)));
    }

    // The text a cell shows, by its type (t attribute).
    std::string cell_text(const pugi::xml_node& c, const std::string& ref) {
        const std::string_view type(attribute(c, "t").value());
        const pugi::xml_node v = child(c, "v");
        const std::string_view value(v.text().get());
        if (type == "inlineStr") return string_item(child(c, "is"), options_, part_);
        if (!v) return "";
        if (type == "s") {
            std::size_t index = 0;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
            if (ec != std::errc{} || end != value.data() + value.size() || index >= shared_.size()) {
                doubt("cell " + ref + " refers to shared string " + std::string(value) + ", which does not exist",
                      value);
                return "";
            }
            return shared_[index];
        }
        if (type == "b") return value == "1" ? "TRUE" : value == "0" ? "FALSE" : std::string(value);
        if (type == "str" || type == "e" || type == "d") return ooxml::decode_escapes(value);
        double number = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (ec == std::errc{} && end == value.data() + value.size()) {
            std::size_t style = 0;
            const std::string_view s(attribute(c, "s").value());
            std::from_chars(s.data(), s.data() + s.size(), style);
            return format_number(number, style < formats_.size() ? std::string_view(formats_[style]) : "General",
                                 date1904_);
        }
        doubt("cell " + ref + " holds \"" + fragment_of(value, 40) + "\", which is not a number", value);
        return std::string(value);
    }

    // The rows of one sheet.
    std::vector<Row> read_sheet(const std::string& part) {
        part_ = part;
        std::vector<Row> rows;
        pugi::xml_document document;
        if (!ooxml::load_part(archive_, part, document, options_))
            fail(ErrorCode::bad_archive, "the zip archive has no " + part + ", the first sheet", options_);
        const pugi::xml_node worksheet = child(document, "worksheet");

        // Values by row, then column.
        std::map<std::size_t, std::vector<std::pair<std::size_t, std::string>>> values;
        std::size_t width = 0;
        std::size_t row_number = 0;
        for (pugi::xml_node row = child(child(worksheet, "sheetData"), "row"); row; row = row.next_sibling()) {
            if (row.type() != pugi::node_element || local_name(row) != "row") continue;
            const std::string_view r(attribute(row, "r").value());
            std::size_t number = 0;
            const auto [end, ec] = std::from_chars(r.data(), r.data() + r.size(), number);
            if (ec == std::errc{} && end == r.data() + r.size() && number > 0) row_number = number;
            else ++row_number;
            if (row_number > max_sheet_rows) break;
            std::size_t column = 0;
            for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling()) {
                if (c.type() != pugi::node_element || local_name(c) != "c") continue;
                const std::string ref(attribute(c, "r").value());
                CellRef at;
                if (!ref.empty()) {
                    if (!parse_ref(ref, at) || (at.row != 0 && at.row != row_number)) {
                        doubt("cell reference \"" + fragment_of(ref, 40) + "\" is not in row " + std::to_string(row_number) +
                                  "; the cell is left out",
                              ref);
                        continue;
                    }
                    column = at.column;
                } else {
                    ++column;
                }
                if (column > max_sheet_columns) continue;
                std::string text = cell_text(c, ref.empty() ? std::to_string(row_number) : ref);
                if (text.empty()) continue;
                budget_.spend_cells(1, text.size(), row_number);
                width = std::max(width, column);
                values[row_number].emplace_back(column, std::move(text));
            }
        }
        if (values.empty()) return rows;
        const std::size_t last_row = values.rbegin()->first;

        // The dense grid, row by row.
        std::map<std::size_t, std::vector<Cell>> grid;
        auto row_cells = [&](std::size_t r) -> std::vector<Cell>& {
            auto [it, added] = grid.try_emplace(r);
            if (added) {
                budget_.spend_row(r);
                budget_.spend_cells(width, 0, r);
                it->second.resize(width);
            }
            return it->second;
        };
        for (auto& [r, cells] : values) {
            std::vector<Cell>& out = row_cells(r);
            for (auto& [column, text] : cells) out[column - 1].text = std::move(text);
        }
        // Merged ranges, clipped to the cells that have values.
        for (pugi::xml_node m = child(child(worksheet, "mergeCells"), "mergeCell"); m; m = m.next_sibling()) {
            if (m.type() != pugi::node_element || local_name(m) != "mergeCell") continue;
            const std::string_view ref(attribute(m, "ref").value());
            const std::size_t colon = ref.find(':');
            CellRef from;
            CellRef to;
            if (colon == std::string_view::npos || !parse_ref(ref.substr(0, colon), from) ||
                !parse_ref(ref.substr(colon + 1), to) || from.row == 0 || to.row == 0) {
                doubt("merged range \"" + fragment_of(ref, 40) + "\" is not a range of cells", ref);
                continue;
            }
            if (from.row > to.row) std::swap(from.row, to.row);
            if (from.column > to.column) std::swap(from.column, to.column);
            const auto top = grid.find(from.row);
            if (top == grid.end() || from.column > width || top->second[from.column - 1].text.empty()) continue;
            const std::string text = top->second[from.column - 1].text;
            for (std::size_t r = from.row; r <= std::min(to.row, last_row); ++r) {
                std::vector<Cell>& cells = row_cells(r);
                for (std::size_t c = from.column; c <= std::min(to.column, width); ++c) {
                    if (r == from.row && c == from.column) continue;
                    budget_.spend_cells(0, text.size(), r);
                    cells[c - 1] = Cell{text, true};
                }
            }
        }
        for (auto& [r, cells] : grid) {
            rows.push_back(Row{std::move(cells), r, false});
            mark_chrome(rows.back());
        }
        return rows;
    }

    const ZipArchive& archive_;
    const Options& options_;
    Table& table_;
    Budget budget_;
    std::vector<std::string> shared_;
    std::vector<std::string> formats_;  // the number format code of each cell style
    bool date1904_ = false;
    std::string part_;
};

}  // namespace

Table read_xlsx(std::string_view bytes, const Options& options) {
    const ZipArchive archive(bytes, options);
    Table table;
    table.format = InputFormat::xlsx;
    XlsxReader(archive, options, table).read();
    return table;
}

}  // namespace jindu::table
