// One labelled block per project:
//
//   项目一
//   项目名称：…
//   责 任 单 位：…
//   进展与成效：…
//   ——————
//
// A label line is a short label of CJK characters (spaces between them
// allowed: 责 任 单 位) and a colon, then its value; a line without a label
// continues the value above it (with a line break), unless a blank line came
// between. A block ends at a rule (———, ---, ===, ***), at a heading
// (项目一, 第3项, 三、, （三）, or 三、with the project's name), and where a
// label it already has comes again. The text holds blocks when two or more
// have a label of the project (项目名称, 项目内容, 目标任务 …) and one of its
// units or progress (责任单位, 进展情况 …), by the report stage's header words.
//
// The table: a header row 序号 | the labels as written, spaces removed, in the
// order first seen; a row per block, its heading's number as 序号 (项目一 → 一).
// A label new to the table goes to the first column of a label of the same
// family — the project (项目内容, 目标任务) or its progress (进展与成效,
// 推进情况) — that its block has not filled; units are never merged that way,
// since 责任单位 and 配合单位 differ in kind.
#include "table/text_shapes.hpp"

#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"
#include "table/chrome.hpp"
#include "table/header.hpp"
#include "table/numbering.hpp"

#include <jindu/source.hpp>

#include <algorithm>
#include <string>

namespace jindu::table {

namespace {

// Code points of a label, white space left out.
constexpr std::size_t max_label_length = 8;

bool is_cjk(char32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }

// A label and its value.
struct Labelled {
    std::string label;  // as written, white space removed
    std::string value;
};

// "责 任 单 位：县水利局" → {责任单位, 县水利局}; nullopt when the line has no label.
std::optional<Labelled> label_line(std::string_view trimmed) {
    std::string label;
    std::size_t length = 0;
    for (std::size_t i = 0; i < trimmed.size();) {
        const std::size_t at = i;
        const char32_t cp = utf8::next(trimmed, i);
        if (cp == U'：' || cp == U':') {
            if (length < 2) return std::nullopt;
            return Labelled{std::move(label), std::string(utf8::trim(trimmed.substr(i)))};
        }
        if (utf8::is_space(cp)) continue;
        // 完成进度（%）: a bracketed unit may close a label.
        // A bracket opening the line is a list marker or an aside ((三)目标任务：…, （责任单位：…）), no label.
        const bool bracket = cp == U'（' || cp == U'）' || cp == U'(' || cp == U')' || cp == U'%';
        if ((!is_cjk(cp) && !bracket) || (bracket && length == 0) || ++length > max_label_length) return std::nullopt;
        label.append(trimmed.substr(at, i - at));
    }
    return std::nullopt;
}

// True for a line of rule characters only (———, ---, ===, ***, ~~~), three or more.
bool is_rule(std::string_view trimmed) {
    static constexpr std::u32string_view marks = U"—–-─━_＿=＝*＊~～·";
    std::size_t n = 0;
    for (std::size_t i = 0; i < trimmed.size();) {
        const char32_t cp = utf8::next(trimmed, i);
        if (utf8::is_space(cp)) continue;
        if (marks.find(cp) == std::u32string_view::npos) return false;
        ++n;
    }
    return n >= 3;
}

bool is_numeral(char32_t cp) {
    return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９') || lexicon::is_seq_numeral(cp);
}

// The numerals at s[i...], advancing i.
std::string_view numerals_at(std::string_view s, std::size_t& i) {
    const std::size_t start = i;
    while (i < s.size()) {
        std::size_t j = i;
        if (!is_numeral(utf8::next(s, j))) break;
        i = j;
    }
    return s.substr(start, i - start);
}

// A block heading: its number, and the project's name when the heading holds one.
struct Heading {
    std::string seq;
    std::string title;
};

// 项目一, 项目 3, 第3项, 第三个, 三、, （三）, 3. — or 三、 with a name after it.
std::optional<Heading> heading_line(std::string_view trimmed) {
    std::string squeezed;
    for (std::size_t i = 0; i < trimmed.size();) {
        const std::size_t at = i;
        if (!utf8::is_space(utf8::next(trimmed, i))) squeezed.append(trimmed.substr(at, i - at));
    }
    std::string_view s = squeezed;
    for (std::string_view lead : {"项目", "項目"}) {
        if (!s.starts_with(lead)) continue;
        std::size_t i = lead.size();
        const std::string_view number = numerals_at(s, i);
        std::string_view rest = s.substr(i);
        for (std::string_view mark : {"：", ":", "、", "."})
            if (rest == mark) rest = {};
        if (!number.empty() && rest.empty()) return Heading{std::string(number), {}};
    }
    if (s.starts_with("第")) {
        std::size_t i = std::string_view("第").size();
        const std::string_view number = numerals_at(s, i);
        std::string_view rest = s.substr(i);
        for (std::string_view counter : {"项", "個", "个", "項"}) {
            if (number.empty() || !rest.starts_with(counter)) continue;
            // 第1项　义务教育学校扩容: the project's name after its number.
            rest.remove_prefix(counter.size());
            for (std::string_view mark : {"：", ":", "、", ".", "．"})
                if (rest.starts_with(mark)) rest.remove_prefix(mark.size());
            if (!rest.empty() && label_line(rest)) return std::nullopt;  // 第1项项目名称：… is a label line
            std::string title;
            if (!rest.empty()) {
                // The name as written, spaces kept: after the counter in the line itself.
                const auto at = trimmed.find(counter);
                title = std::string(utf8::trim(trimmed.substr(at + counter.size())));
                for (std::string_view mark : {"：", ":", "、", ".", "．"})
                    if (std::string_view(title).starts_with(mark)) title = std::string(utf8::trim(std::string_view(title).substr(mark.size())));
            }
            return Heading{std::string(number), std::move(title)};
        }
    }
    if (const auto numbering = leading_numbering(trimmed)) {
        const std::string_view title = utf8::trim(trimmed.substr(numbering->length));
        // A numbered label line (1.项目名称：…) is no heading.
        if (title.empty() || !label_line(title)) return Heading{std::string(numbering->number), std::string(title)};
    }
    return std::nullopt;
}

Column role_of(std::string_view label) { return classify_header(matching_view(label)); }

// The family of a label's role, for labels that differ from block to block
// for the same column: the project (项目内容, 目标任务, 工作任务) and its
// progress (进展与成效, 推进情况); none for the others.
Column family_of(Column role) {
    if (role == Column::name || role == Column::content) return Column::content;
    if (role == Column::progress) return Column::progress;
    return Column::none;
}

struct Block {
    std::string seq;
    std::vector<Labelled> fields;
    std::size_t first = 0;  // index of its first line
    std::size_t last = 0;   // and of its last
    std::size_t label_lines = 0;  // lines of its own with a label
};

}  // namespace

std::optional<TextRegion> find_labelled_blocks(const std::vector<Line>& lines, const Options& options) {
    std::vector<Block> blocks;
    std::vector<Diagnostic> notes;
    std::optional<Block> open;
    bool after_blank = false;
    std::vector<std::size_t> loose;  // lines inside no block, after the first
    std::vector<std::size_t> headings;  // lines of headings with no labels under them: categories (一、教育民生)
    const auto close = [&] {
        if (open && open->label_lines == 0) {
            for (std::size_t k = open->first; k <= open->last; ++k) headings.push_back(k);
        } else if (open && !open->fields.empty()) {
            blocks.push_back(std::move(*open));
        }
        open.reset();
    };
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const std::string_view trimmed = utf8::trim(lines[k].text);
        if (trimmed.empty()) {
            after_blank = true;
            continue;
        }
        const bool was_after_blank = after_blank;
        after_blank = false;
        if (is_page_number(trimmed)) {
            notes.push_back(page_number_note(lines[k], options));
            continue;
        }
        if (is_rule(trimmed)) {
            close();
            continue;
        }
        // A note under the blocks (注：…) or the site's footer (主办：…　承办：…) ends
        // them and stays a line of its own.
        if (is_page_chrome(trimmed) || lexicon::opens_note(matching_view(trimmed))) {
            close();
            loose.push_back(k);
            continue;
        }
        if (auto labelled = label_line(trimmed)) {
            const bool again = open && std::any_of(open->fields.begin(), open->fields.end(),
                                                   [&](const Labelled& f) { return f.label == labelled->label; });
            if (again) close();
            if (!open) open = Block{{}, {}, k, k};
            open->fields.push_back(std::move(*labelled));
            open->last = k;
            ++open->label_lines;
            continue;
        }
        if (auto heading = heading_line(trimmed)) {
            close();
            open = Block{std::move(heading->seq), {}, k, k};
            if (!heading->title.empty()) open->fields.push_back({"项目名称", std::move(heading->title)});
            continue;
        }
        if (open && !open->fields.empty() && !was_after_blank) {
            std::string& value = open->fields.back().value;
            if (!value.empty()) value += '\n';
            value += trimmed;
            open->last = k;
            continue;
        }
        close();
        loose.push_back(k);
    }
    close();

    // Blocks of projects: two or more with a label of the project and one of its units or progress.
    const auto of_project = [](const Block& b) {
        bool project = false;
        bool detail = false;
        for (const Labelled& f : b.fields) {
            const Column role = role_of(f.label);
            project = project || role == Column::name || role == Column::content;
            detail = detail || role == Column::owners || role == Column::progress;
        }
        return project && detail;
    };
    if (std::count_if(blocks.begin(), blocks.end(), of_project) < 2) return std::nullopt;

    // Headings over blocks are category lines, kept in their place; one right
    // above the first block opens the region.
    std::size_t begin = blocks.front().first;
    for (auto h = headings.rbegin(); h != headings.rend(); ++h)
        if (*h + 1 == begin) begin = *h;
    for (const std::size_t h : headings)
        if (h >= begin) loose.push_back(h);
    std::sort(loose.begin(), loose.end());

    // Columns: 序号, then each label where first seen.
    std::vector<std::string> columns{"序号"};
    std::vector<Column> roles{Column::none};  // the family of each column's role
    TextRegion region;
    region.begin = begin;
    region.end = blocks.back().last + 1;
    std::vector<Row> rows;
    for (const Block& b : blocks) {
        Row row;
        row.line = lines[b.first].number;
        row.cells.resize(columns.size());
        std::vector<bool> filled(columns.size(), false);
        const auto put = [&](std::size_t column, const std::string& value) {
            if (column >= row.cells.size()) row.cells.resize(column + 1);
            if (column >= filled.size()) filled.resize(column + 1, false);
            std::string& cell = row.cells[column].text;
            if (!cell.empty() && !value.empty()) cell += '\n';
            cell += value;
            filled[column] = true;
        };
        put(0, b.seq);
        for (const Labelled& f : b.fields) {
            auto column = static_cast<std::size_t>(std::find(columns.begin(), columns.end(), f.label) - columns.begin());
            if (column == columns.size()) {
                const Column family = family_of(role_of(f.label));
                if (family != Column::none)
                    for (std::size_t c = 1; c < columns.size(); ++c)
                        if (roles[c] == family && (c >= filled.size() || !filled[c])) {
                            column = c;
                            break;
                        }
                if (column == columns.size()) {
                    columns.push_back(f.label);
                    roles.push_back(family);
                }
            }
            put(column, f.value);
        }
        rows.push_back(std::move(row));
    }
    Row head;
    head.line = lines[region.begin].number;
    for (const std::string& c : columns) head.cells.push_back(Cell{c, false});
    region.rows.push_back(std::move(head));
    std::size_t next_loose = 0;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        // Lines between blocks stay free text, in their place.
        for (; next_loose < loose.size() && loose[next_loose] < blocks[b].first; ++next_loose)
            if (loose[next_loose] >= region.begin)
                region.rows.push_back(chrome_checked_row(utf8::trim(lines[loose[next_loose]].text), lines[loose[next_loose]].number));
        rows[b].cells.resize(columns.size());
        region.rows.push_back(std::move(rows[b]));
    }
    for (Diagnostic& d : notes)
        if (d.where.line >= lines[region.begin].number && d.where.line < lines[region.end - 1].number)
            region.notes.push_back(std::move(d));
    return region;
}

}  // namespace jindu::table
