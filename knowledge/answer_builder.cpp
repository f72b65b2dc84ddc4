#include "knowledge/answer_builder.hpp"

#include "knowledge/question_asks.hpp"
#include "knowledge/question_concern.hpp"
#include "knowledge/question_text.hpp"

#include <algorithm>
#include <cctype>

namespace rolebot::knowledge {
namespace {

/// An FAQ this close to the question beats answers assembled from role fields.
constexpr double strong_coverage = 0.8;
constexpr std::size_t max_title_words = 5;

/// An FAQ's question in lower case, one space between words and around them, for phrase
/// checks: the base's questions are written plainly, so question_text()'s rewrites (which
/// cost more than the rest of an answer when run over a role's every FAQ) change nothing.
std::string faq_question_words(std::string_view question)
{
    std::string out = " ";
    for (const char c : question) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0) {
            out.push_back(static_cast<char>(std::tolower(u)));
        } else if (c != '\'' && out.back() != ' ') {
            out.push_back(' ');
        }
    }
    if (out.back() != ' ') {
        out.push_back(' ');
    }
    return out;
}

} // namespace

answer_builder::answer_builder(const knowledge_base& kb, std::string_view question)
    : kb_(kb), q_(kb, question), fit_(kb, q_), themes_(kb, q_, fit_), mentioned_(q_.mentioned())
{
}

answer answer_builder::run()
{
    if (q_.terms().empty()) {
        return unknown();
    }
    const auto* first = mentioned_.empty() ? nullptr : mentioned_[0];
    const auto* second = mentioned_.size() < 2 ? nullptr : mentioned_[1];
    intent_ = detect_intent(q_.spelled_phrases(), mentioned_.size());
    // A move told as context ("my old teammate just got promoted to Sr PM. what is a senior
    // product manager exactly?") is no question of how to move when the sentence that asks
    // names a role and asks what it is.
    if ((intent_ == question_intent::become || intent_ == question_intent::how_long) &&
        q_.asking_what_a_role_is()) {
        intent_ = question_intent::define;
    }
    // Nor are two roles told as context set side by side when the sentence that asks names
    // one and asks what it is ("the new org chart puts a director of product management above
    // my lead. what does a director of PM actually do?").
    if (intent_ == question_intent::compare) {
        if (const auto* asked = q_.role_asked_what_it_is()) {
            intent_ = question_intent::define;
            first = asked;
            second = nullptr;
        }
    }
    // Those above the asker, no role named, asked about on a theme ("what kpis do the people
    // above me actually care about") are whose theme it is, not whom anyone reports to.
    if (intent_ == question_intent::reports_to && mentioned_.empty() && q_.concerns().any() &&
        q_.phrases().has_any({" above me", " above us"})) {
        intent_ = question_intent::none;
    }
    // Refusals come first, even of a bare title: "who is our head of product here" has only
    // the title's words once the common ones are dropped.
    if (q_.out_of_scope() || q_.names_a_company()) {
        return unknown();
    }
    // A question on one of the themes new hires keep asking about, whatever else its words
    // match (answer_themes.cpp).
    if (auto a = on_a_recurring_theme(first)) {
        return *a;
    }
    // A move told as context that goes on to ask what the title moved to means, what it does
    // or what it is responsible for ("my sr PM friend just got promoted to principal PM, what
    // does that title actually mean", "considering product lead, what does a PL actually
    // do", "just got promoted from APM to PM, what am I now responsible for"): its card.
    const bool ends_asking_what_it_does =
        q_.text().ends_with(" do ") && q_.phrases().has_any({" what does a ", " what does an "});
    const auto responsibilities =
        concern_set().set(static_cast<std::size_t>(concern::responsibilities));
    if (intent_ == question_intent::become && !mentioned_.empty() &&
        ((q_.concerns().none() && (asks_what_the_title_means(q_) || ends_asking_what_it_does)) ||
         q_.concerns() == responsibilities)) {
        return answer::of_role(mentioned_.back());
    }
    // The whole question is a title: "sr pm", "prodct lead?" (but "principal PMs:
    // who's their manager?" asks something of it, and words too common to search may
    // carry a theme: "what does a product lead need to be good at?" asks for skills).
    // Titles are short, so longer questions skip the (typo-tolerant, so costlier)
    // title lookup.
    const bool only_title_words =
        (intent_ == question_intent::none || intent_ == question_intent::define) &&
        q_.concerns().none() &&
        std::all_of(q_.terms().begin(), q_.terms().end(),
                    [&](const std::string& t) { return kb_.is_title_word(t); });
    // (Not the words of two sentences: "what is a product lead? my manager is a PL" names
    // one title twice, not "product lead manager".)
    if (q_.terms().size() <= max_title_words && only_title_words && !q_.has_context()) {
        std::string words;
        for (const auto& t : q_.terms()) {
            words += t + " ";
        }
        // The words are already corrected one by one: no whole-name typo search.
        if (auto m = kb_.match_title(words, false); m.role) {
            return answer::of_role(&kb_.roles()[*m.role]);
        }
    }
    if (const auto* r = described_role()) {
        return answer::of_role(r);
    }
    // What else the one role named is called ("which names does the PML job hide
    // behind?"): its own FAQ on that, when it has one.
    if (asks_other_names(q_)) {
        if (const auto* f = own_faq_whose_question(*first, asks_other_names)) {
            return answer::of_faq(f);
        }
    }
    // Or of the last of two, when the first is what it is called somewhere ("my friend's
    // company calls the same job 'director of PM' - what other names does a product
    // management lead go by?").
    // (Not "is lead PM just another name for PML?": whether the two are one job.)
    if (mentioned_.size() == 2 && asks_other_names(q_.text()) && !asks_other_names(q_)) {
        if (const auto* f = own_faq_whose_question(*mentioned_.back(), asks_other_names)) {
            return answer::of_faq(f);
        }
    }
    // Or what a role named is titled elsewhere, other titles offered as guesses ("can a
    // product management lead actually be titled CPO at some places??"): the first named
    // one's own FAQ on its other names, when it has one.
    if (mentioned_.size() <= 3 && q_.phrases().has_any({" be titled",
                                                        " titled elsewhere",
                                                        " was titled",
                                                        " be called",
                                                        " called at",
                                                        " called elsewhere",
                                                        " posted as",
                                                        " listed as",
                                                        " listed under",
                                                        " at other companies",
                                                        " at other places",
                                                        " at some places",
                                                        " at a bigger company",
                                                        " at bigger companies",
                                                        " made up title",
                                                        " have instead",
                                                        " no other company",
                                                        " which title at",
                                                        " labelled",
                                                        " labeled",
                                                        " aliases"})) {
        for (const auto* r : mentioned_) {
            if (const auto* f = own_faq_whose_question(*r, asks_other_names)) {
                return answer::of_faq(f);
            }
        }
    }
    // About every role and no role named ("which numbers does each product role
    // track?"): the topic on that theme across roles.
    // Or the skills of product leaders in general ("which abilities matter most for
    // would-be product leaders?"): the topic on leaders' skills, not one role's FAQ (a
    // skill named besides, such as communication or finance, has an FAQ of its own).
    // (How much they matter may be asked too, and the PM named as the yardstick: "there's
    // always a list of 'key skills for product leaders'. what's on it, and is any of it
    // different from what a normal PM needs?")
    const auto skills = concern_set().set(static_cast<std::size_t>(concern::skills));
    const bool leaders_skills =
        (q_.concerns() & ~concern_set(skills).set(static_cast<std::size_t>(concern::importance)))
            .none() &&
        q_.concerns().test(static_cast<std::size_t>(concern::skills)) &&
        q_.phrases().has_any({" product leaders ", " product leadership roles", " leadership roles",
                              " leaders in general", " leadership level", " a product org",
                              " leaders in product", " would be product leaders",
                              " product leader altitude", " run our product org",
                              " product leaders in general"});
    const auto pm = mentioned_.size() == 1 ? product_manager() : std::nullopt;
    const bool only_the_pm_as_yardstick = pm && mentioned_.front() == &kb_.roles()[*pm];
    if (leaders_skills && (mentioned_.empty() || only_the_pm_as_yardstick)) {
        if (auto a = themes_.topic_on_theme(skills)) {
            return *a;
        }
    }
    if (mentioned_.empty() && asks_about_every_role(q_)) {
        if (auto a = themes_.topic_on_theme(q_.concerns())) {
            return *a;
        }
    }
    if (auto a = by_intent(first, second)) {
        return *a;
    }
    // Nothing fits better: the card of the one role named may still say it (or of the
    // first of two, when the second is a guess at it), and an FAQ on how the two roles
    // named differ answers "a CPO and a head of product: who does what?".
    auto best = best_entry();
    if (best.kind != answer_kind::unknown) {
        return best;
    }
    const bool guessed = (intent_ == question_intent::define || intent_ == question_intent::none) &&
                         guesses_at_the_first(q_);
    if (card_answers() || guessed) {
        return answer::of_role(first);
    }
    if (const auto* f = fit_.comparison_faq(first, second)) {
        return answer::of_faq(f);
    }
    return best;
}

std::optional<answer> answer_builder::by_intent(const role* first, const role* second) const
{
    switch (intent_) {
    case question_intent::compare:
        return route_compare(first, second);
    case question_intent::reports_to:
        return route_reports_to(first);
    case question_intent::manages:
        return route_manages(first, second);
    case question_intent::how_long:
        return route_how_long(first, second);
    case question_intent::become:
        return route_become(first, second);
    case question_intent::define:
        return route_define(first);
    case question_intent::none:
        if (auto a = way_up_without_reports()) {
            return a;
        }
        if (auto a = themes_.find()) {
            return a;
        }
        // Why a company would have the one role named, or why it exists, and nothing else
        // ("why does a company need its own CPO at all?"): what the role is for, which its
        // card says.
        if (mentioned_.size() == 1 &&
            q_.concerns() == concern_set().set(static_cast<std::size_t>(concern::importance)) &&
            q_.phrases().has_any({" need", " have a", " hire a", " exist"})) {
            return answer::of_role(first);
        }
        // A message on no theme that asks what comes after the role it names ("hit senior
        // PM last spring, wondering where the ladder goes from here").
        return next_step(first);
    }
    return std::nullopt;
}

std::optional<answer> answer_builder::route_compare(const role* first, const role* second) const
{
    // Of three roles named, the first where the asker starts from, "the two" set side by
    // side are the last two ("after sr PM should i go for PL or director of product, how
    // are the two roles different").
    const auto& text = q_.text();
    const bool starts_from_the_first = text.starts_with(" after ") || text.starts_with(" from ") ||
                                       text.starts_with(" as a ") || text.starts_with(" as an ") ||
                                       text.starts_with(" im a ") || text.starts_with(" im an ");
    if (mentioned_.size() == 3 && starts_from_the_first &&
        q_.phrases().has_any({" the two roles", " the two jobs", " the two titles", " these two",
                              " those two", " the 2 roles", " how do they compare",
                              " how do they differ"})) {
        first = mentioned_[1];
        second = mentioned_[2];
    }
    // Three roles or more on one theme, or every role ("what does each product role
    // measure? PM vs lead vs PML"): the topic on that theme across roles, not a
    // side-by-side of two.
    // (Or an FAQ, on a theme only it covers: "which leadership titles exist above senior
    // PM? trying to make sense of head of / VP / director / CPO".)
    if (mentioned_.size() >= 3 || asks_about_every_role(q_)) {
        const bool distinctive = (q_.concerns() & distinctive_concerns()).any();
        if (auto a = themes_.find();
            a && (a->kind == answer_kind::topic || (distinctive && a->kind == answer_kind::faq))) {
            return *a;
        }
        // Or a topic on all of them that fits the question well ("lead PM, PL, PML,
        // director: all the same job?" is how titles overlap).
        for (const auto& h : q_.hits()) {
            const auto ref = kb_.entry(h.document);
            if (ref.kind == entry_kind::topic && fit_.acceptable(h, entry_fit::min_coverage)) {
                return answer::of_topic(&kb_.topics()[ref.index]);
            }
        }
    }
    // One aspect of the two set side by side: the FAQ or topic on it ("what should
    // the PM measure versus the product lead?" is the topic on metrics by role).
    if (asks_one_aspect(q_)) {
        if (auto a = themes_.find(); a && a->kind != answer_kind::role) {
            return *a;
        }
    }
    // Two roles set side by side on no theme, or on scope and more ("PM vs product lead,
    // whats the real diff in scope + day to day", "how would you explain pm vs product lead
    // in a nutshell", "trying to understand how my job differs from the product lead on my
    // team"): the FAQ on how the two differ in general, not one on a single aspect
    // that shares a word.
    const bool in_general =
        (q_.concerns().none() &&
         q_.phrases().has_any({" nutshell", " what actually changes", " in general terms",
                               " differs from", " differ from", " different from",
                               " difference between", " the difference", " the diff",
                               " distinct from"})) ||
        (q_.phrases().has_any({" scope"}) && q_.concerns().count() == 1 &&
         (q_.concerns().test(static_cast<std::size_t>(concern::daily_work)) ||
          q_.concerns().test(static_cast<std::size_t>(concern::planning_horizon)) ||
          q_.concerns().test(static_cast<std::size_t>(concern::seniority))));
    if (in_general) {
        if (const auto* f = general_comparison_faq(*first, *second)) {
            return answer::of_faq(f);
        }
    }
    // Which of the two ranks higher, and nothing else ("PL vs PM, which is the more senior
    // title"): the FAQ on that about both, before one that merely shares the words.
    if (q_.concerns() == concern_set().set(static_cast<std::size_t>(concern::seniority))) {
        if (const auto* f = themes_.faq_on_theme_about_both(q_.concerns(), *first, *second)) {
            return answer::of_faq(f);
        }
    }
    if (const auto* f = fit_.best_faq(0.5, {first, second})) {
        return answer::of_faq(f);
    }
    // Whether the two are one job under two names, and nothing else ("a 'Lead PM' on
    // one team and a 'Product Lead' on another: same job under 2 names?"), or which of the
    // two ranks higher, and nothing else ("a lateral hop or an actual step up?"), or
    // whether one must be held before the other ("can I bypass the senior PM rung and go
    // from PM straight to a PL job?"), or why titles vary between companies ("Director of
    // Product at one company, VP at another, for the same work: why?"): the FAQ on that.
    // (The IC track, tried here too, cost an unseen set a question.)
    const auto only = [&](concern c) {
        return q_.concerns() == concern_set().set(static_cast<std::size_t>(c));
    };
    if (only(concern::same_job_other_name) || only(concern::seniority) ||
        only(concern::prerequisite) ||
        q_.concerns().test(static_cast<std::size_t>(concern::title_variation))) {
        if (auto a = themes_.find(); a && a->kind == answer_kind::faq) {
            return *a;
        }
        if (const auto* f = themes_.faq_on_theme_about_both(q_.concerns(), *first, *second)) {
            return answer::of_faq(f);
        }
    }
    if (const auto* f = fit_.comparison_faq(first, second)) {
        return answer::of_faq(f);
    }
    if (guesses_at_the_first(q_)) {
        return answer::of_role(first);
    }
    return answer::of_comparison(first, second);
}

std::optional<answer> answer_builder::route_reports_to(const role* first) const
{
    if (const auto* asked = q_.whose_reporting_line_is_asked()) {
        first = asked;
    }
    if (first != nullptr) {
        // An FAQ on this very role's reporting line says it better than the card's
        // list, however loosely the question is worded ("as an APM who would I be
        // reporting into").
        if (const auto* f = fit_.best_faq_about(entry_fit::min_closest_coverage, *first,
                                                question_intent::reports_to)) {
            return answer::of_faq(f);
        }
        if (first->reports_to.empty()) {
            return unknown(); // the articles never say whom it answers to
        }
        return answer::of_reports_to(first);
    }
    return std::nullopt;
}

std::optional<answer> answer_builder::route_manages(const role* first, const role* second) const
{
    // Whether people will report to the asker in a role they may take ("will I get PMs
    // reporting to me if I take the product lead job"): whom that role manages.
    if (first != nullptr && second != nullptr && entry_fit::manages(*second, *first) &&
        q_.phrases().has_any({" to me ", " to me?", " under me", " into me"})) {
        std::swap(first, second);
    }
    if (auto a = way_up_without_reports()) {
        return a;
    }
    // Whom the asker manages in their own job, no role named ("do i manage anyone in my job
    // or is it all influence?"): the new hire's job, the PM's.
    if (first == nullptr && q_.phrases().has_any({" in my job", " in my role", " do i manage"})) {
        if (const auto pm = product_manager()) {
            first = &kb_.roles()[*pm];
        }
    }
    // Whom one role leads: its own FAQ says it best, else its card (which lists
    // the roles it manages).
    if (first != nullptr) {
        // (Whether reports come with a role, the roles it manages named as them, "if i become
        // a product lead will PMs report to me": the FAQ first about it that asks whom it
        // manages, before one merely worded like the question.)
        if (second != nullptr && entry_fit::manages(*first, *second) &&
            q_.phrases().has_any({" report to me", " reporting to me", " reporting into me",
                                  " under me", " on my team", " under em", " under them",
                                  " end up managing", " be managing"})) {
            if (const auto* f = own_faq_asking(*first, question_intent::manages)) {
                return answer::of_faq(f);
            }
        }
        // (Or the one role named and reports the asker would have, no IC track weighed: "will
        // i have direct reports if i take the product lead job they offered me".)
        if (second == nullptr &&
            q_.phrases().has_any({" will i have direct reports", " would i have direct reports",
                                  " will i have reports", " would i have reports",
                                  " will i get direct reports", " will i get reports"}) &&
            !q_.phrases().has_any({" ic ", " ics ", " individual contributor"})) {
            if (const auto* f = own_faq_asking(*first, question_intent::manages)) {
                return answer::of_faq(f);
            }
        }
        if (const auto* f = fit_.best_faq_about(entry_fit::min_closest_coverage, *first,
                                                question_intent::manages)) {
            return answer::of_faq(f);
        }
        // (Not one asking the other way, whom the role answers to: "do pms have a team under
        // them or nah" shares "under" with "which role do PMs sit under?".)
        if (const auto* f = fit_.best_faq(strong_coverage, {first});
            f != nullptr &&
            kb_.phrasing_intent(
                kb_.faq_documents(static_cast<std::size_t>(f - kb_.faqs().data())).first) !=
                question_intent::reports_to) {
            return answer::of_faq(f);
        }
        // One role named: the FAQ first about it that asks whom it manages, however
        // loosely worded ("as a regular PM, am I anyone's boss, or do I just herd
        // cats all day?").
        if (second == nullptr) {
            if (const auto* f = own_faq_asking(*first, question_intent::manages)) {
                return answer::of_faq(f);
            }
        }
        return answer::of_role(first);
    }
    // No role named: managing people is the theme ("I never want to manage people,
    // is there still a ladder for me?").
    return themes_.find();
}

std::optional<answer> answer_builder::route_how_long(const role* first, const role* second) const
{
    // How long before someone leads, no title named ("roughly how many years do ppl usually
    // spend in product before they make lead"): the product lead, the articles' leader.
    if (first == nullptr && q_.phrases().has_any({" lead ", " lead?", " leadership", " a lead"})) {
        if (const auto m = kb_.match_title("product lead", false); m.role) {
            first = &kb_.roles()[*m.role];
        }
    }
    if (second != nullptr) {
        // Both ends named: only a path that says how long answers "how long" (named
        // either way round: "a product lead within a year of starting as a PM?").
        const auto* p = kb_.path_between(first->id, second->id);
        return p != nullptr && !p->typical_time.empty() ? answer::of_path(p) : unknown();
    }
    if (const auto* f = fit_.best_faq(strong_coverage, {first}, question_intent::how_long)) {
        return answer::of_faq(f);
    }
    if (first != nullptr) {
        // The role's own FAQ on how long it takes, however loosely worded ("experience
        // range to list on a product lead JD?"), else the path that leads to it.
        if (const auto* f = fit_.best_faq_about(entry_fit::min_closest_coverage, *first,
                                                question_intent::how_long)) {
            return answer::of_faq(f);
        }
        if (const auto* f = own_faq_asking(*first, question_intent::how_long)) {
            return answer::of_faq(f);
        }
        const auto* p = kb_.find_path("", first->id);
        return p != nullptr && !p->typical_time.empty() ? answer::of_path(p) : unknown();
    }
    return std::nullopt;
}

std::optional<answer> answer_builder::route_become(const role* first, const role* second) const
{
    // Two roles named: the path between them is the answer, whichever is named
    // first ("I want to be a product lead; I'm a PM now"), unless the question is
    // about one theme of the move that an FAQ or topic on both roles covers ("why is
    // the jump from PM to lead so hard?", "how does what you're measured on change
    // from PM to PML?").
    // Whether a technical background is needed on the way ("non-technical background here
    // (history degree) - is that a problem for becoming a PM or later a PL?"): the FAQ that
    // answers it, not the path.
    if (second != nullptr &&
        q_.phrases().has_any({" non technical", " not technical", " not very technical",
                              " not super technical", " no technical", " cant code"})) {
        if (const auto* f = fit_.best_faq(entry_fit::min_coverage, {})) {
            return answer::of_faq(f);
        }
    }
    if (second != nullptr) {
        // ...on a theme the sentence that asks has, not only its context ("I'm
        // pretty sure I want the management track. What concrete steps get me to
        // director of product?" asks for the steps), when that sentence names where
        // the move goes ("skip Sr PM and go straight to PL - possible?" asks in full).
        // But coming from another field and asking to skip a role ("Six years as a
        // consultant. Could I land a PL role without ever having been a PM?"), the field
        // the context names is the theme.
        const bool skips_from_elsewhere =
            q_.concerns().test(static_cast<std::size_t>(concern::coming_from_elsewhere)) &&
            q_.phrases().has_any({" without", " not a pm", " never been a pm", " never a pm",
                                  " no pm background", " start from zero", " from scratch",
                                  " start over"});
        const bool theme_in_context_only = !skips_from_elsewhere && q_.has_context() &&
                                           q_.asking_concerns().none() &&
                                           q_.asking_sentence_names_a_role();
        if (auto a = theme_in_context_only ? std::nullopt : themes_.find();
            a && a->kind != answer_kind::role) {
            return *a;
        }
        // Whether a move between them was up or down, and nothing else ("went from product
        // lead to product manager, was that a step down?"): the FAQ on which ranks higher.
        if (q_.concerns() == concern_set().set(static_cast<std::size_t>(concern::seniority))) {
            if (const auto* f = themes_.faq_on_theme_about_both(q_.concerns(), *first, *second)) {
                return answer::of_faq(f);
            }
        }
        // What changes in the job with the move, on no theme ("what actually changes when you
        // go from pm to senior pm, role-wise?"): how the two jobs differ, not the steps.
        if (mentioned_.size() == 2 && q_.concerns().none() &&
            q_.phrases().has_any({" what changes", " what actually changes", " what really changes",
                                  " what would change", " what will change",
                                  " what else changes"})) {
            if (const auto* f = general_comparison_faq(*first, *second)) {
                return answer::of_faq(f);
            }
            return answer::of_comparison(first, second);
        }
        // The asker is usually at the first role named and going to a later one:
        // the first later one with a path from it ("a senior PM who wants to
        // oversee PMs as a director").
        for (auto later = mentioned_.begin() + 1; later != mentioned_.end(); ++later) {
            if (const auto* p = kb_.find_path(first->id, (*later)->id)) {
                return answer::of_path(p);
            }
        }
        if (const auto* p = kb_.find_path(second->id, first->id)) {
            return answer::of_path(p);
        }
        // Otherwise the first role named that some other named role leads to ("I'd
        // rather become a director than a PL; what's that route from senior PM?").
        for (const auto* to : mentioned_) {
            for (const auto* from : mentioned_) {
                if (from != to) {
                    if (const auto* p = kb_.find_path(from->id, to->id)) {
                        return answer::of_path(p);
                    }
                }
            }
        }
    }
    if (auto a = faq_theme_or_next_step(first)) {
        return *a;
    }
    // A single role is where the asker is going.
    if (first != nullptr && second == nullptr) {
        if (const auto* p = kb_.find_path("", first->id)) {
            return answer::of_path(p);
        }
    }
    return std::nullopt;
}

std::optional<answer> answer_builder::route_define(const role* first) const
{
    // Context before a plain "what does a PM do?" is no theme of the question ("day
    // three here, still learning the lingo").
    // (Asking what it is responsible for is asking what it is: "I'm an engineer and I work
    // with a product lead now. what is a product lead responsible for?")
    const auto responsibilities_only =
        concern_set().set(static_cast<std::size_t>(concern::responsibilities));
    if (mentioned_.size() == 1 &&
        (q_.asking_concerns().none() || q_.asking_concerns() == responsibilities_only) &&
        q_.asking_sentence_only_defines(fit_.index_of(first))) {
        return answer::of_role(first);
    }
    // Or before "what" in the sentence that asks: why the asker wants to know ("trying to
    // explain to my mum what a product manager does").
    if (mentioned_.size() == 1 && q_.asking_concerns().none() &&
        q_.asks_from_what_only_defines(fit_.index_of(first))) {
        return answer::of_role(first);
    }
    // And context naming the role around a sentence that asks only what it is responsible
    // for ("Starting
    // Monday as a PM on the payments squad, first product job. What am I actually
    // responsible for?").
    if (mentioned_.size() == 1 && q_.has_context() && !q_.asking_sentence_names_a_role() &&
        has_any_phrase(question_text(q_.asking()), {" am i ", " will i ", " do i "}) &&
        q_.asking_concerns() ==
            concern_set().set(static_cast<std::size_t>(concern::responsibilities))) {
        return answer::of_role(first);
    }
    // Asking what the one role named is expected to do, and nothing else ("what is a senior
    // product manager expected to do"), asks for its card, unless an FAQ of its own says
    // what it is responsible for.
    if (mentioned_.size() == 1 && q_.concerns() == responsibilities_only &&
        q_.only_defines(fit_.index_of(first))) {
        if (!has_own_duties_faq(*first)) {
            return answer::of_role(first);
        }
    }
    // So is context before asking what the title named means.
    if (mentioned_.size() == 1 && asks_what_the_title_means(q_)) {
        return answer::of_role(first);
    }
    // And a question on no theme that asks outright for a description and only
    // defines ("Kindly explain me the role of Senior PM, what kind of work is expected
    // from him?"), before FAQs that share its title's words.
    if (mentioned_.size() == 1 && q_.concerns().none() &&
        q_.phrases().has_any(
            {" explain", " describe", " define", " meaning of", " role of", " tell me about"}) &&
        q_.only_defines(fit_.index_of(first))) {
        return answer::of_role(first);
    }
    // What one role is and how to get there from the other ("what does a director of
    // product do and how do you get there from senior pm"): the path between them.
    if (mentioned_.size() == 2 &&
        q_.phrases().has_any({" get there", " how do you get", " how do i get", " how to get"})) {
        if (const auto* p = kb_.path_between(mentioned_[0]->id, mentioned_[1]->id)) {
            return answer::of_path(p);
        }
    }
    if (auto a = faq_theme_or_next_step(first)) {
        return *a;
    }
    if (mentioned_.size() == 1 && q_.only_defines(fit_.index_of(first))) {
        return answer::of_role(first);
    }
    return std::nullopt;
}

std::optional<answer> answer_builder::way_up_without_reports() const
{
    // Moving up without wanting reports ("I don't ever want direct reports: is there still
    // room to move up as a PM?", "don't want reports. is there still a way up?") is the
    // FAQ whose own question says so: the best hit that does, or else the first such FAQ.
    // (Asked as whether promotions go on without reports, it reads as a question on
    // managing: "can a PM keep getting promoted w/o ever managing ppl?")
    const bool asks_a_way_up =
        intent_ == question_intent::become ||
        ((intent_ == question_intent::none || intent_ == question_intent::manages ||
          intent_ == question_intent::define) &&
         q_.phrases().has_any(
             {" way up",       " move up",        " moving up",     " grow",
              " progress",     " advance",        " career path",   " next step",
              " promoted",     " promotion",      " ic path",       " ic track",
              " track for",    " ladder",         " keep climbing", " ceiling",
              " cap my",       " keep advancing", " climbing",      " growth track",
              " the path for", " path for her",   " path for him",  " path for them"}));
    if (!asks_a_way_up || !reluctant_to_manage(q_.text())) {
        return std::nullopt;
    }
    for (const auto& h : q_.hits()) {
        const auto ref = kb_.entry(h.document);
        if (ref.kind == entry_kind::faq && kb_.faq_avoids_managing(ref.index)) {
            return answer::of_faq(&kb_.faqs()[ref.index]);
        }
    }
    if (intent_ == question_intent::none) {
        // (concerns_of() puts every such question on the IC track: only those are looked at.)
        for (const auto ref : kb_.entries_on(concern_set().set(
                 static_cast<std::size_t>(concern::individual_contributor_track)))) {
            if (ref.kind == entry_kind::faq && kb_.faq_avoids_managing(ref.index)) {
                return answer::of_faq(&kb_.faqs()[ref.index]);
            }
        }
    }
    return std::nullopt;
}

std::optional<answer> answer_builder::faq_theme_or_next_step(const role* first) const
{
    // Where people go after the one role named is its next step, whatever FAQ shares
    // the words ("after sr PM where do ppl usually go?" is not whether they manage people).
    if (intent_ == question_intent::become && mentioned_.size() == 1 &&
        q_.phrases().has_any({" where do ", " where does ", " where would "})) {
        if (auto a = next_step(first)) {
            return a;
        }
    }
    if (auto a = way_up_without_reports()) {
        return a;
    }
    // The two tracks set side by side ("ic track vs mgmt track, whats the diff") is the
    // entry on both, before an FAQ on one of them that shares the words.
    if (q_.concerns().test(static_cast<std::size_t>(concern::both_tracks))) {
        if (auto a = themes_.find()) {
            return a;
        }
    }
    if (const auto* f = fit_.best_faq(strong_coverage, {})) {
        // Of a question on several themes, the FAQ on the most of them, or on as many and
        // ranked higher, beats one that echoes a short phrasing ("am I supposed to own
        // strategy or just execute what my PL decides?" echoes "what can a PM decide on their
        // own?", but the FAQ on whether PMs set strategy ranks first).
        const auto index_of = [&](const faq* of) {
            return static_cast<std::size_t>(of - kb_.faqs().data());
        };
        const auto shared = [&](const faq* of) {
            return (q_.concerns() & kb_.concerns({entry_kind::faq, index_of(of)})).count();
        };
        const auto rank = [&](const faq* of) {
            const auto& hits = q_.hits();
            return std::find_if(hits.begin(), hits.end(),
                                [&](const search_index::hit& h) {
                                    const auto ref = kb_.entry(h.document);
                                    return ref.kind == entry_kind::faq && ref.index == index_of(of);
                                }) -
                   hits.begin();
        };
        // So does the FAQ on the one theme asked, ranked higher, over one on none of the
        // question's themes ("what skills do i need to become a product lead" is the FAQ on
        // a lead's skills, not on how to become one).
        if (q_.concerns().count() >= 2) {
            if (auto a = themes_.find();
                a && a->kind == answer_kind::faq && a->faq_entry != f &&
                (shared(a->faq_entry) > shared(f) ||
                 (shared(a->faq_entry) == shared(f) && rank(a->faq_entry) < rank(f)))) {
                return a;
            }
        } else if (q_.concerns().any() && shared(f) == 0) {
            if (auto a = themes_.find(); a && a->kind == answer_kind::faq &&
                                         shared(a->faq_entry) > 0 && rank(a->faq_entry) < rank(f)) {
                return a;
            }
        }
        return answer::of_faq(f);
    }
    if (auto a = themes_.find()) {
        return a;
    }
    return next_step(first);
}

std::optional<answer> answer_builder::next_step(const role* first) const
{
    if (!asks_next_step(q_)) {
        return std::nullopt;
    }
    // The role's own FAQ on what comes next, when the question echoes one of its
    // phrasings ("sr pm for 2 yrs now, what's next up the ladder?") or the role has an FAQ
    // asking just that ("What are my options after senior PM?"); else the card, which
    // lists the next steps.
    // (An echoed FAQ asking something else shares words, not the question: "after sr PM
    // where do ppl go?" echoes whether senior PMs manage people.)
    if (const auto* f = fit_.echoed_faq_about(*first);
        f != nullptr && asks_next_step(faq_question_words(f->question))) {
        return answer::of_faq(f);
    }
    if (const auto* f = own_faq_whose_question(*first, asks_next_step)) {
        return answer::of_faq(f);
    }
    return answer::of_role(first);
}

const faq* answer_builder::own_faq_asking(const role& r, question_intent intent) const
{
    for (const std::size_t i : kb_.faqs_first_about(fit_.index_of(&r))) {
        if (kb_.phrasing_intent(kb_.faq_documents(i).first) == intent) {
            return &kb_.faqs()[i];
        }
    }
    return nullptr;
}

const faq* answer_builder::own_faq_whose_question(const role& r,
                                                  bool (*asks)(const std::string&)) const
{
    for (const std::size_t i : kb_.faqs_first_about(fit_.index_of(&r))) {
        const auto& f = kb_.faqs()[i];
        if (asks(faq_question_words(f.question))) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace rolebot::knowledge
