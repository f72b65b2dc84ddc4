#include "knowledge/faq_words.hpp"

#include "knowledge/search_terms.hpp"

#include <algorithm>
#include <functional>
#include <future>
#include <string_view>
#include <unordered_map>

namespace rolebot::knowledge {
namespace {

/// Lets the vocabulary be searched with a string_view, without building a string.
struct word_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const noexcept
    {
        return std::hash<std::string_view>{}(word);
    }
};

/// A run's vocabulary while it is read.
class local_vocabulary {
public:
    explicit local_vocabulary(std::vector<std::string>& words) : words_(words) {}

    std::uint32_t number(std::string_view word)
    {
        if (auto it = numbers_.find(word); it != numbers_.end()) {
            return it->second;
        }
        const auto next = static_cast<std::uint32_t>(words_.size());
        words_.emplace_back(word);
        numbers_.emplace(std::string(word), next);
        return next;
    }

private:
    std::vector<std::string>& words_;
    std::unordered_map<std::string, std::uint32_t, word_hash, std::equal_to<>> numbers_;
};

} // namespace

faq_words read_faq_words(const std::vector<faq>& faqs, std::size_t first, std::size_t last,
                         const title_index& titles)
{
    faq_words out;
    out.first = first;
    out.last = last;
    local_vocabulary vocabulary(out.vocabulary);
    std::vector<std::string> phrasing; // search terms with breaks, for mentions()
    const auto end_text = [&] {
        out.text_end.push_back(static_cast<std::uint32_t>(out.words.size()));
    };
    const auto read_phrasing = [&](std::string_view text) {
        phrasing.clear();
        for_each_search_term(
            text, [&](std::string_view w) { phrasing.emplace_back(w); }, true);
        // Names are read where the text keeps words together (see asked_question).
        for (const auto role : titles.mentions(phrasing)) {
            out.subjects.push_back(role);
        }
        out.subjects_end.push_back(static_cast<std::uint32_t>(out.subjects.size()));
        for (const auto& w : phrasing) {
            if (!w.empty()) {
                out.words.push_back(vocabulary.number(w));
            }
        }
        end_text();
    };
    for (auto i = first; i < last; ++i) {
        const auto& f = faqs[i];
        for_each_search_term(
            f.answer, [&](std::string_view w) { out.words.push_back(vocabulary.number(w)); });
        end_text();
        read_phrasing(f.question);
        for (const auto& alternate : f.alternates) {
            read_phrasing(alternate);
        }
    }
    return out;
}

std::vector<faq_words> read_all_faq_words(const std::vector<faq>& faqs, const title_index& titles,
                                          std::size_t runs)
{
    runs = std::clamp<std::size_t>(faqs.size() / faqs_per_reading_thread, 1,
                                   std::max<std::size_t>(runs, 1));
    const auto bound = [&](std::size_t run) { return faqs.size() * run / runs; };
    std::vector<std::future<faq_words>> others;
    for (std::size_t run = 1; run < runs; ++run) {
        // Bounds by value: a worker must not reach back into this frame, which an
        // exception on the calling thread may leave while the workers still run.
        others.push_back(std::async(std::launch::async,
                                    [&faqs, &titles, first = bound(run), last = bound(run + 1)] {
                                        return read_faq_words(faqs, first, last, titles);
                                    }));
    }
    std::vector<faq_words> out;
    out.push_back(read_faq_words(faqs, 0, bound(1), titles));
    for (auto& other : others) {
        out.push_back(other.get());
    }
    return out;
}

} // namespace rolebot::knowledge
