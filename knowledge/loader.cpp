#include "knowledge/loader.hpp"

#include "knowledge/embedded_data.hpp"
#include "knowledge/text_normalize.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace rolebot::knowledge {
namespace {

using json = nlohmann::json;

constexpr std::size_t max_file_bytes = 8U * 1024U * 1024U;

/// Walks one file's JSON and collects errors with their JSON pointer.
class role_reader {
public:
    role_reader(std::string file, std::vector<load_error>& errors)
        : file_(std::move(file)), errors_(errors)
    {
    }

    void fail(const std::string& pointer, std::string message)
    {
        errors_.push_back({file_, pointer, std::move(message)});
    }

    std::string text(const json& obj, const std::string& at, const char* key, bool required,
                     std::size_t max_length)
    {
        const std::string pointer = at + "/" + key;
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) {
                fail(pointer, "is required");
            }
            return {};
        }
        if (!it->is_string()) {
            fail(pointer, "must be a string");
            return {};
        }
        auto value = it->get<std::string>();
        if (required && value.empty()) {
            fail(pointer, "must not be empty");
        }
        if (value.size() > max_length) {
            fail(pointer, "is longer than " + std::to_string(max_length) + " characters");
        }
        return value;
    }

    std::vector<std::string> list(const json& obj, const std::string& at, const char* key,
                                  bool required, std::size_t max_item_length)
    {
        const std::string pointer = at + "/" + key;
        std::vector<std::string> out;
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) {
                fail(pointer, "is required");
            }
            return out;
        }
        if (!it->is_array()) {
            fail(pointer, "must be an array of strings");
            return out;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            const auto& item = (*it)[i];
            const std::string item_pointer = pointer + "/" + std::to_string(i);
            if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
                fail(item_pointer, "must be a non-empty string");
                continue;
            }
            if (item.get_ref<const std::string&>().size() > max_item_length) {
                fail(item_pointer,
                     "is longer than " + std::to_string(max_item_length) + " characters");
            }
            out.push_back(item.get<std::string>());
        }
        if (required && out.empty()) {
            fail(pointer, "must not be empty");
        }
        return out;
    }

    role read_role(const json& obj, const std::string& at)
    {
        role r;
        if (!obj.is_object()) {
            fail(at, "must be an object");
            return r;
        }
        static const std::regex id_pattern("[a-z0-9]+(-[a-z0-9]+)*");
        r.id = text(obj, at, "id", true, 64);
        if (!r.id.empty() && !std::regex_match(r.id, id_pattern)) {
            fail(at + "/id", "must be kebab-case (a-z, 0-9, '-')");
        }
        r.title = text(obj, at, "title", true, 150);
        const auto track = text(obj, at, "track", true, 64);
        if (track == "management") {
            r.track = role_track::management;
        } else if (track == "individual_contributor") {
            r.track = role_track::individual_contributor;
        } else if (!track.empty()) {
            fail(at + "/track", "must be \"individual_contributor\" or \"management\"");
        }
        auto rank = obj.find("rank");
        if (rank == obj.end() || !rank->is_number_integer() || rank->get<int>() < 1) {
            fail(at + "/rank", "must be a positive integer");
        } else {
            r.rank = rank->get<int>();
        }
        r.aliases = list(obj, at, "aliases", false, 150);
        r.summary = text(obj, at, "summary", true, 600);
        r.scope = text(obj, at, "scope", false, 600);
        r.time_horizon = text(obj, at, "time_horizon", false, 300);
        r.responsibilities = list(obj, at, "responsibilities", false, 300);
        r.skills = list(obj, at, "skills", false, 300);
        r.reports_to = list(obj, at, "reports_to", false, 64);
        r.manages = list(obj, at, "manages", false, 64);
        r.next_steps = list(obj, at, "next_steps", false, 64);
        r.sources = list(obj, at, "sources", true, 128);
        static const std::regex source_pattern("[0-9]{3}_[0-9a-f]{16}\\.txt");
        for (std::size_t i = 0; i < r.sources.size(); ++i) {
            if (!std::regex_match(r.sources[i], source_pattern)) {
                fail(at + "/sources/" + std::to_string(i),
                     "must name an article file such as 000_df543b9185ed9e57.txt");
            }
        }
        read_aspects(obj, at, r);
        return r;
    }

private:
    void read_aspects(const json& obj, const std::string& at, role& r)
    {
        auto it = obj.find("aspects");
        if (it == obj.end()) {
            return;
        }
        if (!it->is_object()) {
            fail(at + "/aspects", "must be an object");
            return;
        }
        for (const auto& [key, value] : it->items()) {
            const std::string pointer = at + "/aspects/" + key;
            auto a = aspect_from_key(key);
            if (!a) {
                fail(pointer, "is not a known comparison aspect");
                continue;
            }
            if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
                fail(pointer, "must be a non-empty string");
                continue;
            }
            if (value.get_ref<const std::string&>().size() > 600) {
                fail(pointer, "is longer than 600 characters");
            }
            r.aspects.at(static_cast<std::size_t>(*a)) = value.get<std::string>();
        }
    }

    std::string file_;
    std::vector<load_error>& errors_;
};

/// Where a role came from, for cross-file error messages.
struct role_origin {
    std::string file;
    std::string pointer;
};

void check_references(const std::vector<role>& roles, const std::vector<role_origin>& origins,
                      std::vector<load_error>& errors)
{
    std::set<std::string_view> ids;
    for (const auto& r : roles) {
        ids.insert(r.id);
    }
    const auto check = [&](const role_origin& origin, const char* key,
                           const std::vector<std::string>& refs) {
        for (std::size_t i = 0; i < refs.size(); ++i) {
            if (!ids.contains(refs[i])) {
                errors.push_back({origin.file, origin.pointer + "/" + key + "/" + std::to_string(i),
                                  "refers to unknown role \"" + refs[i] + "\""});
            }
        }
    };
    for (std::size_t i = 0; i < roles.size(); ++i) {
        check(origins[i], "reports_to", roles[i].reports_to);
        check(origins[i], "manages", roles[i].manages);
        check(origins[i], "next_steps", roles[i].next_steps);
    }
}

void check_unique_names(const std::vector<role>& roles, const std::vector<role_origin>& origins,
                        std::vector<load_error>& errors)
{
    std::map<std::string, std::string> id_owner;
    std::map<std::string, std::string> name_owner; // normalised title or alias -> role id
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const auto& r = roles[i];
        const auto& origin = origins[i];
        if (!r.id.empty() && !id_owner.emplace(r.id, r.id).second) {
            errors.push_back({origin.file, origin.pointer + "/id",
                              "duplicate id \"" + r.id + "\""});
        }
        const auto claim = [&](const std::string& name, const std::string& pointer) {
            const auto key = normalize_title(name);
            if (key.empty()) {
                errors.push_back({origin.file, pointer, "has no letters or digits"});
                return;
            }
            auto [it, inserted] = name_owner.emplace(key, r.id);
            if (!inserted && it->second != r.id) {
                errors.push_back({origin.file, pointer,
                                  "\"" + name + "\" already names role \"" + it->second + "\""});
            }
        };
        claim(r.title, origin.pointer + "/title");
        for (std::size_t a = 0; a < r.aliases.size(); ++a) {
            claim(r.aliases[a], origin.pointer + "/aliases/" + std::to_string(a));
        }
    }
}

} // namespace

std::string load_error::to_string() const
{
    return file + ": " + (pointer.empty() ? "/" : pointer) + ": " + message;
}

load_result load_files(const std::vector<source_file>& files)
{
    load_result result;
    std::vector<role_origin> origins;
    for (const auto& file : files) {
        role_reader reader(file.name, result.errors);
        const json doc = json::parse(file.content, nullptr, /*allow_exceptions=*/false);
        if (doc.is_discarded()) {
            reader.fail("", "is not valid JSON");
            continue;
        }
        if (!doc.is_object()) {
            reader.fail("", "must be a JSON object");
            continue;
        }
        for (const auto& [key, value] : doc.items()) {
            if (key != "roles") {
                reader.fail("/" + key, "is not a known section (expected \"roles\")");
            }
        }
        auto roles = doc.find("roles");
        if (roles == doc.end()) {
            continue;
        }
        if (!roles->is_array()) {
            reader.fail("/roles", "must be an array");
            continue;
        }
        for (std::size_t i = 0; i < roles->size(); ++i) {
            const std::string at = "/roles/" + std::to_string(i);
            result.roles.push_back(reader.read_role((*roles)[i], at));
            origins.push_back({file.name, at});
        }
    }
    if (result.roles.empty() && result.errors.empty()) {
        result.errors.push_back({"", "", "the knowledge base defines no roles"});
    }
    check_unique_names(result.roles, origins, result.errors);
    check_references(result.roles, origins, result.errors);
    if (!result.errors.empty()) {
        result.roles.clear();
    }
    return result;
}

load_result load_embedded()
{
    std::vector<source_file> files;
    for (const auto& f : embedded_files()) {
        files.push_back({std::string(f.name), std::string(f.content)});
    }
    return load_files(files);
}

load_result load_directory(const std::filesystem::path& dir)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        return {{}, {{dir.string(), "", "is not a readable directory"}}};
    }
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
            paths.push_back(entry.path());
        }
    }
    std::sort(paths.begin(), paths.end());
    std::vector<source_file> files;
    std::vector<load_error> errors;
    for (const auto& path : paths) {
        const auto name = path.filename().string();
        if (std::filesystem::file_size(path, ec) > max_file_bytes) {
            errors.push_back({name, "", "is larger than 8 MiB"});
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        if (!in) {
            errors.push_back({name, "", "cannot be read"});
            continue;
        }
        files.push_back({name, content.str()});
    }
    if (paths.empty()) {
        errors.push_back({dir.string(), "", "contains no .json files"});
    }
    auto result = load_files(files);
    if (!errors.empty()) {
        result.errors.insert(result.errors.begin(), errors.begin(), errors.end());
        result.roles.clear();
    }
    return result;
}

} // namespace rolebot::knowledge
