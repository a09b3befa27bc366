// Numbered prose bulletins: one row per item under a synthetic header.
//
// Levels. 一、 lines are categories when another numbering (（一） 1. 1、 (1) ①)
// also occurs and the 一、 lines read as headings (short, no 。); the items are
// then the first other numbering to occur. Otherwise the first numbering to
// occur numbers the items. Deeper numbering inside an item stays in its text.
//
// An item runs from its numbered line to the next category or item line. Lines
// after a blank line end it unless they start with a cue (进展情况：, 责任单位：
// …) or deeper numbering; such closing text, and lines before the first item,
// are free_text rows. Category lines live on in the 类别 cell of their items.
//
// Each item becomes {序号, 类别, 项目内容, 责任单位, 进展情况}:
// - 序号 is the numeral as written (一, 1, ①), without brackets or 、 .;
// - 责任单位 is what follows 责任单位/牵头单位/责任部门/牵头部门/主责单位/实施单位
//   and a colon, up to the closing bracket, ；, 。 or line end; the labelled part
//   (with its brackets) is taken out of the text;
// - the rest splits into target and progress: at a progress label (进展情况：,
//   完成情况：, 推进情况：, 工作进展：, 进展：, 进度：, 实施情况：, 落实情况：) when
//   there is one, a leading target label (目标任务：, 任务目标：, 年度目标：, 工作目标：,
//   建设目标：, 建设内容：, 项目内容：, 主要内容：, 目标：) dropped; else before the
//   first sentence after the first that speaks of progress (已, 截至, 截止, 目前,
//   当前, 正在, 累计, 完成率, 进度, 完工, 推进); else, within a single sentence,
//   before the first clause that starts with 已, 现已, 截至, 截止, 目前, 当前, 正在,
//   累计 or 完成; else all of it is the target.
// Every cue is also matched in traditional characters (責任單位, 進展情況 …).
#include "table/readers.hpp"

#include "common/utf8.hpp"
#include "table/numbering.hpp"
#include "table/text_lines.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace jindu::table {

namespace {

// Cue words, simplified then traditional: traditional bulletins use the same cues.
constexpr std::array<std::string_view, 12> unit_labels{
    "责任单位", "牵头单位", "责任部门", "牵头部门", "主责单位", "实施单位",
    "責任單位", "牽頭單位", "責任部門", "牽頭部門", "主責單位", "實施單位"};
constexpr std::array<std::string_view, 15> progress_labels{
    "进展情况", "完成情况", "推进情况", "工作进展", "实施情况", "落实情况", "进展", "进度",
    "進展情況", "推進情況", "工作進展", "實施情況", "落實情況", "進展", "進度"};
constexpr std::array<std::string_view, 17> target_labels{
    "目标任务", "任务目标", "年度目标", "工作目标", "建设目标", "建设内容", "项目内容", "主要内容", "目标",
    "目標任務", "任務目標", "年度目標", "工作目標", "建設目標", "建設內容", "項目內容", "目標"};
constexpr std::array<std::string_view, 15> sentence_cues{
    "已", "截至", "截止", "目前", "当前", "正在", "累计", "完成率", "进度", "完工", "推进",
    "當前", "累計", "進度", "推進"};
constexpr std::array<std::string_view, 12> clause_cues{
    "已", "现已", "截至", "截止", "目前", "当前", "正在", "累计", "完成", "現已", "當前", "累計"};

// True for a full-width or ASCII colon at s[at]; colon_length gives its bytes.
bool is_colon(std::string_view s, std::size_t at) { return s.substr(at).starts_with("：") || s.substr(at).starts_with(":"); }
std::size_t colon_length(std::string_view s, std::size_t at) { return s.substr(at).starts_with("：") ? 3 : 1; }

// A label found in text: where it starts, and its bytes with the colon.
struct Found {
    std::size_t at = std::string_view::npos;
    std::size_t length = 0;  // label and colon
};

// The first of labels followed by a colon in text at or after `from`.
template <std::size_t N>
Found find_label(std::string_view text, const std::array<std::string_view, N>& labels, std::size_t from = 0) {
    Found best;
    for (std::string_view label : labels) {
        for (std::size_t at = text.find(label, from); at != std::string_view::npos; at = text.find(label, at + 1)) {
            const std::size_t end = at + label.size();
            if (!is_colon(text, end)) continue;
            // Prefer the earliest; at one place prefer the longest label (进展情况 over 进展).
            if (at < best.at || (at == best.at && end + colon_length(text, end) - at > best.length))
                best = {at, end + colon_length(text, end) - at};
            break;
        }
    }
    return best;
}

// Splits text after each 。！？； (the mark stays with its sentence).
std::vector<std::string_view> split_after(std::string_view text, std::initializer_list<std::string_view> marks) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size();) {
        bool cut = false;
        for (std::string_view m : marks) {
            if (text.substr(i).starts_with(m)) {
                i += m.size();
                cut = true;
                break;
            }
        }
        if (!cut) {
            utf8::next(text, i);
            continue;
        }
        out.push_back(text.substr(start, i - start));
        start = i;
    }
    if (start < text.size()) out.push_back(text.substr(start));
    return out;
}

// True when s contains one of words.
template <std::size_t N>
bool contains_any(std::string_view s, const std::array<std::string_view, N>& words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return s.find(w) != std::string_view::npos; });
}

// True when s starts with one of words.
template <std::size_t N>
bool starts_with_any(std::string_view s, const std::array<std::string_view, N>& words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return s.starts_with(w); });
}

// Text without trailing separators a split leaves behind (，、；).
std::string clean(std::string_view text) {
    std::string_view t = utf8::trim(text);
    for (bool again = true; again;) {
        again = false;
        for (std::string_view p : {"，", "、", "；", ",", ";"}) {
            if (t.ends_with(p)) {
                t = utf8::trim(t.substr(0, t.size() - p.size()));
                again = true;
            }
        }
    }
    return std::string(t);
}

// An item's text cut into its cells.
struct Parts {
    std::string target;
    std::string units;
    std::string progress;
};

// Byte length of the mark at text[at] when it is one of marks, else 0.
std::size_t mark_at(std::string_view text, std::size_t at, std::initializer_list<std::string_view> marks) {
    for (std::string_view m : marks)
        if (text.substr(at).starts_with(m)) return m.size();
    return 0;
}

// Takes the responsible-units parts out of text; returns the units, joined by 、.
std::string take_units(std::string& text) {
    std::string units;
    for (Found f = find_label(text, unit_labels); f.at != std::string::npos; f = find_label(text, unit_labels)) {
        const std::string_view view = text;
        const std::size_t value = f.at + f.length;
        // The value ends at a bracket, ；, 。, a line break or the next progress label.
        std::size_t end = value;
        while (end < view.size() && mark_at(view, end, {"）", ")", "；", ";", "。", "\n"}) == 0) ++end;
        const Found next = find_label(view.substr(0, end), progress_labels, value);
        if (next.at != std::string_view::npos) end = next.at;
        if (!units.empty()) units += "、";
        units += clean(view.substr(value, end - value));

        // An opening bracket right before the label: （责任单位：…）.
        std::size_t open = f.at;
        while (open > 0 && view[open - 1] == ' ') --open;
        std::size_t open_length = 0;
        if (open >= 3 && view.substr(open - 3, 3) == "（") open_length = 3;
        else if (open >= 1 && view[open - 1] == '(') open_length = 1;

        std::size_t erase_begin = f.at;
        std::size_t erase_end = end;
        const std::size_t closing = mark_at(view, end, {"）", ")"});
        const std::size_t separator = mark_at(view, end, {"；", ";", "。"});
        if (open_length != 0 && closing != 0) {
            erase_begin = open - open_length;  // the whole bracket held the units
            erase_end = end + closing;
        } else if (open_length != 0 && separator != 0 && view.substr(end, separator) != "。") {
            erase_end = end + separator;  // other notes stay in the bracket: （配合单位：…）
        } else if (open_length != 0) {
            erase_begin = open - open_length;  // a bracket never closed
        } else {
            erase_end = end + separator;
        }
        text.erase(erase_begin, erase_end - erase_begin);
    }
    return units;
}

// Splits an item's text (units already taken out) into target and progress.
void split_target_progress(std::string_view text, Parts& parts) {
    const Found progress = find_label(text, progress_labels);
    if (progress.at != std::string_view::npos) {
        std::string_view target = text.substr(0, progress.at);
        const Found label = find_label(target, target_labels);
        if (label.at != std::string_view::npos && utf8::trim(target.substr(0, label.at)).empty())
            target = target.substr(label.at + label.length);
        parts.target = clean(target);
        parts.progress = clean(text.substr(progress.at + progress.length));
        return;
    }
    std::string_view body = text;
    const Found label = find_label(body, target_labels);
    if (label.at != std::string_view::npos && utf8::trim(body.substr(0, label.at)).empty())
        body = body.substr(label.at + label.length);

    const auto sentences = split_after(body, {"。", "！", "？", "；", ";", "\n"});
    for (std::size_t k = 1; k < sentences.size(); ++k) {
        if (!contains_any(sentences[k], sentence_cues)) continue;
        const auto cut = static_cast<std::size_t>(sentences[k].data() - body.data());
        parts.target = clean(body.substr(0, cut));
        parts.progress = clean(body.substr(cut));
        return;
    }
    const auto clauses = split_after(body, {"，", ","});
    for (std::size_t k = 1; k < clauses.size(); ++k) {
        if (!starts_with_any(utf8::trim(clauses[k]), clause_cues)) continue;
        const auto cut = static_cast<std::size_t>(clauses[k].data() - body.data());
        parts.target = clean(body.substr(0, cut));
        parts.progress = clean(body.substr(cut));
        return;
    }
    parts.target = clean(body);
}

// True for a line that continues an item even after a blank line: one that
// starts with a label, or with a bracket around units.
bool continues_item(std::string_view trimmed) {
    std::string_view rest = trimmed;
    if (rest.starts_with("（")) rest.remove_prefix(3);
    else if (rest.starts_with("(")) rest.remove_prefix(1);
    return find_label(rest, unit_labels).at == 0 || find_label(trimmed, progress_labels).at == 0 ||
           find_label(trimmed, target_labels).at == 0;
}

// True when 一、 lines read as category headings: short and without 。.
bool headings(const std::vector<std::string_view>& lines) {
    return !lines.empty() && std::all_of(lines.begin(), lines.end(), [](std::string_view l) {
        return l.find("。") == std::string_view::npos && utf8::code_points(l, l.size()) <= 30;
    });
}

// An item while its lines are collected.
struct Item {
    std::string seq;
    std::string category;
    std::string text;
    std::size_t line = 0;
};

// The row of an item: 序号, 类别, target, units, progress.
Row item_row(const Item& item) {
    std::string text = item.text;
    Parts parts;
    parts.units = take_units(text);
    split_target_progress(text, parts);
    Row row;
    row.line = item.line;
    row.cells = {Cell{item.seq, false}, Cell{item.category, false}, Cell{parts.target, false},
                 Cell{parts.units, false}, Cell{parts.progress, false}};
    return row;
}

// The synthetic header row, placed at the first item's line.
Row header_row(std::size_t line) {
    Row row;
    row.line = line;
    for (std::string_view h : {"序号", "类别", "项目内容", "责任单位", "进展情况"}) row.cells.push_back(Cell{std::string(h), false});
    return row;
}

}  // namespace

Table read_prose(std::string_view utf8_text, const Options& options) {
    Table table;
    table.format = InputFormat::prose;
    table.encoding = "UTF-8";
    RowSink sink(table, options);
    const std::vector<Line> lines = split_lines(utf8_text, options);

    // Which numbering gives categories and which gives items.
    std::optional<NumberingKind> first_other;
    std::vector<std::string_view> chinese_lines;
    for (const Line& line : lines) {
        const std::string_view trimmed = utf8::trim(line.text);
        const auto n = leading_numbering(trimmed);
        if (!n) continue;
        if (n->kind == NumberingKind::chinese) chinese_lines.push_back(trimmed);
        else if (!first_other) first_other = n->kind;
    }
    std::optional<NumberingKind> category_kind;
    NumberingKind item_kind = NumberingKind::chinese;
    if (first_other && headings(chinese_lines)) {
        category_kind = NumberingKind::chinese;
        item_kind = *first_other;
    } else if (chinese_lines.empty() && first_other) {
        item_kind = *first_other;
    }

    std::optional<Item> item;
    std::string category;
    bool header_done = false;
    bool blank_seen = false;
    const auto flush = [&] {
        if (!item) return;
        if (!header_done) {
            sink.add(header_row(item->line));
            header_done = true;
        }
        sink.add(item_row(*item));
        item.reset();
    };

    for (const Line& line : lines) {
        const std::string_view trimmed = utf8::trim(line.text);
        if (trimmed.empty()) {
            blank_seen = true;
            continue;
        }
        if (is_page_number(trimmed)) {
            sink.skip_page_number(line);
            continue;
        }
        const auto n = leading_numbering(trimmed);
        if (n && category_kind && n->kind == *category_kind) {
            flush();
            category = clean(trimmed.substr(n->length));
            if (category.ends_with("：")) category.erase(category.size() - 3);
            if (category.ends_with(":")) category.pop_back();
            blank_seen = false;
            continue;
        }
        if (n && n->kind == item_kind) {
            flush();
            item = Item{std::string(n->number), category, std::string(trimmed.substr(n->length)), line.number};
            blank_seen = false;
            continue;
        }
        if (item && (!blank_seen || n || continues_item(trimmed))) {
            // Cues and deeper numbering start a new line of the item; wrapped lines join directly.
            if (n || continues_item(trimmed)) item->text += '\n';
            item->text += trimmed;
            blank_seen = false;
            continue;
        }
        flush();
        sink.add(free_text_row(trimmed, line.number));
        blank_seen = false;
    }
    flush();
    return table;
}

}  // namespace jindu::table
