// Private JSON emitter: appends values to a string with commas, indentation
// and null for missing values handled in one place.
#pragma once

#include "write/escape.hpp"

#include <jindu/quantity.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jindu::write {

class JsonOut {
public:
    // pretty: one value per line, two spaces per level; else one line, no spaces.
    JsonOut(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // Starts a member named by a plain ASCII name; the next call writes its value.
    void key(std::string_view name) {
        separate();
        out_.push_back('"');
        out_.append(name);  // names are plain ASCII: nothing to escape
        out_.append(pretty_ ? "\": " : "\":");
        after_key_ = true;
    }

    void string(std::string_view s) {
        separate();
        append_json_string(out_, s);
    }
    // An empty string is a missing value: null.
    void string_or_null(std::string_view s) {
        if (s.empty())
            null();
        else
            string(s);
    }
    void optional_string(const std::optional<std::string>& s) { string_or_null(s ? std::string_view(*s) : ""); }
    void number(double v) {
        separate();
        if (!append_number(out_, v)) out_.append("null");
    }
    void number_or_null(const std::optional<double>& v) {
        if (v)
            number(*v);
        else
            null();
    }
    void count(std::size_t v) {
        separate();
        append_number(out_, v);
    }
    void boolean(bool v) {
        separate();
        out_.append(v ? "true" : "false");
    }
    void null() {
        separate();
        out_.append("null");
    }

private:
    static constexpr std::size_t max_depth = 16;  // the writers nest at most 5 levels
    // ",\n" and room for the deepest indent.
    static constexpr std::string_view comma_and_indent = ",\n                                ";
    static_assert(comma_and_indent.size() == 2 + 2 * max_depth);

    // Writes what goes before a value: nothing after a key, else a comma for
    // all but the first element, and in pretty mode a line break and indent.
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ == 0) return;
        const bool comma = !empty_[depth_ - 1];
        empty_[depth_ - 1] = false;
        if (!pretty_) {
            if (comma) out_.push_back(',');
            return;
        }
        // The comma, the line break and the indent in one append.
        const std::string_view lead = comma_and_indent.substr(comma ? 0 : 1, (comma ? 2 : 1) + 2 * depth_);
        out_.append(lead);
    }
    void open(char bracket) {
        separate();
        out_.push_back(bracket);
        empty_[depth_] = true;
        ++depth_;
    }
    void close(char bracket) {
        --depth_;
        if (pretty_ && !empty_[depth_]) newline(depth_);
        out_.push_back(bracket);
    }
    void newline(std::size_t level) {
        out_.push_back('\n');
        out_.append(2 * level, ' ');
    }

    std::string& out_;
    bool pretty_;
    bool after_key_ = false;
    std::size_t depth_ = 0;
    std::array<bool, max_depth> empty_{};
};

// The measure of a quantity, in the order every writer uses:
// "value", "value_max", "unit", "kind", "qualifier".
inline void write_measure(JsonOut& json, const Quantity& q) {
    json.key("value");
    json.number(q.value);
    json.key("value_max");
    json.number_or_null(q.value_max);
    json.key("unit");
    json.string_or_null(q.unit);
    json.key("kind");
    json.string(to_string(q.kind));
    json.key("qualifier");
    json.string_or_null(to_string(q.qualifier));
}

}  // namespace jindu::write
