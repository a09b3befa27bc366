// The report stage: header roles, merged cells carried forward, title and
// period, then extraction on every item.
#include "common/diagnostics.hpp"
#include "common/utf8.hpp"
#include "report/columns.hpp"
#include "report/period.hpp"
#include "report/pieces.hpp"
#include "table/readers.hpp"

#include <jindu/extract.hpp>
#include <jindu/report.hpp>
#include <jindu/source.hpp>

#include <algorithm>
#include <iterator>
#include <string>

namespace jindu::report {

namespace {

// An item while its rows are collected; extraction runs once it is complete.
struct Draft {
    Item item;
    std::string rate, status, unit, achieved, name;
};

std::string trimmed(std::string_view s) { return std::string(utf8::trim(s)); }

// Splits a responsible-units cell: 区卫生健康局 区大数据管理中心 → two owners.
std::vector<std::string> split_owners(std::string_view text) {
    std::vector<std::string> owners;
    const auto add = [&owners](std::string_view owner) {
        if (const auto t = utf8::trim(owner); !t.empty()) owners.emplace_back(t);
    };
    std::size_t begin = 0;  // of the owner being read
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = utf8::next(text, i);
        const bool separator = utf8::is_space(cp) || cp == U'、' || cp == U'，' || cp == U',' ||
                               cp == U'；' || cp == U';' || cp == U'/' || cp == U'／';
        if (!separator) continue;
        add(text.substr(begin, start - begin));
        begin = i;
    }
    add(text.substr(begin));
    return owners;
}

// 一、教育卫生 / (一)教育卫生 / 十二.文体 → the heading without its number; "" when not numbered.
std::string strip_heading_number(std::string_view folded, std::string_view original) {
    std::size_t i = 0;
    bool bracket = false;
    std::size_t digits = 0;
    while (i < folded.size()) {
        std::size_t next = i;
        const char32_t cp = utf8::next(folded, next);
        if (cp == U'(' && digits == 0 && !bracket) { bracket = true; i = next; continue; }
        if (std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos) {
            ++digits;
            i = next;
            continue;
        }
        if (digits > 0 && ((bracket && cp == U')') || (!bracket && (cp == U'、' || cp == U'.' || cp == U'．')))) {
            i = next;
            // The same number of code points is skipped in the original text.
            const std::size_t skip = utf8::code_points(folded, i);
            std::size_t j = 0;
            for (std::size_t k = 0; k < skip && j < original.size(); ++k) utf8::next(original, j);
            return trimmed(original.substr(j));
        }
        break;
    }
    return {};
}

// The single text a row holds when all its non-empty cells say the same.
std::optional<std::string> single_text(const Row& row) {
    std::optional<std::string_view> text;
    for (const auto& cell : row.cells) {
        auto t = utf8::trim(cell.text);
        if (t.empty()) continue;
        if (text && *text != t) return std::nullopt;
        text = t;
    }
    if (!text) return std::nullopt;
    return std::string(*text);
}

bool is_note(std::string_view folded) {
    for (std::string_view lead : {"注:", "注:", "备注:", "说明:", "注1", "注 :", "填报", "数据来源"})
        if (folded.substr(0, lead.size()) == lead) return true;
    return false;
}

// Formats that lose merged cells: a blank there may be a merge.
bool blanks_may_be_merges(InputFormat f) {
    return f == InputFormat::text || f == InputFormat::markdown || f == InputFormat::prose ||
           f == InputFormat::automatic;
}

void append_text(std::string& to, std::string_view more) {
    auto t = utf8::trim(more);
    if (t.empty()) return;
    if (!to.empty()) to += '\n';
    to.append(t);
}

Diagnostic row_diagnostic(ErrorCode code, Severity severity, std::string message, const Options& options,
                          const Row& row, std::string_view fragment) {
    Diagnostic d = make_diagnostic(code, severity, std::move(message), options.source_name);
    d.where.line = row.line;
    d.fragment = fragment_of(fragment);
    return d;
}

// Extraction reads at most this much of a cell: its rules look around every
// figure, so a cell of megabytes would take minutes; real cells are far shorter.
constexpr std::size_t max_extracted_bytes = std::size_t{16} << 10;

// The first `max` bytes of s at most, cut at a code point boundary.
std::string_view prefix(std::string_view s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t end = 0;
    for (std::size_t next = 0; next < s.size();) {
        utf8::next(s, next);
        if (next > max) break;
        end = next;
    }
    return s.substr(0, end);
}

class Builder {
public:
    // consumed, when given, is the table itself: its texts are moved into the
    // report and its rows emptied once they are used.
    Builder(const Table& table, Table* consumed, const Options& options)
        : table_(table), consumed_(consumed), options_(options) {}

    // Hands items over in batches of batch_size to on_items (see build_report).
    void hand_over(const ItemBatches& on_items, std::size_t batch_size) {
        on_items_ = &on_items;
        batch_size_ = std::max<std::size_t>(batch_size, 1);
    }

    // Reads the rows after the table's own from `more`, a piece at a time (the
    // table is consumed, and holds the first piece).
    void read_on(table::TabText& more, std::size_t piece_rows) {
        more_ = &more;
        piece_rows_ = piece_rows;
    }

    Report run() {
        report_.source = options_.source_name;
        report_.format = table_.format;
        if (consumed_) {
            report_.encoding = std::move(consumed_->encoding);
            report_.diagnostics = std::move(consumed_->diagnostics);
        } else {
            report_.encoding = table_.encoding;
            report_.diagnostics = table_.diagnostics;
        }

        std::size_t at = 0;
        for (; at < table_.rows.size(); ++at) {
            if ((header_ = match_header(table_.rows, at))) break;
            read_preamble(table_.rows[at]);
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
        // At most one item per row: room for them at once rather than by doubling,
        // which for a large report holds the items up to three times over.
        report_.items.reserve(std::min(on_items_ ? batch_size_ : table_.rows.size(), table_.rows.size() - at));
        report_.rows.reserve(more_ ? more_->lines() : table_.rows.size());
        for (at += header_->rows;; at = 0) {
            for (; at < table_.rows.size(); ++at) {
                read_row(table_.rows[at]);
                if (pending_lines_.empty() || pending_lines_.back() != &table_.rows[at]) release(table_.rows[at]);
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
        const auto text = single_text(row);
        if (!text) {
            skip(row, ErrorCode::skipped_row, Severity::note, "row above the table header", row.cells.front().text);
            return;
        }
        const std::string folded = matching_view(*text);
        if (report_.title.empty() && (looks_like_title(folded) || find_year(folded))) {
            report_.title = *text;
            report_.year = find_year(folded);
            report_.period = find_period(folded);
            account(row, RowUse::title);
            return;
        }
        if (!report_.year) report_.year = find_year(folded);
        skip(row, ErrorCode::skipped_row, Severity::note, "text above the table", *text);
    }

    static bool is_empty(const Row& row) {
        return std::all_of(row.cells.begin(), row.cells.end(),
                           [](const Cell& c) { return utf8::trim(c.text).empty(); });
    }

    // Replaces the rows read with the next piece of them; false when there is
    // none. Rows held back as stray lines stay where they are until settled
    // (moving a vector keeps its elements in place).
    bool next_piece() {
        if (pending_lines_.empty()) held_.clear();
        else held_.push_back(std::move(consumed_->rows));
        return more_->next(consumed_->rows, piece_rows_);
    }

    // Frees the cells of a row that was used, when the table is consumed.
    void release(const Row& row) {
        if (consumed_) std::vector<Cell>().swap(mutable_row(row).cells);
    }
    // A row of the consumed table (or of a piece held back): the Builder owns
    // it, so it may change it.
    Row& mutable_row(const Row& row) { return const_cast<Row&>(row); }

    void account(const Row& row, RowUse use) { report_.rows.push_back({row.line, use}); }

    void skip(const Row& row, ErrorCode code, Severity severity, std::string message, std::string_view fragment) {
        report_.diagnostics.push_back(row_diagnostic(code, severity, std::move(message), options_, row, fragment));
        account(row, RowUse::diagnostic);
    }

    std::string_view cell(const Row& row, Column role) const {
        const auto c = header_->find(role);
        return c < row.cells.size() ? std::string_view(row.cells[c].text) : std::string_view();
    }
    bool spanned(const Row& row, Column role) const {
        const auto c = header_->find(role);
        return c < row.cells.size() && row.cells[c].spanned;
    }
    bool blank(const Row& row, Column role) const {
        return spanned(row, role) || utf8::trim(cell(row, role)).empty();
    }
    // All cells of a role (several owner columns merge). When the table is
    // consumed, a lone trimmed cell is moved out, not copied: the row is
    // released once read.
    std::string joined(const Row& row, Column role) {
        std::size_t from = row.cells.size();  // the one cell with text, if one
        std::string_view text;                // its text, trimmed
        std::size_t count = 0;
        for (std::size_t c = 0; c < header_->roles.size() && c < row.cells.size(); ++c) {
            if (header_->roles[c] != role || row.cells[c].spanned) continue;
            const std::string_view t = utf8::trim(row.cells[c].text);
            if (t.empty()) continue;
            ++count;
            from = c;
            text = t;
        }
        if (count == 0) return {};
        if (count == 1) {  // most cells: taken over when nothing is trimmed, else copied once
            if (consumed_ && text.size() == row.cells[from].text.size())
                return std::move(mutable_row(row).cells[from].text);
            return std::string(text);
        }
        std::string out;
        for (std::size_t c = 0; c < header_->roles.size() && c < row.cells.size(); ++c)
            if (header_->roles[c] == role && !row.cells[c].spanned) append_text(out, row.cells[c].text);
        return out;
    }
    std::string column_unit(Column role) const {
        for (std::size_t c = 0; c < header_->roles.size(); ++c)
            if (header_->roles[c] == role && !header_->units[c].empty()) return header_->units[c];
        return {};
    }

    void read_row(const Row& row) {
        const auto nonempty = std::count_if(row.cells.begin(), row.cells.end(),
                                            [](const Cell& c) { return !utf8::trim(c.text).empty(); });
        if (nonempty == 0) return;
        if (repeats_header(row, *header_)) {
            account(row, RowUse::header);
            return;
        }
        // A row with one text across the table: a category heading, a note or a stray line.
        const auto text = single_text(row);
        if (text && (row.free_text || !single_text_is_item(row))) {
            read_line(row, *text);
            return;
        }
        read_item_row(row);
    }

    // True when the only text of the row sits in an item column (content or progress).
    bool single_text_is_item(const Row& row) const {
        return !blank(row, Column::content) || !blank(row, Column::progress);
    }

    void read_line(const Row& row, const std::string& text) {
        const std::string folded = matching_view(text);
        if (is_note(folded)) {
            flush();
            skip(row, ErrorCode::note_row, Severity::note, "note under the table", text);
            return;
        }
        if (auto heading = strip_heading_number(folded, text); !heading.empty()) {
            flush();
            category_ = heading;
            account(row, RowUse::category);
            return;
        }
        // Whether the line sits inside the table or below it is known only later.
        pending_lines_.push_back(&row);
    }

    void settle_pending_lines(Severity severity, const char* message) {
        for (const Row* row : pending_lines_) {
            const auto text = single_text(*row);
            skip(*row, ErrorCode::skipped_row, severity, message, text ? *text : row->cells.front().text);
            release(*row);
        }
        pending_lines_.clear();
    }

    void read_item_row(const Row& row) {
        settle_pending_lines(Severity::warning, "line inside the table that is not an item");
        const bool own_seq = !blank(row, Column::seq);
        const bool has_owner_column = header_->has(Column::owners);
        const bool owners_blank = blank(row, Column::owners);

        const bool category_changes =
            !blank(row, Column::category) && trimmed(cell(row, Column::category)) != category_;
        if (!blank(row, Column::category)) category_ = trimmed(cell(row, Column::category));

        // Read before any cell is moved out (see joined).
        std::string content = joined(row, Column::content);
        std::string progress = joined(row, Column::progress);
        std::string name = joined(row, Column::name);

        // No 序号 and no responsible unit of its own: the row continues the item above.
        const bool continues = !own_seq && has_owner_column && owners_blank && !spanned(row, Column::owners) &&
                               draft_ && !category_changes;
        if (continues || (!own_seq && draft_ && spanned(row, Column::content) && !spanned(row, Column::progress) &&
                          !progress.empty() && owners_blank)) {
            if (!spanned(row, Column::content)) append_text(draft_->item.content, content);
            append_text(draft_->item.progress, progress);
            append_text(draft_->rate, joined(row, Column::rate));
            append_text(draft_->achieved, joined(row, Column::achieved));
            account(row, RowUse::continuation);
            return;
        }
        if (content.empty() && progress.empty() && name.empty()) {
            skip(row, ErrorCode::skipped_row, Severity::warning, "row without content or progress",
                 row.cells.front().text);
            return;
        }

        flush();
        draft_.emplace();
        account(row, RowUse::item);
        Item& item = draft_->item;
        item.row = row.line;
        if (own_seq) {
            item.seq = trimmed(cell(row, Column::seq));
            last_seq_ = item.seq;
        } else if (spanned(row, Column::seq) || (blanks_may_be_merges(table_.format) && header_->has(Column::seq))) {
            item.seq = last_seq_;
        }
        if (!category_.empty()) item.category = category_;
        if (content.empty()) {
            item.content = std::move(name);
        } else {
            item.content = std::move(content);
            draft_->name = std::move(name);
        }

        std::string owners = joined(row, Column::owners);
        // The owners of the last item that named its own, kept as text: split
        // again only for the few items that take them over.
        if (owners.empty() && (spanned(row, Column::owners) || own_seq)) {
            item.owners = split_owners(last_owners_);
        } else {
            item.owners = split_owners(owners);
            last_owners_ = std::move(owners);
        }

        item.progress = std::move(progress);
        draft_->rate = joined(row, Column::rate);
        draft_->status = joined(row, Column::status);
        draft_->achieved = joined(row, Column::achieved);
        draft_->unit = joined(row, Column::unit);
        if (draft_->unit.empty()) draft_->unit = column_unit(Column::content);
        if (draft_->unit.empty()) draft_->unit = column_unit(Column::achieved);
        if (auto note = joined(row, Column::note); !note.empty()) item.notes.push_back(std::move(note));
    }

    void flush() {
        if (!draft_) return;
        Item& item = draft_->item;
        if (!draft_->name.empty()) item.content = draft_->name + "：" + item.content;
        ItemText text;
        text.content = item.content;
        text.progress = item.progress;
        text.rate = draft_->rate;
        text.status = draft_->status;
        text.unit = draft_->unit;
        text.achieved = draft_->achieved;
        for (std::string_view* part : {&text.content, &text.progress, &text.rate, &text.status, &text.achieved}) {
            if (part->size() <= max_extracted_bytes) continue;
            Diagnostic d = make_diagnostic(ErrorCode::limit_exceeded, Severity::warning,
                                           "cell of " + std::to_string(part->size()) +
                                               " bytes: figures read from its first " +
                                               std::to_string(max_extracted_bytes) + " bytes only",
                                           options_.source_name);
            d.where.line = item.row;
            d.fragment = fragment_of(*part);
            report_.diagnostics.push_back(std::move(d));
            *part = prefix(*part, max_extracted_bytes);
        }
        Reading reading = extract(text);
        item.targets = std::move(reading.targets);
        item.achieved = std::move(reading.achieved);
        item.percents = std::move(reading.percents);
        item.others = std::move(reading.others);
        // Lists grown by doubling hold up to twice their amounts: trimmed when
        // kept for the life of the report, not when handed over in a batch.
        if (!on_items_)
            for (auto* list : {&item.targets, &item.achieved, &item.percents, &item.others}) list->shrink_to_fit();
        item.status = reading.status;
        item.completion = reading.completion;
        report_.items.push_back(std::move(item));
        draft_.reset();
        if (on_items_ && report_.items.size() >= batch_size_) {
            (*on_items_)(report_);
            report_.items.clear();
        }
    }

    const Table& table_;
    Table* consumed_;
    const Options& options_;
    const ItemBatches* on_items_ = nullptr;
    std::size_t batch_size_ = 0;
    table::TabText* more_ = nullptr;        // the rows after the first piece, if read in pieces
    std::size_t piece_rows_ = 0;
    std::vector<std::vector<Row>> held_;    // earlier pieces that stray lines still point into
    Report report_;
    std::optional<HeaderMap> header_;
    std::optional<Draft> draft_;
    std::vector<const Row*> pending_lines_;  // stray lines not yet known to be inside or below the table
    std::string category_;
    std::optional<std::string> last_seq_;
    std::string last_owners_;
};

}  // namespace

}  // namespace jindu::report

namespace jindu {

Report build_report(const Table& table, const Options& options) {
    return report::Builder(table, nullptr, options).run();
}

Report build_report(Table&& table, const Options& options) {
    return report::Builder(table, &table, options).run();
}

namespace report {

Report build_report_in_pieces(Table&& first, table::TabText& more, const Options& options,
                              const ItemBatches& on_items, std::size_t batch_size, std::size_t piece_rows) {
    // The header, and the row after it (a header may take two rows), must be
    // in the first piece; else the rest is read whole, as without pieces.
    std::size_t at = 0;
    while (at < first.rows.size() && !match_header(first.rows, at)) ++at;
    const bool header_in_first = at + 2 < first.rows.size();
    Builder builder(first, &first, options);
    builder.hand_over(on_items, batch_size);
    if (header_in_first) {
        builder.read_on(more, piece_rows);
    } else {
        for (std::vector<Row> rest; more.next(rest, piece_rows);)
            std::move(rest.begin(), rest.end(), std::back_inserter(first.rows));
    }
    return builder.run();
}

}  // namespace report

Report build_report(Table&& table, const Options& options, const ItemBatches& on_items, std::size_t batch_size) {
    report::Builder builder(table, &table, options);
    builder.hand_over(on_items, batch_size);
    return builder.run();
}

}  // namespace jindu
