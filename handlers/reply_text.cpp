#include "handlers/reply_text.hpp"

namespace rolebot::handlers {

std::string snapshot_key(const knowledge::knowledge_base& kb, std::string_view what)
{
    return "g" + std::to_string(kb.generation()) + ":" + std::string(what);
}

std::string sources_line(const std::vector<std::string>& sources)
{
    return (sources.size() == 1 ? "Source: " : "Sources: ") + joined(sources);
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) {
            out += ", ";
        }
        out += item;
    }
    return out;
}

std::string bullets(std::string_view heading, const std::vector<std::string>& items)
{
    std::string out = "*" + std::string(heading) + "*";
    for (const auto& item : items) {
        out += "\n• " + item;
    }
    return out;
}

std::string titles_of(const knowledge::knowledge_base& kb, const std::vector<std::string>& ids)
{
    std::string out;
    for (const auto& id : ids) {
        if (const auto* r = kb.find(id)) {
            if (!out.empty()) {
                out += ", ";
            }
            out += r->title;
        }
    }
    return out;
}

} // namespace rolebot::handlers
