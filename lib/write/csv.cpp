#include <jindu/write.hpp>

#include "write/chunks.hpp"
#include "write/columns.hpp"
#include "write/escape.hpp"

#include <ostream>

namespace jindu {

namespace {

using write::Chunks;
using write::append_csv_field;
using write::append_number;
using write::join_owners;
using write::mean_percent;

constexpr std::string_view item_header =
    "source,row,seq,category,content,owners,progress,status,completion,"
    "target_value,target_unit,target_kind,target_qualifier,achieved_value,achieved_unit,"
    "percent_mean,targets_count,achieved_count,percents_count\n";

constexpr std::string_view quantity_header =
    "source,row,seq,field,role,value,value_max,unit,kind,qualifier,subject,text,reason\n";

// Appends "," and a field; missing values are empty fields.
void field(std::string& out, std::string_view s) {
    out.push_back(',');
    append_csv_field(out, s);
}

// Appends "," and a number; empty when missing or not finite.
void number_field(std::string& out, const std::optional<double>& v) {
    out.push_back(',');
    if (v) append_number(out, *v);
}

// Appends "," and a count.
void count_field(std::string& out, std::size_t v) {
    out.push_back(',');
    append_number(out, v);
}

// The item columns shared by both formats: source,row,seq.
void begin_row(std::string& out, const Report& report, const Item& item) {
    append_csv_field(out, report.source);
    count_field(out, item.row);
    field(out, item.seq ? std::string_view(*item.seq) : "");
}

// One line of the item CSV.
void write_item(std::string& out, const Report& report, const Item& item) {
    begin_row(out, report, item);
    field(out, item.category ? std::string_view(*item.category) : "");
    field(out, item.content);
    field(out, join_owners(item.owners));
    field(out, item.progress);
    field(out, to_string(item.status));
    number_field(out, item.completion);
    if (!item.targets.empty()) {
        const Quantity& q = item.targets.front().quantity;
        number_field(out, q.value);
        field(out, q.unit);
        field(out, to_string(q.kind));
        field(out, to_string(q.qualifier));
    } else {
        out.append(",,,,");
    }
    if (!item.achieved.empty()) {
        const Quantity& q = item.achieved.front().quantity;
        number_field(out, q.value);
        field(out, q.unit);
    } else {
        out.append(",,");
    }
    number_field(out, mean_percent(item.percents));
    count_field(out, item.targets.size());
    count_field(out, item.achieved.size());
    count_field(out, item.percents.size());
    out.push_back('\n');
}

// One line of the quantities CSV.
void write_quantity(std::string& out, const Report& report, const Item& item, const Amount& a) {
    const Quantity& q = a.quantity;
    begin_row(out, report, item);
    field(out, to_string(a.field));
    field(out, to_string(a.role));
    number_field(out, q.value);
    number_field(out, q.value_max);
    field(out, q.unit);
    field(out, to_string(q.kind));
    field(out, to_string(q.qualifier));
    field(out, a.subject);
    field(out, q.text);
    field(out, a.reason);
    out.push_back('\n');
}

// The BOM and the header line, as the options ask.
void begin(std::string& out, std::string_view header, const CsvOptions& options) {
    if (options.bom) out.append(write::utf8_bom);
    if (options.header) out.append(header);
}

// About the bytes write_item appends: its texts and a little for the figures.
std::size_t item_bytes(const Report& report, const Item& item) {
    std::size_t n = 120 + report.source.size() + item.content.size() + item.progress.size();
    n += item.seq.value_or(std::string()).size() + item.category.value_or(std::string()).size();
    for (const std::string& owner : item.owners) n += owner.size() + 3;
    return n;
}

// The item CSV of all reports.
void write_items(Chunks& chunks, std::span<const Report> reports, const CsvOptions& options) {
    begin(chunks.text(), item_header, options);
    for (const Report& report : reports) {
        for (const Item& item : report.items) {
            write_item(chunks.text(), report, item);
            chunks.item_done();
        }
    }
    chunks.flush();
}

// The quantities CSV of all reports.
void write_quantities(Chunks& chunks, std::span<const Report> reports, const CsvOptions& options) {
    begin(chunks.text(), quantity_header, options);
    for (const Report& report : reports) {
        for (const Item& item : report.items) {
            write::for_each_quantity(item, [&](const Amount& a) { write_quantity(chunks.text(), report, item, a); });
            chunks.item_done();
        }
    }
    chunks.flush();
}

}  // namespace

void write_csv(std::string& out, std::span<const Report> reports, const CsvOptions& options) {
    // Room for it all at once: growing a string of hundreds of MB by doubling
    // copies it over and over and, for a moment, holds it three times.
    std::size_t size = out.size() + write::utf8_bom.size() + item_header.size();
    for (const Report& report : reports)
        for (const Item& item : report.items) size += item_bytes(report, item);
    out.reserve(size);
    Chunks chunks(out);
    write_items(chunks, reports, options);
}

void write_quantities_csv(std::string& out, std::span<const Report> reports, const CsvOptions& options) {
    Chunks chunks(out);
    write_quantities(chunks, reports, options);
}

void write_csv(std::ostream& out, std::span<const Report> reports, const CsvOptions& options) {
    Chunks chunks(out);
    write_items(chunks, reports, options);
}

void write_quantities_csv(std::ostream& out, std::span<const Report> reports, const CsvOptions& options) {
    Chunks chunks(out);
    write_quantities(chunks, reports, options);
}

}  // namespace jindu
