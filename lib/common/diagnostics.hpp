// Private: building diagnostics the same way in every stage.
#pragma once

#include <jindu/diagnostic.hpp>

#include <string>
#include <string_view>

namespace jindu {

// A diagnostic about the input called `source` (a file name, or "").
Diagnostic make_diagnostic(ErrorCode code, Severity severity, std::string message, std::string source);

// What a diagnostic shows of text: its first 60 bytes or so, cut after the
// code point that reaches them.
std::string fragment_of(std::string_view text);

}  // namespace jindu
