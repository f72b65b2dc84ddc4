#include "knowledge/entry_words.hpp"

#include "knowledge/search_terms.hpp"
#include "knowledge/text_normalize.hpp"
#include "knowledge/word_numbers.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <future>
#include <optional>
#include <span>
#include <string_view>
#include <thread>

namespace rolebot::knowledge {
namespace {

/// A run's vocabulary while it is read. A text's words are title tokens first, then
/// search terms (search_term_of); the term of each token is remembered, so a token seen
/// before costs one lookup: a large base says the same few thousand words many times.
class run_vocabulary {
public:
    /// What a stop word becomes: a break, numbered like no word.
    static constexpr std::uint32_t dropped = word_numbers::absent - 1;

    explicit run_vocabulary(std::vector<std::string>& words) : words_(words) {}

    /// Passes the number of each term of `text` to `emit`, or `dropped` for a stop word.
    template <typename Emit> void read(std::string_view text, Emit emit)
    {
        tokens_.read(text);
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            const auto token = tokens_[i];
            auto known = by_token_.find(token);
            if (known == word_numbers::absent) {
                const auto term = search_term_of(token, buffer_);
                known = term ? number(*term) : dropped;
                by_token_.insert(token, known);
            }
            emit(known);
        }
    }

private:
    std::uint32_t number(std::string_view term)
    {
        if (const auto known = by_term_.find(term); known != word_numbers::absent) {
            return known;
        }
        const auto next = static_cast<std::uint32_t>(words_.size());
        words_.emplace_back(term);
        by_term_.insert(term, next);
        return next;
    }

    std::vector<std::string>& words_;
    word_numbers by_term_;
    word_numbers by_token_;
    title_token_list tokens_;
    std::string buffer_;
};

/// An entry's fields (see entry_texts), with the weights of what it is called and what
/// it says: a name outweighs a body.
constexpr unsigned name_weight = 3;
constexpr unsigned body_weight = 1;

void add_bodies(std::vector<entry_text>& out, const std::vector<std::string>& items)
{
    for (const auto& item : items) {
        out.push_back({item, body_weight});
    }
}

std::vector<entry_text> role_texts(const role& r)
{
    std::vector<entry_text> out{{r.title, name_weight}, {r.summary, body_weight}};
    for (const auto& alias : r.aliases) {
        out.push_back({alias, name_weight});
    }
    out.push_back({r.scope, body_weight});
    out.push_back({r.time_horizon, body_weight});
    add_bodies(out, r.responsibilities);
    add_bodies(out, r.skills);
    // The card shows the comparison aspects too (scope and time horizon are above).
    for (std::size_t a = 0; a < aspect_count; ++a) {
        const auto which = static_cast<aspect>(a);
        if (which != aspect::scope && which != aspect::time_horizon) {
            out.push_back({r.aspect_value(which), body_weight});
        }
    }
    return out;
}

std::vector<entry_text> faq_texts(const faq& f)
{
    std::vector<entry_text> out{{f.answer, body_weight}, {f.question, name_weight, true}};
    for (const auto& alternate : f.alternates) {
        out.push_back({alternate, name_weight, true});
    }
    return out;
}

std::vector<entry_text> path_texts(const reading_context& context, const career_path& p)
{
    std::vector<entry_text> out{{p.summary, body_weight}, {p.typical_time, body_weight}};
    for (const auto* end : {&p.from, &p.to}) {
        if (auto it = context.role_by_id.find(*end); it != context.role_by_id.end()) {
            out.push_back({context.data.roles[it->second].title, name_weight});
        }
    }
    for (const auto& step : p.steps) {
        out.push_back({step.title, body_weight});
        out.push_back({step.detail, body_weight});
    }
    add_bodies(out, p.milestones);
    add_bodies(out, p.skills_to_build);
    return out;
}

std::vector<entry_text> topic_texts(const topic& t)
{
    std::vector<entry_text> out{{t.title, name_weight, true}, {t.summary, body_weight}};
    add_bodies(out, t.points);
    return out;
}

/// Appends the distinct words of `words` with their counts to `counts`. `count_at` is
/// all zeros before and after; it grows with the vocabulary.
void count_words(std::span<const std::uint32_t> words, std::vector<std::uint32_t>& count_at,
                 std::vector<std::pair<std::uint32_t, std::uint32_t>>& counts)
{
    const auto first = counts.size();
    for (const auto word : words) {
        if (word >= count_at.size()) {
            count_at.resize(word + 1);
        }
        if (count_at[word] == 0) {
            counts.emplace_back(word, 0);
            count_at[word] = static_cast<std::uint32_t>(counts.size() - first);
        }
        ++counts[first + count_at[word] - 1].second;
    }
    for (auto at = first; at < counts.size(); ++at) {
        count_at[counts[at].first] = 0;
    }
}

} // namespace

std::vector<entry_text> entry_texts(const reading_context& context, entry_ref entry)
{
    const auto& data = context.data;
    switch (entry.kind) {
    case entry_kind::role:
        return role_texts(data.roles.at(entry.index));
    case entry_kind::faq:
        return faq_texts(data.faqs.at(entry.index));
    case entry_kind::path:
        return path_texts(context, data.paths.at(entry.index));
    case entry_kind::topic:
        return topic_texts(data.topics.at(entry.index));
    }
    return {};
}

entry_words read_entry_words(const reading_context& context, entry_kind kind, std::size_t first,
                             std::size_t last)
{
    entry_words out;
    out.kind = kind;
    out.first = first;
    out.last = last;
    run_vocabulary vocabulary(out.vocabulary);
    // A naming text's words (local numbers, `dropped` for breaks), and as mentions()
    // takes them; each word's part in names is looked up once per run.
    std::vector<std::uint32_t> named;
    std::vector<std::string_view> named_words;
    std::vector<title_index::name_part> named_parts;
    std::vector<std::optional<title_index::name_part>> part_of_word;
    const auto part_of = [&](std::uint32_t number) {
        if (number == run_vocabulary::dropped) {
            return title_index::name_part{};
        }
        if (number >= part_of_word.size()) {
            part_of_word.resize(out.vocabulary.size());
        }
        auto& part = part_of_word[number];
        if (!part) {
            part = context.titles.part_of(out.vocabulary[number]);
        }
        return *part;
    };
    std::vector<std::uint32_t> count_at; // local word -> its place in text_counts, + 1
    for (auto i = first; i < last; ++i) {
        for (const auto& text : entry_texts(context, {kind, i})) {
            named.clear();
            vocabulary.read(text.text, [&](std::uint32_t number) {
                if (number != run_vocabulary::dropped) {
                    out.words.push_back(number);
                }
                if (text.names_roles) {
                    named.push_back(number);
                }
            });
            // Names are read where the text keeps words together (see asked_question).
            if (text.names_roles) {
                named_words.clear();
                named_parts.clear();
                for (const auto number : named) {
                    named_words.push_back(number == run_vocabulary::dropped
                                              ? std::string_view()
                                              : std::string_view(out.vocabulary[number]));
                    named_parts.push_back(part_of(number));
                }
                for (const auto role : context.titles.mentions(named_words, named_parts)) {
                    out.subjects.push_back(role);
                }
            }
            const auto text_start = out.text_end.empty() ? 0 : out.text_end.back();
            count_words({out.words.begin() + text_start, out.words.end()}, count_at,
                        out.text_counts);
            out.text_end.push_back(static_cast<std::uint32_t>(out.words.size()));
            out.counts_end.push_back(static_cast<std::uint32_t>(out.text_counts.size()));
            out.text_weight.push_back(text.weight);
            out.subjects_end.push_back(static_cast<std::uint32_t>(out.subjects.size()));
        }
        out.entry_end.push_back(static_cast<std::uint32_t>(out.text_end.size()));
    }
    return out;
}

void read_all_entry_words(const reading_context& context, std::size_t threads,
                          const std::function<void(const entry_words&)>& index)
{
    struct run {
        entry_kind kind;
        std::size_t first;
        std::size_t last;
    };
    std::vector<run> runs;
    std::size_t entries = 0;
    const auto split = [&](entry_kind kind, std::size_t count) {
        for (std::size_t first = 0; first < count; first += entries_per_run) {
            runs.push_back({kind, first, std::min(count, first + entries_per_run)});
        }
        entries += count;
    };
    split(entry_kind::role, context.data.roles.size());
    split(entry_kind::faq, context.data.faqs.size());
    split(entry_kind::path, context.data.paths.size());
    split(entry_kind::topic, context.data.topics.size());
    const auto read = [&](const run& r) {
        return read_entry_words(context, r.kind, r.first, r.last);
    };
    if (threads <= 1 || entries < entries_per_run) {
        for (const auto& r : runs) {
            index(read(r));
        }
        return;
    }
    // Workers take runs in order; this thread indexes each as soon as it is read, and
    // frees it, while the workers read on.
    std::vector<std::promise<entry_words>> read_runs(runs.size());
    std::vector<std::future<entry_words>> ready;
    for (auto& promise : read_runs) {
        ready.push_back(promise.get_future());
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    // Declared last, so that leaving this frame (an exception from `index`) joins the
    // workers before anything they use goes away.
    std::vector<std::jthread> workers;
    for (std::size_t t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (auto k = next++; k < runs.size() && !stop; k = next++) {
                try {
                    read_runs[k].set_value(read(runs[k]));
                } catch (...) {
                    read_runs[k].set_exception(std::current_exception());
                }
            }
        });
    }
    try {
        for (auto& run_read : ready) {
            index(run_read.get());
        }
    } catch (...) {
        stop = true;
        throw;
    }
}

} // namespace rolebot::knowledge
