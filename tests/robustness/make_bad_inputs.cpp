// Writes the bad inputs into the folder given, one per line on stdout:
// the file, a tab, and what is wrong with it.
#include "robustness/bad_inputs.hpp"

#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_bad_inputs DIR\n");
        return 2;
    }
    for (const auto& input : jindu::robustness::write_bad_inputs(argv[1]))
        std::printf("%s\t%s\n", input.path.string().c_str(), input.what.c_str());
    return 0;
}
