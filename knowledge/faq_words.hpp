#pragma once

#include "knowledge/model.hpp"
#include "knowledge/title_index.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace rolebot::knowledge {

/// The words of a run of FAQs, read apart from the index: each FAQ's answer, then its
/// question, then its alternates, as search terms numbered in a vocabulary of the run's
/// own, with the roles each phrasing names. Reading words and names is most of the work
/// of building a large knowledge base, and runs read this way can be read in parallel.
struct faq_words {
    /// The FAQs read: [first, last).
    std::size_t first = 0;
    std::size_t last = 0;
    /// Local word number -> the word, in order of first use.
    std::vector<std::string> vocabulary;
    /// The local numbers of every text's words, one text after another.
    std::vector<std::uint32_t> words;
    /// Where each text's words end in `words`.
    std::vector<std::uint32_t> text_end;
    /// The roles each phrasing names (title_index::mentions), one phrasing after another.
    std::vector<std::size_t> subjects;
    /// Where each phrasing's roles end in `subjects`.
    std::vector<std::uint32_t> subjects_end;
};

/// Reads faqs[first, last) into words.
faq_words read_faq_words(const std::vector<faq>& faqs, std::size_t first, std::size_t last,
                         const title_index& titles);

/// Threads pay off only for many FAQs (a shipped base has a few dozen): each run reads at
/// least this many.
inline constexpr std::size_t faqs_per_reading_thread = 1000;

/// Reads every FAQ, in `runs` runs of about equal size read on as many threads; the runs
/// in order. (One run, on the calling thread, for a small base.)
std::vector<faq_words> read_all_faq_words(const std::vector<faq>& faqs, const title_index& titles,
                                          std::size_t runs);

} // namespace rolebot::knowledge
