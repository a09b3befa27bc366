#include "report/owners.hpp"

#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"

#include <jindu/source.hpp>

#include <algorithm>

namespace jindu::report {

namespace {

bool ends_like_unit(std::string_view name) {
    name = utf8::trim(name);
    return std::any_of(std::begin(lexicon::unit_endings), std::end(lexicon::unit_endings),
                       [&](std::string_view e) { return name.ends_with(e); });
}

// Labels before units: 牵头单位：, 责任单位:. Sets `dropped` for a part whose units are no
// owners (配合单位：…, 分管领导：…).
std::string_view without_label(std::string_view part, bool& dropped) {
    dropped = false;
    constexpr std::size_t longest_label = 8;  // code points before the colon
    for (std::string_view colon : {"：", ":"}) {
        const auto at = part.find(colon);
        if (at == std::string_view::npos || utf8::code_points(part, at) > longest_label) continue;
        const std::string label = matching_view(part.substr(0, at));
        std::string squeezed;
        for (char c : label)
            if (c != ' ') squeezed.push_back(c);
        const ColumnRole role = lexicon::column_role_of(squeezed);
        // Cooperating units, and people or contacts (分管领导：…, 联系电话：…), are no owners.
        if (role == ColumnRole::cooperating || (role == ColumnRole::none && lexicon::is_column_name(squeezed)))
            dropped = true;
        if (role == ColumnRole::owners || dropped) return part.substr(at + colon.size());
    }
    return part;
}

// True for a bracket that marks the unit before it as cooperating: （配合）.
bool marks_cooperating(std::string_view bracket) {
    const std::string folded = matching_view(bracket);
    return lexicon::column_role_of(folded) == ColumnRole::cooperating;
}

// True when text holds a mark owners are split or set apart at: ASCII ( : ; , /
// and white space, the full-width forms （ ） ： ； ， ／ (EF BC ..), 、 and U+3000 (E3 80 ..).
bool has_owner_marks(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if (b == '(' || b == ':' || b == ';' || b == ',' || b == '/' || b <= ' ') return true;
            continue;
        }
        if (i + 2 >= text.size()) break;
        const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
        if (b == 0xEF && b1 == 0xBC && (b2 == 0x88 || b2 == 0x89 || b2 == 0x9A || b2 == 0x9B || b2 == 0x8C || b2 == 0x8F))
            return true;
        if (b == 0xE3 && b1 == 0x80 && (b2 == 0x81 || b2 == 0x80)) return true;
    }
    return false;
}

}  // namespace

bool names_a_unit(std::string_view text) {
    text = utf8::trim(text);
    // The name runs to the first bracket or separator, 20 characters at most.
    constexpr std::size_t longest_name = 20;
    std::size_t end = 0, length = 0;
    for (std::size_t i = 0; i < text.size(); ++length) {
        const char32_t cp = utf8::next(text, i);
        if (cp == U'（' || cp == U'(' || cp == U'、' || cp == U'，' || cp == U',' || cp == U'；' || cp == U';' ||
            cp == U'\n' || cp == U' ')
            break;
        if (length == longest_name) return false;
        end = i;
    }
    return length >= 2 && ends_like_unit(text.substr(0, end));
}

Owners read_owners(std::string_view cell) {
    Owners out;
    // Most cells name one unit and nothing else: no mark to split or set apart at.
    const auto simple = utf8::trim(cell);
    if (!has_owner_marks(simple)) {
        if (!simple.empty()) out.units.emplace_back(simple);
        return out;
    }
    // Parts separated by ；/; or line breaks that start with a label: 牵头单位：…；配合单位：…
    int depth = 0;
    std::string bracket;
    std::vector<std::string> pieces;  // names in order; "" marks a separator
    std::string current;
    bool dropped_part = false;
    const auto end_piece = [&] {
        const auto t = utf8::trim(current);
        if (!t.empty() && !dropped_part) pieces.emplace_back(t);
        current.clear();
    };
    // Splits the cell into parts at ；, ; and labelled lines and reads each part's label first.
    std::vector<std::string_view> parts;
    for (std::size_t start = 0, i = 0; i <= cell.size();) {
        // A line break or a comma ends a part only before a label (牵头：…<br>配合：…,
        // 牵头单位：甲，责任单位：乙); else it splits or wraps names, as below.
        const auto label_follows = [&](std::size_t mark) {
            bool dropped = false;
            const std::string_view next = utf8::trim(cell.substr(i + mark));
            return without_label(next, dropped).size() != next.size();
        };
        const std::size_t comma = cell.substr(i).starts_with("，") ? 3 : i < cell.size() && cell[i] == ',' ? 1 : 0;
        std::size_t mark = 0;
        if (i < cell.size()) {
            if (cell.substr(i).starts_with("；")) mark = 3;
            else if (cell[i] == ';') mark = 1;
            else if (cell[i] == '\n' && label_follows(1)) mark = 1;
            else if (comma != 0 && label_follows(comma)) mark = comma;
        }
        if (i == cell.size() || mark != 0) {
            parts.push_back(cell.substr(start, i - start));
            if (i == cell.size()) break;
            i += mark;
            start = i;
            continue;
        }
        utf8::next(cell, i);
    }
    for (std::string_view part : parts) {
        part = without_label(utf8::trim(part), dropped_part);
        for (std::size_t i = 0; i < part.size();) {
            const std::size_t start = i;
            const char32_t cp = utf8::next(part, i);
            const std::string_view ch = part.substr(start, i - start);
            if (cp == U'（' || cp == U'(') {
                if (depth++ == 0) bracket.clear();
                else bracket.append(ch);
                continue;
            }
            if ((cp == U'）' || cp == U')') && depth > 0) {
                if (--depth > 0) {
                    bracket.append(ch);
                    continue;
                }
                // A bracket inside a name (各市（州）人民政府, 各县（市、区）政府): the name goes on after it.
                const bool inside_name = !current.empty() && i < part.size() && [&] {
                    std::size_t j = i;
                    const char32_t after = utf8::next(part, j);
                    return after >= 0x3400 && after != U'、' && after != U'，' && after != U'；' && after != U'（';
                }();
                if (inside_name && !marks_cooperating(bracket)) {
                    current += "（" + bracket + "）";
                } else if (marks_cooperating(bracket)) {
                    current.clear();  // the unit before it cooperates
                } else if (!utf8::trim(bracket).empty()) {
                    if (!out.remark.empty()) out.remark += "；";
                    out.remark += std::string(utf8::trim(bracket));
                }
                continue;
            }
            if (depth > 0) {
                bracket.append(ch);
                continue;
            }
            const bool separator = cp == U'、' || cp == U'，' || cp == U',' || cp == U'/' || cp == U'／' ||
                                   (utf8::is_space(cp) && cp != U'\n');
            if (separator) {
                end_piece();
                continue;
            }
            if (cp == U'\n') {
                // A line break splits after a unit's name; else it wraps one.
                if (ends_like_unit(current)) end_piece();
                continue;
            }
            current.append(ch);
        }
        if (depth > 0 && !utf8::trim(bracket).empty()) {  // a bracket never closed
            if (!out.remark.empty()) out.remark += "；";
            out.remark += std::string(utf8::trim(bracket));
        }
        depth = 0;
        end_piece();
    }
    out.units = std::move(pieces);
    return out;
}

}  // namespace jindu::report
