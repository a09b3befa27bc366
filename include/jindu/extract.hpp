// jindu — extract: the role of each quantity in an item, its status and completion.
#pragma once

#include <jindu/export.hpp>
#include <jindu/quantity.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace jindu {

enum class Role { target, achieved, percent, threshold, rate, other };
enum class Status { completed, exceeded, in_progress, not_started, unknown };

// The cell of an item an amount was read from.
enum class Field { content, progress, rate, achieved };

// Snake-case names as in JSON: "achieved", "in_progress", "progress".
[[nodiscard]] JINDU_API std::string_view to_string(Role role) noexcept;
[[nodiscard]] JINDU_API std::string_view to_string(Status status) noexcept;
[[nodiscard]] JINDU_API std::string_view to_string(Field field) noexcept;

// A quantity with the part it plays in its item.
struct Amount {
    Quantity quantity;   // begin/end are byte offsets into the cell named by field
    Role role = Role::other;
    std::string subject;  // targets/achieved: what is counted; percents: the sub-item ("of")
    Field field = Field::content;  // the cell it was read from
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

// Calls f(amount) for each amount of a reading (or an Item), in the order
// targets, achieved, percents, others; Amount::role tells which it is.
template <class Reading_, class F>
    requires std::is_base_of_v<Reading, std::remove_const_t<Reading_>>
void for_each_amount(Reading_& reading, F&& f) {
    for (auto* list : {&reading.targets, &reading.achieved, &reading.percents, &reading.others})
        for (auto& amount : *list) f(amount);
}

// Reads the quantities of one item and decides status and completion.
// Thread-safe: each thread keeps a few scratch buffers for the cells it reads
// (their folded views), reused from call to call and freed when the thread ends.
[[nodiscard]] JINDU_API Reading extract(const ItemText& item);

// The same for an item whose cells span several rows (a project with sub-rows
// under it): each row's figures are read with its own unit column, the
// progress against the targets of all rows, and the status is decided once.
[[nodiscard]] JINDU_API Reading extract(std::span<const ItemText> rows);

}  // namespace jindu
