// jindu — extract: the role of each quantity in an item, its status and completion.
#pragma once

#include <jindu/quantity.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jindu {

enum class Role { target, achieved, percent, threshold, rate, other };
enum class Status { completed, exceeded, in_progress, not_started, unknown };

// Snake-case names as in JSON: "achieved", "in_progress".
std::string_view to_string(Role role) noexcept;
std::string_view to_string(Status status) noexcept;

// A quantity with the part it plays in its item.
struct Amount {
    Quantity quantity;   // begin/end are byte offsets into the cell named by field
    Role role = Role::other;
    std::string subject;  // targets/achieved: what is counted; percents: the sub-item ("of")
    std::string field;    // the cell it was read from: "content", "progress", "rate", …
    bool implied = false; // counted from an enumeration of names, not written as a number
    std::string reason;   // the rule that placed it: "answers target 1 by unit", "cue 已开工: started, not achieved"
    bool operator==(const Amount&) const = default;
};

// The cells of one item that extraction reads.
struct ItemText {
    std::string_view content;   // target / project content
    std::string_view name;      // the project's name where it opens content ("名称：目标"): no targets in it
    std::string_view progress;  // progress / completion text
    std::string_view rate;      // a 完成率 column, if any
    std::string_view status;    // a status column (序时推进, 已完成 …), if any
    std::string_view unit;      // a unit column, or the unit in a column header
    std::string_view achieved;  // an achieved-amount column (已完成数), if any
};

struct Reading {
    std::vector<Amount> targets;
    std::vector<Amount> achieved;
    std::vector<Amount> percents;
    std::vector<Amount> others;   // thresholds, rates and amounts the rules cannot place
    Status status = Status::unknown;
    std::optional<double> completion;  // 1.0 = done; above 1 when exceeded
    bool operator==(const Reading&) const = default;
};

// Reads the quantities of one item and decides status and completion. Thread-safe.
Reading extract(const ItemText& item);

// The same for an item whose cells span several rows (a project with sub-rows
// under it): each row's figures are read with its own unit column, the
// progress against the targets of all rows, and the status is decided once.
Reading extract(std::span<const ItemText> rows);

}  // namespace jindu
