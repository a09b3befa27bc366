// scan: jindu::scan over every line of a text report.
#include "bench/inputs.hpp"
#include "bench/register.hpp"

#include <jindu/quantity.hpp>

#include <benchmark/benchmark.h>

namespace jindu::bench {

namespace {

void scan_lines(benchmark::State& state, const Input* input) {
    const auto all = lines(input->bytes);
    std::size_t found = 0;
    for (auto _ : state) {
        for (std::string_view line : all) {
            auto quantities = scan(line);
            found += quantities.size();
            benchmark::DoNotOptimize(quantities.data());
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input->bytes.size()));
    state.counters["quantities"] = static_cast<double>(found) / static_cast<double>(state.iterations());
}

}  // namespace

void register_scan() {
    auto add = [](const Input& input) {
        if (format_of(input.name) != "text" && format_of(input.name) != "prose") return;
        benchmark::RegisterBenchmark(("scan/" + input.name).c_str(), scan_lines, &input)
            ->Unit(benchmark::kMillisecond);
    };
    for (const Input& input : samples()) add(input);
    for (const Input& input : generated()) add(input);
}

}  // namespace jindu::bench
