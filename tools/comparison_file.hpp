// A jindu.compare/1 object (`jindu compare --format json`) read back into the
// library's values, so that `jindu convert` can write its page.
#pragma once

#include <jindu/compare.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jindu::cli {

// What the object says of two reports and their comparison: each report's
// head and items (OLD's are the pairs' then the dropped items, NEW's the
// pairs' then the added ones), and the comparison with indices into them.
// An item holds what the object tells of it: no achieved amounts, percents,
// notes or diagnostics, and no target's subject or reason.
struct ComparisonFile {
    Report old_report;
    Report new_report;
    Comparison comparison;
    CompareOptions options;
};

// True when bytes open with a JSON object: "{" after an optional UTF-8 BOM
// and white space.
bool opens_json_object(std::string_view bytes);

// Reads bytes as a jindu.compare/1 object. nullopt when they hold none (no
// JSON object, or one whose top-level "schema" is not "jindu.compare/1"),
// decided by the schema alone. Throws std::runtime_error, saying where, for
// an object of that schema that lacks a member, has one of the wrong type
// or does not add up (a report's "items" other than its paired and unpaired
// items).
std::optional<ComparisonFile> read_comparison(std::string_view bytes);

}  // namespace jindu::cli
