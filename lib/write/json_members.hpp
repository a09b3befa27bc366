// Private: the members of an item and of a report's head, shared by the JSON
// and JSON Lines writers so that both spell every field the same way.
#pragma once

#include "write/json_out.hpp"

#include <jindu/report.hpp>

namespace jindu::write {

// An item's members, in contract order, inside an object the caller opened:
// "row", "seq", "category", "content", "owners", "progress", "targets",
// "achieved", "percents", "status", "completion", "notes", "others".
void write_item_members(JsonOut& json, const Item& item);

// A report's "title", "year" and "period" members; missing ones are null.
void write_title_year_period(JsonOut& json, const Report& report);

}  // namespace jindu::write
