#include "knowledge/knowledge_base.hpp"

#include "knowledge/faq_words.hpp"

#include <algorithm>
#include <array>
#include <span>

namespace rolebot::knowledge {
namespace {

// Field weights: what an entry is called outweighs what it says.
constexpr unsigned name_weight = 3;
constexpr unsigned body_weight = 1;

} // namespace

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
    using field = search_index::field;
    std::vector<std::size_t> subjects;
    std::size_t primary = std::string_view::npos;
    // What the answerer keeps of each document besides its words.
    const auto note = [&](entry_ref ref) {
        primary_.push_back(primary);
        documents_.push_back(ref);
        std::sort(subjects.begin(), subjects.end());
        subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
        subjects_.insert(subjects_.end(), subjects.begin(), subjects.end());
        subject_start_.push_back(static_cast<std::uint32_t>(subjects_.size()));
        subjects.clear();
    };
    const auto add = [&](entry_ref ref, const auto& fields) {
        search_.add(fields);
        note(ref);
    };
    const auto named_in = [&](std::string_view text) {
        for (auto role : titles_.mentions(search_terms(text))) {
            subjects.push_back(role);
        }
    };
    const auto by_id = [&](std::string_view id) {
        if (auto it = by_id_.find(id); it != by_id_.end()) {
            subjects.push_back(it->second);
        }
    };
    const auto body = [](std::vector<field>& fields, const std::vector<std::string>& items) {
        for (const auto& item : items) {
            fields.push_back({item, body_weight});
        }
    };
    for (std::size_t i = 0; i < data_.roles.size(); ++i) {
        const auto& r = data_.roles[i];
        std::vector<field> fields{{r.title, name_weight}, {r.summary, body_weight}};
        for (const auto& alias : r.aliases) {
            fields.push_back({alias, name_weight});
        }
        fields.push_back({r.scope, body_weight});
        fields.push_back({r.time_horizon, body_weight});
        body(fields, r.responsibilities);
        body(fields, r.skills);
        // The card shows the comparison aspects too (scope and time horizon are above).
        for (std::size_t a = 0; a < aspect_count; ++a) {
            const auto which = static_cast<aspect>(a);
            if (which != aspect::scope && which != aspect::time_horizon) {
                fields.push_back({r.aspect_value(which), body_weight});
            }
        }
        subjects.push_back(i);
        add({entry_kind::role, i}, fields);
    }
    // One document per FAQ phrasing: a question matches the phrasing closest to it, and
    // many alternates do not dilute any of them. Each phrasing is about exactly the roles
    // it names. The answer's words are shared by the group of phrasings, stored once.
    for (const auto& run : read_all_faq_words(data_.faqs, titles_, reading_threads)) {
        // The run's words as the index numbers them, taken in the run's order of first
        // use: the same numbers as reading every FAQ here, one after another.
        const auto ids = search_.intern(run.vocabulary);
        std::vector<char> title_word(ids.size());
        for (std::size_t w = 0; w < ids.size(); ++w) {
            title_word[w] = is_title_word(run.vocabulary[w]) ? 1 : 0;
        }
        std::size_t text = 0;
        std::size_t phrasing_number = 0;
        std::uint32_t at = 0;
        const auto next_text = [&] {
            std::vector<search_index::term_id> terms;
            terms.reserve(run.text_end[text] - at);
            for (; at < run.text_end[text]; ++at) {
                terms.push_back(ids[run.words[at]]);
            }
            ++text;
            return terms;
        };
        for (auto i = run.first; i < run.last; ++i) {
            const auto& f = data_.faqs[i];
            const auto answer_terms = next_text();
            const std::array<search_index::interned_field, 1> answer_field{
                {{answer_terms, body_weight}}};
            const auto answer = search_index::bag_of(answer_field);
            std::vector<search_index::term_bag> asked_bags;
            asked_bags.reserve(1 + f.alternates.size());
            for (std::size_t p = 0; p <= f.alternates.size(); ++p, ++phrasing_number) {
                const auto local_start = at;
                const auto asked = next_text();
                const auto subjects_from =
                    phrasing_number == 0 ? 0 : run.subjects_end[phrasing_number - 1];
                subjects.assign(run.subjects.begin() + subjects_from,
                                run.subjects.begin() + run.subjects_end[phrasing_number]);
                // Every phrasing's main role is the first one its FAQ's own question names.
                if (p == 0) {
                    primary = subjects.empty() ? std::string_view::npos : subjects.front();
                }
                phrasing_.resize(documents_.size());
                phrasing_.push_back(p == 0 ? std::string_view(f.question)
                                           : std::string_view(f.alternates[p - 1]));
                // Documents before this one without a phrasing start (and end) here.
                phrasing_word_start_.resize(documents_.size() + 1,
                                            static_cast<std::uint32_t>(phrasing_words_.size()));
                const auto start = static_cast<std::ptrdiff_t>(phrasing_word_start_.back());
                for (std::size_t w = 0; w < asked.size(); ++w) {
                    if (title_word[run.words[local_start + w]] == 0) {
                        phrasing_words_.push_back(asked[w]);
                    }
                }
                std::sort(phrasing_words_.begin() + start, phrasing_words_.end());
                phrasing_words_.erase(
                    std::unique(phrasing_words_.begin() + start, phrasing_words_.end()),
                    phrasing_words_.end());
                const std::array<search_index::interned_field, 1> asked_field{
                    {{asked, name_weight}}};
                asked_bags.push_back(search_index::bag_of(asked_field));
                note({entry_kind::faq, i});
            }
            search_.add_group(answer, asked_bags);
            primary = std::string_view::npos;
        }
    }
    for (std::size_t i = 0; i < data_.paths.size(); ++i) {
        const auto& p = data_.paths[i];
        std::vector<field> fields{{p.summary, body_weight}, {p.typical_time, body_weight}};
        for (const auto* end : {find(p.from), find(p.to)}) {
            if (end != nullptr) {
                fields.push_back({end->title, name_weight});
            }
        }
        for (const auto& step : p.steps) {
            fields.push_back({step.title, body_weight});
            fields.push_back({step.detail, body_weight});
        }
        body(fields, p.milestones);
        body(fields, p.skills_to_build);
        by_id(p.from);
        by_id(p.to);
        add({entry_kind::path, i}, fields);
    }
    for (std::size_t i = 0; i < data_.topics.size(); ++i) {
        const auto& t = data_.topics[i];
        std::vector<field> fields{{t.title, name_weight}, {t.summary, body_weight}};
        body(fields, t.points);
        named_in(t.title);
        for (const auto& id : t.roles) {
            by_id(id);
        }
        add({entry_kind::topic, i}, fields);
    }
    phrasing_.resize(documents_.size());
    phrasing_word_start_.resize(documents_.size() + 1,
                                static_cast<std::uint32_t>(phrasing_words_.size()));
    search_.finish();
    phrasing_intent_ = std::vector<std::atomic<std::uint8_t>>(documents_.size());
    faq_concerns_ = std::vector<std::atomic<std::uint32_t>>(data_.faqs.size());
    topic_concerns_ = std::vector<std::atomic<std::uint32_t>>(data_.topics.size());
}

question_intent knowledge_base::phrasing_intent(std::uint32_t document) const
{
    auto& slot = phrasing_intent_.at(document);
    auto known = slot.load(std::memory_order_relaxed);
    if (known == 0) {
        const auto phrasing = phrasing_.at(document);
        const auto intent = phrasing.empty()
                                ? question_intent::none
                                : detect_intent(question_text(phrasing), subjects(document).size());
        known = static_cast<std::uint8_t>(static_cast<unsigned>(intent) + 1);
        slot.store(known, std::memory_order_relaxed);
    }
    return static_cast<question_intent>(known - 1);
}

concern_set knowledge_base::concerns(entry_ref ref) const
{
    static_assert(concern_count < 31, "bit 31 marks a worked-out slot");
    constexpr std::uint32_t known_bit = 1U << 31;
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
        return {};
    }
    auto known = slot->load(std::memory_order_relaxed);
    if (known == 0) {
        known =
            static_cast<std::uint32_t>(concerns_of(question_text(wording)).to_ulong()) | known_bit;
        slot->store(known, std::memory_order_relaxed);
    }
    return concern_set(known & ~known_bit);
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
