#include "knowledge/asked_question.hpp"

#include "knowledge/question_scope.hpp"

#include "knowledge/english_words.hpp"
#include "knowledge/question_intent.hpp"
#include "knowledge/search_terms.hpp"
#include "knowledge/text_normalize.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <tuple>
#include <utility>

namespace rolebot::knowledge {
namespace {

/// The text with words that only point back or set the scene dropped: the "two" in "how
/// are those two jobs different" is no number to search for (an FAQ phrasing that plans "a
/// sprint or two ahead" would match it).
std::string searched_words(std::string text)
{
    for (const std::string_view pointer :
         {" those two ", " these two ", " the two roles ", " the two jobs ", " the two titles "}) {
        if (has_phrase(text, pointer)) {
            std::string without(pointer);
            without.erase(without.find(" two ") + 1, 4);
            replace_every(text, pointer, without);
        }
    }
    // Nor is a new hire's "first week here" a typical day to search for, "new to tech" a
    // technical background, or "the short version" a short horizon.
    for (const std::string_view opener :
         {" first week here ", " first day here ", " first week at ", " first day at ",
          " first week on ", " first day on ", " day one here ", " week one here ",
          " 30 sec version ", " 30 second version ", " brand new to tech ", " new to tech ",
          " the short version ", " short version ", " the short answer ", " vs everyone else ",
          " vs the rest of the exec team ", " vs the rest of the team ",
          " vs the rest of the execs "}) {
        if (has_phrase(text, opener)) {
            replace_every(text, opener, " ");
        }
    }
    return text;
}

/// Shorter words are too often other words one edit away ("lead", "load").
constexpr std::size_t min_misspelt_length = 5;

std::vector<std::string> distinct(std::vector<std::string> words)
{
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

/// True when the term at `i` frames a definition rather than asking something the card
/// does not say: how big the asker's company is ("at a company our size (~8k ppl)", "a
/// 20-person startup"; the articles say titles shift with company size), the asker's tie
/// to the role ("new boss is a PML, what does that role cover?") or the years it takes
/// ("is sr pm just more yrs?").
bool frames_a_definition(const std::vector<std::string>& terms, std::size_t i)
{
    static const std::set<std::string_view> words{
        "company", "size", "startup", "org", "organization", "organisation", "firm", "people",
        "employee", "headcount", "report", "year",
        // where the asker met the title ("saw a principal PM title on a resume")
        "saw", "seen", "resume", "cv", "linkedin", "profile", "signature", "never", "before",
        "heard",
        // that the asker had no idea ("a friend asked me what a lead PM is and i honestly had
        // no idea lol")
        "no", "idea", "clue", "honestly", "lol", "dumb", "sure", "colleague",
        // an apology for asking ("sorry if obvious but what is an APM")
        "obvious", "silly", "stupid", "newbie", "noob", "basic",
        // the kind of company ("at a b2b saas startup", "in an enterprise org")
        "enterprise", "mid", "midsize", "big", "bigger", "large", "small", "b2b", "b2c", "saas",
        "agency", "series", "scaleup", "corporate", "saa", "context",
        // on which kind of team ("what does a product lead do on a normal team?", "what does
        // an associate product manager actually do on a team?")
        "normal", "team"};
    const auto& t = terms[i];
    if (words.contains(t)) {
        return true;
    }
    if (t.empty() || std::isdigit(static_cast<unsigned char>(t.front())) == 0) {
        return false;
    }
    // A count of people ("8k", "20 people"), not any number ("my first 90 days").
    return (t.size() > 1 && t.back() == 'k') ||
           (i + 1 < terms.size() &&
            (terms[i + 1] == "people" || terms[i + 1] == "employee" || terms[i + 1] == "person"));
}

/// The English word a corrected search term stands for, as typed text would hold it:
/// typo correction gives a term ("exmaples" -> exampl), but the theme and intent phrases
/// are written in words (" example"). Of the words made of the term and a common ending
/// that are English and give the term back, one ending in "s" as the typed word does, then
/// one ending in the same letter, then the one nearest its length ("examples" for
/// "exmaples", "pillars" for "pilars", "promoted" for "promotd"); the term itself when none
/// does.
std::string spelled_word_of(const std::string& term, std::string_view typed)
{
    // (A stem that keeps its e takes "d" and "r": promote, promoted; manage, manager.)
    static constexpr std::array<std::string_view, 15> endings{
        "", "e", "s", "es", "ed", "d", "ing", "er", "ers", "r", "rs", "ion", "ions", "y", "ies"};
    const auto distance = [&](const std::string& word) {
        const auto gap =
            word.size() > typed.size() ? word.size() - typed.size() : typed.size() - word.size();
        const bool same_plural = word.ends_with('s') == typed.ends_with('s');
        const bool same_end = !typed.empty() && word.back() == typed.back();
        return std::tuple(!same_plural, !same_end, gap);
    };
    std::string best = term;
    std::optional<std::tuple<bool, bool, std::size_t>> best_distance;
    for (const auto ending : endings) {
        // A stem ending in i had a y ("strategi" -> strategy, strategies).
        const bool after_y = ending == "y" || ending == "ies";
        if (after_y && term.back() != 'i') {
            continue;
        }
        auto word = after_y ? term.substr(0, term.size() - 1) : term;
        word += ending;
        const auto d = distance(word);
        if ((best_distance && d >= *best_distance) || !is_english_word(word)) {
            continue;
        }
        const auto back = search_terms(word);
        if (back.size() == 1 && back.front() == term) {
            best = std::move(word);
            best_distance = d;
        }
    }
    return best;
}

} // namespace

bool is_definition_word(const std::string& term)
{
    static const std::set<std::string_view> words{
        "role", "job", "title", "position", "mean", "definition", "explain", "describe", "define",
        "meaning", "responsibility", "responsibilitie", "responsible", "duty", "dutie", "work",
        "core", "main", "key", "own", "do", "doing", "day", "daily", "typical", "scope", "in",
        "short", "nutshell", "overall", "whole", "description", "overview", "summary", "rundown",
        "blurb", "formal", "formally",
        // what a title is for, in other words
        "meant", "cover", "signal", "entail", "involve", "purpose", "expect", "suppos", "suppose",
        "denote", "signify", "point",
        // the work "done by" a role, and where it is done ("on the product side")
        "done", "side",
        // how plainly to say it ("in plain words", "in simple terms", "in plain English")
        "plain", "simple", "simply", "word", "term", "english", "layman",
        // who it is and what they look after ("what does that person oversee?")
        "person", "someone", "oversee",
        // how much of it ("end to end"), and as it is, not on paper ("in practice")
        "end", "practice", "reality",
        // "can someone break down what a product lead's job actually involves"
        "break", "down", "breakdown",
        // how plainly ("like concretely"), or what the letters stand for
        "concretely", "concrete", "stand", "stands",

        // what a source says of it, for a description being drafted ("I'm drafting a job
        // description for a principal PM: what do the sources say that role is about?")
        "say", "draft", "gist", "give",
        // a formal or non-native request ("Dear bot, kindly advise what is the Lead Product
        // Manager post, in brief")
        "dear", "advise", "tell", "post", "brief",
        // the title as something worn or sat in ("wears the Sr PM hat", "the CPO seat")
        "hat", "seat", "badge",
        // where it puts its effort, told briefly ("where does a VP put their energy, in a
        // sentence or two?")
        "energy", "sentence", "put", "two",
        // what the sources say, "according to" them
        "accord", "represent",
        // what rung it is ("what is that level exactly?")
        "level", "exactly",
        // what fills its week ("what's on a PML's plate week to week")
        "plate", "week",
        // told roughly ("VP of product: whats their remit, roughly")
        "rough", "roughly", "basically",
        // where it sits ("what's an APM and where do they sit on the ladder")
        "sit", "ladder"};
    return words.contains(term);
}

asked_question::asked_question(const knowledge_base& kb, std::string_view question)
    : kb_(kb), text_(question_text(question))
{
    // Names are read where the text keeps words together: "three years into product and
    // my manager said" names no product manager.
    terms_ = kb.search().corrected_terms(searched_words(text_), true);
    for (auto i : kb.titles().mentions(terms_)) {
        mentioned_.push_back(&kb.roles()[i]);
    }
    // A title in an opening that only says who is asking is no subject, when the rest asks
    // about another ("sr PM here, is principal PM an IC thing or a mgmt thing?"); unless
    // the rest comes back to the asker ("what sets my job apart", "who would be my
    // manager") or asks how to move or how long it takes, where the asker's job is the start.
    if (mentioned_.size() >= 2) {
        if (const auto opening = askers_opening(question); !opening.empty()) {
            const auto rest_text = question_text(question.substr(opening.size()));
            const bool about_the_asker =
                has_any_phrase(rest_text, {" i ", " im ", " ive ", " id ", " ill ", " my ", " me ",
                                           " mine ", " we ", " us ", " next ", " now what "});
            const auto rest = kb.titles().mentions(kb.search().corrected_terms(rest_text, true));
            const auto intent = detect_intent(rest_text, rest.size());
            if (!about_the_asker && !rest.empty() && rest.size() < mentioned_.size() &&
                intent != question_intent::become && intent != question_intent::how_long) {
                mentioned_.clear();
                for (auto i : rest) {
                    mentioned_.push_back(&kb.roles()[i]);
                }
            }
        }
    }
    std::erase_if(terms_, [](const std::string& t) { return t.empty(); });
    distinct_terms_ = distinct(terms_);
    predicate_ = predicate_words(distinct_terms_);
    // Only a message of several sentences has a sentence that asks apart from the rest.
    if (const auto asking = asking_sentence(question);
        asking.size() < std::min(question.size(), max_question_length)) {
        asking_ = asking;
    }
    // Of many roles named, those of the sentence that asks come first when the rest only
    // tells ("I'm an APM and my team has a couple of PMs plus a product lead. What's the
    // real difference between a PM and a PL?" sets the PM beside the PL); after another
    // question, it lists the choices ("who do pms report to? lead pm, director?").
    const auto told_first = [&] {
        const auto at = question.find(asking_);
        if (at == std::string_view::npos) {
            return false;
        }
        auto before = question.substr(0, at);
        while (!before.empty() && before.back() == ' ') {
            before.remove_suffix(1);
        }
        // A sentence that tells ends in a full stop (a dash or a colon sets off a list).
        return before.ends_with('.') && before.find('?') == std::string_view::npos;
    };
    if (mentioned_.size() >= 3 && !asking_.empty() && told_first()) {
        const auto asked =
            kb.titles().mentions(kb.search().corrected_terms(question_text(asking_), true));
        if (asked.size() >= 2) {
            std::vector<const role*> ordered;
            for (auto i : asked) {
                ordered.push_back(&kb.roles()[i]);
            }
            for (const auto* r : mentioned_) {
                if (std::find(ordered.begin(), ordered.end(), r) == ordered.end()) {
                    ordered.push_back(r);
                }
            }
            mentioned_ = std::move(ordered);
        }
    }
}

const std::vector<search_index::hit>& asked_question::hits() const
{
    if (!hits_) {
        hits_ = kb_.search().search_terms_of(terms_, max_hits);
    }
    return *hits_;
}

const phrase_text& asked_question::phrases() const
{
    if (!phrases_) {
        phrases_.emplace(text_);
    }
    return *phrases_;
}

const phrase_text& asked_question::spelled_phrases() const
{
    if (spelled_text() == text_) {
        return phrases();
    }
    if (!spelled_phrases_) {
        spelled_phrases_.emplace(spelled_text());
    }
    return *spelled_phrases_;
}

bool asked_question::out_of_scope() const
{
    if (!out_of_scope_) {
        out_of_scope_ = knowledge::out_of_scope(spelled_phrases());
    }
    return *out_of_scope_;
}

const std::string& asked_question::spelled_text() const
{
    if (!spelled_text_) {
        std::string out;
        std::size_t start = 0;
        while (start < text_.size()) {
            auto end = text_.find(' ', start);
            if (end == std::string::npos) {
                end = text_.size();
            }
            const std::string_view word(text_.data() + start, end - start);
            out.append(word);
            // Only a word that is no English word and none the base uses is looked at.
            if (word.size() >= min_misspelt_length && !is_english_word(word)) {
                const auto as_typed = search_terms(word);
                if (as_typed.size() == 1 && !kb_.search().knows(as_typed.front())) {
                    const auto corrected = kb_.search().corrected_terms(word);
                    if (corrected.size() == 1 && corrected.front() != as_typed.front()) {
                        out.resize(out.size() - word.size());
                        out += spelled_word_of(corrected.front(), word);
                    }
                }
            }
            if (end < text_.size()) {
                out.push_back(' ');
            }
            start = end + 1;
        }
        spelled_text_ = std::move(out);
    }
    return *spelled_text_;
}

concern_set asked_question::concerns() const
{
    if (!concerns_) {
        concerns_ = concerns_of(spelled_text());
    }
    return *concerns_;
}

concern_set asked_question::asking_concerns() const
{
    if (!asking_concerns_) {
        asking_concerns_ = asking_.empty() ? concern_set() : concerns_of(question_text(asking_));
    }
    return *asking_concerns_;
}

bool asked_question::names_unknown_thing() const
{
    if (!unknown_thing_) {
        unknown_thing_ =
            std::any_of(distinct_terms_.begin(), distinct_terms_.end(), [&](const std::string& t) {
                return t.size() >= 3 && !kb_.search().knows(t) && !is_english_word(t);
            });
    }
    return *unknown_thing_;
}

bool asked_question::names_a_company() const
{
    // "at X", where X is a word neither the base nor English has: a company's name. (Not
    // one before "company", a misspelt word that says which: "at evry company".)
    constexpr std::string_view at = " at ";
    for (auto found = text_.find(at); found != std::string::npos;
         found = text_.find(at, found + 1)) {
        const auto start = found + at.size();
        const auto end = text_.find(' ', start);
        const auto word = text_.substr(start, end - start);
        const auto after =
            end == std::string::npos ? std::string_view() : std::string_view(text_).substr(end);
        // (Nor a chat abbreviation: "good at comms".)
        if (word.size() >= 3 && !kb_.search().knows(word) && !is_english_word(word) &&
            !after.starts_with(" company ") && !after.starts_with(" companies ") &&
            normalize_title(word) == word) {
            return true;
        }
    }
    return false;
}

std::vector<asked_question::asked_word>
asked_question::predicate_words(const std::vector<std::string>& terms) const
{
    std::vector<asked_word> out;
    for (const auto& t : terms) {
        if (!kb_.is_title_word(t)) {
            out.push_back({kb_.search().idf(t), kb_.search().lookup(t)});
        }
    }
    return out;
}

double asked_question::coverage_of(std::uint32_t document,
                                   const std::vector<asked_word>& words) const
{
    double total = 0;
    double found = 0;
    for (const auto& w : words) {
        total += w.idf;
        found += kb_.search().contains(w.term, document) ? w.idf : 0;
    }
    return total > 0 ? found / total : 1;
}

double asked_question::predicate_coverage(std::uint32_t document) const
{
    return coverage_of(document, predicate_);
}

double asked_question::asked_predicate_coverage(std::uint32_t document) const
{
    if (!asked_predicate_) { // only a late route asks: worked out then
        auto asked = asking_.empty() ? distinct_terms_ : distinct(asking_terms());
        std::erase_if(asked, [](const std::string& t) { return is_definition_word(t); });
        asked_predicate_ = predicate_words(asked);
    }
    return coverage_of(document, *asked_predicate_);
}

double asked_question::asking_sentence_coverage(std::uint32_t document) const
{
    if (asking_.empty()) {
        return 0;
    }
    const auto coverage = asked_predicate_coverage(document); // fills asked_predicate_
    return asked_predicate_->empty() ? 0 : coverage;
}

double asked_question::phrasing_coverage(std::uint32_t document) const
{
    if (!known_ids_) {
        known_ids_.emplace();
        for (const auto& t : distinct_terms_) {
            if (const auto id = kb_.search().id(t)) {
                known_ids_->push_back(*id);
            }
        }
        std::sort(known_ids_->begin(), known_ids_->end());
    }
    double total = 0;
    double echoed = 0;
    for (const auto word : kb_.phrasing_words(document)) {
        const double weight = kb_.search().idf(word);
        total += weight;
        if (std::binary_search(known_ids_->begin(), known_ids_->end(), word)) {
            echoed += weight;
        }
    }
    // A phrasing that is nothing but titles ("senior PMs: managers?") asks nothing.
    return total > 0 ? echoed / total : 0;
}

bool asked_question::only_defines(std::size_t role_index) const
{
    return only_defines(role_index, terms_, true);
}

const std::vector<std::string>& asked_question::asking_terms() const
{
    if (!asking_terms_) {
        // Read once, as the whole question's words are: names where the text keeps words
        // together, then the words alone.
        auto terms = kb_.search().corrected_terms(question_text(asking_), true);
        const auto named = kb_.titles().mentions(terms);
        asking_roles_named_ = named.size();
        asking_role_ = named.size() == 1 ? &kb_.roles()[named.front()] : nullptr;
        std::erase_if(terms, [](const std::string& t) { return t.empty(); });
        asking_terms_ = std::move(terms);
    }
    return *asking_terms_;
}

bool asked_question::asking_what_a_role_is() const
{
    if (asking_.empty()) {
        return false;
    }
    if (asks_what_a_role_is_) {
        return *asks_what_a_role_is_;
    }
    asks_what_a_role_is_ = [&] {
        asking_terms(); // counts the roles it names
        if (asking_roles_named_ == 0) {
            return false;
        }
        const auto words = question_text(asking_);
        const phrase_text sentence(words);
        if (!sentence.has_any({" what is a ", " what is an ", " whats a ", " whats an ",
                               " what exactly is ", " what does a ", " what does an "})) {
            return false;
        }
        // ("what is a senior PM exactly, is it just a PM with more years?" reads as a
        // comparison too; "what is a good way to become a PL?" asks how to move.)
        const auto intent = detect_intent(sentence, asking_roles_named_);
        return intent != question_intent::become && intent != question_intent::how_long;
    }();
    return *asks_what_a_role_is_;
}

const role* asked_question::role_asked_what_it_is() const
{
    return asking_what_a_role_is() && asking_roles_named_ == 1 ? asking_role_ : nullptr;
}

const role* asked_question::whose_reporting_line_is_asked() const
{
    if (asking_.empty()) {
        return nullptr;
    }
    asking_terms(); // finds the role it names
    const auto words = question_text(asking_);
    const phrase_text sentence(words);
    return sentence.has_any({" who do ", " who does ", " whom do ", " whom does "}) &&
                   sentence.has_any({" report to", " answer to", " report into"}) &&
                   !sentence.has_any({" or "})
               ? asking_role_
               : nullptr;
}

bool asked_question::asking_sentence_names_a_role() const
{
    if (asking_.empty()) {
        return false;
    }
    asking_terms(); // works it out
    return asking_roles_named_ > 0;
}

bool asked_question::asking_sentence_only_defines(std::size_t role_index) const
{
    if (asking_.empty()) {
        return false;
    }
    const auto& asked = asking_terms();
    return !asked.empty() && only_defines(role_index, asked, false);
}

bool asked_question::asks_from_what_only_defines(std::size_t role_index) const
{
    const std::string sentence = asking_.empty() ? text_ : question_text(asking_);
    auto at = sentence.find(" what ");
    if (at == std::string::npos) {
        at = sentence.find(" whats ");
    }
    if (at == std::string::npos || at == 0 ||
        !has_any_phrase(sentence.substr(0, at + 1),
                        {" explain", " tell ", " describe", " understand", " know ", " asked",
                         " asking", " wondering", " curious"})) {
        return false;
    }
    const auto terms = kb_.search().corrected_terms(std::string_view(sentence).substr(at));
    return !terms.empty() && only_defines(role_index, terms, false);
}

bool asked_question::only_defines(std::size_t role_index, const std::vector<std::string>& terms,
                                  bool card_words) const
{
    const auto& r = kb_.roles()[role_index];
    std::set<std::string> name_words;
    for (const auto& w : search_terms(r.title)) {
        name_words.insert(w);
    }
    for (const auto& alias : r.aliases) {
        for (const auto& w : search_terms(alias)) {
            name_words.insert(w);
        }
    }
    const auto document = knowledge_base::role_document(role_index);
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const auto& t = terms[i];
        if (!name_words.contains(t) && !is_definition_word(t) &&
            !(card_words && kb_.search().contains(document, t)) && !frames_a_definition(terms, i)) {
            return false;
        }
    }
    // Without the card's words, it must name the role: "years?" alone asks nothing.
    return card_words || std::any_of(terms.begin(), terms.end(),
                                     [&](const std::string& t) { return name_words.contains(t); });
}

} // namespace rolebot::knowledge
