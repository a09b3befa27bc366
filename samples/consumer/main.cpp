// Reads a progress report and prints how many items it has.
#include <jindu/jindu.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: app REPORT\n";
        return 2;
    }
    try {
        const jindu::Report report = jindu::parse_file(argv[1]);
        std::cout << report.items.size() << '\n';
    } catch (const jindu::Error& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    return 0;
}
