#include "knowledge/answer_builder.hpp"

#include "knowledge/question_asks.hpp"
#include "knowledge/question_concern.hpp"
#include "knowledge/question_text.hpp"

#include <algorithm>

// The FAQs a question on one recurring theme is meant for, found before the general
// routes: those routes weigh shared words, and such questions share more words with
// FAQs on neighbouring themes (the FAQ on communication for "which skills matter most
// once you're a product lead", a side-by-side of two titles for "why is a product lead at
// one company a director somewhere else"). Those about the PM and the leaders above it are
// in answer_themes_pm.cpp.

namespace rolebot::knowledge {

std::optional<answer> answer_builder::on_a_recurring_theme(const role* first) const
{
    // Asking why titles vary between companies, whatever titles it gives as examples ("why
    // is a 'product lead' at one company basically a director somewhere else"): the FAQ
    // that asks why, about no role in particular.
    // So is asking why the creative mindset matters ("why are product leaders supposed to
    // have a creative mindset"): the FAQ that asks why, not the one setting the two mindsets
    // side by side.
    // (Or what good it does: "how does having a creative mindset help someone leading
    // product".)
    for (const auto theme : {concern::title_variation, concern::mindset}) {
        if (q_.concerns().test(static_cast<std::size_t>(theme)) &&
            (q_.phrases().has_any({" why "}) ||
             (theme == concern::mindset && !q_.phrases().has_any({" vs ", " versus ", " differ"}) &&
              q_.phrases().has_any(
                  {" help ", " helps ", " benefit", " good for", " payoff", " pay off"})))) {
            if (const auto* f = faq_asking_why(theme)) {
                return answer::of_faq(f);
            }
        }
    }
    // The two mindsets named side by side, no why asked ("reactive vs creative mindset - what
    // does that mean for a product lead?"): the FAQ setting them side by side, not a card.
    if (const auto* f = faq_on_both_mindsets()) {
        return answer::of_faq(f);
    }
    // Evidence asked for, whoever it is meant to convince ("trying to convince my VP - got
    // any numbers showing strong product leadership boosts revenue?"): the FAQ on it.
    if (const auto* f = faq_on_evidence()) {
        return answer::of_faq(f);
    }
    // What one role's days hold, no other role set beside it ("what does a product
    // manager's job actually involve day to day?"): its card, which has a part on that, not
    // the FAQ setting the PM's day beside a product lead's.
    const auto daily = static_cast<std::size_t>(concern::daily_work);
    auto besides_daily = q_.concerns();
    besides_daily.reset(daily);
    besides_daily.reset(static_cast<std::size_t>(concern::responsibilities));
    if (mentioned_.size() == 1 && q_.concerns().test(daily) && besides_daily.none() &&
        (intent_ == question_intent::define || intent_ == question_intent::none) &&
        // (A card with no part on the days still says what the role does, when that is
        // asked: "what does an associate PM actually spend their time on?")
        (card_covers(*first, concern::daily_work) ||
         q_.phrases().has_any({" what does", " what do "})) &&
        !q_.phrases().has_any(
            {" vs ", " versus ", " compared", " than ", " mine", " me ", " instead", " differ"})) {
        // (Unless an FAQ of its own says what it does: "What does a PML actually do day to
        // day?")
        if (!has_own_duties_faq(*first)) {
            return answer::of_role(first);
        }
    }
    // What a title means or is for, maybe set against the plain PM ("so what is a senior PM
    // supposed to be, like what makes it senior", "Our career ladder goes PM, then Sr PM.
    // Beyond the extra two letters, what does that second rung represent?"): its card.
    if (const auto* r = role_whose_title_is_asked()) {
        return answer::of_role(r);
    }
    // Whom a PM answers to, however it is worded ("new PM here, who is my mgr supposed to be
    // normally?", "Starting as a PM on Monday. Whose desk do I end up at for my one-on-ones,
    // usually?"): the PM's own FAQ on its reporting line.
    if (const auto* f = pms_faq_on_reporting_line()) {
        return answer::of_faq(f);
    }
    // What product leadership jobs are called, no one title asked about ("Once you're in
    // the leadership layer of product, what names does the job tend to go by?"): the FAQ
    // listing them.
    if (const auto* f = faq_on_leadership_titles()) {
        return answer::of_faq(f);
    }
    // What is hard about a move up ("whats the hardest part of going from PM to leading the
    // PMs"): the FAQ on that move's difficulties.
    if (const auto* f = faq_on_a_hard_move()) {
        return answer::of_faq(f);
    }
    // Whether someone is ready for a leader's job ("what tells you a PM has what it takes for
    // the PL level?"): that leader's own FAQ on the signs.
    if (const auto* f = leaders_faq_on_readiness()) {
        return answer::of_faq(f);
    }
    // What one role does that the PM does not ("what does a product management lead do that
    // a normal PM doesn't"): the FAQ on how the two differ, not the role's card.
    if (const auto* f = faq_setting_role_against_pm()) {
        return answer::of_faq(f);
    }
    // Whether product leadership is product management under another name ("is product
    // leadership just a fancier name for product management?"): the FAQ on that, though
    // neither word names a role.
    if (const auto* f = faq_on_leadership_as_management()) {
        return answer::of_faq(f);
    }
    // Where people go after a role, with the next steps offered as guesses ("where do ppl go
    // after sr pm? lead, director, something else?", "is director the only door out of the
    // Sr PM level?"): that role's own FAQ on what comes next.
    if (const auto* f = faq_on_what_comes_next()) {
        return answer::of_faq(f);
    }
    // Whether a background without coding holds the asker back ("i can't code at all, never
    // have. is that gonna hold me back in product?", "no CS degree, does that hurt my chances
    // of moving up to lead"): the FAQ on whether a technical background is needed.
    if (const auto* f = faq_on_technical_background()) {
        return answer::of_faq(f);
    }
    // Whether strategy is the PM's to set or comes down from above ("who sets the strategy,
    // me or my lead? i thought i just execute"): the PM's own FAQ on strategy, whatever
    // leader it names as the other side.
    if (q_.concerns().test(static_cast<std::size_t>(concern::strategy)) &&
        q_.phrases().has_any({" my job", " part of my", " me or ", " myself", " who sets",
                              " who owns the strategy", " who actually owns", " meant to own",
                              " or is that", " or does it", " or just", " pay grade", " from above",
                              " comes down", " come down", " hands down", " handed down",
                              " just execute"})) {
        if (const auto* f = pms_faq_on_strategy()) {
            return answer::of_faq(f);
        }
    }
    // How far ahead the PM and the leader above plan, set side by side ("how far ahead does
    // my boss plan compared to me? im mostly thinking in sprints"), or how the two work
    // together ("how am i supposed to work with the leaders above me, like what's the
    // relationship"): the FAQ on that theme about both.
    if (const auto* f = pm_and_leader_faq()) {
        return answer::of_faq(f);
    }
    // The skills a leader's job needs, maybe set against the PM's ("which skills matter most
    // once you're a product lead rather than a PM?", "skills gap between PM and PL - what do
    // leads need on top"): that role's own FAQ on its skills, not one on a single skill.
    if (const auto* f = leaders_faq_on_skills()) {
        return answer::of_faq(f);
    }
    // Someone from another field asking whether the one role named is within reach ("I'm in
    // marketing rn, could I pivot into a product lead role down the road?"): that role's
    // FAQ on coming from other fields.
    if (const auto* f = faq_on_coming_from_elsewhere()) {
        return answer::of_faq(f);
    }
    // Who decides which products are funded, cut or sunset, whoever is offered as the one
    // deciding ("who decides which products get cut, PM or PL?"): the FAQ on investment
    // decisions, not the one on what each role decides in general.
    if (const auto* f = faq_on_investment_decisions()) {
        return answer::of_faq(f);
    }
    // How much communicating well matters to those leading product ("Everyone says
    // communication is THE skill for product leaders. Is there substance behind that?"): the
    // FAQ on communication in product leadership, though no role is named.
    if (const auto* f = leaders_faq_on_communication()) {
        return answer::of_faq(f);
    }
    // What is hard in the job of the one role named, no move asked ("for folks already in
    // product lead roles, what are the big recurring headaches of the job?"): that role's
    // own FAQ on its challenges, not one on moving up.
    if (const auto* f = faq_on_the_jobs_challenges()) {
        return answer::of_faq(f);
    }
    // Whether the one role named is individual contributor work or management, set side by
    // side ("is PL an IC role or mgmt? trying to figure out if i'd still be hands on-ish"):
    // its own FAQ asking whether it is an individual contributor, not the one on whom it
    // manages.
    if (const auto* f = faq_on_ic_or_management()) {
        return answer::of_faq(f);
    }
    // Whether the one role named needs finance, as knowledge or skill ("does a product lead
    // really need finance knowledge like reading a P and L, business cases etc"): its own FAQ
    // on finance, not the topic on learning.
    if (const auto* f = roles_faq_on_finance()) {
        return answer::of_faq(f);
    }
    // What a PM can do now to get ready to lead, however long ahead ("I'm a PM, what could
    // I begin doing today so I can step into a leadership job in a couple yrs?"): the PM's
    // FAQ on preparing, not how long the move takes.
    if (const auto* f = pms_faq_on_preparing()) {
        return answer::of_faq(f);
    }
    // The numbers to watch for someone who owns a product, no role named ("i own a single
    // product - which numbers should i be watching every week?"): the PM's FAQ on metrics.
    if (const auto* f = pms_faq_on_metrics_owned()) {
        return answer::of_faq(f);
    }
    return std::nullopt;
}

const faq* answer_builder::faq_on_the_jobs_challenges() const
{
    const auto challenges = static_cast<std::size_t>(concern::challenges);
    auto others = q_.concerns();
    others.reset(challenges);
    others.reset(static_cast<std::size_t>(concern::daily_work));
    if (!q_.concerns().test(challenges) || others.any() || mentioned_.size() != 1 ||
        (intent_ != question_intent::define && intent_ != question_intent::none) ||
        q_.phrases().has_any({" move", " moving", " transition", " jump", " step up", " leap",
                              " promot", " going from", " go from", " switch", " becom", " new to",
                              " first"})) {
        return nullptr;
    }
    return own_faq_on(*mentioned_.front(), concern::challenges);
}

std::vector<std::size_t> answer_builder::faqs_on(concern theme) const
{
    std::vector<std::size_t> out;
    for (const auto ref : kb_.entries_on(concern_set().set(static_cast<std::size_t>(theme)))) {
        if (ref.kind == entry_kind::faq) {
            out.push_back(ref.index);
        }
    }
    return out;
}

const faq* answer_builder::faq_on_exactly(concern_set themes) const
{
    for (std::size_t c = 0; c < concern_count; ++c) {
        if (themes.test(c)) {
            for (const std::size_t i : faqs_on(static_cast<concern>(c))) {
                if (kb_.concerns({entry_kind::faq, i}) == themes) {
                    return &kb_.faqs()[i];
                }
            }
            return nullptr; // every FAQ on all of them is on the first
        }
    }
    return nullptr;
}

const faq* answer_builder::own_faq_on(const role& r, concern theme) const
{
    for (const std::size_t i : kb_.faqs_first_about(fit_.index_of(&r))) {
        if (kb_.faqs()[i].roles.size() == 1 &&
            kb_.concerns({entry_kind::faq, i}).test(static_cast<std::size_t>(theme))) {
            return &kb_.faqs()[i];
        }
    }
    return nullptr;
}

const faq* answer_builder::faq_on_both_mindsets() const
{
    // (Or one of them asked what it means, wherever it was met: "what do they mean by
    // 'reactive mindset' in the leadership training deck".)
    const auto mindset = concern_set().set(static_cast<std::size_t>(concern::mindset));
    if (!q_.concerns().test(static_cast<std::size_t>(concern::mindset))) {
        return nullptr; // checked before any phrase
    }
    const bool reactive = q_.phrases().has_any({" reactive"});
    const bool creative = q_.phrases().has_any({" creative"});
    const bool one_defined = (reactive || creative) && q_.phrases().has_any({" mean by"});
    const auto around_it = concern_set(mindset).set(static_cast<std::size_t>(concern::learning));
    const bool both_named = reactive && creative && q_.concerns() == mindset;
    const bool one_asked = one_defined && (q_.concerns() & ~around_it).none();
    if (!both_named && !one_asked) {
        return nullptr;
    }
    return faq_on_exactly(mindset);
}

const faq* answer_builder::faq_on_evidence() const
{
    const auto evidence = static_cast<std::size_t>(concern::evidence);
    if (!q_.concerns().test(evidence) ||
        !q_.phrases().has_any({" numbers show", " any numbers", " hard numbers", " hard data",
                               " measurably", " just hype", " any data", " data on", " data show",
                               " evidence", " studies", " study ", " research show", " stats on",
                               " any stats", " figures on", " any figures", " any proof",
                               " proof that"})) {
        return nullptr;
    }
    const auto on_it = faqs_on(concern::evidence);
    return on_it.empty() ? nullptr : &kb_.faqs()[on_it.front()];
}

const faq* answer_builder::faq_on_ic_or_management() const
{
    // (The IC track's theme first: it is read from the same words.)
    if (mentioned_.size() != 1 ||
        !q_.concerns().test(static_cast<std::size_t>(concern::individual_contributor_track)) ||
        !q_.phrases().has_any({" ic ", " ics ", " individual contributor"}) ||
        !q_.phrases().has_any({" mgmt", " management", " manager", " people manag"})) {
        return nullptr;
    }
    return own_faq_whose_question(*mentioned_.front(), [](const std::string& q) {
        return has_any_phrase(q, {" individual contributor"});
    });
}

const faq* answer_builder::roles_faq_on_finance() const
{
    const auto finance = static_cast<std::size_t>(concern::finance);
    const auto with_it = concern_set()
                             .set(finance)
                             .set(static_cast<std::size_t>(concern::learning))
                             .set(static_cast<std::size_t>(concern::skills))
                             .set(static_cast<std::size_t>(concern::importance));
    // (Finance as the asker's field, or a budget or headcount to split, is no skill asked
    // about: "I'm in finance doing headcount planning...", "whose job is it to split budget".)
    if (mentioned_.size() != 1 || !q_.concerns().test(finance) ||
        (q_.concerns() & ~with_it).any() ||
        !q_.phrases().has_any({" need", " knowledge", " skill", " handle", " bad with", " good at",
                               " expected to", " comfortable with"}) ||
        q_.phrases().has_any({" split budget", " budget and people", " budget to spend",
                              " headcount", " in finance", " pull the plug"})) {
        return nullptr;
    }
    return own_faq_on(*mentioned_.front(), concern::finance);
}

const faq* answer_builder::leaders_faq_on_communication() const
{
    const auto communication = static_cast<std::size_t>(concern::communication);
    if (!q_.concerns().test(communication) || !mentioned_.empty()) {
        return nullptr; // checked before the asking sentence's themes
    }
    const auto asked = q_.asking_concerns().any() ? q_.asking_concerns() : q_.concerns();
    auto others = asked;
    others.reset(communication);
    others.reset(static_cast<std::size_t>(concern::skills));
    others.reset(static_cast<std::size_t>(concern::importance));
    if (!asked.test(communication) || others.any() || !mentioned_.empty() ||
        !q_.phrases().has_any({" product leader", " product leadership", " leading product",
                               " leading a product", " a lead ", " leads "})) {
        return nullptr;
    }
    const auto on_it = faqs_on(concern::communication);
    return on_it.empty() ? nullptr : &kb_.faqs()[on_it.front()];
}

const faq* answer_builder::faq_on_investment_decisions() const
{
    const auto decisions = static_cast<std::size_t>(concern::decisions);
    const auto finance = static_cast<std::size_t>(concern::finance);
    auto others = q_.concerns();
    others.reset(decisions);
    others.reset(finance);
    // (Whether a product lives or gets money, not resources allocated within it: "can a PM
    // make resource allocation decisions across teams?")
    if (!q_.concerns().test(decisions) || others.any() ||
        !q_.phrases().has_any({" cut", " killed", " kill ", " cancelled", " canceled", " axed",
                               " sunset", " shut down", " wind down", " winding down", " funding",
                               " funded", " investing", " investment", " invest in", " scaled back",
                               " scale back", " pouring money"})) {
        return nullptr;
    }
    return faq_on_exactly(concern_set().set(decisions).set(finance));
}

const faq* answer_builder::leaders_faq_on_skills() const
{
    const auto skills = static_cast<std::size_t>(concern::skills);
    auto others = q_.concerns();
    others.reset(skills);
    others.reset(static_cast<std::size_t>(concern::importance));
    if (!q_.concerns().test(skills) || others.any() || mentioned_.empty() ||
        mentioned_.size() > 2) {
        return nullptr;
    }
    // (Not one skill named, money: "will i need to get good at P&Ls if i become a product
    // lead"; nor the steps of a move asked with them: "how do i go from pm to product lead
    // and what skills should i focus on".)
    if (q_.phrases().has_any({" p l", " pnl", " budget", " financ", " money"}) ||
        (intent_ == question_intent::become &&
         q_.phrases().has_any({" how do i", " how can i", " how to ", " what steps"}))) {
        return nullptr;
    }
    // The leader is the one role named besides the PM, the yardstick.
    const role* leader = nullptr;
    for (const auto* r : mentioned_) {
        if (r->reports_to.empty()) {
            if (leader != nullptr) {
                return nullptr;
            }
            leader = r;
        } else if (mentioned_.size() == 1) {
            return nullptr;
        }
    }
    if (leader == nullptr) {
        return nullptr;
    }
    for (const std::size_t i : kb_.faqs_first_about(fit_.index_of(leader))) {
        const auto& f = kb_.faqs()[i];
        if (f.roles.size() == 1 && kb_.concerns({entry_kind::faq, i}).test(skills)) {
            return &f;
        }
    }
    return nullptr;
}

const faq* answer_builder::leaders_faq_on_readiness() const
{
    // Whether someone is ready for a leader's job, however else the words read ("what tells
    // you a PM has what it takes for the PL level?" reads as skills too; "what signals show
    // a PM is ready" as metrics; "pushing hard for the lead title" as a challenge).
    // (Not getting ready for it: "what can i start doing now so im ready for a lead role".)
    const auto readiness = static_cast<std::size_t>(concern::readiness);
    if (!q_.concerns().test(readiness) ||
        q_.concerns().test(static_cast<std::size_t>(concern::preparation)) ||
        q_.concerns().test(static_cast<std::size_t>(concern::strategy)) ||
        q_.phrases().has_any({" steps", " measure", " mixed signals"}) ||
        intent_ == question_intent::how_long || mentioned_.empty() || mentioned_.size() > 2) {
        return nullptr;
    }
    // The FAQ on readiness whose last role, the one moved to, is named ("How do I know I'm
    // ready for a product lead role?" is about the senior PM and the product lead); the
    // other role named is the one moved from.
    for (const std::size_t i : faqs_on(concern::readiness)) {
        const auto& roles = kb_.faqs()[i].roles;
        if (roles.empty()) {
            continue;
        }
        const bool names_its_goal =
            std::any_of(mentioned_.begin(), mentioned_.end(),
                        [&](const role* r) { return r->id == roles.back(); });
        if (names_its_goal) {
            return &kb_.faqs()[i];
        }
    }
    return nullptr;
}

const faq* answer_builder::faq_on_leadership_titles() const
{
    // (With context, the themes of the sentence that asks: "what titles do the top product
    // leaders usually carry? trying to decode exec bios", "...just want to know who's who
    // above the PMs".)
    const auto titles = static_cast<std::size_t>(concern::leadership_titles);
    const bool on_titles = q_.concerns().test(titles);
    if (!on_titles && q_.concerns().any()) {
        return nullptr; // another theme (checked before the asking sentence's themes)
    }
    const bool asked_in_context = on_titles && q_.asking_concerns().test(titles);
    auto others = asked_in_context ? q_.asking_concerns() : q_.concerns();
    others.reset(titles);
    if (others.any() || (intent_ != question_intent::define && intent_ != question_intent::none &&
                         !asked_in_context)) {
        return nullptr; // checked before any phrase
    }
    // (Titles listed as examples are no subject: "list of titles ppl hold at the product
    // leadership level? VP, director, etc".)
    if (mentioned_.size() > 1 && !q_.phrases().has_any({" etc", " list of titles"})) {
        return nullptr;
    }
    const auto& t = q_.phrases();
    const bool names_asked =
        q_.concerns().test(titles) ||
        t.has_any({" what names", " which names", " usually called", " business cards",
                   " office doors", " go by", " other titles", " titles fall under",
                   " tend to be called", " typically called", " normally called", " list of titles",
                   " titles ppl hold", " titles people hold"});
    const bool leadership_level = t.has_any(
        {" product leadership", " leadership layer", " leadership level", " leadership job",
         " product leaders", " above the pm", " above pm", " top rungs", " upper floors",
         " exec level", " into leadership", " top product"});
    if (!names_asked || !leadership_level ||
        t.has_any({" why ", " differ", " vary", " mixed up", " confus", " overlap"})) {
        return nullptr;
    }
    // (A title named is one example of them: "besides CPO what other titles are considered
    // product leadership".)
    for (const std::size_t i : faqs_on(concern::leadership_titles)) {
        if (kb_.faqs()[i].roles.size() >= 3) {
            return &kb_.faqs()[i];
        }
    }
    return nullptr;
}

const role* answer_builder::role_whose_title_is_asked() const
{
    // (Where it sits as a first job may be asked with it: "what's an APM supposed to do",
    // "wait what's an apm exactly? is that like a pm-in-training".)
    auto others = q_.concerns();
    others.reset(static_cast<std::size_t>(concern::responsibilities));
    others.reset(static_cast<std::size_t>(concern::starting_out));
    if (mentioned_.empty() || mentioned_.size() > 2 || others.any() ||
        (intent_ != question_intent::define && intent_ != question_intent::none)) {
        return nullptr; // checked before any phrase
    }
    const auto& t = q_.phrases();
    if (!t.has_any({" makes it ", " supposed to be", " supposed to do", " expected", " represent",
                    " what changes", " title mean", " title means", " title usually mean",
                    " level mean", " exactly is", " meant to be", " in training"}) ||
        t.has_any({" between "})) {
        return nullptr;
    }
    // The one role named, or the one besides the plain PM it is set against.
    const auto pm = product_manager();
    const role* asked = nullptr;
    for (const auto* r : mentioned_) {
        if (mentioned_.size() == 2 && pm && r == &kb_.roles()[*pm]) {
            continue;
        }
        if (asked != nullptr) {
            return nullptr;
        }
        asked = r;
    }
    if (asked == nullptr || (mentioned_.size() == 2 &&
                             !t.has_any({" normal pm", " regular pm", " plain pm", " goes pm",
                                         " mid level pm", " just a pm", " more experienced pm"}))) {
        return nullptr;
    }
    // (Not a role with an FAQ of its own on its duties: that says it better.)
    return has_own_duties_faq(*asked) ? nullptr : asked;
}

bool answer_builder::has_own_duties_faq(const role& r) const
{
    const auto own = kb_.faqs_first_about(fit_.index_of(&r));
    const auto duties = static_cast<std::size_t>(concern::responsibilities);
    return std::any_of(own.begin(), own.end(), [&](std::size_t i) {
        return kb_.faqs()[i].roles.size() == 1 && kb_.concerns({entry_kind::faq, i}).test(duties);
    });
}

std::optional<std::size_t> answer_builder::product_manager() const
{
    if (!product_manager_) {
        product_manager_ = kb_.match_title("product manager", false).role;
    }
    return *product_manager_;
}

const faq* answer_builder::faq_on_coming_from_elsewhere() const
{
    // (Not whether it takes coding: an FAQ says that.)
    const auto elsewhere = static_cast<std::size_t>(concern::coming_from_elsewhere);
    auto other_themes = q_.concerns();
    other_themes.reset(elsewhere);
    other_themes.reset(static_cast<std::size_t>(concern::prerequisite));
    // (A jump to product is no hardship named: "considering the jump to product. realistic to
    // end up as a product lead someday?")
    other_themes.reset(static_cast<std::size_t>(concern::challenges));
    if (!q_.concerns().test(elsewhere) || other_themes.any() || mentioned_.empty() ||
        mentioned_.size() > 2 || intent_ == question_intent::reports_to ||
        intent_ == question_intent::manages) {
        return nullptr; // checked before any phrase
    }
    const auto& t = q_.phrases();
    // (Years told of the field left are no question of time: "background is 6 yrs in brand
    // marketing, is becoming a product lead realistic for someone like me?")
    if (intent_ == question_intent::how_long &&
        !t.has_any({" realistic", " someone like me", " someone with my"})) {
        return nullptr;
    }
    if (q_.concerns().test(static_cast<std::size_t>(concern::challenges)) &&
        t.has_any({" hard", " tough", " struggl", " difficult", " challeng"})) {
        return nullptr;
    }
    if (!t.has_any({" realistic", " could i", " can i", " possible", " reachable", " end up",
                    " pivot", " land a", " without being a pm", " without ever"}) ||
        t.has_any({" technical", " code ", " coding", " coder", " degree"})) {
        return nullptr;
    }
    // The role reached; the PM as the rung skipped is no second subject ("could I land a
    // product lead role without ever being a PM?").
    const role* reached = mentioned_.front();
    if (mentioned_.size() == 2) {
        const auto pm = product_manager();
        if (!pm || !t.has_any({" without being a pm", " without ever being a pm", " without a pm",
                               " pm first", " without having been a pm", " without the usual pm",
                               " without doing pm", " without going through pm", " skip pm",
                               " zero pm experience", " no pm experience", " skipping pm"})) {
            return nullptr;
        }
        for (const auto* r : mentioned_) {
            if (r != &kb_.roles()[*pm]) {
                reached = r;
            }
        }
    }
    for (const std::size_t i : kb_.faqs_first_about(fit_.index_of(reached))) {
        // (Only one about this role alone: the one on whether coding is needed is about
        // several, and asks something else.)
        if (kb_.concerns({entry_kind::faq, i}).test(elsewhere) && kb_.faqs()[i].roles.size() == 1 &&
            kb_.phrasing_intent(kb_.faq_documents(i).first) == question_intent::become) {
            return &kb_.faqs()[i];
        }
    }
    return nullptr;
}

const faq* answer_builder::faq_on_a_hard_move() const
{
    // What is hard about a move up ("whats the hardest part of going from PM to leading the
    // PMs", "What tends to trip people up when they go from owning one product to leading a
    // whole portfolio?"): the FAQ on what is hard about that move, not one on what is hard
    // in the job moved to, nor the path.
    const auto& t = q_.phrases();
    const auto hard = static_cast<std::size_t>(concern::challenges);
    if (!q_.concerns().test(hard)) {
        return nullptr; // most questions: checked before any phrase
    }
    const bool a_move = intent_ == question_intent::become ||
                        t.has_any({" going from", " go from", " moving from", " move from",
                                   " moving up", " move up", " promoted out", " leap", " shift",
                                   " the jump", " they go from", " people go from"});
    // (A hardship named, not only a jump or a frustration told as context.)
    const bool hardship_named = t.has_any({" hard", " tough", " struggl", " trip", " brutal",
                                           " rough", " difficult", " challeng", " pitfall"});
    if (!q_.concerns().test(hard) || !a_move || !hardship_named ||
        q_.concerns().test(static_cast<std::size_t>(concern::coming_from_elsewhere)) ||
        q_.concerns().test(static_cast<std::size_t>(concern::strategy)) ||
        t.has_any({" once you", " in that job", " in the job", " in the role", " in that role"})) {
        return nullptr;
    }
    // Between the roles named, the first the one moved from; or no role named, the move
    // told in words.
    for (const std::size_t i : faqs_on(concern::challenges)) {
        const auto& roles = kb_.faqs()[i].roles;
        if (roles.size() != 2 ||
            kb_.phrasing_intent(kb_.faq_documents(i).first) != question_intent::become) {
            continue;
        }
        const bool fits = std::all_of(mentioned_.begin(), mentioned_.end(), [&](const role* r) {
            return r->id == roles.front() || r->id == roles.back();
        });
        if (fits) {
            return &kb_.faqs()[i];
        }
    }
    return nullptr;
}

const faq* answer_builder::faq_on_what_comes_next() const
{
    // (Not a move to one of them asked about: "whats the route from here to PL?"; but the
    // next steps offered as choices still ask which there are: "where do ppl go after sr pm?
    // lead, director, something else?", "after sr PM is director the only next step?")
    const auto choices_offered = [&] {
        return q_.phrases().has_any({" something else", " the only", " or pl", " or director",
                                     " or lead", " options", " next moves", " usually next",
                                     " usual next"});
    };
    if (mentioned_.size() < 2 || intent_ == question_intent::how_long ||
        intent_ == question_intent::reports_to ||
        (intent_ == question_intent::become && !choices_offered()) ||
        !q_.phrases().has_any({" after ", " next", " door out", " options"}) ||
        q_.phrases().has_any({" how do i", " how to ", " how can i", " steps", " how long"})) {
        return nullptr;
    }
    // The role whose next steps the others are, or were on the way to it.
    for (const auto* r : mentioned_) {
        if (r->next_steps.empty()) {
            continue;
        }
        const bool others_fit =
            std::all_of(mentioned_.begin(), mentioned_.end(), [&](const role* o) {
                return o == r ||
                       std::find(r->next_steps.begin(), r->next_steps.end(), o->id) !=
                           r->next_steps.end() ||
                       std::find(o->next_steps.begin(), o->next_steps.end(), r->id) !=
                           o->next_steps.end() ||
                       o->reports_to.empty() == false;
            });
        if (others_fit && asks_next_step(q_.text())) {
            return own_faq_whose_question(*r, asks_next_step);
        }
    }
    return nullptr;
}

const faq* answer_builder::faq_on_technical_background() const
{
    const auto& t = q_.phrases();
    const bool background =
        t.has_any({" technical background", " cs degree", " not super technical", " non technical",
                   " not technical", " engineering skills", " eng background",
                   " engineering background", " tech skill", " not very technical"});
    if (!background) {
        return nullptr;
    }
    const bool weighs_it =
        t.has_any({" hold me back", " holds me back", " block", " problem", " required",
                   " requirement", " need to", " rule me out", " rules me out", " dealbreaker",
                   " deal breaker", " hurt", " matter", " disadvantage", " handicap", " a must"});
    if (!weighs_it) {
        return nullptr;
    }
    const auto pm = product_manager();
    if (!pm) {
        return nullptr;
    }
    for (const std::size_t i : kb_.faqs_first_about(*pm)) {
        if (kb_.faqs()[i].question.find("technical background") != std::string::npos) {
            return &kb_.faqs()[i];
        }
    }
    return nullptr;
}

const faq* answer_builder::faq_asking_why(concern theme) const
{
    for (const std::size_t i : faqs_on(theme)) {
        const auto& f = kb_.faqs()[i];
        // (The question as written: preparing every FAQ's text would cost more than the rest
        // of the answer.)
        if (f.question.starts_with("Why ") || f.question.starts_with("why ")) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace rolebot::knowledge
