#include "table/html_depth.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace jindu::table {

namespace {

bool is_ascii_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_ascii_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

template <std::size_t N>
bool among(std::string_view name, const std::array<std::string_view, N>& names) noexcept {
    return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr std::array<std::string_view, 18> void_elements{
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"};
// Elements whose content is text up to their end tag.
constexpr std::array<std::string_view, 8> raw_text_elements{
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"};
// Elements that limit the reach of end tags ("has an element in scope").
constexpr std::array<std::string_view, 9> scope_boundaries{
    "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"};
// Start tags that close an open <p>.
constexpr std::array<std::string_view, 37> closes_p{
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
    "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "ul", "li", "dd", "dt", "listing"};
constexpr std::array<std::string_view, 6> headings{"h1", "h2", "h3", "h4", "h5", "h6"};
// Start tags that leave SVG and MathML content for HTML.
constexpr std::array<std::string_view, 45> breakout{
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
    "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
    "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
    "sub", "sup", "table", "tt", "u", "ul", "var", "font"};
// SVG and MathML elements whose content is HTML again.
constexpr std::array<std::string_view, 9> integration_points{
    "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"};
// Table parts, ignored outside tables.
constexpr std::array<std::string_view, 9> table_parts{
    "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"};
// Elements that put a marker in the list of active formatting elements.
constexpr std::array<std::string_view, 7> markers{
    "td", "th", "caption", "template", "applet", "object", "marquee"};
// Formatting elements: their end tags run the adoption agency algorithm.
constexpr std::array<std::string_view, 14> formatting{
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"};
// Non-void elements of the "special" category that an adoption agency run keeps open.
constexpr std::array<std::string_view, 57> special{
    "address", "applet", "article", "aside", "blockquote", "body", "button", "caption", "center",
    "colgroup", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "html",
    "iframe", "li", "listing", "main", "marquee", "menu", "nav", "noembed", "noframes", "object",
    "ol", "p", "plaintext", "pre", "section", "select", "summary", "table", "tbody", "td",
    "textarea", "tfoot", "th", "thead", "tr", "ul"};

// The stack of open elements, with each name's positions kept for O(1) look-ups.
// Positions are 1-based; 0 means "not open".
class OpenElements {
public:
    std::size_t size() const noexcept { return stack_.size(); }
    // Open elements that count: all but those an adoption agency run has closed.
    std::size_t depth() const noexcept { return stack_.size() - closed_; }
    // Position of the innermost open `name`, or 0.
    std::size_t last(std::string_view name) const {
        const auto it = ids_.find(std::string(name));
        if (it == ids_.end() || positions_[it->second].empty()) return 0;
        return positions_[it->second].back();
    }
    // Position of the innermost scope boundary, or 0.
    std::size_t floor() const noexcept { return stack_.empty() ? 0 : stack_.back().floor; }
    // True when the current node is an SVG or MathML element.
    bool in_foreign() const noexcept { return !stack_.empty() && stack_.back().foreign; }
    // Position of the innermost special element, or 0.
    std::size_t innermost_special() const noexcept { return stack_.empty() ? 0 : stack_.back().special; }
    std::string_view top() const noexcept {
        return stack_.empty() ? std::string_view{} : std::string_view(names_[stack_.back().id]);
    }
    // Opens `name`; returns its serial number.
    std::size_t push(std::string_view name) {
        const std::size_t id = intern(name);
        const std::size_t position = stack_.size() + 1;
        const bool foreign = name == "svg" || name == "math" ||
                             (in_foreign() && !among(top(), integration_points));
        const bool is_special = among(name, special);
        const bool stops = is_special && name != "address" && name != "div" && name != "p";
        stack_.push_back({id, among(name, scope_boundaries) ? position : floor(),
                          is_special ? position : innermost_special(), false, foreign,
                          stops ? position : (stack_.empty() ? 0 : stack_.back().stop), is_open_.size()});
        is_open_.push_back(true);
        positions_[id].push_back(position);
        return is_open_.size() - 1;
    }
    // Position of the innermost special element other than address, div and p.
    std::size_t innermost_stop() const noexcept { return stack_.empty() ? 0 : stack_.back().stop; }
    // True while the element with this serial number is open.
    bool is_open(std::size_t serial) const noexcept { return is_open_[serial]; }
    // Takes the innermost open `name` out of the name look-ups and the depth,
    // leaving the elements opened after it open. It stays on the stack as a
    // placeholder, so positions do not move.
    void close_in_place(std::string_view name) {
        const auto it = ids_.find(std::string(name));
        if (it == ids_.end() || positions_[it->second].empty()) return;
        Entry& entry = stack_[positions_[it->second].back() - 1];
        positions_[it->second].pop_back();
        entry.closed = true;
        ++closed_;
    }
    // Closes the element at `position` and everything opened after it.
    void pop_to(std::size_t position) {
        while (position != 0 && stack_.size() >= position) {
            if (stack_.back().closed) --closed_;
            else positions_[stack_.back().id].pop_back();
            is_open_[stack_.back().serial] = false;
            stack_.pop_back();
        }
    }

private:
    struct Entry {
        std::size_t id;
        std::size_t floor;    // innermost scope boundary at or below
        std::size_t special;  // innermost special element at or below
        bool closed;          // closed by an adoption agency run
        bool foreign;         // an SVG or MathML element
        std::size_t stop;     // innermost special element other than address, div, p
        std::size_t serial;   // which element this is, for the formatting list
    };
    std::size_t intern(std::string_view name) {
        const auto [it, added] = ids_.emplace(std::string(name), names_.size());
        if (added) {
            names_.emplace_back(name);
            positions_.emplace_back();
        }
        return it->second;
    }
    std::unordered_map<std::string, std::size_t> ids_;
    std::vector<std::string> names_;
    std::vector<std::vector<std::size_t>> positions_;
    std::vector<Entry> stack_;
    std::vector<bool> is_open_;  // by serial number
    std::size_t closed_ = 0;
};

class DepthScanner {
public:
    DepthScanner(std::string_view html, std::size_t stop_after) : html_(html), stop_after_(stop_after) {}

    DepthEstimate run() {
        std::size_t i = 0;
        while (result_.depth <= stop_after_ && i < html_.size()) {
            const std::size_t lt = html_.find('<', i);
            const std::size_t text_end = lt == std::string_view::npos ? html_.size() : lt;
            for (std::size_t k = i; k < text_end; ++k) {
                if (!is_ascii_space(html_[k])) {
                    reconstruct(k);
                    break;
                }
            }
            if (lt == std::string_view::npos) break;
            i = tag(lt);
        }
        return result_;
    }

private:
    struct Active {
        std::string name;    // "" for a marker
        std::size_t serial;  // the element opened for it
    };

    void opened(std::size_t offset) {
        if (open_.depth() > result_.depth) result_ = {open_.depth(), offset};
    }

    // Reopens the formatting elements that were closed without their end tag,
    // as the parser does before text and most start tags.
    void reconstruct(std::size_t offset) {
        std::size_t first = active_.size();
        while (first > 0 && !active_[first - 1].name.empty() && !open_.is_open(active_[first - 1].serial)) --first;
        for (std::size_t k = first; k < active_.size(); ++k) {
            active_[k].serial = open_.push(active_[k].name);
            opened(offset);
        }
    }

    // Adds a formatting element to the list; at most three of a name since the
    // last marker (the "Noah's Ark" clause).
    void remember(const std::string& name, std::size_t serial) {
        std::size_t same = 0;
        std::size_t oldest = active_.size();
        for (std::size_t k = active_.size(); k > 0 && !active_[k - 1].name.empty(); --k) {
            if (active_[k - 1].name == name) {
                ++same;
                oldest = k - 1;
            }
        }
        if (same >= 3) active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(oldest));
        active_.push_back({name, serial});
    }

    void forget(const std::string& name) {
        for (std::size_t k = active_.size(); k > 0 && !active_[k - 1].name.empty(); --k) {
            if (active_[k - 1].name == name) {
                active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(k - 1));
                return;
            }
        }
    }

    // Drops the list back to (and including) its last marker.
    void clear_to_marker() {
        while (!active_.empty()) {
            const bool marker = active_.back().name.empty();
            active_.pop_back();
            if (marker) return;
        }
    }

    // Reads the markup at html_[lt] == '<'; returns where scanning goes on.
    std::size_t tag(std::size_t lt) {
        const std::size_t n = html_.size();
        if (lt + 1 >= n) return n;
        const char c = html_[lt + 1];
        if (c == '!' || c == '?') {
            if (html_.substr(lt, 4) == "<!--") return after(html_.find("-->", lt + 4), 3);
            return after(html_.find('>', lt + 2), 1);
        }
        const bool end = c == '/';
        const std::size_t name_begin = lt + (end ? 2 : 1);
        if (name_begin >= n || !is_ascii_alpha(html_[name_begin])) return lt + 1;
        std::size_t j = name_begin;
        std::string name;
        while (j < n && !is_ascii_space(html_[j]) && html_[j] != '/' && html_[j] != '>')
            name.push_back(lower(html_[j++]));
        bool self_closing = false;
        j = skip_attributes(j, self_closing);
        if (end) {
            end_tag(name);
            return j;
        }
        const bool foreign =
            (open_.in_foreign() && !among(open_.top(), integration_points)) || name == "svg" || name == "math";
        start_tag(name, self_closing, lt);
        if (foreign) return j;  // SVG and MathML have no raw text elements
        if (name == "plaintext") return n;
        if (among(name, raw_text_elements)) return skip_raw_text(j, name);
        return j;
    }

    std::size_t after(std::size_t found, std::size_t length) const {
        return found == std::string_view::npos ? html_.size() : found + length;
    }

    // Skips attributes (quoted values may hold '>'); returns the index after '>'.
    std::size_t skip_attributes(std::size_t j, bool& self_closing) const {
        bool after_equals = false;
        char previous = 0;
        while (j < html_.size()) {
            const char c = html_[j];
            if (c == '>') {
                self_closing = previous == '/';
                return j + 1;
            }
            if (after_equals && (c == '"' || c == '\'')) {
                j = after(html_.find(c, j + 1), 1);
                after_equals = false;
                previous = c;
                continue;
            }
            if (c == '=') after_equals = true;
            else if (!is_ascii_space(c)) after_equals = false;
            if (!is_ascii_space(c)) previous = c;
            ++j;
        }
        return j;
    }

    // Skips the text of a raw text element up to its end tag.
    std::size_t skip_raw_text(std::size_t j, const std::string& name) {
        const std::size_t n = html_.size();
        while ((j = html_.find("</", j)) != std::string_view::npos) {
            std::size_t k = 0;
            while (k < name.size() && j + 2 + k < n && lower(html_[j + 2 + k]) == name[k]) ++k;
            const std::size_t e = j + 2 + k;
            if (k == name.size() && (e == n || is_ascii_space(html_[e]) || html_[e] == '/' || html_[e] == '>'))
                return j;  // the end tag is read as a tag
            j += 2;
        }
        return n;
    }

    std::size_t last_of(std::initializer_list<std::string_view> names) const {
        std::size_t p = 0;
        for (auto name : names) p = std::max(p, open_.last(name));
        return p;
    }

    void start_tag(const std::string& name, bool self_closing, std::size_t offset) {
        if (open_.in_foreign() && !among(open_.top(), integration_points)) {
            if (!among(name, breakout)) {
                if (self_closing) return;
                open_.push(name);
                opened(offset);
                return;
            }
            while (open_.in_foreign()) open_.pop_to(open_.size());
        }
        if (name == "html" || name == "head" || name == "body" || name == "frame") return;
        const std::size_t table = open_.last("table");
        if (table == 0 && among(name, table_parts)) return;  // ignored outside a table
        if (name == "form" && open_.last("form") != 0) return;
        if (!among(name, table_parts) && name != "table") reconstruct(offset);
        if (among(name, void_elements)) return;
        if (among(name, closes_p)) {
            const std::size_t p = open_.last("p");
            if (p > std::max(open_.floor(), open_.last("button"))) open_.pop_to(p);
        }
        if (name == "li") {
            const std::size_t li = open_.last("li");
            if (li != 0 && li >= open_.innermost_stop()) open_.pop_to(li);
        } else if (name == "dt" || name == "dd") {
            const std::size_t d = last_of({"dt", "dd"});
            if (d != 0 && d >= open_.innermost_stop()) open_.pop_to(d);
        } else if (among(name, headings)) {
            if (among(open_.top(), headings)) open_.pop_to(open_.size());
        } else if (name == "a" || name == "nobr") {
            // A second one runs the adoption agency, as its end tag would.
            const std::size_t same = open_.last(name);
            if (same != 0 && same >= open_.floor()) {
                if (open_.innermost_special() > same) open_.close_in_place(name);
                else open_.pop_to(same);
                forget(name);
            }
        } else if (name == "button") {
            const std::size_t same = open_.last(name);
            if (same > open_.floor()) open_.pop_to(same);
        } else if (name == "option" || name == "optgroup") {
            if (open_.top() == "option") open_.pop_to(open_.size());
            if (name == "optgroup" && open_.top() == "optgroup") open_.pop_to(open_.size());
        } else if (name == "td" || name == "th") {
            const std::size_t cell = last_of({"td", "th"});
            if (cell > table) open_.pop_to(cell);
            if (table != 0 && open_.top() != "tr") open_row();
        } else if (name == "tr") {
            const std::size_t row = open_.last("tr");
            const std::size_t cell = last_of({"td", "th"});
            if (row > table) open_.pop_to(row);
            else if (cell > table) open_.pop_to(cell);
            if (open_.top() == "table") open_.push("tbody");
        } else if (name == "tbody" || name == "thead" || name == "tfoot") {
            const std::size_t section = last_of({"tbody", "thead", "tfoot"});
            if (section > table) open_.pop_to(section);
        } else if (name == "table") {
            if (table != 0 && table > last_of({"td", "th", "caption"})) open_.pop_to(table);
        }
        const std::size_t serial = open_.push(name);
        opened(offset);
        if (among(name, formatting)) remember(name, serial);
        if (among(name, markers)) active_.push_back({"", serial});
    }

    // The implied <tbody> and <tr> of a cell written straight into a table.
    void open_row() {
        const std::string top(open_.top());
        if (top == "table") open_.push("tbody");
        if (top == "table" || top == "tbody" || top == "thead" || top == "tfoot") open_.push("tr");
    }

    void end_tag(const std::string& name) {
        const std::size_t position = open_.last(name);
        if (among(name, formatting) && (position == 0 || open_.innermost_special() < position)) forget(name);
        if (position == 0) return;
        if (among(name, markers) || name == "tr" || name == "table" || name == "tbody" || name == "thead" ||
            name == "tfoot")
            clear_to_marker();
        if (name == "table") {
            open_.pop_to(position);
        } else if (among(name, formatting) && open_.innermost_special() > position) {
            // The adoption agency: elements opened inside it stay open.
            if (position >= open_.floor()) open_.close_in_place(name);
        } else if (name == "tr" || name == "td" || name == "th" || name == "tbody" || name == "thead" ||
                   name == "tfoot") {
            if (position > open_.last("table")) open_.pop_to(position);
        } else if (position >= open_.floor()) {
            open_.pop_to(position);
        }
    }

    std::string_view html_;
    std::size_t stop_after_;
    OpenElements open_;
    std::vector<Active> active_;  // the list of active formatting elements
    DepthEstimate result_;
};

}  // namespace

DepthEstimate estimate_html_depth(std::string_view html, std::size_t stop_after) {
    return DepthScanner(html, stop_after).run();
}

}  // namespace jindu::table
