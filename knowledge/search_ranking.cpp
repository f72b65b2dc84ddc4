#include "knowledge/search_index.hpp"

#include <algorithm>
#include <array>
#include <limits>

// Ranking: the walk over posting lists that finds a query's best documents (MaxScore
// with block maxima), and the plain scoring of every document for a small index.

namespace rolebot::knowledge {
namespace {

// Slack for comparing a bound with the threshold: a bound summed in another order than
// the score it bounds may differ from it in the last bits (some 1e-15 here). A document
// whose bound is within it of the threshold can at best tie, and a tie loses to the
// earlier document. Two different scores (sums of float weights) lie much further apart
// than this, so no document that scores more is ever dropped for it.
constexpr double rounding_slack = 1e-12;

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

constexpr auto no_document = std::numeric_limits<std::uint32_t>::max();

/// The first posting at or after `from` whose document is not below `document`.
const search_index_posting* seek_posting(const search_index_posting* from,
                                         const search_index_posting* end, std::uint32_t document)
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

std::uint32_t document_at(const search_index_posting* at, const search_index_posting* end)
{
    return at != end ? at->document : no_document;
}

} // namespace

search_index::cursor search_index::start(const term_info& term) const
{
    const auto& own = term.own.postings;
    const auto& shared = term.shared.postings;
    cursor c{own.data(),
             own.data() + own.size(),
             shared.data(),
             shared.data() + shared.size(),
             &term,
             no_document,
             0,
             no_document};
    enter_group(c, c.shared);
    c.document = std::min(document_at(c.own, c.own_end), c.shared_document);
    return c;
}

inline void search_index::enter_group(cursor& c, const posting* shared) const
{
    c.shared = shared;
    if (shared != c.shared_end) {
        c.shared_document = shared->document;
        c.shared_group_end = group_end_[shared->document];
    } else {
        c.shared_document = no_document;
    }
}

inline float search_index::weight_here(const cursor& c)
{
    const float own = c.own != c.own_end && c.own->document == c.document ? c.own->weight : 0;
    return c.shared_document == c.document ? own + c.shared->weight : own;
}

inline void search_index::advance(cursor& c) const
{
    if (c.own != c.own_end && c.own->document == c.document) {
        ++c.own;
    }
    // Through a shared posting's group one document at a time, then on to the next.
    if (c.shared_document == c.document && ++c.shared_document == c.shared_group_end) {
        enter_group(c, c.shared + 1);
    }
    c.document = std::min(document_at(c.own, c.own_end), c.shared_document);
}

inline void search_index::seek(cursor& c, std::uint32_t document) const
{
    if (c.document >= document) {
        return;
    }
    c.own = seek_posting(c.own, c.own_end, document);
    if (c.shared_document < document) {
        if (document < c.shared_group_end) {
            c.shared_document = document; // still inside the current group
        } else {
            const auto* next = seek_posting(c.shared, c.shared_end, document);
            // A group starting before the document may still hold it.
            if (group_end_[next[-1].document] > document) {
                enter_group(c, next - 1);
                c.shared_document = document;
            } else {
                enter_group(c, next);
            }
        }
    }
    c.document = std::min(document_at(c.own, c.own_end), c.shared_document);
}

inline void search_index::skip_rest_of_group(std::vector<cursor>& words,
                                             const std::vector<float>& part,
                                             const std::vector<double>& bound_below,
                                             std::size_t first_weighed, std::size_t first_essential,
                                             double threshold, std::uint32_t document) const
{
    const auto end = group_end_[document];
    if (end == document + 1) {
        return;
    }
    // A later member of the group gets from each word what the document got from its
    // shared posting (the same for the whole group), or, where the word has a posting
    // of its own, at most the maximum of that posting's block. A weighed word's cursor
    // is at the document (looked up) or at the first posting past it (essential, just
    // advanced), so its own postings in the rest of the group are all ahead of it.
    double bound = bound_below[first_weighed];
    for (std::size_t i = first_weighed; i < words.size(); ++i) {
        const auto& c = words[i];
        const auto& own = c.term->own;
        double most = part[i];
        auto at = static_cast<std::size_t>(c.own - own.postings.data());
        at += c.own != c.own_end && c.own->document == document ? 1 : 0;
        while (at < own.postings.size() && own.postings[at].document < end) {
            most = std::max<double>(most, own.block_max[at / block_size]);
            at = (at / block_size + 1) * block_size;
        }
        bound += most;
    }
    if (bound > threshold + rounding_slack) {
        return;
    }
    for (std::size_t i = first_essential; i < words.size(); ++i) {
        seek(words[i], end);
    }
}

float search_index::most_between(cursor& c, std::uint32_t document, std::uint32_t last) const
{
    seek(c, document);
    if (c.document > last) {
        return 0;
    }
    // An own posting's block maximum counts what the document's group shares too.
    float most = 0;
    const auto& own = c.term->own;
    for (auto at = static_cast<std::size_t>(c.own - own.postings.data());
         at < own.postings.size() && own.postings[at].document <= last;
         at = (at / block_size + 1) * block_size) {
        most = std::max(most, own.block_max[at / block_size]);
    }
    const auto& shared = c.term->shared;
    for (auto at = static_cast<std::size_t>(c.shared - shared.postings.data());
         at < shared.postings.size() && shared.postings[at].document <= last;
         at = (at / shared_block_size + 1) * shared_block_size) {
        most = std::max(most, shared.block_max[at / shared_block_size]);
    }
    return most;
}

bool search_index::skip_weak_blocks(std::vector<cursor>& words, std::size_t first_essential,
                                    const std::vector<double>& bound_below, double threshold,
                                    std::uint32_t document, std::uint32_t& checked_through) const
{
    // Every posting of an essential word up to `last` lies in that word's current
    // blocks, so no document from `document` to `last` scores more than those blocks'
    // maxima (of the ones that start by then) plus what the other words can add there.
    // When that cannot beat the threshold, all of them are skipped.
    const auto block_of = [](const posting* at, const posting_list& list, std::size_t size) {
        return static_cast<std::size_t>(at - list.postings.data()) / size;
    };
    const auto block_last = [](const posting_list& list, std::size_t block, std::size_t size) {
        return list.postings[std::min((block + 1) * size, list.postings.size()) - 1].document;
    };
    std::uint32_t last = no_document;
    for (std::size_t i = first_essential; i < words.size(); ++i) {
        const auto& c = words[i];
        if (c.own != c.own_end) {
            const auto& own = c.term->own;
            last = std::min(last, block_last(own, block_of(c.own, own, block_size), block_size));
        }
        if (c.shared != c.shared_end) {
            const auto& shared = c.term->shared;
            const auto group = block_last(shared, block_of(c.shared, shared, shared_block_size),
                                          shared_block_size);
            last = std::min(last, group_end_[group] - 1);
        }
    }
    double essential = 0;
    for (std::size_t i = first_essential; i < words.size(); ++i) {
        const auto& c = words[i];
        float most = 0;
        if (c.own != c.own_end && c.own->document <= last) {
            most = c.term->own.block_max[block_of(c.own, c.term->own, block_size)];
        }
        if (c.shared_document <= last) {
            most = std::max(
                most,
                c.term->shared.block_max[block_of(c.shared, c.term->shared, shared_block_size)]);
        }
        essential += most;
    }
    checked_through = last;
    if (essential > threshold + rounding_slack) {
        return false;
    }
    // Bounded by the other words' largest weights anywhere, the stretch may still beat
    // the threshold; bounded by their blocks within the stretch (strongest word first,
    // as far as needed), it may not.
    double others = 0;
    for (std::size_t i = first_essential;; --i) {
        if (essential + others + bound_below[i] <= threshold + rounding_slack) {
            break;
        }
        if (i == 0 || essential + others > threshold + rounding_slack) {
            return false;
        }
        others += most_between(words[i - 1], document, last);
    }
    for (std::size_t i = first_essential; i < words.size(); ++i) {
        seek(words[i], last + 1); // within the current blocks
    }
    return true;
}

std::vector<search_index::hit> search_index::top_documents(std::vector<cursor> words,
                                                           double query_weight, std::size_t limit,
                                                           double floor) const
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
    // Documents scoring no more than the threshold can be passed by: at first the
    // floor (less a little, so that none scoring exactly the floor is), then the worst
    // of a full `best`.
    double threshold = floor >= 0 ? floor - 2 * rounding_slack : -1;
    // words[first_essential..n) are essential: a document with none of them scores at
    // most bound_below[first_essential] <= threshold and cannot be among the best, so candidates
    // come from the essential words' postings alone; the others are only looked up.
    std::size_t first_essential = 0;
    while (first_essential < n && bound_below[first_essential + 1] <= threshold) {
        ++first_essential;
    }
    std::vector<float> part(n);
    // Documents up to checked_through lie in blocks already found worth scoring (for the
    // essential words as they were at checked_for).
    std::uint32_t checked_through = 0;
    std::size_t checked_for = n;

    while (first_essential < n) {
        std::uint32_t document = no_document;
        for (std::size_t i = first_essential; i < n; ++i) {
            document = std::min(document, words[i].document);
        }
        if (document == no_document) {
            break;
        }
        // Checked once per stretch of blocks, not once per document.
        if (threshold >= 0 && (document > checked_through || first_essential != checked_for) &&
            skip_weak_blocks(words, first_essential, bound_below, threshold, document,
                             checked_through)) {
            continue;
        }
        checked_for = first_essential;
        // Every word's part is set below before it is summed (no clearing per document:
        // a call to memset for each candidate was 4% of answering on the 1000x base).
        double partial = 0;
        for (std::size_t i = first_essential; i < n; ++i) {
            auto& c = words[i];
            part[i] = 0;
            if (c.document == document) {
                part[i] = weight_here(c);
                partial += part[i];
                advance(c);
            }
        }
        if (partial + bound_below[first_essential] <= threshold + rounding_slack) {
            // Hopeless whatever the other words say; often so is the rest of the
            // document's group (shared words weigh alike in a group).
            skip_rest_of_group(words, part, bound_below, first_essential, first_essential,
                               threshold, document);
            continue;
        }
        // The other words, strongest first, until even all the rest could only tie the
        // threshold (a tie loses to the earlier document already held, or is below the
        // floor).
        bool hopeless = false;
        for (std::size_t i = first_essential; i-- > 0;) {
            if (partial + bound_below[i + 1] <= threshold + rounding_slack) {
                // Often so is the rest of the group.
                skip_rest_of_group(words, part, bound_below, i + 1, first_essential, threshold,
                                   document);
                hopeless = true;
                break;
            }
            auto& c = words[i];
            seek(c, document);
            part[i] = 0;
            if (c.document == document) {
                part[i] = weight_here(c);
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
        if (best.size() == limit && best.front().score > threshold) {
            threshold = best.front().score;
            while (first_essential < n && bound_below[first_essential + 1] <= threshold) {
                ++first_essential;
            }
        }
    }
    std::sort_heap(best.begin(), best.end(), better);
    return best;
}

double search_index::score_floor(const std::vector<cursor>& words, std::size_t limit) const
{
    // The strongest word's heaviest blocks, heaviest first: (maximum, block), shared
    // blocks numbered after the own ones. A word with too many blocks to sort cheaply
    // is common enough for the walk to meet strong documents early anyway.
    const auto& strongest = *words.back().term;
    const auto& own = strongest.own;
    const auto& shared = strongest.shared;
    if (own.block_max.size() + shared.block_max.size() > max_floor_blocks) {
        return -1;
    }
    std::vector<std::pair<float, std::uint32_t>> blocks;
    blocks.reserve(own.block_max.size() + shared.block_max.size());
    for (const auto* list : {&own, &shared}) {
        for (const float most : list->block_max) {
            blocks.emplace_back(most, static_cast<std::uint32_t>(blocks.size()));
        }
    }
    const auto heavier = [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    };
    const auto sorted = std::min(blocks.size(), floor_documents(limit));
    std::partial_sort(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(sorted),
                      blocks.end(), heavier);
    // Their documents (a shared posting stands for its whole group), until there are
    // enough to choose the best `limit` from.
    std::vector<std::uint32_t> documents;
    for (std::size_t k = 0; k < sorted && documents.size() < floor_documents(limit); ++k) {
        const auto block = blocks[k].second;
        if (block < own.block_max.size()) {
            const auto first = std::size_t{block} * block_size;
            const auto end = std::min(first + block_size, own.postings.size());
            for (auto at = first; at < end; ++at) {
                documents.push_back(own.postings[at].document);
            }
            continue;
        }
        const auto first = std::size_t{block - own.block_max.size()} * shared_block_size;
        const auto end = std::min(first + shared_block_size, shared.postings.size());
        for (auto at = first; at < end; ++at) {
            const auto group = shared.postings[at].document;
            for (auto member = group; member < group_end_[group]; ++member) {
                documents.push_back(member);
            }
        }
    }
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    if (documents.size() < limit) {
        return -1;
    }
    // Their scores, word by word (each word's cursor only moves forward).
    std::vector<double> scores(documents.size(), 0);
    for (const auto& word : words) {
        auto c = start(*word.term);
        for (std::size_t k = 0; k < documents.size(); ++k) {
            seek(c, documents[k]);
            scores[k] += c.document == documents[k] ? weight_here(c) : 0;
        }
    }
    std::nth_element(scores.begin(), scores.begin() + static_cast<std::ptrdiff_t>(limit - 1),
                     scores.end(), std::greater<>());
    return scores[limit - 1];
}

void search_index::spell_out(term_info& info) const
{
    info.every.clear();
    info.every.reserve(info.documents);
    for (auto c = start(info); c.document != no_document; advance(c)) {
        info.every.push_back({c.document, weight_here(c)});
    }
}

std::vector<search_index::hit> search_index::score_every_document(const std::vector<cursor>& words,
                                                                  double query_weight,
                                                                  std::size_t limit) const
{
    // Reused between queries on a thread: no allocation per question. A document's score
    // and the idf of the words it matched sit together, so each posting touches one place.
    // Every total is zero between queries; only the documents a query touches are noted,
    // looked at and put back to zero (a query touches some two thirds of a small index).
    struct sums {
        double score;
        double matched;
    };
    thread_local std::vector<sums> totals;
    thread_local std::vector<std::uint32_t> touched;
    totals.resize(std::max(totals.size(), size()));
    touched.resize(std::max(touched.size(), size() + 1));
    std::size_t touches = 0;
    struct back_to_zero {
        std::size_t& count;
        ~back_to_zero()
        {
            for (std::size_t k = 0; k < count; ++k) {
                totals[touched[k]] = {};
            }
        }
    } const reset{touches};
    for (const auto& c : words) {
        const double idf = c.term->idf;
        for (const auto& p : c.term->every) {
            auto& total = totals[p.document];
            // Noted on its first match (a weight is above zero), without a branch.
            touched[touches] = p.document;
            touches += total.score == 0 ? 1 : 0;
            total.score += p.weight;
            total.matched += idf;
        }
    }
    // The best `limit` documents, found without a branch per document that depends on
    // its score (such branches mispredict): each document gets a level, its score as a
    // share of the most any document could score (every word's largest weight summed);
    // the fewest top levels holding `limit` documents are found, and only their documents
    // are ranked. Every word searched has an idf of at least min_idf, so a match scores
    // above zero: every document touched is at level 1 or above.
    constexpr int levels = 256;
    double score_bound = 0;
    for (const auto& c : words) {
        score_bound += c.term->max_impact;
    }
    const double scale = score_bound > 0 ? (levels - 2) / score_bound : 0;
    thread_local std::vector<std::uint8_t> level;
    level.resize(std::max(level.size(), touches));
    // Counted in four interleaved tallies: documents in a row often share a level, and
    // one tally would make each count wait for the one before.
    std::array<std::array<std::uint32_t, levels>, 4> tally{};
    for (std::size_t k = 0; k < touches; ++k) {
        const double score = totals[touched[k]].score;
        const int at = 1 + std::min(static_cast<int>(score * scale), levels - 2);
        level[k] = static_cast<std::uint8_t>(at);
        ++tally[k % 4][at];
    }
    int lowest = levels - 1;
    std::size_t held = 0; // documents at `lowest` or above
    for (; lowest >= 1; --lowest) {
        held += tally[0][lowest] + tally[1][lowest] + tally[2][lowest] + tally[3][lowest];
        if (held >= limit || lowest == 1) {
            break;
        }
    }
    // One pass takes the documents ranked and puts every total back to zero (nothing in
    // it can throw, once `best` has its room).
    std::vector<hit> best;
    best.reserve(held);
    for (std::size_t k = 0; k < touches; ++k) {
        auto& t = totals[touched[k]];
        if (level[k] >= lowest) {
            best.push_back({touched[k], t.score, t.matched / query_weight});
        }
        t = {};
    }
    touches = 0; // all back to zero already
    if (best.size() > limit) {
        std::nth_element(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(limit - 1),
                         best.end(), ranks_before);
        best.resize(limit);
    }
    std::sort(best.begin(), best.end(), ranks_before);
    return best;
}

} // namespace rolebot::knowledge
