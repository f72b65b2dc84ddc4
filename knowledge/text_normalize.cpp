#include "knowledge/text_normalize.hpp"

#include "knowledge/word_filter.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rolebot::knowledge {
namespace {

struct expansion {
    std::string_view from;
    std::string_view to;
};

// Abbreviations people use in titles. Both the knowledge base's names and the user's
// text go through the same table, so "PM" and "Product Manager" meet in the middle.
constexpr std::array<expansion, 39> abbreviations{{
    {"sr", "senior"},
    {"snr", "senior"},
    {"jr", "junior"},
    {"mgr", "manager"},
    {"mgrs", "manager"},
    {"mgmt", "management"},
    {"prod", "product"},
    {"dir", "director"},
    {"pm", "product manager"},
    {"pms", "product manager"},
    {"apm", "associate product manager"},
    {"vps", "vp"},
    {"cpo", "chief product officer"},
    {"cpos", "chief product officer"},
    {"apms", "associate product manager"},
    {"pl", "product lead"},
    {"pml", "product management lead"},
    {"hop", "head product"},
    {"hd", "head"},
    {"assoc", "associate"},
    {"pmls", "product management lead"},
    {"lpm", "lead product manager"},
    {"lpms", "lead product manager"},
    {"spm", "senior product manager"},
    {"spms", "senior product manager"},
    {"ic", "individual contributor"},
    {"ics", "individual contributor"},
    {"diff", "difference"},
    {"yrs", "year"},
    {"yr", "year"},
    {"exec", "executive"},
    {"execs", "executive"},
    {"kpi", "metric"},
    {"kpis", "metric"},
    {"reqs", "requirements"},
    {"req", "requirement"},
    {"comms", "communication"},
    {"desc", "description"},
    {"recs", "recommendation"},
}};

constexpr std::array<std::string_view, 6> filler_words{"of", "the", "a", "an", "for", "our"};

/// "managers" -> manager, "strategies" -> strategy, for the word in `word` from `start`.
/// Short words ("vps") stay, and so do words whose final s is not a plural's:
/// "process", "focus", "continuous", "analysis", "this".
void make_singular(std::string& word, std::size_t start)
{
    const auto n = word.size() - start;
    if (n <= 3 || word.back() != 's') {
        return;
    }
    if (n > 4 && word.ends_with("ies")) {
        word.resize(word.size() - 3);
        word.push_back('y');
        return;
    }
    const char before = word[word.size() - 2];
    if (before != 's' && before != 'u' && before != 'i') {
        word.pop_back();
    }
}

/// The abbreviation table as a hash map: every word of every entry and question goes
/// through it, and a linear scan showed up as the largest cost of loading a big base.
const std::unordered_map<std::string_view, std::string_view>& abbreviation_map()
{
    static const auto map = [] {
        std::unordered_map<std::string_view, std::string_view> m;
        for (const auto& e : abbreviations) {
            m.emplace(e.from, e.to);
        }
        return m;
    }();
    return map;
}

/// The abbreviations' words: most words are none, and this rules them out unhashed.
const word_filter& abbreviation_filter()
{
    static const word_filter filter = [] {
        std::vector<std::string_view> words;
        for (const auto& e : abbreviations) {
            words.push_back(e.from);
        }
        return word_filter(words);
    }();
    return filter;
}

/// Each byte's form within a word (lower case), or 0 for a byte that is no part of one.
constexpr auto word_byte = [] {
    std::array<char, 256> table{};
    for (char c = 'a'; c <= 'z'; ++c) {
        table[static_cast<unsigned char>(c)] = c;
        table[static_cast<unsigned char>(c - 'a' + 'A')] = c;
    }
    for (char c = '0'; c <= '9'; ++c) {
        table[static_cast<unsigned char>(c)] = c;
    }
    return table;
}();

} // namespace

bool possessive_at(std::string_view text, std::size_t at)
{
    const auto after = at + 2;
    return at + 1 < text.size() && (text[at + 1] == 's' || text[at + 1] == 'S') &&
           (after == text.size() || std::isalnum(static_cast<unsigned char>(text[after])) == 0);
}

bool abbreviation_plural(std::string_view word)
{
    return word.size() >= 3 && word.back() == 's' &&
           std::all_of(word.begin(), word.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
}

void title_token_list::read(std::string_view text)
{
    chars_.clear();
    ends_.clear();
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    // An apostrophe neither starts nor ends a word: "don't" -> dont. A final "'s" goes
    // with it: "PL's" -> pl (not "pls", which is "please").
    const auto skip_apostrophe = [&](std::size_t& at) {
        if (possessive_at(text, at)) {
            ++at;
        }
        ++at;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        if (word_byte[byte(i)] == 0) {
            if (byte(i) == '\'') {
                skip_apostrophe(i);
            } else {
                ++i;
            }
            continue;
        }
        const auto typed_start = i;
        const auto start = chars_.size();
        while (i < text.size()) {
            if (const char lower = word_byte[byte(i)]; lower != 0) {
                chars_.push_back(lower);
                ++i;
            } else if (byte(i) == '\'') {
                skip_apostrophe(i);
            } else {
                break;
            }
        }
        end_word(start, text.substr(typed_start, i - typed_start));
    }
}

void title_token_list::end_word(std::size_t start, std::string_view typed)
{
    if (abbreviation_plural(typed)) {
        chars_.pop_back();
    }
    const std::string_view word(chars_.data() + start, chars_.size() - start);
    const std::string_view* expansion = nullptr;
    if (abbreviation_filter().may_contain(word)) {
        const auto& map = abbreviation_map();
        if (const auto it = map.find(word); it != map.end()) {
            expansion = &it->second;
        }
    }
    if (expansion != nullptr) {
        chars_.resize(start);
        std::string_view rest = *expansion;
        while (!rest.empty()) {
            const auto space = rest.find(' ');
            const auto token_start = chars_.size();
            chars_.append(rest.substr(0, space));
            end_token(token_start);
            rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
        }
    } else if (word.size() > 3 ||
               std::find(filler_words.begin(), filler_words.end(), word) == filler_words.end()) {
        make_singular(chars_, start);
        end_token(start);
    } else {
        chars_.resize(start);
    }
}

void title_token_list::end_token(std::size_t start)
{
    // Two-word spellings of one word: "vice president" is one title word, like its
    // abbreviation, and chat's "b/w" means between.
    if (!ends_.empty()) {
        const auto token = std::string_view(chars_).substr(start);
        const auto before = (*this)[ends_.size() - 1];
        const char* joined = before == "vice" && token == "president" ? "vp"
                             : before == "b" && token == "w"          ? "between"
                                                                      : nullptr;
        if (joined != nullptr) {
            chars_.resize(start - before.size());
            chars_.append(joined);
            ends_.back() = static_cast<std::uint32_t>(chars_.size());
            return;
        }
        // Chat's "product person" (or people, folks) is someone in product: the
        // person is no word of any title, and matched role cards that mention one.
        if (before == "product" &&
            (token == "person" || token == "people" || token == "folk" || token == "guy")) {
            chars_.resize(start);
            return;
        }
    }
    ends_.push_back(static_cast<std::uint32_t>(chars_.size()));
}

void for_each_title_token(std::string_view text, const std::function<void(std::string_view)>& emit)
{
    // One list per thread, reused: a question's words are read several times over, and
    // allocating a list each time cost 3% of answering one. A call made from inside
    // `emit` gets a list of its own.
    thread_local title_token_list reused;
    thread_local bool reused_busy = false;
    title_token_list own;
    auto& tokens = reused_busy ? own : reused;
    const bool borrowed = !reused_busy;
    reused_busy = true;
    struct give_back {
        bool borrowed;
        ~give_back()
        {
            if (borrowed) {
                reused_busy = false;
            }
        }
    } release{borrowed};
    tokens.read(text);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        emit(tokens[i]);
    }
}

std::vector<std::string> title_tokens(std::string_view text)
{
    std::vector<std::string> out;
    for_each_title_token(text, [&](std::string_view token) { out.emplace_back(token); });
    return out;
}

std::string normalize_title(std::string_view text)
{
    std::string key;
    for (const auto& token : title_tokens(text)) {
        if (!key.empty()) {
            key.push_back(' ');
        }
        key += token;
    }
    return key;
}

std::size_t edit_distance(std::string_view a, std::string_view b)
{
    // Three rolling rows are enough for the transposition rule; short words (all titles
    // and almost every query word) fit on the stack.
    constexpr std::size_t stack_columns = 64;
    std::array<std::size_t, 3 * stack_columns> stack{};
    std::vector<std::size_t> heap;
    std::size_t* rows = stack.data();
    if (b.size() + 1 > stack_columns) {
        heap.resize(3 * (b.size() + 1));
        rows = heap.data();
    }
    const std::size_t width = b.size() + 1;
    std::size_t* before = rows;
    std::size_t* previous = rows + width;
    std::size_t* current = rows + 2 * width;
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool one_edit_apart(std::string_view a, std::string_view b)
{
    if (a.size() < b.size()) {
        std::swap(a, b); // a is the longer one, if either
    }
    if (a.size() - b.size() > 1) {
        return false;
    }
    std::size_t i = 0;
    while (i < b.size() && a[i] == b[i]) {
        ++i;
    }
    if (a.size() != b.size()) {
        return a.substr(i + 1) == b.substr(i); // one character inserted at i
    }
    if (i == a.size()) {
        return false; // equal
    }
    if (a.substr(i + 1) == b.substr(i + 1)) {
        return true; // one character replaced at i
    }
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2); // two neighbours swapped
}

} // namespace rolebot::knowledge
