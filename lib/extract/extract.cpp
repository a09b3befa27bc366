// The extract stage: roles of the quantities in an item, then status and completion.
#include "extract/rules.hpp"

namespace jindu {

std::string_view to_string(Role role) noexcept {
    switch (role) {
    case Role::target: return "target";
    case Role::achieved: return "achieved";
    case Role::percent: return "percent";
    case Role::threshold: return "threshold";
    case Role::rate: return "rate";
    case Role::other: return "other";
    }
    return "other";
}

std::string_view to_string(Status status) noexcept {
    switch (status) {
    case Status::completed: return "completed";
    case Status::exceeded: return "exceeded";
    case Status::in_progress: return "in_progress";
    case Status::not_started: return "not_started";
    case Status::unknown: return "unknown";
    }
    return "unknown";
}

std::string_view to_string(Field field) noexcept {
    switch (field) {
    case Field::content: return "content";
    case Field::progress: return "progress";
    case Field::rate: return "rate";
    case Field::achieved: return "achieved";
    }
    return "content";
}

Reading extract(const ItemText& item) {
    Reading reading;
    const extraction::CellView content(item.content);
    const extraction::CellView progress(item.progress);
    extraction::read_targets(content, item.unit, reading, item.name.size());
    extraction::read_progress(progress, reading, item.name);
    if (!item.rate.empty()) extraction::read_rate_cell(extraction::CellView(item.rate), reading);
    if (!item.achieved.empty())
        extraction::read_achieved_cell(extraction::CellView(item.achieved), item.unit, reading);
    extraction::read_implied_counts(progress, reading, &content);
    extraction::decide_status(item, progress, reading);
    return reading;
}

namespace {

// Where each row's cell starts in the rows' cells joined by '\n', empty ones
// left out, as Reading's offsets count for an item of several rows.
struct Joined {
    std::string text;
    std::size_t add(std::string_view more) {
        if (more.empty()) return text.size();
        if (!text.empty()) text += '\n';
        const std::size_t at = text.size();
        text.append(more);
        return at;
    }
};

// Shifts the offsets of the amounts added to each list since `marks` by `by`,
// for those read from `field`.
struct Marks {
    std::size_t targets, achieved, percents, others;
    explicit Marks(const Reading& r)
        : targets(r.targets.size()), achieved(r.achieved.size()), percents(r.percents.size()), others(r.others.size()) {}
    void shift(Reading& r, Field field, std::size_t by) const {
        const auto move = [&](std::vector<Amount>& list, std::size_t from) {
            for (std::size_t k = from; k < list.size(); ++k) {
                if (list[k].field != field) continue;
                list[k].quantity.begin += by;
                list[k].quantity.end += by;
            }
        };
        move(r.targets, targets);
        move(r.achieved, achieved);
        move(r.percents, percents);
        move(r.others, others);
    }
};

}  // namespace

Reading extract(std::span<const ItemText> rows) {
    if (rows.size() == 1) return extract(rows.front());
    Reading reading;
    Joined content, progress, status, rate, achieved;
    for (const ItemText& row : rows) {
        const Marks marks(reading);
        const std::size_t at = content.add(row.content);
        extraction::read_targets(extraction::CellView(row.content), row.unit, reading, row.name.size());
        marks.shift(reading, Field::content, at);
    }
    const extraction::CellView all_content(content.text);
    for (const ItemText& row : rows) {
        const extraction::CellView view(row.progress);
        const Marks marks(reading);
        const std::size_t progress_at = progress.add(row.progress);
        const std::size_t rate_at = rate.add(row.rate);
        const std::size_t achieved_at = achieved.add(row.achieved);
        status.add(row.status);
        extraction::read_progress(view, reading, rows.front().name);
        if (!row.rate.empty()) extraction::read_rate_cell(extraction::CellView(row.rate), reading);
        if (!row.achieved.empty())
            extraction::read_achieved_cell(extraction::CellView(row.achieved), row.unit, reading);
        extraction::read_implied_counts(view, reading, &all_content);
        marks.shift(reading, Field::progress, progress_at);
        marks.shift(reading, Field::rate, rate_at);
        marks.shift(reading, Field::achieved, achieved_at);
    }
    ItemText whole;
    whole.content = content.text;
    whole.progress = progress.text;
    whole.status = status.text;
    whole.rate = rate.text;
    extraction::decide_status(whole, extraction::CellView(progress.text), reading);
    return reading;
}

}  // namespace jindu
