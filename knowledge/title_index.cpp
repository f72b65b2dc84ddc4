#include "knowledge/title_index.hpp"

#include "knowledge/text_normalize.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace rolebot::knowledge {
namespace {

/// Functions other than product that share title words with product roles ("chief
/// technology officer", "head of engineering", "VP of sales", "design director").
bool names_other_function(std::string_view word)
{
    static constexpr std::array<std::string_view, 16> functions{
        "technology", "technical", "engineering", "marketing", "sales",   "design",
        "data",       "operating", "operation",   "financial", "finance", "executive",
        "people",     "customer",  "revenue",     "security"};
    return std::find(functions.begin(), functions.end(), word) != functions.end();
}

constexpr std::size_t no_role = std::numeric_limits<std::size_t>::max();
constexpr std::size_t max_query_length = 80;    // longer text is a question, not a title
constexpr std::size_t max_spelling_length = 40; // typo matching beyond this is a question
constexpr std::size_t max_suggestions = 3;

std::string bag_of(std::vector<std::string> tokens)
{
    std::sort(tokens.begin(), tokens.end());
    std::string bag;
    for (const auto& t : tokens) {
        bag += t;
        bag.push_back(' ');
    }
    return bag;
}

std::string join(const std::vector<std::string>& tokens)
{
    std::string out;
    for (const auto& t : tokens) {
        if (!out.empty()) {
            out.push_back(' ');
        }
        out += t;
    }
    return out;
}

/// Typos tolerated for a key of this length: none for abbreviations, more for long names.
std::size_t allowed_typos(std::size_t length)
{
    if (length <= 4) {
        return 0;
    }
    if (length <= 9) {
        return 1;
    }
    return length <= 20 ? 2 : 3;
}

} // namespace

title_index::title_index(const std::vector<role>& roles) : role_count_(roles.size())
{
    for (std::size_t i = 0; i < roles.size(); ++i) {
        std::vector<std::string_view> names{roles[i].title};
        names.insert(names.end(), roles[i].aliases.begin(), roles[i].aliases.end());
        for (auto name : names) {
            auto tokens = title_tokens(name);
            if (tokens.empty()) {
                continue;
            }
            name_entry entry{join(tokens), tokens, i};
            const auto number = static_cast<std::uint32_t>(names_.size());
            for (const auto& token : tokens) {
                auto& list = by_word_[token];
                if (list.empty() || list.back() != number) {
                    list.push_back(number);
                }
            }
            by_key_.emplace(entry.key, i);
            auto& longest = longest_from_[tokens.front()];
            longest = std::max(longest, tokens.size());
            // A word bag shared by two roles would be a guess, so it is left out.
            auto [it, inserted] = by_bag_.emplace(bag_of(tokens), i);
            if (!inserted && it->second != i) {
                it->second = no_role;
            }
            names_.push_back(std::move(entry));
        }
    }
    std::vector<std::string_view> name_words;
    for (const auto& entry : by_word_) {
        name_words.push_back(entry.first);
    }
    name_words_ = word_filter(name_words);
    for (const auto& [word, names] : by_word_) {
        if (word == "senior" || word == "junior" || word == "head") {
            // Adjectives in "more senior", "junior staff", and "heading" stemmed ("heading
            // into management"): never a role alone.
            continue;
        }
        const auto owner = names_[names.front()].role;
        const bool one_role = std::all_of(names.begin(), names.end(),
                                          [&](std::uint32_t n) { return names_[n].role == owner; });
        if (one_role) {
            word_owner_.emplace(word, owner);
        }
    }
}

title_match title_index::match(std::string_view query, bool spelling) const
{
    if (query.size() > max_query_length) {
        return {};
    }
    const auto tokens = title_tokens(query);
    if (tokens.empty()) {
        return {};
    }
    const auto key = join(tokens);
    if (auto it = by_key_.find(key); it != by_key_.end()) {
        return {it->second, {}};
    }
    if (auto it = by_bag_.find(bag_of(tokens)); it != by_bag_.end() && it->second != no_role) {
        return {it->second, {}};
    }
    const bool suggest = spelling && key.size() <= max_spelling_length;
    // Without suggestions to make, two covering roles are enough to know there is no
    // unique one: on a large base "product manager" is in thousands of names.
    auto covering = covering_roles(tokens, !suggest);
    if (covering.size() == 1) {
        return {covering.front(), {}};
    }
    if (!suggest) {
        return {};
    }
    // "manager" fits several roles: not ours to pick, but they are the best suggestions.
    return by_spelling(key, std::move(covering));
}

title_index::name_part title_index::part_of(std::string_view word) const
{
    name_part part;
    if (!name_words_.may_contain(word)) {
        return part; // starts no name and is none
    }
    if (const auto it = longest_from_.find(word); it != longest_from_.end()) {
        part.longest = it->second;
    }
    if (const auto it = word_owner_.find(word); it != word_owner_.end()) {
        part.owner = it->second;
    }
    return part;
}

std::vector<std::size_t> title_index::mentions(const std::vector<std::string>& words) const
{
    std::vector<std::string_view> views(words.begin(), words.end());
    std::vector<name_part> parts;
    parts.reserve(words.size());
    for (const auto& w : words) {
        parts.push_back(part_of(w));
    }
    return mentions(views, parts);
}

std::vector<std::size_t> title_index::mentions(std::span<const std::string_view> words,
                                               std::span<const name_part> parts) const
{
    std::vector<std::size_t> found;
    const auto note = [&](std::size_t role) {
        if (std::find(found.begin(), found.end(), role) == found.end()) {
            found.push_back(role);
        }
    };
    std::string key;
    for (std::size_t i = 0; i < words.size();) {
        std::size_t taken = 0;
        // Only a word that starts some name can start a multi-word name here: most words
        // of a question start none, and skip the lookups.
        for (std::size_t n = std::min(parts[i].longest, words.size() - i); n >= 2; --n) {
            key.clear();
            for (std::size_t w = i; w < i + n; ++w) {
                if (w > i) {
                    key.push_back(' ');
                }
                key += words[w];
            }
            if (auto name = by_key_.find(key); name != by_key_.end()) {
                note(name->second);
                taken = n;
                break;
            }
        }
        if (taken == 0) {
            // A lone word counts only when it fits one role ("lead" alone is too common),
            // and not next to another function: a chief technology officer, a head of
            // engineering or a design director is no product role.
            // (Its neighbours are looked at only for a word that fits a role: most fit none.)
            if (parts[i].owner != name_part::npos &&
                !(i + 1 < words.size() && names_other_function(words[i + 1])) &&
                !(i > 0 && names_other_function(words[i - 1]))) {
                note(parts[i].owner);
            }
            taken = 1;
        }
        i += taken;
    }
    return found;
}

std::vector<std::size_t> title_index::covering_roles(const std::vector<std::string>& tokens,
                                                     bool two_are_enough) const
{
    // Roles with a name containing every word of the query, shortest name first. The
    // rarest word's list of names is the only one walked.
    const std::vector<std::uint32_t>* shortest = nullptr;
    for (const auto& t : tokens) {
        auto it = by_word_.find(t);
        if (it == by_word_.end()) {
            return {};
        }
        if (shortest == nullptr || it->second.size() < shortest->size()) {
            shortest = &it->second;
        }
    }
    std::vector<std::pair<std::size_t, std::size_t>> found; // (name length, role)
    if (shortest == nullptr) {
        return {};
    }
    for (const auto number : *shortest) {
        const auto& entry = names_[number];
        const bool covers = std::all_of(tokens.begin(), tokens.end(), [&](const std::string& t) {
            return std::find(entry.tokens.begin(), entry.tokens.end(), t) != entry.tokens.end();
        });
        if (covers) {
            found.emplace_back(entry.key.size(), entry.role);
            if (two_are_enough && found.front().second != entry.role) {
                break;
            }
        }
    }
    std::stable_sort(found.begin(), found.end());
    std::vector<std::size_t> roles;
    for (const auto& [length, role] : found) {
        if (std::find(roles.begin(), roles.end(), role) == roles.end()) {
            roles.push_back(role);
        }
    }
    return roles;
}

title_match title_index::by_spelling(const std::string& key,
                                     std::vector<std::size_t> covering) const
{
    if (!covering.empty()) {
        // Several roles contain every word: they are the suggestions, no spelling needed.
        covering.resize(std::min(covering.size(), max_suggestions));
        return {std::nullopt, std::move(covering)};
    }
    // Best distance of each role over all its names.
    // Names whose length differs by more than this cannot be close enough to matter (the
    // distance is at least the difference), so they are not compared at all.
    const std::size_t reach = std::max<std::size_t>(2, key.size() / 2);
    std::vector<std::size_t> best(role_count_, std::numeric_limits<std::size_t>::max());
    for (const auto& entry : names_) {
        const auto gap = key.size() > entry.key.size() ? key.size() - entry.key.size()
                                                       : entry.key.size() - key.size();
        if (gap <= reach) {
            best[entry.role] = std::min(best[entry.role], edit_distance(key, entry.key));
        }
    }
    std::vector<std::size_t> order(role_count_);
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return best[a] < best[b]; });

    title_match result;
    if (order.empty()) {
        return result;
    }
    const bool unique_best = order.size() == 1 || best[order[0]] < best[order[1]];
    if (unique_best && best[order[0]] <= allowed_typos(key.size())) {
        result.role = order[0];
        return result;
    }
    // Suggest only roles that are plausibly what was meant: within half the query's length.
    const std::size_t plausible = reach;
    for (auto i : order) {
        if (result.suggestions.size() == max_suggestions || best[i] > plausible) {
            break;
        }
        result.suggestions.push_back(i);
    }
    return result;
}

} // namespace rolebot::knowledge
