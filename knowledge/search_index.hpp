#pragma once

#include "knowledge/search_terms.hpp"
#include "knowledge/string_hash.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rolebot::knowledge {

/// One document holding one word, or (in a word's shared postings) a group of documents
/// holding it, named by the group's first document.
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
///
/// Documents may come in groups that share words (an FAQ's phrasings, each indexed with
/// the FAQ's answer): the shared words are posted once for the group, not once for each
/// document, which keeps a base with many phrasings small and quick to build and search.
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

    /// A document's words counted: (term, weighted frequency), each term once, and the
    /// weighted length. A text indexed with many documents (an FAQ answer, with each of
    /// its phrasings) is counted once and merged into each.
    struct term_bag {
        std::vector<std::pair<term_id, float>> counts;
        float length = 0;
    };
    static term_bag bag_of(std::span<const interned_field> fields);
    /// Sorts a bag's counts by term and sums a term's repeats into one.
    static void sum_repeats(term_bag& bag);

    /// Makes room for `documents` documents in all, so the per-document arrays are
    /// allocated once instead of growing.
    void reserve(std::size_t documents);

    /// Adds a document; returns its number (0, 1, 2... in order of addition).
    std::uint32_t add(const std::vector<field>& fields);
    std::uint32_t add(std::span<const interned_field> fields);
    std::uint32_t add(const term_bag& bag);
    /// Adds one document per member, each holding its own words and the shared ones;
    /// returns the first one's number (the others follow it). A shared word's weight in
    /// a document is figured with the group's mean length, so it is the same for all.
    std::uint32_t add_group(const term_bag& shared, std::span<const term_bag> members);

    /// Computes statistics and the typo index; call once after the last add().
    /// From `two_threads_from` postings in all, the words are weighed on two threads.
    void finish(std::size_t two_threads_from = std::size_t{1} << 20U);

    /// The query's terms with typos corrected to known words where one edit away; with
    /// `mark_breaks`, an empty term where a word without a subject was dropped.
    std::vector<std::string> corrected_terms(std::string_view query,
                                             bool mark_breaks = false) const;

    /// Best documents first (ties by document number), at most `limit`.
    std::vector<hit> search(std::string_view query, std::size_t limit) const;
    /// The same for terms already corrected (corrected_terms()).
    std::vector<hit> search_terms_of(std::vector<std::string> terms, std::size_t limit) const;

    /// What the index holds of one word.
    struct term_info;

    /// True when the document contains the (normalised) term.
    bool contains(std::uint32_t document, const std::string& term) const;
    /// A word's entry (null for a word the index never saw): look a term up once, then
    /// ask contains() of many documents.
    const term_info* lookup(const std::string& term) const;
    bool contains(const term_info* term, std::uint32_t document) const;

    /// How much a term tells documents apart (BM25 idf); unknown terms weigh about
    /// the most (unknown_weight).
    double idf(const std::string& term) const;
    double idf(term_id term) const { return terms_[term].idf; }
    /// A known term's number, or nullopt.
    std::optional<term_id> id(const std::string& term) const;

    /// True when the index has seen the term in any document.
    bool knows(const std::string& term) const { return ids_.contains(term); }

    /// Documents indexed.
    std::size_t size() const { return lengths_.size(); }
    /// Postings stored (own and shared): what the index's size grows with.
    std::size_t posting_count() const;

private:
    using posting = search_index_posting;
    struct posting_list {
        std::vector<posting> postings;
        /// The most the word adds to a document within each run of `block_size` postings
        /// (for own postings, with what the document's group shares): a stretch of
        /// documents that cannot reach the threshold is skipped without being scored.
        std::vector<float> block_max;
    };

public:
    struct term_info {
        posting_list own;    ///< by document
        posting_list shared; ///< by group (its first document)
        /// Only in an index small enough to score every document: each document holding
        /// the word with what it adds (own and shared together), groups spelt out, so
        /// scoring is one tight loop instead of a merge of the two lists.
        std::vector<posting> every;
        double idf = 0;
        float max_impact = 0;        ///< the most it adds to any document (MaxScore bound)
        std::uint32_t documents = 0; ///< how many documents hold the word
    };

private:
    /// A query word during ranking: its own and its shared postings walked as one list,
    /// at the first document either has from here on.
    struct cursor {
        const posting* own;
        const posting* own_end;
        const posting* shared;
        const posting* shared_end;
        const term_info* term;
        std::uint32_t shared_document;  ///< current document within the group at `shared`
        std::uint32_t shared_group_end; ///< that group's end
        std::uint32_t document;         ///< the lesser of the two
    };
    /// Block sizes, in postings. A stretch skipped is bounded by the whole of the blocks
    /// it touches, so blocks must span few documents: own postings are sparse (a word
    /// most documents hold by their groups is in few phrasings), and a shared posting
    /// stands for a whole group. (Measured on the 1000x base: 64 and 8 made its p99
    /// half as slow again.)
    static constexpr std::size_t block_size = 8;
    static constexpr std::size_t shared_block_size = 2;

    term_id id_of(std::string_view word);
    /// What a word the index never saw weighs in a query (its idf for coverage).
    double unknown_weight(const std::string& term) const;
    const std::string* correct(const std::string& word) const;
    /// For correct(): the indexed stem of the word with one dropped letter put back.
    const std::string* restored_letter(const std::string& word) const;
    cursor start(const term_info& term) const;
    /// Fills `info.every` from its own and shared postings (weighed).
    void spell_out(term_info& info) const;
    /// What the word adds to the cursor's current document.
    static float weight_here(const cursor& c);
    void enter_group(cursor& c, const posting* shared) const;
    void advance(cursor& c) const;
    void seek(cursor& c, std::uint32_t document) const;
    /// Skips the rest of a hopeless document's group when no later member can score
    /// more than the threshold: words[first_weighed..) were weighed for the document
    /// (`part`), the rest are bounded by `bound_below`.
    void skip_rest_of_group(std::vector<cursor>& words, const std::vector<float>& part,
                            const std::vector<double>& bound_below, std::size_t first_weighed,
                            std::size_t first_essential, double threshold,
                            std::uint32_t document) const;
    /// The most a word adds to any document from `document` through `last` (the maxima
    /// of its blocks there); seeks the cursor forward to `document`.
    float most_between(cursor& c, std::uint32_t document, std::uint32_t last) const;
    bool skip_weak_blocks(std::vector<cursor>& words, std::size_t first_essential,
                          const std::vector<double>& bound_below, double threshold,
                          std::uint32_t document, std::uint32_t& checked_through) const;
    /// A floor for top_documents(): the limit-th best score among the documents where
    /// the strongest word weighs the most; -1 when it is not worth finding. The walk
    /// takes documents in order, and a base whose best matches come late (in its last
    /// file, say) would be walked nearly to its end with a low threshold.
    double score_floor(const std::vector<cursor>& words, std::size_t limit) const;
    /// Blocks the strongest word may have for a floor to be found (sorting them is cheap).
    static constexpr std::size_t max_floor_blocks = 4096;
    /// Documents scored to find a floor.
    static constexpr std::size_t floor_documents(std::size_t limit) { return 4 * limit; }
    /// The best `limit` documents. With a `floor` (a score that `limit` documents reach
    /// exactly, so no more than the limit-th best), documents scoring less are passed by
    /// from the start.
    std::vector<hit> top_documents(std::vector<cursor> words, double query_weight,
                                   std::size_t limit, double floor = -1) const;
    std::vector<hit> score_every_document(const std::vector<cursor>& words, double query_weight,
                                          std::size_t limit) const;

    string_map<term_id> ids_;
    std::vector<const std::string*> words_; ///< term id -> the word (keys of ids_)
    std::vector<term_info> terms_;          ///< by term id
    std::vector<float> lengths_;            ///< weighted document lengths
    /// Each document's group's end (one past its last document); document + 1 alone.
    std::vector<std::uint32_t> group_end_;
    double unknown_idf_ = 0;
    std::size_t score_all_below_;
    /// Each known word with one character deleted -> the words it came from.
    std::unordered_map<std::string, std::vector<term_id>> deletions_;
};

} // namespace rolebot::knowledge
