#include "knowledge/loader.hpp"

#include "knowledge/content_checks.hpp"
#include "knowledge/embedded_data.hpp"
#include "knowledge/entry_reader.hpp"

#include <simdjson.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace rolebot::knowledge {
namespace {

constexpr std::size_t max_file_bytes = 8U * 1024U * 1024U;

} // namespace

std::string load_error::to_string() const
{
    return file + ": " + (pointer.empty() ? "/" : pointer) + ": " + message;
}

load_result load_files(const std::vector<source_file>& files)
{
    load_result result;
    read_entries(files, result.data, result.errors);
    check_content(result.data, result.errors);
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
