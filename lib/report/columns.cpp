#include "report/columns.hpp"

#include "common/utf8.hpp"
#include "source/fold.hpp"

#include <jindu/source.hpp>

#include <algorithm>
#include <array>

namespace jindu::report {

namespace {

struct Synonym {
    std::string_view text;
    Column role;
};

// Exact header texts first: they win over the substring rules below.
constexpr std::array exact_headers{
    Synonym{"序号", Column::seq},       Synonym{"序", Column::seq},
    Synonym{"编号", Column::seq},       Synonym{"单位", Column::unit},
    Synonym{"计量单位", Column::unit},  Synonym{"项目", Column::name},
    Synonym{"类别", Column::category},  Synonym{"领域", Column::category},
    Synonym{"分类", Column::category},  Synonym{"类型", Column::category},
    Synonym{"进度", Column::progress},  Synonym{"状态", Column::status},
    Synonym{"备注", Column::note},      Synonym{"说明", Column::note},
};

// Substrings, tried in order; the first that occurs in the header decides.
constexpr std::array header_parts{
    Synonym{"领导", Column::none},         Synonym{"联系人", Column::none},
    Synonym{"电话", Column::none},         Synonym{"完成率", Column::rate},       Synonym{"完成比例", Column::rate},
    Synonym{"完成百分比", Column::rate},   Synonym{"之比", Column::rate},
    Synonym{"进度(%)", Column::rate},      Synonym{"完成进度(%)", Column::rate},
    Synonym{"已完成数", Column::achieved}, Synonym{"完成数", Column::achieved},
    Synonym{"实际完成", Column::achieved}, Synonym{"累计完成", Column::achieved},
    Synonym{"完成投资", Column::achieved}, Synonym{"完成值", Column::achieved},
    Synonym{"责任", Column::owners},       Synonym{"牵头", Column::owners},
    Synonym{"主办", Column::owners},       Synonym{"承办", Column::owners},
    Synonym{"实施单位", Column::owners},   Synonym{"配合单位", Column::owners},
    Synonym{"协办", Column::owners},       Synonym{"主体", Column::owners},
    Synonym{"部门", Column::owners},
    Synonym{"状态", Column::status},       Synonym{"是否完成", Column::status},
    Synonym{"进展", Column::progress},     Synonym{"完成情况", Column::progress},
    Synonym{"推进情况", Column::progress}, Synonym{"实施情况", Column::progress},
    Synonym{"落实情况", Column::progress}, Synonym{"执行情况", Column::progress},
    Synonym{"工作进度", Column::progress}, Synonym{"进度", Column::progress},
    Synonym{"目标", Column::content},      Synonym{"内容", Column::content},
    Synonym{"计划", Column::content},      Synonym{"规模", Column::content},
    Synonym{"任务", Column::name},         Synonym{"名称", Column::name},
    Synonym{"指标", Column::name},         Synonym{"事项", Column::name},
    Synonym{"实事", Column::name},
    Synonym{"类别", Column::category},     Synonym{"领域", Column::category},
    Synonym{"板块", Column::category},     Synonym{"序号", Column::seq},
    Synonym{"备注", Column::note},
};

// Header text without spaces, line breaks and a unit in brackets.
std::string squeeze(std::string_view folded) {
    std::string out;
    for (std::size_t i = 0; i < folded.size();) {
        const std::size_t start = i;
        if (!utf8::is_space(utf8::next(folded, i))) out.append(folded.substr(start, i - start));
    }
    return out;
}

// Whether text has more than `limit` code points that are no white space once
// folded: the length in code points of squeeze(matching_view(text)), counted
// only as far as needed.
bool visible_longer_than(std::string_view text, std::size_t limit) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = utf8::next(text, i);
        if (!utf8::is_space(cp == utf8::invalid ? U'\x1a' : source::fold(cp)) && ++n > limit) return true;
    }
    return false;
}

// squeeze(matching_view(text)) into out, reusing its buffer.
void squeeze_folded(std::string_view text, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = utf8::next(text, i);
        const char32_t folded = cp == utf8::invalid ? U'\x1a' : source::fold(cp);
        if (!utf8::is_space(folded)) utf8::append(out, folded);
    }
}

// "城镇新增就业(人)" → "人"; "" when the bracket holds no plain unit.
std::string unit_in_brackets(std::string_view text) {
    const auto open = text.rfind('(');
    if (open == std::string_view::npos || text.back() != ')') return {};
    const auto unit = text.substr(open + 1, text.size() - open - 2);
    // A unit is short (人, 万元, 公里, %); a longer bracket is an explanation.
    if (unit.empty() || unit.size() > 9) return {};
    return std::string(unit);
}

bool is_numbered_seq(std::string_view text) {
    text = utf8::trim(text);
    return !text.empty() && std::all_of(text.begin(), text.end(),
                                        [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

}  // namespace


Column classify_header(std::string_view folded_text) {
    std::string text = squeeze(folded_text);
    if (text.empty()) return Column::none;
    if (const auto open = text.find('('); open != std::string::npos && open > 0) {
        const std::string bare = text.substr(0, open);
        for (const auto& s : exact_headers)
            if (bare == s.text) return s.role;
    }
    for (const auto& s : exact_headers)
        if (text == s.text) return s.role;
    for (const auto& s : header_parts)
        if (text.find(s.text) != std::string::npos) return s.role;
    return Column::none;
}

namespace {

// Roles of one row's cells; counts the known ones.
// Counts the distinct roles of cells of its own (not copies of a merged cell);
// a header name is short, so a title spread over the row is no header.
HeaderMap classify_row(const Row& row, std::size_t& known) {
    HeaderMap map;
    std::vector<Column> seen;
    for (const auto& cell : row.cells) {
        std::string folded = squeeze(matching_view(cell.text));
        Column role = utf8::code_points(folded, folded.size()) > 16 ? Column::none : classify_header(folded);
        map.roles.push_back(role);
        map.units.push_back(role == Column::unit ? std::string() : unit_in_brackets(folded));
        map.texts.push_back(std::move(folded));
        if (role != Column::none && !cell.spanned && std::find(seen.begin(), seen.end(), role) == seen.end())
            seen.push_back(role);
    }
    known = seen.size();
    return map;
}

// A blank header right after 序号 and before the content is the category column
// (the seed writes no header over it).
void name_blank_category(HeaderMap& map) {
    const auto seq = map.find(Column::seq);
    if (seq == std::string::npos || map.has(Column::category)) return;
    if (seq + 1 < map.roles.size() && map.roles[seq + 1] == Column::none && map.texts[seq + 1].empty())
        map.roles[seq + 1] = Column::category;
}

// With both a name and no separate content column, the name is the content.
void settle_name_and_content(HeaderMap& map) {
    const auto contents = std::count(map.roles.begin(), map.roles.end(), Column::content);
    if (contents == 0) {
        if (const auto name = map.find(Column::name); name != std::string::npos)
            map.roles[name] = Column::content;
    } else if (contents > 1) {
        // 项目内容 | 年度目标: the first is the project, the later one the target.
        const auto first = map.find(Column::content);
        if (!map.has(Column::name)) map.roles[first] = Column::name;
    }
}

}  // namespace

std::optional<HeaderMap> match_header(const std::vector<Row>& rows, std::size_t at) {
    if (at >= rows.size() || rows[at].free_text) return std::nullopt;
    std::size_t known = 0;
    HeaderMap map = classify_row(rows[at], known);
    const bool anchored = map.has(Column::content) || map.has(Column::name) || map.has(Column::progress);
    if (known < 2 || !anchored) return std::nullopt;
    // A data row is never a header: a header has no numbered 序号 cell.
    if (const auto seq = map.find(Column::seq); seq != std::string::npos && is_numbered_seq(rows[at].cells[seq].text))
        return std::nullopt;

    // A second header row: every non-empty cell names a column, none is a number.
    if (at + 1 < rows.size() && !rows[at + 1].free_text) {
        std::size_t lower_known = 0;
        HeaderMap lower = classify_row(rows[at + 1], lower_known);
        bool all_headers = lower_known > 0;
        for (std::size_t c = 0; c < lower.roles.size(); ++c) {
            const bool blank = lower.texts[c].empty() || rows[at + 1].cells[c].spanned;
            if (!blank && lower.roles[c] == Column::none) all_headers = false;
        }
        if (all_headers) {
            map.rows = 2;
            if (lower.roles.size() > map.roles.size()) {
                map.roles.resize(lower.roles.size(), Column::none);
                map.units.resize(lower.roles.size());
                map.texts.resize(lower.roles.size());
            }
            for (std::size_t c = 0; c < lower.roles.size(); ++c) {
                if (rows[at + 1].cells[c].spanned || lower.roles[c] == Column::none) continue;
                map.roles[c] = lower.roles[c];
                if (!lower.units[c].empty()) map.units[c] = lower.units[c];
                map.texts[c] += lower.texts[c];
            }
        }
    }
    name_blank_category(map);
    settle_name_and_content(map);
    for (const std::string& text : map.texts) map.text_lengths.push_back(utf8::code_points(text, text.size()));
    return map;
}

bool repeats_header(const Row& row, const HeaderMap& header) {
    std::size_t nonempty = 0;
    for (std::size_t c = 0; c < row.cells.size() && c < header.texts.size(); ++c) {
        if (row.cells[c].text.empty()) continue;
        // A cell with more characters than the header cell cannot be part of it:
        // most rows are told apart here, without folding their cells.
        if (visible_longer_than(row.cells[c].text, header.text_lengths[c]))
            return false;
        thread_local std::string folded;  // reused: this runs on every row
        squeeze_folded(row.cells[c].text, folded);
        if (folded.empty()) continue;
        if (header.texts[c].find(folded) == std::string::npos) return false;  // most rows stop at their first cell
        ++nonempty;
    }
    return nonempty >= 2;
}

}  // namespace jindu::report
