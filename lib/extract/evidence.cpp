// What the rules look at around a quantity: its subject, bounds, 每, a change
// it starts from, and units from columns.
#include "common/utf8.hpp"
#include "extract/rules.hpp"
#include "lex/scan.hpp"

#include <jindu/source.hpp>

#include <algorithm>
#include <array>

namespace jindu::extraction {

namespace {

// s.starts_with(w) and s.ends_with(w), testing w's last byte first: these run for
// every word of a list at every amount, and nearly all fail on that byte.
bool begins_with(std::string_view s, std::string_view w) {
    return s.size() >= w.size() && s[w.size() - 1] == w.back() && s.starts_with(w);
}
bool ends_with(std::string_view s, std::string_view w) {
    return s.size() >= w.size() && s.back() == w.back() && s.ends_with(w);
}

std::size_t skip_spaces(std::string_view view, std::size_t i, std::size_t end) {
    while (i < end) {
        std::size_t next = i;
        if (!utf8::is_space(utf8::next(view, next))) break;
        i = next;
    }
    return i;
}

std::size_t trim_end(std::string_view view, std::size_t begin, std::size_t end) {
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(view[start]) & 0xC0) == 0x80) --start;
        std::size_t i = start;
        if (!utf8::is_space(utf8::next(view, i))) break;
        end = start;
    }
    return end;
}

}  // namespace

Span segment_at(const CellView& text, std::size_t at) {
    for (const auto& s : text.segments())
        if (s.contains(at)) return s;
    return Span{0, text.view().size()};
}

std::string subject_of(const CellView& text, std::size_t q_begin, std::size_t q_end, std::size_t floor) {
    const auto view = text.view();
    const Span clause = text.clause_around(segment_at(text, q_begin), q_begin);

    std::size_t b = skip_spaces(view, std::max(clause.begin, std::min(floor, q_begin)), q_begin);
    if (view.substr(b, 3) == "、") b = skip_spaces(view, b + 3, q_begin);
    std::size_t e = trim_end(view, b, q_begin);
    for (bool changed = true; changed && b < e;) {
        changed = false;
        for (auto w : lexicon::subject_leading_words) {
            if (begins_with(view.substr(b, e - b), w)) {
                b = skip_spaces(view, b + w.size(), e);
                changed = true;
                break;
            }
        }
    }
    for (bool changed = true; changed && b < e;) {
        changed = false;
        for (auto w : lexicon::subject_trailing_words) {
            if (ends_with(view.substr(b, e - b), w)) {
                e = trim_end(view, b, e - w.size());
                changed = true;
                break;
            }
        }
    }
    if (b < e) return text.original_span(b, e);

    // Nothing before the number: the noun after it, up to a verb.
    b = skip_spaces(view, q_end, clause.end);
    e = clause.end;
    const std::size_t verb = lexicon::subject_following_verb_index.first_in(view, b, e);
    e = trim_end(view, b, std::min(e, verb));
    return b < e ? text.original_span(b, e) : std::string();
}

std::size_t shared_characters(std::string_view a, std::string_view b) {
    // b's characters decoded once and looked up for each of a's: subjects are
    // a few characters, so a linear search of them beats a substring search
    // per character (7.6 M instructions on the 1 MB text bench, 6.3 M this way).
    constexpr std::size_t most = 48;
    std::array<char32_t, most> in_b;
    std::size_t count = 0;
    for (std::size_t i = 0; i < b.size();) {
        const std::size_t start = i;
        const char32_t cp = utf8::next(b, i);
        if (i - start == 1) continue;
        if (count == most) {  // a long text: searched as it is
            count = most + 1;
            break;
        }
        in_b[count++] = cp;
    }
    std::size_t shared = 0;
    for (std::size_t i = 0; i < a.size();) {
        const std::size_t start = i;
        const char32_t cp = utf8::next(a, i);
        if (i - start == 1) continue;
        if (count > most ? b.find(a.substr(start, i - start)) != std::string_view::npos
                         : std::find(in_b.begin(), in_b.begin() + static_cast<std::ptrdiff_t>(count), cp) !=
                               in_b.begin() + static_cast<std::ptrdiff_t>(count))
            ++shared;
    }
    return shared;
}

bool shares_a_character(std::string_view a, std::string_view b) {
    for (std::size_t i = 0; i < a.size();) {
        const std::size_t start = i;
        utf8::next(a, i);
        if (i - start == 1) continue;
        if (b.find(a.substr(start, i - start)) != std::string_view::npos) return true;
    }
    return false;
}

bool is_threshold(const CellView& text, const Quantity& q) {
    if (q.kind == Kind::age) return true;
    if (q.kind == Kind::percent || q.qualifier == Qualifier::none) return false;
    const auto view = text.view();
    const auto span = view.substr(q.begin, q.end - q.begin);
    const bool bound_after = std::any_of(std::begin(lexicon::bounds_after), std::end(lexicon::bounds_after),
                                         [&](std::string_view w) { return span.ends_with(w); });
    if (!bound_after) return false;
    // Followed by a noun (or 的), not by the end of the phrase.
    return !is_phrase_end(after(view, skip_spaces(view, q.end, view.size())));
}

bool is_per_unit(const CellView& text, const Quantity& q, Span clause) {
    if (q.kind != Kind::money && q.kind != Kind::rate) return false;
    if (q.kind == Kind::rate) return true;
    const auto view = text.view();
    const auto lead = view.substr(clause.begin, q.begin - clause.begin);
    std::size_t per = lead.rfind("每");
    if (const auto average = lead.rfind("人均"); average != std::string_view::npos)
        per = per == std::string_view::npos ? average : std::max(per, average);
    if (per == std::string_view::npos) return false;
    // No other amount between 每 and this one: 每人每月100元、200元 both are.
    for (const Quantity& other : text.quantities())
        if (other.begin >= clause.begin + per && other.end <= q.begin && other.kind != Kind::money) return false;
    return true;
}

bool is_baseline(const CellView& text, const Quantity& q, Span clause) {
    const auto view = text.view();
    const auto lead = view.substr(clause.begin, q.begin - clause.begin);
    if (!lexicon::contains_any(lead, lexicon::change_origins)) return false;
    return lexicon::contains_any(view.substr(q.end, clause.end - q.end), lexicon::change_verbs);
}

void apply_column_unit(Quantity& q, std::string_view column_unit) {
    if (!q.unit.empty() || q.kind == Kind::percent) return;
    const std::string unit = matching_view(utf8::trim(column_unit));
    if (unit.empty()) return;
    if (lexicon::is_rate_unit(unit)) {
        q.unit = "元";
        q.kind = Kind::rate;
        return;
    }
    // The lexer reads "1" + the unit as it reads an amount: 1万人 → 10000 人.
    const std::string probe_text = "1" + unit;
    const auto probe = lex::scan_matching_view(probe_text);
    if (!probe.empty() && probe.front().begin == 0 && !probe.front().unit.empty() && probe.front().value > 0) {
        const double factor = probe.front().value;
        q.value *= factor;
        if (q.value_max) *q.value_max *= factor;
        q.kind = probe.front().kind;
        // The unit as the lexer reads it when it reads all of it (万人 → 人);
        // else as written, with what follows (个（村）).
        q.unit = probe.front().end == probe_text.size() ? probe.front().unit : unit;
        return;
    }
    q.unit = unit;
}

bool same_unit(std::string_view a, std::string_view b) {
    if (a == b) return true;
    const auto person = [](std::string_view u) { return u == "人" || u == "名"; };
    const auto dwelling = [](std::string_view u) { return u == "套" || u == "间"; };
    if ((person(a) && person(b)) || (dwelling(a) && dwelling(b))) return true;
    // A unit with a second classifier (台(套), 套(间)) counts in either.
    const auto either = [](std::string_view pair, std::string_view one) {
        const auto open = pair.find('(');
        if (open == std::string_view::npos || !pair.ends_with(')') || one.find('(') != std::string_view::npos)
            return false;
        return pair.substr(0, open) == one || pair.substr(open + 1, pair.size() - open - 2) == one;
    };
    return either(a, b) || either(b, a);
}

Amount make_amount(const Quantity& q, const CellView& text, Field field, Role role, std::string reason) {
    Amount a;
    a.quantity = q;
    a.quantity.begin = text.to_original(q.begin);
    a.quantity.end = text.to_original(q.end);
    a.quantity.text = text.original_span(q.begin, q.end);
    a.role = role;
    a.field = field;
    a.reason = std::move(reason);
    return a;
}

}  // namespace jindu::extraction
