// Replays inputs through a libFuzzer target without libFuzzer: every regular
// file in the directories (or files) given as arguments, or stdin when none.
// Exits 0 when every input ran; a crash or sanitizer report ends the process.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

// Runs one input; the copy gives sanitizers exact bounds, as libFuzzer does.
void run(const std::string& bytes) {
    const std::vector<std::uint8_t> copy(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(copy.data(), copy.size());
}

// Reads a whole file; returns false when it cannot be opened.
bool read_file(const std::filesystem::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        run(std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()));
        std::printf("replayed stdin\n");
        return 0;
    }
    std::size_t count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg = argv[i];
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(arg)) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(arg))
                if (entry.is_regular_file()) files.push_back(entry.path());
        } else {
            files.push_back(arg);
        }
        std::sort(files.begin(), files.end());  // the same order on every run
        for (const auto& file : files) {
            std::string bytes;
            if (!read_file(file, bytes)) {
                std::fprintf(stderr, "%s: cannot read\n", file.string().c_str());
                return 1;
            }
            run(bytes);
            ++count;
        }
    }
    if (count == 0) {
        std::fprintf(stderr, "no inputs found\n");
        return 1;
    }
    std::printf("replayed %zu inputs\n", count);
    return 0;
}
