// Status and completion: the first rule that applies wins.
//   1 a status column says it (已完成, 序时推进, 未启动 …)
//   2 unknown       the progress text says nothing (empty, ——) and no column gives a figure
//   3 not_started   未启动 / 未开工 for the whole item, with nothing achieved
//   4 exceeded      超额…, or a printed completion rate above 100%
//   5 in_progress   a progress percent below 100%, or 序时推进, 滞后, 正在, 在建, 其余 …
//   6 completed     全部完成, 全面完成, 均已竣工, a progress that opens with 已完成, or
//                   every progress percent exactly 100%
//   7 the numbers   every target met → completed, one of them passed → exceeded;
//                   otherwise in_progress. Passing a bounded target (不少于120名 → 126)
//                   only meets it.
// A status word that a plan or an aim qualifies in its clause says nothing:
// 力争在今年十二月底以前全面完成.
#include "common/utf8.hpp"
#include "extract/rules.hpp"
#include "lexicon/lexicon.hpp"

#include <jindu/source.hpp>

#include <algorithm>
#include <cmath>

namespace jindu::extraction {

namespace {

using lexicon::Says;

struct Pair {
    const Amount* target;
    const Amount* achieved;
    double ratio() const { return target->quantity.value > 0 ? achieved->quantity.value / target->quantity.value : 0; }
};

bool bounded_below(const Quantity& q) {
    return q.qualifier == Qualifier::at_least || q.qualifier == Qualifier::more_than;
}

// Pairs achieved amounts with targets of the same unit: the target whose
// subject shares most with the amount's, else the first in order. A ratio past
// 20 is no pair but two different things that share a unit.
std::vector<Pair> pair_up(const Reading& r, bool implied) {
    std::vector<Pair> pairs;
    if (r.targets.empty() || r.achieved.empty()) return pairs;
    std::vector<bool> used(r.targets.size(), false);
    for (const Amount& a : r.achieved) {
        if (a.implied != implied) continue;
        std::size_t best = r.targets.size();
        std::size_t best_shared = 0;
        std::size_t candidates = 0;
        for (std::size_t t = 0; t < r.targets.size(); ++t) {
            if (used[t] || !same_unit(r.targets[t].quantity.unit, a.quantity.unit)) continue;
            if (candidates++ == 0) best = t;
        }
        // The subjects decide only between targets in the same unit.
        for (std::size_t t = best; candidates > 1 && t < r.targets.size(); ++t) {
            if (used[t] || !same_unit(r.targets[t].quantity.unit, a.quantity.unit)) continue;
            const std::size_t shared = shared_characters(a.subject, r.targets[t].subject);
            if (t == best || shared > best_shared) {
                best = t;
                best_shared = shared;
            }
        }
        if (best == r.targets.size()) continue;
        const Pair pair{&r.targets[best], &a};
        if (pair.ratio() > 20) continue;
        used[best] = true;
        pairs.push_back(pair);
    }
    return pairs;
}

// Bits of Says that the status words of view say, each word unqualified by a
// plan earlier in its clause.
unsigned what_it_says(const CellView& text) {
    unsigned said = 0;
    const auto view = text.view();
    for (const StatusHit& hit : text.statuses()) {
        const unsigned bit = 1u << static_cast<unsigned>(hit.says);
        if (said & bit) continue;
        const Span clause = text.clause_around(segment_at(text, hit.begin), hit.begin);
        if (last_of(view, clause.begin, hit.begin, lexicon::plan_qualifier_index) != std::string_view::npos) continue;
        // 完成年度目标的81.2%: a share of the target, not the target done.
        if (hit.says == Says::completed && view.substr(hit.end).starts_with("的")) continue;
        // 其中甲市、乙市已提前完成全年任务: some parts done, not the item.
        if (hit.says == Says::completed) {
            const Span seg = segment_at(text, hit.begin);
            if (find_word(view.substr(0, hit.begin), "其中", seg.begin) != std::string_view::npos) continue;
        }
        said |= bit;
    }
    return said;
}

constexpr unsigned says(Says s) { return 1u << static_cast<unsigned>(s); }

// A progress text that opens by saying the whole item is done: 已完成。 项目已完工。
// 已建成并投入使用。 — the subject, if any, is the project itself.
bool whole_item_done(std::string_view text) {
    for (std::string_view lead : lexicon::project_self_names)
        if (text.starts_with(lead)) text.remove_prefix(lead.size());
    if (!text.starts_with("已")) return false;
    text.remove_prefix(3);
    for (std::string_view all : lexicon::whole_words)
        if (text.starts_with(all)) text.remove_prefix(all.size());
    for (std::string_view done : lexicon::finishing_verbs) {
        if (!text.starts_with(done)) continue;
        const auto rest = text.substr(done.size());
        // The sentence ends there, or goes on with 并投入使用 / 验收 only.
        return rest.empty() || rest.starts_with("。") || rest.starts_with("，") || rest.starts_with("并") ||
               rest.starts_with("验收") || rest.starts_with(";") || rest.starts_with("；");
    }
    return false;
}

// Whether target t is met, and passed, by what was achieved: by the amount
// paired with it, or by all amounts in its unit when it is the only target in that unit.
struct Met {
    bool met = false;
    bool passed = false;
};

Met target_met(const Reading& r, const Amount& t, const std::vector<Pair>& pairs, std::string_view progress) {
    const Quantity& target = t.quantity;
    const auto compare = [&](double achieved) {
        // A bound from above, or a time to bring down to (办理时限压缩至3个工作日): met at or under it.
        if (target.qualifier == Qualifier::at_most || target.kind == Kind::duration)
            return Met{achieved <= target.value + 1e-9, false};
        const double goal = target.value;
        const bool met = achieved >= goal - 1e-9;
        const double upper = target.value_max.value_or(goal);
        return Met{met, met && achieved > upper + 1e-9 && !bounded_below(target)};
    };
    Met best;
    for (const Pair& p : pairs) {
        if (p.target != &t) continue;
        const Met m = compare(p.achieved->quantity.value);
        if (m.met) best = m;
    }
    if (best.met) return best;
    const auto same = [&](const Amount& other) { return same_unit(other.quantity.unit, target.unit); };
    if (std::count_if(r.targets.begin(), r.targets.end(), same) != 1 || target.kind == Kind::percent ||
        target.kind == Kind::rate)
        return best;
    // The sum of the parts, without the parts of a total already counted:
    // 筹集1120套，其中新建960套、改建160套 is 1120.
    double sum = 0;
    const Amount* before = nullptr;
    for (const Amount& a : r.achieved) {
        if (!same(a)) continue;
        const bool part_of_before = before && before->field == Field::progress && a.field == Field::progress &&
                                    a.quantity.begin > before->quantity.end && a.quantity.begin <= progress.size() &&
                                    progress.substr(before->quantity.end, a.quantity.begin - before->quantity.end)
                                            .find("其中") != std::string_view::npos;
        if (part_of_before) continue;  // stays the total the next parts belong to
        sum += a.quantity.value;
        before = &a;
    }
    return compare(sum);
}

}  // namespace

void decide_status(const ItemText& item, const CellView& progress, Reading& r) {
    const auto explicit_pairs = pair_up(r, false);
    const auto implied_pairs = pair_up(r, true);
    const auto any_percent = [&r](auto pred) {
        return std::any_of(r.percents.begin(), r.percents.end(), [&](const Amount& p) { return pred(p.quantity.value); });
    };

    // Completion: achieved over target; else the mean percent; else the implied count.
    const auto mean_ratio = [](const std::vector<Pair>& pairs) -> std::optional<double> {
        double sum = 0;
        std::size_t n = 0;
        for (const auto& p : pairs) {
            // A bound from above has no share done: 11.6 of 12 minutes is not 97 %.
            if (p.target->quantity.qualifier == Qualifier::at_most || p.target->quantity.kind == Kind::duration)
                continue;
            sum += p.ratio();
            ++n;
        }
        if (n == 0) return std::nullopt;
        return sum / static_cast<double>(n);
    };
    if (auto ratio = mean_ratio(explicit_pairs)) {
        r.completion = ratio;
    } else if (!r.percents.empty()) {
        double sum = 0;
        for (const auto& p : r.percents) sum += p.quantity.value;
        r.completion = sum / static_cast<double>(r.percents.size()) / 100.0;
    } else if (auto implied = mean_ratio(implied_pairs)) {
        r.completion = implied;
    }
    // A negative figure (a dash read as a minus) or a zero target says nothing.
    if (r.completion && !(*r.completion >= 0 && std::isfinite(*r.completion))) r.completion.reset();

    // A status column, or a rate column that holds words instead of a figure
    // (已完成), says what its words say, in the same order as the progress text.
    std::string status_words = matching_view(item.status);
    if (status_words.empty() && !item.rate.empty()) {
        std::string rate = matching_view(item.rate);
        if (std::none_of(rate.begin(), rate.end(), [](char c) { return c >= '0' && c <= '9'; }))
            status_words = std::move(rate);
    }
    const auto cell_says = lexicon::status_cell_says(status_words);
    const auto bare = utf8::trim(progress.view());
    if (lexicon::says_nothing(bare) && r.percents.empty() && r.achieved.empty() && !cell_says) {
        r.status = Status::unknown;
        return;
    }
    unsigned said = what_it_says(progress);
    if (!item.rate.empty()) said |= what_it_says(CellView(item.rate));
    if (cell_says) said |= says(*cell_says);

    if ((said & says(Says::not_started)) && r.achieved.empty() && !any_percent([](double p) { return p > 0; })) {
        r.status = Status::not_started;
        return;
    }
    if ((said & says(Says::exceeded)) || any_percent([](double p) { return p > 100 + 1e-9; })) {
        r.status = Status::exceeded;
        return;
    }
    if ((said & says(Says::in_progress)) || any_percent([](double p) { return p < 100 - 1e-9; })) {
        r.status = Status::in_progress;
        return;
    }
    if ((said & says(Says::completed)) || whole_item_done(bare) || !r.percents.empty()) {
        r.status = Status::completed;  // every percent is 100 here
        return;
    }
    // The numbers decide.
    std::vector<Pair> all = explicit_pairs;
    all.insert(all.end(), implied_pairs.begin(), implied_pairs.end());
    bool every_met = !r.targets.empty() && !r.achieved.empty();
    bool one_passed = false;
    for (const Amount& t : r.targets) {
        const Met m = target_met(r, t, all, item.progress);
        every_met = every_met && m.met;
        one_passed = one_passed || m.passed;
    }
    if (!every_met) r.status = Status::in_progress;
    else r.status = one_passed ? Status::exceeded : Status::completed;
}

}  // namespace jindu::extraction
