// Differential fuzzing: the same table written as tab text, Markdown and HTML
// must give the same records. The input is UTF-8: lines are rows, tabs split
// cells (序号, 项目内容, 责任单位, 进展情况); a missing or blank cell gets a fixed
// filler. Inputs whose cells a format could read two ways are skipped.
#include "fuzz_input.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Cells = std::array<std::string, 4>;


// True when the cell reads the same in all three shapes: printable, no markup
// characters, no white space at the ends or in runs (HTML collapses it, the
// aligned-text reader splits on it), no Unicode spaces, format characters,
// private-use characters or noncharacters.
bool unambiguous(std::string_view cell) {
    if (cell.empty() || cell.front() == ' ' || cell.back() == ' ') return false;
    std::size_t i = 0;
    char32_t previous = 0;
    while (i < cell.size()) {
        char32_t cp = 0;
        if (!jindu::fuzz::next_code_point(cell, i, cp)) return false;
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return false;
        if (std::u32string_view(U"|<>&\\`*_[]#~!-=:").find(cp) != std::u32string_view::npos) return false;
        if (cp == ' ' && previous == ' ') return false;
        if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
            cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || cp == 0xFFFD || (cp >= 0xFFF0 && cp <= 0xFFFF) ||
            (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFEu) == 0xFFFEu ||  // noncharacters: HTML replaces them
            (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000)
            return false;
        previous = cp;
    }
    return true;
}

// Splits the input into rows of four cells; false when some cell is ambiguous.
bool rows_of(std::string_view input, std::vector<Cells>& rows) {
    static const Cells filler{"", "建设项目", "区住建局", "已完成"};
    std::size_t line_start = 0;
    while (line_start <= input.size() && rows.size() < 64) {
        std::size_t line_end = input.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = input.size();
        const std::string_view line = input.substr(line_start, line_end - line_start);
        line_start = line_end + 1;
        Cells cells = filler;
        cells[0] = std::to_string(rows.size() + 1);
        std::size_t cell_start = 0;
        for (std::size_t column = 0; column < 4 && cell_start <= line.size(); ++column) {
            std::size_t cell_end = line.find('\t', cell_start);
            if (cell_end == std::string_view::npos) cell_end = line.size();
            const std::string_view cell = line.substr(cell_start, cell_end - cell_start);
            cell_start = cell_end + 1;
            if (cell.empty()) continue;
            if (!unambiguous(cell)) return false;
            cells[column] = std::string(cell);
        }
        rows.push_back(cells);
    }
    return !rows.empty();
}

const Cells header{"序号", "项目内容", "责任单位", "进展情况"};

std::string as_text(const std::vector<Cells>& rows) {
    std::string out = "2024年民生实事项目进展表\n\n";
    for (const Cells* row : {&header}) out += (*row)[0] + "\t" + (*row)[1] + "\t" + (*row)[2] + "\t" + (*row)[3] + "\n";
    for (const auto& row : rows) out += row[0] + "\t" + row[1] + "\t" + row[2] + "\t" + row[3] + "\n";
    return out;
}

std::string as_markdown(const std::vector<Cells>& rows) {
    std::string out = "# 2024年民生实事项目进展表\n\n";
    out += "| " + header[0] + " | " + header[1] + " | " + header[2] + " | " + header[3] + " |\n";
    out += "|---|---|---|---|\n";
    for (const auto& row : rows) out += "| " + row[0] + " | " + row[1] + " | " + row[2] + " | " + row[3] + " |\n";
    return out;
}

// Escapes the characters HTML gives a meaning (none survive unambiguous(),
// but the construction should not depend on that).
std::string html_escaped(const std::string& cell) {
    std::string out;
    for (char c : cell) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

std::string as_html(const std::vector<Cells>& rows) {
    std::string out = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                      "<h1>2024年民生实事项目进展表</h1>\n<table>\n<tr>";
    for (const auto& cell : header) out += "<th>" + cell + "</th>";
    out += "</tr>\n";
    for (const auto& row : rows) {
        out += "<tr>";
        for (const auto& cell : row) out += "<td>" + html_escaped(cell) + "</td>";
        out += "</tr>\n";
    }
    return out + "</table></body></html>\n";
}

// What must agree between shapes: the records without their source rows.
std::string dump(const jindu::Report& report) {
    std::string out;
    for (const auto& item : report.items) {
        out += "seq=" + item.seq.value_or("-") + "|content=" + item.content + "|owners=";
        for (const auto& owner : item.owners) out += owner + ",";
        out += "|progress=" + item.progress + "|status=" + std::string(jindu::to_string(item.status)) + "\n";
    }
    return out;
}

// Parses one shape; an error is recorded as its code, so shapes must agree on it too.
std::string parse_as(const std::string& bytes, jindu::InputFormat format) {
    try {
        return dump(jindu::parse(bytes, jindu::fuzz::fuzz_options(format)));
    } catch (const jindu::Error& e) {
        return "error " + std::string(jindu::to_string(e.diagnostic().code));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<Cells> rows;
    if (!rows_of(jindu::fuzz::bytes(data, size), rows)) return 0;
    const std::string text = parse_as(as_text(rows), jindu::InputFormat::text);
    const std::string markdown = parse_as(as_markdown(rows), jindu::InputFormat::markdown);
    const std::string html = parse_as(as_html(rows), jindu::InputFormat::html);
    if (text != markdown || text != html) {
        std::fprintf(stderr, "shapes disagree\n--- text\n%s--- markdown\n%s--- html\n%s", text.c_str(),
                     markdown.c_str(), html.c_str());
        std::abort();
    }
    return 0;
}
