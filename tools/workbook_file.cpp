#include "workbook_file.hpp"

#ifdef JINDU_WITH_WORKBOOK
#include <jindu/workbook.hpp>
#endif

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <vector>

#include <unistd.h>

namespace jindu::cli {

#ifdef JINDU_WITH_WORKBOOK

bool workbook_available() { return true; }

struct WorkbookFile::State {
    std::string path;  // the temporary file, "" when none could be made
    std::optional<WorkbookWriter> writer;
};

WorkbookFile::WorkbookFile() : state_(std::make_unique<State>()) {
    std::error_code ec;
    const std::string pattern = (std::filesystem::temp_directory_path(ec) / "jindu-workbook-XXXXXX").string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) return;
    ::close(fd);
    state_->path = name.data();
    state_->writer.emplace(state_->path);
}

WorkbookFile::~WorkbookFile() {
    if (!state_->path.empty()) ::unlink(state_->path.c_str());
}

void WorkbookFile::add(const Report& report) {
    if (state_->writer) state_->writer->add(report);
}

bool WorkbookFile::finish(Output& output, const std::string& name) {
    if (!state_->writer) {
        std::fprintf(stderr, "%s: error: cannot create a temporary file for the workbook: %s\n", name.c_str(),
                     std::strerror(errno));
        return false;
    }
    if (const std::string error = state_->writer->close(); !error.empty()) {
        std::fprintf(stderr, "%s: error: cannot write the workbook: %s\n", name.c_str(), error.c_str());
        return false;
    }
    std::ifstream in(state_->path, std::ios::binary);
    const std::string bytes(std::istreambuf_iterator<char>(in), {});
    if (!in.good() && !in.eof()) {
        std::fprintf(stderr, "%s: error: cannot read back the workbook from %s\n", name.c_str(), state_->path.c_str());
        return false;
    }
    return output.write(bytes);
}

#else

bool workbook_available() { return false; }

struct WorkbookFile::State {};

WorkbookFile::WorkbookFile() = default;
WorkbookFile::~WorkbookFile() = default;
void WorkbookFile::add(const Report&) {}
bool WorkbookFile::finish(Output&, const std::string&) { return false; }

#endif

}  // namespace jindu::cli
