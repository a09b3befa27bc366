// Fuzzes the whole pipeline: the table read with the format sniffed from the
// bytes, the report built from it, then every writer. Every non-empty row must
// be accounted for, and each completion must be a finite number >= 0.
#include "fuzz_input.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const jindu::Options options = jindu::fuzz::fuzz_options(jindu::InputFormat::automatic);
    jindu::Table table;
    try {
        table = jindu::read_table(jindu::fuzz::bytes(data, size), options);
    } catch (const jindu::Error&) {
        return 0;
    }
    const jindu::Report report = jindu::build_report(table, options);

    const auto nonempty = std::count_if(table.rows.begin(), table.rows.end(), [](const jindu::Row& row) {
        return std::any_of(row.cells.begin(), row.cells.end(), [](const jindu::Cell& cell) {
            return cell.text.find_first_not_of(" \t\r\n") != std::string::npos;
        });
    });
    if (report.rows.size() != static_cast<std::size_t>(nonempty)) std::abort();
    const auto items = std::count_if(report.rows.begin(), report.rows.end(),
                                     [](const jindu::RowAccount& a) { return a.use == jindu::RowUse::item; });
    if (report.items.size() != static_cast<std::size_t>(items)) std::abort();
    for (const auto& item : report.items)
        if (item.completion && !(*item.completion >= 0 && std::isfinite(*item.completion))) std::abort();
    std::string out;
    jindu::write_json(out, report);
    out.clear();
    const jindu::Report reports[] = {report};
    jindu::write_csv(out, reports);
    out.clear();
    jindu::write_quantities_csv(out, reports);
    return 0;
}
