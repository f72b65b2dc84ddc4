#pragma once

#include "knowledge/model.hpp"
#include "knowledge/string_hash.hpp"
#include "knowledge/word_filter.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rolebot::knowledge {

/// What a title lookup found: one role, or the closest roles to offer instead.
struct title_match {
    std::optional<std::size_t> role;      ///< index into the knowledge base's roles
    std::vector<std::size_t> suggestions; ///< best first, at most three, when role is empty
};

/// Forgiving title lookup over titles and aliases: exact names, word order, a unique
/// partial name ("director"), and typos ("prodct lead"). It never guesses between two
/// roles that fit equally well; it suggests them instead.
class title_index {
public:
    explicit title_index(const std::vector<role>& roles);

    /// Finds the role a user means by `query`; `spelling` false skips the typo search
    /// over whole names (for text whose words were already corrected one by one).
    title_match match(std::string_view query, bool spelling = true) const;

    /// Roles named inside a question's words (already normalised, e.g. search terms),
    /// in order of appearance, each once: the longest multi-word name at each position,
    /// or a single word that fits exactly one role ("director", "vp").
    std::vector<std::size_t> mentions(const std::vector<std::string>& words) const;

    /// The part one word can play in a name, for mentions(): the most words a name
    /// starting with it has (0 for none), and the one role whose names alone hold it.
    struct name_part {
        std::size_t longest = 0;
        std::size_t owner = npos;
        static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    };
    name_part part_of(std::string_view word) const;
    /// mentions() for a caller that has each word's part already: one that reads many
    /// texts with the same words looks each word up once (see entry_words).
    std::vector<std::size_t> mentions(std::span<const std::string_view> words,
                                      std::span<const name_part> parts) const;

private:
    struct name_entry {
        std::string key;                 ///< normalised name
        std::vector<std::string> tokens; ///< its words
        std::size_t role;
    };

    /// Roles with a name holding every token, shortest name first. With `two_are_enough`
    /// it stops at the second different role (for callers that only ask "exactly one?").
    std::vector<std::size_t> covering_roles(const std::vector<std::string>& tokens,
                                            bool two_are_enough) const;
    title_match by_spelling(const std::string& key, std::vector<std::size_t> covering) const;

    std::vector<name_entry> names_;
    std::unordered_map<std::string, std::size_t> by_key_; ///< normalised name -> role
    std::unordered_map<std::string, std::size_t> by_bag_; ///< sorted words -> role (unique only)
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_word_; ///< word -> names
    string_map<std::size_t> word_owner_; ///< word in one role's names only
    /// First word of a name -> the most words a name starting with it has.
    string_map<std::size_t> longest_from_;
    std::size_t role_count_ = 0;
    /// Every word of every name: most words of a text are in none, and skip the lookups.
    word_filter name_words_;
};

} // namespace rolebot::knowledge
