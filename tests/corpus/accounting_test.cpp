// Nothing is dropped: every non-empty row of every sample is a title, a header,
// an item, a continuation, a category or a diagnostic.
#include <jindu/jindu.hpp>
#ifdef JINDU_WITH_PDF
#include <jindu/pdf.hpp>
#endif

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace jindu;
namespace fs = std::filesystem;

namespace {
std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
bool is_report(const fs::path& p) {
    const auto ext = p.extension().string();
#ifdef JINDU_WITH_PDF
    if (ext == ".pdf") return true;
#endif
    return (ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".docx" || ext == ".xlsx") &&
           p.filename() != "README.md";
}
}  // namespace

TEST_CASE("every non-empty row of every sample is accounted for") {
    std::size_t checked = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(JINDU_SOURCE_DIR) / "samples")) {
        if (!entry.is_regular_file() || !is_report(entry.path())) continue;
        CAPTURE(entry.path().filename().string());
        const std::string bytes = read(entry.path());
        Options options;
#ifdef JINDU_WITH_PDF
        options.pdf_reader = &read_pdf;
#endif
        const Table table = read_table(bytes, options);
        const Report report = build_report(table);

        std::size_t nonempty = 0;
        for (const Row& row : table.rows) {
            const bool empty = std::all_of(row.cells.begin(), row.cells.end(), [](const Cell& c) {
                return c.text.find_first_not_of(" \t\r\n") == std::string::npos;
            });
            if (!empty) ++nonempty;
        }
        CHECK(report.rows.size() == nonempty);
        const auto items = std::count_if(report.rows.begin(), report.rows.end(),
                                         [](const RowAccount& a) { return a.use == RowUse::item; });
        CHECK(static_cast<std::size_t>(items) == report.items.size());
        const auto diagnosed = std::count_if(report.rows.begin(), report.rows.end(),
                                             [](const RowAccount& a) { return a.use == RowUse::diagnostic; });
        // Each diagnosed row has its diagnostic (no_table covers the whole table with one).
        if (!report.items.empty())
            CHECK(static_cast<std::size_t>(diagnosed) <= report.diagnostics.size());
        ++checked;
    }
    CHECK(checked > 0);
}
