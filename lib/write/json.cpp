#include <jindu/write.hpp>

#include "write/chunks.hpp"
#include "write/json_members.hpp"
#include "write/json_out.hpp"

#include <memory>
#include <ostream>

namespace jindu {

namespace {

using write::Chunks;
using write::JsonOut;

// {"value","value_max","unit","kind","qualifier","subject","text","implied","reason"}
void write_amount(JsonOut& json, const Amount& a) {
    const Quantity& q = a.quantity;
    json.begin_object();
    write::write_measure(json, q);
    json.key("subject");
    json.string_or_null(a.subject);
    json.key("text");
    json.string_or_null(q.text);
    json.key("implied");
    json.boolean(a.implied);
    json.key("reason");
    json.string_or_null(a.reason);
    json.end_object();
}

// {"value","value_max","of","text","reason"}: a percent, of a named sub-item or of the item.
void write_percent(JsonOut& json, const Amount& a) {
    json.begin_object();
    json.key("value");
    json.number(a.quantity.value);
    json.key("value_max");
    json.number_or_null(a.quantity.value_max);
    json.key("of");
    json.string_or_null(a.subject);
    json.key("text");
    json.string_or_null(a.quantity.text);
    json.key("reason");
    json.string_or_null(a.reason);
    json.end_object();
}

// {"role","value","value_max","unit","kind","qualifier","subject","text","reason"}
void write_other(JsonOut& json, const Amount& a) {
    const Quantity& q = a.quantity;
    json.begin_object();
    json.key("role");
    json.string(to_string(a.role));
    write::write_measure(json, q);
    json.key("subject");
    json.string_or_null(a.subject);
    json.key("text");
    json.string_or_null(q.text);
    json.key("reason");
    json.string_or_null(a.reason);
    json.end_object();
}

// "name": [each amount written by each(json, amount)]
template <typename Each>
void write_list(JsonOut& json, std::string_view name, const std::vector<Amount>& amounts, Each each) {
    json.key(name);
    json.begin_array();
    for (const Amount& a : amounts) each(json, a);
    json.end_array();
}

// "name": ["…", …]
void write_strings(JsonOut& json, std::string_view name, const std::vector<std::string>& strings) {
    json.key(name);
    json.begin_array();
    for (const std::string& s : strings) json.string(s);
    json.end_array();
}

}  // namespace

void write::write_item_members(JsonOut& json, const Item& item) {
    json.key("row");
    json.count(item.row);
    json.key("seq");
    json.optional_string(item.seq);
    json.key("category");
    json.optional_string(item.category);
    json.key("content");
    json.string_or_null(item.content);
    write_strings(json, "owners", item.owners);
    json.key("progress");
    json.string_or_null(item.progress);
    write_list(json, "targets", item.targets, write_amount);
    write_list(json, "achieved", item.achieved, write_amount);
    write_list(json, "percents", item.percents, write_percent);
    json.key("status");
    json.string(to_string(item.status));
    json.key("completion");
    json.number_or_null(item.completion);
    write_strings(json, "notes", item.notes);
    write_list(json, "others", item.others, write_other);
}

namespace {

// One item object.
void write_item(JsonOut& json, const Item& item) {
    json.begin_object();
    write_item_members(json, item);
    json.end_object();
}

// {"code","severity","message","line","column","offset","fragment"}; an
// unknown line, column or offset is null.
void write_diagnostic(JsonOut& json, const Diagnostic& d) {
    json.begin_object();
    json.key("code");
    json.string(to_string(d.code));
    json.key("severity");
    json.string(to_string(d.severity));
    json.key("message");
    json.string(d.message);
    json.key("line");
    if (d.where.line != 0)
        json.count(d.where.line);
    else
        json.null();
    json.key("column");
    if (d.where.column != 0)
        json.count(d.where.column);
    else
        json.null();
    json.key("offset");
    if (d.where.offset != Location::unknown_offset)
        json.count(d.where.offset);
    else
        json.null();
    json.key("fragment");
    json.string_or_null(d.fragment);
    json.end_object();
}

}  // namespace

void write::write_title_year_period(JsonOut& json, const Report& report) {
    json.key("title");
    json.string_or_null(report.title);
    json.key("year");
    if (report.year)
        json.number(*report.year);
    else
        json.null();
    json.key("period");
    if (report.period) {
        json.begin_object();
        json.key("code");
        json.string_or_null(report.period->code);
        json.key("text");
        json.string_or_null(report.period->text);
        json.end_object();
    } else {
        json.null();
    }
}

namespace {

// A report object up to the opening of its "items" array; "format" is null
// when it was never determined.
void write_head(JsonOut& json, const Report& report) {
    json.begin_object();
    json.key("schema");
    json.string("jindu.report/1");
    json.key("source");
    json.string_or_null(report.source);
    json.key("format");
    if (report.format == InputFormat::automatic)
        json.null();
    else
        json.string(to_string(report.format));
    json.key("encoding");
    json.string_or_null(report.encoding);
    write_title_year_period(json, report);
    json.key("items");
    json.begin_array();
}

// Items of the open "items" array; chunks may hand the text on after each.
void write_items(JsonOut& json, const std::vector<Item>& items, Chunks& chunks) {
    for (const Item& item : items) {
        write_item(json, item);
        chunks.item_done();
    }
}

// The rest of a report object after its items.
void write_tail(JsonOut& json, const Report& report, Chunks& chunks) {
    json.end_array();
    json.key("diagnostics");
    json.begin_array();
    for (const Diagnostic& d : report.diagnostics) {
        write_diagnostic(json, d);
        chunks.item_done();
    }
    json.end_array();
    json.end_object();
}

// One report object; chunks may hand the text on after each item and diagnostic.
void write_report(JsonOut& json, const Report& report, Chunks& chunks) {
    write_head(json, report);
    write_items(json, report.items, chunks);
    write_tail(json, report, chunks);
}

// An array of report objects, or one object; then "\n".
void write_reports(Chunks& chunks, std::span<const Report> reports) {
    JsonOut json(chunks.text(), true);
    json.begin_array();
    for (const Report& report : reports) write_report(json, report, chunks);
    json.end_array();
    chunks.text().push_back('\n');
    chunks.flush();
}

// One report object, then "\n".
void write_one(Chunks& chunks, const Report& report) {
    JsonOut json(chunks.text(), true);
    write_report(json, report, chunks);
    chunks.text().push_back('\n');
    chunks.flush();
}

}  // namespace

void write_json(std::string& out, std::span<const Report> reports) {
    Chunks chunks(out);
    write_reports(chunks, reports);
}

void write_json(std::string& out, const Report& report) {
    Chunks chunks(out);
    write_one(chunks, report);
}

void write_json(std::ostream& out, std::span<const Report> reports) {
    Chunks chunks(out);
    write_reports(chunks, reports);
}

void write_json(std::ostream& out, const Report& report) {
    Chunks chunks(out);
    write_one(chunks, report);
}

struct JsonReportWriter::State {
    explicit State(std::ostream& out) : chunks(out), json(chunks.text(), true) {}
    Chunks chunks;
    JsonOut json;
    bool begun = false;
};

JsonReportWriter::JsonReportWriter(std::ostream& out) : state_(std::make_unique<State>(out)) {}

JsonReportWriter::~JsonReportWriter() = default;

void JsonReportWriter::items(const Report& batch) {
    if (!state_->begun) write_head(state_->json, batch);
    state_->begun = true;
    write_items(state_->json, batch.items, state_->chunks);
}

void JsonReportWriter::finish(const Report& rest) {
    items(rest);
    write_tail(state_->json, rest, state_->chunks);
    state_->chunks.text().push_back('\n');
    state_->chunks.flush();
}

}  // namespace jindu
