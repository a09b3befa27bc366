// convert: what `jindu convert` does for one file once it is read: parse it
// with the items handed over in batches (tab-separated text a piece of rows at
// a time), and write each batch as CSV.
#include "bench/inputs.hpp"
#include "bench/register.hpp"

#include <jindu/parse.hpp>
#include <jindu/write.hpp>

#include <benchmark/benchmark.h>

#include <span>

namespace jindu::bench {

namespace {

void convert(benchmark::State& state, const Input* input) {
    const Options opts = options();
    std::string csv;
    for (auto _ : state) {
        bool first = true;
        const ItemBatches write_batch = [&](Report& batch) {
            csv.clear();  // the program hands each batch to its output
            write_csv(csv, std::span<const Report>(&batch, 1), CsvOptions{.header = first});
            first = false;
            benchmark::DoNotOptimize(csv.data());
        };
        const Report rest = parse(input->bytes, opts, write_batch);
        csv.clear();
        write_csv(csv, std::span<const Report>(&rest, 1), CsvOptions{.header = first});
        benchmark::DoNotOptimize(csv.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input->bytes.size()));
}

}  // namespace

void register_convert() {
    for (const Input& input : samples())
        benchmark::RegisterBenchmark(("convert/" + input.name).c_str(), convert, &input)
            ->Unit(benchmark::kMicrosecond);
    for (const Input& input : generated())
        benchmark::RegisterBenchmark(("convert/" + input.name).c_str(), convert, &input)
            ->Unit(benchmark::kMillisecond);
}

}  // namespace jindu::bench
