#pragma once

#include "knowledge/model.hpp"
#include "knowledge/title_index.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rolebot::knowledge {

/// One searchable text of an entry, as the index weighs it.
struct entry_text {
    std::string_view text;
    unsigned weight;
    /// Read for the roles it names too (an FAQ phrasing, a topic's title).
    bool names_roles = false;
};

/// What reading needs besides the entries themselves.
struct reading_context {
    const content& data;
    const title_index& titles;
    const std::unordered_map<std::string_view, std::size_t>& role_by_id;
};

/// An entry's texts in the order they are indexed: what it is called (weighing more)
/// and what it says. An FAQ's answer comes first, then its question and alternates.
std::vector<entry_text> entry_texts(const reading_context& context, entry_ref entry);

/// The words of a run of entries of one kind, read apart from the index: each entry's
/// texts as search terms numbered in a vocabulary of the run's own, with the roles each
/// naming text names. Reading words and names is most of the work of building a large
/// knowledge base, and runs read this way can be read in parallel.
struct entry_words {
    entry_kind kind = entry_kind::role;
    /// The entries read: [first, last).
    std::size_t first = 0;
    std::size_t last = 0;
    /// Local word number -> the word, in order of first use.
    std::vector<std::string> vocabulary;
    /// The local numbers of every text's words, one text after another.
    std::vector<std::uint32_t> words;
    /// Where each text's words end in `words`, and its weight.
    std::vector<std::uint32_t> text_end;
    std::vector<unsigned> text_weight;
    /// Each text's distinct words with how often it says each (local numbers, in order
    /// of first use), one text after another, and where each text's end: counted here
    /// so that the thread building the index only renumbers them.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> text_counts;
    std::vector<std::uint32_t> counts_end;
    /// Where each entry's texts end in `text_end`.
    std::vector<std::uint32_t> entry_end;
    /// The roles each text names (title_index::mentions; none for a text not read for
    /// names), one text after another, and where each text's end in `subjects`.
    std::vector<std::size_t> subjects;
    std::vector<std::uint32_t> subjects_end;
};

/// Reads entries [first, last) of one kind into words.
entry_words read_entry_words(const reading_context& context, entry_kind kind, std::size_t first,
                             std::size_t last);

/// Threads pay off only for a large base (a shipped one has a few dozen entries): a run
/// reads at most this many entries, and a base with fewer is read on the calling thread.
inline constexpr std::size_t entries_per_run = 1000;

/// Reads every entry, in runs of one kind of at most entries_per_run entries (roles,
/// then FAQs, paths and topics), on `threads` threads, and hands each run to `index`
/// in that order as soon as it and the runs before it are read. The runs, and so what
/// is indexed, are the same for any number of threads.
void read_all_entry_words(const reading_context& context, std::size_t threads,
                          const std::function<void(const entry_words&)>& index);

} // namespace rolebot::knowledge
