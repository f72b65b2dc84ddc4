#include "knowledge/entry_fit.hpp"

#include <algorithm>

namespace rolebot::knowledge {
namespace {

bool faq_is_about(const faq& f, std::initializer_list<const role*> roles)
{
    return std::all_of(roles.begin(), roles.end(), [&](const role* r) {
        return r == nullptr || std::find(f.roles.begin(), f.roles.end(), r->id) != f.roles.end();
    });
}

} // namespace

entry_fit::entry_fit(const knowledge_base& kb, const asked_question& question)
    : kb_(kb), q_(question), mentioned_(question.mentioned())
{
}

const faq* entry_fit::best_faq(double coverage, std::initializer_list<const role*> about,
                               question_intent asks) const
{
    // Among acceptable phrasings, the closest both ways wins (how much of the question
    // it covers plus how much of it the question echoes); BM25 order breaks ties. Whether
    // a phrasing is acceptable costs the most, so it is asked last, of a phrasing that
    // would win.
    const faq* best = nullptr;
    double best_fit = -1;
    for (const auto& h : q_.hits()) {
        const auto ref = kb_.entry(h.document);
        if (ref.kind != entry_kind::faq ||
            (asks != question_intent::none && kb_.phrasing_intent(h.document) != asks)) {
            continue;
        }
        const auto& f = kb_.faqs()[ref.index];
        if (!faq_is_about(f, about)) {
            continue;
        }
        const double fit = h.coverage + q_.phrasing_coverage(h.document);
        if (fit > best_fit && acceptable(h, coverage)) {
            best = &f;
            best_fit = fit;
        }
    }
    return best;
}

const faq* entry_fit::comparison_faq(const role* a, const role* b) const
{
    if (a == nullptr || b == nullptr) {
        return nullptr;
    }
    for (const auto& h : q_.hits()) {
        const auto ref = kb_.entry(h.document);
        if (ref.kind != entry_kind::faq || h.coverage < min_closest_coverage) {
            continue;
        }
        const auto& f = kb_.faqs()[ref.index];
        const auto primary = kb_.primary_subject(h.document);
        if (f.roles.size() == 2 && faq_is_about(f, {a, b}) &&
            (primary == index_of(a) || primary == index_of(b)) &&
            kb_.phrasing_intent(h.document) == question_intent::compare) {
            return &f;
        }
    }
    return nullptr;
}

bool entry_fit::about_named_roles(const search_index::hit& h) const
{
    if (mentioned_.empty()) {
        return true;
    }
    const auto ref = kb_.entry(h.document);
    const bool names_no_role = ref.kind == entry_kind::faq ? kb_.faqs()[ref.index].roles.empty()
                                                           : kb_.topics()[ref.index].roles.empty();
    if (names_no_role) {
        // About every role (why titles vary, what to study), unless the question
        // names something the base never mentions ("should a PM learn SQL?").
        return !q_.names_unknown_thing();
    }
    if (ref.kind != entry_kind::faq) {
        return on_subject(h);
    }
    if (mentioned_.size() >= 2) {
        const auto& f = kb_.faqs()[ref.index];
        if (faq_is_about(f, {mentioned_[0], mentioned_[1]})) {
            return true;
        }
        // With three roles named ("from PM to lead without being a senior PM first"),
        // an FAQ on two of them that are not the first two is about the question too,
        // when every role it is about is named.
        return mentioned_.size() >= 3 && f.roles.size() >= 2 &&
               std::all_of(f.roles.begin(), f.roles.end(), [&](const std::string& id) {
                   return std::any_of(mentioned_.begin(), mentioned_.end(),
                                      [&](const role* r) { return r->id == id; });
               });
    }
    const auto primary = kb_.primary_subject(h.document);
    if (primary == std::string_view::npos) {
        // Its own question names no role ("how important is communication in product
        // leadership?"): it is about the roles it lists.
        return faq_is_about(kb_.faqs()[ref.index], {mentioned_.front()});
    }
    return primary == index_of(mentioned_.front());
}

bool entry_fit::asks_why_alike(std::uint32_t document) const
{
    // A phrasing that asks why ("why do PLs need to think creatively?") is not echoed by
    // a question that asks what its words mean ("my PL keeps talking about reactive vs
    // creative thinking: what does she mean?"), however many of them it repeats.
    const auto phrasing = kb_.phrasing(document);
    const bool phrasing_asks_why = phrasing.size() > 4 &&
                                   (phrasing[0] == 'W' || phrasing[0] == 'w') &&
                                   phrasing.substr(1, 3) == "hy ";
    return !phrasing_asks_why ||
           q_.phrases().has_any({" why ", " whats the point", " how come", " what does it buy",
                                 " help", " benefit", " matter", " important", " better ",
                                 " more effective"});
}

bool entry_fit::acceptable(const search_index::hit& h, double coverage) const
{
    // The cheap measures first: this runs over many hits of many routes. Without context
    // to set apart, a hit covering less than the least that may do cannot do.
    if ((!q_.has_context() && h.coverage < std::min(coverage, echoing_coverage)) ||
        !on_subject(h)) {
        return false;
    }
    const auto ref = kb_.entry(h.document);
    double covered = h.coverage;
    double asked_about = q_.predicate_coverage(h.document);
    const auto enough = [&](double overall, double predicate) {
        return covered >= overall && asked_about >= predicate;
    };
    if (!enough(coverage, min_predicate_coverage)) {
        // Context before the sentence that asks brings words no entry holds ("...i like
        // being hands on"): what the asking sentence itself asks may be enough.
        const double asked = q_.asking_sentence_coverage(h.document);
        covered = std::max(covered, asked);
        asked_about = std::max(asked_about, asked);
    }
    if (!enough(coverage, min_predicate_coverage)) {
        // A question that says all an FAQ phrasing says ("are product management and
        // product leadership the same discipline?") may add more words than otherwise.
        // (A phrasing of one word besides its titles, "do PMs need to code?", is echoed by
        // chance: "what's the dress code for PMs?")
        const bool echoes_all =
            ref.kind == entry_kind::faq && kb_.phrasing_words(h.document).size() >= 2 &&
            q_.phrasing_coverage(h.document) >= echoed_phrasing && asks_why_alike(h.document);
        if (!echoes_all ||
            !enough(std::min(coverage, echoing_coverage), echoing_predicate_coverage)) {
            return false; // it shares the roles named, not what is asked about them
        }
    }
    if (ref.kind == entry_kind::role) {
        // A role card answers only what it says: every other word of the question
        // must be on the card ("VP of product" + "metrics" is not on the VP card).
        return q_.only_defines(ref.index);
    }
    if (mentioned_.empty() && !kb_.subjects(h.document).empty() &&
        (ref.kind == entry_kind::path ||
         (ref.kind == entry_kind::faq && !kb_.faqs()[ref.index].roles.empty()))) {
        // A path, or an FAQ phrasing about particular roles, does not answer a
        // question that names none ("why do titles differ between startups and big
        // companies?" is not about heads of product and VPs).
        return false;
    }
    if (ref.kind != entry_kind::faq || q_.phrasing_coverage(h.document) >= min_phrasing_coverage) {
        return true;
    }
    // The question echoes another phrasing of the same FAQ on the same roles: its words
    // are spread over two ways of asking ("do I have to be senior PM before PL, or can I
    // skip it?" has "skip" from one and "before" from another).
    const auto [first, end] = kb_.faq_documents(ref.index);
    for (auto d = first; d < end; ++d) {
        if (d != h.document && q_.phrasing_coverage(d) >= min_phrasing_coverage &&
            on_subject({d, 0, 0})) {
            return true;
        }
    }
    return false;
}

const faq* entry_fit::best_faq_about(double coverage, const role& r, question_intent asks) const
{
    for (const auto& h : q_.hits()) {
        const auto ref = kb_.entry(h.document);
        // Cheapest checks first: this runs over many hits. A phrasing the question says in
        // full may do with less of the question covered ("does that come with a team under
        // me or is it still a solo gig?" holds "come with a team under me").
        if (ref.kind != entry_kind::faq || kb_.primary_subject(h.document) != index_of(&r) ||
            (h.coverage < coverage && q_.phrasing_coverage(h.document) < echoed_phrasing)) {
            continue;
        }
        // The phrasing matched may ask loosely, or name more ("just promoted to product
        // lead: will people report to me or is it a senior IC thing?"): the FAQ's own
        // question, asking the same of the same roles, answers as well.
        const search_index::hit own{kb_.faq_documents(ref.index).first, h.score, h.coverage};
        if ((kb_.phrasing_intent(h.document) == asks && on_subject(h)) ||
            (kb_.phrasing_intent(own.document) == asks && on_subject(own))) {
            return &kb_.faqs()[ref.index];
        }
    }
    return nullptr;
}

const faq* entry_fit::echoed_faq_about(const role& r) const
{
    for (const auto& h : q_.hits()) {
        const auto ref = kb_.entry(h.document);
        if (ref.kind == entry_kind::faq && kb_.primary_subject(h.document) == index_of(&r) &&
            h.coverage >= min_closest_coverage && on_subject(h) &&
            q_.phrasing_coverage(h.document) >= min_phrasing_coverage) {
            return &kb_.faqs()[ref.index];
        }
    }
    return nullptr;
}

bool entry_fit::manages(const role& boss, const role& report)
{
    return std::find(boss.manages.begin(), boss.manages.end(), report.id) != boss.manages.end();
}

std::size_t entry_fit::index_of(const role* r) const
{
    return static_cast<std::size_t>(r - kb_.roles().data());
}

bool entry_fit::on_subject(const search_index::hit& h) const
{
    const auto subjects = kb_.subjects(h.document);
    if (kb_.entry(h.document).kind == entry_kind::faq && !mentioned_.empty()) {
        // A phrasing answers a question about the same main role, and names no role
        // the question does not ("do senior PMs manage other PMs?" is still about
        // senior PMs; it is not about directors).
        const auto first = index_of(mentioned_.front());
        const bool same_main = std::binary_search(subjects.begin(), subjects.end(), first);
        return same_main && std::all_of(subjects.begin(), subjects.end(), [&](std::size_t s) {
                   return std::any_of(mentioned_.begin(), mentioned_.end(),
                                      [&](const role* r) { return index_of(r) == s; });
               });
    }
    return std::all_of(mentioned_.begin(), mentioned_.end(), [&](const role* r) {
        const auto index = static_cast<std::size_t>(r - kb_.roles().data());
        return std::binary_search(subjects.begin(), subjects.end(), index);
    });
}

} // namespace rolebot::knowledge
