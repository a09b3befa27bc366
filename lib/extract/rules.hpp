// Private: the rules of the extract stage.
//
// Each quantity of a cell gets its role from evidence gathered in its clause —
// the cue words before and after it (lexicon::progress_cues), its subject,
// whether it answers a target by unit and kind, brackets and bounds — decided
// by rules in a fixed order, the first that applies winning. Every amount
// records the rule that placed it in Amount::reason.
#pragma once

#include "extract/cell_view.hpp"
#include "extract/clauses.hpp"

#include <jindu/extract.hpp>

#include <span>
#include <string>

namespace jindu::extraction {

// Reads the content cell: targets (per-person amounts as targets of kind
// rate), thresholds, and what is neither.
// The first name_bytes of the content are the project's name: no targets there.
void read_targets(const CellView& content, std::string_view column_unit, Reading& reading,
                  std::size_t name_bytes = 0);

// Reads the progress cell: achieved amounts, progress percents, and others,
// against the targets already read.
// name: the project's name, whose numerals count nothing (两项补贴).
void read_progress(const CellView& progress, Reading& reading, std::string_view name = {});

// Reads a 完成率 cell (a bare number is a percent), and an achieved-amount cell.
void read_rate_cell(const CellView& rate, Reading& reading);
void read_achieved_cell(const CellView& achieved, std::string_view column_unit, Reading& reading);

// Counts names whose completion is stated without a number (甲、乙、丙均已完工
// → 3), in the unit of the count target they answer.
// content: the item's content cell, where the names may be written before the target they make up.
void read_implied_counts(const CellView& progress, Reading& reading, const CellView* content = nullptr);

// Decides status and completion from the amounts and the wording.
void decide_status(const ItemText& item, const CellView& progress, Reading& reading);

// An amount from a quantity found in the view of `text`.
Amount make_amount(const Quantity& q, const CellView& text, Field field, Role role, std::string reason);

// True when two units measure the same thing (人 and 名).
bool same_unit(std::string_view a, std::string_view b);

// What an amount counts: the noun phrase before it in its clause, or else the
// one after it. `floor` is the end of the amount before it.
std::string subject_of(const CellView& text, std::size_t q_begin, std::size_t q_end, std::size_t floor);

// Code points (of more than one byte) two subjects share: 岗位 and 灵活就业岗位 share two.
std::size_t shared_characters(std::string_view a, std::string_view b);
// True when shared_characters(a, b) > 0, found at the first one.
bool shares_a_character(std::string_view a, std::string_view b);

// The segment of the view that holds `at`.
Span segment_at(const CellView& text, std::size_t at);

// A bound after the number followed by the noun it limits: 70周岁以上老人,
// 3万元以上的费用, 56人以上大班额.
bool is_threshold(const CellView& text, const Quantity& q);

// A money amount per person, household or period: 每人每月50元.
bool is_per_unit(const CellView& text, const Quantity& q, Span clause);

// 由每人每月780元提高到…: the figure a change starts from.
bool is_baseline(const CellView& text, const Quantity& q, Span clause);

// A unit from a unit column or a header (万人, 万元, 元/月/人, %) applied to a
// bare number: scaled (0.46 万人 → 4600 人), unit and kind as the lexer reads
// them after a number.
void apply_column_unit(Quantity& q, std::string_view column_unit);

}  // namespace jindu::extraction
