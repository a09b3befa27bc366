// The benchmark program: every stage on the samples and on the grown reports.
#include "bench/register.hpp"

#include <benchmark/benchmark.h>

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    jindu::bench::register_scan();
    jindu::bench::register_read();
    jindu::bench::register_extract();
    jindu::bench::register_convert();
#ifdef JINDU_WITH_PDF
    jindu::bench::register_pdf();
#endif
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
