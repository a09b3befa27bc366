// The comparison page from the command line: `jindu compare --format html`,
// and `jindu convert` of a jindu.compare/1 file, told by its schema.
#include "cli/run_jindu.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace jindu::test;

namespace {

const std::string older = JINDU_SOURCE_DIR "/samples/2024-h1-district-yearly-projects.txt";
const std::string newer = JINDU_SOURCE_DIR "/samples/2024-fy-district-yearly-projects.txt";

// `jindu compare` of the sample pair in a format, checked to succeed.
std::string compared(const std::string& format) {
    const Run run = run_jindu("compare '" + older + "' '" + newer + "' --format " + format);
    REQUIRE(run.status == 0);
    return run.out;
}

}  // namespace

TEST_CASE("convert of a comparison's JSON gives the page of jindu compare --format html, whatever its name") {
    Scratch dir;
    const std::string page = compared("html");
    CHECK(page.starts_with("<!DOCTYPE html>\n"));
    CHECK(page.find("<title>进展对比：") != std::string::npos);
    const std::string json = compared("json");
    for (const std::string name : {"pair.json", "pair.txt", "pair"}) {
        write_file(dir / name, json);
        const Run run = run_jindu("convert '" + (dir / name) + "' --format html");
        CHECK_MESSAGE(run.status == 0, name);
        CHECK_MESSAGE(run.err.empty(), name);
        CHECK_MESSAGE(run.out == page, name);
    }
    // From standard input, with -o, and with a byte order mark.
    write_file(dir / "bom.json", "\xEF\xBB\xBF" + json);
    const Run piped = run_jindu("convert - --format html -o '" + (dir / "page.html") + "'", dir / "bom.json");
    CHECK(piped.status == 0);
    CHECK(read_file(dir / "page.html") == page);
}

TEST_CASE("a comparison converts on its own and to html only: else a usage error, and nothing written") {
    Scratch dir;
    write_file(dir / "pair.json", compared("json"));
    const std::vector<std::string> wrong{"--format csv", "--format json", "--format html '" + older + "'"};
    for (const std::string& args : wrong) {
        const Run run = run_jindu("convert '" + (dir / "pair.json") + "' " + args + " -o '" + (dir / "out") + "'");
        CHECK_MESSAGE(run.status == 2, args);
        CHECK_MESSAGE(run.err.find("is a comparison (jindu.compare/1)") != std::string::npos, args);
        CHECK_MESSAGE(!std::filesystem::exists(dir / "out"), args);
    }
}

TEST_CASE("JSON of another schema is no comparison, and a comparison that does not add up says where") {
    Scratch dir;
    // A report's JSON is read as a report would be: it holds no table.
    const Run report = run_jindu("convert --format json '" + older + "'");
    REQUIRE(report.status == 0);
    write_file(dir / "report.json", report.out);
    const Run other = run_jindu("convert '" + (dir / "report.json") + "' --format html");
    CHECK(other.status == 1);
    CHECK(other.err.find("jindu.compare") == std::string::npos);

    const nlohmann::json pair = nlohmann::json::parse(compared("json"));
    const std::pair<std::string, std::string> cases[] = {
        {"/pairs", "no member \"pairs\""},
        {"/pairs/2/old/status", "pairs[2].old: no member \"status\""},
        {"/summary/movement/stalled", "summary.movement: no member \"stalled\""},
        {"/dropped/0", "old.items: 18, but the pairs and the dropped items are 17"},
    };
    for (const auto& [removed, message] : cases) {
        nlohmann::json broken = pair;
        const nlohmann::json::json_pointer at(removed);
        nlohmann::json& parent = broken[at.parent_pointer()];
        if (parent.is_array()) parent.erase(std::stoul(at.back()));
        else parent.erase(at.back());
        write_file(dir / "broken.json", broken.dump(2));
        const Run run = run_jindu("convert '" + (dir / "broken.json") + "' --format html");
        CHECK_MESSAGE(run.status == 1, removed);
        CHECK_MESSAGE(run.out.empty(), removed);
        CHECK_MESSAGE(run.err.find(message) != std::string::npos, run.err);
    }
    nlohmann::json wrong = pair;
    wrong["pairs"][0]["movement"] = "sideways";
    write_file(dir / "wrong.json", wrong.dump());
    const Run run = run_jindu("convert '" + (dir / "wrong.json") + "' --format html");
    CHECK(run.status == 1);
    CHECK(run.err.find("pairs[0].movement: \"sideways\" is no value it may have") != std::string::npos);
}
