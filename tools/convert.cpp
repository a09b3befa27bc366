#include "convert.hpp"

#include "output.hpp"
#include "progress.hpp"

#include <jindu/report.hpp>
#include <jindu/write.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <optional>
#include <thread>

namespace jindu::cli {

namespace {

// What converting one input gave: a report, or the reason there is none.
struct Outcome {
    std::optional<Report> report;
    std::string failure;  // "file: error: …" when report is empty
};

Outcome convert_one(const std::string& input, const Options& options) {
    Outcome outcome;
    try {
        if (input == "-") {
            Options stdin_options = options;
            stdin_options.source_name = "<stdin>";
            const std::string bytes(std::istreambuf_iterator<char>(std::cin), {});
            outcome.report = parse(bytes, stdin_options);
        } else {
            outcome.report = parse_file(input, options);
        }
    } catch (const Error& e) {
        Diagnostic d = e.diagnostic();
        if (d.source.empty()) d.source = input;
        outcome.failure = format(d);
    } catch (const std::exception& e) {
        // Out of memory, or a file system error the library did not expect.
        outcome.failure = input + ": error: " + e.what();
    }
    return outcome;
}

// Converts inputs on `jobs` threads; outcome i belongs to input i.
std::vector<Outcome> convert_all(const ConvertSettings& settings) {
    const std::size_t n = settings.inputs.size();
    std::vector<Outcome> outcomes(n);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < n;) {
            outcomes[i] = convert_one(settings.inputs[i], settings.options);
            done.fetch_add(1);
        }
    };

    unsigned jobs = settings.jobs != 0 ? settings.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, n));
    ProgressBar progress(n);
    if (jobs <= 1 && !progress.shown()) {
        work();
        return outcomes;
    }
    std::vector<std::jthread> workers;
    for (unsigned k = 0; k < jobs; ++k) workers.emplace_back(work);
    progress.follow(done);
    return outcomes;
}

// Errors, then warnings unless quiet, each as "file:line: message".
bool report_problems(const ConvertSettings& settings, const std::vector<Outcome>& outcomes) {
    bool clean = true;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const Outcome& outcome = outcomes[i];
        if (!outcome.report) {
            std::fprintf(stderr, "%s\n", outcome.failure.c_str());
            clean = false;
            continue;
        }
        for (Diagnostic d : outcome.report->diagnostics) {
            if (d.severity == Severity::error) clean = false;
            if (d.severity == Severity::note || (settings.quiet && d.severity != Severity::error)) continue;
            if (d.source.empty()) d.source = settings.inputs[i];
            std::fprintf(stderr, "%s\n", format(d).c_str());
        }
    }
    return clean;
}

std::string render(const ConvertSettings& settings, const std::vector<Report>& reports) {
    std::string out;
    const CsvOptions csv{.bom = settings.bom};
    switch (settings.format) {
    case OutputFormat::csv: write_csv(out, reports, csv); break;
    case OutputFormat::quantities: write_quantities_csv(out, reports, csv); break;
    case OutputFormat::json:
        // One input gives one object; several give an array, even when some failed.
        if (settings.inputs.size() == 1)
            write_json(out, reports.front());
        else
            write_json(out, reports);
        break;
    }
    return out;
}

}  // namespace

int convert(const ConvertSettings& settings) {
    std::vector<Outcome> outcomes = convert_all(settings);
    const bool clean = report_problems(settings, outcomes);

    std::vector<Report> reports;
    for (Outcome& outcome : outcomes)
        if (outcome.report) reports.push_back(std::move(*outcome.report));
    // Nothing converted: leave any existing output file as it was.
    if (reports.empty()) return 1;

    const std::string out = render(settings, reports);
    std::string error;
    const bool written = settings.output.empty() ? write_stdout(out, error)
                                                 : write_file_atomically(settings.output, out, error);
    if (!written) {
        std::fprintf(stderr, "%s: error: %s\n", settings.output.empty() ? "<stdout>" : settings.output.c_str(),
                     error.c_str());
        return 1;
    }
    return clean ? 0 : 1;
}

}  // namespace jindu::cli
