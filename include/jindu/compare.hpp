// jindu — compare: the same projects in two reports, and what changed.
#pragma once

#include <jindu/export.hpp>
#include <jindu/report.hpp>
#include <jindu/write.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jindu {

struct CompareOptions {
    // The least score of a pair: items whose best partner scores lower are
    // added (in NEW) or dropped (in OLD).
    double threshold = 0.5;
    // The least similarity of two contents (see content_similarity) for them
    // to be partners at all: the other signals corroborate the text, they do
    // not make two different projects one.
    double min_text = 0.3;
};

// How the targets of two items agree: the same values in the same units, the
// same units with other values, or neither; absent when neither item has one.
enum class TargetAgreement { same, same_units, different, absent };

// The signals a pair was scored on, each as its two items compare. A signal
// that one of the items lacks (no owners, no category, no 序号) is nullopt
// and counts neither for nor against the pair.
struct Evidence {
    double text = 0;                  // similarity of the normalised contents, 0..1
    TargetAgreement targets = TargetAgreement::absent;
    std::optional<bool> owners;       // an owner in common
    std::optional<bool> category;     // the same category
    std::optional<bool> seq;          // the same 序号 (numbering changes: a weak hint)
    bool operator==(const Evidence&) const = default;
};

// The achieved amounts of a pair in one unit: the largest amount each item
// reports done in it (a part named with 其中 is never added to its whole),
// nullopt where the item reports none, and the change when both do.
struct AchievedChange {
    std::string unit;
    std::optional<double> old_value;
    std::optional<double> new_value;
    std::optional<double> change;
    bool operator==(const AchievedChange&) const = default;
};

// Where a matched project went between the reports, first that applies:
//   unknown            NEW says nothing of its progress (status unknown, no completion)
//   already_completed  completed or exceeded in both
//   completed          completed or exceeded in NEW only
//   regressed          completed in OLD only, or its completion fell
//   advanced           its completion rose, an achieved amount grew, or it started
//   stalled            none of the above: no figure moved
enum class Movement { unknown, already_completed, completed, regressed, advanced, stalled };

// An item of OLD and its partner in NEW, with their score and what changed.
struct ItemPair {
    std::size_t old_item = 0;   // index into the old report's items
    std::size_t new_item = 0;   // index into the new report's items
    double score = 0;           // 0..1, at least CompareOptions::threshold
    Evidence evidence;
    std::optional<double> completion_change;  // new completion less old, when both are known
    bool target_changed = false;              // the targets' values, units or qualifiers differ
    std::vector<AchievedChange> achieved;     // per unit, the targets' units first
    Movement movement = Movement::unknown;
    bool operator==(const ItemPair&) const = default;
};

// How many items of a report have each status.
struct StatusCounts {
    std::size_t completed = 0;
    std::size_t exceeded = 0;
    std::size_t in_progress = 0;
    std::size_t not_started = 0;
    std::size_t unknown = 0;
    std::size_t& operator[](Status status) noexcept;
    std::size_t operator[](Status status) const noexcept;
    bool operator==(const StatusCounts&) const = default;
};

// How many pairs moved each way.
struct MovementCounts {
    std::size_t unknown = 0;
    std::size_t already_completed = 0;
    std::size_t completed = 0;
    std::size_t regressed = 0;
    std::size_t advanced = 0;
    std::size_t stalled = 0;
    std::size_t& operator[](Movement movement) noexcept;
    std::size_t operator[](Movement movement) const noexcept;
    bool operator==(const MovementCounts&) const = default;
};

struct CompareSummary {
    std::size_t matched = 0;
    std::size_t added = 0;
    std::size_t dropped = 0;
    StatusCounts old_status;   // over every item of OLD
    StatusCounts new_status;   // over every item of NEW
    MovementCounts movement;   // over the pairs
    bool operator==(const CompareSummary&) const = default;
};

struct Comparison {
    std::vector<ItemPair> pairs;       // in the order of the old report's items
    std::vector<std::size_t> added;    // items of NEW without a partner, in order
    std::vector<std::size_t> dropped;  // items of OLD without a partner, in order
    CompareSummary summary;
    bool operator==(const Comparison&) const = default;
};

// Snake-case names as in JSON: "same_units", "already_completed".
[[nodiscard]] JINDU_API std::string_view to_string(TargetAgreement agreement) noexcept;
[[nodiscard]] JINDU_API std::string_view to_string(Movement movement) noexcept;

// The names of the signals that spoke for a pair, in the order text, targets,
// target_units, owners, category, seq: text when the contents are at least
// half alike, targets for the same targets, target_units for the same units only.
[[nodiscard]] JINDU_API std::vector<std::string_view> agreed(const Evidence& evidence);

// Matches the items of two reports one to one and says what changed. A pair
// is scored on the weighted evidence its items share (text 0.55, targets 0.2,
// owners 0.15, category 0.06, seq 0.04; a signal one item lacks is left out of
// the weights); the pairs are taken greedily from the highest score down.
// Deterministic, never throws but std::bad_alloc.
[[nodiscard]] JINDU_API Comparison compare(const Report& old_report, const Report& new_report, const CompareOptions& options = {});

// The similarity of two contents as compare() measures it: the Dice
// coefficient of their character bigrams, after folding (full-width to ASCII,
// traditional to simplified) and keeping letters only (no digits,
// punctuation or spaces). 1 for two texts alike in that form, 0 for nothing
// in common.
[[nodiscard]] JINDU_API double content_similarity(std::string_view a, std::string_view b);

// One line per pair, then per dropped and per added item: RFC 4180, UTF-8,
// "\n" line ends; the achieved columns hold the pair's first unit (the
// JSON has them all). Appends to out.
JINDU_API void write_compare_csv(std::string& out, const Report& old_report, const Report& new_report,
                       const Comparison& comparison, const CsvOptions& options = {});

// The JSON contract "jindu.compare/1": one object with both reports' heads,
// the summary, the pairs, the added and the dropped items; pretty-printed
// with two-space indents and a final "\n". Appends to out.
JINDU_API void write_compare_json(std::string& out, const Report& old_report, const Report& new_report,
                        const Comparison& comparison, const CompareOptions& options = {});

// The comparison as one self-contained HTML page, in the style of
// write_html and with its script: both reports with their periods and status
// counts; the counts of pairs, added and dropped items and of status changes
// (in_progress → completed), and the pairs by movement; then per category a
// table of the pairs, the dropped and the added items, each with both
// statuses, achieved amounts and completions and their change, sorted and
// filtered by the script (parameters change, from, status, category, owner,
// q; the state in the URL fragment). It reads only what write_compare_json
// writes, in that order, so a comparison read back from its JSON gives the
// same bytes. All report text is escaped. Appends to out.
JINDU_API void write_compare_html(std::string& out, const Report& old_report, const Report& new_report,
                                  const Comparison& comparison);

}  // namespace jindu
