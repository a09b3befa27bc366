// Private: text built in a string and handed on in chunks, so the streaming
// writers share every byte-producing function with the string writers.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

namespace jindu::write {

class Chunks {
public:
    // Appends to out; nothing is ever handed on.
    explicit Chunks(std::string& out) : text_(out) {}
    // Appends to a buffer of its own, written to stream once it holds a chunk.
    explicit Chunks(std::ostream& stream) : text_(buffer_), stream_(&stream) { buffer_.reserve(2 * chunk); }
    Chunks(const Chunks&) = delete;
    Chunks& operator=(const Chunks&) = delete;

    // Where the writers append.
    std::string& text() { return text_; }

    // Called between items: hands the buffer on once it holds a chunk.
    void item_done() {
        if (stream_ && buffer_.size() >= chunk) flush();
    }

    // Hands on what the buffer holds (the writers call it at their end);
    // after a failed write, drops it.
    void flush() {
        if (!stream_ || buffer_.empty()) return;
        if (*stream_) stream_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

private:
    static constexpr std::size_t chunk = std::size_t{64} << 10;

    std::string buffer_;
    std::string& text_;
    std::ostream* stream_ = nullptr;
};

}  // namespace jindu::write
