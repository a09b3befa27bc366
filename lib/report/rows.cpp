#include "report/rows.hpp"

#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"

#include <jindu/source.hpp>

#include <algorithm>

namespace jindu::report {

namespace {

bool is_numeral(char32_t cp) {
    return (cp >= U'0' && cp <= U'9') || lexicon::is_seq_numeral(cp) || lexicon::is_enclosed_numeral(cp);
}

std::string_view cell_text(const Row& row, std::size_t c) {
    return c < row.cells.size() ? std::string_view(row.cells[c].text) : std::string_view();
}

// Three or more short cells and nothing longer: what a header row looks like,
// told before any cell is folded (most rows fail on their first long cell).
bool may_name_columns(const Row& row) {
    std::size_t short_cells = 0;
    for (const Cell& cell : row.cells) {
        const auto t = utf8::trim(cell.text);
        if (t.empty()) continue;
        if (t.size() > 3 * 12) return false;  // a column name is a dozen characters at most
        ++short_cells;
    }
    return short_cells >= 3;
}

}  // namespace

std::optional<std::string> single_text(const Row& row) {
    std::optional<std::string_view> text;
    for (const auto& cell : row.cells) {
        auto t = utf8::trim(cell.text);
        if (t.empty()) continue;
        if (text && *text != t) return std::nullopt;
        text = t;
    }
    if (!text) return std::nullopt;
    return std::string(*text);
}

bool is_empty(const Row& row) {
    return std::all_of(row.cells.begin(), row.cells.end(), [](const Cell& c) { return utf8::trim(c.text).empty(); });
}

std::string heading_of(std::string_view folded, std::string_view original) {
    std::size_t i = 0;
    bool bracket = false;
    std::size_t digits = 0;
    while (i < folded.size()) {
        std::size_t next = i;
        const char32_t cp = utf8::next(folded, next);
        if (cp == U'(' && digits == 0 && !bracket) {
            bracket = true;
            i = next;
            continue;
        }
        if (cp != U'0' && !(cp >= U'1' && cp <= U'9') && is_numeral(cp)) {
            ++digits;
            i = next;
            continue;
        }
        if (digits > 0 && ((bracket && cp == U')') || (!bracket && (cp == U'、' || cp == U'.' || cp == U'．')))) {
            i = next;
            // The same number of code points is skipped in the original text.
            const std::size_t skip = utf8::code_points(folded, i);
            std::size_t j = 0;
            for (std::size_t k = 0; k < skip && j < original.size(); ++k) utf8::next(original, j);
            return std::string(utf8::trim(original.substr(j)));
        }
        break;
    }
    return {};
}

bool is_seq_like(std::string_view text) {
    text = utf8::trim(text);
    // Most 序号 are plain ASCII digits: told without folding.
    if (!text.empty() && text.size() <= 4 &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return true;
    if (text.size() > 3 * 8) return false;
    const std::string folded = matching_view(text);
    if (folded.empty()) return false;
    std::size_t numerals = 0, length = 0;
    for (std::size_t i = 0; i < folded.size();) {
        const char32_t cp = utf8::next(folded, i);
        ++length;
        if (is_numeral(cp)) {
            ++numerals;
            continue;
        }
        if (cp < 0x80 && cp != U' ') continue;  // 9*, (3), 3-1, A2
        if (cp == U'第' || cp == U'项' || cp == U'、' || cp == U'（' || cp == U'）') continue;
        return false;
    }
    return numerals > 0 && length <= 8;
}

std::string_view bare_seq(std::string_view text) {
    text = utf8::trim(text);
    std::string_view number = text;
    if (number.starts_with("第")) {
        number.remove_prefix(std::string_view("第").size());
        bool counted = false;
        for (std::string_view counter : {"项", "項", "个", "個"})
            if (number.ends_with(counter)) {
                number.remove_suffix(counter.size());
                counted = true;
                break;
            }
        if (!counted) return text;
    } else {
        bool led = false;
        for (std::string_view lead : {"项目", "項目"})
            if (number.starts_with(lead)) {
                number.remove_prefix(lead.size());
                led = true;
                break;
            }
        if (!led) return text;
    }
    number = utf8::trim(number);
    if (number.empty()) return text;
    for (std::size_t i = 0; i < number.size();) {
        const char32_t cp = utf8::next(number, i);
        if (!is_numeral(cp) && !(cp >= U'０' && cp <= U'９')) return text;
    }
    return number;
}

std::string group_heading(const Row& row, const HeaderMap& header) {
    constexpr std::size_t max_heading_length = 20;
    const auto seq = header.find(Column::seq);
    if (seq == std::string::npos || seq >= row.cells.size() || row.cells[seq].spanned) return {};
    const std::string_view number = utf8::trim(row.cells[seq].text);
    std::size_t numerals = 0;
    for (std::size_t i = 0; i < number.size();) {
        const char32_t cp = utf8::next(number, i);
        if (cp >= U'0' && cp <= U'9') return {};
        if (is_numeral(cp)) ++numerals;
        else if (std::u32string_view(U"、.．()（）").find(cp) == std::u32string_view::npos) return {};
    }
    if (numerals == 0) return {};
    std::string_view name;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (c == seq || row.cells[c].spanned) continue;
        const std::string_view t = utf8::trim(row.cells[c].text);
        if (t.empty()) continue;
        if (!name.empty()) return {};
        name = t;
    }
    if (name.empty() || utf8::code_points(name, name.size()) > max_heading_length) return {};
    // A name, not a sentence or an amount.
    const std::string folded = matching_view(name);
    for (std::size_t i = 0; i < folded.size();) {
        const char32_t cp = utf8::next(folded, i);
        if ((cp >= U'0' && cp <= U'9') || cp == U'。' || cp == U'，' || cp == U'；' || cp == U',') return {};
    }
    return std::string(name);
}

RowKind classify_row(const Row& row, const HeaderMap& header) {
    if (is_empty(row)) return RowKind::blank;
    if (row.chrome) return RowKind::chrome;
    if (table::repeats_header(row, header)) return RowKind::header;
    const auto text = single_text(row);
    if (text) {
        // Notes are told by their first words and sums by a short text (合  计 at
        // most spaced out): a long line is folded only as far as its opening.
        constexpr std::size_t longest_total = 64, opening_code_points = 16;
        std::size_t cut = text->size();
        if (cut > longest_total) {
            cut = 0;
            for (std::size_t n = 0; n < opening_code_points && cut < text->size(); ++n) utf8::next(*text, cut);
        }
        const std::string folded = matching_view(std::string_view(*text).substr(0, cut));
        if (lexicon::opens_note(folded)) return RowKind::note;
        if (cut == text->size() && lexicon::is_total(folded)) return RowKind::total;
    }
    // The first text of the row names a sum: 合计 | 15 | … (a few characters at most).
    for (const Cell& cell : row.cells) {
        const auto t = utf8::trim(cell.text);
        if (t.empty()) continue;
        if (t.size() <= 3 * 6 && lexicon::is_total(matching_view(t))) return RowKind::total;
        break;
    }
    // Every cell names a column, and not as the header does: another table starts.
    if (!row.free_text && may_name_columns(row)) {
        std::size_t names = 0;
        bool all = true;
        for (const Cell& cell : row.cells) {
            std::string squeezed;
            for (char c : matching_view(utf8::trim(cell.text)))
                if (c != ' ') squeezed.push_back(c);
            if (squeezed.empty()) continue;
            if (!lexicon::is_column_name(squeezed)) {
                all = false;
                break;
            }
            ++names;
        }
        if (all && names >= 3) return RowKind::other_header;
    }
    if (text) {
        // One text in an item column of a real row continues or makes an item.
        const auto in = [&](Column role) {
            const auto c = header.find(role);
            return c != std::string::npos && c < row.cells.size() && !row.cells[c].spanned &&
                   utf8::trim(cell_text(row, c)) == *text;
        };
        if (row.free_text || !(in(Column::content) || in(Column::progress))) return RowKind::line;
    }
    if (!group_heading(row, header).empty()) return RowKind::heading;
    // A row whose cells lost their columns: the 序号 column holds a text that
    // is no number (新增学位1620个 | 已新增学位990个 under 序号 | 项目名称 | …).
    const auto seq = header.find(Column::seq);
    if (seq != std::string::npos && seq < row.cells.size() && !row.cells[seq].spanned) {
        const auto t = utf8::trim(row.cells[seq].text);
        if (!t.empty() && !is_seq_like(t) && heading_of(matching_view(t), t).empty()) return RowKind::shifted;
    }
    return RowKind::data;
}

}  // namespace jindu::report
