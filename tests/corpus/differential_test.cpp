// The seed report in every shape and encoding gives the same records.
#include <jindu/jindu.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>

using namespace jindu;

namespace {

const std::filesystem::path samples = std::filesystem::path(JINDU_SOURCE_DIR) / "samples";

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

// Traditional texts quote with 「」 where simplified ones use “”.
std::string same_quotes(std::string s) {
    for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"「", "“"}, {"」", "”"}})
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at))
            s.replace(at, from.size(), to);
    return s;
}

std::string amounts(const std::vector<Amount>& list) {
    std::string s;
    for (const auto& a : list) {
        s += number(a.quantity.value) + matching_view(a.quantity.unit) + "/" + std::string(to_string(a.quantity.kind));
        if (!a.subject.empty()) s += "/" + same_quotes(matching_view(a.subject));
        s += ";";
    }
    return s;
}

// Text without markup and white space: a cell's <ol> fragment and its list
// rendered as lines say the same.
std::string bare(std::string_view text) {
    std::string out;
    bool in_tag = false;
    for (char c : text) {
        if (c == '<') in_tag = true;
        else if (c == '>') in_tag = false;
        else if (!in_tag && c != ' ' && c != '\n' && c != '\t') out += c;
    }
    return out;
}

// Everything a record says, on the matching view (so traditional text compares
// equal to simplified), without the row, which differs between shapes.
std::string dump(const Item& item) {
    std::string owners;
    for (const auto& o : item.owners) owners += matching_view(o) + ",";
    return "seq=" + matching_view(item.seq.value_or("-")) + " category=" + matching_view(item.category.value_or("-")) +
           "\n  content=" + same_quotes(matching_view(item.content)) + "\n  owners=" + owners +
           "\n  progress=" + bare(matching_view(item.progress)) + "\n  targets=" + amounts(item.targets) +
           "\n  achieved=" + amounts(item.achieved) + "\n  percents=" + amounts(item.percents) +
           "\n  status=" + std::string(to_string(item.status)) +
           " completion=" + (item.completion ? number(*item.completion) : "null");
}

}  // namespace

TEST_CASE("the seed as text, Markdown, HTML, DOCX, XLSX, GB18030 and traditional gives the same records") {
    const Report seed = parse_file(samples / "2024-h1-district-livelihood-projects.txt");
    REQUIRE(seed.items.size() == 28);
    for (const char* variant : {"2024-h1-district-livelihood-projects.md",
                                "2024-h1-district-livelihood-projects.html",
                                "2024-h1-district-livelihood-projects.docx",
                                "2024-h1-district-livelihood-projects.xlsx",
                                "2024-h1-district-livelihood-projects-gb18030.txt",
                                "2024-h1-district-livelihood-projects-traditional.txt"}) {
        const std::string name = variant;
        CAPTURE(name);
        REQUIRE(std::filesystem::exists(samples / variant));
        const Report other = parse_file(samples / variant);
        CHECK(matching_view(other.title) == matching_view(seed.title));
        CHECK(other.year == seed.year);
        CHECK(other.period.has_value());
        if (other.period) CHECK(other.period->code == seed.period->code);
        REQUIRE(other.items.size() == seed.items.size());
        for (std::size_t i = 0; i < seed.items.size(); ++i) {
            CAPTURE(i);
            CHECK(dump(other.items[i]) == dump(seed.items[i]));
        }
    }
}
