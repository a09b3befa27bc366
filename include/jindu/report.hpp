// jindu — report: a whole progress report as records.
#pragma once

#include <jindu/export.hpp>
#include <jindu/diagnostic.hpp>
#include <jindu/extract.hpp>
#include <jindu/options.hpp>
#include <jindu/table.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jindu {

// One project row of the report: its cells, and their Reading (the targets,
// achieved amounts, percents, others, status and completion extract() gave).
struct Item : Reading {
    std::size_t row = 0;                 // where the item starts in the source
    std::optional<std::string> seq;      // 序号 as written
    std::optional<std::string> category; // 类别/领域
    std::string content;                 // 项目内容 / 目标任务
    std::vector<std::string> owners;     // 责任单位, one per unit
    std::string progress;                // 进展情况 / 完成情况
    std::vector<std::string> notes;      // 备注
    bool operator==(const Item&) const = default;
};

// Period of the report, the span of the year it covers up to its end:
//   "FY"        the whole year (全年, 年度, 1-12月, 年底)
//   "H1", "H2"  the first and second half (上半年, 1-6月; 下半年)
//   "Q1".."Q4"  a quarter (一季度); "Q3" is also 前三季度 and 1-9月
//   "M1".."M12" up to the end of that month (1-10月, 10月份): the months
//               that are no quarter or half end
struct Period {
    std::string code;
    std::string text;  // as written
    bool operator==(const Period&) const = default;
};

// How one non-empty input row was used: the audit trail that nothing was dropped.
enum class RowUse { title, header, item, continuation, category, diagnostic };

// Snake-case names as in JSON: "title", "continuation".
[[nodiscard]] JINDU_API std::string_view to_string(RowUse use) noexcept;

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
    InputFormat format = InputFormat::automatic;  // as read (sniffed or given), never automatic
    // The encoding the input was read in: "UTF-8", "UTF-16LE", "UTF-16BE",
    // "UTF-32LE", "UTF-32BE", "GB18030" or "Big5" as detected (see decode()),
    // or the ICU converter name Options::encoding gave; "" (null in JSON) for
    // DOCX, XLSX and PDF, whose text is not read in an encoding of their own.
    std::string encoding;
    std::vector<Item> items;
    std::vector<Diagnostic> diagnostics;
    std::vector<RowAccount> rows;        // one per non-empty table row, in order
    bool operator==(const Report&) const = default;
};

// The report stage alone: header roles, merged cells, title and period, then
// extraction on every item.
[[nodiscard]] JINDU_API Report build_report(const Table& table, const Options& options = {});

// The same report from a table it consumes: cell texts are moved into the items
// and rows are emptied as they are used, so the table and the report are not
// both held whole. The table is left valid but unspecified.
[[nodiscard]] JINDU_API Report build_report(Table&& table, const Options& options = {});

// Called with the report so far when a batch of items is complete: everything
// but its items is as far as read (diagnostics grow until the end), and
// Report::items holds the batch, in order, to be taken or copied; the items
// left there are dropped after the call.
using ItemBatches = std::function<void(Report& report)>;

// The same report handed over in batches of about batch_size items, for
// reports too large to hold whole: the returned report holds the items after
// the last batch, and the whole of everything else (diagnostics, rows).
[[nodiscard]] JINDU_API Report build_report(Table&& table, const Options& options, const ItemBatches& on_items,
                    std::size_t batch_size = 1024);

}  // namespace jindu
