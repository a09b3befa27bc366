// A comparison as CSV and as the JSON contract "jindu.compare/1".
#include <jindu/compare.hpp>

#include "write/escape.hpp"
#include "write/json_members.hpp"
#include "write/json_out.hpp"

namespace jindu {

namespace {

using write::JsonOut;
using write::append_csv_field;
using write::append_number;

constexpr std::string_view header =
    "match,score,agreed,old_row,old_seq,old_category,old_content,old_owners,"
    "new_row,new_seq,new_category,new_content,new_owners,old_status,new_status,movement,"
    "old_completion,new_completion,completion_change,target_changed,old_targets,new_targets,"
    "achieved_unit,old_achieved,new_achieved,achieved_change,achieved_units\n";

// Texts joined with the full-width semicolon the reports use between units.
template <class Range, class Text>
std::string joined(const Range& range, Text text) {
    std::string out;
    for (const auto& element : range) {
        if (!out.empty()) out += "；";
        out += text(element);
    }
    return out;
}

std::string owners_text(const Item& item) {
    return joined(item.owners, [](const std::string& s) -> const std::string& { return s; });
}

std::string targets_text(const Item& item) {
    return joined(item.targets, [](const Amount& a) -> const std::string& { return a.quantity.text; });
}

void field(std::string& out, std::string_view s) {
    out.push_back(',');
    append_csv_field(out, s);
}

void number_field(std::string& out, const std::optional<double>& v) {
    out.push_back(',');
    if (v) append_number(out, *v);
}

void optional_field(std::string& out, const std::optional<std::string>& s) {
    field(out, s ? std::string_view(*s) : "");
}

// The five columns of one side of a line; empty for the side an item lacks.
void item_columns(std::string& out, const Item* item) {
    if (!item) {
        out.append(",,,,,");
        return;
    }
    out.push_back(',');
    append_number(out, item->row);
    optional_field(out, item->seq);
    optional_field(out, item->category);
    field(out, item->content);
    field(out, owners_text(*item));
}

// One line: a pair, or an item of one report alone (the other side empty).
void write_line(std::string& out, std::string_view match, const ItemPair* pair, const Item* older,
                const Item* newer) {
    append_csv_field(out, match);
    if (pair) {
        number_field(out, pair->score);
        std::string signals;  // text+targets+owners
        for (std::string_view signal : agreed(pair->evidence)) {
            if (!signals.empty()) signals += '+';
            signals += signal;
        }
        field(out, signals);
    } else {
        out.append(",,");
    }
    item_columns(out, older);
    item_columns(out, newer);
    field(out, older ? to_string(older->status) : "");
    field(out, newer ? to_string(newer->status) : "");
    field(out, pair ? to_string(pair->movement) : "");
    number_field(out, older ? older->completion : std::nullopt);
    number_field(out, newer ? newer->completion : std::nullopt);
    number_field(out, pair ? pair->completion_change : std::nullopt);
    field(out, pair ? (pair->target_changed ? "true" : "false") : "");
    field(out, older ? targets_text(*older) : "");
    field(out, newer ? targets_text(*newer) : "");
    if (pair && !pair->achieved.empty()) {
        const AchievedChange& c = pair->achieved.front();
        field(out, c.unit);
        number_field(out, c.old_value);
        number_field(out, c.new_value);
        number_field(out, c.change);
    } else {
        out.append(",,,,");
    }
    out.push_back(',');
    if (pair) append_number(out, pair->achieved.size());
    out.push_back('\n');
}

// {"source","title","year","period","items"}: what a reader needs to tell the reports apart.
void write_head(JsonOut& json, const Report& report) {
    json.begin_object();
    json.key("source");
    json.string_or_null(report.source);
    write::write_title_year_period(json, report);
    json.key("items");
    json.count(report.items.size());
    json.end_object();
}

void write_status_counts(JsonOut& json, const StatusCounts& counts) {
    json.begin_object();
    for (Status s : {Status::completed, Status::exceeded, Status::in_progress, Status::not_started, Status::unknown}) {
        json.key(to_string(s));
        json.count(counts[s]);
    }
    json.end_object();
}

void write_summary(JsonOut& json, const CompareSummary& summary) {
    json.begin_object();
    json.key("matched");
    json.count(summary.matched);
    json.key("added");
    json.count(summary.added);
    json.key("dropped");
    json.count(summary.dropped);
    json.key("status");
    json.begin_object();
    json.key("old");
    write_status_counts(json, summary.old_status);
    json.key("new");
    write_status_counts(json, summary.new_status);
    json.end_object();
    json.key("movement");
    json.begin_object();
    for (Movement m : {Movement::completed, Movement::advanced, Movement::stalled, Movement::regressed,
                       Movement::already_completed, Movement::unknown}) {
        json.key(to_string(m));
        json.count(summary.movement[m]);
    }
    json.end_object();
    json.end_object();
}

// {"row","seq","category","content","owners","progress","status","completion","targets"}
void write_item(JsonOut& json, const Item& item) {
    json.begin_object();
    json.key("row");
    json.count(item.row);
    json.key("seq");
    json.optional_string(item.seq);
    json.key("category");
    json.optional_string(item.category);
    json.key("content");
    json.string(item.content);
    json.key("owners");
    json.begin_array();
    for (const std::string& owner : item.owners) json.string(owner);
    json.end_array();
    json.key("progress");
    json.string_or_null(item.progress);
    json.key("status");
    json.string(to_string(item.status));
    json.key("completion");
    json.number_or_null(item.completion);
    json.key("targets");
    json.begin_array();
    for (const Amount& t : item.targets) {
        json.begin_object();
        write::write_measure(json, t.quantity);
        json.key("text");
        json.string_or_null(t.quantity.text);
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

void write_optional_bool(JsonOut& json, const std::optional<bool>& v) {
    if (v)
        json.boolean(*v);
    else
        json.null();
}

void write_pair(JsonOut& json, const Report& old_report, const Report& new_report, const ItemPair& pair) {
    json.begin_object();
    json.key("score");
    json.number(pair.score);
    json.key("evidence");
    json.begin_object();
    json.key("text");
    json.number(pair.evidence.text);
    json.key("targets");
    json.string(to_string(pair.evidence.targets));
    json.key("owners");
    write_optional_bool(json, pair.evidence.owners);
    json.key("category");
    write_optional_bool(json, pair.evidence.category);
    json.key("seq");
    write_optional_bool(json, pair.evidence.seq);
    json.end_object();
    json.key("agreed");
    json.begin_array();
    for (std::string_view signal : agreed(pair.evidence)) json.string(signal);
    json.end_array();
    json.key("movement");
    json.string(to_string(pair.movement));
    json.key("completion_change");
    json.number_or_null(pair.completion_change);
    json.key("target_changed");
    json.boolean(pair.target_changed);
    json.key("achieved");
    json.begin_array();
    for (const AchievedChange& c : pair.achieved) {
        json.begin_object();
        json.key("unit");
        json.string_or_null(c.unit);
        json.key("old");
        json.number_or_null(c.old_value);
        json.key("new");
        json.number_or_null(c.new_value);
        json.key("change");
        json.number_or_null(c.change);
        json.end_object();
    }
    json.end_array();
    json.key("old");
    write_item(json, old_report.items[pair.old_item]);
    json.key("new");
    write_item(json, new_report.items[pair.new_item]);
    json.end_object();
}

}  // namespace

void write_compare_csv(std::string& out, const Report& old_report, const Report& new_report,
                       const Comparison& comparison, const CsvOptions& options) {
    if (options.bom) out.append(write::utf8_bom);
    if (options.header) out.append(header);
    for (const ItemPair& pair : comparison.pairs)
        write_line(out, "matched", &pair, &old_report.items[pair.old_item], &new_report.items[pair.new_item]);
    for (std::size_t i : comparison.dropped) write_line(out, "dropped", nullptr, &old_report.items[i], nullptr);
    for (std::size_t j : comparison.added) write_line(out, "added", nullptr, nullptr, &new_report.items[j]);
}

void write_compare_json(std::string& out, const Report& old_report, const Report& new_report,
                        const Comparison& comparison, const CompareOptions& options) {
    JsonOut json(out, true);
    json.begin_object();
    json.key("schema");
    json.string("jindu.compare/1");
    json.key("threshold");
    json.number(options.threshold);
    json.key("min_text");
    json.number(options.min_text);
    json.key("old");
    write_head(json, old_report);
    json.key("new");
    write_head(json, new_report);
    json.key("summary");
    write_summary(json, comparison.summary);
    json.key("pairs");
    json.begin_array();
    for (const ItemPair& pair : comparison.pairs) write_pair(json, old_report, new_report, pair);
    json.end_array();
    json.key("dropped");
    json.begin_array();
    for (std::size_t i : comparison.dropped) write_item(json, old_report.items[i]);
    json.end_array();
    json.key("added");
    json.begin_array();
    for (std::size_t j : comparison.added) write_item(json, new_report.items[j]);
    json.end_array();
    json.end_object();
    out.push_back('\n');
}

}  // namespace jindu
