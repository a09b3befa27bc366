// `jindu convert DIR`: the files under a folder, in sorted order, the ones
// that are not reports skipped with a note.
#include "cli/run_jindu.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace jindu::test;

namespace {

const std::string samples = JINDU_SOURCE_DIR "/samples/";

// The reports in samples/ itself (not under expected/ or consumer/), sorted, quoted for the shell.
std::string listed_samples() {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(samples))
        if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    std::string args;
    for (const auto& file : files) args += " '" + file + "'";
    return args;
}

}  // namespace

TEST_CASE("convert samples/ gives the bytes of converting the sample files listed, whatever --jobs") {
    const std::string listed = listed_samples();
    for (const std::string format : {"csv", "jsonl", "json"}) {
        CAPTURE(format);
        const Run files = run_jindu("convert --format " + format + listed);
        const Run one = run_jindu("convert '" + samples + "' --jobs 1 --format " + format);
        const Run four = run_jindu("convert '" + samples + "' --jobs 4 --format " + format);
        REQUIRE(lines_of(files.out).size() > 300);
        CHECK(one.out == files.out);
        CHECK(four.out == one.out);
        CHECK(four.err == one.err);
        CHECK(one.status == files.status);
    }
    // What is not a report is named on stderr as a note, and is no error.
    const Run run = run_jindu("convert '" + samples + "'");
    CHECK(run.err.find(samples + "README.md: note: skipped, not a report: no header row") != std::string::npos);
    CHECK(run.err.find(samples + "expected/2024-fy-district-tasks.xlsx.csv: note: skipped, not named as a report") !=
          std::string::npos);
    CHECK(run.err.find(": error:") == std::string::npos);
    // --quiet keeps the notes back.
    CHECK(run_jindu("convert --quiet '" + samples + "'").err.find("note:") == std::string::npos);
}

TEST_CASE("a folder is walked depth-first in name order; hidden entries are left out") {
    Scratch dir;
    const fs::path root = dir.dir / "reports";
    fs::create_directories(root / "a" / "deeper");
    fs::create_directories(root / ".cache");
    fs::copy_file(seed, root / "b.txt");
    fs::copy_file(seed, root / "a" / "deeper" / "z.md");
    fs::copy_file(seed, root / "a" / "y.TXT");
    fs::copy_file(seed, root / ".hidden.txt");
    fs::copy_file(seed, root / ".cache" / "c.txt");
    fs::create_directory_symlink(root / "a", root / "a" / "loop");  // walked once, not forever
    write_file(root / "notes.txt", "meeting notes, no table\n");
    write_file(root / "photo.jpg", "\xFF\xD8\xFF\xE0 not really");

    const Run run = run_jindu("convert --format jsonl '" + root.string() + "'");
    CHECK(run.status == 0);
    std::vector<std::string> sources;
    for (const auto& line : lines_of(run.out)) {
        const std::string source = nlohmann::json::parse(line)["source"];
        if (sources.empty() || sources.back() != source) sources.push_back(source);
    }
    CHECK(sources == std::vector<std::string>{(root / "a/deeper/z.md").string(), (root / "a/y.TXT").string(),
                                              (root / "b.txt").string()});
    CHECK(run.err.find((root / "notes.txt").string() + ": note: skipped, not a report") != std::string::npos);
    CHECK(run.err.find((root / "photo.jpg").string() + ": note: skipped, not named as a report") != std::string::npos);
    CHECK(run.err.find("hidden") == std::string::npos);
    CHECK(run.err.find(".cache") == std::string::npos);

    // A report given by name is converted whatever its name, and a non-report is an error then.
    const Run named = run_jindu("convert '" + (root / "notes.txt").string() + "'");
    CHECK(named.status == 1);
    CHECK(named.err.find(": error: no header row") != std::string::npos);
}

TEST_CASE("--glob picks the files of a folder by name, or by path with a /") {
    Scratch dir;
    const fs::path root = dir.dir / "in";
    fs::create_directories(root / "h1");
    fs::create_directories(root / "q3");
    fs::copy_file(seed, root / "h1" / "district.txt");
    fs::copy_file(seed, root / "q3" / "district.txt");
    fs::copy_file(seed, root / "q3" / "city.report");
    const auto sources_of = [](const Run& run) {
        std::vector<std::string> sources;
        for (const auto& line : lines_of(run.out)) {
            const std::string source = nlohmann::json::parse(line)["source"];
            if (sources.empty() || sources.back() != source) sources.push_back(source);
        }
        return sources;
    };
    const std::string folder = " '" + root.string() + "'";
    CHECK(sources_of(run_jindu("convert --format jsonl --glob 'district*'" + folder)) ==
          std::vector<std::string>{(root / "h1/district.txt").string(), (root / "q3/district.txt").string()});
    CHECK(sources_of(run_jindu("convert --format jsonl --glob 'q3/*'" + folder)) ==
          std::vector<std::string>{(root / "q3/city.report").string(), (root / "q3/district.txt").string()});
    // Repeated; a file given by name is converted whatever the globs.
    CHECK(sources_of(run_jindu("convert --format jsonl --glob '*.report' --glob 'h1/*'" + folder + " '" + seed +
                               "'")) == std::vector<std::string>{(root / "h1/district.txt").string(),
                                                                 (root / "q3/city.report").string(), seed});

    // Nothing to convert in a folder is an error naming it; the other inputs are still written.
    const Run none = run_jindu("convert --glob '*.docx'" + folder + " '" + seed + "'");
    CHECK(none.status == 1);
    CHECK(none.err.find(root.string() + ": error: no files to convert in this folder") != std::string::npos);
    CHECK(lines_of(none.out).size() == 29);
}

TEST_CASE("the progress bar counts the files found in folders") {
    if (std::system("command -v script >/dev/null 2>&1") != 0) return;
    Scratch dir;
    const fs::path root = dir.dir / "many";
    fs::create_directories(root);
    for (int i = 0; i < 25; ++i) fs::copy_file(seed, root / ("report-" + std::to_string(i) + ".txt"));
    const std::string tty_log = dir / "tty.log";
    const std::string command = "script -qec \"'" JINDU_CLI "' convert -o '" + (dir / "out.csv") + "' '" +
                                root.string() + "'\" /dev/null >'" + tty_log + "' 2>&1";
    if (std::system(command.c_str()) != 0) {
        MESSAGE("script(1) could not give the tool a terminal; the bar is not checked");
        return;
    }
    CHECK(read_file(tty_log).find("/25 files") != std::string::npos);
    CHECK(lines_of(read_file(dir / "out.csv")).size() == 1 + 25 * 28);
}
