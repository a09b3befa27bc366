// Running the built jindu tool from tests: its exit status and both streams,
// scratch folders, and files read and written whole.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::test {

inline const std::string seed = JINDU_SOURCE_DIR "/samples/2024-h1-district-livelihood-projects.txt";

struct Run {
    int status = -1;
    std::string out;
    std::string err;
};

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void write_file(const std::filesystem::path& path, std::string_view data) {
    std::ofstream(path, std::ios::binary) << data;
}

// A fresh folder for one test case, removed at the end of it.
struct Scratch {
    std::filesystem::path dir;
    Scratch() {
        static int counter = 0;
        dir = std::filesystem::temp_directory_path() /
              ("jindu-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    ~Scratch() { std::filesystem::remove_all(dir); }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    std::string operator/(const std::string& name) const { return (dir / name).string(); }
};

// Runs `jindu args` with stdin from a file (or /dev/null), capturing both streams.
inline Run run_jindu(const std::string& args, const std::string& stdin_path = "/dev/null") {
    Scratch io;
    const std::string command = "'" JINDU_CLI "' " + args + " <'" + stdin_path + "' >'" + (io / "out") +
                                "' 2>'" + (io / "err") + "'";
    Run run;
    const int raw = std::system(command.c_str());
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = read_file(io / "out");
    run.err = read_file(io / "err");
    return run;
}

inline std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> lines;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

inline std::vector<std::string> names_in(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    return names;
}

}  // namespace jindu::test
