// The report stage on a table already read, and extraction alone on the
// items of a report already built.
#include "bench/inputs.hpp"
#include "bench/register.hpp"

#include <jindu/extract.hpp>
#include <jindu/parse.hpp>
#include <jindu/table.hpp>

#include <benchmark/benchmark.h>

namespace jindu::bench {

namespace {

// build_report: header roles, merged cells, extraction on every item.
void report_stage(benchmark::State& state, const Input* input) {
    const Options opts = options();
    const Table table = read_table(input->bytes, opts);
    std::size_t items = 0;
    for (auto _ : state) {
        Report report = build_report(table, opts);
        items += report.items.size();
        benchmark::DoNotOptimize(report.items.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input->bytes.size()));
    state.SetItemsProcessed(static_cast<int64_t>(items));
}

// jindu::extract on the content and progress of every item; the bytes are
// those of the two cells.
void extract_items(benchmark::State& state, const Input* input) {
    const Report report = parse(input->bytes, options());
    std::size_t bytes = 0;
    for (const Item& item : report.items) bytes += item.content.size() + item.progress.size();
    for (auto _ : state) {
        for (const Item& item : report.items) {
            ItemText text;
            text.content = item.content;
            text.progress = item.progress;
            Reading reading = extract(text);
            benchmark::DoNotOptimize(reading.targets.data());
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(report.items.size()));
}

}  // namespace

void register_extract() {
    auto add = [](const Input& input) {
        if (format_of(input.name) != "text") return;
        benchmark::RegisterBenchmark(("report/" + input.name).c_str(), report_stage, &input)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("extract/" + input.name).c_str(), extract_items, &input)
            ->Unit(benchmark::kMillisecond);
    };
    for (const Input& input : samples()) add(input);
    for (const Input& input : generated()) add(input);
}

}  // namespace jindu::bench
