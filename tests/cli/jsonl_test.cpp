// `jindu convert --format jsonl`: one line per item, written report by report
// as each is read.
#include "cli/run_jindu.hpp"

#include <jindu/jindu.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

using namespace jindu::test;

TEST_CASE("--format jsonl gives the library's lines for every report, in input order, whatever --jobs") {
    Scratch dir;
    const std::string other = dir / "b.txt";
    std::filesystem::copy_file(seed, other);
    std::string expected;
    jindu::write_jsonl(expected, jindu::parse_file(seed));
    jindu::write_jsonl(expected, jindu::parse_file(other));
    const std::string two = " '" + seed + "' '" + other + "'";
    const Run one = run_jindu("convert --format jsonl --jobs 1" + two);
    CHECK(one.status == 0);
    CHECK(one.out == expected);
    CHECK(run_jindu("convert --format jsonl --jobs 4" + two).out == expected);
    const auto lines = lines_of(one.out);
    REQUIRE(lines.size() == 56);
    CHECK(nlohmann::json::parse(lines.front())["source"] == seed);
    CHECK(nlohmann::json::parse(lines.back())["source"] == other);
}

TEST_CASE("--format jsonl of one large input is written in batches and gives the library's bytes") {
    Scratch dir;
    const std::string big = dir / "big.txt";
    std::string text;
    for (int i = 0; i < 80; ++i) text += read_file(seed);
    write_file(big, text);
    std::string expected;
    jindu::write_jsonl(expected, jindu::parse_file(big));
    CHECK(run_jindu("convert --format jsonl '" + big + "'").out == expected);
}

// The first report's lines come out while the second input cannot be read
// yet: a FIFO that is written only once the first line has been read. A
// converter that waited for all inputs would never write that line; timeout(1)
// ends it then, so the test fails instead of hanging.
TEST_CASE("--format jsonl streams: the first line is written before a later input is read") {
    Scratch dir;
    const std::string fifo = dir / "later.txt";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    for (const char* jobs : {"1", "2"}) {
        CAPTURE(jobs);
        const std::string command = "timeout 30 '" JINDU_CLI "' convert --format jsonl --jobs " + std::string(jobs) +
                                    " '" + seed + "' '" + fifo + "' 2>'" + (dir / "err") + "'";
        FILE* out = ::popen(command.c_str(), "r");
        REQUIRE(out != nullptr);
        char first[1 << 16];
        const bool got_line = std::fgets(first, sizeof first, out) != nullptr;
        CHECK(got_line);
        if (got_line) CHECK(nlohmann::json::parse(first)["source"] == seed);

        // Now feed the FIFO; the writer end opens once jindu has opened it to read.
        int fd = -1;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (got_line && fd < 0 && std::chrono::steady_clock::now() < deadline) {
            fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
            if (fd < 0 && errno == ENXIO) std::this_thread::sleep_for(std::chrono::milliseconds(10));
            else if (fd < 0) break;
        }
        CHECK(fd >= 0);
        if (fd >= 0) {
            ::fcntl(fd, F_SETFL, 0);  // blocking writes from here on
            const std::string report = read_file(seed);
            CHECK(::write(fd, report.data(), report.size()) == static_cast<ssize_t>(report.size()));
            ::close(fd);
        }
        std::string rest;
        char block[1 << 16];
        while (std::fgets(block, sizeof block, out) != nullptr) rest += block;
        const int status = ::pclose(out);
        CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
        const auto lines = lines_of(rest);
        CHECK(lines.size() == 55);
        if (!lines.empty()) CHECK(nlohmann::json::parse(lines.back())["source"] == fifo);
    }
}

namespace {

// Peak memory (GNU time's maximum resident set, in KiB) of converting n copies of the seed.
long peak_kib(std::size_t n, const Scratch& dir) {
    std::string args;
    for (std::size_t i = 0; i < n; ++i) args += " '" + seed + "'";
    // Under AddressSanitizer, freed memory is held in quarantine, which would
    // count as held reports: none here (the options mean nothing otherwise).
    const std::string command =
        "ASAN_OPTIONS=\"${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0:thread_local_quarantine_size_kb=0\" "
        "/usr/bin/time -f %M -o '" + (dir / "peak") + "' '" JINDU_CLI "' convert --format jsonl --jobs 2" + args +
        " >/dev/null 2>&1";
    if (std::system(command.c_str()) != 0) return -1;
    return std::stol(read_file(dir / "peak"));
}

}  // namespace

TEST_CASE("--format jsonl holds a few reports at a time, not all of them") {
    if (std::system("test -x /usr/bin/time") != 0) {
        MESSAGE("no /usr/bin/time to measure memory with; not checked");
        return;
    }
    Scratch dir;
    const long few = peak_kib(10, dir);
    const long many = peak_kib(400, dir);  // about 11 MB of lines
    REQUIRE(few > 0);
    REQUIRE(many > 0);
    CHECK(many - few < 4 * 1024);
}
