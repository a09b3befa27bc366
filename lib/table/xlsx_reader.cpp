// XLSX: the first visible worksheet of a workbook. Rows come out as the sheet
// has them (Row::line is the sheet's row number; rows without any value are
// left out), every row as wide as the widest, so a cell keeps its column.
// Strings are shared or inline, numbers are printed as a General cell shows
// them (85, 0.75), booleans as TRUE/FALSE; merged ranges are expanded into
// spanned copies of their top-left cell.
#include "table/grid.hpp"
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

// A number as Excel's General format shows it: at most 15 significant digits,
// no trailing zeros (0.30000000000000004 → 0.3, 85.0 → 85).
bool format_number(std::string_view text, std::string& out) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return false;
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 15);
    out.assign(buffer, result.ptr);
    if (out == "-0") out = "0";
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
        const auto rels = ooxml::relationships(archive_, workbook, options_);
        read_shared_strings(rels);
        read_sheet(pick_sheet(child(document, "workbook"), rels, workbook));
    }

private:
    // The part of the first visible sheet; a note for each sheet left out.
    std::string pick_sheet(const pugi::xml_node& workbook, const std::vector<ooxml::Relationship>& rels,
                           const std::string& part) {
        std::vector<pugi::xml_node> sheets;
        for (pugi::xml_node s = child(child(workbook, "sheets"), "sheet"); s; s = s.next_sibling())
            if (s.type() == pugi::node_element && local_name(s) == "sheet") sheets.push_back(s);
        if (sheets.empty()) fail(ErrorCode::malformed_markup, part + ": the workbook lists no sheets", options_);
        pugi::xml_node chosen = sheets.front();
        for (const pugi::xml_node& s : sheets) {
            const std::string_view state(attribute(s, "state").value());
            if (state != "hidden" && state != "veryHidden") {
                chosen = s;
                break;
            }
        }
        for (const pugi::xml_node& s : sheets) {
            if (s == chosen) continue;
            table_.diagnostics.push_back(Diagnostic{
                ErrorCode::skipped_row, Severity::note,
                "sheet \"" + std::string(attribute(s, "name").value()) +
                    "\" not read: only the first visible sheet is",
                options_.source_name, {}, ""});
        }
        // The relationship id is the r:id attribute (not sheetId).
        std::string id;
        for (pugi::xml_attribute a = chosen.first_attribute(); a; a = a.next_attribute())
            if (local_name(a) == "id" && std::string_view(a.name()).find(':') != std::string_view::npos) id = a.value();
        for (const auto& r : rels)
            if (r.id == id) return r.part;
        // Without relationships, the part Excel would have written.
        const std::string guess = "xl/worksheets/sheet" + std::string(attribute(chosen, "sheetId").value()) + ".xml";
        if (rels.empty() && archive_.contains(guess)) return guess;
        fail(ErrorCode::malformed_markup,
             part + ": sheet \"" + std::string(attribute(chosen, "name").value()) + "\" has no part", options_);
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
            Diagnostic{ErrorCode::doubtful_value, Severity::warning, message, options_.source_name, {}, excerpt(fragment)});
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
        std::string number;
        if (format_number(value, number)) return number;
        doubt("cell " + ref + " holds \"" + excerpt(value) + "\", which is not a number", value);
        return std::string(value);
    }

    void read_sheet(const std::string& part) {
        part_ = part;
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
                        doubt("cell reference \"" + excerpt(ref) + "\" is not in row " + std::to_string(row_number) +
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
        if (values.empty()) return;
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
                doubt("merged range \"" + excerpt(ref) + "\" is not a range of cells", ref);
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
        for (auto& [r, cells] : grid) table_.rows.push_back(Row{std::move(cells), r, false});
    }

    const ZipArchive& archive_;
    const Options& options_;
    Table& table_;
    Budget budget_;
    std::vector<std::string> shared_;
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
