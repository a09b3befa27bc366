// Private: what the DOCX and XLSX readers share — Office Open XML parts read
// from a zip archive with pugixml, names matched without their prefixes, and a
// tree walk that does not recurse.
#pragma once

#include "table/zip_archive.hpp"

#include <jindu/options.hpp>

#include <pugixml.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::table::ooxml {

// "w:tbl" → "tbl".
std::string_view local_name(const pugi::xml_node& node) noexcept;
std::string_view local_name(const pugi::xml_attribute& attribute) noexcept;

// The first child element, or attribute, with this local name (empty if none).
pugi::xml_node child(const pugi::xml_node& node, std::string_view name) noexcept;
pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view name) noexcept;

// Parses part `name` of the archive into `document`; returns false when the
// archive has no such part. Throws Error{malformed_markup} naming the part and
// the offset in it when the XML does not parse.
bool load_part(const ZipArchive& archive, std::string_view name, pugi::xml_document& document,
               const Options& options);

// The part a relationship target points to, from the folder of its source part
// ("xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml").
std::string resolve(std::string_view source_part, std::string_view target);

struct Relationship {
    std::string id;
    std::string type;  // the type URI
    std::string part;  // resolved target
};

// The relationships of a part (from its _rels/<name>.rels), in document order;
// empty when there are none.
std::vector<Relationship> relationships(const ZipArchive& archive, std::string_view source_part,
                                        const Options& options);

// The part of the first relationship whose type URI ends with "/<type>", or "".
std::string part_of_type(const std::vector<Relationship>& relationships, std::string_view type);

// Decodes the _xHHHH_ escapes of OOXML strings (_x000D_ is a carriage return).
std::string decode_escapes(std::string_view text);

// Visits the elements under `root` in document order without recursion.
// enter(node) returns whether to descend into the node; leave(node) follows
// the children of each node entered. Throws Error{limit_exceeded} when elements nest deeper
// than limits.max_nesting_depth.
template <class Enter, class Leave>
void walk(const pugi::xml_node& root, const Options& options, std::string_view part, Enter enter,
          Leave leave);

// Throws the limit_exceeded error of walk().
[[noreturn]] void too_deep(const Options& options, std::string_view part);

template <class Enter, class Leave>
void walk(const pugi::xml_node& root, const Options& options, std::string_view part, Enter enter,
          Leave leave) {
    std::vector<pugi::xml_node> stack;
    pugi::xml_node node = root.first_child();
    while (true) {
        if (!node) {
            if (stack.empty()) return;
            node = stack.back();
            stack.pop_back();
            leave(node);
            node = node.next_sibling();
            continue;
        }
        if (node.type() == pugi::node_element && enter(node)) {
            if (node.first_child()) {
                if (stack.size() >= options.limits.max_nesting_depth) too_deep(options, part);
                stack.push_back(node);
                node = node.first_child();
                continue;
            }
            leave(node);
        }
        node = node.next_sibling();
    }
}

}  // namespace jindu::table::ooxml
