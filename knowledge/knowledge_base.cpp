#include "knowledge/knowledge_base.hpp"

#include "knowledge/english_words.hpp"
#include "knowledge/entry_words.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <span>

namespace rolebot::knowledge {

knowledge_base::knowledge_base(content data, std::uint64_t generation, std::size_t reading_threads)
    : data_(std::move(data)), generation_(generation), titles_(data_.roles)
{
    for (std::size_t i = 0; i < data_.roles.size(); ++i) {
        by_id_.emplace(data_.roles[i].id, i);
        for (const auto& w : search_terms(data_.roles[i].title)) {
            title_words_.insert(w);
        }
        for (const auto& alias : data_.roles[i].aliases) {
            for (const auto& w : search_terms(alias)) {
                title_words_.insert(w);
            }
        }
    }
    title_word_filter_ = word_filter(title_words_);
    index_documents(reading_threads);
}

void knowledge_base::index_documents(std::size_t reading_threads)
{
    using term_id = search_index::term_id;
    // Every per-document array is allocated once: growing them on a large base cost
    // as much again in fresh pages as the arrays themselves.
    std::size_t documents = data_.roles.size() + data_.paths.size() + data_.topics.size();
    for (const auto& f : data_.faqs) {
        documents += 1 + f.alternates.size();
    }
    search_.reserve(documents);
    documents_.reserve(documents);
    faq_primary_.reserve(data_.faqs.size());
    faq_first_document_.reserve(data_.faqs.size());
    subject_start_.reserve(documents + 1);
    phrasing_word_start_.reserve(documents + 1);
    std::vector<std::size_t> subjects;
    // What the answerer keeps of each document besides its words.
    const auto note = [&](entry_ref ref) {
        documents_.push_back(ref);
        std::sort(subjects.begin(), subjects.end());
        subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
        subjects_.insert(subjects_.end(), subjects.begin(), subjects.end());
        subject_start_.push_back(static_cast<std::uint32_t>(subjects_.size()));
        subjects.clear();
    };
    const auto by_id = [&](std::string_view id) {
        if (auto it = by_id_.find(id); it != by_id_.end()) {
            subjects.push_back(it->second);
        }
    };
    // A text's words as the reader counted them, renumbered and weighed, added to `bag`.
    const auto add_text = [](const entry_words& run, const std::vector<term_id>& ids,
                             std::size_t text, search_index::term_bag& bag) {
        const auto weight = static_cast<float>(run.text_weight[text]);
        for (auto at = text == 0 ? 0 : run.counts_end[text - 1]; at < run.counts_end[text]; ++at) {
            const auto [word, count] = run.text_counts[at];
            bag.counts.emplace_back(ids[word], weight * static_cast<float>(count));
        }
        const auto words = run.text_end[text] - (text == 0 ? 0 : run.text_end[text - 1]);
        bag.length += weight * static_cast<float>(words);
    };
    const auto add_named = [&](const entry_words& run, std::size_t text) {
        const auto first = text == 0 ? 0 : run.subjects_end[text - 1];
        subjects.insert(subjects.end(), run.subjects.begin() + first,
                        run.subjects.begin() + run.subjects_end[text]);
    };
    // Roles, paths and topics: one document each, holding all its texts.
    const auto index_entries = [&](const entry_words& run, const std::vector<term_id>& ids) {
        search_index::term_bag bag;
        std::size_t text = 0;
        for (auto i = run.first; i < run.last; ++i) {
            bag.counts.clear();
            bag.length = 0;
            for (; text < run.entry_end[i - run.first]; ++text) {
                add_text(run, ids, text, bag);
                add_named(run, text);
            }
            search_index::sum_repeats(bag);
            if (run.kind == entry_kind::role) {
                subjects.push_back(i);
            } else if (run.kind == entry_kind::path) {
                by_id(data_.paths[i].from);
                by_id(data_.paths[i].to);
            } else {
                for (const auto& id : data_.topics[i].roles) {
                    by_id(id);
                }
            }
            search_.add(bag);
            note({run.kind, i});
        }
    };
    // One document per FAQ phrasing: a question matches the phrasing closest to it, and
    // many alternates do not dilute any of them. Each phrasing is about exactly the roles
    // it names. The answer's words are shared by the group of phrasings, stored once.
    const auto index_faqs = [&](const entry_words& run, const std::vector<term_id>& ids) {
        std::vector<char> title_word(ids.size());
        for (std::size_t w = 0; w < ids.size(); ++w) {
            title_word[w] = is_title_word(run.vocabulary[w]) ? 1 : 0;
        }
        // Each phrasing's words that are not title words, as the reader counted them.
        const auto counts_of = [&](std::size_t text) {
            const auto first = text == 0 ? 0 : run.counts_end[text - 1];
            return std::span(run.text_counts).subspan(first, run.counts_end[text] - first);
        };
        // One text alone (its words are distinct already).
        const auto bag_of_text = [&](std::size_t text, search_index::term_bag& bag) {
            bag.counts.clear();
            bag.length = 0;
            add_text(run, ids, text, bag);
        };
        search_index::term_bag answer;
        std::vector<search_index::term_bag> asked; // kept from FAQ to FAQ, and their room
        std::size_t text = 0;
        for (auto i = run.first; i < run.last; ++i) {
            const auto& f = data_.faqs[i];
            bag_of_text(text++, answer);
            const auto phrasings = 1 + f.alternates.size();
            if (asked.size() < phrasings) {
                asked.resize(phrasings);
            }
            for (std::size_t p = 0; p < phrasings; ++p, ++text) {
                bag_of_text(text, asked[p]);
                add_named(run, text);
                // Every phrasing's main role is the first one its FAQ's own question names.
                if (p == 0) {
                    faq_primary_.push_back(subjects.empty() ? std::string_view::npos
                                                            : subjects.front());
                    faq_first_document_.push_back(static_cast<std::uint32_t>(documents_.size()));
                }
                // Documents before this one without a phrasing start (and end) here.
                phrasing_word_start_.resize(documents_.size() + 1,
                                            static_cast<std::uint32_t>(phrasing_words_.size()));
                const auto start = static_cast<std::ptrdiff_t>(phrasing_word_start_.back());
                for (const auto& [word, count] : counts_of(text)) {
                    if (title_word[word] == 0) {
                        phrasing_words_.push_back(ids[word]);
                    }
                }
                std::sort(phrasing_words_.begin() + start, phrasing_words_.end());
                note({entry_kind::faq, i});
            }
            search_.add_group(answer, std::span(asked).first(phrasings));
        }
    };
    // The runs come in order (roles, FAQs, paths, topics) and their words are numbered as
    // they come: the same numbers as reading every entry here, one after another.
    read_all_entry_words({data_, titles_, by_id_}, reading_threads, [&](const entry_words& run) {
        const auto ids = search_.intern(run.vocabulary);
        if (run.kind == entry_kind::faq) {
            index_faqs(run, ids);
        } else {
            index_entries(run, ids);
        }
    });
    phrasing_word_start_.resize(documents_.size() + 1,
                                static_cast<std::uint32_t>(phrasing_words_.size()));
    faq_by_role_start_.assign(data_.roles.size() + 1, 0);
    for (const auto role : faq_primary_) {
        if (role != std::string_view::npos) {
            ++faq_by_role_start_[role + 1];
        }
    }
    std::partial_sum(faq_by_role_start_.begin(), faq_by_role_start_.end(),
                     faq_by_role_start_.begin());
    faq_by_role_.resize(faq_by_role_start_.back());
    auto next = faq_by_role_start_;
    for (std::uint32_t f = 0; f < faq_primary_.size(); ++f) {
        if (faq_primary_[f] != std::string_view::npos) {
            faq_by_role_[next[faq_primary_[f]]++] = f;
        }
    }
    search_.finish();
    phrasing_intent_ = std::vector<std::atomic<std::uint8_t>>(documents_.size());
    faq_concerns_ = std::vector<std::atomic<std::uint32_t>>(data_.faqs.size());
    topic_concerns_ = std::vector<std::atomic<std::uint32_t>>(data_.topics.size());
}

std::size_t knowledge_base::primary_subject(std::uint32_t document) const
{
    const auto ref = documents_.at(document);
    return ref.kind == entry_kind::faq ? faq_primary_[ref.index] : std::string_view::npos;
}

std::string_view knowledge_base::phrasing(std::uint32_t document) const
{
    const auto ref = documents_.at(document);
    if (ref.kind != entry_kind::faq) {
        return {};
    }
    const auto& f = data_.faqs[ref.index];
    const auto p = document - faq_first_document_[ref.index];
    return p == 0 ? std::string_view(f.question) : std::string_view(f.alternates.at(p - 1));
}

std::vector<entry_ref> knowledge_base::entries_on(concern_set asked) const
{
    std::call_once(by_concern_built_, [&] {
        const auto file = [&](entry_ref ref) {
            const auto theirs = concerns(ref);
            for (std::size_t c = 0; c < concern_count; ++c) {
                if (theirs.test(c)) {
                    by_concern_[c].push_back(ref);
                }
            }
        };
        for (std::size_t i = 0; i < data_.topics.size(); ++i) {
            file({entry_kind::topic, i});
        }
        for (std::size_t i = 0; i < data_.faqs.size(); ++i) {
            file({entry_kind::faq, i});
        }
        by_concern_ready_.store(true, std::memory_order_release);
    });
    std::vector<entry_ref> out;
    for (std::size_t c = 0; c < concern_count; ++c) {
        if (asked.test(c)) {
            out.insert(out.end(), by_concern_[c].begin(), by_concern_[c].end());
        }
    }
    // Topics before FAQs, each in index order, as a walk over the whole base meets them.
    std::sort(out.begin(), out.end(), [](entry_ref a, entry_ref b) {
        const bool a_topic = a.kind == entry_kind::topic;
        const bool b_topic = b.kind == entry_kind::topic;
        return a_topic != b_topic ? a_topic : a.index < b.index;
    });
    out.erase(std::unique(
                  out.begin(), out.end(),
                  [](entry_ref a, entry_ref b) { return a.kind == b.kind && a.index == b.index; }),
              out.end());
    return out;
}

void knowledge_base::prepare() const
{
    entries_on({}); // builds the index; asks for no concern
    // And the English word list the spell checker reads, once per process (some 30
    // million instructions, which the first question would otherwise pay).
    is_english_word("word"); // (an empty word is answered without the list)
}

question_intent knowledge_base::phrasing_intent(std::uint32_t document) const
{
    auto& slot = phrasing_intent_.at(document);
    auto known = slot.load(std::memory_order_relaxed);
    if (known == 0) {
        const auto phrasing = this->phrasing(document);
        const auto intent = phrasing.empty()
                                ? question_intent::none
                                : detect_intent(question_text(phrasing), subjects(document).size());
        known = static_cast<std::uint8_t>(static_cast<unsigned>(intent) + 1);
        slot.store(known, std::memory_order_relaxed);
    }
    return static_cast<question_intent>(known - 1);
}

namespace {
constexpr std::uint32_t avoids_managing_bit = 1U << 30;
constexpr std::uint32_t known_bit = 1U << 31;
static_assert(concern_count <= 30, "bits 30 and 31 of a wording's slot are taken");
} // namespace

std::uint32_t knowledge_base::wording_facts(entry_ref ref) const
{
    // Only the entry's own wording: alternates are many and loose, and would make an
    // FAQ about metrics look like one about responsibilities too.
    std::atomic<std::uint32_t>* slot = nullptr;
    std::string_view wording;
    if (ref.kind == entry_kind::faq) {
        slot = &faq_concerns_.at(ref.index);
        wording = data_.faqs[ref.index].question;
    } else if (ref.kind == entry_kind::topic) {
        slot = &topic_concerns_.at(ref.index);
        wording = data_.topics[ref.index].title;
    } else {
        return 0;
    }
    auto known = slot->load(std::memory_order_relaxed);
    if (known == 0) {
        const auto text = question_text(wording);
        known = static_cast<std::uint32_t>(concerns_of(text).to_ulong()) |
                (reluctant_to_manage(text) ? avoids_managing_bit : 0) | known_bit;
        slot->store(known, std::memory_order_relaxed);
    }
    return known;
}

concern_set knowledge_base::concerns(entry_ref ref) const
{
    return concern_set(wording_facts(ref) & ~(known_bit | avoids_managing_bit));
}

bool knowledge_base::faq_avoids_managing(std::size_t index) const
{
    return (wording_facts({entry_kind::faq, index}) & avoids_managing_bit) != 0;
}

const role* knowledge_base::find(std::string_view id) const
{
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : &data_.roles[it->second];
}

std::string_view knowledge_base::entry_title(entry_ref ref) const
{
    switch (ref.kind) {
    case entry_kind::role:
        return data_.roles.at(ref.index).title;
    case entry_kind::faq:
        return data_.faqs.at(ref.index).question;
    case entry_kind::path:
        return data_.paths.at(ref.index).summary;
    case entry_kind::topic:
        return data_.topics.at(ref.index).title;
    }
    return {};
}

const career_path* knowledge_base::find_path(std::string_view from, std::string_view to) const
{
    const career_path* fallback = nullptr;
    for (const auto& p : data_.paths) {
        if (p.to != to) {
            continue;
        }
        if (p.from == from || (from.empty() && p.from == "product-manager")) {
            return &p;
        }
        if (from.empty() && fallback == nullptr) {
            fallback = &p;
        }
    }
    return fallback;
}

const career_path* knowledge_base::path_between(std::string_view a, std::string_view b) const
{
    const auto* p = find_path(a, b);
    return p != nullptr ? p : find_path(b, a);
}

std::vector<const role*> knowledge_base::ladder(role_track track) const
{
    std::vector<const role*> out;
    for (const auto& r : data_.roles) {
        if (r.track == track) {
            out.push_back(&r);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const role* a, const role* b) { return a->rank < b->rank; });
    return out;
}

} // namespace rolebot::knowledge
