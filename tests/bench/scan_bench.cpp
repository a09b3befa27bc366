// scan throughput on report text: the seed report repeated to about 50 MB,
// scanned whole (one call, one result vector of ~700k quantities) and line by line.
#include <jindu/quantity.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

const std::string& report_text() {
    static const std::string text = [] {
        std::ifstream in(JINDU_SOURCE_DIR "/samples/2024-h1-district-livelihood-projects.txt", std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string sample = buffer.str();
        std::string out;
        if (sample.empty()) return out;
        out.reserve(50u << 20);
        while (out.size() < (50u << 20)) out += sample;
        return out;
    }();
    return text;
}

void scan_report(benchmark::State& state) {
    const std::string& text = report_text();
    if (text.empty()) {
        state.SkipWithError("sample report not found");
        return;
    }
    std::size_t found = 0;
    for (auto _ : state) {
        const auto quantities = jindu::scan(text);
        found = quantities.size();
        benchmark::DoNotOptimize(quantities.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
    state.counters["quantities"] = static_cast<double>(found);
}

}  // namespace

// The text line by line, as the extractor scans cells and `jindu scan` scans lines.
void scan_report_lines(benchmark::State& state) {
    const std::string_view text = report_text();
    if (text.empty()) {
        state.SkipWithError("sample report not found");
        return;
    }
    std::size_t found = 0;
    for (auto _ : state) {
        found = 0;
        for (std::size_t pos = 0; pos < text.size();) {
            std::size_t nl = text.find('\n', pos);
            if (nl == std::string_view::npos) nl = text.size();
            const auto quantities = jindu::scan(text.substr(pos, nl - pos));
            found += quantities.size();
            benchmark::DoNotOptimize(quantities.data());
            pos = nl + 1;
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
    state.counters["quantities"] = static_cast<double>(found);
}

BENCHMARK(scan_report)->Unit(benchmark::kMillisecond);
BENCHMARK(scan_report_lines)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
