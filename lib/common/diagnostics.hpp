// Private: building diagnostics, and throwing errors, the same way in every stage.
#pragma once

#include <jindu/diagnostic.hpp>
#include <jindu/options.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace jindu {

// What a diagnostic shows of text: its first max_bytes or so, cut after the
// code point that reaches them.
std::string fragment_of(std::string_view text, std::size_t max_bytes = 60);

// A diagnostic about the input called `source` (a file name, or ""), at
// `where`, showing fragment_of(fragment).
Diagnostic make_diagnostic(ErrorCode code, Severity severity, std::string message, std::string source,
                           Location where = {}, std::string_view fragment = {});

// Throws jindu::Error with an error about the input options.source_name names.
[[noreturn]] void fail(ErrorCode code, std::string message, const Options& options, Location where = {},
                       std::string_view fragment = {});

}  // namespace jindu
