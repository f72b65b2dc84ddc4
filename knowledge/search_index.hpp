#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rolebot::knowledge {

/// Words of free text in the form the index keeps: lower case, abbreviations expanded
/// ("PM" -> product manager), function words dropped, light stemming ("reports" ->
/// report, "leading" -> lead).
std::vector<std::string> search_terms(std::string_view text);

/// BM25 ranking over weighted fields, tolerant of one typo per word. Built once per
/// knowledge base snapshot, then only read (safe to share between threads).
class search_index {
public:
    /// One field of a document; heavier fields count more (a question outweighs its answer).
    struct field {
        std::string_view text;
        unsigned weight;
    };

    /// A ranked document.
    struct hit {
        std::uint32_t document;
        double score;
        /// How much of the question the document covers, from 0 to 1: the idf-weighted
        /// share of the question's words found in it. Unknown words weigh the most, so
        /// a question about something the knowledge base never mentions scores low.
        double coverage;
    };

    /// Adds a document; returns its number (0, 1, 2... in order of addition).
    std::uint32_t add(const std::vector<field>& fields);

    /// Computes statistics and the typo index; call once after the last add().
    void finish();

    /// The query's terms with typos corrected to known words where one edit away.
    std::vector<std::string> corrected_terms(std::string_view query) const;

    /// Best documents first (ties by document number), at most `limit`.
    std::vector<hit> search(std::string_view query, std::size_t limit) const;
    /// The same for terms already corrected (corrected_terms()).
    std::vector<hit> search_terms_of(std::vector<std::string> terms, std::size_t limit) const;

    /// True when the document contains the (normalised) term.
    bool contains(std::uint32_t document, const std::string& term) const;

    /// How much a term tells documents apart (BM25 idf); unknown terms weigh the most.
    double idf(const std::string& term) const
    {
        auto it = terms_.find(term);
        return it == terms_.end() ? unknown_idf_ : it->second.idf;
    }

    /// True when the index has seen the term in any document.
    bool knows(const std::string& term) const { return terms_.contains(term); }

    /// Documents indexed.
    std::size_t size() const { return lengths_.size(); }

private:
    struct posting {
        std::uint32_t document;
        float frequency; ///< weighted term frequency; after finish(), its BM25 factor
    };
    struct term_info {
        std::vector<posting> postings;
        double idf = 0;
    };

    const std::string* correct(const std::string& word) const;

    std::unordered_map<std::string, term_info> terms_;
    std::vector<float> lengths_; ///< weighted document lengths
    double average_length_ = 0;
    double unknown_idf_ = 0;
    /// Each known word with one character deleted -> the words it came from.
    std::unordered_map<std::string, std::vector<const std::string*>> deletions_;
};

} // namespace rolebot::knowledge
