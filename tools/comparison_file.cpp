#include "comparison_file.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace jindu::cli {

namespace {

using nlohmann::json;

constexpr std::string_view schema_name = "jindu.compare/1";

// Reads JSON as events only as far as the top-level "schema": a file of
// another kind costs no document tree, and one that names its schema first,
// as jindu writes it, is decided on its first line.
class SchemaSniffer : public nlohmann::json_sax<json> {
public:
    std::optional<std::string> schema;  // the top-level "schema", when it is a string

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t& s) override {
        if (depth_ == 1 && schema_next_) {
            schema = s;
            return false;  // found: stop reading
        }
        return value();
    }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(true); }
    bool key(string_t& k) override {
        schema_next_ = depth_ == 1 && k == "schema";
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    // A value other than the schema's string: at the top level, no object at all.
    bool value() {
        if (depth_ == 0) return false;
        if (depth_ == 1 && schema_next_) return false;  // "schema" that is not a string
        schema_next_ = false;
        return true;
    }
    bool open(bool object) {
        if (depth_ == 0 && !object) return false;  // an array: no object
        if (depth_ == 1 && schema_next_) return false;
        schema_next_ = false;
        ++depth_;
        return true;
    }
    bool close() {
        --depth_;
        return depth_ > 0;  // the end of the top-level object: done
    }

    std::size_t depth_ = 0;
    bool schema_next_ = false;
};

// Throws the reason a member is not what the contract says, with its place:
// "pairs[3].old.status: …".
[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw std::runtime_error(where + ": " + what);
}

const json& member(const json& object, const char* name, const std::string& where) {
    if (!object.is_object()) fail(where, "not an object");
    const auto found = object.find(name);
    if (found == object.end()) fail(where, std::string("no member \"") + name + "\"");
    return *found;
}

std::string at(const std::string& where, const char* name) { return where.empty() ? name : where + "." + name; }
std::string at(const std::string& where, std::size_t index) { return where + "[" + std::to_string(index) + "]"; }

// A string; null is the empty string, as the writers write it.
std::string text(const json& object, const char* name, const std::string& where) {
    const json& v = member(object, name, where);
    if (v.is_null()) return {};
    if (!v.is_string()) fail(at(where, name), "not a string");
    return v.get<std::string>();
}

std::optional<std::string> optional_text(const json& object, const char* name, const std::string& where) {
    if (member(object, name, where).is_null()) return std::nullopt;
    return text(object, name, where);
}

std::optional<double> optional_number(const json& object, const char* name, const std::string& where) {
    const json& v = member(object, name, where);
    if (v.is_null()) return std::nullopt;
    if (!v.is_number()) fail(at(where, name), "not a number");
    return v.get<double>();
}

double number(const json& object, const char* name, const std::string& where) {
    const std::optional<double> v = optional_number(object, name, where);
    if (!v) fail(at(where, name), "null, not a number");
    return *v;
}

std::size_t count(const json& object, const char* name, const std::string& where) {
    const json& v = member(object, name, where);
    if (!v.is_number_unsigned()) fail(at(where, name), "not a count");
    return v.get<std::size_t>();
}

std::optional<bool> optional_boolean(const json& object, const char* name, const std::string& where) {
    const json& v = member(object, name, where);
    if (v.is_null()) return std::nullopt;
    if (!v.is_boolean()) fail(at(where, name), "not true or false");
    return v.get<bool>();
}

const json& array(const json& object, const char* name, const std::string& where) {
    const json& v = member(object, name, where);
    if (!v.is_array()) fail(at(where, name), "not an array");
    return v;
}

// The value of an enumeration whose to_string names it, first to last its
// range; with none, null is the first value (Qualifier::none).
template <class Enum>
Enum named(const json& object, const char* name, const std::string& where, Enum first, Enum last,
           bool none = false) {
    if (none && member(object, name, where).is_null()) return first;
    const std::string s = text(object, name, where);
    for (int k = static_cast<int>(first); k <= static_cast<int>(last); ++k)
        if (to_string(static_cast<Enum>(k)) == s) return static_cast<Enum>(k);
    fail(at(where, name), "\"" + s + "\" is no value it may have");
}

Report head(const json& object, const std::string& where) {
    Report report;
    report.source = text(object, "source", where);
    report.title = text(object, "title", where);
    if (const std::optional<double> year = optional_number(object, "year", where)) {
        report.year = static_cast<int>(*year);
        if (*report.year != *year) fail(at(where, "year"), "not a whole year");
    }
    if (const json& period = member(object, "period", where); !period.is_null()) {
        const std::string there = at(where, "period");
        report.period = Period{text(period, "code", there), text(period, "text", there)};
    }
    return report;
}

Item item(const json& object, const std::string& where) {
    Item i;
    i.row = count(object, "row", where);
    i.seq = optional_text(object, "seq", where);
    i.category = optional_text(object, "category", where);
    i.content = text(object, "content", where);
    const json& owners = array(object, "owners", where);
    for (std::size_t k = 0; k < owners.size(); ++k) {
        if (!owners[k].is_string()) fail(at(at(where, "owners"), k), "not a string");
        i.owners.push_back(owners[k].get<std::string>());
    }
    i.progress = text(object, "progress", where);
    i.status = named(object, "status", where, Status::completed, Status::unknown);
    i.completion = optional_number(object, "completion", where);
    const json& targets = array(object, "targets", where);
    for (std::size_t k = 0; k < targets.size(); ++k) {
        const std::string there = at(at(where, "targets"), k);
        Amount a;
        a.role = Role::target;
        // A value that was no number is written null.
        a.quantity.value = optional_number(targets[k], "value", there).value_or(std::nan(""));
        a.quantity.value_max = optional_number(targets[k], "value_max", there);
        a.quantity.unit = text(targets[k], "unit", there);
        a.quantity.kind = named(targets[k], "kind", there, Kind::count, Kind::other);
        a.quantity.qualifier = named(targets[k], "qualifier", there, Qualifier::none, Qualifier::about, true);
        a.quantity.text = text(targets[k], "text", there);
        i.targets.push_back(std::move(a));
    }
    return i;
}

StatusCounts status_counts(const json& object, const std::string& where) {
    StatusCounts counts;
    for (Status s : {Status::completed, Status::exceeded, Status::in_progress, Status::not_started, Status::unknown})
        counts[s] = count(object, std::string(to_string(s)).c_str(), where);
    return counts;
}

CompareSummary summary(const json& object, const std::string& where) {
    CompareSummary s;
    s.matched = count(object, "matched", where);
    s.added = count(object, "added", where);
    s.dropped = count(object, "dropped", where);
    const std::string status_at = at(where, "status");
    const json& status = member(object, "status", where);
    s.old_status = status_counts(member(status, "old", status_at), at(status_at, "old"));
    s.new_status = status_counts(member(status, "new", status_at), at(status_at, "new"));
    const json& movement = member(object, "movement", where);
    for (Movement m : {Movement::completed, Movement::advanced, Movement::stalled, Movement::regressed,
                       Movement::already_completed, Movement::unknown})
        s.movement[m] = count(movement, std::string(to_string(m)).c_str(), at(where, "movement"));
    return s;
}

ItemPair pair(const json& object, const std::string& where, std::size_t index) {
    ItemPair p;
    p.old_item = index;
    p.new_item = index;
    p.score = number(object, "score", where);
    const std::string evidence_at = at(where, "evidence");
    const json& evidence = member(object, "evidence", where);
    p.evidence.text = number(evidence, "text", evidence_at);
    p.evidence.targets =
        named(evidence, "targets", evidence_at, TargetAgreement::same, TargetAgreement::absent);
    p.evidence.owners = optional_boolean(evidence, "owners", evidence_at);
    p.evidence.category = optional_boolean(evidence, "category", evidence_at);
    p.evidence.seq = optional_boolean(evidence, "seq", evidence_at);
    p.movement = named(object, "movement", where, Movement::unknown, Movement::stalled);
    p.completion_change = optional_number(object, "completion_change", where);
    const std::optional<bool> changed = optional_boolean(object, "target_changed", where);
    if (!changed) fail(at(where, "target_changed"), "null, not true or false");
    p.target_changed = *changed;
    const json& achieved = array(object, "achieved", where);
    for (std::size_t k = 0; k < achieved.size(); ++k) {
        const std::string there = at(at(where, "achieved"), k);
        p.achieved.push_back({text(achieved[k], "unit", there), optional_number(achieved[k], "old", there),
                              optional_number(achieved[k], "new", there),
                              optional_number(achieved[k], "change", there)});
    }
    return p;
}

// Appends the items of a list to a report's, their indices to indices.
void unpaired(const json& object, const char* name, Report& report, std::vector<std::size_t>& indices) {
    const json& list = array(object, name, "");
    for (std::size_t k = 0; k < list.size(); ++k) {
        indices.push_back(report.items.size());
        report.items.push_back(item(list[k], at(name, k)));
    }
}

// A report's "items" is its paired and unpaired items: else the object was cut or edited.
void check_items(const json& object, const char* name, const Report& report) {
    const std::size_t said = count(member(object, name, ""), "items", name);
    if (said != report.items.size())
        fail(at(name, "items"), std::to_string(said) + ", but the pairs and the " +
                                    (std::string_view(name) == "old" ? "dropped" : "added") + " items are " +
                                    std::to_string(report.items.size()));
}

}  // namespace

bool opens_json_object(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const std::size_t first = bytes.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && bytes[first] == '{';
}

std::optional<ComparisonFile> read_comparison(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (!opens_json_object(bytes)) return std::nullopt;
    SchemaSniffer sniffer;
    json::sax_parse(bytes.begin(), bytes.end(), &sniffer);
    if (sniffer.schema != schema_name) return std::nullopt;

    const json object = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (object.is_discarded()) throw std::runtime_error("not valid JSON, though its schema is jindu.compare/1");
    ComparisonFile file;
    file.options.threshold = number(object, "threshold", "");
    file.options.min_text = number(object, "min_text", "");
    file.old_report = head(member(object, "old", ""), "old");
    file.new_report = head(member(object, "new", ""), "new");
    file.comparison.summary = summary(member(object, "summary", ""), "summary");
    const json& pairs = array(object, "pairs", "");
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        const std::string where = at("pairs", k);
        file.comparison.pairs.push_back(pair(pairs[k], where, k));
        file.old_report.items.push_back(item(member(pairs[k], "old", where), at(where, "old")));
        file.new_report.items.push_back(item(member(pairs[k], "new", where), at(where, "new")));
    }
    unpaired(object, "dropped", file.old_report, file.comparison.dropped);
    unpaired(object, "added", file.new_report, file.comparison.added);
    check_items(object, "old", file.old_report);
    check_items(object, "new", file.new_report);
    return file;
}

}  // namespace jindu::cli
