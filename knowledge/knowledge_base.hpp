#pragma once

#include "knowledge/model.hpp"
#include "knowledge/question_concern.hpp"
#include "knowledge/question_intent.hpp"
#include "knowledge/search_index.hpp"
#include "knowledge/title_index.hpp"
#include "knowledge/word_filter.hpp"

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rolebot::knowledge {

/// One immutable snapshot of the knowledge base, with its indexes. Readers share it
/// through a shared_ptr; a reload builds a new one instead of changing this one.
class knowledge_base {
public:
    /// Builds the indexes over validated content. `generation` tells snapshots apart,
    /// so anything rendered from one snapshot can be cached under it. A large base's texts
    /// are read on `reading_threads` threads (the machine this runs on has two);
    /// the indexes are the same for any number.
    knowledge_base(content data, std::uint64_t generation, std::size_t reading_threads = 2);

    const std::vector<role>& roles() const { return data_.roles; }
    const std::vector<faq>& faqs() const { return data_.faqs; }
    const std::vector<career_path>& paths() const { return data_.paths; }
    const std::vector<topic>& topics() const { return data_.topics; }
    std::uint64_t generation() const { return generation_; }

    /// The role with this id, if any.
    const role* find(std::string_view id) const;

    /// Forgiving title lookup (see title_index).
    title_match match_title(std::string_view query, bool spelling = true) const
    {
        return titles_.match(query, spelling);
    }
    const title_index& titles() const { return titles_; }

    /// Free-text search over every entry.
    const search_index& search() const { return search_; }
    /// The entry behind a search hit.
    entry_ref entry(std::uint32_t document) const { return documents_.at(document); }
    /// The roles an entry is about: a role itself, a path's two ends, the roles one FAQ
    /// phrasing names, a topic's roles (sorted). Answers must be about what the question names.
    std::span<const std::uint32_t> subjects(std::uint32_t document) const
    {
        const auto first = subject_start_.at(document);
        return {subjects_.data() + first, subject_start_.at(document + 1) - first};
    }
    /// The role an FAQ's canonical question is first about ("who do APMs report to?" is
    /// about associate product managers); npos for other entries or none.
    std::size_t primary_subject(std::uint32_t document) const;
    /// True for a word of some role's title or alias ("product", "lead", "vp").
    bool is_title_word(const std::string& term) const
    {
        return title_word_filter_.may_contain(term) && title_words_.contains(term);
    }
    /// The FAQs whose own question is first about role `index`, in order.
    std::span<const std::uint32_t> faqs_first_about(std::size_t index) const
    {
        const auto first = faq_by_role_start_.at(index);
        return {faq_by_role_.data() + first, faq_by_role_start_.at(index + 1) - first};
    }
    /// The FAQ phrasing a document holds (empty for other entries).
    std::string_view phrasing(std::uint32_t document) const;
    /// The documents of FAQ `index`'s phrasings, its own question first: [first, end).
    std::pair<std::uint32_t, std::uint32_t> faq_documents(std::size_t index) const
    {
        const auto first = faq_first_document_.at(index);
        return {first, first + 1 + static_cast<std::uint32_t>(data_.faqs[index].alternates.size())};
    }
    /// What that phrasing asks (none for other entries), worked out on first use and kept.
    question_intent phrasing_intent(std::uint32_t document) const;
    /// The concerns of an FAQ's own question or a topic's title (none for other
    /// entries), worked out on first use and kept.
    concern_set concerns(entry_ref ref) const;
    /// True when FAQ `index`'s own question says its asker would rather not manage people
    /// (reluctant_to_manage()), worked out with concerns() and kept with them.
    bool faq_avoids_managing(std::size_t index) const;
    /// The topics, then the FAQs, having any of `asked` among their concerns(), each once
    /// and in that order: what a search by theme over the whole base need look at. (The
    /// index behind it is built on first use, or by prepare().)
    std::vector<entry_ref> entries_on(concern_set asked) const;
    /// Builds now what the first question on a theme would otherwise build: every FAQ's
    /// and topic's concerns, and entries_on()'s index (and, once per process, the English
    /// word list). On a base 1000 times the shipped one that is a fifth of a second, so a
    /// snapshot is prepared before it serves and no request waits for it; the snapshot
    /// answers the same either way.
    void prepare() const;
    /// True once that is done.
    bool prepared() const { return by_concern_ready_.load(std::memory_order_acquire); }
    /// The words of that phrasing that are not title words, distinct and by term id
    /// (empty for other entries): what it asks about its roles.
    std::span<const search_index::term_id> phrasing_words(std::uint32_t document) const
    {
        const auto first = phrasing_word_start_.at(document);
        return {phrasing_words_.data() + first, phrasing_word_start_.at(document + 1) - first};
    }
    /// The search document of role `index` (roles are indexed first, in order).
    static std::uint32_t role_document(std::size_t index)
    {
        return static_cast<std::uint32_t>(index);
    }
    /// A human title for any entry ("Product Lead", an FAQ's question...).
    std::string_view entry_title(entry_ref ref) const;

    /// The path from one role to another; with `from` empty, the best path into `to`
    /// (the one starting at product manager, else the first).
    const career_path* find_path(std::string_view from, std::string_view to) const;
    /// The path between two roles whichever way it runs (from `a` to `b` first), or null.
    const career_path* path_between(std::string_view a, std::string_view b) const;

    /// Roles of one track, most junior first.
    std::vector<const role*> ladder(role_track track) const;

private:
    void index_documents(std::size_t reading_threads);

    content data_;
    std::uint64_t generation_;
    std::unordered_map<std::string_view, std::size_t> by_id_;
    title_index titles_;
    search_index search_;
    std::vector<entry_ref> documents_;
    /// subjects() of every document, one after another; document d's start at
    /// subject_start_[d] (one more entry than documents). Flat, like phrasing_words_.
    std::vector<std::uint32_t> subjects_;
    std::vector<std::uint32_t> subject_start_{0};
    /// Per FAQ, not per document: primary_subject() and phrasing() look an FAQ's
    /// phrasings up through it (a large base has ten times more phrasings than FAQs).
    std::vector<std::size_t> faq_primary_;
    std::vector<std::uint32_t> faq_first_document_;
    /// faqs_first_about() of every role, one after another; role r's start at
    /// faq_by_role_start_[r] (one more entry than roles).
    std::vector<std::uint32_t> faq_by_role_;
    std::vector<std::uint32_t> faq_by_role_start_;
    /// phrasing_words() of every document, one after another; document d's start at
    /// phrasing_word_start_[d] (one more entry than documents). Flat: a large base has
    /// hundreds of thousands of phrasings.
    std::vector<search_index::term_id> phrasing_words_;
    std::vector<std::uint32_t> phrasing_word_start_;
    /// phrasing_intent() plus one per document; 0 until first asked. Lazy because a large
    /// base has hundreds of thousands of phrasings and a question looks at a few dozen.
    /// Threads racing on one slot compute and store the same value.
    mutable std::vector<std::atomic<std::uint8_t>> phrasing_intent_;
    /// concerns() per FAQ and per topic, bit 30 for faq_avoids_managing(), and bit 31
    /// set once worked out; 0 until then.
    mutable std::vector<std::atomic<std::uint32_t>> faq_concerns_;
    mutable std::vector<std::atomic<std::uint32_t>> topic_concerns_;
    /// That slot of an FAQ or topic (worked out now if need be); 0 for other entries.
    std::uint32_t wording_facts(entry_ref ref) const;
    /// entries_on(): per concern, the topics then the FAQs having it.
    mutable std::once_flag by_concern_built_;
    mutable std::atomic<bool> by_concern_ready_{false};
    mutable std::array<std::vector<entry_ref>, concern_count> by_concern_;
    std::unordered_set<std::string> title_words_;
    word_filter title_word_filter_; ///< rules most words out of title_words_ unhashed
};

} // namespace rolebot::knowledge
