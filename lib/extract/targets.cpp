// Targets: what the content cell promises. In order, the first rule that applies:
//   0 a numeral in the project's name (两项补贴提标, “15分钟阅读圈”建设) → other
//   1 an age, or a bound after a number before the noun it limits → threshold
//   2 percentage points → other; a duration → other, unless it is a bound to
//     reach (反应时间缩短至12分钟以内, 办理时限压缩至3个工作日): then a target
//   3 the figure a change starts from (由780元提高到…) → other
//   4 money per person or period (每人每月不低于650元) → target of kind rate
//   5 a bare number without a unit → other
//   6 anything else → target
#include "common/utf8.hpp"
#include "extract/rules.hpp"

#include <algorithm>

namespace jindu::extraction {

namespace {

// The bound written before the 每 of a per-unit amount, or none.
Qualifier bound_before_per(const CellView& text, const Quantity& q, Span clause) {
    const auto view = text.view();
    const auto lead = view.substr(clause.begin, q.begin - clause.begin);
    const auto per = lead.rfind("每");
    if (per == std::string_view::npos) return Qualifier::none;
    const auto before = lead.substr(0, per);
    for (std::string_view w : {"不低于", "不少于", "至少", "不得低于"})
        if (before.ends_with(w)) return Qualifier::at_least;
    for (std::string_view w : {"不超过", "不高于", "最高"})
        if (before.ends_with(w)) return Qualifier::at_most;
    return Qualifier::none;
}

// A duration the item promises to bring a time down to: an upper bound
// (12分钟以内, 不超过3个工作日) or the figure after 缩短至 / 压缩至 / 控制在.
bool is_time_bound(const CellView& text, const Quantity& q, Span clause) {
    if (q.qualifier == Qualifier::at_most) return true;
    const auto lead = utf8::trim(text.view().substr(clause.begin, q.begin - clause.begin));
    return std::any_of(std::begin(lexicon::time_bound_verbs), std::end(lexicon::time_bound_verbs),
                       [&](std::string_view w) { return lead.ends_with(w); });
}

}  // namespace

void read_targets(const CellView& content, std::string_view column_unit, Reading& reading, std::size_t name_bytes) {
    std::size_t previous_end = 0;
    for (Quantity q : content.quantities()) {
        apply_column_unit(q, column_unit);
        const Span clause = content.clause_around(segment_at(content, q.begin), q.begin);
        Role role = Role::target;
        std::string reason = "target: content cell";
        if (content.to_original(q.begin) < name_bytes) {
            role = Role::other;
            reason = "a numeral in the project's name";
        } else if (is_threshold(content, q)) {
            role = Role::threshold;
            reason = q.kind == Kind::age ? "threshold: an age" : "threshold: a bound before the noun it limits";
        } else if (q.kind == Kind::percentage_point) {
            role = Role::other;
            reason = "percentage points";
        } else if (q.kind == Kind::duration && !is_time_bound(content, q, clause)) {
            role = Role::other;
            reason = "a duration";
        } else if (is_baseline(content, q, clause)) {
            role = Role::other;
            reason = "the figure a change starts from";
        } else if (is_per_unit(content, q, clause)) {
            q.kind = Kind::rate;
            reason = "target: an amount per person or period";
            // 不低于每人每年12800元: the bound stands before what the amount is per.
            if (q.qualifier == Qualifier::none) q.qualifier = bound_before_per(content, q, clause);
        } else if (q.unit.empty() && q.kind == Kind::other) {
            role = Role::other;
            reason = "a number without a unit";
        }
        Amount a = make_amount(q, content, Field::content, role, std::move(reason));
        if (role == Role::target) {
            a.subject = subject_of(content, q.begin, q.end, previous_end);
            reading.targets.push_back(std::move(a));
        } else {
            reading.others.push_back(std::move(a));
        }
        previous_end = q.end;
    }
}

}  // namespace jindu::extraction
