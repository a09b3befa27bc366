#include <jindu/table.hpp>

#include "common/utf8.hpp"
#include "source/encode.hpp"
#include "table/text_lines.hpp"
#include "support/dump.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace jindu;

namespace {

// The diagnostic read_table throws for bytes, or a default one when it does not throw.
Diagnostic error_of(std::string_view bytes, const Options& options = {}) {
    try {
        (void)read_table(bytes, options);
    } catch (const Error& e) {
        return e.diagnostic();
    }
    return {};
}

}  // namespace

TEST_CASE("empty and blank input is empty_input") {
    for (std::string_view bytes : {"", "  \n\t\r\n", "\xEF\xBB\xBF\n"}) {
        CAPTURE(bytes);
        CHECK(error_of(bytes).code == ErrorCode::empty_input);
    }
    CHECK(error_of(std::string_view("\xFF\xFE \x00\n\x00", 6)).code == ErrorCode::empty_input);
}

TEST_CASE("PDF without a PDF reader, images and other binaries are unsupported_format naming the source") {
    Options options;
    options.source_name = "report.pdf";
    const Diagnostic d = error_of("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", options);
    CHECK(d.code == ErrorCode::unsupported_format);
    CHECK(d.source == "report.pdf");
    CHECK(d.message.find("no PDF reader") != std::string::npos);
    options.format = InputFormat::pdf;
    CHECK(error_of("not a PDF at all", options).code == ErrorCode::unsupported_format);
    CHECK(error_of("\x89PNG\r\n\x1a\n....").code == ErrorCode::unsupported_format);
    CHECK(error_of("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest").code == ErrorCode::unsupported_format);
    CHECK(error_of(std::string("PK\x03\x04", 4) + "other.bin").code == ErrorCode::unsupported_format);
    std::string binary;
    for (int k = 0; k < 256; ++k) binary += static_cast<char>(k * 7 % 256);
    const Diagnostic d2 = error_of(binary);
    CHECK(d2.code == ErrorCode::unsupported_format);
    CHECK(d2.message.find("binary data") != std::string::npos);
}

TEST_CASE("input past max_input_bytes is limit_exceeded") {
    Options options;
    options.limits.max_input_bytes = 8;
    CHECK(error_of("序号\t内容\n1\t甲\n", options).code == ErrorCode::limit_exceeded);
}

TEST_CASE("GB18030 input is decoded, read and labelled") {
    const std::string seed = test::read_source_file("samples/2024-h1-district-livelihood-projects.txt");
    const Table utf8 = read_table(seed);
    const Table gb = read_table(test::encode(seed, "GB18030"));
    CHECK(gb.encoding == "GB18030");
    CHECK(gb.format == InputFormat::text);
    CHECK(gb.rows == utf8.rows);
}

TEST_CASE("an error in decoded HTML names the offset of the original bytes") {
    std::string html = "<html><body><p>民生实事项目进展情况（二〇二四年）</p>\n<p>";
    for (int i = 0; i < 600; ++i) html += "<div>";
    const Diagnostic in_utf8 = error_of(html);
    REQUIRE(in_utf8.code == ErrorCode::limit_exceeded);
    REQUIRE(in_utf8.where.offset != Location::unknown_offset);
    REQUIRE(in_utf8.where.offset > html.find("</p>"));
    const std::string before = html.substr(0, in_utf8.where.offset);

    const Diagnostic in_gb = error_of(test::encode(html, "GB18030"));
    CHECK(in_gb.code == ErrorCode::limit_exceeded);
    CHECK(in_gb.where.offset == test::encode(before, "GB18030").size());
    CHECK(in_gb.where.line == in_utf8.where.line);
    CHECK(in_gb.where.column == in_utf8.where.column);

    const Diagnostic in_utf16 = error_of("\xFF\xFE" + test::encode(html, "UTF-16LE"));
    CHECK(in_utf16.where.offset == 2 + test::encode(before, "UTF-16LE").size());
}

TEST_CASE("UTF-16 input with a BOM reads the same rows") {
    const std::string seed = test::read_source_file("samples/2024-h1-district-livelihood-projects.txt");
    std::string bytes = "\xFF\xFE";
    bytes += test::encode(seed, "UTF-16LE");
    const Table le = read_table(bytes);
    CHECK(le.encoding == "UTF-16LE");
    CHECK(le.rows == read_table(seed).rows);
}

TEST_CASE("options.format overrides sniffing") {
    Options options;
    options.format = InputFormat::text;
    const Table t = read_table("一、教育\n（一）新建学校 3 所。\n", options);
    CHECK(t.format == InputFormat::text);
    CHECK(test::dump(t) == std::vector<std::string>{"1: [free] 一、教育", "2: [free] （一）新建学校 3 所。"});
}

TEST_CASE("decoding warnings come first in the table's diagnostics") {
    std::string seed = test::read_source_file("samples/2024-h1-district-livelihood-projects.txt");
    const std::size_t header = seed.find("序号");
    REQUIRE(header < seed.size());
    seed.insert(seed.begin() + static_cast<std::ptrdiff_t>(header), '\xFF');
    const Table t = read_table(seed);
    REQUIRE_FALSE(t.diagnostics.empty());
    CHECK(t.diagnostics.front().code == ErrorCode::replaced_bytes);
    CHECK(t.diagnostics.front().where.line == 5);
}

TEST_CASE("the GB18030 and Big5 samples read like the seed") {
    const Table seed = read_table(test::read_source_file("samples/2024-h1-district-livelihood-projects.txt"));
    const Table gb = read_table(test::read_source_file("samples/2024-h1-district-livelihood-projects-gb18030.txt"));
    CHECK(gb.encoding == "GB18030");
    CHECK(gb.rows == seed.rows);

    const Table big5 = read_table(test::read_source_file("samples/2024-h1-district-livelihood-projects-big5.txt"));
    CHECK(big5.encoding == "Big5");
    CHECK(big5.format == InputFormat::text);
    REQUIRE(big5.rows.size() == seed.rows.size());
    for (std::size_t k = 0; k < seed.rows.size(); ++k) {
        CAPTURE(k);
        CHECK(big5.rows[k].line == seed.rows[k].line);
        CHECK(big5.rows[k].free_text == seed.rows[k].free_text);
        CHECK(big5.rows[k].cells.size() == seed.rows[k].cells.size());
    }
    CHECK(test::dump(big5.rows[2]) == "6: １|教育優學|新投用小學、幼兒園 ５ 所。|區教育局|小學：已完成 ８５％。幼兒園：已完成 ６５％。");
}

namespace {

// Deterministic pseudo-random text built from the pieces readers react to.
std::string random_text(unsigned& state, bool raw_bytes) {
    static const std::string_view pieces[] = {
        "|", "||", "\t", "\n", "\r\n", " ", "  ", "　", "\\", "\\|", "<br>", "|---|", ":--", "一、", "（一）",
        "(", "）", "1.", "1.5", "①", "责任单位：", "牵头单位:", "进展情况：", "目标任务：", "已完成", "。", "；",
        "，", "— 2 —", "第3页", "序号", "项目内容", "进", "# ", "**", "注：", "<table>", "%", "5 所",
    };
    std::string out;
    const unsigned n = (state >> 3) % 60;
    for (unsigned k = 0; k < n; ++k) {
        state = state * 1103515245u + 12345u;
        if (raw_bytes && (state >> 16) % 5 == 0) {
            out += static_cast<char>((state >> 8) & 0xFF);
        } else {
            out += pieces[(state >> 16) % std::size(pieces)];
        }
    }
    return out;
}

}  // namespace

TEST_CASE("every reader survives arbitrary input and keeps its invariants") {
    unsigned state = 42;
    for (int round = 0; round < 3000; ++round) {
        const bool raw = round % 3 == 0;
        const std::string text = random_text(state, raw);
        CAPTURE(text);
        for (InputFormat format : {InputFormat::automatic, InputFormat::text, InputFormat::markdown, InputFormat::prose}) {
            Options options;
            options.format = format;
            try {
                const Table t = read_table(text, options);
                std::size_t last_line = 0;
                for (const Row& r : t.rows) {
                    CHECK_FALSE(r.cells.empty());
                    CHECK(r.line >= 1);
                    CHECK(r.line >= last_line);
                    last_line = r.line;
                    if (r.free_text) CHECK(r.cells.size() == 1);
                }
            } catch (const Error& e) {
                const ErrorCode code = e.diagnostic().code;
                CHECK((code == ErrorCode::empty_input || code == ErrorCode::invalid_encoding ||
                       code == ErrorCode::unsupported_format));
            }
        }
    }
}

namespace {

// The rows' cells without line numbers, for comparing shapes of one table.
std::vector<std::vector<std::string>> cells_of(const Table& t) {
    std::vector<std::vector<std::string>> out;
    for (const Row& r : t.rows) {
        std::vector<std::string> cells;
        for (const Cell& c : r.cells) cells.push_back(c.text);
        out.push_back(std::move(cells));
    }
    return out;
}

// Display width of UTF-8 text.
std::size_t width(std::string_view s) {
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();) w += table::display_width(utf8::next(s, i));
    return w;
}

}  // namespace

TEST_CASE("the seed as Markdown and as a space-aligned table gives the same cells") {
    const Table seed = read_table(test::read_source_file("samples/2024-h1-district-livelihood-projects.txt"));

    std::string markdown;
    std::vector<std::size_t> widths(5, 0);
    for (const Row& r : seed.rows)
        for (std::size_t k = 0; k < r.cells.size() && !r.free_text; ++k) widths[k] = std::max(widths[k], width(r.cells[k].text));
    std::string aligned;
    bool first_header = true;
    for (const Row& r : seed.rows) {
        if (r.free_text) {
            markdown += "\n" + r.cells[0].text + "\n\n";
            aligned += r.cells[0].text + "\n\n";
            continue;
        }
        std::string line = "|";
        std::string padded;
        for (std::size_t k = 0; k < r.cells.size(); ++k) {
            line += " " + r.cells[k].text + " |";
            padded += r.cells[k].text;
            if (k + 1 < r.cells.size()) padded += std::string(widths[k] - width(r.cells[k].text) + 2, ' ');
        }
        markdown += line + "\n";
        aligned += padded + "\n";
        if (first_header) {
            markdown += "|---|---|---|---|---|\n";
            first_header = false;
        }
    }
    CAPTURE(aligned);

    const Table md = read_table(markdown);
    CHECK(md.format == InputFormat::markdown);
    CHECK(cells_of(md) == cells_of(seed));

    const Table text = read_table(aligned);
    CHECK(text.format == InputFormat::text);
    CHECK(cells_of(text) == cells_of(seed));
}

namespace {

// The table rows of a table (no free text), cells joined by '|', one to a line.
std::string grid_of(const Table& table) {
    std::string out;
    for (const Row& row : table.rows) {
        if (row.free_text) continue;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (c) out += '|';
            out += row.cells[c].text;
        }
        out += '\n';
    }
    return out;
}

}  // namespace

TEST_CASE("one small table in every shape a report is published in gives the same grid") {
    const std::string grid = "序号|项目名称|责任单位|进展情况\n一|新建公园|市园林局|已完成建设\n二|改造路灯|市城管局|在建\n";
    struct Case {
        std::string shape;
        std::string bytes;
        InputFormat format;
    };
    const Case cases[] = {
        {"tab-separated", "进展表\n序号\t项目名称\t责任单位\t进展情况\n一\t新建公园\t市园林局\t已完成建设\n二\t改造路灯\t市城管局\t在建\n",
         InputFormat::text},
        {"tab text copied from a PDF, a cell wrapped",
         "进展表\n序号\t项目名称\t责任单位\t进展情况\n一\t新建公园\t市园林局\t已完成建\n\t\t\t设\n二\t改造路灯\t市城管局\t在建\n",
         InputFormat::text},
        {"pipe rows", "进展表\n序号 | 项目名称 | 责任单位 | 进展情况\n一 | 新建公园 | 市园林局 | 已完成建设\n二 | 改造路灯 | 市城管局 | 在建\n",
         InputFormat::markdown},
        {"HTML pasted as paragraphs",
         "<p>进展表</p><p>序号&nbsp;&nbsp;项目名称&nbsp;&nbsp;责任单位&nbsp;&nbsp;进展情况</p>"
         "<p>一\u3000新建公园\u3000市园林局\u3000已完成建设</p><p>二\t改造路灯\t市城管局\t在建</p>",
         InputFormat::html},
        {"one cell per line",
         "进展表\n\n序号\n\n项目名称\n\n责任单位\n\n进展情况\n\n一\n\n新建公园\n\n市园林局\n\n已完成建设\n\n二\n\n改造路灯\n\n市城管局\n\n在建\n",
         InputFormat::text},
        {"labelled blocks",
         "进展表\n\n项目一\n项目名称：新建公园\n责任单位：市园林局\n进展情况：已完成建设\n——————\n"
         "项目二\n项目名称：改造路灯\n责 任 单 位：市城管局\n进展情况：在建\n",
         InputFormat::text},
    };
    for (const Case& c : cases) {
        CAPTURE(c.shape);
        const Table t = read_table(c.bytes);
        CHECK(t.format == c.format);
        CHECK(grid_of(t) == grid);
    }
}
