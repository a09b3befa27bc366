// The report stage: a report from a table. The header gives each column its
// role (table/header.cpp); each row under it is classified (rows.cpp): a repeated
// header, a note, a total, a category heading, a stray line, or data; the
// item assembler turns data rows into items (assembler.cpp), which a batch
// sink hands over as they are complete. Every non-empty row ends up as a
// title, a header, part of an item, a category or a diagnostic.
#include "report/build_report.hpp"

#include "common/diagnostics.hpp"
#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/period.hpp"
#include "report/assembler.hpp"
#include "report/owners.hpp"
#include "report/rows.hpp"
#include "table/header.hpp"

#include <jindu/report.hpp>
#include <jindu/source.hpp>

#include <algorithm>
#include <iterator>
#include <string>

namespace jindu::report {

namespace {

// Hands complete items over in batches, or keeps them all in the report.
class BatchSink {
public:
    explicit BatchSink(Report& report) : report_(report) {}
    void hand_over(const ItemBatches& on_items, std::size_t batch_size) {
        on_items_ = &on_items;
        batch_size_ = std::max<std::size_t>(batch_size, 1);
    }
    bool batched() const { return on_items_ != nullptr; }
    std::size_t batch_size() const { return batch_size_; }

    void add(Item&& item) {
        // Lists grown by doubling hold up to twice their amounts: trimmed when
        // kept for the life of the report, not when handed over in a batch.
        if (!on_items_)
            for (auto* list : {&item.targets, &item.achieved, &item.percents, &item.others}) list->shrink_to_fit();
        report_.items.push_back(std::move(item));
        if (on_items_ && report_.items.size() >= batch_size_) {
            (*on_items_)(report_);
            report_.items.clear();
        }
    }

private:
    Report& report_;
    const ItemBatches* on_items_ = nullptr;
    std::size_t batch_size_ = 0;
};

// Lines looked at under a header to tell whether its 备注 column holds the owners.
constexpr std::size_t owner_lookahead = 200;

// True when the table has no owner column and most 备注 cells under the
// header start with the name of a unit (县水利局, 区教育局（…）).
bool owners_in_notes(const HeaderMap& header, const std::vector<Row>& rows, std::size_t from) {
    if (header.has(Column::owners)) return false;
    const auto note = header.find(Column::note);
    if (note == std::string::npos) return false;
    std::size_t units = 0, others = 0;
    for (std::size_t r = from; r < rows.size() && r < from + owner_lookahead; ++r) {
        if (note >= rows[r].cells.size() || rows[r].free_text) continue;
        const auto t = utf8::trim(rows[r].cells[note].text);
        if (t.empty()) continue;
        (names_a_unit(t) ? units : others) += 1;
    }
    return units >= 2 && units > others;
}

class Builder {
public:
    // The table is the builder's: its texts are moved into the report and its
    // rows emptied once they are used.
    Builder(Table& table, const Options& options) : table_(table), options_(options), sink_(report_) {}

    void hand_over(const ItemBatches& on_items, std::size_t batch_size) { sink_.hand_over(on_items, batch_size); }

    // Reads the rows after the table's own from `more`, a piece at a time.
    void read_on(const MoreRows& more, std::size_t all_rows) {
        more_ = &more;
        all_rows_ = all_rows;
    }

    Report run() {
        report_.source = options_.source_name;
        report_.format = table_.format;
        report_.encoding = std::move(table_.encoding);
        report_.diagnostics = std::move(table_.diagnostics);

        std::size_t at = 0;
        if (!table_.roles.empty()) {
            // The reader named the columns: the lines before the first row are the preamble.
            header_ = table::header_from_roles(table_.roles);
            for (; at < table_.rows.size() && table_.rows[at].free_text; ++at) read_preamble(table_.rows[at]);
        } else {
            for (; at < table_.rows.size(); ++at) {
                if ((header_ = table::match_header(table_.rows, at))) break;
                read_preamble(table_.rows[at]);
            }
        }
        if (!header_) {
            report_.rows.clear();
            for (const Row& row : table_.rows)
                if (!is_empty(row)) account(row, RowUse::diagnostic);
            report_.diagnostics.push_back(make_diagnostic(
                ErrorCode::no_table, Severity::error,
                "no header row with known columns (序号, 项目内容, 责任单位, 进展情况 …)", options_.source_name));
            return std::move(report_);
        }
        for (std::size_t h = 0; h < header_->rows; ++h) account(table_.rows[at + h], RowUse::header);
        at += header_->rows;
        assembler_.emplace(*header_, table_.blanks_may_be_merges, owners_in_notes(*header_, table_.rows, at), options_);
        // At most one item per row: room for them at once rather than by doubling.
        report_.items.reserve(std::min(sink_.batched() ? sink_.batch_size() : table_.rows.size(),
                                       table_.rows.size() - std::min(at, table_.rows.size())));
        report_.rows.reserve(more_ ? all_rows_ : table_.rows.size());
        for (;; at = 0) {
            for (; at < table_.rows.size(); ++at) {
                Row& row = table_.rows[at];
                read_row(row);
                if (pending_lines_.empty() || pending_lines_.back() != &row) release(row);
            }
            if (!more_ || !next_piece()) break;
        }
        flush();
        // Lines after the last item close the document (下一步…, the sender, the date).
        settle_pending_lines(Severity::note, "text below the table");
        return std::move(report_);
    }

private:
    // Rows above the header: the title, year and period.
    void read_preamble(const Row& row) {
        if (is_empty(row)) return;
        if (row.chrome) {
            skip(row, ErrorCode::skipped_row, Severity::note, "page chrome", row.cells.front().text);
            return;
        }
        const auto text = single_text(row);
        if (!text) {
            skip(row, ErrorCode::skipped_row, Severity::note, "row above the table header", row.cells.front().text);
            return;
        }
        const std::string folded = matching_view(*text);
        if (report_.title.empty() && (lexicon::looks_like_title(folded) || lexicon::find_year(folded))) {
            report_.title = *text;
            report_.year = lexicon::find_year(folded);
            report_.period = lexicon::find_period(folded);
            account(row, RowUse::title);
            return;
        }
        if (!report_.year) report_.year = lexicon::find_year(folded);
        if (!report_.period) report_.period = lexicon::find_period(folded);
        skip(row, ErrorCode::skipped_row, Severity::note, "text above the table", *text);
    }

    // Replaces the rows read with the next piece of them; false when there is
    // none. Rows held back as stray lines stay where they are until settled
    // (moving a vector keeps its elements in place).
    bool next_piece() {
        if (pending_lines_.empty()) held_.clear();
        else held_.push_back(std::move(table_.rows));
        return (*more_)(table_.rows);
    }

    // Frees the cells of a row that was used.
    static void release(Row& row) { std::vector<Cell>().swap(row.cells); }

    void account(const Row& row, RowUse use) { report_.rows.push_back({row.line, use}); }

    void skip(const Row& row, ErrorCode code, Severity severity, std::string message, std::string_view fragment) {
        report_.diagnostics.push_back(
            make_diagnostic(code, severity, std::move(message), options_.source_name, {.line = row.line}, fragment));
        account(row, RowUse::diagnostic);
    }

    std::string category_cell(const Row& row) const {
        const auto c = header_->find(Column::category);
        if (c >= row.cells.size()) return {};
        return std::string(utf8::trim(row.cells[c].text));
    }

    void read_row(Row& row) {
        const RowKind kind = classify_row(row, *header_);
        if (in_other_table_ && kind != RowKind::header && kind != RowKind::blank && kind != RowKind::chrome &&
            !row.free_text) {
            skip(row, ErrorCode::skipped_row, Severity::note, "row of a table that is not the progress table",
                 row.cells.empty() ? std::string_view() : std::string_view(row.cells.front().text));
            return;
        }
        switch (kind) {
        case RowKind::blank: return;
        case RowKind::chrome:
            skip(row, ErrorCode::skipped_row, Severity::note, "page chrome", row.cells.front().text);
            return;
        case RowKind::header:
            in_other_table_ = false;
            account(row, RowUse::header);
            return;
        case RowKind::other_header:
            flush();
            settle_pending_lines(Severity::note, "text below the table");
            in_other_table_ = true;
            skip(row, ErrorCode::skipped_row, Severity::note, "header of a table that is not the progress table",
                 row.cells.front().text);
            return;
        case RowKind::note: {
            flush();
            const auto text = single_text(row);
            skip(row, ErrorCode::note_row, Severity::note, "note under the table", text ? *text : row.cells.front().text);
            return;
        }
        case RowKind::total: {
            flush();
            const auto text = single_text(row);
            skip(row, ErrorCode::skipped_row, Severity::note, "total row, not an item",
                 text ? *text : row.cells.front().text);
            return;
        }
        case RowKind::line:
            // A lone text in a row of cells may carry on the cell above it (县城管局、 | 县公安局交警大队).
            if (!row.free_text && pending_lines_.empty() && assembler_->wraps(row)) {
                assembler_->add_wrapped(row);
                account(row, RowUse::continuation);
                return;
            }
            read_line(row, *single_text(row));
            return;
        case RowKind::heading:
            flush();
            category_ = group_heading(row, *header_);
            account(row, RowUse::category);
            return;
        case RowKind::shifted:
            if (assembler_->active()) {
                settle_pending_lines(Severity::warning, "line inside the table that is not an item");
                assembler_->add_shifted(row);
                account(row, RowUse::continuation);
                return;
            }
            break;
        case RowKind::data: break;
        }
        read_data_row(row);
    }

    void read_line(Row& row, const std::string& text) {
        const std::string folded = matching_view(text);
        if (auto heading = heading_of(folded, text); !heading.empty()) {
            flush();
            category_ = heading;
            account(row, RowUse::category);
            return;
        }
        // A text alone in the category column is a category (a merged cell over its group).
        if (!row.free_text && category_cell(row) == text) {
            flush();
            category_ = text;
            account(row, RowUse::category);
            return;
        }
        // Whether the line sits inside the table or below it is known only later.
        pending_lines_.push_back(&row);
    }

    void settle_pending_lines(Severity severity, const char* message) {
        for (Row* row : pending_lines_) {
            const auto text = single_text(*row);
            skip(*row, ErrorCode::skipped_row, severity, message, text ? *text : row->cells.front().text);
            release(*row);
        }
        pending_lines_.clear();
    }

    void read_data_row(Row& row) {
        settle_pending_lines(Severity::warning, "line inside the table that is not an item");
        const std::string category = category_cell(row);
        const auto c = header_->find(Column::category);
        const bool category_spanned = c < row.cells.size() && row.cells[c].spanned;
        const bool category_changes = !category.empty() && !category_spanned && category != category_;
        if (!category.empty()) category_ = category;

        if (assembler_->continues(row, category_changes)) {
            assembler_->add(row);
            account(row, RowUse::continuation);
            return;
        }
        if (!category_changes && assembler_->wraps(row)) {
            assembler_->add_wrapped(row);
            account(row, RowUse::continuation);
            return;
        }
        const auto has_text = [&](Column role) {
            for (std::size_t k = 0; k < header_->roles.size() && k < row.cells.size(); ++k)
                if (header_->roles[k] == role && !row.cells[k].spanned && !utf8::trim(row.cells[k].text).empty())
                    return true;
            return false;
        };
        if (!has_text(Column::content) && !has_text(Column::progress) && !has_text(Column::name) &&
            !has_text(Column::achieved)) {
            skip(row, ErrorCode::skipped_row, Severity::warning, "row without content or progress",
                 row.cells.front().text);
            return;
        }
        if (auto heading = assembler_->heading_over(row)) {
            // The row begun as an item heads this one's group: it is the category.
            report_.rows[item_account_].use = RowUse::category;
            category_ = std::move(*heading);
        }
        flush();
        item_account_ = report_.rows.size();
        account(row, RowUse::item);
        assembler_->start(row, category_);
    }

    void flush() {
        if (assembler_ && assembler_->active()) sink_.add(assembler_->finish(report_.diagnostics));
    }

    Table& table_;
    const Options& options_;
    Report report_;
    BatchSink sink_;
    const MoreRows* more_ = nullptr;        // the rows after the first piece, if read in pieces
    std::size_t all_rows_ = 0;
    std::vector<std::vector<Row>> held_;    // earlier pieces that stray lines still point into
    std::optional<HeaderMap> header_;
    std::optional<ItemAssembler> assembler_;
    std::vector<Row*> pending_lines_;       // stray lines not yet known to be inside or below the table
    std::string category_;
    std::size_t item_account_ = 0;  // the entry in report_.rows of the row that began the current item
    bool in_other_table_ = false;  // reading the rows of another table (a contact list)
};

}  // namespace

}  // namespace jindu::report

namespace jindu {

std::string_view to_string(RowUse use) noexcept {
    switch (use) {
    case RowUse::title: return "title";
    case RowUse::header: return "header";
    case RowUse::item: return "item";
    case RowUse::continuation: return "continuation";
    case RowUse::category: return "category";
    case RowUse::diagnostic: return "diagnostic";
    }
    return "diagnostic";
}

Report build_report(const Table& table, const Options& options) {
    Table copy = table;
    return report::Builder(copy, options).run();
}

Report build_report(Table&& table, const Options& options) { return report::Builder(table, options).run(); }

namespace report {

Report build_report(Table&& first, const MoreRows& more, std::size_t all_rows, const Options& options,
                    const ItemBatches& on_items, std::size_t batch_size) {
    // The header, and the row after it (a header may take two rows), must be
    // in the first piece; else the rest is read whole, as without pieces.
    std::size_t at = 0;
    while (at < first.rows.size() && !table::match_header(first.rows, at)) ++at;
    const bool header_in_first = at + 2 < first.rows.size();
    Builder builder(first, options);
    builder.hand_over(on_items, batch_size);
    if (header_in_first) {
        builder.read_on(more, all_rows);
    } else {
        for (std::vector<Row> rest; more(rest);)
            std::move(rest.begin(), rest.end(), std::back_inserter(first.rows));
    }
    return builder.run();
}

}  // namespace report

Report build_report(Table&& table, const Options& options, const ItemBatches& on_items, std::size_t batch_size) {
    report::Builder builder(table, options);
    builder.hand_over(on_items, batch_size);
    return builder.run();
}

}  // namespace jindu
