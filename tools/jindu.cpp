// jindu: converts Chinese government progress reports to CSV and JSON records.
//   jindu convert REPORT|DIR... [-o OUT] [--format csv|json|jsonl|quantities|xlsx] [--bom] …
//   jindu check DIR|REPORT [--update]
//   jindu compare OLD NEW [-o OUT] [--format csv|json|html] [--summary]
//   jindu scan [TEXT-FILE|-]
// Exit status: 0 all converted, 1 some input failed, 2 usage error.
#include "check.hpp"
#include "compare.hpp"
#include "convert.hpp"
#include "scan.hpp"

#include <jindu/options.hpp>
#ifdef JINDU_WITH_PDF
#include <jindu/pdf.hpp>
#endif
#include <jindu/version.hpp>

#include <CLI/CLI.hpp>

#include <malloc.h>

#include <string>

namespace {

// The program converts a batch and exits: the heap grows in large stretches,
// every block comes from it (a large file read whole too), and freed memory is
// kept for reuse instead of being handed back and faulted in again.
void tune_heap_for_one_batch() {
    mallopt(M_TOP_PAD, 64 << 20);
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
}

constexpr int usage_error = 2;

// Adds --max-* options for the limits a caller may want to raise or lower.
void add_limit_options(CLI::App& command, jindu::Limits& limits) {
    const auto sizes = CLI::AsSizeValue(false);  // 1KB = 1024
    command.add_option("--max-input-bytes", limits.max_input_bytes, "Largest input file (accepts KB, MB, GB)")
        ->transform(sizes)->capture_default_str()->group("Limits");
    command.add_option("--max-line-bytes", limits.max_line_bytes, "Longest text line")
        ->transform(sizes)->capture_default_str()->group("Limits");
    command.add_option("--max-entry-bytes", limits.max_archive_entry_bytes,
                       "Largest unzipped part of a DOCX or XLSX file")
        ->transform(sizes)->capture_default_str()->group("Limits");
    command.add_option("--max-compression-ratio", limits.max_compression_ratio,
                       "Largest unzipped : zipped ratio of a part")
        ->capture_default_str()->group("Limits");
    command.add_option("--max-depth", limits.max_nesting_depth, "Deepest HTML or XML element nesting")
        ->capture_default_str()->group("Limits");
    command.add_option("--max-rows", limits.max_rows, "Most table rows")->capture_default_str()->group("Limits");
    command.add_option("--max-cells", limits.max_cells, "Most table cells")->capture_default_str()->group("Limits");
    command.add_option("--max-span", limits.max_span, "Largest rowspan of an HTML cell")
        ->capture_default_str()->group("Limits");
    command.add_option("--max-pages", limits.max_pages, "Most pages of a PDF")->capture_default_str()->group("Limits");
    command.add_option("--max-page-glyphs", limits.max_page_glyphs, "Most glyphs on one PDF page")
        ->capture_default_str()->group("Limits");
    command.add_option("--max-pdf-ms", limits.max_pdf_milliseconds, "Longest time to read one PDF, in milliseconds")
        ->capture_default_str()->group("Limits");
}

}  // namespace

int main(int argc, char** argv) {
    tune_heap_for_one_batch();
    CLI::App app{"jindu — Chinese government progress reports to CSV and JSON records", "jindu"};
    app.set_version_flag("--version", std::string("jindu ") + jindu::version);
    app.require_subcommand(1);

    jindu::cli::ConvertSettings settings;
    std::string input_format = "auto";
    CLI::App* convert = app.add_subcommand("convert", "Convert reports to CSV or JSON records");
    convert->add_option("REPORT", settings.inputs,
                        "Report files, or folders to convert the files under (- reads standard input)")
        ->required();
    convert->add_option("--glob", settings.globs,
                        "In folders, convert only the files whose name matches PATTERN (with a /: whose path "
                        "from the folder does); may be repeated")
        ->type_name("PATTERN")
        ->allow_extra_args(false);
    convert->add_option("-o,--output", settings.output,
                        "Write to this file (atomically: a temporary file, then rename) instead of standard output");
    std::string output_format = "csv";
    convert->add_option("-f,--format", output_format,
                        "csv: one line per item; json: the jindu.report/1 records; jsonl: one JSON object per item "
                        "per line, written as each report is read; quantities: CSV, one line per quantity; "
                        "xlsx: an Excel workbook of items and quantities (needs -o); "
                        "html: a progress dashboard in one self-contained page (of a jindu.compare/1 file: "
                        "the page of what changed, as jindu compare --format html writes it)")
        ->check(CLI::IsMember({"csv", "json", "jsonl", "quantities", "xlsx", "html"}))
        ->capture_default_str();
    convert->add_flag("--bom", settings.bom, "Start CSV output with a UTF-8 byte order mark (for Excel)");
    convert->add_option("--input-format", input_format, "Input format; auto sniffs it from the content")
        ->check(CLI::IsMember({"auto", "text", "markdown", "html", "docx", "xlsx", "prose", "pdf"}))
        ->capture_default_str();
    convert->add_option("--encoding", settings.options.encoding,
                        "Input encoding as an ICU converter name (GB18030, Big5, UTF-16LE …); detected when not given");
    convert->add_option("-j,--jobs", settings.jobs, "Inputs converted in parallel (default: one per hardware thread)")
        ->check(CLI::Range(1u, 4096u));
    convert->add_flag("-q,--quiet", settings.quiet, "Print errors only, no warnings");
    add_limit_options(*convert, settings.options.limits);

    jindu::cli::CheckSettings check_settings;
    CLI::App* check = app.add_subcommand(
        "check", "Compare reports with the expected CSV and JSON beside them (in expected/)");
    check->add_option("DIR|REPORT", check_settings.path, "A folder of reports, or one report")->required();
    check->add_flag("--update", check_settings.update, "Rewrite the expected files that differ, and write new ones");
    check->add_flag("--list", check_settings.list, "Print the reports a check takes, one a line, and stop");

    jindu::cli::CompareSettings compare_settings;
    std::string compare_format = "csv";
    CLI::App* compare = app.add_subcommand("compare", "Match the projects of two reports and say what changed");
    compare->add_option("OLD", compare_settings.old_input, "The earlier report")->required();
    compare->add_option("NEW", compare_settings.new_input, "The later report")->required();
    compare->add_option("-o,--output", compare_settings.output,
                        "Write to this file (atomically) instead of standard output");
    compare->add_option("-f,--format", compare_format,
                        "csv: one line per pair, dropped and added item; json: the jindu.compare/1 object; "
                        "html: a page of what changed, in one self-contained file like convert's dashboard")
        ->check(CLI::IsMember({"csv", "json", "html"}))
        ->capture_default_str();
    compare->add_flag("--summary", compare_settings.summary,
                      "Print the counts by status (old and new) and by movement on stderr");
    compare->add_option("--threshold", compare_settings.compare.threshold,
                        "The least score of a matched pair, 0 to 1")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    compare->add_option("--min-text", compare_settings.compare.min_text,
                        "The least similarity of two contents for them to be partners, 0 to 1")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    compare->add_flag("--bom", compare_settings.bom, "Start CSV output with a UTF-8 byte order mark (for Excel)");
    compare->add_flag("-q,--quiet", compare_settings.quiet, "Print errors only, no warnings");

    std::string scan_input;
    CLI::App* scan = app.add_subcommand(
        "scan", "Print every quantity found in UTF-8 free text: one JSON array per input line");
    scan->add_option("TEXT-FILE", scan_input, "A text file; - or nothing reads standard input");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version exit 0; every other parse error is a usage error.
        return app.exit(e) == 0 ? 0 : usage_error;
    }

    if (*convert) {
        jindu::parse_input_format(input_format, settings.options.format);
#ifdef JINDU_WITH_PDF
        settings.options.pdf_reader = &jindu::read_pdf;
#endif
        settings.format = output_format == "json"         ? jindu::cli::OutputFormat::json
                          : output_format == "jsonl"      ? jindu::cli::OutputFormat::jsonl
                          : output_format == "quantities" ? jindu::cli::OutputFormat::quantities
                          : output_format == "xlsx"       ? jindu::cli::OutputFormat::xlsx
                          : output_format == "html"       ? jindu::cli::OutputFormat::html
                                                          : jindu::cli::OutputFormat::csv;
        return jindu::cli::convert(settings);
    }
    if (*check) {
#ifdef JINDU_WITH_PDF
        check_settings.options.pdf_reader = &jindu::read_pdf;
#endif
        return jindu::cli::check(check_settings);
    }
    if (*compare) {
#ifdef JINDU_WITH_PDF
        compare_settings.options.pdf_reader = &jindu::read_pdf;
#endif
        compare_settings.format = compare_format == "json"   ? jindu::cli::CompareFormat::json
                                  : compare_format == "html" ? jindu::cli::CompareFormat::html
                                                             : jindu::cli::CompareFormat::csv;
        return jindu::cli::compare(compare_settings);
    }
    return jindu::cli::scan_lines(scan_input);
}
