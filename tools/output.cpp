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
    if (in_place_) ::close(fd_);
    if (temporary_.empty()) return;
    ::close(fd_);
    ::unlink(temporary_.c_str());
}

bool Output::fail(const std::string& what) {
    error_ = (path_.empty() ? std::string("<stdout>") : path_) + ": " + what + ": " + std::strerror(errno);
    return false;
}

// Opens the output: a device, pipe or socket (/dev/null, a FIFO) in place,
// as nothing may be put in its stead; otherwise the temporary file
// ".NAME.tmp.XXXXXX" beside the file the path names (through symbolic
// links), with the permissions of the file it replaces.
bool Output::open() {
    struct stat existing {};
    const bool exists = ::stat(path_.c_str(), &existing) == 0;
    if (exists && (S_ISCHR(existing.st_mode) || S_ISBLK(existing.st_mode) || S_ISFIFO(existing.st_mode) ||
                   S_ISSOCK(existing.st_mode))) {
        fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd_ < 0) return fail("cannot open");
        in_place_ = true;
        return true;
    }
    std::filesystem::path target(path_);
    std::error_code ec;
    if (exists && std::filesystem::is_symlink(target, ec)) {
        if (auto real = std::filesystem::canonical(target, ec); !ec) target = std::move(real);
    }
    target_ = target.string();
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
    const mode_t mode = exists && S_ISREG(existing.st_mode) ? existing.st_mode & 07777 : new_file_mode();
    if (::fchmod(fd_, mode) != 0) return fail("cannot set the permissions of " + temporary_);
    return true;
}

bool Output::write(std::string_view data) {
    if (data.empty()) return true;
    if (fd_ < 0 && !open()) return false;
    if (!write_all(fd_, data)) return fail("cannot write");
    return true;
}

bool Output::commit() {
    if (in_place_) {
        const int fd = fd_;
        fd_ = -1;
        in_place_ = false;
        if (::close(fd) != 0) return fail("cannot write");
        return true;
    }
    if (path_.empty() || temporary_.empty()) return true;
    if (::fsync(fd_) != 0) return fail("cannot write " + temporary_);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return fail("cannot write " + temporary_);
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) return fail("cannot replace the file");
    temporary_.clear();
    return true;
}

}  // namespace jindu::cli
