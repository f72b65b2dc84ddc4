#pragma once

#include "knowledge/search_terms.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rolebot::knowledge {

/// One document holding one word.
struct search_index_posting {
    std::uint32_t document;
    /// The word's weighted frequency in the document while building; after finish(), what
    /// it adds to the document's score (idf times the BM25 term-frequency factor).
    float weight;
};

/// BM25 ranking over weighted fields, tolerant of one typo per word. Built once per
/// knowledge base snapshot, then only read (safe to share between threads).
///
/// Words are interned: each distinct word is stored once and documents refer to it by
/// number. Ranking is document-at-a-time with MaxScore pruning, so a query walks only
/// the postings of words that can still lift a document into the top results; the
/// results are the same as scoring every document.
class search_index {
public:
    using term_id = std::uint32_t;

    /// An index of fewer than `score_all_below` documents scores every document a query
    /// touches, word by word, into one array: for a few thousand documents that beats
    /// pruning, whose bookkeeping costs more per document than it saves. Both ways give
    /// the same results.
    explicit search_index(std::size_t score_all_below = 4096) : score_all_below_(score_all_below) {}

    /// One field of a document; heavier fields count more (a question outweighs its answer).
    struct field {
        std::string_view text;
        unsigned weight;
    };

    /// A field already turned into words (intern()): a text shared by many documents,
    /// such as an FAQ answer indexed with each of its phrasings, is read only once.
    struct interned_field {
        std::span<const term_id> terms;
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

    /// The words of a text as term numbers, adding new words to the vocabulary. Only
    /// while building (before finish()).
    std::vector<term_id> intern(std::string_view text);
    /// The same for words already made (search_terms()).
    std::vector<term_id> intern(const std::vector<std::string>& words);

    /// A document's words counted: (term, weighted frequency) sorted by term, and the
    /// weighted length. A text indexed with many documents (an FAQ answer, with each of
    /// its phrasings) is counted once and merged into each.
    struct term_bag {
        std::vector<std::pair<term_id, float>> counts;
        float length = 0;
    };
    static term_bag bag_of(std::span<const interned_field> fields);

    /// Adds a document; returns its number (0, 1, 2... in order of addition).
    std::uint32_t add(const std::vector<field>& fields);
    std::uint32_t add(std::span<const interned_field> fields);
    /// A document made of two bags' words (summed where both have a word).
    std::uint32_t add(const term_bag& first, const term_bag& second);

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
    /// The documents holding a term (empty for an unknown one), by document number: look
    /// a term up once, then ask contains() of many documents.
    std::span<const search_index_posting> postings(const std::string& term) const;
    static bool contains(std::span<const search_index_posting> postings, std::uint32_t document);

    /// How much a term tells documents apart (BM25 idf); unknown terms weigh the most.
    double idf(const std::string& term) const;

    /// True when the index has seen the term in any document.
    bool knows(const std::string& term) const { return ids_.contains(term); }

    /// Documents indexed.
    std::size_t size() const { return lengths_.size(); }

private:
    using posting = search_index_posting;
    struct term_info {
        std::vector<posting> postings;
        double idf = 0;
        float max_impact = 0; ///< the most this word adds to any document (MaxScore bound)
        /// The most it adds within each run of `block_size` postings: a stretch of
        /// documents that cannot reach the threshold is skipped without being scored.
        std::vector<float> block_max;
    };
    /// A query word during ranking: the next of its postings to read.
    struct cursor {
        const posting* at;
        const posting* end;
        const term_info* term;
    };
    static constexpr std::size_t block_size = 64;

    term_id id_of(std::string_view word);
    const term_info* find(const std::string& term) const;
    const std::string* correct(const std::string& word) const;
    static bool skip_weak_blocks(std::vector<cursor>& words, std::size_t first_essential,
                                 const std::vector<double>& bound_below, double threshold,
                                 std::uint32_t& checked_through);
    std::vector<hit> top_documents(std::vector<cursor> words, double query_weight,
                                   std::size_t limit) const;
    std::vector<hit> score_every_document(const std::vector<cursor>& words, double query_weight,
                                          std::size_t limit) const;

    /// Lets the vocabulary be searched with a string_view, without building a string.
    struct word_hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view word) const noexcept
        {
            return std::hash<std::string_view>{}(word);
        }
    };

    std::unordered_map<std::string, term_id, word_hash, std::equal_to<>> ids_;
    std::vector<const std::string*> words_; ///< term id -> the word (keys of ids_)
    std::vector<term_info> terms_;          ///< by term id
    std::vector<float> lengths_;            ///< weighted document lengths
    double unknown_idf_ = 0;
    std::size_t score_all_below_;
    /// Each known word with one character deleted -> the words it came from.
    std::unordered_map<std::string, std::vector<term_id>> deletions_;
};

} // namespace rolebot::knowledge
