// Implied counts: 南山东路、南山西路、葡萄路、绣山路均已完工 → 4 条 achieved.
//
// A list of names whose completion is stated without a number counts one per
// name, in the unit of the count target the names answer (所, 条, 个 — never 公里
// or 元): names followed by a done status that ends its clause (均已完工,
// 已完成改造并投用), or names after a done verb that opens the clause
// (新开通K1路、K2路). A single name counts 1 when it shares a character with
// the target's subject. A segment that writes its own
// achieved amount is not counted again.
#include "common/utf8.hpp"
#include "extract/rules.hpp"
#include "lex/scan.hpp"

#include <jindu/source.hpp>

#include <algorithm>

namespace jindu::extraction {

namespace {

bool starts_with_any(std::string_view s, std::span<const std::string_view> words, std::size_t* length = nullptr) {
    for (std::string_view w : words) {
        if (s.starts_with(w)) {
            if (length) *length = w.size();
            return true;
        }
    }
    return false;
}

// Where a done status starts in view[begin, end): 已完工, 均已竣工, 已于5月完工.
// Sets status_end past the done word; npos when none.
std::size_t find_done_status(std::string_view view, std::size_t begin, std::size_t end, std::size_t& status_end) {
    // The status starts at its 均 when one stands before 已 (均已完工).
    const auto status_start = [&](std::size_t at) { return at >= 3 && view.substr(at - 3, 3) == "均" ? at - 3 : at; };
    for (std::size_t at = find_word(view.substr(0, end), "已", begin); at != std::string_view::npos;
         at = find_word(view.substr(0, end), "已", at + 3)) {
        std::size_t rest = at + 3;
        if (view.substr(rest, 6) == "全部" || view.substr(rest, 6) == "全面") rest += 6;
        // 已于5月完工: a short date between 已于 and the verb.
        if (view.substr(rest, 3) == "于") {
            const auto window = view.substr(rest, std::min<std::size_t>(36, end - rest));
            std::size_t best = std::string_view::npos;
            for (auto w : lexicon::part_done_words) best = std::min(best, window.find(w));
            if (best == std::string_view::npos) continue;
            rest += best;
        }
        std::size_t length = 0;
        if (starts_with_any(view.substr(rest, end - rest), lexicon::part_done_words, &length)) {
            status_end = rest + length;
            return status_start(at);
        }
        // 已通过省级美丽宜居村验收: an acceptance named between 通过 and 验收.
        if (view.substr(rest, 6) == "通过") {
            const auto window = view.substr(rest, std::min<std::size_t>(3 * 14, end - rest));
            if (const auto accepted = window.find("验收"); accepted != std::string_view::npos) {
                status_end = rest + accepted + 6;
                return status_start(at);
            }
        }
    }
    return std::string_view::npos;
}

// A done word that ends a list of names without 已 (甲、乙卫生院改造完工并投入使用,
// 甲路、乙路改造完成): where it starts, npos when none; only after two names or
// more. 完成 only where it ends the clause: 完成改造12个 is an amount's verb.
std::size_t find_bare_done(std::string_view view, std::size_t begin, std::size_t end, std::size_t& status_end) {
    const std::string_view clause = utf8::trim(view.substr(begin, end - begin));
    const std::size_t clause_end = static_cast<std::size_t>(clause.data() - view.data()) + clause.size();
    std::size_t best = std::string_view::npos, best_length = 0;
    // One walk for all the words: the earliest start wins, the longest word there.
    lexicon::part_done_index.for_each_in(view.substr(begin, end - begin), [&](std::size_t k, std::size_t start) {
        const std::string_view w = lexicon::part_done_words[k];
        const std::size_t at = begin + start;
        if (w == "完成" && at + w.size() != clause_end) return;
        if (best == std::string_view::npos || at < best || (at == best && w.size() > best_length)) {
            best = at;
            best_length = w.size();
        }
    });
    if (best == std::string_view::npos || view.substr(begin, best - begin).find("、") == std::string_view::npos)
        return std::string_view::npos;
    status_end = best + best_length;
    return best;
}

// Splits view[begin, end) at 、 和 及 outside brackets.
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

// Where a list of names starts in a clause: after a list marker (1.) or a
// filler (其中, 另) that opens it.
std::size_t list_start(std::string_view view, std::size_t begin, std::size_t end) {
    std::size_t i = begin;
    while (i < end && view[i] >= '0' && view[i] <= '9') ++i;
    if (i > begin && i < end && (view[i] == '.' || view.substr(i, 3) == "、")) i += view[i] == '.' ? std::size_t{1} : std::size_t{3};
    else i = begin;
    for (std::string_view filler : {"其中", "另有", "另", "目前", "现", "共"})
        if (view.substr(i, end - i).starts_with(filler)) return i + filler.size();
    return i;
}

// A list item reads as a name: not empty, not a clause with a verb of progress.
bool is_name(std::string_view item) {
    item = utf8::trim(item);
    if (item.empty() || item.size() > 150) return false;
    if (lexicon::names_whole_item(item)) return false;
    return lexicon::not_in_names_index.first_in(item, 0, item.size()) == std::string_view::npos;
}

// The count target the names answer, nullptr when none: the target the
// content writes right after them (新建甲小学、乙小学，共3所), else the one whose
// subject shares most with what the progress says of them (`said`: the names
// and their status; 岗头村、沙湾村已通过省级美丽宜居村验收 answers 创建省级美丽宜居村
// 2个, not 新建农村公厕6座), sharing one character at least.
const Amount* count_target(const Reading& reading, std::string_view view, std::span<const Span> names,
                           std::string_view said, const CellView* content) {
    const auto counts_parts = [](const Amount& t) {
        const std::string_view unit = t.quantity.unit;
        return t.field == Field::content && t.quantity.kind == Kind::count && !unit.empty() &&
               std::find(std::begin(lexicon::not_part_units), std::end(lexicon::not_part_units), unit) ==
                   std::end(lexicon::not_part_units);
    };
    const auto candidates = std::count_if(reading.targets.begin(), reading.targets.end(), counts_parts);
    if (candidates == 0) return nullptr;
    const auto mentioned = [&]() -> const Amount* {
        if (!content || names.empty()) return nullptr;
        const auto text = content->view();
        std::size_t mention_end = 0;
        for (const Span& item : names) {
            const auto name = utf8::trim(view.substr(item.begin, item.end - item.begin));
            if (name.size() < 6) continue;  // two characters at least
            if (const auto at = text.find(name); at != std::string_view::npos)
                mention_end = std::max(mention_end, at + name.size());
        }
        if (mention_end == 0) return nullptr;
        // The count target right after them: 甲小学、乙小学，共3所 (a short link between, never 新增学位).
        const std::size_t at = content->to_original(mention_end);
        const std::string_view original = content->original();
        for (const Amount& t : reading.targets) {
            if (!counts_parts(t) || t.quantity.begin < at) continue;
            const auto between = original.substr(at, t.quantity.begin - at);
            if (utf8::code_points(between, between.size()) <= 3) return &t;
            break;
        }
        return nullptr;
    };
    if (candidates == 1) {
        // One target: one shared character is enough to know (subjects are as written).
        const Amount& only = *std::find_if(reading.targets.begin(), reading.targets.end(), counts_parts);
        if (shares_a_character(said, matching_view(only.subject))) return &only;
        return mentioned();
    }
    if (const Amount* t = mentioned()) return t;
    const Amount* best = nullptr;
    std::size_t best_shared = 0;
    for (const Amount& t : reading.targets) {
        if (!counts_parts(t)) continue;
        const std::size_t shared = shared_characters(said, matching_view(t.subject));
        if (shared > best_shared) {
            best = &t;
            best_shared = shared;
        }
    }
    return best;
}

// Counts the names of view[begin, end) into an implied amount; false when an
// item of the list is no name.
bool count_names(const CellView& progress, Span seg, std::size_t begin, std::size_t end, std::size_t text_end,
                 Reading& reading, std::string_view how, const CellView* content) {
    const auto view = progress.view();
    const auto list = utf8::trim(view.substr(begin, end - begin));
    if (list.empty()) return false;
    // The cheap tests first: every item a name, no cue of work not done among them.
    const auto items = list_items(view, begin, end);
    for (const Span& item : items)
        if (!is_name(view.substr(item.begin, item.end - item.begin))) return false;
    for (const CueHit& h : progress.cues()) {
        if (h.begin >= end) break;
        if (h.begin < begin || progress.inside_brackets(seg, h.begin)) continue;
        if (h.cue != lexicon::Cue::done && h.cue != lexicon::Cue::progress_percent) return false;
    }
    const Amount* target = count_target(reading, view, items, view.substr(begin, text_end - begin), content);
    if (!target) return false;
    // A single name is counted only when it names the kind of thing the target
    // counts (城南幼儿园 for 新建幼儿园1所); 改造工程已竣工 is the work itself.
    if (items.size() == 1 && shared_characters(list, matching_view(target->subject)) == 0) return false;
    double count = 0;
    for (const Span& item : items) {
        const auto text = view.substr(item.begin, item.end - item.begin);
        // A name carrying its own size in the target's unit (含2个卡口) counts that size.
        double size = 0;
        for (const Quantity& q : lex::scan_matching_view(text)) {
            // An amount of its own outside brackets (城区段8.2公里、乡镇段19.6公里已完工): the list is no names.
            if (!progress.inside_brackets(seg, item.begin + q.begin)) return false;
            if (same_unit(q.unit, target->quantity.unit)) size += q.value;
        }
        count += size > 0 ? size : 1;
    }
    Quantity q;
    q.value = count;
    q.unit = target->quantity.unit;
    q.kind = target->quantity.kind;
    q.begin = begin;
    q.end = text_end;
    const std::size_t n = static_cast<std::size_t>(&*target - reading.targets.data()) + 1;
    Amount a = make_amount(q, progress, Field::progress, Role::achieved,
                           std::string("counted from names ") + std::string(how) + ", in the unit of target " +
                               std::to_string(n));
    a.implied = true;
    a.subject = target->subject;
    reading.achieved.push_back(std::move(a));
    return true;
}

// True when the rest of a clause after a done status only continues it
// (已完工并投入使用, 已完成改造): no figure, nothing preparatory.
bool status_ends_clause(const CellView& progress, std::size_t from, std::size_t to) {
    const auto view = progress.view();
    const auto tail = utf8::trim(view.substr(from, to - from));
    if (tail.empty() || starts_with_any(tail, lexicon::status_continuations)) return true;
    for (const Quantity& q : progress.quantities())
        if (q.begin >= from && q.begin < to) return false;
    for (const CueHit& h : progress.cues()) {
        if (h.begin < from || h.begin >= to) continue;
        if (h.cue == lexicon::Cue::preparatory || h.cue == lexicon::Cue::applied || h.cue == lexicon::Cue::planned ||
            h.cue == lexicon::Cue::started || h.cue == lexicon::Cue::partial)
            return false;
    }
    return tail.size() <= 18;  // a short object: 改造, 提标改造, 建设任务
}

// True when the names of a clause are numbered already: a count written in
// the clause (已完成6条（芦湾路、…）, 城东、城西2处停车场已建成; only a count
// numbers names: 横港河道（2.1公里）已完工 is still one 条), or the clause after it
// giving their number in the unit they would be counted in (甲、乙宿舍已交付使用，
// 共72套; not 甲、乙路已通车，合计1.9公里).
bool numbered_elsewhere(const CellView& progress, Span seg, Span clause, const Reading& reading) {
    const auto view = progress.view();
    const std::size_t at = progress.to_original(clause.begin), to = progress.to_original(clause.end);
    if (std::any_of(reading.achieved.begin(), reading.achieved.end(), [&](const Amount& a) {
            return !a.implied && a.quantity.kind == Kind::count && a.quantity.begin >= at && a.quantity.begin < to;
        }))
        return true;
    if (clause.end >= seg.end) return false;
    const Span next = progress.clause_around(seg, std::min(seg.end - 1, clause.end + 3));
    const auto opening = view.substr(next.begin, next.end - next.begin);
    const bool total = std::any_of(std::begin(lexicon::total_openers), std::end(lexicon::total_openers),
                                   [&](std::string_view w) { return opening.starts_with(w); });
    const auto said = view.substr(clause.begin, clause.end - clause.begin);
    const Amount* target = total ? count_target(reading, view, {}, said, nullptr) : nullptr;
    const std::size_t next_at = progress.to_original(next.begin), next_to = progress.to_original(next.end);
    return target && std::any_of(reading.achieved.begin(), reading.achieved.end(), [&](const Amount& a) {
               return !a.implied && a.quantity.begin >= next_at && a.quantity.begin < next_to &&
                      same_unit(a.quantity.unit, target->quantity.unit);
           });
}

}  // namespace

void read_implied_counts(const CellView& progress, Reading& reading, const CellView* content) {
    const auto view = progress.view();
    if (!std::any_of(reading.targets.begin(), reading.targets.end(), [](const Amount& t) {
            return t.quantity.kind == Kind::count && !t.quantity.unit.empty();
        }))
        return;

    // Every status has 已, or follows a list (、) or a list verb: without them there is nothing to count.
    if (find_word(view, "已") == std::string_view::npos && find_word(view, "、") == std::string_view::npos)
        return;

    for (const Span& seg : progress.segments()) {
        for (std::size_t from = seg.begin; from < seg.end;) {
            const Span clause = progress.clause_around(seg, from);
            const auto clause_text = view.substr(0, clause.end);
            const bool has_done = find_word(clause_text, "已", clause.begin) != std::string_view::npos;
            const bool has_list = find_word(clause_text, "、", clause.begin) != std::string_view::npos;
            if (!has_done && !has_list) {  // most clauses: neither a status nor a list
                from = clause.end + 1;
                while (from < seg.end && (static_cast<unsigned char>(view[from]) & 0xC0) == 0x80) ++from;
                continue;
            }
            // A status that ends a list of names (均已完工, 改造完成), or a done verb that opens one (新开通).
            const std::size_t begin = list_start(view, std::max(clause.begin, from), clause.end);
            std::size_t status_end = 0;
            std::size_t status = has_done ? find_done_status(view, begin, clause.end, status_end) : std::string_view::npos;
            if (status == std::string_view::npos && has_list) status = find_bare_done(view, begin, clause.end, status_end);
            const bool stated_done = status != std::string_view::npos && status > begin &&
                                     status_ends_clause(progress, status_end, clause.end);
            std::size_t verb = 0;
            const bool after_verb =
                !stated_done && has_list &&
                starts_with_any(view.substr(begin, clause.end - begin), lexicon::list_done_verbs, &verb);
            if ((stated_done || after_verb) && !numbered_elsewhere(progress, seg, clause, reading)) {
                if (stated_done) count_names(progress, seg, begin, status, status_end, reading, "stated done", content);
                else count_names(progress, seg, begin + verb, clause.end, clause.end, reading, "after a done verb", content);
            }
            from = clause.end + 1;
            while (from < seg.end && (static_cast<unsigned char>(view[from]) & 0xC0) == 0x80) ++from;
        }
    }
}

}  // namespace jindu::extraction
