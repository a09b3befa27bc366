#include "folders.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <fnmatch.h>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace jindu::cli {

namespace {

// The file name endings of the formats jindu reads, in lower case. Without
// --glob, a folder's other files are not converted (a folder of reports often
// holds their CSV or JSON output too, and images): each is skipped with a note.
constexpr std::string_view report_endings[] = {".txt", ".text", ".tsv", ".md",   ".markdown", ".htm",
                                               ".html", ".xhtml", ".docx", ".xlsx", ".pdf"};

bool has_report_ending(const fs::path& file) {
    std::string ending = file.extension().string();
    std::transform(ending.begin(), ending.end(), ending.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return std::find(std::begin(report_endings), std::end(report_endings), ending) != std::end(report_endings);
}

// A pattern without "/" matches the file name; one with "/" the path from the
// folder given, "/" matched only by "/".
bool matches(const std::vector<std::string>& globs, const fs::path& relative) {
    const std::string name = relative.filename().string();
    const std::string path = relative.generic_string();
    return std::any_of(globs.begin(), globs.end(), [&](const std::string& glob) {
        return glob.find('/') == std::string::npos ? ::fnmatch(glob.c_str(), name.c_str(), 0) == 0
                                                   : ::fnmatch(glob.c_str(), path.c_str(), FNM_PATHNAME) == 0;
    });
}

class Walk {
public:
    Walk(const fs::path& root, const std::vector<std::string>& globs, bool quiet)
        : root_(root), globs_(globs), quiet_(quiet) {}

    // The files under the root, or false with the error printed.
    bool run(std::vector<std::string>& files) {
        visit(root_, files);
        return clean_;
    }

private:
    void fail(const fs::path& folder, const std::string& what) {
        std::fprintf(stderr, "%s: error: %s\n", folder.string().c_str(), what.c_str());
        clean_ = false;
    }

    void visit(const fs::path& folder, std::vector<std::string>& files) {
        // A folder reached twice, through a symbolic link, is walked once: no loops.
        struct stat st {};
        if (::stat(folder.c_str(), &st) == 0 && !seen_.emplace(st.st_dev, st.st_ino).second) return;
        std::error_code ec;
        std::vector<fs::path> entries;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (!name.starts_with('.')) entries.push_back(it->path());
        }
        if (ec) {
            fail(folder, "cannot read the folder: " + ec.message());
            return;
        }
        std::sort(entries.begin(), entries.end(),
                  [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
        for (const fs::path& entry : entries) {
            const fs::file_status status = fs::status(entry, ec);  // through symbolic links
            if (fs::is_directory(status)) visit(entry, files);
            else if (!fs::is_regular_file(status)) continue;  // a device, socket or broken link
            else if (!globs_.empty()) {
                if (matches(globs_, entry.lexically_relative(root_))) files.push_back(entry.string());
            } else if (has_report_ending(entry)) {
                files.push_back(entry.string());
            } else if (!quiet_) {
                std::fprintf(stderr, "%s: note: skipped, not named as a report (--glob picks files by any name)\n",
                             entry.string().c_str());
            }
        }
    }

    const fs::path& root_;
    const std::vector<std::string>& globs_;
    bool quiet_;
    std::set<std::pair<dev_t, ino_t>> seen_;
    bool clean_ = true;
};

}  // namespace

bool expand_folders(ConvertSettings& settings) {
    bool clean = true;
    std::vector<std::string> inputs;
    std::vector<bool> found_in_folder;
    for (std::string& input : settings.inputs) {
        std::error_code ec;
        if (input == "-" || !fs::is_directory(input, ec)) {
            inputs.push_back(std::move(input));
            found_in_folder.push_back(false);
            continue;
        }
        std::vector<std::string> files;
        const fs::path root(input);
        clean = Walk(root, settings.globs, settings.quiet).run(files) && clean;
        if (files.empty()) {
            std::fprintf(stderr, "%s: error: no files to convert in this folder%s\n", input.c_str(),
                         settings.globs.empty() ? "" : " that match --glob");
            clean = false;
        }
        found_in_folder.insert(found_in_folder.end(), files.size(), true);
        inputs.insert(inputs.end(), std::make_move_iterator(files.begin()), std::make_move_iterator(files.end()));
    }
    settings.inputs = std::move(inputs);
    settings.found_in_folder = std::move(found_in_folder);
    return clean;
}

}  // namespace jindu::cli
