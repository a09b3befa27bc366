// Numbered prose bulletins: one row per item, the column roles handed over
// in Table::roles (序号, 类别, 项目内容, 责任单位, 进展情况).
//
// Levels. A numbering (一、 （一） 1. 1、 (1) ①) whose every line reads as a
// heading (short, no 。 or ；) is a heading level; the items are the first
// other numbering to occur, whatever its depth (in 一、/（一）/1. bulletins the
// 1. entries; where （一） lines are sentences, those). Numbering inside an item
// stays in its text. When every numbering reads as headings, the deepest
// numbers the items. An item's category is the innermost heading above it.
// Sections that hold no items (总体情况, 存在问题, 下一步工作 …) and groups that
// list items again (滞后项目：第8项 …) give no items: their lines are free text.
//
// An item runs from its numbered line to the next heading or item line. Lines
// after a blank line end it unless they start with a label (进展情况：,
// 责任单位：…) or deeper numbering; such closing text, and lines before the
// first item, are free_text rows.
//
// Each item becomes {序号, 类别, 项目内容, 责任单位, 进展情况}:
// - 序号 is the numeral as written (一, 1, ①), without brackets or 、 .;
// - 责任单位 is what follows a label the lexicon names as owners (责任单位,
//   牵头单位, 牵头部门 …) and a colon, up to the closing bracket, ；, 。 or line
//   end; the labelled part (with its brackets) is taken out of the text;
// - the rest splits into target and progress: at a progress label (进展情况：,
//   完成情况：, 推进情况：, 进展与成效：…) when there is one, a leading target
//   label (目标任务：, 年度目标：…) dropped; else before the first sentence after
//   the first that speaks of progress (已, 截至, 截止, 目前, 当前, 正在, 累计,
//   完成率, 进度, 完工, 推进) or opens with a period (上半年, 1-9月); else before the first sentence after the first
//   that measures the same thing in the same unit as a sentence before it
//   (新增托位600个。全年新增托位648个…: a report answers a promise in its own
//   terms); else,
//   within a single sentence, before the first clause that starts with 已, 现已,
//   截至, 截止, 目前, 当前, 正在, 累计 or 完成; else all of it is the target.
// Labels are matched on the folded text, so traditional bulletins (責任單位,
// 進展情況 …) read the same.
#include "table/readers.hpp"

#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/period.hpp"
#include "table/numbering.hpp"
#include "table/text_lines.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>

#include <jindu/source.hpp>

namespace jindu::table {

namespace {


// True for a full-width or ASCII colon at s[at]; colon_length gives its bytes.
bool is_colon(std::string_view s, std::size_t at) {
    return at < s.size() && (s[at] == ':' || (s[at] == '\xEF' && s.substr(at).starts_with("：")));
}
std::size_t colon_length(std::string_view s, std::size_t at) { return s.substr(at).starts_with("：") ? 3 : 1; }

// A label found in text: where it starts, and its bytes with the colon.
struct Found {
    std::size_t at = std::string_view::npos;
    std::size_t length = 0;  // label and colon
};

// What a label names, as far as an item's text is cut by it.
enum class Label { owners, progress, target };

bool is_label(ColumnRole role, Label kind) {
    switch (kind) {
    case Label::owners: return role == ColumnRole::owners;
    case Label::progress: return role == ColumnRole::progress || role == ColumnRole::rate;
    case Label::target: return role == ColumnRole::content || role == ColumnRole::name;
    }
    return false;
}

// The role a label's text names: folded, spaces out (责 任 单 位 → 责任单位).
ColumnRole role_of_label(std::string_view label) {
    std::string squeezed;
    for (char c : matching_view(label))
        if (c != ' ') squeezed.push_back(c);
    return lexicon::column_role_of(squeezed);
}

// The label that ends at text[colon] (a colon follows it), if it names `kind`:
// the words back to a mark, a figure or the start, spaced-out labels included;
// of a longer run, its last words.
Found label_before(std::string_view text, std::size_t colon, Label kind) {
    std::vector<std::size_t> starts;  // code point starts, from the colon back
    std::size_t at = colon;
    bool spaced = false;
    while (at > 0 && starts.size() < 16) {
        std::size_t start = at - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        std::size_t i = start;
        const char32_t cp = utf8::next(text, i);
        if (cp == U' ' || cp == U'\u3000') {
            // Spaces inside a label only between single characters: 责 任 单 位.
            // The character before the space stands alone: a space, a mark or the start before it.
            const bool single_before = start > 0 && [&] {
                std::size_t b = start - 1;
                while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
                if (b == 0) return true;
                std::size_t p = b - 1;
                while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
                std::size_t k = p;
                const char32_t before = utf8::next(text, k);
                return utf8::is_space(before) || before < 0x3400 || (before >= 0x3000 && before <= 0x303F) ||
                       (before >= 0xFF00 && before <= 0xFFEF);
            }();
            if (!single_before || starts.empty()) break;
            spaced = true;
            at = start;
            continue;
        }
        const bool word = cp >= 0x3400 && !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF00 && cp <= 0xFFEF);
        if (!word) break;
        starts.push_back(start);
        at = start;
    }
    if (starts.empty()) return {};
    const auto found = [&](std::size_t begin) {
        return Found{begin, colon + colon_length(text, colon) - begin};
    };
    if (starts.size() <= 8 || spaced) {
        const std::size_t begin = spaced ? at : starts.back();
        const ColumnRole whole = role_of_label(text.substr(begin, colon - begin));
        if (is_label(whole, kind)) return found(begin);
        // A whole label of another role (配合部门) is not its last words' (部门).
        if (spaced || whole != ColumnRole::none) return {};
    }
    for (std::size_t n = std::min<std::size_t>(starts.size(), 6); n >= 2; --n) {
        const std::size_t begin = starts[n - 1];
        if (is_label(role_of_label(text.substr(begin, colon - begin)), kind)) return found(begin);
    }
    return {};
}

// The first label of `kind` followed by a colon in text at or after `from`.
Found find_label(std::string_view text, Label kind, std::size_t from = 0) {
    // From colon to colon: most of an item's text has none.
    for (std::size_t i = from; i < text.size();) {
        const std::size_t colon = std::min(text.find(':', i), text.find("：", i));
        if (colon == std::string_view::npos) break;
        const Found f = label_before(text, colon, kind);
        if (f.at != std::string_view::npos && f.at >= from) return f;
        i = colon + colon_length(text, colon);
    }
    return {};
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

// True when the folded s contains one of words.
bool contains_any(std::string_view s, std::span<const std::string_view> words) {
    const std::string folded = matching_view(s);
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return folded.find(w) != std::string::npos; });
}

// True when the folded s starts with one of words.
bool starts_with_any(std::string_view s, std::span<const std::string_view> words) {
    const std::string folded = matching_view(s);
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return folded.starts_with(w); });
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
    std::string name;
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
    for (Found f = find_label(text, Label::owners); f.at != std::string::npos; f = find_label(text, Label::owners)) {
        const std::string_view view = text;
        const std::size_t value = f.at + f.length;
        // The value ends at a bracket, ；, 。, a line break or the next progress label.
        std::size_t end = value;
        while (end < view.size() && mark_at(view, end, {"）", ")", "；", ";", "。", "\n"}) == 0) ++end;
        const Found next = find_label(view.substr(0, end), Label::progress, value);
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
            // More labelled parts in the bracket (；配合单位：…, ；分管领导：…) go with the
            // units, for the report stage to sort out; other notes stay in it.
            const std::size_t rest = end + separator;
            std::size_t close = rest;
            while (close < view.size() && mark_at(view, close, {"）", ")", "（", "("}) == 0) ++close;
            const std::size_t close_length = close < view.size() ? mark_at(view, close, {"）", ")"}) : 0;
            const std::string_view more = view.substr(rest, close - rest);
            constexpr std::size_t longest_label = 8;  // code points before the colon
            std::size_t colon = 0;
            for (std::size_t n = 0; colon < more.size() && n <= longest_label && !is_colon(more, colon); ++n)
                utf8::next(more, colon);
            const bool labelled = close_length != 0 && colon < more.size() && is_colon(more, colon) &&
                                  role_of_label(more.substr(0, colon)) != ColumnRole::none;
            if (labelled) {
                units += "；" + std::string(utf8::trim(more));
                erase_begin = open - open_length;
                erase_end = close + close_length;
            } else {
                erase_end = rest;
            }
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
// The project's name before a target label: 新建县第三幼儿园。建设内容：… → 新建县第三幼儿园.
bool names_project(std::string_view before_label) {
    const std::string_view t = utf8::trim(before_label);
    if (t.empty() || utf8::code_points(t, t.size()) > 40) return false;
    const std::string_view body = t.ends_with("。") ? t.substr(0, t.size() - 3) : t;
    return body.find("。") == std::string_view::npos && body.find("；") == std::string_view::npos;
}

// A number of a sentence as text alone tells it: the first character after
// it (个 of 600个, 万 of 1.5万人, 公 of 20公里) and the clause around it.
struct Measure {
    char32_t mark = 0;
    std::string_view clause;
};

std::vector<Measure> measures_of(std::string_view sentence) {
    std::vector<Measure> out;
    for (std::string_view clause : split_after(sentence, {"，", ",", "、", "；", "。"})) {
        bool in_number = false;
        for (std::size_t i = 0; i < clause.size();) {
            const char32_t cp = utf8::next(clause, i);
            const bool digit = (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９');
            if (digit || (in_number && (cp == U'.' || cp == U'．'))) {
                in_number = true;
                continue;
            }
            if (in_number && cp == U' ') continue;
            // The mark after the number: a unit's first character, or a percent sign.
            if (in_number && cp != utf8::invalid && ((cp > 0x7F && !utf8::is_space(cp)) || cp == U'%'))
                out.push_back({cp == U'％' ? U'%' : cp, clause});
            in_number = false;
        }
    }
    return out;
}

// True when two clauses measure the same thing: besides the unit, two
// characters in common that are not those of the verbs and qualifiers every
// clause uses (新建, 完成, 累计, 不少于 …): 普惠性托位 in 新增普惠性托位600个 and
// 全年新增普惠性托位648个, not 新建停车位 and 另建充电桩.
bool same_thing(const Measure& a, const Measure& b) {
    static constexpr std::u32string_view common = U"新建增改造完成设实现全年累计已共达到不少于低超过约以上下和及等";
    if (a.mark != b.mark) return false;
    std::size_t shared = 0;
    std::u32string seen;
    for (std::size_t i = 0; i < a.clause.size();) {
        const char32_t cp = utf8::next(a.clause, i);
        if (cp < 0x3400 || cp == a.mark || common.find(cp) != std::u32string_view::npos ||
            seen.find(cp) != std::u32string::npos)
            continue;
        seen.push_back(cp);
        std::size_t j = 0;
        bool in_b = false;
        while (j < b.clause.size() && !in_b) in_b = utf8::next(b.clause, j) == cp;
        if (in_b && ++shared >= 2) return true;
    }
    return false;
}

// True for a sentence that opens with the period reported on (上半年共完成…,
// 1-9月新增…, 一季度…): it tells what was done in it.
bool opens_with_period(std::string_view sentence) {
    const std::string folded = matching_view(utf8::trim(sentence));
    const auto period = lexicon::find_period(folded);
    return period && !period->text.empty() && folded.starts_with(period->text);
}

void split_target_progress(std::string_view text, Parts& parts) {
    const Found progress = find_label(text, Label::progress);
    if (progress.at != std::string_view::npos) {
        std::string_view target = text.substr(0, progress.at);
        const Found label = find_label(target, Label::target);
        if (label.at != std::string_view::npos && utf8::trim(target.substr(0, label.at)).empty()) {
            target = target.substr(label.at + label.length);
        } else if (label.at != std::string_view::npos && names_project(target.substr(0, label.at))) {
            parts.name = clean(target.substr(0, label.at));
            if (parts.name.ends_with("。")) parts.name.erase(parts.name.size() - 3);
            target = target.substr(label.at + label.length);
        }
        parts.target = clean(target);
        parts.progress = clean(text.substr(progress.at + progress.length));
        return;
    }
    std::string_view body = text;
    const Found label = find_label(body, Label::target);
    if (label.at != std::string_view::npos && utf8::trim(body.substr(0, label.at)).empty()) {
        body = body.substr(label.at + label.length);
    } else if (label.at != std::string_view::npos && names_project(body.substr(0, label.at))) {
        parts.name = clean(body.substr(0, label.at));
        if (parts.name.ends_with("。")) parts.name.erase(parts.name.size() - 3);
        body = body.substr(label.at + label.length);
    }

    const auto sentences = split_after(body, {"。", "！", "？", "；", ";", "\n"});
    bool figure_before = !sentences.empty() && !measures_of(sentences.front()).empty();  // a figure came before
    for (std::size_t k = 1; k < sentences.size(); ++k) {
        // A period opens the progress only after the promise: 全年新改建食堂9个 is the target.
        const bool speaks_of_progress = contains_any(sentences[k], lexicon::progress_sentence_words) ||
                                        (figure_before && opens_with_period(sentences[k]));
        figure_before = figure_before || !measures_of(sentences[k]).empty();
        if (!speaks_of_progress) continue;
        const auto cut = static_cast<std::size_t>(sentences[k].data() - body.data());
        parts.target = clean(body.substr(0, cut));
        parts.progress = clean(body.substr(cut));
        return;
    }
    if (sentences.size() >= 2) {
        std::vector<Measure> promised;  // the measures of the sentences before
        for (std::size_t k = 0; k < sentences.size(); ++k) {
            const std::vector<Measure> measures = measures_of(sentences[k]);
            const bool answers = std::any_of(measures.begin(), measures.end(), [&](const Measure& m) {
                return std::any_of(promised.begin(), promised.end(), [&](const Measure& p) { return same_thing(m, p); });
            });
            if (answers) {
                const auto cut = static_cast<std::size_t>(sentences[k].data() - body.data());
                parts.target = clean(body.substr(0, cut));
                parts.progress = clean(body.substr(cut));
                return;
            }
            promised.insert(promised.end(), measures.begin(), measures.end());
        }
    }
    const auto clauses = split_after(body, {"，", ","});
    for (std::size_t k = 1; k < clauses.size(); ++k) {
        if (!starts_with_any(utf8::trim(clauses[k]), lexicon::progress_clause_openers)) continue;
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
    return find_label(rest, Label::owners).at == 0 || find_label(trimmed, Label::progress).at == 0 ||
           find_label(trimmed, Label::target).at == 0;
}

// True for a numbered line's text that reads as a heading: short, no 。 or ；.
bool reads_as_heading(std::string_view text) {
    return text.find("。") == std::string_view::npos && text.find("；") == std::string_view::npos &&
           utf8::code_points(text, text.size()) <= 30;
}

// A heading's text without trailing colon and separators.
std::string heading_text(std::string_view text) {
    std::string h = clean(text);
    for (std::string_view colon : {"：", ":"})
        if (h.ends_with(colon)) h.erase(h.size() - colon.size());
    return h;
}

// True for a section that holds no items (总体情况, 存在问题, 下一步工作 …) or a
// group that lists items again (滞后项目).
bool holds_no_items(std::string_view heading) {
    const std::string folded = matching_view(heading);
    return std::any_of(std::begin(lexicon::sections_without_items), std::end(lexicon::sections_without_items),
                       [&](std::string_view w) { return folded.find(w) != std::string::npos; });
}

// True for an item line that refers to an item listed before: 第8项 …
bool refers_to_item(std::string_view text) {
    const std::string folded = matching_view(utf8::trim(text));
    if (!folded.starts_with("第")) return false;
    std::size_t i = 3;
    while (i < folded.size() && ((folded[i] >= '0' && folded[i] <= '9') || folded.substr(i, 3) == "一" ||
                                 folded.substr(i, 3) == "二" || folded.substr(i, 3) == "三" ||
                                 folded.substr(i, 3) == "十"))
        i += (folded[i] >= '0' && folded[i] <= '9') ? std::size_t{1} : std::size_t{3};
    return i > 3 && folded.substr(i).starts_with("项");
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
    row.cells = {Cell{item.seq, false},          Cell{item.category, false}, Cell{parts.target, false},
                 Cell{parts.units, false},        Cell{parts.progress, false}, Cell{parts.name, false}};
    return row;
}

constexpr std::size_t kinds = 5;
std::size_t index(NumberingKind k) { return static_cast<std::size_t>(k); }

}  // namespace

Table read_prose(std::string_view utf8_text, const Options& options) {
    Table table;
    table.format = InputFormat::prose;
    table.encoding = "UTF-8";
    table.roles = {ColumnRole::seq,    ColumnRole::category, ColumnRole::content,
                   ColumnRole::owners, ColumnRole::progress, ColumnRole::name};
    RowSink sink(table, options);
    const std::vector<Line> lines = split_lines(utf8_text, options);

    // Which numberings are headings, in the order they first occur, and which numbers the items.
    // Lines inside a section that holds no items (下一步工作 with its own （一）
    // sentences) are left out: they say nothing of how items are numbered.
    std::array<std::size_t, kinds> count{}, heading_count{};
    std::vector<NumberingKind> order;
    std::optional<NumberingKind> no_items_kind;
    for (const Line& line : lines) {
        const std::string_view trimmed = utf8::trim(line.text);
        const auto n = leading_numbering(trimmed);
        if (!n) continue;
        const std::string_view rest = trimmed.substr(n->length);
        if (no_items_kind && n->kind != *no_items_kind) continue;
        no_items_kind.reset();
        if (reads_as_heading(rest) && holds_no_items(heading_text(rest))) no_items_kind = n->kind;
        if (count[index(n->kind)]++ == 0) order.push_back(n->kind);
        if (reads_as_heading(rest)) ++heading_count[index(n->kind)];
    }
    const auto is_heading_kind = [&](NumberingKind k) { return count[index(k)] == heading_count[index(k)]; };
    std::optional<NumberingKind> item_kind;
    std::vector<NumberingKind> heading_kinds;  // outer first
    for (NumberingKind k : order) {
        if (!is_heading_kind(k)) {
            item_kind = k;
            break;
        }
        heading_kinds.push_back(k);
    }
    if (!item_kind && !order.empty()) {  // every numbering reads as headings: the deepest numbers the items
        item_kind = order.back();
        heading_kinds.pop_back();
    }
    const auto level_of = [&](NumberingKind k) -> std::optional<std::size_t> {
        const auto it = std::find(heading_kinds.begin(), heading_kinds.end(), k);
        if (it == heading_kinds.end()) return std::nullopt;
        return static_cast<std::size_t>(it - heading_kinds.begin());
    };

    std::vector<std::string> headings(heading_kinds.size());  // the heading in force at each level
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::size_t no_items_from = none;                         // the level of a section that holds no items
    const auto category = [&] {
        for (std::size_t k = headings.size(); k-- > 0;)
            if (!headings[k].empty()) return headings[k];
        return std::string();
    };

    Item item;
    bool open = false;  // an item is being read
    bool blank_seen = false;
    const auto flush = [&] {
        if (!open) return;
        sink.add(item_row(item));
        open = false;
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
        const auto level = n ? level_of(n->kind) : std::nullopt;
        if (level) {
            flush();
            headings[*level] = heading_text(trimmed.substr(n->length));
            std::fill(headings.begin() + static_cast<std::ptrdiff_t>(*level) + 1, headings.end(), std::string());
            if (no_items_from != none && *level <= no_items_from) no_items_from = none;
            if (no_items_from == none && holds_no_items(headings[*level])) no_items_from = *level;
            sink.add(free_text_row(trimmed, line.number));  // the report stage reads it as a category
            blank_seen = false;
            continue;
        }
        if (n && item_kind && n->kind == *item_kind && no_items_from == none &&
            !refers_to_item(trimmed.substr(n->length))) {
            flush();
            item = Item{std::string(n->number), category(), std::string(trimmed.substr(n->length)), line.number};
            open = true;
            blank_seen = false;
            continue;
        }
        if (open && (!blank_seen || n || continues_item(trimmed))) {
            // Labels and deeper numbering start a new line of the item; wrapped lines join directly.
            if (n || continues_item(trimmed)) item.text += '\n';
            item.text += trimmed;
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
