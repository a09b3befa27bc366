// Where the converter's records go: standard output, a file written
// atomically (a temporary file in the same folder, renamed over it at the
// end), or a device or pipe written in place.
#pragma once

#include <string>
#include <string_view>

namespace jindu::cli {

class Output {
public:
    // path "" is standard output. No file is created before data is written.
    explicit Output(std::string path);
    ~Output();  // removes a temporary file that was not committed
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    // Appends data. Returns false, with error() set, when it cannot.
    bool write(std::string_view data);

    // Flushes standard output, closes a device or pipe, or syncs the
    // temporary file and renames it over the file. Without a write before, an existing file is left as it was.
    // Returns false, with error() set, when it cannot.
    bool commit();

    // "<stdout>: cannot write …" or "OUT: cannot …".
    const std::string& error() const { return error_; }

private:
    bool open();
    bool fail(const std::string& what);

    std::string path_;
    std::string temporary_;  // the temporary file, while it exists
    std::string target_;     // the file it replaces: path_ with symbolic links followed
    bool in_place_ = false;  // writing to a device or pipe itself
    int fd_ = -1;
    std::string error_;
};

}  // namespace jindu::cli
