// pdf: the PDF samples read by jindu, and beside it, in the same run, poppler's
// own `pdftotext -layout` and pdfminer.six's `pdf2txt` on the same files.
//
// pdf/<sample> is read_pdf and the report stage in this process. The
// pdf_process/<program>/<sample> benchmarks start the program on the file as a
// user would (`jindu convert FILE -o /dev/null`, `pdftotext -layout FILE
// /dev/null`, `pdf2txt -o /dev/null FILE`) and count wall time: process start
// included for all three alike.
#include "bench/register.hpp"

#include <jindu/pdf.hpp>
#include <jindu/report.hpp>

#include <benchmark/benchmark.h>

#include <poppler-document.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace jindu::bench {

namespace {

struct PdfSample {
    std::string name;  // the file name without ".pdf"
    std::string path;
    std::string bytes;
    std::size_t pages = 0;
};

// The number of pages, as poppler counts them.
std::size_t count_pages(const std::string& bytes) {
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    return document ? static_cast<std::size_t>(document->pages()) : 0;
}

const std::vector<PdfSample>& pdf_samples() {
    static const std::vector<PdfSample> samples = [] {
        std::vector<PdfSample> out;
        for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(JINDU_SOURCE_DIR) / "samples")) {
            if (entry.path().extension() != ".pdf") continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream s;
            s << in.rdbuf();
            out.push_back({entry.path().stem().string(), entry.path().string(), s.str(), 0});
            out.back().pages = count_pages(out.back().bytes);
        }
        std::sort(out.begin(), out.end(), [](const PdfSample& a, const PdfSample& b) { return a.name < b.name; });
        return out;
    }();
    return samples;
}

void pages_per_second(benchmark::State& state, std::size_t pages) {
    state.counters["pages/s"] =
        benchmark::Counter(static_cast<double>(pages), benchmark::Counter::kIsIterationInvariantRate);
}

void read(benchmark::State& state, const PdfSample* sample) {
    const Options options = with_pdf({});
    for (auto _ : state) {
        Report report = build_report(read_pdf(sample->bytes, options), options);
        benchmark::DoNotOptimize(report.items.data());
    }
    pages_per_second(state, sample->pages);
}

// Runs a program to the end, its output thrown away; false when it could not be run.
bool run(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return false;
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void process(benchmark::State& state, std::vector<std::string> args, std::size_t pages) {
    for (auto _ : state)
        if (!run(args)) {
            state.SkipWithError((args[0] + " failed or is not installed").c_str());
            break;
        }
    pages_per_second(state, pages);
}

}  // namespace

void register_pdf() {
    for (const PdfSample& sample : pdf_samples()) {
        benchmark::RegisterBenchmark(("pdf/" + sample.name).c_str(), read, &sample)->Unit(benchmark::kMillisecond);
        const std::vector<std::pair<std::string, std::vector<std::string>>> programs{
            {"jindu", {JINDU_PROGRAM, "convert", sample.path, "-o", "/dev/null"}},
            {"pdftotext", {"pdftotext", "-layout", sample.path, "/dev/null"}},
            {"pdfminer", {"pdf2txt", "-o", "/dev/null", sample.path}},
        };
        for (const auto& [program, args] : programs)
            benchmark::RegisterBenchmark(("pdf_process/" + program + "/" + sample.name).c_str(), process, args,
                                         sample.pages)
                ->Unit(benchmark::kMillisecond)
                ->UseRealTime();
    }
}

}  // namespace jindu::bench
