#include <jindu/options.hpp>

#include <array>
#include <utility>

namespace jindu {

namespace {
constexpr std::array<std::pair<InputFormat, std::string_view>, 8> format_names{{
    {InputFormat::automatic, "auto"},
    {InputFormat::text, "text"},
    {InputFormat::markdown, "markdown"},
    {InputFormat::html, "html"},
    {InputFormat::docx, "docx"},
    {InputFormat::xlsx, "xlsx"},
    {InputFormat::prose, "prose"},
    {InputFormat::pdf, "pdf"},
}};
}  // namespace

std::string_view to_string(InputFormat format) noexcept {
    for (const auto& [f, name] : format_names)
        if (f == format) return name;
    return "auto";
}

bool parse_input_format(std::string_view name, InputFormat& format) noexcept {
    for (const auto& [f, n] : format_names) {
        if (n == name) {
            format = f;
            return true;
        }
    }
    return false;
}

}  // namespace jindu
