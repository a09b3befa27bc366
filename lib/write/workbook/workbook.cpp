#include <jindu/workbook.hpp>

#include "write/columns.hpp"

#include <xlsxwriter.h>

#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace jindu {

namespace {

constexpr std::size_t max_cell_chars = 32767;  // what an Excel cell holds
constexpr double min_width = 6;
constexpr double max_width = 60;  // content and progress: wide, not the whole text

// The first max_cell_chars code points of s.
std::string_view cut_to_cell(std::string_view s) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && chars++ == max_cell_chars) return s.substr(0, i);
    }
    return s;
}

// Roughly how many character widths s takes: a CJK or other wide character
// (three or four UTF-8 bytes) two, anything else one. The widest line counts.
double display_width(std::string_view s) {
    double widest = 0;
    double line = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto byte = static_cast<unsigned char>(s[i]);
        if (s[i] == '\n') {
            widest = std::max(widest, line);
            line = 0;
        } else if (byte >= 0xE0) {
            line += 2;
        } else if ((byte & 0xC0) != 0x80) {
            line += 1;
        }
    }
    return std::max(widest, line);
}

// libxlsxwriter is loaded when the first workbook is started, not linked: it
// brings OpenSSL's libcrypto, whose symbols and relocations cost a program
// linking it more at start-up than converting a small report takes, and most
// runs write no workbook. The functions are those of the header it was built
// with; the soname is the header's.
#define JINDU_XLSXWRITER_FUNCTIONS(F)                                                                      \
    F(workbook_new) F(workbook_add_worksheet) F(workbook_add_format) F(workbook_close) F(lxw_workbook_free) \
    F(format_set_bold) F(format_set_num_format) F(worksheet_write_string) F(worksheet_write_number)       \
    F(worksheet_freeze_panes) F(worksheet_autofilter) F(worksheet_set_column) F(lxw_strerror)
constexpr const char* xlsxwriter_soname = "libxlsxwriter.so." LXW_SOVERSION;

struct Xlsxwriter {
#define JINDU_DECLARE(name) decltype(&::name) name = nullptr;
    JINDU_XLSXWRITER_FUNCTIONS(JINDU_DECLARE)
#undef JINDU_DECLARE
    std::string error;  // why it cannot be used, "" when it can
};

// The library, loaded once for the process and kept.
const Xlsxwriter& xlsxwriter() {
    static const Xlsxwriter loaded = [] {
        Xlsxwriter lib;
        void* handle = ::dlopen(xlsxwriter_soname, RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            const char* why = ::dlerror();
            lib.error = std::string("cannot load libxlsxwriter: ") + (why ? why : xlsxwriter_soname);
            return lib;
        }
        const auto find = [&](auto& function, const char* name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(::dlsym(handle, name));
            if (function == nullptr && lib.error.empty())
                lib.error = std::string("cannot load libxlsxwriter: ") + xlsxwriter_soname + " has no " + name;
        };
#define JINDU_FIND(name) find(lib.name, #name);
        JINDU_XLSXWRITER_FUNCTIONS(JINDU_FIND)
#undef JINDU_FIND
        return lib;
    }();
    return loaded;
}

// One sheet: rows appended in order, widths tracked per column.
class Sheet {
public:
    Sheet(const Xlsxwriter& lib, lxw_workbook* book, const char* name, std::span<const std::string_view> columns,
          lxw_format* bold)
        : lib_(lib), sheet_(lib.workbook_add_worksheet(book, name)), widths_(columns.size(), min_width) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            check(lib_.worksheet_write_string(sheet_, 0, column(c), std::string(columns[c]).c_str(), bold));
            widths_[c] = std::max(widths_[c], display_width(columns[c]) + 3);  // room for the filter button
        }
    }

    // Starts the next row.
    void next_row() {
        ++row_;
        col_ = 0;
    }

    // Text; a missing value is a blank cell.
    void text(std::string_view s) {
        if (!s.empty() && row_ < LXW_ROW_MAX) {
            const std::string cell(cut_to_cell(s));
            check(lib_.worksheet_write_string(sheet_, static_cast<lxw_row_t>(row_), column(col_), cell.c_str(), nullptr));
            widths_[col_] = std::max(widths_[col_], display_width(cell) + 1);
        }
        ++col_;
    }

    // A number; a missing or not finite value is a blank cell.
    void number(std::optional<double> v, lxw_format* format = nullptr) {
        if (v && std::isfinite(*v) && row_ < LXW_ROW_MAX)
            check(lib_.worksheet_write_number(sheet_, static_cast<lxw_row_t>(row_), column(col_), *v, format));
        ++col_;
    }

    // Freezes the header, puts a filter over the rows, sets the widths; the
    // first error met while writing, or LXW_NO_ERROR.
    lxw_error finish() {
        if (row_ >= LXW_ROW_MAX) return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
        lib_.worksheet_freeze_panes(sheet_, 1, 0);
        const auto last = column(widths_.size() - 1);
        check(lib_.worksheet_autofilter(sheet_, 0, 0, static_cast<lxw_row_t>(row_), last));
        for (std::size_t c = 0; c < widths_.size(); ++c)
            check(lib_.worksheet_set_column(sheet_, column(c), column(c), std::min(widths_[c], max_width), nullptr));
        return error_;
    }

    std::size_t rows() const { return row_; }

private:
    static lxw_col_t column(std::size_t c) { return static_cast<lxw_col_t>(c); }
    void check(lxw_error e) {
        if (error_ == LXW_NO_ERROR) error_ = e;
    }

    const Xlsxwriter& lib_;
    lxw_worksheet* sheet_;
    std::vector<double> widths_;
    std::size_t row_ = 0;  // the row being written; 0 is the header
    std::size_t col_ = 0;
    lxw_error error_ = LXW_NO_ERROR;
};

}  // namespace

struct WorkbookWriter::State {
    explicit State(const std::filesystem::path& path)
        : lib(xlsxwriter()),
          book(lib.error.empty() ? lib.workbook_new(path.c_str()) : nullptr),
          bold(book ? lib.workbook_add_format(book) : nullptr),
          percent(book ? lib.workbook_add_format(book) : nullptr) {
        if (!book) return;
        lib.format_set_bold(bold);
        lib.format_set_num_format(percent, "0%");
        items.emplace(lib, book, "items", write::item_columns, bold);
        quantities.emplace(lib, book, "quantities", write::quantity_columns, bold);
    }
    ~State() {
        if (book) lib.lxw_workbook_free(book);
    }
    State(const State&) = delete;
    State& operator=(const State&) = delete;

    const Xlsxwriter& lib;
    lxw_workbook* book;
    lxw_format* bold;
    lxw_format* percent;
    std::optional<Sheet> items;
    std::optional<Sheet> quantities;
};

WorkbookWriter::WorkbookWriter(const std::filesystem::path& path) : state_(std::make_unique<State>(path)) {}

WorkbookWriter::~WorkbookWriter() = default;

void WorkbookWriter::add(const Report& report) {
    if (!state_->book) return;
    Sheet& items = *state_->items;
    Sheet& quantities = *state_->quantities;
    for (const Item& item : report.items) {
        items.next_row();
        items.text(report.source);
        items.number(static_cast<double>(item.row));
        items.text(item.seq.value_or(""));
        items.text(item.category.value_or(""));
        items.text(item.content);
        items.text(write::join_owners(item.owners));
        items.text(item.progress);
        items.text(to_string(item.status));
        items.number(item.completion, state_->percent);
        const Quantity* target = item.targets.empty() ? nullptr : &item.targets.front().quantity;
        items.number(target ? std::optional(target->value) : std::nullopt);
        items.text(target ? std::string_view(target->unit) : "");
        items.text(target ? to_string(target->kind) : "");
        items.text(target ? to_string(target->qualifier) : "");
        const Quantity* achieved = item.achieved.empty() ? nullptr : &item.achieved.front().quantity;
        items.number(achieved ? std::optional(achieved->value) : std::nullopt);
        items.text(achieved ? std::string_view(achieved->unit) : "");
        items.number(write::mean_percent(item.percents));
        items.number(static_cast<double>(item.targets.size()));
        items.number(static_cast<double>(item.achieved.size()));
        items.number(static_cast<double>(item.percents.size()));

        write::for_each_quantity(item, [&](const Amount& a) {
            const Quantity& q = a.quantity;
            quantities.next_row();
            quantities.text(report.source);
            quantities.number(static_cast<double>(item.row));
            quantities.text(item.seq.value_or(""));
            quantities.text(to_string(a.field));
            quantities.text(to_string(a.role));
            quantities.number(q.value);
            quantities.number(q.value_max);
            quantities.text(q.unit);
            quantities.text(to_string(q.kind));
            quantities.text(to_string(q.qualifier));
            quantities.text(a.subject);
            quantities.text(q.text);
            quantities.text(a.reason);
        });
    }
}

std::string WorkbookWriter::close() {
    lxw_workbook* book = state_->book;
    const Xlsxwriter& lib = state_->lib;
    if (!book) return lib.error.empty() ? "cannot start a workbook (out of memory)" : lib.error;
    for (Sheet* sheet : {&*state_->items, &*state_->quantities}) {
        if (const lxw_error e = sheet->finish(); e != LXW_NO_ERROR) {
            if (sheet->rows() >= LXW_ROW_MAX)
                return "more rows than a sheet holds (" + std::to_string(LXW_ROW_MAX) + " with the header)";
            return lib.lxw_strerror(e);
        }
    }
    state_->book = nullptr;  // workbook_close frees it, whatever it returns
    const lxw_error e = lib.workbook_close(book);
    return e == LXW_NO_ERROR ? std::string() : std::string(lib.lxw_strerror(e));
}

std::string write_workbook(const std::filesystem::path& path, std::span<const Report> reports) {
    WorkbookWriter writer(path);
    for (const Report& report : reports) writer.add(report);
    return writer.close();
}

}  // namespace jindu
