#include "knowledge/theme_answer.hpp"

#include "knowledge/phrase_filter.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace rolebot::knowledge {
namespace {

/// Share of the question an FAQ or topic must cover to answer by a shared concern when
/// the question names its role (or a distinctive theme): chat adds words no article
/// uses, and those weigh the most.
constexpr double named_concern_coverage = 0.15;
/// Share of the question an FAQ or topic must cover to answer by a shared concern when
/// the question names no role.
constexpr double unnamed_concern_coverage = 0.4;

} // namespace

theme_answer::theme_answer(const knowledge_base& kb, const asked_question& question,
                           const entry_fit& fit)
    : kb_(kb), q_(question), fit_(fit), mentioned_(question.mentioned())
{
}

std::optional<answer> theme_answer::find() const
{
    const auto asked = q_.concerns();
    if (asked.none()) {
        return std::nullopt;
    }
    // A named role or a distinctive theme is strong evidence; without either, the
    // wording must match more closely ("what's our budget?" is not the FAQ on
    // finance skills).
    // (So is asking why titles vary: "why does the same product title mean totally
    // different things from one company to the next?", though "title" is too common a word
    // to search.)
    const bool why_titles_vary = asked.test(static_cast<std::size_t>(concern::title_variation)) &&
                                 q_.phrases().has_any({" why "}) &&
                                 q_.phrases().has_any({" title", " titel"});
    const bool distinctive = (asked & distinctive_concerns()).any() || why_titles_vary;
    const double needed =
        mentioned_.empty() && !distinctive ? unnamed_concern_coverage : named_concern_coverage;
    closest_theme<entry_ref> closest(asked, q_.asking_concerns());
    // Coming from another field, the roles named are where the asker is going, not
    // what the answer must be about ("from consulting to a PL job without being a PM").
    const bool from_elsewhere =
        asked.test(static_cast<std::size_t>(concern::coming_from_elsewhere));
    // Someone from another field who says they are heading into product asks what the
    // articles' one passage on career changers answers, however they word the rest.
    constexpr std::array<std::string_view, 15> heading_into_product{
        " into product",     " to product",    " product side",     " into pm",
        " career switcher",  " career change", " changing careers", " work in product",
        " into a product",   " into a pm",     " into a pl",        " someone like me",
        " a realistic goal", " pivot",         " reachable for me"};
    const bool into_product = from_elsewhere && q_.phrases().has_any(heading_into_product);
    // ...into a lead's job ("can an engineer move into product leadership?"), or into
    // product at all, where the roles ahead are many and none is named.
    const bool toward_leading = q_.phrases().has_any({" lead"});
    // Where someone heading into a lead's job from another field is going, whatever roles
    // they name on the way ("would I have to do a few years as a PM first?"): the role the
    // base calls product lead, looked up by its title as the question's words are.
    const role* lead_job = nullptr;
    if (into_product && toward_leading) {
        if (const auto m = kb_.match_title("product lead", false); m.role) {
            lead_job = &kb_.roles()[*m.role];
        }
    }
    // Set against the asker's own job ("what does a PL's calendar look like compared to
    // mine?"), a role is one side of an FAQ about two.
    constexpr std::array<std::string_view, 7> against_own_job{
        " compared to mine", " compared with mine", " vs me",   " vs mine",
        " than me ",         " than mine",          " instead "};
    const bool against_mine = q_.phrases().has_any(against_own_job);
    // A role offered as one guess among others ("the PM or someone higher up?") is no
    // subject the answer must be about: who it is, is what is asked.
    constexpr std::array<std::string_view, 7> or_someone_above{
        " or someone above",  " or someone higher", " or someone more senior",
        " or someone senior", " or their boss",     " or their manager",
        " or above"};
    const bool offers_someone_above = q_.phrases().has_any(or_someone_above);
    // The reactive and creative mindsets are the articles' word on leaders in general: a
    // role named with them is whose mindset it is ("our director operates from a reactive
    // place"), not a subject the entry must be about. So are the titles of product
    // leadership: a role named with them is where the ladder starts ("which titles sit
    // above PM?").
    const auto on_general_theme = [&](entry_ref ref) {
        for (const auto general : {concern::mindset, concern::leadership_titles}) {
            const auto c = static_cast<std::size_t>(general);
            if (asked.test(c) && kb_.concerns(ref).test(c)) {
                return true;
            }
        }
        return false;
    };
    // With no role named, someone speaking of their own product work ("my feature just
    // shipped, what numbers should i keep an eye on", "how far ahead should i be planning")
    // asks as the product manager a new hire most likely is; someone asking about the
    // leaders above them ("what kpis do the people above me care about", "what do leaders
    // in product struggle with") asks about the product lead, the articles' leader. FAQs on
    // that role may answer, as if it were named. (Not on a ladder without reports, nor
    // coming from elsewhere: those have their own FAQs.)
    // Both, when the asker sets their own work beside the leaders' ("which decisions are
    // mine to make and which belong to the leaders above me").
    std::array<const role*, 2> askers_jobs{};
    if (mentioned_.empty() && !from_elsewhere &&
        !asked.test(static_cast<std::size_t>(concern::individual_contributor_track))) {
        const bool about_leaders = q_.phrases().has_any(
            {" leaders ", " leaders in product", " above me", " my boss", " moving up", " move up",
             " move into leadership", " step up and lead"});
        const bool about_own_work =
            q_.phrases().has_any({" i ", " im ", " my ", " am i ", " ive ", " mine "});
        const auto role_titled = [&](std::string_view title) -> const role* {
            const auto m = kb_.match_title(title, false);
            return m.role ? &kb_.roles()[*m.role] : nullptr;
        };
        if (about_leaders) {
            askers_jobs[0] = role_titled("product lead");
        }
        if (about_own_work && (about_leaders || !toward_leading)) {
            askers_jobs[1] = role_titled("product manager");
        }
    }
    const auto about_the_askers_job = [&](const search_index::hit& h) {
        const auto subjects = kb_.subjects(h.document);
        return !subjects.empty() && std::all_of(subjects.begin(), subjects.end(), [&](auto i) {
            return std::find(askers_jobs.begin(), askers_jobs.end(), &kb_.roles()[i]) !=
                   askers_jobs.end();
        });
    };
    // Heading into product in general, with no role in view: the topic on coming in from
    // other fields, however the rest is worded ("product designer, 5 years in, how do
    // people make that move?"). Not whether it takes a technical background: an FAQ
    // says that.
    const bool asks_background =
        q_.phrases().has_any({" technical", " coding", " code ", " coder", " degree"});
    if (into_product && mentioned_.empty() && !toward_leading && !asks_background) {
        if (auto a = topic_on_theme(asked)) {
            return a;
        }
    }
    for (const auto& h : q_.hits()) {
        const auto ref = kb_.entry(h.document);
        if ((ref.kind != entry_kind::faq && ref.kind != entry_kind::topic) ||
            !(fit_.about_named_roles(h) || offers_someone_above || on_general_theme(ref) ||
              ((from_elsewhere || against_mine) && about_a_named_role(ref)) ||
              (lead_job != nullptr && is_about(ref, *lead_job)))) {
            continue;
        }
        // A question that names no role is not answered by a phrasing about one ("IC vs
        // people management: what does each side do?" is not whether a PL is an IC),
        // but for someone heading into a lead's job from another field.
        const bool askers_own = about_the_askers_job(h);
        if (mentioned_.empty() && (!from_elsewhere || !toward_leading) &&
            ref.kind == entry_kind::faq && !kb_.subjects(h.document).empty() && !askers_own) {
            continue;
        }
        const auto shared = (asked & kb_.concerns(ref)).count();
        // Two themes in common ("who decides where the money goes": decisions and
        // finance) are as strong as a named role.
        const bool strong = !mentioned_.empty() || distinctive || shared >= 2 || into_product;
        if (h.coverage < (strong || askers_own ? named_concern_coverage : needed)) {
            continue;
        }
        // Otherwise the entry must also hold most of what is asked: "how do I work
        // together with sales?" is not the FAQ on how PMs and leads work together.
        if (!strong && q_.predicate_coverage(h.document) < entry_fit::min_predicate_coverage) {
            continue;
        }
        closest.consider(ref, kb_.concerns(ref));
    }
    const auto* best = closest.best();
    if (best && best->kind == entry_kind::faq) {
        return answer::of_faq(&kb_.faqs()[best->index]);
    }
    if (best) {
        return answer::of_topic(&kb_.topics()[best->index]);
    }
    // None among the hits and no role named: the entry on a distinctive theme.
    if (mentioned_.empty()) {
        if (auto a = on_distinctive_theme(asked)) {
            return a;
        }
    }
    // None among the hits: the FAQ on the theme for the role named, however differently
    // worded. Where the asker comes from is context, not the theme asked about.
    if (const auto* f = faq_on_theme_of_named_role(
            asked & ~concern_set().set(static_cast<std::size_t>(concern::coming_from_elsewhere)))) {
        return answer::of_faq(f);
    }
    // Nor an FAQ on it for the role named: a topic on a distinctive theme about it.
    if (!mentioned_.empty()) {
        if (auto a = on_distinctive_theme(asked)) {
            return a;
        }
    }
    // No FAQ shares the theme: the card, if it has the part asked about and no FAQ
    // phrasing matches the question outright ("do PLs present to the board?").
    if (mentioned_.size() == 1 &&
        fit_.best_faq(entry_fit::min_coverage, {mentioned_.front()}) == nullptr) {
        for (std::size_t c = 0; c < concern_count; ++c) {
            if (asked.test(c) && card_covers(*mentioned_.front(), static_cast<concern>(c))) {
                return answer::of_role(mentioned_.front());
            }
        }
    }
    return std::nullopt;
}

std::optional<answer> theme_answer::topic_on_theme(concern_set asked) const
{
    closest_theme<std::size_t> closest(asked);
    for (const auto ref : kb_.entries_on(asked)) {
        if (ref.kind == entry_kind::topic) {
            closest.consider(ref.index, kb_.concerns(ref));
        }
    }
    if (const auto* i = closest.best()) {
        return answer::of_topic(&kb_.topics()[*i]);
    }
    return std::nullopt;
}

std::optional<answer> theme_answer::on_distinctive_theme(concern_set asked) const
{
    if ((asked & distinctive_concerns()).none() || q_.names_unknown_thing()) {
        return std::nullopt;
    }
    // Only entries on one of those themes can be closest: looked up, not searched for. They
    // rank by all the themes asked ("why do product titles mean such different things at
    // startups vs big enterprises?" is on title variation as well as leadership titles).
    closest_theme<entry_ref> anywhere(asked);
    for (const auto ref : kb_.entries_on(asked & distinctive_concerns())) {
        const bool fits = ref.kind == entry_kind::topic
                              ? std::all_of(mentioned_.begin(), mentioned_.end(),
                                            [&](const role* r) { return is_about(ref, *r); })
                              : mentioned_.empty();
        if (fits) {
            anywhere.consider(ref, kb_.concerns(ref));
        }
    }
    const auto* b = anywhere.best();
    if (b == nullptr) {
        return std::nullopt;
    }
    return b->kind == entry_kind::faq ? answer::of_faq(&kb_.faqs()[b->index])
                                      : answer::of_topic(&kb_.topics()[b->index]);
}

const faq* theme_answer::faq_on_theme_about_both(concern_set asked, const role& a,
                                                 const role& b) const
{
    closest_theme<std::size_t> closest(asked);
    for (const auto ref : kb_.entries_on(asked)) {
        if (ref.kind == entry_kind::faq && is_about(ref, a) && is_about(ref, b)) {
            closest.consider(ref.index, kb_.concerns(ref));
        }
    }
    return closest.best() ? &kb_.faqs()[*closest.best()] : nullptr;
}

const faq* theme_answer::faq_on_theme_of_named_role(concern_set asked) const
{
    if (mentioned_.size() != 1) {
        return nullptr;
    }
    closest_theme<std::size_t> closest(asked);
    for (const std::size_t i : kb_.faqs_first_about(fit_.index_of(mentioned_.front()))) {
        closest.consider(i, kb_.concerns({entry_kind::faq, i}));
    }
    return closest.best() ? &kb_.faqs()[*closest.best()] : nullptr;
}

bool theme_answer::is_about(entry_ref ref, const role& r) const
{
    const auto& about =
        ref.kind == entry_kind::faq ? kb_.faqs()[ref.index].roles : kb_.topics()[ref.index].roles;
    return std::find(about.begin(), about.end(), r.id) != about.end();
}

bool theme_answer::about_a_named_role(entry_ref ref) const
{
    return std::any_of(mentioned_.begin(), mentioned_.end(),
                       [&](const role* r) { return is_about(ref, *r); });
}

} // namespace rolebot::knowledge
