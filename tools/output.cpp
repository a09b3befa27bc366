#include "output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jindu::cli {

namespace {

// Writes all of data to fd, retrying short writes and interrupted calls.
bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// The permissions a newly created file gets: 0666 less the umask.
mode_t new_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
}

}  // namespace

Output::Output(std::string path) : path_(std::move(path)) {
    if (path_.empty()) fd_ = STDOUT_FILENO;
}

Output::~Output() {
    if (temporary_.empty()) return;
    ::close(fd_);
    ::unlink(temporary_.c_str());
}

bool Output::fail(const std::string& what) {
    error_ = (path_.empty() ? std::string("<stdout>") : path_) + ": " + what + ": " + std::strerror(errno);
    return false;
}

// Creates the temporary file ".NAME.tmp.XXXXXX" beside the output file.
bool Output::open() {
    const std::filesystem::path target(path_);
    std::filesystem::path folder = target.parent_path();
    if (folder.empty()) folder = ".";
    std::string hidden = ".";
    hidden += target.filename().string();
    hidden += ".tmp.XXXXXX";
    const std::string pattern = (folder / hidden).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) return fail("cannot create a temporary file in " + folder.string());
    temporary_ = name.data();
    if (::fchmod(fd_, new_file_mode()) != 0) return fail("cannot set the permissions of " + temporary_);
    return true;
}

bool Output::write(std::string_view data) {
    if (data.empty()) return true;
    if (fd_ < 0 && !open()) return false;
    if (!write_all(fd_, data)) return fail("cannot write");
    return true;
}

bool Output::commit() {
    if (path_.empty() || temporary_.empty()) return true;
    if (::fsync(fd_) != 0) return fail("cannot write " + temporary_);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return fail("cannot write " + temporary_);
    if (::rename(temporary_.c_str(), path_.c_str()) != 0) return fail("cannot replace the file");
    temporary_.clear();
    return true;
}

}  // namespace jindu::cli
