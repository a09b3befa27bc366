// jindu — report: a whole progress report as records.
#pragma once

#include <jindu/diagnostic.hpp>
#include <jindu/extract.hpp>
#include <jindu/options.hpp>
#include <jindu/table.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jindu {

// One project row of the report.
struct Item {
    std::size_t row = 0;                 // where the item starts in the source
    std::optional<std::string> seq;      // 序号 as written
    std::optional<std::string> category; // 类别/领域
    std::string content;                 // 项目内容 / 目标任务
    std::vector<std::string> owners;     // 责任单位, one per unit
    std::string progress;                // 进展情况 / 完成情况
    std::vector<Amount> targets;
    std::vector<Amount> achieved;
    std::vector<Amount> percents;
    std::vector<Amount> others;
    Status status = Status::unknown;
    std::optional<double> completion;
    std::vector<std::string> notes;      // 备注
    bool operator==(const Item&) const = default;
};

// Period of the report: H1 半年度, Q1 一季度, Q3 1-9月, M10 10月份, FY 全年 …
struct Period {
    std::string code;
    std::string text;  // as written
    bool operator==(const Period&) const = default;
};

// How one non-empty input row was used: the audit trail that nothing was dropped.
enum class RowUse { title, header, item, continuation, category, diagnostic };

struct RowAccount {
    std::size_t line = 0;  // Row::line
    RowUse use = RowUse::item;
    bool operator==(const RowAccount&) const = default;
};

struct Report {
    std::string source;                  // file name or Options::source_name
    std::string title;
    std::optional<int> year;
    std::optional<Period> period;
    InputFormat format = InputFormat::automatic;
    std::string encoding;
    std::vector<Item> items;
    std::vector<Diagnostic> diagnostics;
    std::vector<RowAccount> rows;        // one per non-empty table row, in order
    bool operator==(const Report&) const = default;
};

// Reads a report from memory (any supported format and encoding).
// Throws jindu::Error when the input cannot be read at all; anything doubtful
// is in Report::diagnostics.
Report parse(std::string_view bytes, const Options& options = {});

// Reads a file; Report::source is the path as given. Throws jindu::Error.
Report parse_file(const std::filesystem::path& path, Options options = {});

// The report stage alone: header roles, merged cells, title and period, then
// extraction on every item.
Report build_report(const Table& table, const Options& options = {});

// The same report from a table it consumes: cell texts are moved into the items
// and rows are emptied as they are used, so the table and the report are not
// both held whole. The table is left valid but unspecified.
Report build_report(Table&& table, const Options& options = {});

// Called with the report so far when a batch of items is complete: everything
// but its items is as far as read (diagnostics grow until the end), and
// Report::items holds the batch, in order, to be taken or copied; the items
// left there are dropped after the call.
using ItemBatches = std::function<void(Report& report)>;

// The same report handed over in batches of about batch_size items, for
// reports too large to hold whole: the returned report holds the items after
// the last batch, and the whole of everything else (diagnostics, rows).
Report build_report(Table&& table, const Options& options, const ItemBatches& on_items,
                    std::size_t batch_size = 1024);

// parse and parse_file with the items handed over in batches as build_report
// above. Tab-separated UTF-8 text is read into the report a few thousand rows
// at a time, so that a large file is held once, as its bytes, and never whole
// as a Table as well; the report is the same as without batches.
Report parse(std::string_view bytes, const Options& options, const ItemBatches& on_items,
             std::size_t batch_size = 1024);
Report parse_file(const std::filesystem::path& path, Options options, const ItemBatches& on_items,
                  std::size_t batch_size = 1024);

}  // namespace jindu
