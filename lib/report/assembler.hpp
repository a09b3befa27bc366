// Private: the item assembler of the report stage — the rows of one project
// (its row and the rows that continue it) into an Item, read by extraction.
#pragma once

#include "report/rows.hpp"

#include <jindu/extract.hpp>
#include <jindu/options.hpp>
#include <jindu/report.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace jindu::report {

class ItemAssembler {
public:
    // owners_in_notes: the table has no owner column and its 备注 column holds
    // the units (县水利局（…预计12月底完工）).
    ItemAssembler(const HeaderMap& header, bool blanks_may_be_merges, bool owners_in_notes, const Options& options);

    bool active() const { return active_; }

    // True when a data row continues the item being assembled rather than
    // starting one: no 序号 and no responsible unit of its own, or cells merged
    // with the row above.
    bool continues(const Row& row, bool category_changes) const;

    // Starts an item at a data row; its cell texts are moved out.
    void start(Row& row, const std::string& category);
    // Adds a row that continues the item.
    void add(Row& row);
    // Adds a row whose merged cells vanished: its first text is the content,
    // the others the progress, latest last.
    void add_shifted(Row& row);

    // True for a row that only carries on cells of the row above, cut at their
    // edges (a pipe table's wrapped cells): no 序号, no figure of its own, text
    // only under text, and a cell above that was plainly cut (县医保局、 | 县财政局;
    // 县人力资源和社 | 会保障局).
    bool wraps(const Row& row) const;
    // Adds such a row: each of its texts joins the cell above.
    void add_wrapped(Row& row);

    // A group heading numbered as the items are (1 | 教育提质工程 over 1-1 |
    // 新增学位 …): when the item begun is one row of a 序号 and a name alone,
    // and the row starts an item numbered under it (1-1, 1.1), the name; the
    // item is then dropped and the row is the heading. nullopt otherwise.
    std::optional<std::string> heading_over(const Row& row);

    // Completes the item (extraction runs on it); diagnostics about it go to `diagnostics`.
    Item finish(std::vector<Diagnostic>& diagnostics);

private:
    // One row's cells as extraction reads them.
    struct Part {
        std::string name, content, progress, rate, status, unit, achieved;
        std::size_t name_bytes = 0;  // the name that opens content, once joined
    };

    std::string_view cell(const Row& row, Column role) const;
    bool spanned(const Row& row, Column role) const;
    bool blank(const Row& row, Column role) const;
    std::string joined(Row& row, Column role);
    Part part_of(Row& row);
    void take_notes(Row& row);
    // The text of the row above (the last part) in a role's column, for wraps().
    std::string_view above_text(Column role) const;

    const HeaderMap& header_;
    // The columns of each role, in order: joined runs once per role and row,
    // so it looks only at its role's columns.
    std::array<std::vector<std::size_t>, static_cast<std::size_t>(Column::note) + 1> columns_;
    // A column named for both what is promised and the progress (目标任务及进展情况):
    // its cells may hold both, labelled.
    bool both_in_one_column_ = false;
    const bool blanks_may_be_merges_;  // Table::blanks_may_be_merges
    const bool owners_in_notes_;
    const Options& options_;
    bool active_ = false;
    Item item_;
    std::vector<Part> parts_;
    std::vector<ItemText> texts_;  // the parts as extraction reads them, kept for the next item
    std::optional<std::string> last_seq_;
    std::vector<std::string> last_units_;  // the owners of the last item that named its own
    std::string above_owners_;             // the owner cells of the item so far, as written
    std::optional<std::string> name_only_;  // the name, when the item's row holds a 序号 and a name alone
};

}  // namespace jindu::report
