// A progress bar on stderr for long runs: shown only when stderr is a terminal
// that the records are not written to, and there are many files, so logs,
// pipes and the records themselves never see it.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

#include <unistd.h>

namespace jindu::cli {

class ProgressBar {
public:
    static constexpr std::size_t min_files = 20;

    ProgressBar(std::size_t total, bool records_on_stdout)
        : total_(total),
          shown_(total > min_files && ::isatty(STDERR_FILENO) == 1 &&
                 !(records_on_stdout && ::isatty(STDOUT_FILENO) == 1)) {}

    // Redraws the bar with done of total files converted, at most ten times a second.
    void draw(std::size_t done) {
        if (!shown_) return;
        const auto now = std::chrono::steady_clock::now();
        if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
        last_ = now;
        constexpr std::size_t width = 40;
        const std::size_t filled = width * std::min(done, total_) / total_;
        std::string bar(filled, '#');
        bar.append(width - filled, '.');
        std::fprintf(stderr, "\r[%s] %zu/%zu files", bar.c_str(), done, total_);
        drawn_ = true;
    }

    // Erases the bar, if it was drawn.
    void clear() {
        if (drawn_) std::fputs("\r\033[K", stderr);
        drawn_ = false;
    }

private:
    std::size_t total_;
    bool shown_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point last_;
};

}  // namespace jindu::cli
