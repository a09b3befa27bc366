#include "table/ooxml.hpp"

#include "table/grid.hpp"

#include "common/utf8.hpp"

namespace jindu::table::ooxml {

namespace {

std::string_view after_prefix(const char* name) noexcept {
    const std::string_view n(name);
    const std::size_t colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string_view local_name(const pugi::xml_node& node) noexcept { return after_prefix(node.name()); }

std::string_view local_name(const pugi::xml_attribute& attribute) noexcept {
    return after_prefix(attribute.name());
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) noexcept {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && local_name(c) == name) return c;
    return {};
}

pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view name) noexcept {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
        if (local_name(a) == name) return a;
    return {};
}

bool load_part(const ZipArchive& archive, std::string_view name, pugi::xml_document& document,
               const Options& options) {
    const std::optional<std::string> xml = archive.read(name);
    if (!xml) return false;
    // Keeps white space that is the only content of an element: <w:t> </w:t>.
    const unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata_single;
    const pugi::xml_parse_result result = document.load_buffer(xml->data(), xml->size(), flags, pugi::encoding_auto);
    if (!result) {
        const auto offset = static_cast<std::size_t>(result.offset);
        fail(ErrorCode::malformed_markup,
             std::string(name) + ": " + result.description() + " at byte " + std::to_string(offset) + " of the part",
             options, {}, fragment_of(std::string_view(*xml).substr(std::min(offset, xml->size())), 40));
    }
    return true;
}

std::string resolve(std::string_view source_part, std::string_view target) {
    std::string path;
    if (!target.empty() && target.front() == '/') {
        target.remove_prefix(1);
    } else {
        const std::size_t slash = source_part.rfind('/');
        if (slash != std::string_view::npos) path = std::string(source_part.substr(0, slash + 1));
    }
    // Applies "." and ".." segments.
    std::vector<std::string> segments;
    std::string joined = path + std::string(target);
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t end = joined.find('/', start);
        if (end == std::string::npos) end = joined.size();
        const std::string segment = joined.substr(start, end - start);
        if (segment == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    std::string out;
    for (const std::string& s : segments) {
        if (!out.empty()) out.push_back('/');
        out += s;
    }
    return out;
}

std::vector<Relationship> relationships(const ZipArchive& archive, std::string_view source_part,
                                        const Options& options) {
    const std::size_t slash = source_part.rfind('/');
    const std::string folder = slash == std::string_view::npos ? "" : std::string(source_part.substr(0, slash + 1));
    const std::string file = std::string(source_part.substr(slash == std::string_view::npos ? 0 : slash + 1));
    const std::string rels = folder + "_rels/" + file + ".rels";
    pugi::xml_document document;
    std::vector<Relationship> out;
    if (!load_part(archive, rels, document, options)) return out;
    const pugi::xml_node root = child(document, "Relationships");
    for (pugi::xml_node r = root.first_child(); r; r = r.next_sibling()) {
        if (r.type() != pugi::node_element || local_name(r) != "Relationship") continue;
        if (std::string_view(attribute(r, "TargetMode").value()) == "External") continue;
        out.push_back(Relationship{attribute(r, "Id").value(), attribute(r, "Type").value(),
                                   resolve(source_part, attribute(r, "Target").value())});
    }
    return out;
}

std::string part_of_type(const std::vector<Relationship>& relationships, std::string_view type) {
    for (const Relationship& r : relationships) {
        const std::string_view t(r.type);
        if (t.size() > type.size() && t.substr(t.size() - type.size()) == type && t[t.size() - type.size() - 1] == '/')
            return r.part;
    }
    return "";
}

std::string decode_escapes(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            char32_t cp = 0;
            bool hex = true;
            for (std::size_t k = 2; k < 6; ++k) {
                const int v = hex_value(text[i + k]);
                if (v < 0) hex = false;
                cp = cp * 16 + static_cast<char32_t>(v < 0 ? 0 : v);
            }
            if (hex && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                if (cp != '\r') utf8::append(out, cp);  // line breaks are '\n' alone
                i += 6;
                continue;
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

void too_deep(const Options& options, std::string_view part) {
    fail(ErrorCode::limit_exceeded,
         std::string(part) + ": XML elements nested deeper than " +
             std::to_string(options.limits.max_nesting_depth) + " levels",
         options);
}

}  // namespace jindu::table::ooxml
