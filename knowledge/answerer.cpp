#include "knowledge/answerer.hpp"

#include "knowledge/asked_question.hpp"
#include "knowledge/entry_fit.hpp"
#include "knowledge/phrase_filter.hpp"
#include "knowledge/question_asks.hpp"
#include "knowledge/question_concern.hpp"
#include "knowledge/question_intent.hpp"
#include "knowledge/question_scope.hpp"
#include "knowledge/question_text.hpp"
#include "knowledge/theme_answer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <span>

namespace rolebot::knowledge {
namespace {

/// An FAQ this close to the question beats answers assembled from role fields.
constexpr double strong_coverage = 0.8;
constexpr std::size_t max_title_words = 5;
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
/// Routes one question to its answer: by what it asks (define, compare, become, how
/// long, reporting lines) and what it is about, through the FAQs, topics, paths and
/// cards that fit it (entry_fit), or to an honest "I don't know".
class answer_builder {
public:
    answer_builder(const knowledge_base& kb, std::string_view question)
        : kb_(kb), q_(kb, question), fit_(kb, q_), themes_(kb, q_, fit_), mentioned_(q_.mentioned())
    {
    }

    answer run()
    {
        if (q_.terms().empty()) {
            return unknown();
        }
        const auto* first = mentioned_.empty() ? nullptr : mentioned_[0];
        const auto* second = mentioned_.size() < 2 ? nullptr : mentioned_[1];
        intent_ = detect_intent(q_.spelled_text(), mentioned_.size());
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
        if (q_.terms().size() <= max_title_words && only_title_words) {
            std::string words;
            for (const auto& t : q_.terms()) {
                words += t + " ";
            }
            // The words are already corrected one by one: no whole-name typo search.
            if (auto m = kb_.match_title(words, false); m.role) {
                return answer::of_role(&kb_.roles()[*m.role]);
            }
        }
        if (q_.out_of_scope() || q_.names_a_company()) {
            return unknown();
        }
        if (const auto* r = described_role()) {
            return answer::of_role(r);
        }
        // About every role and no role named ("which numbers does each product role
        // track?"): the topic on that theme across roles.
        if (mentioned_.empty() && asks_about_every_role(q_)) {
            if (auto a = themes_.topic_on_theme(q_.concerns())) {
                return *a;
            }
        }
        switch (intent_) {
        case question_intent::compare:
            // Three roles or more on one theme, or every role ("what does each product role
            // measure? PM vs lead vs PML"): the topic on that theme across roles, not a
            // side-by-side of two.
            if (mentioned_.size() >= 3 || asks_about_every_role(q_)) {
                if (auto a = themes_.find(); a && a->kind == answer_kind::topic) {
                    return *a;
                }
                // Or a topic on all of them that fits the question well ("lead PM, PL, PML,
                // director: all the same job?" is how titles overlap).
                for (const auto& h : q_.hits()) {
                    const auto ref = kb_.entry(h.document);
                    if (ref.kind == entry_kind::topic &&
                        fit_.acceptable(h, entry_fit::min_coverage)) {
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
            if (const auto* f = fit_.best_faq(0.5, {first, second})) {
                return answer::of_faq(f);
            }
            // Whether the two are one job under two names, and nothing else ("a 'Lead PM' on
            // one team and a 'Product Lead' on another: same job under 2 names?"), or why
            // titles vary between companies ("Director of Product at one company, VP at
            // another, for the same work: why?"): the FAQ on that. (Other single themes were
            // tried here: the IC track cost an unseen set a question, seniority gained none.)
            if (q_.concerns() ==
                    concern_set().set(static_cast<std::size_t>(concern::same_job_other_name)) ||
                q_.concerns().test(static_cast<std::size_t>(concern::title_variation))) {
                if (auto a = themes_.find(); a && a->kind == answer_kind::faq) {
                    return *a;
                }
            }
            if (const auto* f = fit_.comparison_faq(first, second)) {
                return answer::of_faq(f);
            }
            if (guesses_at_the_first(q_)) {
                return answer::of_role(first);
            }
            return answer::of_comparison(first, second);
        case question_intent::reports_to:
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
            break;
        case question_intent::manages:
            // Whom one role leads: its own FAQ says it best, else its card (which lists
            // the roles it manages).
            if (first != nullptr) {
                if (const auto* f = fit_.best_faq_about(entry_fit::min_closest_coverage, *first,
                                                        question_intent::manages)) {
                    return answer::of_faq(f);
                }
                if (const auto* f = fit_.best_faq(strong_coverage, {first})) {
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
            if (auto a = themes_.find()) {
                return *a;
            }
            break;
        case question_intent::how_long:
            if (second != nullptr) {
                // Both ends named: only a path that says how long answers "how long" (named
                // either way round: "a product lead within a year of starting as a PM?").
                const auto* p = kb_.find_path(first->id, second->id);
                if (p == nullptr) {
                    p = kb_.find_path(second->id, first->id);
                }
                return p != nullptr && !p->typical_time.empty() ? answer::of_path(p) : unknown();
            }
            if (const auto* f =
                    fit_.best_faq(strong_coverage, {first}, question_intent::how_long)) {
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
            break;
        case question_intent::become:
            // Two roles named: the path between them is the answer, whichever is named
            // first ("I want to be a product lead; I'm a PM now"), unless the question is
            // about one theme of the move that an FAQ or topic on both roles covers ("why is
            // the jump from PM to lead so hard?", "how does what you're measured on change
            // from PM to PML?").
            if (second != nullptr) {
                // ...on a theme the sentence that asks has, not only its context ("I'm
                // pretty sure I want the management track. What concrete steps get me to
                // director of product?" asks for the steps), when that sentence names where
                // the move goes ("skip Sr PM and go straight to PL - possible?" asks in full).
                const bool theme_in_context_only = q_.has_context() &&
                                                   q_.asking_concerns().none() &&
                                                   q_.asking_sentence_names_a_role();
                if (auto a = theme_in_context_only ? std::nullopt : themes_.find();
                    a && a->kind != answer_kind::role) {
                    return *a;
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
            break;
        case question_intent::define:
            // Context before a plain "what does a PM do?" is no theme of the question ("day
            // three here, still learning the lingo").
            if (mentioned_.size() == 1 && q_.asking_concerns().none() &&
                q_.asking_sentence_only_defines(fit_.index_of(first))) {
                return answer::of_role(first);
            }
            // So is context before asking what the title named means.
            if (mentioned_.size() == 1 && asks_what_the_title_means(q_)) {
                return answer::of_role(first);
            }
            // And a question on no theme that asks outright for a description and only
            // defines ("Kindly explain me the role of Senior PM, what kind of work is expected
            // from him?"), before FAQs that share its title's words.
            if (mentioned_.size() == 1 && q_.concerns().none() &&
                q_.phrases().has_any({" explain", " describe", " define", " meaning of", " role of",
                                      " tell me about"}) &&
                q_.only_defines(fit_.index_of(first))) {
                return answer::of_role(first);
            }
            if (auto a = faq_theme_or_next_step(first)) {
                return *a;
            }
            if (mentioned_.size() == 1 && q_.only_defines(fit_.index_of(first))) {
                return answer::of_role(first);
            }
            break;
        case question_intent::none:
            if (auto a = themes_.find()) {
                return *a;
            }
            break;
        }
        // Nothing fits better: the card of the one role named may still say it (or of the
        // first of two, when the second is a guess at it), and an FAQ on how the two roles
        // named differ answers "a CPO and a head of product: who does what?".
        auto best = best_entry();
        if (best.kind != answer_kind::unknown) {
            return best;
        }
        const bool guessed =
            (intent_ == question_intent::define || intent_ == question_intent::none) &&
            guesses_at_the_first(q_);
        if (card_answers() || guessed) {
            return answer::of_role(first);
        }
        if (const auto* f = fit_.comparison_faq(first, second)) {
            return answer::of_faq(f);
        }
        return best;
    }

    /// The question as prepared: its text, the roles it names, its scope.
    const asked_question& question() const { return q_; }

private:
    /// What a "become" or "define" question gets before its own route: an FAQ phrased
    /// much like it, an entry on its theme, or, when it asks what comes next, the card of
    /// the role it starts from (the card lists the next steps).
    std::optional<answer> faq_theme_or_next_step(const role* first) const
    {
        if (const auto* f = fit_.best_faq(strong_coverage, {})) {
            return answer::of_faq(f);
        }
        if (auto a = themes_.find()) {
            return a;
        }
        if (asks_next_step(q_)) {
            // The role's own FAQ on what comes next, when the question echoes one of its
            // phrasings ("sr pm for 2 yrs now, what's next up the ladder?") or the role has
            // an FAQ asking just that ("What are my options after senior PM?"); else the
            // card, which lists the next steps.
            if (const auto* f = fit_.echoed_faq_about(*first)) {
                return answer::of_faq(f);
            }
            if (const auto* f = next_step_faq(*first)) {
                return answer::of_faq(f);
            }
            return answer::of_role(first);
        }
        return std::nullopt;
    }

    /// The FAQ first about `r` whose own question asks `intent` of it, if the base has one.
    const faq* own_faq_asking(const role& r, question_intent intent) const
    {
        for (const std::size_t i : kb_.faqs_first_about(fit_.index_of(&r))) {
            if (kb_.phrasing_intent(kb_.faq_documents(i).first) == intent) {
                return &kb_.faqs()[i];
            }
        }
        return nullptr;
    }

    /// The role a question describes by its work instead of naming it, when it asks
    /// what that role is ("the person who runs sprint planning and writes the user
    /// stories: what is that job?"): the card holding far more of the description than
    /// any other card.
    const role* described_role() const
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

    /// True when the one role the question names has a card that holds much of what
    /// is asked, so the card answers a question no FAQ does ("does a PML handle cost
    /// estimates?", "is a director over one team or several?"). A number the base never
    /// states ("my first 90 days") asks for something no card says, and so does a theme
    /// the card has no part for.
    bool card_answers() const
    {
        // One role, or a role and the people it manages ("does a PML give feedback to the
        // PMs on their team?" is about the PML).
        if (mentioned_.empty() || mentioned_.size() > 2 ||
            (mentioned_.size() == 2 && !entry_fit::manages(*mentioned_[0], *mentioned_[1]))) {
            return false;
        }
        const bool unknown_number = std::any_of(
            q_.distinct_terms().begin(), q_.distinct_terms().end(), [&](const std::string& t) {
                return !kb_.search().knows(t) &&
                       std::any_of(t.begin(), t.end(),
                                   [](unsigned char c) { return std::isdigit(c) != 0; });
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
        return std::max(q_.predicate_coverage(card), q_.asked_predicate_coverage(card)) >=
               min_card_coverage;
    }

    /// The FAQ first about `r` that itself asks what comes after it ("What comes after
    /// senior product manager?"), if the base has one.
    const faq* next_step_faq(const role& r) const
    {
        for (const std::size_t i : kb_.faqs_first_about(fit_.index_of(&r))) {
            const auto& f = kb_.faqs()[i];
            if (asks_next_step(question_text(f.question))) {
                return &f;
            }
        }
        return nullptr;
    }

    answer best_entry() const
    {
        // One shared word ("roadmap" in "write me a poem about roadmaps") is not a match:
        // the question must name a role or share at least two known words with the base.
        const auto known =
            std::count_if(q_.distinct_terms().begin(), q_.distinct_terms().end(),
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

    /// The top hit when it stands far above every other entry: chat wraps a question in
    /// words no entry holds ("my skip keeps saying 'not yet'"), so it covers little of
    /// the message (about a third is enough), but nothing else comes close. Only an FAQ
    /// or topic about no particular role, or about one the question names.
    std::vector<search_index::hit>::const_iterator dominant_hit() const
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

    answer unknown() const
    {
        answer a;
        for (const auto* r : mentioned_) {
            if (a.closest.size() < max_closest) {
                a.closest.push_back(
                    {entry_kind::role, static_cast<std::size_t>(r - kb_.roles().data())});
            }
        }
        for (const auto& h : q_.hits()) {
            if (a.closest.size() == max_closest) {
                break;
            }
            const auto ref = kb_.entry(h.document);
            const bool listed = std::any_of(a.closest.begin(), a.closest.end(), [&](entry_ref c) {
                return c.kind == ref.kind && c.index == ref.index;
            });
            if (!listed && h.coverage >= entry_fit::min_closest_coverage) {
                a.closest.push_back(ref);
            }
        }
        return a;
    }

    const knowledge_base& kb_;
    asked_question q_;
    entry_fit fit_;
    theme_answer themes_;
    const std::vector<const role*>& mentioned_;
    question_intent intent_ = question_intent::none;
};

/// A sentence that points back to `roles`, asked with their titles before it: "product
/// lead and director of product management, is there a real difference between those two?"
std::string with_titles(std::span<const role* const> roles, std::string_view sentence)
{
    std::string out;
    for (const auto* r : roles) {
        out += (out.empty() ? "" : " and ") + r->title;
    }
    out += ", ";
    out += sentence;
    return out;
}

/// How a sentence that opens with its question starts (after question_text()).
constexpr std::array<std::string_view, 19> question_starts{
    " what ", " whats ", " who ",   " whos ",  " how ",    " hows ",  " is ",
    " are ",  " does ",  " do ",    " can ",   " should ", " which ", " why ",
    " when ", " where ", " could ", " would ", " will "};

/// A sentence of a message asked on its own: when it names a role itself (a bare "more
/// scope, more years, both?" asks nothing alone), or when it points back to the one or two
/// roles the rest of the message names ("Drafting a posting for a director of product.
/// What does that person oversee?"), asked with their titles. Unknown otherwise.
answer ask_sentence(const knowledge_base& kb, std::string_view sentence,
                    const std::vector<const role*>& named_elsewhere)
{
    answer_builder alone(kb, sentence);
    if (!alone.question().mentioned().empty()) {
        return alone.run();
    }
    if (named_elsewhere.empty() || named_elsewhere.size() > 2 ||
        !points_back(alone.question().text())) {
        return {};
    }
    return answer_builder(kb, with_titles(named_elsewhere, sentence)).run();
}

/// The sentence up to its last comma, when it opens with the question and the clause
/// after the comma adds to it ("what is that role, so she knows who she's talking to?",
/// "what does a lead PM do exactly, is it just a PM with more years?"); empty otherwise:
/// in "if I become a PL, who's my boss?" the question comes after the comma.
std::string_view before_last_clause(std::string_view sentence)
{
    constexpr std::size_t min_question = 12;
    const auto comma = sentence.rfind(',');
    if (comma == std::string_view::npos || comma < min_question) {
        return {};
    }
    const auto opening = question_text(sentence.substr(0, comma));
    const bool opens_with_question =
        std::any_of(question_starts.begin(), question_starts.end(),
                    [&](std::string_view start) { return opening.starts_with(start); });
    return opens_with_question ? sentence.substr(0, comma) : std::string_view{};
}

/// The sentence after its first comma, when a clause that sets the scene comes first and
/// the question after it ("Before the call, can you give me the gist of what that job
/// covers?"); empty otherwise.
std::string_view after_first_clause(std::string_view sentence)
{
    const auto comma = sentence.find(',');
    if (comma == std::string_view::npos) {
        return {};
    }
    const auto rest = sentence.substr(comma + 1);
    const auto asked = question_text(rest);
    const bool opens_with_question =
        std::any_of(question_starts.begin(), question_starts.end(),
                    [&](std::string_view start) { return asked.starts_with(start); });
    return opens_with_question ? rest : std::string_view{};
}

} // namespace

answer answer_question(const knowledge_base& kb, std::string_view question)
{
    answer_builder asked(kb, question);
    auto whole = asked.run();
    const auto asking = asking_sentence(question);
    const bool has_context = asking.size() < std::min(question.size(), max_question_length);
    const auto& named = asked.question().mentioned();
    // "Those two" after three roles or more are the last two named ("some of my PMs will
    // report to a lead PM, others to a director. Is there a real difference between those
    // two roles?"), whatever the whole message found.
    if (has_context && named.size() >= 3 &&
        has_any_phrase(question_text(asking), {" those two", " these two"})) {
        if (answer_builder alone(kb, asking); alone.question().mentioned().empty()) {
            return answer_builder(kb, with_titles(std::span(named).last(2), asking)).run();
        }
    }
    if (whole.kind != answer_kind::unknown) {
        return whole;
    }
    // Things the base never names, set against each other in the context ("productboard vs
    // aha - what should a PM use?"), are what the question is about.
    const auto& q = asked.question();
    const bool compares_unknown_things =
        q.names_unknown_thing() && q.phrases().has_any({" vs ", " versus "});
    if (q.out_of_scope() || compares_unknown_things) {
        return whole;
    }
    // Context can sink a message the sentence that asks would answer: its roles and words
    // steer the routes away ("offered a product lead spot, but I've only ever been a PM.
    // What's hard about being a product lead?"). Then that sentence is asked on its own.
    if (has_context) {
        if (auto answer = ask_sentence(kb, asking, named); answer.kind != answer_kind::unknown) {
            return answer;
        }
    }
    // So can a closing clause that says why or for whom ("what is that role, so she knows
    // who she's talking to?"): the sentence is asked without it.
    if (const auto clause = before_last_clause(asking); !clause.empty()) {
        if (auto answer = ask_sentence(kb, clause, named); answer.kind != answer_kind::unknown) {
            return answer;
        }
    }
    // And a clause before it that sets the scene ("Before the call, can you give me the gist
    // of what that job covers?").
    if (const auto rest = after_first_clause(asking); !rest.empty()) {
        if (auto answer = ask_sentence(kb, rest, named); answer.kind != answer_kind::unknown) {
            return answer;
        }
    }
    return whole;
}

} // namespace rolebot::knowledge
