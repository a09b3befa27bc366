#include "compare.hpp"

#include "output.hpp"

#include <jindu/parse.hpp>

#include <cstdio>
#include <optional>
#include <string_view>

namespace jindu::cli {

namespace {

// Reads one report; prints why not, or its errors and warnings, on stderr.
std::optional<Report> read_report(const std::string& input, const CompareSettings& settings) {
    try {
        Report report = parse_file(input, settings.options);
        for (Diagnostic d : report.diagnostics) {
            if (d.severity == Severity::note || (settings.quiet && d.severity != Severity::error)) continue;
            if (d.source.empty()) d.source = input;
            std::fprintf(stderr, "%s\n", format(d).c_str());
        }
        return report;
    } catch (const Error& e) {
        Diagnostic d = e.diagnostic();
        if (d.source.empty()) d.source = input;
        std::fprintf(stderr, "%s\n", format(d).c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: error: %s\n", input.c_str(), e.what());
    }
    return std::nullopt;
}

// "2024 H1" or what of it the report says.
std::string period_of(const Report& report) {
    std::string text = report.year ? std::to_string(*report.year) : "";
    if (report.period) text += (text.empty() ? "" : " ") + report.period->code;
    return text.empty() ? "no period" : text;
}

// text padded with spaces on the left (right) to width columns; ASCII only.
std::string right(const std::string& text, std::size_t width) {
    return std::string(width > text.size() ? width - text.size() : 0, ' ') + text;
}
std::string left(std::string_view text, std::size_t width) {
    return std::string(text) + std::string(width > text.size() ? width - text.size() : 0, ' ');
}

// The report-level summary: both reports, the counts of pairs, the items of
// each status in each report and the pairs by movement.
std::string summary_text(const Report& older, const Report& newer, const Comparison& comparison) {
    const CompareSummary& s = comparison.summary;
    using std::to_string;
    std::string out;
    out += "old: " + older.source + " (" + period_of(older) + "), " + to_string(older.items.size()) + " items\n";
    out += "new: " + newer.source + " (" + period_of(newer) + "), " + to_string(newer.items.size()) + " items\n";
    out += "matched " + to_string(s.matched) + ", dropped " + to_string(s.dropped) + ", added " +
           to_string(s.added) + "\n";
    out += left("status", 12) + right("old", 6) + right("new", 6) + "\n";
    for (Status status : {Status::completed, Status::exceeded, Status::in_progress, Status::not_started,
                          Status::unknown})
        out += left(jindu::to_string(status), 12) + right(to_string(s.old_status[status]), 6) +
               right(to_string(s.new_status[status]), 6) + "\n";
    out += "movement:";
    const char* separator = " ";
    for (Movement m : {Movement::completed, Movement::advanced, Movement::stalled, Movement::regressed,
                       Movement::already_completed, Movement::unknown}) {
        out += separator;
        out += jindu::to_string(m);
        out += " " + to_string(s.movement[m]);
        separator = ", ";
    }
    out += '\n';
    return out;
}

}  // namespace

int compare(const CompareSettings& settings) {
    const std::optional<Report> older = read_report(settings.old_input, settings);
    const std::optional<Report> newer = read_report(settings.new_input, settings);
    if (!older || !newer) return 1;

    const Comparison comparison = jindu::compare(*older, *newer, settings.compare);
    std::string text;
    switch (settings.format) {
    case CompareFormat::csv:
        write_compare_csv(text, *older, *newer, comparison, CsvOptions{.bom = settings.bom});
        break;
    case CompareFormat::json: write_compare_json(text, *older, *newer, comparison, settings.compare); break;
    case CompareFormat::html: write_compare_html(text, *older, *newer, comparison); break;
    }
    if (settings.summary) std::fputs(summary_text(*older, *newer, comparison).c_str(), stderr);

    Output output(settings.output);
    if (!output.write(text) || !output.commit()) {
        std::fprintf(stderr, "%s\n", output.error().c_str());
        return 1;
    }
    return 0;
}

}  // namespace jindu::cli
