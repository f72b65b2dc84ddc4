#include "knowledge/loader.hpp"

#include "knowledge/embedded_data.hpp"
#include "knowledge/text_normalize.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace rolebot::knowledge {
namespace {

// simdjson's DOM: it parses a large base several times faster than a general-purpose
// JSON library, and its strings are views into one buffer until an entry copies them.
using json_object = simdjson::dom::object;
using json_value = simdjson::dom::element;
using json_type = simdjson::dom::element_type;

constexpr std::size_t max_file_bytes = 8U * 1024U * 1024U;

// Hand-written rather than std::regex: these run for every entry, and a regex match
// took half a second of loading a large knowledge base.
bool is_lower_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/// [a-z0-9]+(-[a-z0-9]+)*
bool is_kebab_case(std::string_view id)
{
    if (id.empty() || id.front() == '-' || id.back() == '-') {
        return false;
    }
    for (std::size_t i = 0; i < id.size(); ++i) {
        if (id[i] == '-' ? id[i - 1] == '-' : !is_lower_alnum(id[i])) {
            return false;
        }
    }
    return true;
}

/// An article file name: three digits, "_", sixteen lower-case hex digits, ".txt".
bool is_article_file_name(std::string_view name)
{
    const auto digits = [](std::string_view s, bool hex) {
        return std::all_of(s.begin(), s.end(), [&](char c) {
            return (c >= '0' && c <= '9') || (hex && c >= 'a' && c <= 'f');
        });
    };
    return name.size() == 3 + 1 + 16 + 4 && digits(name.substr(0, 3), false) && name[3] == '_' &&
           digits(name.substr(4, 16), true) && name.substr(20) == ".txt";
}

/// Reads one file's entries, collecting every error with its JSON pointer.
class entry_reader {
public:
    entry_reader(std::string file, std::vector<load_error>& errors)
        : file_(std::move(file)), errors_(errors)
    {
    }

    void fail(const std::string& pointer, std::string message)
    {
        errors_.push_back({file_, pointer, std::move(message)});
    }

    std::string text(const json_object& obj, const std::string& at, const char* key, bool required,
                     std::size_t max_length)
    {
        // The pointer is spelt out only for an error: most fields have none.
        const auto pointer = [&] { return at + "/" + key; };
        json_value field;
        if (obj.at_key(key).get(field) != simdjson::SUCCESS) {
            if (required) {
                fail(pointer(), "is required");
            }
            return {};
        }
        std::string_view value;
        if (field.get_string().get(value) != simdjson::SUCCESS) {
            fail(pointer(), "must be a string");
            return {};
        }
        if (value.empty()) {
            fail(pointer(), "must not be empty");
        }
        if (value.size() > max_length) {
            fail(pointer(), "is longer than " + std::to_string(max_length) + " characters");
        }
        return std::string(value);
    }

    std::vector<std::string> list(const json_object& obj, const std::string& at, const char* key,
                                  bool required, std::size_t max_item_length)
    {
        const auto pointer = [&] { return at + "/" + key; };
        std::vector<std::string> out;
        json_value field;
        if (obj.at_key(key).get(field) != simdjson::SUCCESS) {
            if (required) {
                fail(pointer(), "is required");
            }
            return out;
        }
        simdjson::dom::array items;
        if (field.get_array().get(items) != simdjson::SUCCESS) {
            fail(pointer(), "must be an array of strings");
            return out;
        }
        out.reserve(items.size());
        std::size_t i = 0;
        for (const auto item : items) {
            const auto item_pointer = [&] { return pointer() + "/" + std::to_string(i); };
            std::string_view value;
            if (item.get_string().get(value) != simdjson::SUCCESS || value.empty()) {
                fail(item_pointer(), "must be a non-empty string");
                ++i;
                continue;
            }
            if (value.size() > max_item_length) {
                fail(item_pointer(),
                     "is longer than " + std::to_string(max_item_length) + " characters");
            }
            out.emplace_back(value);
            ++i;
        }
        if (required && out.empty()) {
            fail(pointer(), "must not be empty");
        }
        return out;
    }

    /// Checks the keys of an entry against the ones its kind allows.
    void known_keys(const json_object& obj, const std::string& at,
                    std::initializer_list<const char*> keys)
    {
        for (const auto field : obj) {
            if (std::none_of(keys.begin(), keys.end(),
                             [&](const char* k) { return field.key == k; })) {
                fail(at + "/" + std::string(field.key), "is not a known field");
            }
        }
    }

    std::string id(const json_object& obj, const std::string& at)
    {
        auto value = text(obj, at, "id", true, 64);
        if (!value.empty() && !is_kebab_case(value)) {
            fail(at + "/id", "must be kebab-case (a-z, 0-9, '-')");
        }
        return value;
    }

    std::vector<std::string> sources(const json_object& obj, const std::string& at)
    {
        auto out = list(obj, at, "sources", true, 128);
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (!is_article_file_name(out[i])) {
                fail(at + "/sources/" + std::to_string(i),
                     "must name an article file such as 000_df543b9185ed9e57.txt");
            }
        }
        return out;
    }

    origin here(const std::string& at) const { return {file_, at}; }

    role read_role(const json_object& obj, const std::string& at)
    {
        role r;
        r.defined_at = here(at);
        known_keys(obj, at,
                   {"id", "title", "track", "rank", "aliases", "summary", "scope", "time_horizon",
                    "responsibilities", "skills", "reports_to", "manages", "next_steps", "aspects",
                    "sources"});
        r.id = id(obj, at);
        r.title = text(obj, at, "title", true, 150);
        const auto track = text(obj, at, "track", true, 64);
        if (track == "management") {
            r.track = role_track::management;
        } else if (track == "individual_contributor") {
            r.track = role_track::individual_contributor;
        } else if (!track.empty()) {
            fail(at + "/track", "must be \"individual_contributor\" or \"management\"");
        }
        std::int64_t rank = 0;
        if (obj.at_key("rank").get_int64().get(rank) != simdjson::SUCCESS || rank < 1 ||
            rank > std::numeric_limits<int>::max()) {
            fail(at + "/rank", "must be a positive integer");
        } else {
            r.rank = static_cast<int>(rank);
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
        r.sources = sources(obj, at);
        read_aspects(obj, at, r);
        return r;
    }

    faq read_faq(const json_object& obj, const std::string& at)
    {
        faq f;
        f.defined_at = here(at);
        known_keys(obj, at, {"id", "question", "alternates", "answer", "roles", "sources"});
        f.id = id(obj, at);
        f.question = text(obj, at, "question", true, 300);
        f.alternates = list(obj, at, "alternates", false, 300);
        f.answer = text(obj, at, "answer", true, 1500);
        f.roles = list(obj, at, "roles", false, 64);
        f.sources = sources(obj, at);
        return f;
    }

    career_path read_path(const json_object& obj, const std::string& at)
    {
        career_path p;
        p.defined_at = here(at);
        known_keys(obj, at,
                   {"id", "from", "to", "summary", "typical_time", "steps", "milestones",
                    "skills_to_build", "sources"});
        p.id = id(obj, at);
        p.from = text(obj, at, "from", true, 64);
        p.to = text(obj, at, "to", true, 64);
        p.summary = text(obj, at, "summary", true, 600);
        p.typical_time = text(obj, at, "typical_time", false, 300);
        p.milestones = list(obj, at, "milestones", false, 300);
        p.skills_to_build = list(obj, at, "skills_to_build", false, 300);
        p.sources = sources(obj, at);
        simdjson::dom::array steps;
        if (obj.at_key("steps").get_array().get(steps) != simdjson::SUCCESS || steps.size() == 0) {
            fail(at + "/steps", "must be a non-empty array of {title, detail}");
            return p;
        }
        std::size_t i = 0;
        for (const auto value : steps) {
            const auto step_at = at + "/steps/" + std::to_string(i++);
            json_object step;
            if (value.get_object().get(step) != simdjson::SUCCESS) {
                fail(step_at, "must be an object with title and detail");
                continue;
            }
            known_keys(step, step_at, {"title", "detail"});
            p.steps.push_back({text(step, step_at, "title", true, 100),
                               text(step, step_at, "detail", true, 600)});
        }
        return p;
    }

    topic read_topic(const json_object& obj, const std::string& at)
    {
        topic t;
        t.defined_at = here(at);
        known_keys(obj, at, {"id", "title", "summary", "points", "roles", "sources"});
        t.id = id(obj, at);
        t.title = text(obj, at, "title", true, 150);
        t.summary = text(obj, at, "summary", true, 800);
        t.points = list(obj, at, "points", false, 400);
        t.roles = list(obj, at, "roles", false, 64);
        t.sources = sources(obj, at);
        return t;
    }

private:
    void read_aspects(const json_object& obj, const std::string& at, role& r)
    {
        json_value field;
        if (obj.at_key("aspects").get(field) != simdjson::SUCCESS) {
            return;
        }
        json_object aspects;
        if (field.get_object().get(aspects) != simdjson::SUCCESS) {
            fail(at + "/aspects", "must be an object");
            return;
        }
        for (const auto [key, value] : aspects) {
            const std::string pointer = at + "/aspects/" + std::string(key);
            auto a = aspect_from_key(key);
            if (!a) {
                fail(pointer, "is not a known comparison aspect");
                continue;
            }
            std::string_view text;
            if (value.get_string().get(text) != simdjson::SUCCESS || text.empty()) {
                fail(pointer, "must be a non-empty string");
                continue;
            }
            if (text.size() > 600) {
                fail(pointer, "is longer than 600 characters");
            }
            r.aspects.at(static_cast<std::size_t>(*a)) = std::string(text);
        }
    }

    std::string file_;
    std::vector<load_error>& errors_;
};

/// Reads one section ("roles": [...]) of a file into `out`.
template <typename Entry, typename Read>
void read_section(const json_object& doc, const char* name, entry_reader& reader,
                  std::vector<Entry>& out, Read read)
{
    json_value section;
    if (doc.at_key(name).get(section) != simdjson::SUCCESS) {
        return;
    }
    const std::string at = std::string("/") + name;
    simdjson::dom::array entries;
    if (section.get_array().get(entries) != simdjson::SUCCESS) {
        reader.fail(at, "must be an array");
        return;
    }
    out.reserve(out.size() + entries.size());
    std::size_t i = 0;
    for (const auto value : entries) {
        const auto entry_at = at + "/" + std::to_string(i++);
        json_object entry;
        if (value.get_object().get(entry) != simdjson::SUCCESS) {
            reader.fail(entry_at, "must be an object");
            continue;
        }
        out.push_back((reader.*read)(entry, entry_at));
    }
}

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

std::string load_error::to_string() const
{
    return file + ": " + (pointer.empty() ? "/" : pointer) + ": " + message;
}

load_result load_files(const std::vector<source_file>& files)
{
    load_result result;
    simdjson::dom::parser parser;
    for (const auto& file : files) {
        entry_reader reader(file.name, result.errors);
        json_value root;
        // Parsed in place when the content has spare capacity for the parser's padding.
        if (parser.parse(file.content).get(root) != simdjson::SUCCESS) {
            reader.fail("", "is not valid JSON");
            continue;
        }
        json_object doc;
        if (root.get_object().get(doc) != simdjson::SUCCESS) {
            reader.fail("", "must be a JSON object");
            continue;
        }
        for (const auto field : doc) {
            const auto key = field.key;
            if (key != "roles" && key != "faqs" && key != "paths" && key != "topics") {
                reader.fail("/" + std::string(key),
                            "is not a known section (expected roles, faqs, paths or topics)");
            }
        }
        read_section(doc, "roles", reader, result.data.roles, &entry_reader::read_role);
        read_section(doc, "faqs", reader, result.data.faqs, &entry_reader::read_faq);
        read_section(doc, "paths", reader, result.data.paths, &entry_reader::read_path);
        read_section(doc, "topics", reader, result.data.topics, &entry_reader::read_topic);
    }
    if (result.data.roles.empty() && result.errors.empty()) {
        result.errors.push_back({"", "", "the knowledge base defines no roles"});
    }
    check_unique_ids(result.data.roles, result.errors);
    check_unique_ids(result.data.faqs, result.errors);
    check_unique_ids(result.data.paths, result.errors);
    check_unique_ids(result.data.topics, result.errors);
    check_unique_names(result.data.roles, result.errors);
    check_references(result.data, result.errors);
    if (!result.errors.empty()) {
        result.data = {};
    }
    return result;
}

source_file source_file::padded(std::string name, std::string_view content)
{
    static_assert(padding >= simdjson::SIMDJSON_PADDING);
    source_file file{std::move(name), {}};
    file.content.reserve(content.size() + padding);
    file.content.assign(content);
    return file;
}

load_result load_embedded()
{
    std::vector<source_file> files;
    for (const auto& f : embedded_files()) {
        files.push_back(source_file::padded(std::string(f.name), f.content));
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
        files.push_back(source_file::padded(name, content.view()));
    }
    if (paths.empty()) {
        errors.push_back({dir.string(), "", "contains no .json files"});
    }
    auto result = load_files(files);
    if (!errors.empty()) {
        result.errors.insert(result.errors.begin(), errors.begin(), errors.end());
        result.data = {};
    }
    return result;
}

std::string directory_fingerprint(const std::filesystem::path& dir)
{
    std::error_code ec;
    std::vector<std::string> lines;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file(ec) || entry.path().extension() != ".json") {
            continue;
        }
        const auto size = entry.file_size(ec);
        const auto modified = entry.last_write_time(ec).time_since_epoch().count();
        lines.push_back(entry.path().filename().string() + " " + std::to_string(size) + " " +
                        std::to_string(modified));
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& line : lines) {
        out += line + "\n";
    }
    return out;
}

} // namespace rolebot::knowledge
