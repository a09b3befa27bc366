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

Reading extract(const ItemText& item) {
    Reading reading;
    const extraction::AlignedText content(item.content);
    const extraction::AlignedText progress(item.progress);
    extraction::read_targets(content, item.unit, reading);
    extraction::read_progress(progress, reading);
    if (!item.rate.empty()) extraction::read_rate_cell(extraction::AlignedText(item.rate), reading);
    if (!item.achieved.empty())
        extraction::read_achieved_cell(extraction::AlignedText(item.achieved), item.unit, reading);
    extraction::read_implied_counts(progress, reading);
    extraction::decide_status(item, progress, reading);
    return reading;
}

}  // namespace jindu
