#include "knowledge/search_index.hpp"

#include "knowledge/text_normalize.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

namespace rolebot::knowledge {
namespace {

constexpr double k1 = 1.2;
constexpr double b = 0.75;
constexpr std::size_t min_typo_length = 4; // shorter words are abbreviations: exact only

// Words that carry no topic. Question words that do ("long", "report", "become") stay.
const std::set<std::string_view> stop_words{
    "i",     "me",    "my",    "we",    "our",   "you",   "your",  "it",    "its",   "is",
    "are",   "was",   "were",  "be",    "been",  "being", "am",    "do",    "doe",   "did",
    "does",  "what",  "which", "who",   "whom",  "how",   "why",   "when",  "where", "can",
    "could", "would", "should", "will", "shall", "may",   "might", "must",  "to",    "in",
    "on",    "at",    "by",    "for",   "with",  "about", "as",    "into",  "from",  "and",
    "or",    "but",   "if",    "so",    "than",  "then",  "that",  "this",  "these", "those",
    "there", "here",  "any",   "some",  "all",   "just",  "also",  "very",  "really", "please",
    "tell",  "know",  "want",  "like",  "get",   "have",  "has",   "had",   "s",     "t",
    "hi",    "hey",   "hello", "thanks", "thank", "rolebot", "im", "ive", "id", "whats",
    "thing", "one"};

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
        if (stop_words.contains(token)) {
            continue;
        }
        out.push_back(stem(std::move(token)));
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
    }
    unknown_idf_ = std::log(1 + (n + 0.5) / 0.5);
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
    return best;
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

std::vector<search_index::hit> search_index::search(std::string_view query,
                                                    std::size_t limit) const
{
    auto terms = corrected_terms(query);
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
        } else {
            query_weight += it->second.idf;
            known.push_back(&it->second);
        }
    }

    // Sparse accumulation: only documents that contain a query word are touched.
    std::unordered_map<std::uint32_t, std::pair<double, double>> scores; // score, matched idf
    for (const auto* info : known) {
        for (const auto& p : info->postings) {
            const double norm = k1 * (1 - b + b * lengths_[p.document] / average_length_);
            auto& [score, matched] = scores[p.document];
            score += info->idf * (p.frequency * (k1 + 1)) / (p.frequency + norm);
            matched += info->idf;
        }
    }
    std::vector<hit> hits;
    hits.reserve(scores.size());
    for (const auto& [document, value] : scores) {
        hits.push_back({document, value.first, query_weight > 0 ? value.second / query_weight : 0});
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
