// Runs the jindu tool as a user would, through the shell.
#include "cli/run_jindu.hpp"

#include <jindu/jindu.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace jindu::test;

namespace {

const std::string csv_header =
    "source,row,seq,category,content,owners,progress,status,completion,"
    "target_value,target_unit,target_kind,target_qualifier,achieved_value,achieved_unit,"
    "percent_mean,targets_count,achieved_count,percents_count";

}  // namespace

TEST_CASE("usage errors exit with 2 and say what is wrong on stderr") {
    const char* cases[] = {
        "",
        "frobnicate",
        "convert",
        "convert --format xml SEED",
        "convert --input-format doc SEED",
        "convert --jobs 0 SEED",
        "convert --jobs many SEED",
        "convert --bogus SEED",
        "convert --max-input-bytes lots SEED",
        "scan a b",
    };
    for (std::string args : cases) {
        if (const auto at = args.find("SEED"); at != std::string::npos) args.replace(at, 4, seed);
        const Run run = run_jindu(args);
        CHECK_MESSAGE(run.status == 2, args);
        CHECK_MESSAGE(run.out.empty(), args);
        CHECK_MESSAGE(!run.err.empty(), args);
    }
}

TEST_CASE("--version and --help exit with 0 on stdout") {
    const Run version = run_jindu("--version");
    CHECK(version.status == 0);
    CHECK(version.out.starts_with("jindu "));
    const Run help = run_jindu("convert --help");
    CHECK(help.status == 0);
    CHECK(help.out.find("--format") != std::string::npos);
    CHECK(help.out.find("--max-input-bytes") != std::string::npos);
}

TEST_CASE("convert writes a CSV with a header and one line per item of the seed") {
    const Run run = run_jindu("convert '" + seed + "'");
    CHECK(run.status == 0);
    const auto lines = lines_of(run.out);
    REQUIRE(lines.size() == 29);
    CHECK(lines[0] == csv_header);
    for (std::size_t i = 1; i < lines.size(); ++i) CHECK(lines[i].starts_with(seed + ","));
}

TEST_CASE("convert --format json writes one report object for one input") {
    const Run run = run_jindu("convert --format json '" + seed + "'");
    CHECK(run.status == 0);
    const auto doc = nlohmann::json::parse(run.out);
    REQUIRE(doc.is_object());
    CHECK(doc["schema"] == "jindu.report/1");
    CHECK(doc["source"] == seed);
    CHECK(doc["items"].size() == 28);
}

TEST_CASE("several inputs give one CSV header and a JSON array, in input order") {
    Scratch dir;
    fs::copy_file(seed, dir / "b.txt");
    const std::string two = "'" + seed + "' '" + (dir / "b.txt") + "'";
    const Run csv = run_jindu("convert " + two);
    CHECK(csv.status == 0);
    const auto lines = lines_of(csv.out);
    REQUIRE(lines.size() == 57);
    CHECK(lines[1].starts_with(seed + ","));
    CHECK(lines[56].starts_with((dir / "b.txt") + ","));

    const Run json = run_jindu("convert --format json " + two);
    const auto doc = nlohmann::json::parse(json.out);
    REQUIRE(doc.is_array());
    REQUIRE(doc.size() == 2);
    CHECK(doc[0]["source"] == seed);
    CHECK(doc[1]["source"] == dir / "b.txt");
}

TEST_CASE("--format quantities writes one line per quantity, and --bom starts with a BOM") {
    const Run run = run_jindu("convert --format quantities --bom '" + seed + "'");
    CHECK(run.status == 0);
    CHECK(run.out.starts_with("\xEF\xBB\xBFsource,row,seq,field,role,value,value_max,unit,kind,qualifier,subject,text,reason\n"));
    CHECK(lines_of(run.out).size() > 28);
}

TEST_CASE("a failed input exits with 1, names the file, and the others are still written") {
    Scratch dir;
    const std::string missing = dir / "missing.txt";
    const Run run = run_jindu("convert '" + missing + "' '" + seed + "'");
    CHECK(run.status == 1);
    CHECK(run.err.starts_with(missing + ":"));
    CHECK(lines_of(run.out).size() == 29);

    const Run json = run_jindu("convert --format json '" + missing + "' '" + seed + "'");
    CHECK(json.status == 1);
    const auto doc = nlohmann::json::parse(json.out);
    REQUIRE(doc.is_array());
    CHECK(doc.size() == 1);
}

TEST_CASE("bad inputs exit with 0 or 1 and never crash; a failure names the file") {
    Scratch dir;
    const struct {
        const char* name;
        std::string bytes;
    } cases[] = {
        {"empty.txt", ""},
        {"nul.txt", std::string("\0\0\0\0", 4)},
        {"invalid.txt", "序号\t项目\xFF\xFE\x80\n"},
        {"pdf.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"},
    };
    for (const auto& c : cases) {
        write_file(dir / c.name, c.bytes);
        const Run run = run_jindu("convert '" + (dir / c.name) + "'");
        CHECK_MESSAGE((run.status == 0 || run.status == 1), c.name);
        if (run.status == 1) CHECK_MESSAGE(run.err.find(dir / c.name) != std::string::npos, c.name);
    }
}

TEST_CASE("-o writes the output file and leaves no temporary file behind") {
    Scratch dir;
    const std::string out = dir / "records.csv";
    write_file(out, "old content\n");
    const Run run = run_jindu("convert -o '" + out + "' '" + seed + "'");
    CHECK(run.status == 0);
    CHECK(run.out.empty());
    CHECK(read_file(out) == run_jindu("convert '" + seed + "'").out);
    CHECK(names_in(dir.dir) == std::vector<std::string>{"records.csv"});
}

TEST_CASE("-o writes into a pipe or device in place, and through a link into the file it names") {
    Scratch dir;
    const std::string expected = run_jindu("convert '" + seed + "'").out;

    // A FIFO, read by another process: it must stay a FIFO and get the records.
    const std::string fifo = dir / "records.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string got = dir / "got.csv";
    const std::string command = "cat '" + fifo + "' >'" + got + "' & '" JINDU_CLI "' convert -o '" + fifo + "' '" +
                                seed + "' 2>/dev/null; status=$?; wait; exit $status";
    const int raw = std::system(command.c_str());
    CHECK((WIFEXITED(raw) && WEXITSTATUS(raw) == 0));
    CHECK(fs::is_fifo(fifo));
    CHECK(read_file(got) == expected);

    // A symbolic link to a file: the file is replaced, the link stays, and so
    // do the file's permissions.
    const std::string file = dir / "real.csv";
    const std::string link = dir / "link.csv";
    write_file(file, "old\n");
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    fs::create_symlink(file, link);
    const Run run = run_jindu("convert -o '" + link + "' '" + seed + "'");
    CHECK(run.status == 0);
    CHECK(fs::is_symlink(link));
    CHECK(read_file(file) == expected);
    CHECK(fs::status(file).permissions() ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("-o never leaves a half-written file: a failed write keeps the old one") {
    Scratch dir;
    // A folder in the way: the file cannot replace it.
    const std::string blocked = dir / "blocked";
    fs::create_directories(blocked);
    const Run run = run_jindu("convert -o '" + blocked + "' '" + seed + "'");
    CHECK(run.status == 1);
    CHECK(run.err.find(blocked) != std::string::npos);
    CHECK(fs::is_directory(blocked));
    CHECK(names_in(dir.dir) == std::vector<std::string>{"blocked"});

    // A folder that does not exist.
    const Run nowhere = run_jindu("convert -o '" + (dir / "no/such/out.csv") + "' '" + seed + "'");
    CHECK(nowhere.status == 1);

    // Nothing converted: the existing output stays as it was.
    const std::string out = dir / "kept.csv";
    write_file(out, "kept\n");
    const Run failed = run_jindu("convert -o '" + out + "' '" + (dir / "missing.txt") + "'");
    CHECK(failed.status == 1);
    CHECK(read_file(out) == "kept\n");
}

TEST_CASE("--jobs gives the same bytes as one job, in input order") {
    Scratch dir;
    std::string args;
    for (int i = 0; i < 25; ++i) {
        const std::string copy = dir / ("report-" + std::to_string(i) + ".txt");
        fs::copy_file(seed, copy);
        args += " '" + copy + "'";
    }
    for (const char* format : {"csv", "json", "quantities"}) {
        const Run one = run_jindu(std::string("convert --jobs 1 --format ") + format + args);
        const Run many = run_jindu(std::string("convert --jobs 4 --format ") + format + args);
        const Run all = run_jindu(std::string("convert --format ") + format + args);
        CHECK(one.status == 0);
        CHECK_MESSAGE(one.out == many.out, format);
        CHECK_MESSAGE(one.out == all.out, format);
        CHECK(many.err == one.err);
    }
}

TEST_CASE("convert writes the same bytes as the library's writers given all reports at once") {
    Scratch dir;
    std::vector<std::string> inputs{seed, dir / "b.txt", dir / "c.txt"};
    fs::copy_file(seed, inputs[1]);
    fs::copy_file(seed, inputs[2]);
    std::vector<jindu::Report> reports;
    std::string args;
    for (const auto& input : inputs) {
        reports.push_back(jindu::parse_file(input));
        args += " '" + input + "'";
    }

    std::string csv;
    jindu::write_csv(csv, reports, {.bom = true});
    CHECK(run_jindu("convert --jobs 2 --bom" + args).out == csv);
    std::string quantities;
    jindu::write_quantities_csv(quantities, reports);
    CHECK(run_jindu("convert --jobs 2 --format quantities" + args).out == quantities);
    std::string array;
    jindu::write_json(array, reports);
    CHECK(run_jindu("convert --jobs 2 --format json" + args).out == array);
    std::string object;
    jindu::write_json(object, reports.front());
    CHECK(run_jindu("convert --format json '" + seed + "'").out == object);
}

TEST_CASE("one large input, written in batches as it is read, gives the library's bytes") {
    Scratch dir;
    const std::string big = dir / "big.txt";
    std::string text;
    for (int i = 0; i < 80; ++i) text += read_file(seed);
    write_file(big, text);
    const jindu::Report report = jindu::parse_file(big);
    REQUIRE(report.items.size() > 2048);  // several batches of items

    std::string csv;
    jindu::write_csv(csv, std::span(&report, 1), {.bom = true});
    CHECK(run_jindu("convert --bom '" + big + "'").out == csv);
    std::string quantities;
    jindu::write_quantities_csv(quantities, std::span(&report, 1));
    CHECK(run_jindu("convert --format quantities '" + big + "'").out == quantities);
    std::string object;
    jindu::write_json(object, report);
    CHECK(run_jindu("convert --format json '" + big + "'").out == object);
    const std::string out = dir / "big.json";
    CHECK(run_jindu("convert --format json -o '" + out + "' '" + big + "'").status == 0);
    CHECK(read_file(out) == object);
    CHECK(names_in(dir.dir).size() == 2);  // no temporary file left beside it

    jindu::Options stdin_options;
    stdin_options.source_name = "<stdin>";
    std::string from_stdin;
    jindu::write_json(from_stdin, jindu::parse(text, stdin_options));
    CHECK(run_jindu("convert --format json -", big).out == from_stdin);
}

TEST_CASE("the progress bar shows only on a terminal, never in redirected stderr") {
    Scratch dir;
    std::string args;
    for (int i = 0; i < 25; ++i) args += " '" + seed + "'";
    const Run redirected = run_jindu("convert -o '" + (dir / "out.csv") + "'" + args);
    CHECK(redirected.err.find('\r') == std::string::npos);

    // script(1) gives the tool a terminal; skipped where there is none to give.
    if (std::system("command -v script >/dev/null 2>&1") != 0) return;
    const std::string tty_log = dir / "tty.log";
    const std::string command = "script -qec \"'" JINDU_CLI "' convert -o '" + (dir / "tty.csv") + "'" + args +
                                "\" /dev/null >'" + tty_log + "' 2>&1";
    if (std::system(command.c_str()) != 0) {
        MESSAGE("script(1) could not give the tool a terminal; the bar is not checked");
        return;
    }
    const std::string shown = read_file(tty_log);
    CHECK(shown.find("/25 files") != std::string::npos);
    CHECK(read_file(dir / "tty.csv") == read_file(dir / "out.csv"));
}

TEST_CASE("convert reads standard input for -") {
    const Run run = run_jindu("convert -", seed);
    CHECK(run.status == 0);
    const auto lines = lines_of(run.out);
    REQUIRE(lines.size() == 29);
    CHECK(lines[1].starts_with("<stdin>,"));
}

TEST_CASE("scan prints one JSON array per input line, from a file or standard input") {
    Scratch dir;
    const std::string text = dir / "text.txt";
    write_file(text, "惠及 9.6 万人\n\n2024 年\r\nno line end");
    const Run from_file = run_jindu("scan '" + text + "'");
    const Run from_dash = run_jindu("scan -", text);
    const Run from_stdin = run_jindu("scan", text);
    CHECK(from_file.status == 0);
    CHECK(from_file.out == from_dash.out);
    CHECK(from_file.out == from_stdin.out);
    const auto lines = lines_of(from_file.out);
    REQUIRE(lines.size() == 4);
    for (const auto& line : lines) CHECK(nlohmann::json::parse(line).is_array());
    CHECK(lines[1] == "[]");
    const auto first = nlohmann::json::parse(lines[0]);
    REQUIRE(first.size() == 1);
    CHECK(first[0]["value"] == 96000);
    CHECK(first[0]["start"] == 3);
    CHECK(first[0]["end"] == 9);
}

TEST_CASE("scan keeps line for line on the seed report") {
    const Run run = run_jindu("scan '" + seed + "'");
    CHECK(run.status == 0);
    CHECK(lines_of(run.out).size() == lines_of(read_file(seed)).size());
}

TEST_CASE("scan of a missing file exits with 1 and names it") {
    const Run run = run_jindu("scan /nonexistent/jindu.txt");
    CHECK(run.status == 1);
    CHECK(run.err.starts_with("/nonexistent/jindu.txt:"));
}

TEST_CASE("a FIFO input is read to its end, and stopped at the input limit") {
    Scratch dir;
    const std::string fifo = dir / "report.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto through_fifo = [&](const std::string& options) {
        const std::string command = "cat '" + seed + "' >'" + fifo + "' 2>/dev/null & '" JINDU_CLI "' convert " +
                                    options + " '" + fifo + "' >'" + (dir / "out") + "' 2>'" + (dir / "err") +
                                    "'; status=$?; wait; exit $status";
        const int raw = std::system(command.c_str());
        return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    };
    CHECK(through_fifo("") == 0);
    CHECK(lines_of(read_file(dir / "out")).size() == 29);
    CHECK(through_fifo("--max-input-bytes 1KB") == 1);
    CHECK(read_file(dir / "err").starts_with(fifo + ": error: input of more than 1024 bytes"));
}
