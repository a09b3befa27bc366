// jindu — parse: the whole pipeline, bytes or a file to a report.
#pragma once

#include <jindu/export.hpp>
#include <jindu/diagnostic.hpp>
#include <jindu/options.hpp>
#include <jindu/report.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>

namespace jindu {

// Reads a report from memory (any supported format and encoding): read_table,
// then build_report. Throws jindu::Error when the input cannot be read at
// all; anything doubtful is in Report::diagnostics.
[[nodiscard]] JINDU_API Report parse(std::string_view bytes, const Options& options = {});

// Reads a file; Report::source is the path as given unless
// options.source_name is set. Throws jindu::Error.
[[nodiscard]] JINDU_API Report parse_file(const std::filesystem::path& path, Options options = {});

// parse and parse_file with the items handed over in batches as build_report
// does with ItemBatches. Tab-separated UTF-8 text is read into the report a
// few thousand rows at a time, so that a large file is held once, as its
// bytes, and never whole as a Table as well; the report is the same as
// without batches.
[[nodiscard]] JINDU_API Report parse(std::string_view bytes, const Options& options, const ItemBatches& on_items,
             std::size_t batch_size = 1024);
[[nodiscard]] JINDU_API Report parse_file(const std::filesystem::path& path, Options options, const ItemBatches& on_items,
                  std::size_t batch_size = 1024);

// parse and parse_file for callers built without exceptions: the report, or
// nullopt with `error` set to the diagnostic parse would have thrown
// (running out of memory is a limit_exceeded error). They never throw.
[[nodiscard]] JINDU_API std::optional<Report> try_parse(std::string_view bytes, const Options& options, Diagnostic& error) noexcept;
[[nodiscard]] JINDU_API std::optional<Report> try_parse_file(const std::filesystem::path& path, const Options& options,
                                     Diagnostic& error) noexcept;

}  // namespace jindu
