// Private: the flat columns of an item and of a quantity, shared by the CSV
// and workbook writers so that both have the same columns and values.
#pragma once

#include <jindu/report.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::write {

constexpr std::string_view item_columns[] = {
    "source",     "row",          "seq",          "category",       "content",        "owners",
    "progress",   "status",       "completion",   "target_value",   "target_unit",    "target_kind",
    "target_qualifier", "achieved_value", "achieved_unit", "percent_mean", "targets_count", "achieved_count",
    "percents_count"};

constexpr std::string_view quantity_columns[] = {"source", "row",  "seq",       "field",   "role",
                                                 "value",  "value_max", "unit", "kind",    "qualifier",
                                                 "subject", "text", "reason"};

// Owners in one field, joined with the full-width semicolon that the reports
// themselves use between units (a comma would need quoting in every CSV row).
inline std::string join_owners(const std::vector<std::string>& owners) {
    std::string joined;
    for (const std::string& owner : owners) {
        if (!joined.empty()) joined += "；";
        joined += owner;
    }
    return joined;
}

// The mean of the percents' values, or nothing when there are none.
inline std::optional<double> mean_percent(const std::vector<Amount>& percents) {
    if (percents.empty()) return std::nullopt;
    double sum = 0;
    for (const Amount& a : percents) sum += a.quantity.value;
    return sum / static_cast<double>(percents.size());
}

// Every quantity of an item, in the order the quantity rows list them.
template <typename Each>
void for_each_quantity(const Item& item, Each each) {
    for (const auto* list : {&item.targets, &item.achieved, &item.percents, &item.others})
        for (const Amount& a : *list) each(a);
}

}  // namespace jindu::write
