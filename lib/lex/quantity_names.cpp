// The names of kinds and qualifiers, as the JSON and CSV outputs write them.
#include <jindu/quantity.hpp>

namespace jindu {

std::string_view to_string(Kind kind) noexcept {
    switch (kind) {
    case Kind::count: return "count";
    case Kind::percent: return "percent";
    case Kind::percentage_point: return "percentage_point";
    case Kind::length: return "length";
    case Kind::area: return "area";
    case Kind::volume: return "volume";
    case Kind::weight: return "weight";
    case Kind::money: return "money";
    case Kind::rate: return "rate";
    case Kind::duration: return "duration";
    case Kind::age: return "age";
    case Kind::other: return "other";
    }
    return "other";
}

std::string_view to_string(Qualifier qualifier) noexcept {
    switch (qualifier) {
    case Qualifier::none: return "";
    case Qualifier::more_than: return "more_than";
    case Qualifier::at_least: return "at_least";
    case Qualifier::at_most: return "at_most";
    case Qualifier::about: return "about";
    }
    return "";
}

}  // namespace jindu
