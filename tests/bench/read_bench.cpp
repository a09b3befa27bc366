// read: read_table on every format, the samples and the grown reports.
#include "bench/inputs.hpp"
#include "bench/register.hpp"

#include <jindu/table.hpp>

#include <benchmark/benchmark.h>

namespace jindu::bench {

namespace {

void read(benchmark::State& state, const Input* input) {
    const Options opts = options();
    std::size_t rows = 0;
    for (auto _ : state) {
        Table table = read_table(input->bytes, opts);
        rows += table.rows.size();
        benchmark::DoNotOptimize(table.rows.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input->bytes.size()));
    state.SetItemsProcessed(static_cast<int64_t>(rows));
}

}  // namespace

void register_read() {
    for (const auto* set : {&samples(), &generated()})
        for (const Input& input : *set)
            benchmark::RegisterBenchmark(("read/" + input.name).c_str(), read, &input)
                ->Unit(benchmark::kMillisecond);
}

}  // namespace jindu::bench
