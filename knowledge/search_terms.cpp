#include "knowledge/search_terms.hpp"

#include "knowledge/text_normalize.hpp"
#include "knowledge/word_filter.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_set>

namespace rolebot::knowledge {
namespace {

// Words that carry no topic. Question words that do ("long", "report", "become") stay.
// (Function-local, so it is ready even when a static object elsewhere searches.)
const std::unordered_set<std::string_view>& stop_words()
{
    static const std::unordered_set<std::string_view> words{
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ourselves", "you", "your", "yours",
        "yourself", "he", "him", "his", "she", "her", "they", "them", "their", "theirs",
        "themselve", "themself", "it", "its", "is", "are", "was", "were", "be", "been", "being",
        "am", "do", "doe", "did", "does", "what", "which", "who", "whom", "how", "why", "when",
        "where", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "to",
        "in", "on", "at", "by", "for", "with", "about", "as", "into", "from", "and", "or", "but",
        "if", "so", "than", "then", "that", "this", "these", "those", "there", "here", "any",
        "some", "all", "just", "also", "very", "really", "please", "tell", "know", "want", "like",
        "get", "have", "has", "had", "s", "t", "hi", "hey", "hello", "thanks", "thank", "rolebot",
        "im", "ive", "id", "whats", "thing", "one", "more", "both",
        // Where the answer comes from, not what it is about ("what do the docs say...").
        "article", "kb", "doc", "docs", "documentation", "wiki", "bot", "source",
        // Chat filler: words that frame a question without saying what it is about.
        "quick", "q", "question", "plain", "term", "actual", "actually", "exact", "exactly",
        "basically", "basic", "simple", "simply", "normally", "someone", "anyone", "somebody",
        "lol", "btw", "pls", "plz", "tbh", "imo", "imho", "idk", "fyi", "afaik", "iirc", "lmk",
        "thx", "ty", "ppl", "ok", "okay", "yeah", "sorry", "honest", "curious", "wondering",
        "wonder", "gonna", "wanna", "kinda", "sorta", "guy", "folk", "pretty", "mean", "ever",
        "still", "even", "much", "many", "lot", "lots", "stuff", "etc", "e", "g", "eg", "ie",
        "sense", "understand", "explain", "summary", "sentence", "five", "general", "generally",
        "usually", "usual", "typically", "right", "now", "currently", "someday", "eventually",
        "here", "way", "kind", "sort", "type", "good", "great", "new", "hire", "go", "going", "got",
        "need", "work", "job", "role", "title", "position",
        // Chat's hedges, contractions and fillers that no article uses: left in, each would
        // count as an unknown subject and sink a question the base answers.
        "somewhere", "anywhere", "nowhere", "anything", "nothing", "anybody", "everybody", "nobody",
        "never", "couple", "bunch", "wait", "literally", "literal", "essentially", "came", "told",
        "youd", "youll", "youve", "theyd", "theyll", "hes", "didnt", "arent", "wasnt", "werent",
        "cant", "couldnt", "wouldnt", "shouldnt", "wont", "havent", "hasnt", "hadnt", "weve",
        "gotta", "lemme", "gimme", "yall", "tho", "thru", "although", "cuz", "whilst", "too",
        "neither", "maybe", "perhaps", "probably", "possibly", "definitely", "certainly",
        "obviously", "apparently", "seriously", "purely", "truly", "anyway", "anyways", "otherwise",
        "however", "whatever", "whenever", "wherever", "whoever", "somehow", "felt", "guess",
        "suppose", "haha", "hmm", "um", "uh", "omg", "ngl", "rn", "ya", "tip", "tips", "toward",
        "towards", "youre", "theyre", "thats", "theres", "isnt", "dont", "doesnt", "once", "wtf",
        "lmao", "nah", "nope", "yep", "yup", "u", "ur", "r", "tldr", "eli5", "dumb", "silly",
        "reckon", "kindly", "paragraph", "fr"};
    return words;
}

// Words people use for the same idea, mapped to one form (after stemming), so "how is a
// PM judged" meets "metrics" and "the hardest part" meets "challenges".
} // namespace

const std::unordered_map<std::string_view, std::string_view>& synonyms()
{
    static const std::unordered_map<std::string_view, std::string_view> map{
        // Chat writes numbers as digits; the articles spell them out ("four pillars").
        {"2", "two"},
        {"3", "three"},
        {"4", "four"},
        {"5", "five"},
        {"6", "six"},
        {"7", "seven"},
        {"8", "eight"},
        {"9", "nine"},
        {"10", "ten"},
        {"measur", "metric"},
        {"measure", "metric"},
        {"kpi", "metric"},
        {"accountable", "responsible"},
        {"hardest", "challenge"},
        {"hard", "challenge"},
        {"difficult", "challenge"},
        {"tough", "challenge"},
        {"struggle", "challenge"},
        {"struggl", "challenge"},
        {"obstacle", "challenge"},
        {"mandatory", "required"},
        {"requir", "required"},
        {"require", "required"},
        {"prerequisite", "required"},
        {"boss", "report"},
        // The company's other chiefs are executives to the base.
        {"ceo", "executive"},
        {"cfo", "executive"},
        {"cto", "executive"},
        {"coo", "executive"},
        {"inconsistent", "vary"},
        {"vari", "vary"},
        {"varie", "vary"},
        {"daily", "day"},
        {"everyday", "day"},
        {"remit", "scope"},
        {"purview", "scope"},
        {"week", "day"},
        {"budget", "finance"},
        {"financial", "finance"},
        {"p", "finance"},
        {"promotion", "promote"},
        {"promot", "promote"},
        {"promo", "promote"},
        {"manag", "manage"},
        {"coach", "mentor"},
        {"strategic", "strategy"},
        {"tech", "technical"},
        {"engineer", "engineering"},
        {"decision", "decide"},
        {"learn", "learn"},
        {"course", "learn"},
        {"read", "learn"},
        {"book", "learn"},
        {"differ", "difference"},
        {"different", "difference"},
        {"differently", "difference"},
        {"distinguish", "difference"},
        {"vs", "difference"},
        {"versus", "difference"},
        {"compare", "difference"},
        {"compar", "difference"},
        {"comparison", "difference"},
        {"study", "learn"},
        {"studie", "learn"},
        {"studi", "learn"},
        // Where a career starts, and a step on the ladder.
        {"beginner", "begin"},
        {"rung", "level"},
        // Telling the story well is communicating.
        {"storytell", "communication"},
        {"storyteller", "communication"},
        {"communicator", "communication"},
        // A verb and its noun meet where the light stemming leaves them apart
        // ("communicating" -> communicat, "communication").
        {"communicat", "communication"},
        {"communicate", "communication"},
        {"collaborat", "collaboration"},
        {"collaborate", "collaboration"},
        {"innovat", "innovation"},
        {"innovate", "innovation"},
        {"prioritisation", "prioritise"},
        // Money given to a product or taken away: investing in it or cutting it.
        {"fund", "invest"},
        {"axe", "cut"},
        // Whom a mentor mentors; telling two apart; the devs a PM works with; what a
        // calendar holds is the day.
        {"mentee", "mentor"},
        {"apart", "difference"},
        {"dev", "engineering"},
        {"calendar", "day"},
        {"alternate", "alternative"},
    };
    return map;
}

namespace {

bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/// True for a one-syllable stem ending consonant, vowel, consonant ("writ", "hir",
/// "mak"): its word ended in a silent e before the suffix went ("writing" -> write).
bool lost_an_e(std::string_view stem)
{
    const auto n = stem.size();
    if (n < 3 || is_vowel(stem[n - 1]) || stem[n - 1] == 'w' || stem[n - 1] == 'x' ||
        stem[n - 1] == 'y' || !is_vowel(stem[n - 2]) || is_vowel(stem[n - 3])) {
        return false;
    }
    std::size_t vowel_groups = 0;
    for (std::size_t i = 0; i < n; ++i) {
        vowel_groups += is_vowel(stem[i]) && (i == 0 || !is_vowel(stem[i - 1])) ? 1 : 0;
    }
    return vowel_groups == 1;
}

/// Drops one inflection, so that a word and its forms meet ("leading" -> lead, "planning"
/// -> plan, "writing" -> write, "clearly" -> clear); short words keep theirs. The word
/// is returned as a view of `text` or, when an e is restored, of `buffer`.
std::string_view stem(std::string_view word, std::string& buffer)
{
    // The articles spell the British way: "prioritize" and "analyzing" meet "prioritise"
    // and "analysing". (Every word of a large base comes through here: the rare z is
    // looked for first.)
    if (word.find('z') != std::string_view::npos) {
        for (const std::string_view american :
             {"ize", "izing", "ized", "izer", "ization", "yze", "yzing", "yzed"}) {
            if (word.size() >= american.size() + 3 && word.ends_with(american)) {
                buffer.assign(word);
                buffer[word.size() - american.size() + 1] = 's';
                word = buffer;
                break;
            }
        }
    }
    if (word.empty() || (word.back() != 'g' && word.back() != 'd' && word.back() != 'y')) {
        return word; // no inflection to drop
    }
    for (const std::string_view suffix : {"ing", "ed", "ly"}) {
        if (word.size() < suffix.size() + 3 || !word.ends_with(suffix)) {
            continue;
        }
        auto base = word.substr(0, word.size() - suffix.size());
        if (suffix == "ly") {
            return base.size() >= 4 ? base : word;
        }
        if (suffix == "ed" && base.back() == 'e') {
            return word; // "speed", "agreed": the e is not a suffix's
        }
        const auto n = base.size();
        if (n >= 3 && base[n - 1] == base[n - 2] && !is_vowel(base[n - 1]) && base[n - 1] != 'l' &&
            base[n - 1] != 's' && base[n - 1] != 'z') {
            return base.substr(0, n - 1); // "planning" -> plan, "shipped" -> ship
        }
        // "writing" -> write; "prioritising" -> prioritise, "analysed" -> analyse;
        // "titling" -> title, "handled" -> handle.
        if (lost_an_e(base) || (n >= 5 && (base.ends_with("is") || base.ends_with("ys"))) ||
            (n >= 4 && base[n - 1] == 'l' &&
             std::string_view("bcdfgkpstz").find(base[n - 2]) != std::string_view::npos)) {
            std::string restored(base);
            restored.push_back('e');
            buffer = std::move(restored);
            return buffer;
        }
        return base;
    }
    return word;
}

} // namespace

void for_each_search_term(std::string_view text, const std::function<void(std::string_view)>& emit)
{
    for_each_search_term(text, emit, false);
}

std::optional<std::string_view> search_term_of(std::string_view token, std::string& buffer)
{
    // Most words are neither stop words nor synonyms: the filters rule them out unhashed.
    static const word_filter maybe_stop_word(stop_words());
    static const word_filter maybe_synonym = [] {
        std::vector<std::string_view> keys;
        for (const auto& entry : synonyms()) {
            keys.push_back(entry.first);
        }
        return word_filter(keys);
    }();
    const auto is_stop_word = [](std::string_view word) {
        return maybe_stop_word.may_contain(word) && stop_words().contains(word);
    };
    if (is_stop_word(token)) {
        return std::nullopt;
    }
    const auto word = stem(token, buffer);
    // A stem can be a stop word that its inflection was not ("titling" -> title).
    if (word.size() != token.size() && is_stop_word(word)) {
        return std::nullopt;
    }
    if (maybe_synonym.may_contain(word)) {
        if (const auto synonym = synonyms().find(word); synonym != synonyms().end()) {
            return synonym->second;
        }
    }
    return word;
}

void for_each_search_term(std::string_view text, const std::function<void(std::string_view)>& emit,
                          bool mark_breaks)
{
    std::string buffer;
    for_each_title_token(text, [&](std::string_view token) {
        if (const auto term = search_term_of(token, buffer)) {
            emit(*term);
        } else if (mark_breaks) {
            emit({});
        }
    });
}

bool misspelt_stop_word(std::string_view word)
{
    // Short stop words ("to", "us") are one edit from too many abbreviations ("cto").
    constexpr std::size_t shortest = 4;
    constexpr std::size_t longest = 16;
    // The stop words by length: a word one edit away is at most one letter longer or
    // shorter, so only three lengths are compared.
    static const auto by_length = [] {
        std::array<std::vector<std::string_view>, longest + 1> out;
        for (const auto stop : stop_words()) {
            if (stop.size() >= shortest && stop.size() <= longest) {
                out[stop.size()].push_back(stop);
            }
        }
        return out;
    }();
    if (word.size() + 1 < shortest || word.size() > longest + 1) {
        return false;
    }
    for (auto length = word.size() - 1; length <= std::min(word.size() + 1, longest); ++length) {
        for (const auto stop : by_length[length]) {
            if (one_edit_apart(word, stop)) {
                return true;
            }
        }
    }
    return false;
}

std::vector<std::string> search_terms(std::string_view text, bool mark_breaks)
{
    std::vector<std::string> out;
    for_each_search_term(
        text, [&](std::string_view word) { out.emplace_back(word); }, mark_breaks);
    return out;
}

} // namespace rolebot::knowledge
