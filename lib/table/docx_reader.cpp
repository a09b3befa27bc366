// DOCX: the main document part (word/document.xml) of a zip archive. Each row
// of each body-level w:tbl becomes a row, paragraphs outside tables become
// free-text rows. A table nested in a cell is text of that cell, one line per
// inner paragraph. Row::line is the row's place among all rows (1-based).
#include "table/chrome.hpp"
#include "table/grid.hpp"
#include "table/ooxml.hpp"
#include "table/readers.hpp"
#include "table/zip_archive.hpp"

#include "common/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace jindu::table {

namespace {

using ooxml::attribute;
using ooxml::child;
using ooxml::local_name;

// Elements whose content is not shown text: properties, deleted runs, field
// codes, and the fallback copy of alternate content.
bool is_hidden(std::string_view name) noexcept {
    return name == "pPr" || name == "rPr" || name == "tcPr" || name == "trPr" || name == "tblPr" ||
           name == "tblGrid" || name == "sectPr" || name == "del" || name == "delText" ||
           name == "instrText" || name == "delInstrText" || name == "Fallback" || name == "moveFrom";
}

// Lines of the text under a node: w:p ends a line, w:br and w:cr break one,
// w:tab is a tab. Lines are trimmed and empty ones dropped.
class TextLines {
public:
    bool enter(const pugi::xml_node& node) {
        const std::string_view name = local_name(node);
        if (is_hidden(name)) return false;
        if (name == "t") {
            for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
                if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) current_ += c.value();
            return false;
        }
        if (name == "br" || name == "cr") end_line();
        else if (name == "tab" && node.parent() && local_name(node.parent()) == "r") current_ += '\t';
        else if (name == "noBreakHyphen") current_ += '-';
        return true;
    }
    void leave(const pugi::xml_node& node) {
        if (local_name(node) == "p") end_line();
    }
    void end_line() {
        const std::string_view line = utf8::trim(current_);
        if (!line.empty()) lines_.emplace_back(line);
        current_.clear();
    }
    std::vector<std::string> take() {
        end_line();
        return std::move(lines_);
    }

private:
    std::vector<std::string> lines_;
    std::string current_;
};

class DocxReader {
public:
    DocxReader(const Options& options, Table& table, std::string part)
        : options_(options), table_(table), budget_(options), part_(std::move(part)) {}

    // Reads the body: tables and the paragraphs around them, in order.
    void read(const pugi::xml_node& body) {
        TextLines text;
        ooxml::walk(
            body, options_, part_,
            [&](const pugi::xml_node& node) {
                if (local_name(node) == "tbl") {
                    emit_free_text(text);
                    read_table(node);
                    return false;
                }
                return text.enter(node);
            },
            [&](const pugi::xml_node& node) { text.leave(node); });
        emit_free_text(text);
    }

private:
    std::size_t next_line(const GridBuilder* grid = nullptr) const {
        return table_.rows.size() + (grid != nullptr ? grid->row_count() : 0) + 1;
    }

    void emit_free_text(TextLines& text) {
        for (std::string& line : text.take()) {
            const std::size_t at = next_line();
            budget_.spend_row(at);
            budget_.spend_cells(1, line.size(), at);
            Row row{{Cell{std::move(line), false}}, at, true};
            row.chrome = is_page_chrome(row.cells.front().text);
            table_.rows.push_back(std::move(row));
        }
    }

    // The elements named `name` under `node`, looking through the wrappers Word
    // puts around rows and cells (content controls, custom XML, insertions).
    std::vector<pugi::xml_node> children_named(const pugi::xml_node& node, std::string_view name) const {
        std::vector<pugi::xml_node> out;
        std::vector<pugi::xml_node> wrappers;  // entered, innermost last
        pugi::xml_node c = node.first_child();
        while (true) {
            if (!c) {
                if (wrappers.empty()) return out;
                c = wrappers.back().next_sibling();
                wrappers.pop_back();
                continue;
            }
            if (c.type() == pugi::node_element) {
                const std::string_view n = local_name(c);
                if (n == name) {
                    out.push_back(c);
                } else if (n == "sdt" || n == "sdtContent" || n == "customXml" || n == "ins") {
                    if (wrappers.size() >= options_.limits.max_nesting_depth) ooxml::too_deep(options_, part_);
                    wrappers.push_back(c);
                    c = c.first_child();
                    continue;
                }
            }
            c = c.next_sibling();
        }
    }

    // A w:val number of a property (gridSpan, gridBefore), clamped to 1..1000;
    // `fallback` when it is missing or not a number.
    static std::size_t count_value(const pugi::xml_node& property, std::size_t fallback) {
        if (!property) return fallback;
        const std::string_view v(attribute(property, "val").value());
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc{} || end != v.data() + v.size()) return fallback;
        return std::clamp<std::size_t>(n, 1, 1000);
    }

    void read_table(const pugi::xml_node& tbl) {
        GridBuilder grid(budget_);
        for (const pugi::xml_node& tr : children_named(tbl, "tr")) {
            grid.begin_row(next_line(&grid));
            const pugi::xml_node row_properties = child(tr, "trPr");
            const std::size_t before = count_value(child(row_properties, "gridBefore"), 0);
            for (std::size_t k = 0; k < before; ++k) grid.add_cell("");
            for (const pugi::xml_node& tc : children_named(tr, "tc")) {
                const pugi::xml_node properties = child(tc, "tcPr");
                const std::size_t span = count_value(child(properties, "gridSpan"), 1);
                const pugi::xml_node merge = child(properties, "vMerge");
                const std::string_view merge_value(attribute(merge, "val").value());
                if (merge && merge_value != "restart") {
                    grid.add_continuation(span);
                    continue;
                }
                TextLines text;
                ooxml::walk(
                    tc, options_, part_, [&](const pugi::xml_node& node) { return text.enter(node); },
                    [&](const pugi::xml_node& node) { text.leave(node); });
                std::string joined;
                for (const std::string& line : text.take()) {
                    if (!joined.empty()) joined.push_back('\n');
                    joined += line;
                }
                grid.add_cell(std::move(joined), span, 1);
            }
            grid.end_row();
        }
        for (Row& row : grid.finish()) table_.rows.push_back(std::move(row));
    }

    const Options& options_;
    Table& table_;
    Budget budget_;
    std::string part_;
};

}  // namespace

Table read_docx(std::string_view bytes, const Options& options) {
    const ZipArchive archive(bytes, options);
    // The main part is named by the package relationships; Word always uses this one.
    std::string part = ooxml::part_of_type(ooxml::relationships(archive, "", options), "officeDocument");
    if (part.empty() || !archive.contains(part)) part = "word/document.xml";
    pugi::xml_document document;
    if (!ooxml::load_part(archive, part, document, options))
        fail(ErrorCode::bad_archive, "the zip archive has no " + part + ": not a DOCX document", options);
    const pugi::xml_node body = child(child(document, "document"), "body");
    if (!body) fail(ErrorCode::malformed_markup, part + ": no w:document/w:body element", options);

    Table table;
    table.format = InputFormat::docx;
    DocxReader(options, table, part).read(body);
    return table;
}

}  // namespace jindu::table
