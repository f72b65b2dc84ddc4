#pragma once

#include "knowledge/model.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::knowledge {

/// One problem found in a knowledge base file, located by JSON pointer.
struct load_error {
    std::string file;
    std::string pointer;
    std::string message;

    /// "file: /json/pointer: message", the format `rolebot kb check` prints.
    std::string to_string() const;
};

/// What loading produced: the content, or every error found (never both half-way).
struct load_result {
    content data;
    std::vector<load_error> errors;

    bool ok() const { return errors.empty(); }
};

/// A knowledge base file given by name and content.
struct source_file {
    std::string name;
    std::string content;

    /// A file whose content has `padding` bytes of spare capacity, which lets the
    /// parser read it in place instead of copying it first.
    static source_file padded(std::string name, std::string_view content);
    static constexpr std::size_t padding = 64;
};

/// Parses and validates knowledge base files: schema, unique ids and aliases, references
/// to roles, and a source on every entry. A file may hold any of the sections "roles",
/// "faqs", "paths" and "topics".
load_result load_files(const std::vector<source_file>& files);

/// Loads the knowledge base shipped inside the binary.
load_result load_embedded();

/// Loads every *.json file of a directory (sorted by name, so results are deterministic).
load_result load_directory(const std::filesystem::path& dir);

/// Names, sizes and modification times of a directory's *.json files: changes whenever
/// a file is added, removed or rewritten. Empty when the directory cannot be read.
std::string directory_fingerprint(const std::filesystem::path& dir);

} // namespace rolebot::knowledge
