#include "knowledge/answer_builder.hpp"

#include "knowledge/question_asks.hpp"
#include "knowledge/question_concern.hpp"

#include <algorithm>
#include <cctype>

namespace rolebot::knowledge {
namespace {

constexpr std::size_t max_closest = 3;
/// Share of a role's description that its card must hold to name it ("the person who
/// grooms the backlog and writes the user stories: what is that job?"), and by how much
/// more than any other card. (On the question sets: margins from 0.05 to 0.1, and a
/// share from 0.3 to 0.5, answered the same; no unanswerable question got a card.)
constexpr double described_role_coverage = 0.5;
constexpr double described_role_margin = 0.05;
/// Share of what the question asks that a role's card must hold to answer it when
/// nothing else does. Chat adds words no article uses ("who actually runs the launch"),
/// so a third is already strong evidence.
constexpr double min_card_coverage = 0.3;
/// An FAQ or topic answers a question it covers only in part when its BM25 score is at
/// least this high and the next entry's is at most this share of it (dominant_hit). (On
/// the question sets: a share of 0.6, or a score of 8, let unanswerable questions through.)
constexpr double dominant_score = 12;
constexpr double dominant_ratio = 0.5;
constexpr double dominant_coverage = 0.35;

} // namespace

const role* answer_builder::described_role() const
{
    if (!mentioned_.empty() || !asks_which_role(q_)) {
        return nullptr;
    }
    double best = 0;
    double second = 0;
    const role* found = nullptr;
    for (std::size_t i = 0; i < kb_.roles().size(); ++i) {
        const double c = q_.predicate_coverage(knowledge_base::role_document(i));
        if (c > best) {
            second = best;
            best = c;
            found = &kb_.roles()[i];
        } else if (c > second) {
            second = c;
        }
    }
    return best >= described_role_coverage && best - second >= described_role_margin ? found
                                                                                     : nullptr;
}

bool answer_builder::card_answers() const
{
    // One role, or a role and the people it manages ("does a PML give feedback to the
    // PMs on their team?" is about the PML).
    if (mentioned_.empty() || mentioned_.size() > 2 ||
        (mentioned_.size() == 2 && !entry_fit::manages(*mentioned_[0], *mentioned_[1]))) {
        return false;
    }
    const bool unknown_number = std::any_of(
        q_.distinct_terms().begin(), q_.distinct_terms().end(), [&](const std::string& t) {
            return !kb_.search().knows(t) && std::any_of(t.begin(), t.end(), [](unsigned char c) {
                return std::isdigit(c) != 0;
            });
        });
    // Nor does it say anything of a thing the base never names (a tool: "should our
    // PMs use Jira or Linear for roadmaps?").
    if (unknown_number || q_.names_unknown_thing()) {
        return false;
    }
    // A theme the card has no part for ("what metrics does a VP track?") is not on it.
    const auto& r = *mentioned_.front();
    const auto asked = q_.concerns();
    for (std::size_t c = 0; c < concern_count; ++c) {
        if (asked.test(c) && !card_covers(r, static_cast<concern>(c))) {
            return false;
        }
    }
    const auto card = knowledge_base::role_document(fit_.index_of(&r));
    // What is asked is in the sentence that asks, or in the context it points back to
    // ("my PML reads every survey after a release. is that part of the job?").
    if (std::max(q_.predicate_coverage(card), q_.asked_predicate_coverage(card)) >=
        min_card_coverage) {
        return true;
    }
    // Or it asks what the role does in words the card doesn't share ("principal pm title -
    // what does that person actually do here vs elsewhere"), in the sentence that names it
    // (not "I'm the new chief of staff to our CPO. What does a chief of staff do?").
    return mentioned_.size() == 1 && intent_ == question_intent::define && asked.none() &&
           asks_what_a_role_does(q_) && (!q_.has_context() || q_.asking_sentence_names_a_role());
}

answer answer_builder::best_entry() const
{
    // One shared word ("roadmap" in "write me a poem about roadmaps") is not a match:
    // the question must name a role or share at least two known words with the base.
    const auto known = std::count_if(q_.distinct_terms().begin(), q_.distinct_terms().end(),
                                     [&](const std::string& t) { return kb_.search().knows(t); });
    if (mentioned_.empty() && known < 2) {
        return unknown();
    }
    const auto& ranked = q_.hits();
    // A path answers how to make a move, not what a role does: it shares many words
    // with questions about either end.
    const bool asks_a_move =
        intent_ == question_intent::become || intent_ == question_intent::how_long;
    auto best = std::find_if(ranked.begin(), ranked.end(), [&](const search_index::hit& h) {
        return (asks_a_move || kb_.entry(h.document).kind != entry_kind::path) &&
               fit_.acceptable(h, entry_fit::min_coverage);
    });
    if (best == ranked.end()) {
        best = dominant_hit();
        if (best == ranked.end()) {
            return unknown();
        }
    }
    const auto ref = kb_.entry(best->document);
    switch (ref.kind) {
    case entry_kind::role:
        return answer::of_role(&kb_.roles()[ref.index]);
    case entry_kind::faq:
        return answer::of_faq(&kb_.faqs()[ref.index]);
    case entry_kind::path:
        return answer::of_path(&kb_.paths()[ref.index]);
    case entry_kind::topic:
        return answer::of_topic(&kb_.topics()[ref.index]);
    }
    return unknown();
}

std::vector<search_index::hit>::const_iterator answer_builder::dominant_hit() const
{
    const auto& ranked = q_.hits();
    if (ranked.empty()) { // (out of scope was refused before any route)
        return ranked.end();
    }
    const auto& top = ranked.front();
    const auto ref = kb_.entry(top.document);
    const auto* about = ref.kind == entry_kind::faq     ? &kb_.faqs()[ref.index].roles
                        : ref.kind == entry_kind::topic ? &kb_.topics()[ref.index].roles
                                                        : nullptr;
    if (about == nullptr || top.score < dominant_score || top.coverage < dominant_coverage) {
        return ranked.end();
    }
    const auto other = std::find_if(ranked.begin(), ranked.end(), [&](const auto& h) {
        const auto r = kb_.entry(h.document);
        return r.kind != ref.kind || r.index != ref.index;
    });
    if (other != ranked.end() && other->score > dominant_ratio * top.score) {
        return ranked.end();
    }
    const bool names_its_role =
        about->empty() || std::any_of(mentioned_.begin(), mentioned_.end(), [&](const role* r) {
            return std::find(about->begin(), about->end(), r->id) != about->end();
        });
    return names_its_role ? ranked.begin() : ranked.end();
}

answer answer_builder::unknown() const
{
    answer a;
    const auto offer = [&](entry_ref ref) {
        const bool listed = std::any_of(a.closest.begin(), a.closest.end(), [&](entry_ref c) {
            return c.kind == ref.kind && c.index == ref.index;
        });
        if (!listed && a.closest.size() < max_closest) {
            a.closest.push_back(ref);
        }
    };
    // With two roles named, what joins them (the FAQ comparing them, the path from one to
    // the other) is likelier help than either card: "is VP above head of product at
    // Google?" gets the FAQ on the two, "what raise comes with PM to product lead?" the path.
    if (mentioned_.size() >= 2) {
        if (const auto* f = fit_.comparison_faq(mentioned_[0], mentioned_[1])) {
            offer({entry_kind::faq, static_cast<std::size_t>(f - kb_.faqs().data())});
        }
        if (const auto* p = kb_.path_between(mentioned_[0]->id, mentioned_[1]->id)) {
            offer({entry_kind::path, static_cast<std::size_t>(p - kb_.paths().data())});
        }
    }
    for (const auto* r : mentioned_) {
        offer({entry_kind::role, static_cast<std::size_t>(r - kb_.roles().data())});
    }
    for (const auto& h : q_.hits()) {
        if (a.closest.size() == max_closest) {
            break;
        }
        if (h.coverage >= entry_fit::min_closest_coverage) {
            offer(kb_.entry(h.document));
        }
    }
    return a;
}

} // namespace rolebot::knowledge
