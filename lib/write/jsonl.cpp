#include <jindu/write.hpp>

#include "write/chunks.hpp"
#include "write/json_members.hpp"
#include "write/json_out.hpp"

#include <ostream>

namespace jindu {

namespace {

// One line per item: the report's source, title, year and period, then the
// item's members, compact, then "\n". Strings escape their line breaks, so
// each object is one line.
void write_lines(write::Chunks& chunks, std::span<const Report> reports) {
    for (const Report& report : reports) {
        for (const Item& item : report.items) {
            write::JsonOut json(chunks.text(), false);
            json.begin_object();
            json.key("source");
            json.string_or_null(report.source);
            write::write_title_year_period(json, report);
            write::write_item_members(json, item);
            json.end_object();
            chunks.text().push_back('\n');
            chunks.item_done();
        }
    }
    chunks.flush();
}

}  // namespace

void write_jsonl(std::string& out, std::span<const Report> reports) {
    write::Chunks chunks(out);
    write_lines(chunks, reports);
}

void write_jsonl(std::ostream& out, std::span<const Report> reports) {
    write::Chunks chunks(out);
    write_lines(chunks, reports);
}

}  // namespace jindu
