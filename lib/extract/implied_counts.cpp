// Implied counts: 南山东路、南山西路、葡萄路、绣山路均已完工 → 4 条 achieved.
#include "common/utf8.hpp"
#include "extract/rules.hpp"
#include "lex/scan.hpp"

#include <algorithm>

namespace jindu::extraction {

namespace {

// Words after 已 (or 均已, 已于…) that say a listed project is done.
constexpr std::string_view done_words[] = {
    "完工", "完成验收", "建成", "竣工", "投用", "投入使用", "通车", "贯通", "开课", "交付", "验收", "完成",
};

// Where a done status starts in view[begin, end): "均已完工", "已于 5 月完工".
// Returns the start of 均/已, and sets `end_of` past the done word; npos when none.
std::size_t find_done_status(std::string_view view, std::size_t begin, std::size_t end, std::size_t& end_of) {
    for (std::size_t at = view.substr(begin, end - begin).find("已"); at != std::string_view::npos;
         at = view.substr(begin, end - begin).find("已", at + 3)) {
        const std::size_t yi = begin + at;
        std::size_t rest = yi + 3;  // past 已
        // 已于 5 月完工: a short date between 已于 and the verb.
        if (view.substr(rest, 3) == "于") {
            const auto window = view.substr(rest, std::min<std::size_t>(36, end - rest));
            std::size_t best = std::string_view::npos;
            for (auto w : done_words) best = std::min(best, window.find(w));
            if (best == std::string_view::npos) continue;
            rest += best;
        }
        for (auto w : done_words) {
            if (view.substr(rest, w.size()) == w) {
                end_of = rest + w.size();
                const std::size_t start = yi >= 3 && view.substr(yi - 3, 3) == "均" ? yi - 3 : yi;
                return start;
            }
        }
    }
    return std::string_view::npos;
}

// Splits view[begin, end) at 、 outside brackets.
std::vector<Span> list_items(std::string_view view, std::size_t begin, std::size_t end) {
    std::vector<Span> items;
    int depth = 0;
    std::size_t start = begin;
    for (std::size_t i = begin; i < end;) {
        const std::size_t here = i;
        const char32_t cp = utf8::next(view, i);
        if (cp == U'(' || cp == U'（') ++depth;
        else if ((cp == U')' || cp == U'）') && depth > 0) --depth;
        else if (depth == 0 && (cp == U'、' || cp == U'和' || cp == U'及')) {
            items.push_back({start, here});
            start = i;
        }
    }
    items.push_back({start, end});
    return items;
}

// A list item reads as a name: not empty, not a clause with a verb of progress.
bool is_name(std::string_view item) {
    item = utf8::trim(item);
    if (item.empty() || item.size() > 150) return false;
    // The project itself, not a named part of it.
    for (std::string_view generic : {"项目", "该项目", "本项目", "工程", "该工程", "全部", "整体", "主体", "主体工程"})
        if (item == generic) return false;
    return !contains_any(item, {"已", "正在", "完成", "进度", "当前", "目前", "其余", "剩余", "其中"});
}

}  // namespace

void read_implied_counts(const AlignedText& progress, Reading& reading) {
    const auto view = progress.view();
    const auto target = std::find_if(reading.targets.begin(), reading.targets.end(), [](const Amount& t) {
        return t.quantity.kind == Kind::count && !t.quantity.unit.empty();
    });
    // Every done status has 已 (find_done_status): without it there is nothing to count.
    if (target == reading.targets.end() || find_word(view, "已") == std::string_view::npos) return;
    const std::string unit = target->quantity.unit;

    for (const Span& seg : progress.segments()) {
        // An amount already written in the segment is not counted again (已完成6条（芦湾路、…）).
        const bool written = std::any_of(reading.achieved.begin(), reading.achieved.end(), [&](const Amount& a) {
            const std::size_t at = progress.to_original(seg.begin);
            const std::size_t to = progress.to_original(seg.end);
            return !a.implied && a.quantity.begin >= at && a.quantity.begin < to;
        });
        if (written) continue;

        std::size_t from = seg.begin;
        for (;;) {
            std::size_t status_end = 0;
            const std::size_t status = find_done_status(view, from, seg.end, status_end);
            if (status == std::string_view::npos) break;
            const Span clause = progress.clause_around(seg, status == seg.begin ? status : status - 1);
            const std::size_t list_begin = std::max(clause.begin, from);
            // The status must end its clause: 已完成 85% is an amount and 已完成排摸工作
            // has an object; 均已完工验收 and 已完工并投入使用 are statuses.
            const Span rest = progress.clause_around(seg, status_end);
            const auto tail = utf8::trim(view.substr(status_end, rest.end - status_end));
            bool ends_status = tail.empty();
            for (std::string_view lead : {"并", "和", "及", "验收", "开放", "运营", "通车", "使用", "交付"})
                ends_status = ends_status || tail.substr(0, lead.size()) == lead;
            if (ends_status && status > list_begin) {
                const auto items = list_items(view, list_begin, status);
                double count = 0;
                bool names = true;
                for (const Span& item : items) {
                    const auto text = view.substr(item.begin, item.end - item.begin);
                    if (!is_name(text)) {
                        names = false;
                        break;
                    }
                    // A name carrying its own size in the target's unit (含 2 个卡口) counts that size.
                    double size = 0;
                    for (const Quantity& q : lex::scan_matching_view(text))
                        if (same_unit(q.unit, unit) && progress.inside_brackets(item, item.begin + q.begin))
                            size += q.value;
                    count += size > 0 ? size : 1;
                }
                if (names && count > 0) {
                    Quantity q;
                    q.value = count;
                    q.unit = unit;
                    q.kind = target->quantity.kind;
                    q.begin = list_begin;
                    q.end = status_end;
                    Amount a = make_amount(q, progress, "progress", Role::achieved);
                    a.implied = true;
                    a.subject = target->subject;
                    reading.achieved.push_back(std::move(a));
                }
            }
            from = status_end;
        }
    }
}

}  // namespace jindu::extraction
