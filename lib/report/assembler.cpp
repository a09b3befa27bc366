#include "report/assembler.hpp"

#include "common/diagnostics.hpp"
#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"
#include "report/owners.hpp"

#include <jindu/extract.hpp>
#include <jindu/source.hpp>

#include <algorithm>
#include <optional>
#include <utility>

namespace jindu::report {

namespace {

void append_text(std::string& to, std::string_view more) {
    auto t = utf8::trim(more);
    if (t.empty()) return;
    if (!to.empty()) to += '\n';
    to.append(t);
}

std::string trimmed(std::string_view s) { return std::string(utf8::trim(s)); }

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

// The role of the label that starts text at `at` (目标：, 进展情况:), with the
// offset past its colon; none when no short label and colon start there.
std::pair<ColumnRole, std::size_t> label_at(std::string_view text, std::size_t at) {
    constexpr std::size_t longest_label = 8;  // code points
    std::size_t i = at;
    for (std::size_t n = 0; i < text.size() && n <= longest_label; ++n) {
        const std::size_t start = i;
        const char32_t cp = utf8::next(text, i);
        if (cp == U'：' || cp == U':') {
            std::string label;
            for (char c : matching_view(text.substr(at, start - at)))
                if (c != ' ') label.push_back(c);
            if (label.empty()) break;
            return {lexicon::column_role_of(label), i};
        }
    }
    return {ColumnRole::none, at};
}

// A cell that holds both what is promised and the progress, each labelled
// (目标：…；进展：…), as a column 目标任务及进展情况 does: the two texts.
std::optional<std::pair<std::string, std::string>> labelled_target_and_progress(std::string_view cell) {
    const std::string_view text = utf8::trim(cell);
    const auto [first, value] = label_at(text, 0);
    if (first != ColumnRole::content && first != ColumnRole::name) return std::nullopt;
    for (std::size_t i = value; i < text.size();) {
        const std::size_t at = i;
        const char32_t cp = utf8::next(text, i);
        if (cp != U'；' && cp != U';' && cp != U'。' && cp != U'\n') continue;
        std::size_t next = i;
        while (next < text.size() && utf8::space_at(text, next) != 0) next += utf8::space_at(text, next);
        const auto [role, progress] = label_at(text, next);
        if (role != ColumnRole::progress) continue;
        const std::size_t target_end = cp == U'。' ? i : at;  // a full stop stays with its sentence
        return std::pair{std::string(utf8::trim(text.substr(value, target_end - value))),
                         std::string(utf8::trim(text.substr(progress)))};
    }
    return std::nullopt;
}

}  // namespace

ItemAssembler::ItemAssembler(const HeaderMap& header, bool blanks_may_be_merges, bool owners_in_notes,
                             const Options& options)
    : header_(header), blanks_may_be_merges_(blanks_may_be_merges), owners_in_notes_(owners_in_notes), options_(options) {
    for (std::size_t c = 0; c < header_.roles.size(); ++c) columns_[static_cast<std::size_t>(header_.roles[c])].push_back(c);
    for (const std::string& text : header_.texts)
        both_in_one_column_ = both_in_one_column_ || lexicon::names_both(text, ColumnRole::content, ColumnRole::progress);
}

std::string_view ItemAssembler::cell(const Row& row, Column role) const {
    const auto c = header_.find(role);
    return c < row.cells.size() ? std::string_view(row.cells[c].text) : std::string_view();
}

bool ItemAssembler::spanned(const Row& row, Column role) const {
    const auto c = header_.find(role);
    return c < row.cells.size() && row.cells[c].spanned;
}

bool ItemAssembler::blank(const Row& row, Column role) const {
    return spanned(row, role) || utf8::trim(cell(row, role)).empty();
}

// All cells of a role (several owner columns merge); a lone cell is moved out.
std::string ItemAssembler::joined(Row& row, Column role) {
    const std::vector<std::size_t>& columns = columns_[static_cast<std::size_t>(role)];
    std::size_t from = row.cells.size();
    std::size_t count = 0;
    for (const std::size_t c : columns) {
        if (c >= row.cells.size()) break;
        if (row.cells[c].spanned || utf8::trim(row.cells[c].text).empty()) continue;
        ++count;
        from = c;
    }
    if (count == 0) return {};
    if (count == 1) {
        std::string& text = row.cells[from].text;
        if (utf8::trim(text).size() == text.size()) return std::move(text);
        return trimmed(text);
    }
    std::string out;
    for (const std::size_t c : columns)
        if (c < row.cells.size() && !row.cells[c].spanned) append_text(out, row.cells[c].text);
    return out;
}

bool ItemAssembler::continues(const Row& row, bool category_changes) const {
    if (!active_ || category_changes || !blank(row, Column::seq)) return false;
    const bool seq_merged = spanned(row, Column::seq);
    const Column owner_column = owners_in_notes_ ? Column::note : Column::owners;
    if (!header_.has(owner_column)) return seq_merged;
    if (spanned(row, owner_column)) return seq_merged || !header_.has(Column::seq);
    return utf8::trim(cell(row, owner_column)).empty();
}

std::string_view ItemAssembler::above_text(Column role) const {
    const Part& part = parts_.back();
    switch (role) {
    case Column::name: return part.name.empty() ? part.content : part.name;
    case Column::content: return part.content;
    case Column::progress: return part.progress;
    case Column::rate: return part.rate;
    case Column::status: return part.status;
    case Column::achieved: return part.achieved;
    case Column::unit: return part.unit;
    case Column::owners: return above_owners_;
    default: return {};
    }
}

bool ItemAssembler::wraps(const Row& row) const {
    if (!active_ || parts_.empty() || !blank(row, Column::seq)) return false;
    bool any = false, cut = false;
    std::string_view owners;  // this row's owner cell
    for (std::size_t c = 0; c < row.cells.size() && c < header_.roles.size(); ++c) {
        if (row.cells[c].spanned) continue;
        const std::string_view t = utf8::trim(row.cells[c].text);
        if (t.empty()) continue;
        any = true;
        // A figure of its own makes a row of its own (其中：… | 1.6 | 1.74).
        if (std::all_of(t.begin(), t.end(), [](char ch) {
                return (ch >= '0' && ch <= '9') || ch == '.' || ch == '%' || ch == ',' || ch == '-' || ch == ' ';
            }))
            return false;
        const std::string_view above = utf8::trim(above_text(header_.roles[c]));
        if (above.empty()) return false;  // nothing above to carry on
        if (above.ends_with("、") || above.ends_with("，") || above.ends_with(",")) cut = true;
        if (header_.roles[c] == Column::owners) owners = t;
    }
    if (!any) return false;
    if (cut) return true;
    // A unit's name cut in two: the half above is no name, the two together
    // are (县人力资源和社 | 会保障局, 县住房和城 | 乡建设局, where the second half
    // alone reads as a name). (Most owners above are whole names, told before any folding.)
    if (owners.empty() || above_owners_.empty() || names_a_unit(above_owners_)) return false;
    const std::string above = matching_view(above_owners_), here = matching_view(owners);
    return !names_a_unit(above) && names_a_unit(above + here);
}

void ItemAssembler::add_wrapped(Row& row) {
    Part& part = parts_.back();
    bool owners_changed = false;
    for (std::size_t c = 0; c < row.cells.size() && c < header_.roles.size(); ++c) {
        if (row.cells[c].spanned) continue;
        const std::string_view t = utf8::trim(row.cells[c].text);
        if (t.empty()) continue;
        std::string* to = nullptr;
        switch (header_.roles[c]) {
        case Column::name: to = part.name.empty() ? &part.content : &part.name; break;
        case Column::content: to = &part.content; break;
        case Column::progress: to = &part.progress; break;
        case Column::rate: to = &part.rate; break;
        case Column::status: to = &part.status; break;
        case Column::achieved: to = &part.achieved; break;
        case Column::unit: to = &part.unit; break;
        case Column::owners: to = &above_owners_; owners_changed = true; break;
        default: break;
        }
        if (to) to->append(t);
        else item_.notes.emplace_back(t);
    }
    if (owners_changed) {
        Owners read = read_owners(above_owners_);
        item_.owners = read.units;
        last_units_ = std::move(read.units);
    }
}

ItemAssembler::Part ItemAssembler::part_of(Row& row) {
    Part part;
    part.name = joined(row, Column::name);
    part.content = joined(row, Column::content);
    part.progress = joined(row, Column::progress);
    part.rate = joined(row, Column::rate);
    part.status = joined(row, Column::status);
    part.achieved = joined(row, Column::achieved);
    part.unit = joined(row, Column::unit);
    const auto header_unit = [&](Column role) -> std::string {
        for (std::size_t c = 0; c < header_.roles.size(); ++c)
            if (header_.roles[c] == role && !header_.units[c].empty()) return header_.units[c];
        return {};
    };
    if (part.unit.empty()) part.unit = header_unit(Column::content);
    if (part.unit.empty()) part.unit = header_unit(Column::achieved);
    if (part.content.empty() && !part.name.empty()) part.content = std::move(part.name);
    // One cell with both, labelled: the text before the name's colon stays the name.
    if (!both_in_one_column_) return part;
    if (auto split = labelled_target_and_progress(part.progress)) {
        if (part.name.empty()) part.name = std::move(part.content);
        part.content = std::move(split->first);
        part.progress = std::move(split->second);
    } else if (auto in_content = labelled_target_and_progress(part.content)) {
        part.content = std::move(in_content->first);
        std::string progress = std::move(in_content->second);
        append_text(progress, part.progress);
        part.progress = std::move(progress);
    }
    return part;
}

// Notes and history cells of a row into the item's notes; with the owners in
// the 备注 column, the rest of that cell is a remark on the progress.
void ItemAssembler::take_notes(Row& row) {
    for (std::size_t c = 0; c < header_.roles.size() && c < row.cells.size(); ++c) {
        if (header_.roles[c] != Column::history || row.cells[c].spanned) continue;
        const auto t = utf8::trim(row.cells[c].text);
        if (!t.empty()) item_.notes.emplace_back(t);
    }
    std::string note = joined(row, Column::note);
    if (note.empty()) return;
    if (owners_in_notes_) return;  // read with the owners
    if (!header_.has(Column::progress) && !parts_.empty()) append_text(parts_.back().progress, note);
    item_.notes.push_back(std::move(note));
}

void ItemAssembler::start(Row& row, const std::string& category) {
    item_ = Item{};
    parts_.clear();
    active_ = true;
    item_.row = row.line;
    name_only_.reset();
    {
        // A 序号 and one name, nothing else: maybe a heading over items numbered under it.
        std::string_view only;
        std::size_t texts = 0;
        bool name = false;
        for (std::size_t c = 0; c < row.cells.size() && c < header_.roles.size() && texts < 2; ++c) {
            if (row.cells[c].spanned || row.cells[c].text.empty() || header_.roles[c] == Column::seq) continue;
            const std::string_view t = utf8::trim(row.cells[c].text);
            if (t.empty()) continue;
            ++texts;
            only = t;
            name = header_.roles[c] == Column::name || header_.roles[c] == Column::content;
        }
        if (texts == 1 && name && !blank(row, Column::seq)) name_only_ = std::string(only);
    }
    const bool own_seq = !blank(row, Column::seq);
    if (own_seq) {
        item_.seq = std::string(bare_seq(cell(row, Column::seq)));
        last_seq_ = item_.seq;
    } else if (spanned(row, Column::seq) ||
               (blanks_may_be_merges_ && header_.has(Column::category) && blank(row, Column::category))) {
        // A 序号 merged over a group of rows, as its 类别 is: the group's number.
        item_.seq = last_seq_;
    }
    if (!category.empty()) item_.category = category;

    // Owners: their column, or the 备注 column that holds them; a blank cell
    // merged with the row above (or a blank 序号 row's) takes that row's.
    const Column owner_column = owners_in_notes_ ? Column::note : Column::owners;
    std::string owners = owners_in_notes_ ? trimmed(cell(row, Column::note)) : joined(row, Column::owners);
    above_owners_ = owners;
    std::string remark;
    if (owners.empty() && (spanned(row, owner_column) || (own_seq && blanks_may_be_merges_) ||
                           (own_seq && header_.has(owner_column)))) {
        item_.owners = last_units_;
    } else {
        Owners read = read_owners(owners);
        item_.owners = read.units;
        last_units_ = std::move(read.units);
        remark = std::move(read.remark);
    }
    parts_.push_back(part_of(row));
    if (!remark.empty()) {
        if (!header_.has(Column::progress)) append_text(parts_.back().progress, remark);
        item_.notes.push_back(remark);
    }
    take_notes(row);
}

void ItemAssembler::add(Row& row) {
    parts_.push_back(part_of(row));
    if (owners_in_notes_) {
        const Owners read = read_owners(cell(row, Column::note));
        if (!read.remark.empty()) {
            if (!header_.has(Column::progress)) append_text(parts_.back().progress, read.remark);
            item_.notes.push_back(read.remark);
        }
    }
    take_notes(row);
}

void ItemAssembler::add_shifted(Row& row) {
    std::vector<std::string> texts;
    for (Cell& c : row.cells)
        if (!c.spanned && !utf8::trim(c.text).empty()) texts.push_back(trimmed(c.text));
    Part part;
    if (!texts.empty()) part.content = texts.front();
    // The rest fill the progress columns, latest last: history first, when there are more than one.
    if (texts.size() >= 2) {
        part.progress = texts.back();
        for (std::size_t k = 1; k + 1 < texts.size(); ++k) item_.notes.push_back(texts[k]);
    }
    parts_.push_back(std::move(part));
}

std::optional<std::string> ItemAssembler::heading_over(const Row& row) {
    if (!active_ || !name_only_ || parts_.size() != 1 || !item_.seq) return std::nullopt;
    const std::string_view above = *item_.seq;
    const std::string_view seq = utf8::trim(cell(row, Column::seq));
    if (above.empty() || seq.size() <= above.size() || !seq.starts_with(above)) return std::nullopt;
    // 1-1, 1.1, 1．1, 1—1: a separator, then the number under it.
    std::string_view rest = seq.substr(above.size());
    bool separated = false;
    for (std::string_view mark : {"-", ".", "．", "—", "－", "_"})
        if (rest.starts_with(mark)) {
            rest.remove_prefix(mark.size());
            separated = true;
            break;
        }
    if (!separated || rest.empty() || rest.front() < '0' || rest.front() > '9') return std::nullopt;
    std::optional<std::string> name = std::move(name_only_);
    name_only_.reset();
    active_ = false;
    parts_.clear();
    item_ = Item{};
    return name;
}

Item ItemAssembler::finish(std::vector<Diagnostic>& diagnostics) {
    active_ = false;
    for (Part& p : parts_) {
        if (!p.name.empty() && !p.content.empty()) {
            p.content = p.name + "：" + p.content;
            p.name_bytes = p.name.size();
        }
    }
    // Most items are one row: its texts move into the item, and extraction
    // reads them there.
    const bool one_row = parts_.size() == 1;
    if (one_row) {
        item_.content = std::move(parts_.front().content);
        item_.progress = std::move(parts_.front().progress);
    } else {
        for (const Part& p : parts_) {
            // Joined as extract() counts offsets for several rows: '\n' between non-empty texts.
            for (auto [to, more] : {std::pair<std::string*, const std::string*>{&item_.content, &p.content},
                                    {&item_.progress, &p.progress}}) {
                if (more->empty()) continue;
                if (!to->empty()) *to += '\n';
                to->append(*more);
            }
        }
    }
    std::vector<ItemText>& texts = texts_;
    texts.clear();
    for (Part& p : parts_) {
        ItemText text;
        text.content = one_row ? std::string_view(item_.content) : std::string_view(p.content);
        text.name = text.content.substr(0, p.name_bytes);
        text.progress = one_row ? std::string_view(item_.progress) : std::string_view(p.progress);
        text.rate = p.rate;
        text.status = p.status;
        text.unit = p.unit;
        text.achieved = p.achieved;
        for (std::string_view* cell : {&text.content, &text.progress, &text.rate, &text.status, &text.achieved}) {
            if (cell->size() <= max_extracted_bytes) continue;
            Diagnostic d = make_diagnostic(ErrorCode::limit_exceeded, Severity::warning,
                                           "cell of " + std::to_string(cell->size()) +
                                               " bytes: figures read from its first " +
                                               std::to_string(max_extracted_bytes) + " bytes only",
                                           options_.source_name);
            d.where.line = item_.row;
            d.fragment = fragment_of(*cell);
            diagnostics.push_back(std::move(d));
            *cell = prefix(*cell, max_extracted_bytes);
        }
        texts.push_back(text);
    }
    static_cast<Reading&>(item_) = extract(std::span<const ItemText>(texts));
    parts_.clear();
    return std::move(item_);
}

}  // namespace jindu::report
