#include "scan.hpp"

#include <jindu/quantity.hpp>
#include <jindu/write.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>

namespace jindu::cli {

namespace {

constexpr std::size_t chunk_bytes = std::size_t{1} << 20;
constexpr std::size_t flush_bytes = std::size_t{1} << 16;

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

// Scans one line (without its "\n"; a "\r" before it is dropped) into out.
void scan_one(std::string& out, std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    write_scan_line(out, line, scan(line));
}

}  // namespace

int scan_lines(const std::string& path) {
    const bool from_stdin = path.empty() || path == "-";
    const std::string name = from_stdin ? "<stdin>" : path;
    std::unique_ptr<std::FILE, FileCloser> file;
    std::FILE* in = stdin;
    if (!from_stdin) {
        file.reset(std::fopen(path.c_str(), "rb"));
        if (!file) {
            std::fprintf(stderr, "%s: error: cannot open: %s\n", name.c_str(), std::strerror(errno));
            return 1;
        }
        in = file.get();
    }

    std::string pending;  // bytes read but not yet scanned: at most one partial line
    std::string out;
    std::string chunk(chunk_bytes, '\0');
    bool at_start = true;  // a UTF-8 BOM may still come; lines wait until that is known
    auto flush = [&](std::size_t at_least) {
        if (out.size() < at_least) return true;
        const bool ok = std::fwrite(out.data(), 1, out.size(), stdout) == out.size();
        out.clear();
        if (!ok) std::fprintf(stderr, "<stdout>: error: cannot write: %s\n", std::strerror(errno));
        return ok;
    };
    auto drop_bom = [&](bool at_end) {
        if (!at_start || (pending.size() < 3 && !at_end && pending.find('\n') == std::string::npos)) return;
        if (pending.starts_with("\xEF\xBB\xBF")) pending.erase(0, 3);
        at_start = false;
    };
    for (std::size_t n; (n = std::fread(chunk.data(), 1, chunk.size(), in)) != 0;) {
        pending.append(chunk.data(), n);
        drop_bom(false);
        if (at_start) continue;
        std::string_view rest(pending);
        for (std::size_t nl; (nl = rest.find('\n')) != std::string_view::npos;) {
            scan_one(out, rest.substr(0, nl));
            rest.remove_prefix(nl + 1);
            if (!flush(flush_bytes)) return 1;
        }
        pending.erase(0, pending.size() - rest.size());
    }
    if (std::ferror(in)) {
        std::fprintf(stderr, "%s: error: cannot read: %s\n", name.c_str(), std::strerror(errno));
        return 1;
    }
    // What is left is a last line without "\n".
    drop_bom(true);
    if (!pending.empty()) scan_one(out, pending);
    if (!flush(0)) return 1;
    if (std::fflush(stdout) != 0) {
        std::fprintf(stderr, "<stdout>: error: cannot write: %s\n", std::strerror(errno));
        return 1;
    }
    return 0;
}

}  // namespace jindu::cli
