#include "knowledge/answerer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace rolebot::knowledge {
namespace {

/// Share of the question an entry must cover to be given as the answer.
constexpr double min_coverage = 0.6;
/// An FAQ this close to the question beats answers assembled from role fields.
constexpr double strong_coverage = 0.8;
constexpr std::size_t max_question = 500;
constexpr std::size_t max_closest = 3;

enum class intent { none, define, compare, become, how_long, reports_to };

std::string lower(std::string_view text)
{
    std::string out(text.substr(0, max_question));
    for (auto& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    // Apostrophes vanish ("what's" -> "whats") and other punctuation becomes a space, so
    // phrase checks see words.
    std::string words;
    for (const char c : out) {
        if (c == '\'') {
            continue;
        }
        words.push_back(std::isalnum(static_cast<unsigned char>(c)) != 0 ? c : ' ');
    }
    return " " + words + " ";
}

bool has_any(const std::string& text, std::initializer_list<std::string_view> phrases)
{
    return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) {
        return text.find(p) != std::string::npos;
    });
}

intent detect_intent(const std::string& text, std::size_t mentioned)
{
    if (mentioned >= 2 && has_any(text, {" vs ", " versus ", " differ", " compare", " same ",
                                         " similar", " or a ", " or an ", " or the ", " equivalent",
                                         " interchangeab", " synonym", " better "})) {
        return intent::compare;
    }
    if (has_any(text, {" how long ", " how many years ", " how much time ", " how quickly ",
                       " how fast ", " how soon "})) {
        return intent::how_long;
    }
    if (has_any(text, {" report to ", " reports to ", " report into ", " reports into ",
                       " boss ", " manager of ", " who manages ", " above "})) {
        return intent::reports_to;
    }
    if (has_any(text, {" become ", " becoming ", " get to ", " get promoted", " promotion",
                       " move to ", " move into ", " move up", " moving ", " transition",
                       " path to ", " career path", " grow into ", " step up", " get into ",
                       " next step", " prepare for ", " go from ", " going from "})) {
        return intent::become;
    }
    if (has_any(text, {" what is ", " whats ", " what does ", " what do ", " who is ",
                       " tell me about ", " explain ", " define ", " describe ", " meaning of ",
                       " what are ", " role of ", " job of ", " mean "})) {
        return intent::define;
    }
    return intent::none;
}

/// Words that may stand around a title in a definition question without changing it.
bool is_definition_word(const std::string& term)
{
    static const std::set<std::string_view> words{
        "role", "job", "title", "position", "mean", "definition", "explain", "describe",
        "define", "meaning", "responsibility", "responsibilitie", "duty", "dutie", "work",
        "actual", "exact", "basic", "exactly", "generally", "typical", "typically", "day"};
    return words.contains(term);
}

/// True when every word of the question other than the role's own name is a definition
/// word: "what does a product lead do" yes, "what does a product lead earn" no.
bool only_defines(const std::vector<std::string>& terms, const role& r)
{
    std::set<std::string> name_words;
    for (const auto& name : {std::string_view(r.title)}) {
        for (const auto& w : search_terms(name)) {
            name_words.insert(w);
        }
    }
    for (const auto& alias : r.aliases) {
        for (const auto& w : search_terms(alias)) {
            name_words.insert(w);
        }
    }
    return std::all_of(terms.begin(), terms.end(), [&](const std::string& t) {
        return name_words.contains(t) || is_definition_word(t);
    });
}

bool faq_is_about(const faq& f, std::initializer_list<const role*> roles)
{
    return std::all_of(roles.begin(), roles.end(), [&](const role* r) {
        return r == nullptr || std::find(f.roles.begin(), f.roles.end(), r->id) != f.roles.end();
    });
}

class answer_builder {
public:
    answer_builder(const knowledge_base& kb, std::string_view question)
        : kb_(kb), text_(lower(question)), terms_(kb.search().corrected_terms(text_)),
          hits_(kb.search().search(text_, 8))
    {
        for (auto i : kb.titles().mentions(terms_)) {
            mentioned_.push_back(&kb.roles()[i]);
        }
    }

    answer run()
    {
        if (terms_.empty()) {
            return unknown();
        }
        // The whole question is a title: "sr pm", "prodct lead?".
        if (auto m = kb_.match_title(text_); m.role) {
            return role_card(&kb_.roles()[*m.role]);
        }
        const auto* first = mentioned_.empty() ? nullptr : mentioned_[0];
        const auto* second = mentioned_.size() < 2 ? nullptr : mentioned_[1];
        switch (detect_intent(text_, mentioned_.size())) {
        case intent::compare:
            if (const auto* f = best_faq(0.5, {first, second})) {
                return faq_answer(f);
            }
            return comparison(first, second);
        case intent::reports_to:
            if (first != nullptr) {
                if (const auto* f = best_faq(strong_coverage, {first})) {
                    return faq_answer(f);
                }
                answer a;
                a.kind = answer_kind::reports_to;
                a.role_a = first;
                return a;
            }
            break;
        case intent::how_long:
        case intent::become:
            if (const auto* f = best_faq(strong_coverage, {})) {
                return faq_answer(f);
            }
            if (first != nullptr) {
                // "from X to Y" names two roles; a single role is where the asker is going.
                const auto* to = second != nullptr ? second : first;
                const auto* from = second != nullptr ? first : nullptr;
                if (const auto* p = kb_.find_path(from != nullptr ? from->id : "", to->id)) {
                    answer a;
                    a.kind = answer_kind::path;
                    a.path = p;
                    return a;
                }
            }
            break;
        case intent::define:
            if (mentioned_.size() == 1 && only_defines(terms_, *first)) {
                return role_card(first);
            }
            break;
        case intent::none:
            break;
        }
        return best_entry();
    }

private:
    /// The best FAQ among the top hits that covers at least `coverage` of the question
    /// and concerns every given role.
    const faq* best_faq(double coverage, std::initializer_list<const role*> about) const
    {
        for (const auto& h : hits_) {
            const auto ref = kb_.entry(h.document);
            if (ref.kind != entry_kind::faq || h.coverage < coverage || !on_subject(h)) {
                continue;
            }
            const auto& f = kb_.faqs()[ref.index];
            if (faq_is_about(f, about)) {
                return &f;
            }
        }
        return nullptr;
    }

    /// True when the entry is about every role the question names: an answer about
    /// product managers does not answer a question about directors.
    bool on_subject(const search_index::hit& h) const
    {
        const auto& subjects = kb_.subjects(h.document);
        return std::all_of(mentioned_.begin(), mentioned_.end(), [&](const role* r) {
            const auto index = static_cast<std::size_t>(r - kb_.roles().data());
            return std::binary_search(subjects.begin(), subjects.end(), index);
        });
    }

    answer best_entry() const
    {
        const auto best = std::find_if(hits_.begin(), hits_.end(), [&](const search_index::hit& h) {
            return h.coverage >= min_coverage && on_subject(h);
        });
        if (best == hits_.end()) {
            return unknown();
        }
        const auto ref = kb_.entry(best->document);
        answer a;
        switch (ref.kind) {
        case entry_kind::role:
            return role_card(&kb_.roles()[ref.index]);
        case entry_kind::faq:
            return faq_answer(&kb_.faqs()[ref.index]);
        case entry_kind::path:
            a.kind = answer_kind::path;
            a.path = &kb_.paths()[ref.index];
            return a;
        case entry_kind::topic:
            a.kind = answer_kind::topic;
            a.topic_entry = &kb_.topics()[ref.index];
            return a;
        }
        return unknown();
    }

    answer unknown() const
    {
        answer a;
        for (const auto* r : mentioned_) {
            if (a.closest.size() < max_closest) {
                a.closest.push_back({entry_kind::role, static_cast<std::size_t>(r - kb_.roles().data())});
            }
        }
        for (const auto& h : hits_) {
            if (a.closest.size() == max_closest) {
                break;
            }
            const auto ref = kb_.entry(h.document);
            const bool listed = std::any_of(a.closest.begin(), a.closest.end(), [&](entry_ref c) {
                return c.kind == ref.kind && c.index == ref.index;
            });
            if (!listed && h.coverage > 0) {
                a.closest.push_back(ref);
            }
        }
        return a;
    }

    static answer role_card(const role* r)
    {
        answer a;
        a.kind = answer_kind::role;
        a.role_a = r;
        return a;
    }

    static answer comparison(const role* x, const role* y)
    {
        answer a;
        a.kind = answer_kind::comparison;
        a.role_a = x;
        a.role_b = y;
        return a;
    }

    static answer faq_answer(const faq* f)
    {
        answer a;
        a.kind = answer_kind::faq;
        a.faq_entry = f;
        return a;
    }

    const knowledge_base& kb_;
    std::string text_;
    std::vector<std::string> terms_;
    std::vector<search_index::hit> hits_;
    std::vector<const role*> mentioned_;
};

} // namespace

answer answer_question(const knowledge_base& kb, std::string_view question)
{
    return answer_builder(kb, question).run();
}

} // namespace rolebot::knowledge
