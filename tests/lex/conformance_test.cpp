// Conformance with the Chinese NumberModel and PercentModel specs of
// Microsoft Recognizers-Text, read at test time from JINDU_SHARED_DIR.
// Each case passes when the set of values scan finds equals the expected set,
// or when it is listed in conformance_deviations.tsv with jindu's answer.
#include "support/dump.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string_view>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using jindu::test::number;

const fs::path spec_dir = fs::path(JINDU_SHARED_DIR) / "conformance" / "recognizers-text-zh";

// "{0.24, 85}": a set of values as the deviation file writes it.
std::string value_set(const std::set<double>& values) {
    std::string out = "{";
    for (double v : values) {
        if (out.size() > 1) out += ", ";
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.12g", v);
        out += buffer;
    }
    return out + "}";
}

std::string expected_values(const nlohmann::json& test_case) {
    std::set<double> values;
    for (const auto& result : test_case.at("Results")) {
        const auto& resolution = result.at("Resolution");
        if (!resolution.is_object() || !resolution.contains("value") || resolution.at("value").is_null()) continue;
        std::string text = resolution.at("value").get<std::string>();
        if (!text.empty() && text.back() == '%') text.pop_back();
        values.insert(std::stod(text));
    }
    return value_set(values);
}

std::string scanned_values(const std::string& input) {
    std::set<double> values;
    for (const jindu::Quantity& q : jindu::scan(input)) {
        values.insert(q.value);
        if (q.value_max) values.insert(*q.value_max);
    }
    return value_set(values);
}

struct Deviation {
    std::string expected;
    std::string answer;
};

// model → input → deviation, from the one reviewed file.
std::map<std::string, std::map<std::string, Deviation>> read_deviations() {
    std::map<std::string, std::map<std::string, Deviation>> out;
    std::ifstream in(fs::path(JINDU_SOURCE_DIR) / "tests" / "lex" / "conformance_deviations.tsv");
    REQUIRE(in.good());
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> fields;
        std::istringstream row(line);
        for (std::string field; std::getline(row, field, '\t');) fields.push_back(field);
        REQUIRE_MESSAGE(fields.size() == 5, "model, input, expected, jindu, reason: " << line);
        REQUIRE_MESSAGE(!fields[4].empty(), "a deviation needs its reason: " << line);
        out[fields[0]][fields[1]] = {fields[2], fields[3]};
    }
    return out;
}

void check_model(const std::string& model) {
    const fs::path file = spec_dir / (model + ".json");
    if (!fs::exists(file)) {
        // In CI the suite must be there: a run without it would pass having checked nothing.
        const char* ci = std::getenv("CI");
        if (ci != nullptr && std::string_view(ci) == "true")
            FAIL(file.string() << " is absent in CI (set JINDU_SHARED_DIR to the shared folder)");
        MESSAGE("skipped: " << file.string() << " is absent (set JINDU_SHARED_DIR to the shared folder)");
        return;
    }
    const auto deviations = read_deviations();
    const auto listed = deviations.count(model) ? deviations.at(model) : std::map<std::string, Deviation>{};
    std::ifstream in(file);
    const nlohmann::json cases = nlohmann::json::parse(in);
    int total = 0, passed = 0, honoured = 0;
    for (const auto& test_case : cases) {
        const std::string input = test_case.at("Input").get<std::string>();
        const std::string expected = expected_values(test_case);
        const std::string got = scanned_values(input);
        ++total;
        const auto deviation = listed.find(input);
        if (got == expected) {
            ++passed;
            CHECK_MESSAGE(deviation == listed.end(), model << ": listed as a deviation but now conforms: " << input);
        } else if (deviation != listed.end() && deviation->second.expected == expected &&
                   deviation->second.answer == got) {
            ++honoured;
        } else {
            MESSAGE(model << ": " << input << "\texpected " << expected << "\tgot " << got);
        }
    }
    const double raw = 100.0 * passed / total;
    const double rate = 100.0 * (passed + honoured) / total;
    MESSAGE(model << ": " << passed << " of " << total << " cases give the expected values (" << raw << "%), "
                  << honoured << " listed deviations; pass rate " << rate << "%");
    CHECK(rate >= 99.0);
}

}  // namespace

TEST_CASE("scan finds the values of the NumberModel specs") { check_model("NumberModel"); }

TEST_CASE("scan finds the values of the PercentModel specs") { check_model("PercentModel"); }
