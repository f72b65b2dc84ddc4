#pragma once

#include "knowledge/knowledge_base.hpp"
#include "knowledge/phrase_filter.hpp"
#include "knowledge/question_concern.hpp"
#include "knowledge/search_index.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::knowledge {

/// A question prepared once for the answerer: its words, the roles it names, what it
/// asks, and how much of it an entry of the knowledge base covers. Costly parts (the
/// search, the themes) are worked out on first use, since many questions never need them.
class asked_question {
public:
    /// Entries searched for; an FAQ appears once per phrasing, so this spans many entries.
    static constexpr std::size_t max_hits = 32;

    asked_question(const knowledge_base& kb, std::string_view question);
    // The phrase index points into the text: a copy would point into another's.
    asked_question(const asked_question&) = delete;
    asked_question& operator=(const asked_question&) = delete;

    /// The prepared text (question_text()), for phrase checks.
    const std::string& text() const { return text_; }
    /// The same indexed for phrase checks, once for all of them.
    const phrase_text& phrases() const;
    /// True when it asks what the articles cannot answer (question_scope.hpp), worked out
    /// once: both the whole message and the answerer's later tries ask.
    bool out_of_scope() const;
    /// Its search terms, typos corrected, in order; and the same distinct and sorted.
    const std::vector<std::string>& terms() const { return terms_; }
    const std::vector<std::string>& distinct_terms() const { return distinct_terms_; }
    /// The roles named, in order of mention.
    const std::vector<const role*>& mentioned() const { return mentioned_; }

    /// The ranked entries.
    const std::vector<search_index::hit>& hits() const;
    /// The prepared text with misspelt words put right (one edit from a word the base
    /// uses): theme phrases are matched on it, so "challanges" reads as "challenge".
    const std::string& spelled_text() const;
    /// The same indexed for phrase checks (phrases() when no word was put right).
    const phrase_text& spelled_phrases() const;
    /// The themes asked about (concerns_of() of spelled_text()).
    concern_set concerns() const;
    /// The themes of the sentence that asks, when the message has others (none otherwise).
    concern_set asking_concerns() const;
    /// True when a word is neither one the base uses nor an English word (typos are
    /// corrected by now): the name of something the articles never mention, such as a
    /// tool or a language.
    bool names_unknown_thing() const;
    /// True when it asks about one company by name: "at" and a word the base never uses
    /// and English does not have ("senior PM promotion criteria at Atlassian?").
    bool names_a_company() const;

    /// The idf-weighted share of the question's words other than titles that a document
    /// contains: what is asked, as opposed to whom it is about.
    double predicate_coverage(std::uint32_t document) const;
    /// The same for the sentence that asks (asking_sentence()), without the words of a
    /// definition ("what is that role meant to cover?" asks for the card itself).
    double asked_predicate_coverage(std::uint32_t document) const;
    /// True when the message has sentences besides the one that asks.
    bool has_context() const { return !asking_.empty(); }
    /// That sentence (empty when the message has no others).
    const std::string& asking() const { return asking_; }
    /// For a message with sentences besides the one that asks: asked_predicate_coverage()
    /// when that sentence asks about something beyond a definition; 0 otherwise.
    double asking_sentence_coverage(std::uint32_t document) const;
    /// The idf-weighted share of what an FAQ phrasing asks (its words other than titles)
    /// that the question asks too.
    double phrasing_coverage(std::uint32_t document) const;
    /// True when every word other than the role's name is a definition word, on the
    /// role's card, or context around a definition (the company's size, the asker's tie
    /// to the role): "what does a product lead own (at a 40-person startup)" yes, "what
    /// does a product lead earn" no.
    bool only_defines(std::size_t role_index) const;
    /// For a message of several sentences: true when the one that asks names the role and
    /// has nothing but its name and the words of a definition ("day three here, still
    /// learning the lingo. what does a PM actually do?"); the card's own words do not count
    /// here, since context may have put them in ("productboard vs aha - what should a PM
    /// use for roadmaps?").
    bool asking_sentence_only_defines(std::size_t role_index) const;
    /// True when what the asking sentence says from its "what" on names the role and has
    /// nothing but its name and the words of a definition: the clause before it only says
    /// why the asker wants to know ("trying to explain to my mum what a PM does").
    bool asks_from_what_only_defines(std::size_t role_index) const;
    /// True when the message has sentences besides the one that asks, and that one names
    /// a role.
    bool asking_sentence_names_a_role() const;
    /// For a message with sentences besides the one that asks, when that one asks whom the
    /// one role it names answers to ("im an APM on a product lead's team. like who do PLs
    /// report to?"): that role, whatever the rest names first. Null otherwise.
    const role* whose_reporting_line_is_asked() const;
    /// True when the message has sentences besides the one that asks, and that one asks
    /// what a role it names is ("what is a senior product manager exactly?").
    bool asking_what_a_role_is() const;
    /// The role, when the sentence that asks names only it and asks what it is ("the new org
    /// chart puts a director above my lead. what does a director of PM actually do?"); null
    /// otherwise.
    const role* role_asked_what_it_is() const;

private:
    /// A word that says what is asked, looked up once.
    struct asked_word {
        double idf;
        const search_index::term_info* term; ///< null for a word the index never saw
    };

    std::vector<asked_word> predicate_words(const std::vector<std::string>& terms) const;
    double coverage_of(std::uint32_t document, const std::vector<asked_word>& words) const;
    bool only_defines(std::size_t role_index, const std::vector<std::string>& terms,
                      bool card_words) const;
    /// The words of the sentence that asks (when the message has others), corrected.
    const std::vector<std::string>& asking_terms() const;

    const knowledge_base& kb_;
    std::string text_;
    std::vector<std::string> terms_;
    std::vector<std::string> distinct_terms_;
    std::vector<const role*> mentioned_;
    std::vector<asked_word> predicate_;
    /// The sentence that asks, when the message has others before it.
    std::string asking_;
    mutable std::optional<std::vector<asked_word>> asked_predicate_;
    mutable std::optional<std::vector<std::string>> asking_terms_;
    mutable std::size_t asking_roles_named_ = 0;
    mutable const role* asking_role_ = nullptr; ///< the one role it names, if one
    mutable std::optional<std::vector<search_index::hit>> hits_;
    mutable std::optional<concern_set> concerns_;
    mutable std::optional<concern_set> asking_concerns_;
    mutable std::optional<std::string> spelled_text_;
    mutable std::optional<phrase_text> phrases_;
    mutable std::optional<phrase_text> spelled_phrases_;
    mutable std::optional<bool> out_of_scope_;
    mutable std::optional<bool> unknown_thing_;
    mutable std::optional<bool> asks_what_a_role_is_;
    /// The question's words the index knows, by term id (sorted): for phrasing_coverage().
    mutable std::optional<std::vector<search_index::term_id>> known_ids_;
};

/// Words that may stand around a title in a definition question without changing it
/// ("role", "responsible", "meant").
bool is_definition_word(const std::string& term);

} // namespace rolebot::knowledge
