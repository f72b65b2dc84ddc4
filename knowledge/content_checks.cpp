#include "knowledge/content_checks.hpp"

#include "knowledge/text_normalize.hpp"

#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace rolebot::knowledge {
namespace {

/// Reports ids used twice within one kind of entry.
template <typename Entry>
void check_unique_ids(const std::vector<Entry>& entries, std::vector<load_error>& errors)
{
    std::unordered_set<std::string_view> seen;
    for (const auto& e : entries) {
        if (!e.id.empty() && !seen.insert(e.id).second) {
            errors.push_back(
                {e.defined_at.file, e.defined_at.pointer + "/id", "duplicate id \"" + e.id + "\""});
        }
    }
}

void check_unique_names(const std::vector<role>& roles, std::vector<load_error>& errors)
{
    std::unordered_map<std::string, std::string_view> name_owner; // normalised name -> role id
    for (const auto& r : roles) {
        const auto claim = [&](const std::string& name, const std::string& pointer) {
            const auto key = normalize_title(name);
            if (key.empty()) {
                errors.push_back({r.defined_at.file, pointer, "has no letters or digits"});
                return;
            }
            auto [it, inserted] = name_owner.emplace(key, r.id);
            if (!inserted && it->second != r.id) {
                errors.push_back(
                    {r.defined_at.file, pointer,
                     "\"" + name + "\" already names role \"" + std::string(it->second) + "\""});
            }
        };
        claim(r.title, r.defined_at.pointer + "/title");
        for (std::size_t a = 0; a < r.aliases.size(); ++a) {
            claim(r.aliases[a], r.defined_at.pointer + "/aliases/" + std::to_string(a));
        }
    }
}

void check_references(const content& data, std::vector<load_error>& errors)
{
    std::unordered_set<std::string_view> ids;
    for (const auto& r : data.roles) {
        ids.insert(r.id);
    }
    const auto check = [&](const origin& at, const std::string& key,
                           const std::vector<std::string>& refs) {
        for (std::size_t i = 0; i < refs.size(); ++i) {
            if (!ids.contains(refs[i])) {
                errors.push_back({at.file, at.pointer + "/" + key + "/" + std::to_string(i),
                                  "refers to unknown role \"" + refs[i] + "\""});
            }
        }
    };
    const auto check_one = [&](const origin& at, const std::string& key, const std::string& ref) {
        if (!ref.empty() && !ids.contains(ref)) {
            errors.push_back(
                {at.file, at.pointer + "/" + key, "refers to unknown role \"" + ref + "\""});
        }
    };
    for (const auto& r : data.roles) {
        check(r.defined_at, "reports_to", r.reports_to);
        check(r.defined_at, "manages", r.manages);
        check(r.defined_at, "next_steps", r.next_steps);
    }
    for (const auto& f : data.faqs) {
        check(f.defined_at, "roles", f.roles);
    }
    std::set<std::pair<std::string_view, std::string_view>> transitions;
    for (const auto& p : data.paths) {
        check_one(p.defined_at, "from", p.from);
        check_one(p.defined_at, "to", p.to);
        if (!p.from.empty() && p.from == p.to) {
            errors.push_back({p.defined_at.file, p.defined_at.pointer + "/to",
                              "a path must lead to another role"});
        }
        if (!transitions.emplace(p.from, p.to).second) {
            errors.push_back(
                {p.defined_at.file, p.defined_at.pointer,
                 "another path already leads from \"" + p.from + "\" to \"" + p.to + "\""});
        }
    }
    for (const auto& t : data.topics) {
        check(t.defined_at, "roles", t.roles);
    }
}

} // namespace

void check_content(const content& data, std::vector<load_error>& errors)
{
    if (data.roles.empty() && errors.empty()) {
        errors.push_back({"", "", "the knowledge base defines no roles"});
    }
    check_unique_ids(data.roles, errors);
    check_unique_ids(data.faqs, errors);
    check_unique_ids(data.paths, errors);
    check_unique_ids(data.topics, errors);
    check_unique_names(data.roles, errors);
    check_references(data, errors);
}

} // namespace rolebot::knowledge
