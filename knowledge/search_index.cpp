#include "knowledge/search_index.hpp"

#include "knowledge/text_normalize.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <unordered_map>

namespace rolebot::knowledge {
namespace {

constexpr double k1 = 1.2;
constexpr double b = 0.75;
// Words in nearly every document ("product") tell nothing apart and cost the most to
// score: they are left out of scoring and coverage alike.
constexpr double min_idf = 0.05;
// Documents that share only this much of a question's weight are never worth ranking
// (the answerer offers nothing below a quarter as even a "closest topic").
constexpr double ignorable_share = 0.25;
constexpr std::size_t min_typo_length = 4; // shorter words are abbreviations: exact only
// How much an unseen word counts against coverage, relative to the rarest seen word.
// Chat is full of words no article uses ("someday", "lol"); they must not sink a match.
constexpr double unknown_word_share = 1.0;

// Words that carry no topic. Question words that do ("long", "report", "become") stay.
// (Function-local, so it is ready even when a static object elsewhere searches.)
const std::set<std::string_view>& stop_words()
{
    static const std::set<std::string_view> words{
        "i", "me", "my", "we", "our", "you", "your", "it", "its", "is", "are", "was", "were", "be",
        "been", "being", "am", "do", "doe", "did", "does", "what", "which", "who", "whom", "how",
        "why", "when", "where", "can", "could", "would", "should", "will", "shall", "may", "might",
        "must", "to", "in", "on", "at", "by", "for", "with", "about", "as", "into", "from", "and",
        "or", "but", "if", "so", "than", "then", "that", "this", "these", "those", "there", "here",
        "any", "some", "all", "just", "also", "very", "really", "please", "tell", "know", "want",
        "like", "get", "have", "has", "had", "s", "t", "hi", "hey", "hello", "thanks", "thank",
        "rolebot", "im", "ive", "id", "whats", "thing", "one",
        // Chat filler: words that frame a question without saying what it is about.
        "quick", "q", "question", "plain", "term", "actual", "actually", "exact", "exactly",
        "basically", "basic", "simple", "simply", "someone", "anyone", "somebody", "lol", "btw",
        "pls", "plz", "ok", "okay", "yeah", "sorry", "honest", "curious", "wondering", "wonder",
        "gonna", "wanna", "kinda", "sorta", "guy", "folk", "pretty", "mean", "ever", "still",
        "even", "much", "many", "lot", "lots", "stuff", "etc", "e", "g", "eg", "ie", "sense",
        "understand", "explain", "summary", "sentence", "five", "general", "generally", "usually",
        "right", "now", "currently", "someday", "eventually", "here", "way", "kind", "sort", "type",
        "good", "great", "new", "hire", "go", "going", "got", "need", "work", "job", "role",
        "title", "position"};
    return words;
}

// Words people use for the same idea, mapped to one form (after stemming), so "how is a
// PM judged" meets "metrics" and "the hardest part" meets "challenges".
const std::unordered_map<std::string_view, std::string_view>& synonyms()
{
    static const std::unordered_map<std::string_view, std::string_view> map{
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
        {"inconsistent", "vary"},
        {"vari", "vary"},
        {"varie", "vary"},
        {"daily", "day"},
        {"week", "day"},
        {"budget", "finance"},
        {"financial", "finance"},
        {"p", "finance"},
        {"promotion", "promote"},
        {"promot", "promote"},
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
        {"differ", "difference"},  {"different", "difference"}, {"differently", "difference"},
        {"distinguish", "difference"}, {"vs", "difference"},  {"versus", "difference"},
        {"compare", "difference"}, {"compar", "difference"},  {"comparison", "difference"},
        {"study", "learn"},
        {"studie", "learn"},
        {"studi", "learn"},
    };
    return map;
}

std::string stem(std::string word)
{
    const auto strip = [&](std::string_view suffix, std::size_t min_left) {
        if (word.size() >= suffix.size() + min_left && word.ends_with(suffix)) {
            word.resize(word.size() - suffix.size());
            return true;
        }
        return false;
    };
    if (strip("ing", 4) || strip("ed", 4) || strip("ly", 4)) {
        return word;
    }
    return word;
}

} // namespace

std::vector<std::string> search_terms(std::string_view text)
{
    std::vector<std::string> out;
    for (auto& token : title_tokens(text)) {
        if (stop_words().contains(token)) {
            continue;
        }
        auto word = stem(std::move(token));
        if (auto it = synonyms().find(word); it != synonyms().end()) {
            word = it->second;
        }
        out.push_back(std::move(word));
    }
    return out;
}

std::uint32_t search_index::add(const std::vector<field>& fields)
{
    const auto document = static_cast<std::uint32_t>(lengths_.size());
    std::unordered_map<std::string, float> frequencies;
    float length = 0;
    for (const auto& f : fields) {
        for (auto& term : search_terms(f.text)) {
            frequencies[std::move(term)] += static_cast<float>(f.weight);
            length += static_cast<float>(f.weight);
        }
    }
    for (auto& [term, frequency] : frequencies) {
        terms_[term].postings.push_back({document, frequency});
    }
    lengths_.push_back(length);
    return document;
}

void search_index::finish()
{
    const auto n = static_cast<double>(lengths_.size());
    double total = 0;
    for (const auto l : lengths_) {
        total += l;
    }
    average_length_ = n > 0 ? total / n : 1;
    for (auto& [term, info] : terms_) {
        const auto df = static_cast<double>(info.postings.size());
        info.idf = std::log(1 + (n - df + 0.5) / (df + 0.5));
        std::sort(info.postings.begin(), info.postings.end(),
                  [](const posting& x, const posting& y) { return x.document < y.document; });
        // Document lengths never change: the BM25 term-frequency factor of each posting is
        // computed once here instead of on every query.
        for (auto& p : info.postings) {
            const double norm = k1 * (1 - b + b * lengths_[p.document] / average_length_);
            p.frequency = static_cast<float>(p.frequency * (k1 + 1) / (p.frequency + norm));
        }
    }
    // A word the index never saw weighs like the rarest word it did see: questions with
    // incidental words still match, but a question about an unseen subject does not.
    unknown_idf_ = std::log(1 + (n - 1 + 0.5) / (1 + 0.5)) * unknown_word_share;
    deletions_.clear();
    for (const auto& [term, info] : terms_) {
        if (term.size() < min_typo_length) {
            continue;
        }
        for (std::size_t i = 0; i < term.size(); ++i) {
            std::string variant = term;
            variant.erase(i, 1);
            deletions_[variant].push_back(&term);
        }
    }
}

const std::string* search_index::correct(const std::string& word) const
{
    if (word.size() < min_typo_length) {
        return nullptr;
    }
    // One edit away (insertion, deletion, substitution or swap) means the two words share
    // a string with at most one character deleted from each.
    std::vector<const std::string*> candidates;
    const auto collect = [&](const std::string& key) {
        if (auto it = deletions_.find(key); it != deletions_.end()) {
            candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        }
        if (auto it = terms_.find(key); it != terms_.end()) {
            candidates.push_back(&it->first);
        }
    };
    collect(word);
    for (std::size_t i = 0; i < word.size(); ++i) {
        std::string variant = word;
        variant.erase(i, 1);
        collect(variant);
    }
    const std::string* best = nullptr;
    std::size_t best_df = 0;
    for (const auto* candidate : candidates) {
        if (edit_distance(word, *candidate) != 1) {
            continue; // shares a deletion but is two edits away
        }
        const auto df = terms_.at(*candidate).postings.size();
        // The most common spelling wins; ties go to the alphabetically first: deterministic.
        if (best == nullptr || df > best_df || (df == best_df && *candidate < *best)) {
            best = candidate;
            best_df = df;
        }
    }
    if (best != nullptr) {
        return best;
    }
    // A misspelt synonym ("diffrent") never reaches the index under its own spelling:
    // correct it against the synonym table, then take the word it stands for.
    for (const auto& [from, to] : synonyms()) {
        if (from.size() >= min_typo_length && edit_distance(word, from) == 1) {
            if (auto it = terms_.find(std::string(to)); it != terms_.end()) {
                return &it->first;
            }
        }
    }
    return nullptr;
}

bool search_index::contains(std::uint32_t document, const std::string& term) const
{
    auto it = terms_.find(term);
    if (it == terms_.end()) {
        return false;
    }
    const auto& postings = it->second.postings;
    return std::binary_search(
        postings.begin(), postings.end(), posting{document, 0},
        [](const posting& x, const posting& y) { return x.document < y.document; });
}

std::vector<std::string> search_index::corrected_terms(std::string_view query) const
{
    auto terms = search_terms(query);
    for (auto& term : terms) {
        if (!terms_.contains(term)) {
            if (const auto* fixed = correct(term)) {
                term = *fixed;
            }
        }
    }
    return terms;
}

std::vector<search_index::hit> search_index::search(std::string_view query, std::size_t limit) const
{
    return search_terms_of(corrected_terms(query), limit);
}

std::vector<search_index::hit> search_index::search_terms_of(std::vector<std::string> terms,
                                                             std::size_t limit) const
{
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    if (terms.empty() || lengths_.empty()) {
        return {};
    }

    double query_weight = 0;
    std::vector<const term_info*> known;
    for (const auto& term : terms) {
        auto it = terms_.find(term);
        if (it == terms_.end()) {
            query_weight += unknown_idf_;
        } else if (it->second.idf >= min_idf) {
            query_weight += it->second.idf;
            known.push_back(&it->second);
        }
    }
    // Rarest words first. Documents holding none of the rare words that carry all but
    // `ignorable_share` of the question's weight cannot cover enough of it to matter, so
    // only the rare words' postings make candidates; the common words (long postings,
    // little weight) are then looked up for those candidates alone.
    std::sort(known.begin(), known.end(),
              [](const term_info* x, const term_info* y) { return x->idf > y->idf; });
    std::size_t essential = known.size();
    double tail = 0;
    while (essential > 1 && tail + known[essential - 1]->idf < ignorable_share * query_weight) {
        tail += known[--essential]->idf;
    }

    // Dense per-thread accumulators, cleared through the list of touched documents: no
    // allocation and no hashing per posting.
    thread_local std::vector<double> scores;
    thread_local std::vector<double> matched;
    thread_local std::vector<std::uint32_t> touched;
    if (scores.size() < lengths_.size()) {
        scores.assign(lengths_.size(), 0);
        matched.assign(lengths_.size(), 0);
    }
    touched.clear();
    for (std::size_t t = 0; t < essential; ++t) {
        const auto* info = known[t];
        for (const auto& p : info->postings) {
            if (matched[p.document] == 0) {
                touched.push_back(p.document);
            }
            scores[p.document] += info->idf * p.frequency;
            matched[p.document] += info->idf;
        }
    }
    const auto by_document = [](const posting& x, std::uint32_t d) { return x.document < d; };
    for (std::size_t t = essential; t < known.size(); ++t) {
        const auto* info = known[t];
        for (const auto document : touched) {
            auto it = std::lower_bound(info->postings.begin(), info->postings.end(), document,
                                       by_document);
            if (it != info->postings.end() && it->document == document) {
                scores[document] += info->idf * it->frequency;
                matched[document] += info->idf;
            }
        }
    }
    std::vector<hit> hits;
    hits.reserve(touched.size());
    for (const auto document : touched) {
        hits.push_back(
            {document, scores[document], query_weight > 0 ? matched[document] / query_weight : 0});
        scores[document] = 0;
        matched[document] = 0;
    }
    const auto better = [](const hit& x, const hit& y) {
        return x.score != y.score ? x.score > y.score : x.document < y.document;
    };
    if (hits.size() > limit) {
        std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(limit),
                          hits.end(), better);
        hits.resize(limit);
    } else {
        std::sort(hits.begin(), hits.end(), better);
    }
    return hits;
}

} // namespace rolebot::knowledge
