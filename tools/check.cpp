#include "check.hpp"

#include "output.hpp"

#include <jindu/parse.hpp>
#include <jindu/write.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string_view>
#include <system_error>
#include <vector>

namespace jindu::cli {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::size_t max_shown = 40;  // differences printed per expected file

// The extensions of reports in a folder; a PDF is one only with the PDF reader.
constexpr std::string_view report_extensions[] = {".txt", ".md", ".html", ".htm", ".docx", ".xlsx"};

constexpr const char* pdf_missing = "this jindu is built without the PDF reader";

enum class FileKind { report, unreadable_pdf, other };

FileKind kind_of(const fs::path& path, const Options& options) {
    const std::string extension = path.extension().string();
    if (path.filename() == "README.md") return FileKind::other;
    if (extension == ".pdf") return options.pdf_reader ? FileKind::report : FileKind::unreadable_pdf;
    return std::find(std::begin(report_extensions), std::end(report_extensions), extension) !=
                   std::end(report_extensions)
               ? FileKind::report
               : FileKind::other;
}

// What a check covers: the reports, sorted by name, and the PDFs left out.
struct Corpus {
    std::vector<fs::path> reports;
    std::size_t unreadable_pdfs = 0;
    std::string error;  // "PATH: error: …" when there is nothing to check
};

Corpus corpus_of(const fs::path& path, const Options& options) {
    Corpus corpus;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (fs::is_regular_file(status)) {
        corpus.reports.push_back(path);
        return corpus;
    }
    if (!fs::is_directory(status)) {
        corpus.error = path.string() + ": error: no such report or folder";
        return corpus;
    }
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        switch (kind_of(it->path(), options)) {
        case FileKind::report: corpus.reports.push_back(it->path()); break;
        case FileKind::unreadable_pdf: ++corpus.unreadable_pdfs; break;
        case FileKind::other: break;
        }
    }
    if (ec) corpus.error = path.string() + ": error: cannot read the folder: " + ec.message();
    else if (corpus.reports.empty())
        corpus.error = path.string() + ": error: no reports in this folder" +
                       (corpus.unreadable_pdfs > 0 ? " but PDFs, and " + std::string(pdf_missing) : "");
    std::sort(corpus.reports.begin(), corpus.reports.end());
    return corpus;
}

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Differences of one expected file, the first max_shown of them kept.
struct Differences {
    std::vector<std::string> shown;
    std::size_t count = 0;
    void add(std::string line) {
        if (++count <= max_shown) shown.push_back(std::move(line));
    }
};

std::string dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// An item by its row and seq, as a reader finds it in the report.
std::string item_name(const json& item) { return "[row " + dump(item["row"]) + ", seq " + dump(item["seq"]) + "]"; }

bool is_item(const json& value) { return value.is_object() && value.contains("row") && value.contains("content"); }

// A missing or unexpected value: an item by its content, anything else whole.
std::string shown_value(const json& value) { return is_item(value) ? "item " + dump(value["content"]) : dump(value); }

std::string member(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }

// Field-level differences of two JSON values: "path: expected …, got …".
void diff_json(const json& expected, const json& got, const std::string& path, Differences& out) {
    if (expected.type() != got.type() || (!expected.is_object() && !expected.is_array())) {
        if (expected != got) out.add(path + ": expected " + dump(expected) + ", got " + dump(got));
        return;
    }
    if (expected.is_object()) {
        for (const auto& [key, value] : expected.items()) {
            if (got.contains(key)) diff_json(value, got[key], member(path, key), out);
            else out.add(member(path, key) + ": missing, expected " + dump(value));
        }
        for (const auto& [key, value] : got.items())
            if (!expected.contains(key)) out.add(member(path, key) + ": unexpected field, got " + dump(value));
        return;
    }
    if (expected.size() != got.size())
        out.add(path + ": expected " + std::to_string(expected.size()) + " entries, got " + std::to_string(got.size()));
    for (std::size_t i = 0; i < std::max(expected.size(), got.size()); ++i) {
        const json& e = i < expected.size() ? expected[i] : got[i];
        const std::string where = path + (is_item(e) ? item_name(e) : "[" + std::to_string(i) + "]");
        if (i >= expected.size()) out.add(where + ": unexpected, got " + shown_value(got[i]));
        else if (i >= got.size()) out.add(where + ": missing, expected " + shown_value(e));
        else diff_json(e, got[i], where, out);
    }
}

// The records of an RFC 4180 text, each a list of fields.
std::vector<std::vector<std::string>> csv_records(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c != '"') field += c;
            else if (i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
            else quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.empty() || !record.empty()) {
        record.push_back(std::move(field));
        records.push_back(std::move(record));
    }
    return records;
}

std::string quoted(const std::string& field) { return dump(json(field)); }

// Field-level differences of two CSV texts: "line N (row R, seq S): column: expected …, got …",
// the columns named by the expected header.
void diff_csv(const std::string& expected_text, const std::string& got_text, Differences& out) {
    const auto expected = csv_records(expected_text);
    const auto got = csv_records(got_text);
    const std::vector<std::string> no_header;
    const auto& header = expected.empty() ? no_header : expected.front();
    auto column_of = [&](std::string_view name) -> std::optional<std::size_t> {
        const auto at = std::find(header.begin(), header.end(), name);
        return at == header.end() ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(at - header.begin()));
    };
    const auto row_column = column_of("row"), seq_column = column_of("seq");
    auto line_name = [&](std::size_t i, const std::vector<std::string>& record) {
        std::string name = "line " + std::to_string(i + 1);
        if (i > 0 && row_column && seq_column && *row_column < record.size() && *seq_column < record.size())
            name += " (row " + record[*row_column] + ", seq " + record[*seq_column] + ")";
        return name;
    };
    auto joined = [](const std::vector<std::string>& record) {
        std::string line;
        for (const auto& field : record) line += (line.empty() ? "" : ",") + field;
        return line;
    };
    if (expected.size() != got.size())
        out.add("expected " + std::to_string(expected.size()) + " lines, got " + std::to_string(got.size()));
    for (std::size_t i = 0; i < std::max(expected.size(), got.size()); ++i) {
        if (i >= expected.size()) {
            out.add(line_name(i, got[i]) + ": unexpected, got " + joined(got[i]));
            continue;
        }
        const std::string name = line_name(i, expected[i]);
        if (i >= got.size()) {
            out.add(name + ": missing, expected " + joined(expected[i]));
            continue;
        }
        const std::vector<std::string>& e = expected[i];
        const std::vector<std::string>& g = got[i];
        for (std::size_t k = 0; k < std::max(e.size(), g.size()); ++k) {
            const std::string column = k < header.size() ? header[k] : "column " + std::to_string(k + 1);
            const std::string want = k < e.size() ? quoted(e[k]) : "nothing";
            const std::string have = k < g.size() ? quoted(g[k]) : "nothing";
            if (want != have) out.add(name + ": " + column + ": expected " + want + ", got " + have);
        }
    }
}

// Writes text to path atomically, making its folder. Returns "" or the error.
std::string write_expected(const fs::path& path, const std::string& text) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return path.parent_path().string() + ": error: cannot make the folder: " + ec.message();
    Output output(path.string());
    if (output.write(text) && output.commit()) return {};
    return output.error();
}

// The outcome of one report.
struct Verdict {
    bool good = true;
    std::string text;  // what to print about it
};

// The source name of a report: its folder's name and its own.
std::string source_name(const fs::path& report) {
    const fs::path full = fs::absolute(report).lexically_normal();
    return (full.parent_path().filename() / full.filename()).generic_string();
}

Verdict check_one(const fs::path& report, const CheckSettings& settings) {
    Verdict verdict;
    auto fail = [&](const std::string& line) {
        verdict.good = false;
        verdict.text += line + '\n';
    };
    Options options = settings.options;
    options.source_name = source_name(report);
    Report records;
    try {
        records = parse_file(report, options);
    } catch (const Error& e) {
        Diagnostic d = e.diagnostic();
        if (d.source.empty()) d.source = report.string();
        fail(format(d));
        return verdict;
    } catch (const std::exception& e) {
        fail(report.string() + ": error: " + e.what());
        return verdict;
    }
    std::string json_text, csv_text;
    write_json(json_text, records);
    write_csv(csv_text, records);

    const fs::path expected_dir = report.parent_path() / "expected";
    const fs::path json_path = expected_dir / (report.filename().string() + ".json");
    const fs::path csv_path = expected_dir / (report.filename().string() + ".csv");
    const std::optional<std::string> json_expected = read_file(json_path);
    const std::optional<std::string> csv_expected = read_file(csv_path);

    if (settings.update) {
        auto update = [&](const fs::path& path, const std::optional<std::string>& expected, const std::string& got) {
            if (expected == got) return;
            if (const std::string error = write_expected(path, got); !error.empty()) fail(error);
            else verdict.text += report.string() + ": wrote " + path.string() + '\n';
        };
        update(json_path, json_expected, json_text);
        // The CSV is kept once there is one; a new report gets both.
        if (csv_expected || !json_expected) update(csv_path, csv_expected, csv_text);
        return verdict;
    }

    if (!json_expected) {
        fail(report.string() + ": no expected output: " + json_path.string() +
             " is missing (jindu check --update writes it; review it before you commit it)");
        return verdict;
    }
    std::string differences;
    auto add = [&](const fs::path& path, const Differences& found) {
        if (found.count == 0) return;
        differences += "  " + path.string() + ":\n";
        for (const std::string& line : found.shown) differences += "    " + line + '\n';
        if (found.count > found.shown.size())
            differences += "    … and " + std::to_string(found.count - found.shown.size()) + " more\n";
    };
    const json expected = json::parse(*json_expected, nullptr, false);
    if (expected.is_discarded()) {
        fail(json_path.string() + ": error: not JSON");
        return verdict;
    }
    Differences json_differences;
    diff_json(expected, json::parse(json_text), "", json_differences);
    add(json_path, json_differences);
    if (csv_expected) {
        Differences csv_differences;
        diff_csv(*csv_expected, csv_text, csv_differences);
        add(csv_path, csv_differences);
    }
    if (!differences.empty()) {
        differences.pop_back();  // fail ends the line
        fail(report.string() + ": differs from its expected output\n" + differences);
    }
    return verdict;
}

}  // namespace

int check(const CheckSettings& settings) {
    const Corpus corpus = corpus_of(settings.path, settings.options);
    if (!corpus.error.empty()) {
        std::printf("%s\n", corpus.error.c_str());
        return 1;
    }
    if (settings.list) {
        for (const fs::path& report : corpus.reports) std::printf("%s\n", report.string().c_str());
        return 0;
    }
    std::size_t bad = 0;
    for (const fs::path& report : corpus.reports) {
        const Verdict verdict = check_one(report, settings);
        if (!verdict.good) ++bad;
        std::fputs(verdict.text.c_str(), stdout);
        std::fflush(stdout);
    }
    const std::size_t n = corpus.reports.size();
    const std::string reports = std::to_string(n) + (n == 1 ? " report" : " reports");
    std::string summary = bad > 0          ? std::to_string(bad) + " of " + reports +
                                                 (settings.update ? " could not be updated" : bad == 1 ? " differs" : " differ")
                          : settings.update ? "expected output of " + reports + " up to date"
                                            : reports + " as expected";
    if (corpus.unreadable_pdfs > 0)
        summary += "; " + std::to_string(corpus.unreadable_pdfs) + " PDF not checked: " + pdf_missing;
    std::printf("%s\n", summary.c_str());
    return bad == 0 ? 0 : 1;
}

}  // namespace jindu::cli
