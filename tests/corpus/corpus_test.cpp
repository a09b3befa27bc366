// Converts every sample report and compares the CSV and JSON with the expected
// files beside it; a mismatch prints item, field, expected and got.
#include <jindu/jindu.hpp>
#ifdef JINDU_WITH_PDF
#include <jindu/pdf.hpp>
#endif

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const fs::path source_dir = JINDU_SOURCE_DIR;

// PDF samples are read when the PDF reader is built (jindu::pdf, with poppler).
bool is_report(const fs::path& p) {
#ifdef JINDU_WITH_PDF
    static const std::vector<std::string> exts{".txt", ".md", ".html", ".htm", ".docx", ".xlsx", ".pdf"};
#else
    static const std::vector<std::string> exts{".txt", ".md", ".html", ".htm", ".docx", ".xlsx"};
#endif
    const auto name = p.filename().string();
    return std::find(exts.begin(), exts.end(), p.extension().string()) != exts.end() && name != "README.md";
}

// Sample reports, sorted; the seed first.
std::vector<fs::path> samples() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(source_dir / "samples"))
        if (e.is_regular_file() && is_report(e.path())) out.push_back(e.path());
    std::sort(out.begin(), out.end(), [](const fs::path& a, const fs::path& b) {
        const bool sa = a.filename() == "2024-h1-district-livelihood-projects.txt";
        const bool sb = b.filename() == "2024-h1-district-livelihood-projects.txt";
        return sa != sb ? sa : a < b;
    });
    return out;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

// Field-level differences between two JSON values, as "path: expected … got …" lines.
void diff(const json& expected, const json& got, const std::string& path, std::vector<std::string>& out) {
    if (out.size() > 40) return;
    if (expected.type() != got.type() || (!expected.is_object() && !expected.is_array())) {
        if (expected != got) out.push_back(path + ": expected " + expected.dump() + ", got " + got.dump());
        return;
    }
    if (expected.is_object()) {
        for (auto it = expected.begin(); it != expected.end(); ++it)
            diff(it.value(), got.contains(it.key()) ? got[it.key()] : json(), path + "." + it.key(), out);
        for (auto it = got.begin(); it != got.end(); ++it)
            if (!expected.contains(it.key())) out.push_back(path + "." + it.key() + ": unexpected field, got " + it.value().dump());
        return;
    }
    const std::size_t n = std::max(expected.size(), got.size());
    for (std::size_t i = 0; i < n; ++i) {
        std::string where = path + "[" + std::to_string(i) + "]";
        // Items are named by their row and seq so a reader can find them.
        const json& e = i < expected.size() ? expected[i] : json();
        const json& g = i < got.size() ? got[i] : json();
        if (e.is_object() && e.contains("row") && e.contains("content"))
            where = path + "[row " + e["row"].dump() + ", seq " + e["seq"].dump() + "]";
        if (i >= expected.size()) out.push_back(where + ": unexpected, got " + g.dump());
        else if (i >= got.size()) out.push_back(where + ": missing, expected " + e.dump());
        else diff(e, g, where, out);
    }
}

// Line-level differences of two CSV texts, naming the column.
void diff_csv(const std::string& expected, const std::string& got, std::vector<std::string>& out) {
    auto lines = [](const std::string& s) {
        std::vector<std::string> v;
        std::istringstream in(s);
        for (std::string line; std::getline(in, line);) v.push_back(line);
        return v;
    };
    const auto e = lines(expected), g = lines(got);
    for (std::size_t i = 0; i < std::max(e.size(), g.size()) && out.size() < 20; ++i) {
        const std::string el = i < e.size() ? e[i] : "<none>";
        const std::string gl = i < g.size() ? g[i] : "<none>";
        if (el != gl) out.push_back("line " + std::to_string(i + 1) + ":\n  expected " + el + "\n  got      " + gl);
    }
}

}  // namespace

TEST_CASE("every sample report converts to its expected CSV and JSON") {
    const bool update = std::getenv("JINDU_UPDATE_EXPECTED") != nullptr;
    const auto files = samples();
    REQUIRE_FALSE(files.empty());
    for (const auto& file : files) {
        const std::string relative = fs::relative(file, source_dir).generic_string();
        CAPTURE(relative);
        jindu::Options options;
        options.source_name = relative;
#ifdef JINDU_WITH_PDF
        options.pdf_reader = &jindu::read_pdf;
#endif
        jindu::Report report;
        REQUIRE_NOTHROW(report = jindu::parse_file(file, options));

        std::string csv, json_text;
        jindu::write_csv(csv, std::span<const jindu::Report>(&report, 1));
        jindu::write_json(json_text, report);
        const fs::path expected_dir = source_dir / "samples" / "expected";
        const fs::path csv_path = expected_dir / (file.filename().string() + ".csv");
        const fs::path json_path = expected_dir / (file.filename().string() + ".json");
        if (update) {
            write(csv_path, csv);
            write(json_path, json_text);
            MESSAGE("rewrote the expected files of " << relative);
            continue;
        }
        if (!fs::exists(json_path) || !fs::exists(csv_path)) {
            FAIL_CHECK(relative << " has no expected files; run with JINDU_UPDATE_EXPECTED=1 and review them");
            continue;
        }
        std::vector<std::string> differences;
        diff(json::parse(read(json_path)), json::parse(json_text), "report", differences);
        diff_csv(read(csv_path), csv, differences);
        std::string message;
        for (const auto& d : differences) message += "\n  " + d;
        CHECK_MESSAGE(differences.empty(), relative << " differs from samples/expected:" << message);
    }
}
