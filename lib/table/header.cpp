#include "table/header.hpp"

#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"
#include "table/numbering.hpp"
#include "lexicon/period.hpp"
#include "source/fold.hpp"

#include <jindu/source.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace jindu::table {

namespace {

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


Column classify_header(std::string_view folded_text) { return lexicon::column_role_of(squeeze(folded_text)); }

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

// With a name and no separate content column, the name is the content. With
// two names and no content (实事项目 | 主要任务, 工作任务 | 考核指标), the first
// names the project and the last says what is to be done: it is the content.
void settle_name_and_content(HeaderMap& map) {
    const auto contents = std::count(map.roles.begin(), map.roles.end(), Column::content);
    if (contents == 0) {
        const auto last_name = std::find(map.roles.rbegin(), map.roles.rend(), Column::name);
        if (last_name != map.roles.rend()) *last_name = Column::content;
    } else if (contents > 1) {
        // 项目内容 | 年度目标: the first is the project, the later one the target.
        const auto first = map.find(Column::content);
        if (!map.has(Column::name)) map.roles[first] = Column::name;
    }
}

// The last month a progress header's period reaches (1-10月 → 10, 上半年 → 6,
// 最新 → 13, after any month); 0 when it names none.
int period_end(std::string_view folded) {
    if (folded.find("最新") != std::string_view::npos || folded.find("目前") != std::string_view::npos ||
        folded.find("当前") != std::string_view::npos)
        return 13;
    const auto period = lexicon::find_period(folded);
    if (!period) return 0;
    const std::string& code = period->code;
    if (code == "FY") return 12;
    if (code == "H1") return 6;
    if (code.size() == 2 && code[0] == 'Q') return (code[1] - '0') * 3;
    if (code.size() >= 2 && code[0] == 'M') return std::atoi(code.c_str() + 1);
    return 0;
}

// Of several progress columns the latest period is the progress; the others
// are history. Without periods to tell, the rightmost is the latest.
void settle_progress_columns(HeaderMap& map) {
    std::size_t latest = std::string::npos;
    int latest_end = -1;
    std::size_t count = 0;
    for (std::size_t c = 0; c < map.roles.size(); ++c) {
        if (map.roles[c] != Column::progress) continue;
        ++count;
        const int end = period_end(map.texts[c]);
        if (end >= latest_end) {
            latest = c;
            latest_end = end;
        }
    }
    if (count < 2) return;
    for (std::size_t c = 0; c < map.roles.size(); ++c)
        if (map.roles[c] == Column::progress && c != latest) map.roles[c] = Column::history;
}

// A rate column with no progress column beside it holds the progress.
// Rows looked at under a header to tell a column of words from one of figures.
constexpr std::size_t sampled_rows = 20;

// True when most cells of column c in the rows under the header are sentences,
// not figures (已竣工验收，9月18日投入使用 against 80%, 0.853, ——).
bool holds_words(const std::vector<Row>& rows, std::size_t from, std::size_t c) {
    std::size_t words = 0, figures = 0;
    for (std::size_t r = from; r < rows.size() && r < from + sampled_rows; ++r) {
        if (rows[r].free_text || c >= rows[r].cells.size() || rows[r].cells[c].spanned) continue;
        const std::string_view text = utf8::trim(rows[r].cells[c].text);
        if (text.empty()) continue;
        std::size_t cjk = 0;
        for (std::size_t i = 0; i < text.size();) {
            const char32_t cp = utf8::next(text, i);
            if (cp >= 0x4E00 && cp <= 0x9FFF) ++cjk;
        }
        if (cjk >= 4) ++words;
        else ++figures;
    }
    return words > figures;
}

// A progress column of this month (本月进展, 当月完成情况) beside one of the
// year so far (1-5月累计完成, 累计进展) is an increment: the cumulative column
// is the progress, when it holds sentences, and the monthly one history.
void settle_monthly_beside_cumulative(HeaderMap& map, const std::vector<Row>& rows, std::size_t body) {
    const auto is_monthly = [](std::string_view t) {
        return t.find("本月") != std::string_view::npos || t.find("当月") != std::string_view::npos ||
               t.find("本周") != std::string_view::npos || t.find("本季度") != std::string_view::npos;
    };
    std::size_t monthly = std::string::npos, cumulative = std::string::npos;
    for (std::size_t c = 0; c < map.roles.size(); ++c) {
        if (map.roles[c] == Column::progress && is_monthly(map.texts[c])) monthly = c;
        if ((map.roles[c] == Column::progress || map.roles[c] == Column::achieved) &&
            map.texts[c].find("累计") != std::string::npos && map.texts[c].find("率") == std::string::npos)
            cumulative = c;
    }
    if (monthly == std::string::npos || cumulative == std::string::npos) return;
    if (map.roles[cumulative] == Column::achieved && !holds_words(rows, body, cumulative)) return;
    map.roles[monthly] = Column::history;
    map.roles[cumulative] = Column::progress;
}

// A progress column named with a percent sign (进度(%), 完成进度（%）) that
// holds figures is a rate column: its cells are the completion percents.
void settle_percent_named_progress(HeaderMap& map, const std::vector<Row>& rows, std::size_t body) {
    for (std::size_t c = 0; c < map.roles.size(); ++c)
        if (map.roles[c] == Column::progress && map.texts[c].find('%') != std::string::npos &&
            !holds_words(rows, body, c))
            map.roles[c] = Column::rate;
}

// A second progress-named column (完成情况 beside 二季度推进情况) whose cells
// are status words (已完成, 序时推进, 未启动) is the status column.
void settle_status_words(HeaderMap& map, const std::vector<Row>& rows, std::size_t body) {
    if (map.find(Column::status) != std::string::npos || !map.has(Column::progress)) return;
    for (std::size_t c = 0; c < map.roles.size(); ++c) {
        if (map.roles[c] != Column::history) continue;
        std::size_t words = 0, other = 0;
        for (std::size_t r = body; r < rows.size() && r < body + sampled_rows; ++r) {
            if (rows[r].free_text || c >= rows[r].cells.size() || rows[r].cells[c].spanned) continue;
            const std::string_view text = utf8::trim(rows[r].cells[c].text);
            if (text.empty()) continue;
            if (utf8::code_points(text, text.size()) <= 6 && lexicon::status_cell_says(matching_view(text))) ++words;
            else ++other;
        }
        if (words >= 2 && words > 2 * other) {
            map.roles[c] = Column::status;
            return;
        }
    }
}

void settle_rate_without_progress(HeaderMap& map, const std::vector<Row>& rows, std::size_t body) {
    if (map.has(Column::progress)) return;
    const auto rate = map.find(Column::rate);
    if (rate == std::string::npos) return;
    const bool named_as_figures = map.texts[rate].find("完成率") != std::string::npos ||
                                  map.texts[rate].find('%') != std::string::npos ||
                                  map.texts[rate].find("之比") != std::string::npos ||
                                  map.texts[rate].find("比例") != std::string::npos;
    // Beside an achieved column a rate column holds the rate, unless it holds
    // sentences: 形象进度 written as the works' state is the progress.
    if ((!named_as_figures && !map.has(Column::achieved)) || holds_words(rows, body, rate))
        map.roles[rate] = Column::progress;
}

// A header whose cells wrap onto the line under it, as text copied from a PDF
// gives it (牵头责任 over 单位): each text under a cell carries on that cell's
// name. True, with the names joined into map, when every text of the lower
// row is a short piece under a cell of the header, and in one of them the
// wrap cut a column's word in two (责任|单位). A lower row of names of their
// own (年度目标 over 数量, a group heading under 序号) is no wrap.
bool joins_wrapped_header(const Row& upper, const Row& lower, HeaderMap& map) {
    constexpr std::size_t longest_piece = 6;  // code points
    struct Joined {
        std::size_t column;
        std::string name;
        Column role;
    };
    std::vector<Joined> joined;
    bool cut_word = false;
    for (std::size_t c = 0; c < lower.cells.size(); ++c) {
        const std::string_view text = utf8::trim(lower.cells[c].text);
        if (text.empty() || lower.cells[c].spanned) continue;
        if (c >= upper.cells.size() || c >= map.roles.size() || upper.cells[c].spanned ||
            utf8::trim(upper.cells[c].text).empty() || utf8::code_points(text, text.size()) > longest_piece ||
            leading_numbering(text))
            return false;
        const std::size_t cut = map.texts[c].size();
        std::string name = map.texts[c] + matching_view(text);
        lexicon::column_name_part_index.for_each_in(name, [&](std::size_t k, std::size_t at) {
            cut_word = cut_word || (at < cut && at + lexicon::column_name_parts[k].text.size() > cut);
        });
        const Column role = classify_header(name);
        if (role == Column::none) return false;
        joined.push_back({c, std::move(name), role});
    }
    if (!cut_word) return false;
    for (Joined& j : joined) {
        map.roles[j.column] = j.role;
        map.texts[j.column] = std::move(j.name);
    }
    map.rows = 2;
    return true;
}

}  // namespace

HeaderMap header_from_roles(const std::vector<ColumnRole>& roles) {
    HeaderMap map;
    map.roles = roles;
    map.units.resize(roles.size());
    map.texts.resize(roles.size());
    map.text_lengths.resize(roles.size());
    map.rows = 0;
    return map;
}

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
    if (at + 1 < rows.size() && !rows[at + 1].free_text && !joins_wrapped_header(rows[at], rows[at + 1], map)) {
        std::size_t lower_known = 0;
        HeaderMap lower = classify_row(rows[at + 1], lower_known);
        // Periods under a spanned progress header (进展情况 over 截至8月底 | 截至9月底)
        // are progress columns of those periods.
        for (std::size_t c = 0; c < lower.roles.size() && c < map.roles.size(); ++c) {
            if (lower.roles[c] != Column::none || map.roles[c] != Column::progress || lower.texts[c].empty() ||
                period_end(lower.texts[c]) == 0)
                continue;
            lower.roles[c] = Column::progress;
            if (lower_known == 0) lower_known = 1;
        }
        // A sub-column under a group header spanning several columns (年度目标 over
        // 数量 | 单位, 完成情况 over 数量 | 完成率) that names no column of its own
        // holds the group's figures: the target under what is promised, the
        // achieved amount under the progress.
        for (std::size_t c = 0; c < lower.roles.size() && c < map.roles.size(); ++c) {
            if (lower.roles[c] != Column::none || lower.texts[c].empty() || rows[at + 1].cells[c].spanned) continue;
            const bool group = rows[at].cells[c].spanned ||
                               (c + 1 < rows[at].cells.size() && rows[at].cells[c + 1].spanned &&
                                !rows[at + 1].cells[c + 1].spanned);
            if (!group) continue;
            const Column upper = map.roles[c];
            if (upper == Column::content || upper == Column::name) lower.roles[c] = Column::content;
            else if (upper == Column::progress || upper == Column::achieved) lower.roles[c] = Column::achieved;
            else continue;
            ++lower_known;
        }
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
    settle_percent_named_progress(map, rows, at + map.rows);
    settle_progress_columns(map);
    settle_status_words(map, rows, at + map.rows);
    settle_monthly_beside_cumulative(map, rows, at + map.rows);
    settle_rate_without_progress(map, rows, at + map.rows);
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

}  // namespace jindu::table
