#include "knowledge/entry_reader.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace rolebot::knowledge {
namespace {

// simdjson's on-demand API reads a file forward once, without building a tree of it, so
// a large base costs little more memory than the text it holds. Each field is taken as it
// comes, and a string without escapes is copied straight out of the file.
namespace ondemand = simdjson::ondemand;
using json_value = ondemand::value;

/// The file stopped being JSON part-way: nothing after that point can be read.
struct not_json {};

/// True when a value had the type asked for, false when it had another (the author's
/// mistake, reported against the field). Any other error means the text is not JSON.
bool has_type(simdjson::error_code error)
{
    switch (error) {
    case simdjson::SUCCESS:
        return true;
    case simdjson::INCORRECT_TYPE:
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        return false;
    default:
        throw not_json{};
    }
}

/// The next value or field of an array or object being walked.
template <typename T> T next(simdjson::simdjson_result<T>&& result)
{
    T out;
    if (std::move(result).get(out) != simdjson::SUCCESS) {
        throw not_json{};
    }
    return out;
}

/// The text of a string value, or nothing for a value of another type. The view points
/// into the file, or into the parser's buffer for a string that had to be unescaped.
std::optional<std::string_view> string_of(json_value& value)
{
    const std::string_view token = value.raw_json_token();
    if (token.size() < 2 || token.front() != '"') {
        return std::nullopt;
    }
    // The token runs on over any spaces after the closing quote.
    const auto text = token.substr(1, token.find_last_of('"') - 1);
    if (text.find('\\') == std::string_view::npos) {
        return text;
    }
    std::string_view unescaped;
    if (!has_type(value.get_string().get(unescaped))) {
        return std::nullopt;
    }
    return unescaped;
}

/// A field's key. Known keys have no escapes, so only an unknown one is ever unescaped.
std::string_view key_of(ondemand::field& field)
{
    const char* const start = field.key().raw();
    const char* end = start;
    // Bounded: the parser found the quote that closes every key before handing it out.
    while (*end != '"' && *end != '\\') {
        ++end;
    }
    if (*end == '"') {
        return {start, static_cast<std::size_t>(end - start)};
    }
    std::string_view key;
    if (field.unescaped_key().get(key) != simdjson::SUCCESS) {
        throw not_json{};
    }
    return key;
}

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

/// Reads the values of one file's fields, reporting each problem against the field being
/// read (set by `locate`) with its JSON pointer.
class field_reader {
public:
    field_reader(const std::string& file, std::vector<load_error>& errors)
        : file_(file), errors_(errors)
    {
    }

    const std::string& file() const { return file_; }

    void fail(std::string pointer, std::string message)
    {
        errors_.push_back({file_, std::move(pointer), std::move(message)});
    }

    /// Points the errors that follow at field `key` of the object at `object_pointer`.
    void locate(const std::string& object_pointer, std::string_view key)
    {
        object_ = &object_pointer;
        key_ = key;
    }

    /// Spelt out only for an error: most fields have none.
    std::string pointer() const { return *object_ + "/" + std::string(key_); }

    void fail_here(std::string message) { fail(pointer(), std::move(message)); }

    std::string text(json_value& value, std::size_t max_length)
    {
        const auto found = string_of(value);
        if (!found) {
            fail_here("must be a string");
            return {};
        }
        if (found->empty()) {
            fail_here("must not be empty");
        }
        if (found->size() > max_length) {
            fail_here(longer_than(max_length));
        }
        return std::string(*found);
    }

    std::vector<std::string> list(json_value& value, std::size_t max_item_length)
    {
        std::vector<std::string> out;
        ondemand::array items;
        if (!has_type(value.get_array().get(items))) {
            fail_here("must be an array of strings");
            return out;
        }
        std::size_t i = 0;
        for (auto item : items) {
            auto item_value = next(std::move(item));
            const auto found = string_of(item_value);
            const auto item_pointer = [&] { return pointer() + "/" + std::to_string(i); };
            if (!found || found->empty()) {
                fail(item_pointer(), "must be a non-empty string");
            } else {
                if (found->size() > max_item_length) {
                    fail(item_pointer(), longer_than(max_item_length));
                }
                out.emplace_back(*found);
            }
            ++i;
        }
        return out;
    }

    std::string id(json_value& value)
    {
        auto out = text(value, 64);
        if (!out.empty() && !is_kebab_case(out)) {
            fail_here("must be kebab-case (a-z, 0-9, '-')");
        }
        return out;
    }

    std::vector<std::string> sources(json_value& value)
    {
        const auto errors_before = errors_.size();
        auto out = list(value, 128);
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (!is_article_file_name(out[i])) {
                fail(pointer() + "/" + std::to_string(i),
                     "must name an article file such as 000_df543b9185ed9e57.txt");
            }
        }
        if (out.empty() && errors_.size() == errors_before) {
            fail_here("must not be empty");
        }
        return out;
    }

    int positive_int(json_value& value)
    {
        std::int64_t number = 0;
        if (!has_type(value.get_int64().get(number)) || number < 1 ||
            number > std::numeric_limits<int>::max()) {
            fail_here("must be a positive integer");
            return 0;
        }
        return static_cast<int>(number);
    }

private:
    static std::string longer_than(std::size_t max_length)
    {
        return "is longer than " + std::to_string(max_length) + " characters";
    }

    const std::string& file_;
    std::vector<load_error>& errors_;
    const std::string* object_ = nullptr;
    std::string_view key_;
};

/// One field an entry may have: its key, the error when it is absent (null when it is
/// optional), and how its value is read into the entry.
template <typename Entry> struct field_rule {
    std::string_view key;
    const char* if_missing;
    void (*read)(field_reader& in, json_value& value, Entry& entry);
};

constexpr const char* required = "is required";
constexpr const char* optional_field = nullptr;

/// Reads an object's fields by `rules`, in the order the file has them; a key no rule
/// names is an error, and so is a required field that never came.
template <typename Entry, std::size_t N>
void read_fields(field_reader& in, ondemand::object& object, const std::string& at,
                 const std::array<field_rule<Entry>, N>& rules, Entry& entry)
{
    static_assert(N <= 32);
    std::uint32_t seen = 0;
    for (auto member : object) {
        auto field = next(std::move(member));
        const auto key = key_of(field);
        const auto rule = std::find_if(rules.begin(), rules.end(),
                                       [&](const field_rule<Entry>& r) { return r.key == key; });
        if (rule == rules.end()) {
            in.fail(at + "/" + std::string(key), "is not a known field");
            continue;
        }
        seen |= 1U << static_cast<unsigned>(rule - rules.begin());
        in.locate(at, rule->key);
        rule->read(in, field.value(), entry);
    }
    for (std::size_t i = 0; i < N; ++i) {
        if (rules[i].if_missing != nullptr && (seen & (1U << i)) == 0) {
            in.fail(at + "/" + std::string(rules[i].key), rules[i].if_missing);
        }
    }
}

void read_track(field_reader& in, json_value& value, role& r)
{
    const auto track = in.text(value, 64);
    if (track == "management") {
        r.track = role_track::management;
    } else if (track == "individual_contributor") {
        r.track = role_track::individual_contributor;
    } else if (!track.empty()) {
        in.fail_here("must be \"individual_contributor\" or \"management\"");
    }
}

void read_aspects(field_reader& in, json_value& value, role& r)
{
    ondemand::object aspects;
    if (!has_type(value.get_object().get(aspects))) {
        in.fail_here("must be an object");
        return;
    }
    const auto at = in.pointer();
    for (auto member : aspects) {
        auto field = next(std::move(member));
        const auto key = key_of(field);
        const auto aspect_pointer = [&] { return at + "/" + std::string(key); };
        const auto which = aspect_from_key(key);
        if (!which) {
            in.fail(aspect_pointer(), "is not a known comparison aspect");
            continue;
        }
        const auto text = string_of(field.value());
        if (!text || text->empty()) {
            in.fail(aspect_pointer(), "must be a non-empty string");
            continue;
        }
        if (text->size() > 600) {
            in.fail(aspect_pointer(), "is longer than 600 characters");
        }
        r.aspects.at(static_cast<std::size_t>(*which)) = std::string(*text);
    }
}

constexpr auto step_rules = std::to_array<field_rule<path_step>>({
    {"title", required,
     [](field_reader& in, json_value& v, path_step& s) { s.title = in.text(v, 100); }},
    {"detail", required,
     [](field_reader& in, json_value& v, path_step& s) { s.detail = in.text(v, 600); }},
});

constexpr const char* steps_shape = "must be a non-empty array of {title, detail}";

void read_steps(field_reader& in, json_value& value, career_path& p)
{
    const auto at = in.pointer();
    ondemand::array steps;
    if (!has_type(value.get_array().get(steps))) {
        in.fail(at, steps_shape);
        return;
    }
    std::size_t i = 0;
    for (auto item : steps) {
        const auto step_at = at + "/" + std::to_string(i++);
        auto step_value = next(std::move(item));
        ondemand::object step;
        if (!has_type(step_value.get_object().get(step))) {
            in.fail(step_at, "must be an object with title and detail");
            continue;
        }
        read_fields(in, step, step_at, step_rules, p.steps.emplace_back());
    }
    if (i == 0) {
        in.fail(at, steps_shape);
    }
}

// One line per field, so the schema of each kind of entry reads as a table.
// clang-format off
constexpr auto role_rules = std::to_array<field_rule<role>>({
    {"id", required, [](field_reader& in, json_value& v, role& r) { r.id = in.id(v); }},
    {"title", required, [](field_reader& in, json_value& v, role& r) { r.title = in.text(v, 150); }},
    {"track", required, read_track},
    {"rank", "must be a positive integer", [](field_reader& in, json_value& v, role& r) { r.rank = in.positive_int(v); }},
    {"aliases", optional_field, [](field_reader& in, json_value& v, role& r) { r.aliases = in.list(v, 150); }},
    {"summary", required, [](field_reader& in, json_value& v, role& r) { r.summary = in.text(v, 600); }},
    {"scope", optional_field, [](field_reader& in, json_value& v, role& r) { r.scope = in.text(v, 600); }},
    {"time_horizon", optional_field, [](field_reader& in, json_value& v, role& r) { r.time_horizon = in.text(v, 300); }},
    {"responsibilities", optional_field, [](field_reader& in, json_value& v, role& r) { r.responsibilities = in.list(v, 300); }},
    {"skills", optional_field, [](field_reader& in, json_value& v, role& r) { r.skills = in.list(v, 300); }},
    {"reports_to", optional_field, [](field_reader& in, json_value& v, role& r) { r.reports_to = in.list(v, 64); }},
    {"manages", optional_field, [](field_reader& in, json_value& v, role& r) { r.manages = in.list(v, 64); }},
    {"next_steps", optional_field, [](field_reader& in, json_value& v, role& r) { r.next_steps = in.list(v, 64); }},
    {"aspects", optional_field, read_aspects},
    {"sources", required, [](field_reader& in, json_value& v, role& r) { r.sources = in.sources(v); }},
});

constexpr auto faq_rules = std::to_array<field_rule<faq>>({
    {"id", required, [](field_reader& in, json_value& v, faq& f) { f.id = in.id(v); }},
    {"question", required, [](field_reader& in, json_value& v, faq& f) { f.question = in.text(v, 300); }},
    {"alternates", optional_field, [](field_reader& in, json_value& v, faq& f) { f.alternates = in.list(v, 300); }},
    {"answer", required, [](field_reader& in, json_value& v, faq& f) { f.answer = in.text(v, 1500); }},
    {"roles", optional_field, [](field_reader& in, json_value& v, faq& f) { f.roles = in.list(v, 64); }},
    {"sources", required, [](field_reader& in, json_value& v, faq& f) { f.sources = in.sources(v); }},
});

constexpr auto path_rules = std::to_array<field_rule<career_path>>({
    {"id", required, [](field_reader& in, json_value& v, career_path& p) { p.id = in.id(v); }},
    {"from", required, [](field_reader& in, json_value& v, career_path& p) { p.from = in.text(v, 64); }},
    {"to", required, [](field_reader& in, json_value& v, career_path& p) { p.to = in.text(v, 64); }},
    {"summary", required, [](field_reader& in, json_value& v, career_path& p) { p.summary = in.text(v, 600); }},
    {"typical_time", optional_field, [](field_reader& in, json_value& v, career_path& p) { p.typical_time = in.text(v, 300); }},
    {"steps", steps_shape, read_steps},
    {"milestones", optional_field, [](field_reader& in, json_value& v, career_path& p) { p.milestones = in.list(v, 300); }},
    {"skills_to_build", optional_field, [](field_reader& in, json_value& v, career_path& p) { p.skills_to_build = in.list(v, 300); }},
    {"sources", required, [](field_reader& in, json_value& v, career_path& p) { p.sources = in.sources(v); }},
});

constexpr auto topic_rules = std::to_array<field_rule<topic>>({
    {"id", required, [](field_reader& in, json_value& v, topic& t) { t.id = in.id(v); }},
    {"title", required, [](field_reader& in, json_value& v, topic& t) { t.title = in.text(v, 150); }},
    {"summary", required, [](field_reader& in, json_value& v, topic& t) { t.summary = in.text(v, 800); }},
    {"points", optional_field, [](field_reader& in, json_value& v, topic& t) { t.points = in.list(v, 400); }},
    {"roles", optional_field, [](field_reader& in, json_value& v, topic& t) { t.roles = in.list(v, 64); }},
    {"sources", required, [](field_reader& in, json_value& v, topic& t) { t.sources = in.sources(v); }},
});
// clang-format on

/// Reads one section ("roles": [...]) of a file into `out`.
template <typename Entry, std::size_t N>
void read_section(field_reader& in, json_value& value, const std::string& at,
                  const std::array<field_rule<Entry>, N>& rules, std::vector<Entry>& out)
{
    ondemand::array entries;
    if (!has_type(value.get_array().get(entries))) {
        in.fail(at, "must be an array");
        return;
    }
    std::size_t i = 0;
    for (auto item : entries) {
        auto entry_at = at + "/" + std::to_string(i++);
        auto entry_value = next(std::move(item));
        ondemand::object object;
        if (!has_type(entry_value.get_object().get(object))) {
            in.fail(std::move(entry_at), "must be an object");
            continue;
        }
        auto& entry = out.emplace_back();
        entry.defined_at = {in.file(), std::move(entry_at)};
        read_fields(in, object, entry.defined_at.pointer, rules, entry);
    }
}

/// The file's text with the padding the parser reads past its end: in place when the
/// string has that much spare capacity (see source_file::padded), else copied into `copy`.
simdjson::padded_string_view padded_text(const std::string& text, simdjson::padded_string& copy)
{
    if (text.capacity() >= text.size() + simdjson::SIMDJSON_PADDING) {
        return simdjson::padded_string_view(text.data(), text.size(), text.capacity());
    }
    copy = simdjson::padded_string(text);
    return copy;
}

void read_file(ondemand::parser& parser, const source_file& file, content& data,
               std::vector<load_error>& errors)
{
    field_reader in(file.name, errors);
    simdjson::padded_string copy;
    try {
        ondemand::document doc;
        if (parser.iterate(padded_text(file.content, copy)).get(doc) != simdjson::SUCCESS) {
            throw not_json{};
        }
        ondemand::object sections;
        if (!has_type(doc.get_object().get(sections))) {
            in.fail("", "must be a JSON object");
            return;
        }
        for (auto member : sections) {
            auto field = next(std::move(member));
            const auto key = key_of(field);
            const auto at = "/" + std::string(key);
            if (key == "roles") {
                read_section(in, field.value(), at, role_rules, data.roles);
            } else if (key == "faqs") {
                read_section(in, field.value(), at, faq_rules, data.faqs);
            } else if (key == "paths") {
                read_section(in, field.value(), at, path_rules, data.paths);
            } else if (key == "topics") {
                read_section(in, field.value(), at, topic_rules, data.topics);
            } else {
                in.fail(at, "is not a known section (expected roles, faqs, paths or topics)");
            }
        }
        // Past the object's end, only the end of the text may come.
        if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS) {
            throw not_json{};
        }
    } catch (const not_json&) {
        in.fail("", "is not valid JSON");
    }
}

} // namespace

void read_entries(const std::vector<source_file>& files, content& data,
                  std::vector<load_error>& errors)
{
    ondemand::parser parser;
    for (const auto& file : files) {
        read_file(parser, file, data, errors);
    }
}

} // namespace rolebot::knowledge
