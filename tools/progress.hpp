// A progress bar on stderr for long runs: shown only when stderr is a terminal
// and there are many files, so logs and pipes never see it.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>
#include <thread>

#include <unistd.h>

namespace jindu::cli {

class ProgressBar {
public:
    static constexpr std::size_t min_files = 20;

    explicit ProgressBar(std::size_t total)
        : total_(total), shown_(total > min_files && ::isatty(STDERR_FILENO) == 1) {}

    bool shown() const { return shown_; }

    // Redraws until done reaches the total, then clears the line.
    void follow(const std::atomic<std::size_t>& done) const {
        if (!shown_) return;
        for (std::size_t n; (n = done.load()) < total_;) {
            draw(n);
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        std::fputs("\r\033[K", stderr);
    }

private:
    void draw(std::size_t n) const {
        constexpr std::size_t width = 40;
        const std::size_t filled = width * n / total_;
        std::string bar(filled, '#');
        bar.append(width - filled, '.');
        std::fprintf(stderr, "\r[%s] %zu/%zu files", bar.c_str(), n, total_);
    }

    std::size_t total_;
    bool shown_;
};

}  // namespace jindu::cli
