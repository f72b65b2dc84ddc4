#include "knowledge/search_index.hpp"

#include "knowledge/english_words.hpp"
#include "knowledge/text_normalize.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rolebot::knowledge {
namespace {

constexpr double k1 = 1.2;
constexpr double b = 0.75;
// Words in nearly every document ("product") tell nothing apart and cost the most to
// score: they are left out of scoring and coverage alike.
constexpr double min_idf = 0.05;
constexpr std::size_t min_typo_length = 4; // shorter words are abbreviations: exact only
// How much an unseen word counts against coverage, relative to the rarest seen word.
// Chat is full of words no article uses ("someday", "lol"); they must not sink a match.
constexpr double unknown_word_share = 1.0;
// Slack for comparing a partial sum of scores with the threshold: sums taken in another
// order may differ in the last bits, and a document must never be dropped for that.
constexpr double rounding_slack = 1e-9;

/// Higher scores first; on a tie, the earlier document. (An object, not a function, so
/// that heap operations inline it.)
constexpr struct {
    bool operator()(const search_index::hit& x, const search_index::hit& y) const
    {
        return x.score != y.score ? x.score > y.score : x.document < y.document;
    }
} ranks_before;

/// Puts `candidate` in place of the worst of a full heap (its top) and sifts it down:
/// one pass instead of a push and a pop.
template <typename Better>
void replace_worst(std::vector<search_index::hit>& heap, const search_index::hit& candidate,
                   Better better)
{
    std::size_t at = 0;
    const std::size_t size = heap.size();
    for (;;) {
        std::size_t child = 2 * at + 1;
        if (child >= size) {
            break;
        }
        // The worse child is the one that belongs nearer the top.
        if (child + 1 < size && better(heap[child], heap[child + 1])) {
            ++child;
        }
        if (!better(candidate, heap[child])) {
            break;
        }
        heap[at] = heap[child];
        at = child;
    }
    heap[at] = candidate;
}

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
    // (term, weight) pairs sorted by term and summed: a few dozen per document, cheaper
    // than a hash map per document.
    term_bag bag;
    for (const auto& f : fields) {
        for (const auto term : f.terms) {
            bag.counts.emplace_back(term, static_cast<float>(f.weight));
        }
        bag.length += static_cast<float>(f.weight * f.terms.size());
    }
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
    return bag;
}

std::uint32_t search_index::add(std::span<const interned_field> fields)
{
    return add(bag_of(fields), term_bag{});
}

std::uint32_t search_index::add(const term_bag& first, const term_bag& second)
{
    const auto document = static_cast<std::uint32_t>(lengths_.size());
    // Documents are added in order, so every posting list stays sorted by document.
    const auto post = [&](term_id term, float frequency) {
        terms_[term].postings.push_back({document, frequency});
    };
    auto a = first.counts.begin();
    auto b = second.counts.begin();
    while (a != first.counts.end() && b != second.counts.end()) {
        if (a->first < b->first) {
            post(a->first, a->second);
            ++a;
        } else if (b->first < a->first) {
            post(b->first, b->second);
            ++b;
        } else {
            post(a->first, a->second + b->second);
            ++a;
            ++b;
        }
    }
    for (; a != first.counts.end(); ++a) {
        post(a->first, a->second);
    }
    for (; b != second.counts.end(); ++b) {
        post(b->first, b->second);
    }
    lengths_.push_back(first.length + second.length);
    return document;
}

void search_index::finish()
{
    const auto n = static_cast<double>(lengths_.size());
    double total = 0;
    for (const auto l : lengths_) {
        total += l;
    }
    const double average_length = n > 0 ? total / n : 1;
    for (auto& info : terms_) {
        const auto df = static_cast<double>(info.postings.size());
        info.idf = std::log(1 + (n - df + 0.5) / (df + 0.5));
        // Document lengths never change: what each posting adds to a score (idf times
        // the BM25 term-frequency factor) is computed once here, not on every query.
        for (auto& p : info.postings) {
            const double norm = k1 * (1 - b + b * lengths_[p.document] / average_length);
            const double factor = p.weight * (k1 + 1) / (p.weight + norm);
            p.weight = static_cast<float>(info.idf * factor);
            info.max_impact = std::max(info.max_impact, p.weight);
        }
        info.block_max.assign((info.postings.size() + block_size - 1) / block_size, 0.0F);
        for (std::size_t i = 0; i < info.postings.size(); ++i) {
            auto& block = info.block_max[i / block_size];
            block = std::max(block, info.postings[i].weight);
        }
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

const search_index::term_info* search_index::find(const std::string& term) const
{
    auto it = ids_.find(term);
    return it == ids_.end() ? nullptr : &terms_[it->second];
}

double search_index::idf(const std::string& term) const
{
    const auto* info = find(term);
    return info == nullptr ? unknown_idf_ : info->idf;
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
    std::size_t best_df = 0;
    for (const auto candidate : candidates) {
        const auto& spelling = *words_[candidate];
        if (!one_edit_apart(word, spelling)) {
            continue; // shares a deletion but is two edits away
        }
        const auto df = terms_[candidate].postings.size();
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
    return nullptr;
}

bool search_index::contains(std::uint32_t document, const std::string& term) const
{
    return contains(postings(term), document);
}

std::span<const search_index_posting> search_index::postings(const std::string& term) const
{
    const auto* info = find(term);
    return info == nullptr ? std::span<const posting>() : std::span<const posting>(info->postings);
}

bool search_index::contains(std::span<const search_index_posting> postings, std::uint32_t document)
{
    return std::binary_search(
        postings.begin(), postings.end(), posting{document, 0},
        [](const posting& x, const posting& y) { return x.document < y.document; });
}

std::vector<std::string> search_index::corrected_terms(std::string_view query) const
{
    auto terms = search_terms(query);
    for (auto& term : terms) {
        // A real word the base does not use ("kill", "fall") is a word, not a typo of
        // one it does ("skill", "call"): correcting it would change the question.
        if (!ids_.contains(term) && !is_english_word(term)) {
            if (const auto* fixed = correct(term)) {
                term = *fixed;
            }
        }
    }
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
        const auto* info = find(term);
        if (info == nullptr) {
            query_weight += unknown_idf_;
        } else if (info->idf >= min_idf) {
            query_weight += info->idf;
            words.push_back(
                {info->postings.data(), info->postings.data() + info->postings.size(), info});
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
    return top_documents(std::move(words), query_weight, limit);
}

namespace {

/// The first posting at or after `from` whose document is not below `document`.
const search_index_posting* seek(const search_index_posting* from, const search_index_posting* end,
                                 std::uint32_t document)
{
    // Galloping: cheap for near targets, logarithmic for far ones.
    std::size_t step = 1;
    const auto* low = from;
    while (static_cast<std::size_t>(end - low) > step && low[step].document < document) {
        low += step;
        step *= 2;
    }
    const auto* high = low + std::min<std::size_t>(step + 1, static_cast<std::size_t>(end - low));
    return std::lower_bound(
        low, high, document,
        [](const search_index_posting& p, std::uint32_t d) { return p.document < d; });
}

} // namespace

bool search_index::skip_weak_blocks(std::vector<cursor>& words, std::size_t first_essential,
                                    const std::vector<double>& bound_below, double threshold,
                                    std::uint32_t& checked_through)
{
    // Every posting of an essential word up to `last` lies in that word's current block,
    // so no document up to `last` scores more than the blocks' maxima plus all the
    // non-essential words. When that cannot beat the threshold, all of them are skipped.
    constexpr auto none = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t last = none;
    double bound = bound_below[first_essential];
    for (std::size_t i = first_essential; i < words.size(); ++i) {
        const auto& c = words[i];
        if (c.at == c.end) {
            continue;
        }
        const auto* begin = c.term->postings.data();
        const auto block = static_cast<std::size_t>(c.at - begin) / block_size;
        bound += c.term->block_max[block];
        const auto* block_end = begin + std::min((block + 1) * block_size, c.term->postings.size());
        last = std::min(last, block_end[-1].document);
    }
    checked_through = last;
    if (bound > threshold + rounding_slack) {
        return false;
    }
    for (std::size_t i = first_essential; i < words.size(); ++i) {
        auto& c = words[i];
        while (c.at != c.end && c.at->document <= last) {
            ++c.at; // within one block: at most block_size steps
        }
    }
    return true;
}

std::vector<search_index::hit>
search_index::top_documents(std::vector<cursor> words, double query_weight, std::size_t limit) const
{
    const std::size_t n = words.size();
    // bound_below[i]: the most words[0..i) together add to any document.
    std::vector<double> bound_below(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        bound_below[i + 1] = bound_below[i] + words[i].term->max_impact;
    }
    const auto better = ranks_before;
    // The best `limit` so far, worst on top. Documents come in increasing order, so a
    // newcomer that only ties the worst loses the tie: it must score strictly more.
    std::vector<hit> best;
    best.reserve(limit + 1);
    double threshold = -1;
    // words[first_essential..n) are essential: a document with none of them scores at
    // most bound_below[first_essential] <= threshold and can never enter, so candidates
    // come from the essential words' postings alone; the others are only looked up.
    std::size_t first_essential = 0;
    std::vector<float> part(n);
    // Documents up to checked_through lie in blocks already found worth scoring (for the
    // essential words as they were at checked_for).
    std::uint32_t checked_through = 0;
    std::size_t checked_for = n;
    constexpr auto none = std::numeric_limits<std::uint32_t>::max();

    while (first_essential < n) {
        std::uint32_t document = none;
        for (std::size_t i = first_essential; i < n; ++i) {
            if (words[i].at != words[i].end) {
                document = std::min(document, words[i].at->document);
            }
        }
        if (document == none) {
            break;
        }
        // Checked once per stretch of blocks, not once per document.
        if (best.size() == limit &&
            (document > checked_through || first_essential != checked_for) &&
            skip_weak_blocks(words, first_essential, bound_below, threshold, checked_through)) {
            continue;
        }
        checked_for = first_essential;
        std::fill(part.begin(), part.end(), 0.0F);
        double partial = 0;
        for (std::size_t i = first_essential; i < n; ++i) {
            auto& c = words[i];
            if (c.at != c.end && c.at->document == document) {
                part[i] = c.at->weight;
                partial += part[i];
                ++c.at;
            }
        }
        // The other words, strongest first, until even all the rest could only tie the
        // threshold (a tie loses to the earlier document already held).
        bool hopeless = false;
        for (std::size_t i = first_essential; i-- > 0;) {
            if (best.size() == limit &&
                partial + bound_below[i + 1] <= threshold + rounding_slack) {
                hopeless = true;
                break;
            }
            auto& c = words[i];
            c.at = seek(c.at, c.end, document);
            if (c.at != c.end && c.at->document == document) {
                part[i] = c.at->weight;
                partial += part[i];
            }
        }
        if (hopeless) {
            continue;
        }
        // Summed in word order, as bound_below is: a document holding only non-essential
        // words never sums above their bound, whatever the rounding.
        double score = 0;
        double matched = 0;
        for (std::size_t i = 0; i < n; ++i) {
            score += part[i];
            matched += part[i] > 0 ? words[i].term->idf : 0;
        }
        const hit candidate{document, score, query_weight > 0 ? matched / query_weight : 0};
        if (best.size() == limit && !better(candidate, best.front())) {
            continue;
        }
        if (best.size() < limit) {
            best.push_back(candidate);
            std::push_heap(best.begin(), best.end(), better);
        } else {
            replace_worst(best, candidate, better);
        }
        if (best.size() == limit) {
            threshold = best.front().score;
            while (first_essential < n && bound_below[first_essential + 1] <= threshold) {
                ++first_essential;
            }
        }
    }
    std::sort_heap(best.begin(), best.end(), better);
    return best;
}

std::vector<search_index::hit> search_index::score_every_document(const std::vector<cursor>& words,
                                                                  double query_weight,
                                                                  std::size_t limit) const
{
    // Reused between queries on a thread: no allocation per question.
    thread_local std::vector<double> scores;
    thread_local std::vector<double> matched;
    scores.assign(size(), 0.0);
    matched.assign(size(), 0.0);
    for (const auto& word : words) {
        for (const auto* p = word.at; p != word.end; ++p) {
            scores[p->document] += p->weight;
            matched[p->document] += word.term->idf;
        }
    }
    std::vector<hit> best;
    best.reserve(limit);
    for (std::uint32_t document = 0; document < scores.size(); ++document) {
        if (matched[document] == 0) {
            continue;
        }
        const hit candidate{document, scores[document],
                            query_weight > 0 ? matched[document] / query_weight : 0};
        if (best.size() < limit) {
            best.push_back(candidate);
            std::push_heap(best.begin(), best.end(), ranks_before);
        } else if (ranks_before(candidate, best.front())) {
            replace_worst(best, candidate, ranks_before);
        }
    }
    std::sort_heap(best.begin(), best.end(), ranks_before);
    return best;
}

} // namespace rolebot::knowledge
