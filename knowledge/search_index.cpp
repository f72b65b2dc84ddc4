#include "knowledge/search_index.hpp"

#include "knowledge/english_words.hpp"
#include "knowledge/text_normalize.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <thread>

namespace rolebot::knowledge {
namespace {

constexpr double k1 = 1.2;
constexpr double b = 0.75;
// Words in nearly every document ("product") tell nothing apart and cost the most to
// score: they are left out of scoring and coverage alike.
constexpr double min_idf = 0.05;
constexpr std::size_t min_typo_length = 4; // shorter words are abbreviations: exact only
/// Shorter words give too many others with a letter put back ("prod" -> "proud").
constexpr std::size_t min_restored_length = 5;
// How much an unseen word counts against coverage, relative to the rarest seen word.
// Chat is full of words no article uses ("someday", "lol"); they must not sink a match.
constexpr double unknown_word_share = 1.0;
// An unseen dictionary word ("hook", "discipline") is more often chat than the subject of
// a question the base cannot answer; names and acronyms ("Jira", "OKR", "CTO") rarely
// are. (0.5 let two unanswerable questions through; 0.7 keeps a margin.)
constexpr double unknown_english_word_share = 0.7;
} // namespace

search_index::term_id search_index::id_of(std::string_view word)
{
    if (auto it = ids_.find(word); it != ids_.end()) {
        return it->second; // most words of a document are already known
    }
    const auto next = static_cast<term_id>(terms_.size());
    auto it = ids_.emplace(std::string(word), next).first;
    words_.push_back(&it->first); // map nodes never move: the pointer stays valid
    terms_.emplace_back();
    return next;
}

std::vector<search_index::term_id> search_index::intern(const std::vector<std::string>& words)
{
    std::vector<term_id> out;
    out.reserve(words.size());
    for (const auto& word : words) {
        out.push_back(id_of(word));
    }
    return out;
}

std::vector<search_index::term_id> search_index::intern(std::string_view text)
{
    std::vector<term_id> out;
    for_each_search_term(text, [&](std::string_view word) { out.push_back(id_of(word)); });
    return out;
}

std::uint32_t search_index::add(const std::vector<field>& fields)
{
    std::vector<std::vector<term_id>> words;
    std::vector<interned_field> interned;
    words.reserve(fields.size());
    for (const auto& f : fields) {
        words.push_back(intern(f.text));
        interned.push_back({words.back(), f.weight});
    }
    return add(interned);
}

search_index::term_bag search_index::bag_of(std::span<const interned_field> fields)
{
    term_bag bag;
    for (const auto& f : fields) {
        for (const auto term : f.terms) {
            bag.counts.emplace_back(term, static_cast<float>(f.weight));
        }
        bag.length += static_cast<float>(f.weight * f.terms.size());
    }
    sum_repeats(bag);
    return bag;
}

void search_index::sum_repeats(term_bag& bag)
{
    // (term, weight) pairs sorted by term and summed: a few dozen per document, cheaper
    // than a hash map per document.
    auto& counts = bag.counts;
    std::sort(counts.begin(), counts.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    std::size_t kept = 0;
    for (std::size_t i = 0; i < counts.size(); ++kept) {
        const auto term = counts[i].first;
        float frequency = 0;
        for (; i < counts.size() && counts[i].first == term; ++i) {
            frequency += counts[i].second;
        }
        counts[kept] = {term, frequency};
    }
    counts.resize(kept);
}

void search_index::reserve(std::size_t documents)
{
    lengths_.reserve(documents);
    group_end_.reserve(documents);
}

std::uint32_t search_index::add(std::span<const interned_field> fields)
{
    return add(bag_of(fields));
}

std::uint32_t search_index::add(const term_bag& bag)
{
    const auto document = static_cast<std::uint32_t>(lengths_.size());
    // Documents are added in order, so every posting list stays sorted by document.
    for (const auto& [term, frequency] : bag.counts) {
        terms_[term].own.postings.push_back({document, frequency});
    }
    lengths_.push_back(bag.length);
    group_end_.push_back(document + 1);
    return document;
}

std::uint32_t search_index::add_group(const term_bag& shared, std::span<const term_bag> members)
{
    const auto first = static_cast<std::uint32_t>(lengths_.size());
    const auto end = first + static_cast<std::uint32_t>(members.size());
    for (const auto& member : members) {
        const auto document = static_cast<std::uint32_t>(lengths_.size());
        for (const auto& [term, frequency] : member.counts) {
            terms_[term].own.postings.push_back({document, frequency});
        }
        lengths_.push_back(member.length + shared.length);
        group_end_.push_back(end);
    }
    if (!members.empty()) {
        for (const auto& [term, frequency] : shared.counts) {
            terms_[term].shared.postings.push_back({first, frequency});
        }
    }
    return first;
}

namespace {

/// Walks a word's own postings with, for each, the shared posting of the document's
/// group (null when its group does not share the word). Both lists are by document.
template <typename Visit>
void with_shared(std::vector<search_index_posting>& own,
                 const std::vector<search_index_posting>& shared,
                 const std::vector<std::uint32_t>& group_end, Visit visit)
{
    auto s = shared.begin();
    for (auto& p : own) {
        while (s != shared.end() && group_end[s->document] <= p.document) {
            ++s;
        }
        const bool in_group = s != shared.end() && s->document <= p.document;
        visit(p, in_group ? &*s : nullptr);
    }
}

} // namespace

void search_index::finish(std::size_t two_threads_from)
{
    const auto n = static_cast<double>(lengths_.size());
    double total = 0;
    for (const auto l : lengths_) {
        total += l;
    }
    const double average_length = n > 0 ? total / n : 1;
    // A group's shared words weigh the same in each of its documents: figured with the
    // group's mean length (stored with its first document).
    std::vector<float> group_length(lengths_.size());
    for (std::uint32_t first = 0; first < lengths_.size(); first = group_end_[first]) {
        double sum = 0;
        for (auto d = first; d < group_end_[first]; ++d) {
            sum += lengths_[d];
        }
        group_length[first] = static_cast<float>(sum / (group_end_[first] - first));
    }
    const auto bm25 = [&](double idf, double frequency, double length) {
        const double norm = k1 * (1 - b + b * length / average_length);
        return idf * frequency * (k1 + 1) / (frequency + norm);
    };
    const auto weigh = [&](term_info& info) {
        // Documents holding the word: each shared posting's whole group, and the others
        // that hold it themselves.
        std::size_t documents = 0;
        for (const auto& s : info.shared.postings) {
            documents += group_end_[s.document] - s.document;
        }
        with_shared(info.own.postings, info.shared.postings, group_end_,
                    [&](const posting&, const posting* s) { documents += s == nullptr ? 1 : 0; });
        info.documents = static_cast<std::uint32_t>(documents);
        const auto df = static_cast<double>(documents);
        info.idf = std::log(1 + (n - df + 0.5) / (df + 0.5));
        // Document lengths never change: what each posting adds to a score (idf times
        // the BM25 term-frequency factor) is computed once here, not on every query. A
        // document's own posting of a word its group shares adds what its own count
        // adds on top of the shared weight (never less than nothing).
        std::vector<float> shared_frequency;
        shared_frequency.reserve(info.shared.postings.size());
        for (auto& s : info.shared.postings) {
            shared_frequency.push_back(s.weight);
            s.weight = static_cast<float>(bm25(info.idf, s.weight, group_length[s.document]));
        }
        const auto* shared_begin = info.shared.postings.data();
        with_shared(
            info.own.postings, info.shared.postings, group_end_, [&](posting& p, const posting* s) {
                if (s == nullptr) {
                    p.weight = static_cast<float>(bm25(info.idf, p.weight, lengths_[p.document]));
                    return;
                }
                const double frequency = shared_frequency[s - shared_begin];
                const double whole = bm25(info.idf, p.weight + frequency, lengths_[p.document]);
                p.weight = static_cast<float>(std::max(0.0, whole - s->weight));
            });
        // The bounds, with what a document gets as a ranking walk sums it.
        info.own.block_max.assign((info.own.postings.size() + block_size - 1) / block_size, 0);
        std::size_t at = 0;
        with_shared(info.own.postings, info.shared.postings, group_end_,
                    [&](const posting& p, const posting* s) {
                        const float total = s == nullptr ? p.weight : p.weight + s->weight;
                        auto& block = info.own.block_max[at++ / block_size];
                        block = std::max(block, total);
                        info.max_impact = std::max(info.max_impact, total);
                    });
        info.shared.block_max.assign(
            (info.shared.postings.size() + shared_block_size - 1) / shared_block_size, 0);
        for (std::size_t k = 0; k < info.shared.postings.size(); ++k) {
            auto& block = info.shared.block_max[k / shared_block_size];
            block = std::max(block, info.shared.postings[k].weight);
            info.max_impact = std::max(info.max_impact, info.shared.postings[k].weight);
        }
        if (lengths_.size() < score_all_below_) {
            spell_out(info);
        }
    };
    // A large index weighs its words on two threads, split where half the postings lie
    // behind: the words are independent, and this pass over every posting is most of
    // what finishing a large index costs.
    std::size_t postings = 0;
    for (const auto& info : terms_) {
        postings += info.own.postings.size() + info.shared.postings.size();
    }
    std::size_t split = terms_.size();
    if (postings >= two_threads_from) {
        std::size_t behind = 0;
        for (split = 0; split < terms_.size() && behind < postings / 2; ++split) {
            behind += terms_[split].own.postings.size() + terms_[split].shared.postings.size();
        }
    }
    std::exception_ptr failure;
    {
        std::jthread other;
        if (split < terms_.size()) {
            other = std::jthread([&] {
                try {
                    for (auto i = split; i < terms_.size(); ++i) {
                        weigh(terms_[i]);
                    }
                } catch (...) {
                    failure = std::current_exception();
                }
            });
        }
        for (std::size_t i = 0; i < split; ++i) {
            weigh(terms_[i]);
        }
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    // A word the index never saw weighs like the rarest word it did see: questions with
    // incidental words still match, but a question about an unseen subject does not.
    unknown_idf_ = std::log(1 + (n - 1 + 0.5) / (1 + 0.5)) * unknown_word_share;
    deletions_.clear();
    for (term_id id = 0; id < words_.size(); ++id) {
        const auto& word = *words_[id];
        if (word.size() < min_typo_length) {
            continue;
        }
        for (std::size_t i = 0; i < word.size(); ++i) {
            std::string variant = word;
            variant.erase(i, 1);
            deletions_[std::move(variant)].push_back(id);
        }
    }
}

double search_index::unknown_weight(const std::string& term) const
{
    return is_english_word(term) ? unknown_idf_ * unknown_english_word_share : unknown_idf_;
}

const search_index::term_info* search_index::lookup(const std::string& term) const
{
    auto it = ids_.find(term);
    return it == ids_.end() ? nullptr : &terms_[it->second];
}

std::optional<search_index::term_id> search_index::id(const std::string& term) const
{
    auto it = ids_.find(term);
    return it == ids_.end() ? std::nullopt : std::optional<term_id>(it->second);
}

double search_index::idf(const std::string& term) const
{
    const auto* info = lookup(term);
    return info == nullptr ? unknown_weight(term) : info->idf;
}

const std::string* search_index::correct(const std::string& word) const
{
    if (word.size() < min_typo_length) {
        return nullptr;
    }
    // One edit away (insertion, deletion, substitution or swap) means the two words share
    // a string with at most one character deleted from each.
    std::vector<term_id> candidates;
    const auto collect = [&](const std::string& key) {
        if (auto it = deletions_.find(key); it != deletions_.end()) {
            candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        }
        if (auto it = ids_.find(key); it != ids_.end()) {
            candidates.push_back(it->second);
        }
    };
    collect(word);
    for (std::size_t i = 0; i < word.size(); ++i) {
        std::string variant = word;
        variant.erase(i, 1);
        collect(variant);
    }
    const std::string* best = nullptr;
    std::uint32_t best_df = 0;
    for (const auto candidate : candidates) {
        const auto& spelling = *words_[candidate];
        if (!one_edit_apart(word, spelling)) {
            continue; // shares a deletion but is two edits away
        }
        const auto df = terms_[candidate].documents;
        // The most common spelling wins; ties go to the alphabetically first: deterministic.
        if (best == nullptr || df > best_df || (df == best_df && spelling < *best)) {
            best = &spelling;
            best_df = df;
        }
    }
    if (best != nullptr) {
        return best;
    }
    // A misspelt synonym ("diffrent") never reaches the index under its own spelling:
    // correct it against the synonym table, then take the word it stands for.
    for (const auto& [from, to] : synonyms()) {
        if (from.size() >= min_typo_length && one_edit_apart(word, from)) {
            if (auto it = ids_.find(std::string(to)); it != ids_.end()) {
                return &it->first;
            }
        }
    }
    return restored_letter(word);
}

const std::string* search_index::restored_letter(const std::string& word) const
{
    // The index keeps stems, so a word missing a letter of its ending ("startng",
    // "usualy") is two edits from the stem it would have ("start", "usual"). The commonest
    // such typos drop a vowel or one of a double letter: those are put back, and the word
    // stemmed again. Few words get here (neither the base's nor English), so the few dozen
    // tries cost little.
    if (word.size() < min_restored_length) {
        return nullptr;
    }
    const std::string* best = nullptr;
    std::uint32_t best_df = 0;
    std::string variant;
    std::string buffer;
    for (std::size_t at = 1; at <= word.size(); ++at) {
        for (const char letter : {'a', 'e', 'i', 'o', 'u', word[at - 1]}) {
            variant.assign(word).insert(at, 1, letter);
            const auto stem = search_term_of(variant, buffer);
            if (!stem) {
                continue;
            }
            const auto it = ids_.find(std::string(*stem));
            if (it == ids_.end()) {
                continue;
            }
            const auto df = terms_[it->second].documents;
            if (best == nullptr || df > best_df || (df == best_df && it->first < *best)) {
                best = &it->first;
                best_df = df;
            }
        }
    }
    return best;
}

bool search_index::contains(std::uint32_t document, const std::string& term) const
{
    return contains(lookup(term), document);
}

bool search_index::contains(const term_info* term, std::uint32_t document) const
{
    if (term == nullptr) {
        return false;
    }
    const auto by_document = [](const posting& p, std::uint32_t d) { return p.document < d; };
    const auto& own = term->own.postings;
    if (auto it = std::lower_bound(own.begin(), own.end(), document, by_document);
        it != own.end() && it->document == document) {
        return true;
    }
    // The last group starting at or before the document: does it reach that far?
    const auto& shared = term->shared.postings;
    auto after = std::upper_bound(shared.begin(), shared.end(), document,
                                  [](std::uint32_t d, const posting& p) { return d < p.document; });
    return after != shared.begin() && group_end_[std::prev(after)->document] > document;
}

std::size_t search_index::posting_count() const
{
    std::size_t count = 0;
    for (const auto& t : terms_) {
        count += t.own.postings.size() + t.shared.postings.size();
    }
    return count;
}

std::vector<std::string> search_index::corrected_terms(std::string_view query,
                                                       bool mark_breaks) const
{
    auto terms = search_terms(query, mark_breaks);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        auto& term = terms[i];
        // (An empty term is a break, with mark_breaks.) A real word the base does not use
        // ("kill", "fall") is a word, not a typo of one it does ("skill", "call"):
        // correcting it would change the question.
        if (!term.empty() && !ids_.contains(term) && !is_english_word(term)) {
            if (const auto* fixed = correct(term)) {
                term = *fixed;
            } else if (misspelt_stop_word(term)) {
                // "wat does a CPO do": no subject the base lacks
                if (!mark_breaks) {
                    continue;
                }
                term.clear();
            }
        }
        if (kept != i) {
            terms[kept] = std::move(term); // (never onto itself: that would empty it)
        }
        ++kept;
    }
    terms.resize(kept);
    return terms;
}

std::vector<search_index::hit> search_index::search(std::string_view query, std::size_t limit) const
{
    return search_terms_of(corrected_terms(query), limit);
}

std::vector<search_index::hit> search_index::search_terms_of(std::vector<std::string> terms,
                                                             std::size_t limit) const
{
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    if (terms.empty() || lengths_.empty() || limit == 0) {
        return {};
    }
    double query_weight = 0;
    std::vector<cursor> words;
    for (const auto& term : terms) {
        const auto* info = lookup(term);
        if (info == nullptr) {
            query_weight += unknown_weight(term);
        } else if (info->idf >= min_idf) {
            query_weight += info->idf;
            words.push_back(start(*info));
        }
    }
    if (words.empty()) {
        return {};
    }
    // Weakest word first (ties by term): both ways sum every score in this order, so
    // they agree to the last bit.
    std::sort(words.begin(), words.end(), [](const cursor& x, const cursor& y) {
        return x.term->max_impact != y.term->max_impact ? x.term->max_impact < y.term->max_impact
                                                        : x.term < y.term;
    });
    if (size() < score_all_below_) {
        return score_every_document(words, query_weight, limit);
    }
    const double floor = score_floor(words, limit);
    return top_documents(std::move(words), query_weight, limit, floor);
}

} // namespace rolebot::knowledge
