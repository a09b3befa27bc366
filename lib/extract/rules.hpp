// Private: the rules of the extract stage, one file each.
#pragma once

#include "extract/aligned_text.hpp"
#include "extract/clauses.hpp"

#include <jindu/extract.hpp>

namespace jindu::extraction {

// Reads the content cell: targets, thresholds, rates.
void read_targets(const AlignedText& content, std::string_view column_unit, Reading& reading);

// Reads the progress cell: achieved amounts, progress percents, others.
void read_progress(const AlignedText& progress, Reading& reading);

// Reads a 完成率 cell (a bare number is a percent) and an achieved-amount cell.
void read_rate_cell(const AlignedText& rate, Reading& reading);
void read_achieved_cell(const AlignedText& achieved, std::string_view column_unit, Reading& reading);

// Counts enumerated names followed by a done status (甲、乙、丙均已完工 → 3),
// in the unit of the item's first count target.
void read_implied_counts(const AlignedText& progress, Reading& reading);

// Decides status and completion from the amounts and the wording.
void decide_status(const ItemText& item, const AlignedText& progress, Reading& reading);

// An amount from a quantity found in the view of `text`.
Amount make_amount(const Quantity& q, const AlignedText& text, std::string_view field, Role role);

// True when two units measure the same thing (人 and 名).
bool same_unit(std::string_view a, std::string_view b);

}  // namespace jindu::extraction
