// Private: the one count of what a reader emits against Options::limits.
#pragma once

#include <jindu/options.hpp>

#include <cstddef>

namespace jindu::table {

// Counts the rows, cells and text bytes of one document as a reader emits them
// (every reader counts through it).
// Throws Error{limit_exceeded} past limits.max_rows or limits.max_cells, or when
// span copies would make the text larger than limits.max_input_bytes.
class Budget {
public:
    explicit Budget(const Options& options) : options_(options) {}
    void spend_row(std::size_t line);
    void spend_cells(std::size_t count, std::size_t bytes, std::size_t line);
    const Options& options() const noexcept { return options_; }

private:
    const Options& options_;
    std::size_t rows_ = 0;
    std::size_t cells_ = 0;
    std::size_t bytes_ = 0;
};

}  // namespace jindu::table
