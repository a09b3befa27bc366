// convert: parse and write_csv, what `jindu convert` does for one file.
#include "bench/inputs.hpp"
#include "bench/register.hpp"

#include <jindu/report.hpp>
#include <jindu/write.hpp>

#include <benchmark/benchmark.h>

#include <span>

namespace jindu::bench {

namespace {

void convert(benchmark::State& state, const Input* input) {
    const Options opts = options();
    for (auto _ : state) {
        const Report report = parse(input->bytes, opts);
        std::string csv;
        write_csv(csv, std::span<const Report>(&report, 1));
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
