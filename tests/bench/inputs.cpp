#include "bench/inputs.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace jindu::bench {

namespace {

// The whole file; throws when it cannot be read, so a benchmark never runs on nothing.
std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

const std::vector<Input>& samples() {
    static const std::vector<Input> inputs = [] {
        const std::filesystem::path dir = std::filesystem::path(JINDU_SOURCE_DIR) / "samples";
        const std::string stem = "2024-h1-district-livelihood-projects";
        std::vector<Input> out;
        for (auto [format, file] : {std::pair<const char*, std::string>{"text", stem + ".txt"},
                                    {"markdown", stem + ".md"},
                                    {"html", stem + ".html"},
                                    {"docx", stem + ".docx"},
                                    {"xlsx", stem + ".xlsx"},
                                    {"prose", "2024-m10-district-bulletin-prose.txt"}})
            out.push_back({std::string("seed.") + format, read_file(dir / file)});
        return out;
    }();
    return inputs;
}

const std::vector<Input>& generated() {
    static const std::vector<Input> inputs = [] {
        const std::filesystem::path dir(JINDU_BENCH_INPUTS);
        std::vector<Input> out;
        for (const char* size : {"1M", "10M", "100M"})
            for (const char* format : {"text", "markdown", "html", "docx", "xlsx", "prose"}) {
                const std::string name = std::string(size) + "." + format;
                if (std::filesystem::exists(dir / name)) out.push_back({name, read_file(dir / name)});
            }
        return out;
    }();
    return inputs;
}

std::string_view size_of(std::string_view name) { return name.substr(0, name.find('.')); }

std::string_view format_of(std::string_view name) {
    const auto dot = name.find('.');
    return dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
}

Options options() {
    Options o;
    o.limits.max_compression_ratio = 100'000;
    return o;
}

std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto nl = text.find('\n');
        out.push_back(text.substr(0, nl));
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return out;
}

}  // namespace jindu::bench
