#include "convert.hpp"

#include "comparison_file.hpp"
#include "folders.hpp"
#include "output.hpp"
#include "progress.hpp"
#include "workbook_file.hpp"

#include <jindu/compare.hpp>
#include <jindu/parse.hpp>
#include <jindu/write.hpp>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string_view>
#include <thread>

namespace jindu::cli {

namespace {

// What converting one input gave: a report, or the reason there is none.
struct Outcome {
    std::optional<Report> report;
    std::string failure;                 // "file: error: …" when report is empty
    std::optional<Diagnostic> rejection;  // the library's reason, when it threw one
};

// Reads and converts one input ("-" is standard input, or stdin_bytes when
// it was read already); never throws. With on_items, the items are handed
// over in batches as they are read, and the report keeps the rest (see
// build_report).
Outcome convert_one(const std::string& input, const Options& options, const ItemBatches* on_items = nullptr,
                    std::string* stdin_bytes = nullptr) {
    Outcome outcome;
    try {
        if (input == "-") {
            Options stdin_options = options;
            stdin_options.source_name = "<stdin>";
            std::string bytes;
            if (stdin_bytes) bytes.swap(*stdin_bytes);
            else bytes.assign(std::istreambuf_iterator<char>(std::cin), {});
            Table table = read_table(bytes, stdin_options);
            std::string().swap(bytes);
            outcome.report = on_items ? build_report(std::move(table), stdin_options, *on_items)
                                      : build_report(std::move(table), stdin_options);
        } else {
            outcome.report = on_items ? parse_file(input, options, *on_items) : parse_file(input, options);
        }
    } catch (const Error& e) {
        Diagnostic d = e.diagnostic();
        if (d.source.empty()) d.source = input;
        outcome.failure = format(d);
        outcome.rejection = std::move(d);
    } catch (const std::exception& e) {
        // Out of memory, or a file system error the library did not expect.
        outcome.failure = input + ": error: " + e.what();
    }
    return outcome;
}

// Converts inputs on worker threads and hands the outcomes back in input
// order. Workers stay at most `window` inputs ahead of the consumer, so memory
// holds a few reports, not the whole archive.
class Pipeline {
public:
    Pipeline(const ConvertSettings& settings, unsigned jobs)
        : settings_(settings), outcomes_(settings.inputs.size()), ready_(settings.inputs.size(), false),
          window_(std::size_t{4} * jobs) {
        for (unsigned k = 0; k < jobs; ++k) workers_.emplace_back([this] { work(); });
    }

    // Waits for outcome i (calling tick every 100 ms meanwhile) and takes it.
    template <typename Tick>
    Outcome take(std::size_t i, Tick tick) {
        std::unique_lock lock(mutex_);
        while (!ready_[i]) {
            if (cv_.wait_for(lock, std::chrono::milliseconds(100)) == std::cv_status::timeout) tick(done_);
        }
        written_ = i + 1;
        cv_.notify_all();
        return std::move(outcomes_[i]);
    }

    // Stops handing out inputs and waits for the workers.
    ~Pipeline() {
        {
            std::lock_guard lock(mutex_);
            next_ = outcomes_.size();
        }
        cv_.notify_all();
    }

private:
    void work() {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mutex_);
                cv_.wait(lock, [&] { return next_ >= outcomes_.size() || next_ < written_ + window_; });
                if (next_ >= outcomes_.size()) return;
                i = next_++;
            }
            Outcome outcome = convert_one(settings_.inputs[i], settings_.options);
            std::lock_guard lock(mutex_);
            outcomes_[i] = std::move(outcome);
            ready_[i] = true;
            ++done_;
            cv_.notify_all();
        }
    }

    const ConvertSettings& settings_;
    std::vector<Outcome> outcomes_;
    std::vector<bool> ready_;
    std::size_t window_;
    std::size_t next_ = 0;     // the next input to convert
    std::size_t written_ = 0;  // outcomes taken by the consumer
    std::size_t done_ = 0;     // outcomes ready
    std::mutex mutex_;
    std::condition_variable cv_;
    std::vector<std::jthread> workers_;  // last: joined before the rest is destroyed
};

// Why a file is not a report at all, or nullptr: it is in no format jindu
// reads, empty, or holds no table header that jindu knows.
const Diagnostic* not_a_report(const Outcome& outcome) {
    const auto rejects = [](const Diagnostic& d) {
        return d.severity == Severity::error && (d.code == ErrorCode::unsupported_format ||
                                                 d.code == ErrorCode::empty_input || d.code == ErrorCode::no_table);
    };
    if (!outcome.report) return outcome.rejection && rejects(*outcome.rejection) ? &*outcome.rejection : nullptr;
    if (!outcome.report->items.empty()) return nullptr;
    const auto& all = outcome.report->diagnostics;
    const auto found = std::find_if(all.begin(), all.end(), rejects);
    return found != all.end() ? &*found : nullptr;
}

// True when input i was found in a folder and is not a report: it is skipped
// with a note, and nothing of it is written.
bool skipped(const ConvertSettings& settings, std::size_t i, const Outcome& outcome) {
    return i < settings.found_in_folder.size() && settings.found_in_folder[i] && not_a_report(outcome);
}

// The errors, then the warnings unless quiet, each as "file:line: message\n";
// for a skipped input, a note saying why unless quiet. clean turns false when
// the input failed or its report has errors.
std::string problems(const ConvertSettings& settings, std::size_t i, const Outcome& outcome, bool& clean) {
    const std::string& input = settings.inputs[i];
    if (skipped(settings, i, outcome)) {
        if (settings.quiet) return {};
        Diagnostic note = *not_a_report(outcome);
        note.severity = Severity::note;
        note.message = "skipped, not a report: " + note.message;
        note.source = input;
        note.where = {};
        note.fragment.clear();
        return format(note) + '\n';
    }
    if (!outcome.report) {
        clean = false;
        return outcome.failure + '\n';
    }
    std::string text;
    for (Diagnostic d : outcome.report->diagnostics) {
        if (d.severity == Severity::error) clean = false;
        if (d.severity == Severity::note || (settings.quiet && d.severity != Severity::error)) continue;
        if (d.source.empty()) d.source = input;
        text += format(d);
        text += '\n';
    }
    return text;
}

// A stream buffer handing what it gets to an Output. With an indent, each
// line break is followed by the indent, except a final one, which is dropped:
// that turns write_json's object into an element of its array.
class OutputBuffer : public std::streambuf {
public:
    OutputBuffer(Output& output, std::string_view indent) : output_(output), indent_(indent) {}

protected:
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        std::string_view data(s, static_cast<std::size_t>(n));
        if (indent_.empty()) return output_.write(data) ? n : 0;
        std::string text;
        text.reserve(data.size() + data.size() / 4);
        while (!data.empty()) {
            if (held_break_) {
                text.push_back('\n');
                text.append(indent_);
                held_break_ = false;
            }
            const std::size_t line_end = data.find('\n');
            text.append(data.substr(0, line_end));
            if (line_end == std::string_view::npos) break;
            held_break_ = true;
            data.remove_prefix(line_end + 1);
        }
        return output_.write(text) ? n : 0;
    }

    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        const char ch = traits_type::to_char_type(c);
        return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
    }

private:
    Output& output_;
    std::string_view indent_;
    bool held_break_ = false;
};

// Writes reports one at a time, each whole or in batches of items, as
// exactly the bytes that the library's writers give for all of them at once.
// The workbook and the HTML dashboard show all reports at once: they are held
// to the end.
class Renderer {
public:
    explicit Renderer(const ConvertSettings& settings) : settings_(settings) {
        if (settings.format == OutputFormat::xlsx) workbook_.emplace();
    }

    // Writes a batch of items of the report being read. False when the output failed.
    bool add_items(const Report& batch, Output& output) {
        if (workbook_) {
            workbook_->add(batch);
            return true;
        }
        if (settings_.format == OutputFormat::html) {
            held_items_.insert(held_items_.end(), batch.items.begin(), batch.items.end());
            return true;
        }
        if (!stream_ && !begin(output)) return false;
        if (stream_->json) stream_->json->items(batch);
        else if (settings_.format == OutputFormat::jsonl) write_jsonl(stream_->out, batch);
        else write_csv_part(batch);
        return stream_->out.good();
    }

    // Writes a report, or the rest of the one whose batches were written.
    // False when the output failed.
    bool add(const Report& report, Output& output) {
        if (workbook_) {
            workbook_->add(report);
            ++count_;
            return true;
        }
        if (settings_.format == OutputFormat::html) {
            held_.push_back(report);
            held_.back().items.insert(held_.back().items.begin(), std::make_move_iterator(held_items_.begin()),
                                      std::make_move_iterator(held_items_.end()));
            held_items_.clear();
            ++count_;
            return true;
        }
        if (!stream_ && !begin(output)) return false;
        if (stream_->json) stream_->json->finish(report);
        else if (settings_.format == OutputFormat::jsonl) write_jsonl(stream_->out, report);
        else write_csv_part(report);
        const bool good = stream_->out.good();
        stream_.reset();
        ++count_;
        return good;
    }

    // True between the first batch of a report and the report's end.
    bool in_report() const { return stream_ != nullptr; }

    // Writes what closes the output once every report was added, the
    // workbook or the dashboard; nothing when no report was. False when the
    // output failed.
    bool finish(Output& output) {
        if (count_ == 0) return true;
        if (workbook_) return workbook_->finish(output, settings_.output);
        if (settings_.format == OutputFormat::html) {
            std::string page;
            write_html(page, held_);
            return output.write(page);
        }
        return output.write(element() ? "\n]\n" : "");
    }

private:
    // The stream of one report: JSON keeps its place in the object between batches.
    struct Stream {
        Stream(Output& output, std::string_view indent, bool json_format) : buffer(output, indent), out(&buffer) {
            if (json_format) json.emplace(out);
        }
        OutputBuffer buffer;
        std::ostream out;
        std::optional<JsonReportWriter> json;
    };

    // True when each report is an element of a JSON array: there are several
    // inputs, or a folder, which may hold any number of reports.
    bool element() const {
        const auto& from_folder = settings_.found_in_folder;
        const bool folder = std::find(from_folder.begin(), from_folder.end(), true) != from_folder.end();
        return settings_.format == OutputFormat::json && (settings_.inputs.size() > 1 || folder);
    }

    // Starts a report. An element of write_json's array is the object indented
    // one level (strings hold no raw line breaks, so every '\n' starts a line
    // of the object), after "[" or ",".
    bool begin(Output& output) {
        if (element() && !output.write(count_ == 0 ? "[\n  " : ",\n  ")) return false;
        stream_ = std::make_unique<Stream>(output, element() ? "  " : "", settings_.format == OutputFormat::json);
        return true;
    }

    // CSV lines of items; the BOM and header before the first line of all.
    void write_csv_part(const Report& report) {
        const std::span<const Report> one(&report, 1);
        const CsvOptions csv{.bom = settings_.bom && !header_written_, .header = !header_written_};
        header_written_ = true;
        if (settings_.format == OutputFormat::quantities) write_quantities_csv(stream_->out, one, csv);
        else write_csv(stream_->out, one, csv);
    }

    const ConvertSettings& settings_;
    std::unique_ptr<Stream> stream_;  // while a report is written
    std::optional<WorkbookFile> workbook_;  // for xlsx, all reports until the end
    std::size_t count_ = 0;           // reports written
    bool header_written_ = false;
    std::vector<Report> held_;       // HTML: the reports added
    std::vector<Item> held_items_;   // HTML: the batches of the report being read
};

// Converts the only input, writing its items in batches as they are read, so
// a large report is never held whole. Returns false when the output failed.
bool convert_streaming(const ConvertSettings& settings, Renderer& renderer, Output& output, bool& clean,
                       std::string* stdin_bytes) {
    bool written = true;
    const ItemBatches on_items = [&](Report& batch) {
        if (written) written = renderer.add_items(batch, output);
    };
    const Outcome outcome = convert_one(settings.inputs.front(), settings.options, &on_items, stdin_bytes);
    if (const std::string text = problems(settings, 0, outcome, clean); !text.empty())
        std::fputs(text.c_str(), stderr);
    // A report that failed after some of its items were written cannot be completed.
    if (!outcome.report || skipped(settings, 0, outcome)) return written && !renderer.in_report();
    return written && renderer.add(*outcome.report, output);
}

// The comparison a file holds, when it is a jindu.compare/1 object: told by
// its first bytes and its schema, not by its name. Only regular files are
// looked into (a pipe read here would lose its bytes to the report readers),
// and none larger than the input limit: the report readers say why not.
std::optional<ComparisonFile> comparison_in(const std::string& path, std::size_t max_bytes) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error || size > max_bytes) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    std::string bytes(64, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (!opens_json_object(bytes)) return std::nullopt;
    bytes.append(std::istreambuf_iterator<char>(in), {});
    return read_comparison(bytes);
}

// Writes the page of a comparison that input holds: it is the only input,
// and the page is its one output format. Returns the exit status.
int convert_comparison(const ConvertSettings& settings, const std::string& input, const ComparisonFile& file) {
    if (settings.inputs.size() > 1) {
        std::fprintf(stderr, "jindu convert: %s is a comparison (jindu.compare/1): convert it on its own\n",
                     input.c_str());
        return 2;
    }
    if (settings.format != OutputFormat::html) {
        std::fprintf(stderr,
                     "jindu convert: %s is a comparison (jindu.compare/1): it converts to --format html only\n",
                     input.c_str());
        return 2;
    }
    std::string page;
    write_compare_html(page, file.old_report, file.new_report, file.comparison);
    Output output(settings.output);
    if (!output.write(page) || !output.commit()) {
        std::fprintf(stderr, "%s\n", output.error().c_str());
        return 1;
    }
    return 0;
}

}  // namespace

int convert(const ConvertSettings& given) {
    if (given.format == OutputFormat::xlsx && given.output.empty()) {
        std::fputs("jindu convert: --format xlsx writes a file: give its name with -o FILE\n", stderr);
        return 2;
    }
    if (given.format == OutputFormat::xlsx && !workbook_available()) {
        std::fputs("jindu convert: --format xlsx: this jindu was built without the XLSX writer (libxlsxwriter)\n",
                   stderr);
        return 2;
    }
    ConvertSettings settings = given;
    bool clean = expand_folders(settings);
    const std::size_t n = settings.inputs.size();
    if (n == 0) return 1;  // only folders without files, said above

    // An input named on the command line may be a comparison: it gives the
    // page of what changed. Standard input is read first when it is the only input.
    std::string stdin_bytes;
    const bool stdin_only = n == 1 && settings.inputs.front() == "-";
    if (stdin_only) stdin_bytes.assign(std::istreambuf_iterator<char>(std::cin), {});
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& input = settings.inputs[i];
        if ((i < settings.found_in_folder.size() && settings.found_in_folder[i]) || (input == "-" && !stdin_only))
            continue;
        std::optional<ComparisonFile> file;
        try {
            file = stdin_only ? read_comparison(stdin_bytes)
                              : comparison_in(input, settings.options.limits.max_input_bytes);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s: error: %s\n", stdin_only ? "<stdin>" : input.c_str(), e.what());
            return 1;
        }
        if (file) return convert_comparison(settings, stdin_only ? "<stdin>" : input, *file);
    }

    unsigned jobs = settings.jobs != 0 ? settings.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::clamp<std::size_t>(jobs, 1, n));

    Output output(settings.output);
    Renderer renderer(settings);
    ProgressBar progress(n, settings.output.empty());
    bool written = true;
    if (n == 1) {
        written = convert_streaming(settings, renderer, output, clean, stdin_only ? &stdin_bytes : nullptr);
    } else {
        Pipeline pipeline(settings, jobs);
        for (std::size_t i = 0; i < n && written; ++i) {
            const Outcome outcome = pipeline.take(i, [&](std::size_t done) { progress.draw(done); });
            if (const std::string text = problems(settings, i, outcome, clean); !text.empty()) {
                progress.clear();
                std::fputs(text.c_str(), stderr);
            }
            if (outcome.report && !skipped(settings, i, outcome)) written = renderer.add(*outcome.report, output);
            progress.draw(i + 1);
        }
    }
    progress.clear();
    // Nothing converted: nothing was written, and an existing -o file stays as it was.
    written = written && renderer.finish(output) && output.commit();
    if (!written) {
        // No output error: a report failed after some of its items were written (said above).
        if (!output.error().empty()) std::fprintf(stderr, "%s\n", output.error().c_str());
        return 1;
    }
    return clean ? 0 : 1;
}

}  // namespace jindu::cli
