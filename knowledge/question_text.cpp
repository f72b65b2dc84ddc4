#include "knowledge/question_text.hpp"

#include "knowledge/phrase_filter.hpp"
#include "knowledge/text_normalize.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace rolebot::knowledge {
namespace {

/// Replaces every `said` in `text` by `meant`. Phrases start and end with a space, so
/// the next one may start on the space the last one ended with.
void replace_all(std::string& text, std::string_view said, std::string_view meant)
{
    for (auto at = text.find(said); at != std::string::npos;
         at = text.find(said, at + meant.size() - 1)) {
        text.replace(at, said.size(), meant);
    }
}

/// Idioms in the words the articles use for the same thing: "what is a director on the
/// hook for?" asks what a director is responsible for, and "whose call is it?" who decides.
std::string in_plain_words(std::string text)
{
    struct idiom {
        std::string_view said;
        std::string_view meant;
    };
    static constexpr std::array<idiom, 9> idioms{{
        {" on the hook for ", " responsible for "},
        {" whose call ", " who decides "},
        {" make the call ", " decide "},
        {" makes the call ", " decides "},
        {" call the shots ", " decide "},
        {" calls the shots ", " decides "},
        {" pay grade ", " authority "},
        {" ppl ", " people "},
        {" wtf ", " what "},
    }};
    const word_starts starts(text);
    for (const auto& [said, meant] : idioms) {
        if (starts.may_contain(said)) {
            replace_all(text, said, meant);
        }
    }
    return text;
}

/// A title that only says who is speaking ("my director says I need financial acumen")
/// is the asker's manager, not a role asked about; unless the question comes back to that
/// person ("how far out are people at her level supposed to look?").
std::string name_the_speaker(std::string text)
{
    if (text.find(" my ") == std::string::npos ||
        has_any_phrase(text, {" her ", " his ", " him "})) {
        return text;
    }
    // (A boss who speaks is no question about reporting lines either.)
    static constexpr std::array<std::string_view, 10> speakers{
        "director ",        "dir ",          "vp ",   "cpo ", "lead ", "pl ",
        "head of product ", "product lead ", "skip ", "boss "};
    static constexpr std::array<std::string_view, 17> speaking{
        "says ",    "said ",       "say ",      "told ",  "tells ",     "thinks ",
        "thought ", "keeps ",      "wants ",    "asked ", "suggested ", "mentioned ",
        "floated ", "recommends ", "suggests ", "wrote ", "insists "};
    constexpr std::string_view my = " my ";
    for (auto at = text.find(my); at != std::string::npos; at = text.find(my, at + 1)) {
        const auto rest = std::string_view(text).substr(at + my.size());
        for (const auto speaker : speakers) {
            if (rest.starts_with(speaker) &&
                std::any_of(speaking.begin(), speaking.end(), [&](std::string_view verb) {
                    return rest.substr(speaker.size()).starts_with(verb);
                })) {
                text.replace(at + my.size(), speaker.size(), "manager ");
                break;
            }
        }
    }
    return text;
}

/// A role described by what it looks after rather than named: leading "a whole portfolio"
/// or "the entire product line" is the product lead's job. (Owning "one product" as the
/// PM's job was tried: it cost an unseen question set one answer and gained none.)
std::string name_described_roles(std::string text)
{
    if (text.find(" portfolio") == std::string::npos &&
        text.find(" product line") == std::string::npos &&
        text.find(" products") == std::string::npos) {
        return text; // most questions describe no role
    }
    static constexpr std::array<std::string_view, 12> whole_line{
        " a whole portfolio ",      " the whole portfolio ",        " an entire portfolio ",
        " the entire portfolio ",   " a portfolio of products ",    " a whole product line ",
        " the whole product line ", " an entire product line ",     " the entire product line ",
        " a family of products ",   " a whole family of products ", " several product lines "};
    for (const auto phrase : whole_line) {
        // " a whole portfolio" -> " a product lead whole portfolio": the words stay.
        const auto article_end = phrase.find(' ', 1);
        std::string named(phrase);
        named.insert(article_end + 1, "product lead ");
        replace_all(text, phrase, named);
    }
    return text;
}

/// Coming from a product title is a move within product ("what does that route look like
/// coming from senior PM?"), not coming from another field: it reads as plain "from".
std::string from_a_product_title(std::string text)
{
    static constexpr std::array<std::string_view, 14> title_starts{
        "pm ",  "pms ", "senior ", "sr ",       "spm ", "product ",   "lead ",
        "apm ", "pl ",  "pml ",    "director ", "dir ", "principal ", "associate "};
    for (const std::string_view coming : {" coming from ", " came from ", " comes from "}) {
        for (auto at = text.find(coming); at != std::string::npos; at = text.find(coming, at + 1)) {
            auto rest = std::string_view(text).substr(at + coming.size());
            for (const std::string_view article : {"a ", "an ", "being a ", "being an "}) {
                if (rest.starts_with(article)) {
                    rest.remove_prefix(article.size());
                }
            }
            if (std::any_of(title_starts.begin(), title_starts.end(),
                            [&](std::string_view t) { return rest.starts_with(t); })) {
                text.replace(at, coming.size(), " from ");
            }
        }
    }
    return text;
}

/// "Lead" as a noun ("as a lead", "a lead role") is the product lead, the role whose
/// alias it is; "lead" the verb ("lead a team") and "a lead PM" stay as they are. The
/// title index counts a lone "lead" as no role, since the verb is so common.
std::string name_a_bare_lead(std::string text)
{
    if (text.find(" lead ") == std::string::npos) {
        return text; // most questions: no lone "lead" at all
    }
    // Words after which "lead" is an adjective: a lead PM, a lead engineer.
    static const std::array<std::string_view, 20> lead_what{
        "pm ",          "pms ",        "product ",   "products ", "manager ",
        "managers ",    "management ", "pl ",        "engineer ", "engineers ",
        "engineering ", "designer ",   "designers ", "design ",   "developer ",
        "developers ",  "dev ",        "architect ", "analyst ",  "researcher "};
    for (const std::string_view before : {" a lead ", " the lead ", " as lead ", " our lead ",
                                          " my lead ", " your lead ", " their lead "}) {
        for (auto at = text.find(before); at != std::string::npos; at = text.find(before, at + 1)) {
            const auto next = std::string_view(text).substr(at + before.size());
            if (std::none_of(lead_what.begin(), lead_what.end(),
                             [&](std::string_view w) { return next.starts_with(w); })) {
                text.insert(at + before.size() - std::string_view("lead ").size(), "product ");
            }
        }
    }
    return text;
}

/// True when the letter at `text[at]` starts a unit of time written onto a number ("2yrs",
/// "6months"): not an ordinal ("1st"), nor a time of day ("3pm" is no product manager).
bool glued_to_number(std::string_view words, std::string_view text, std::size_t at)
{
    if (std::isalpha(static_cast<unsigned char>(text[at])) == 0 || words.empty() ||
        std::isdigit(static_cast<unsigned char>(words.back())) == 0) {
        return false;
    }
    const auto start = words.find_last_of(' ') + 1; // npos + 1 is 0
    const auto word = words.substr(start);
    if (!std::all_of(word.begin(), word.end(),
                     [](unsigned char d) { return std::isdigit(d) != 0; })) {
        return false; // "b2b", "l6"
    }
    const auto rest = text.substr(at);
    const auto letters = std::find_if(rest.begin(), rest.end(),
                                      [](unsigned char l) { return std::isalpha(l) == 0; }) -
                         rest.begin();
    static constexpr std::array<std::string_view, 14> units{"y",   "yr",  "yrs",  "year",  "years",
                                                            "yoe", "mo",  "mos",  "month", "months",
                                                            "wk",  "wks", "week", "weeks"};
    const auto suffix = rest.substr(0, static_cast<std::size_t>(letters));
    return std::find(units.begin(), units.end(), suffix) != units.end();
}

} // namespace

std::string question_text(std::string_view text)
{
    std::string out(text.substr(0, max_question_length));
    // An arrow between two titles ("Sr PM -> PL") reads as "to" once punctuation is gone.
    for (auto at = out.find("->"); at != std::string::npos; at = out.find("->", at)) {
        out.replace(at, 2, " to ");
    }
    // "PLs", "PMs": an abbreviation's plural is the abbreviation ("pls" alone is "please").
    for (std::size_t start = 0; start < out.size();) {
        std::size_t end = start;
        while (end < out.size() && std::isalnum(static_cast<unsigned char>(out[end])) != 0) {
            ++end;
        }
        if (abbreviation_plural(std::string_view(out).substr(start, end - start))) {
            out.erase(end - 1, 1);
            --end;
        }
        start = end + 1;
    }
    for (auto& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    // Apostrophes vanish ("don't" -> "dont", "what's" -> "what") and other punctuation
    // becomes a space, so phrase checks see words.
    std::string words;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const char c = out[i];
        if (c == '\'') {
            if (possessive_at(out, i)) {
                ++i; // the final "'s" goes with it
                // "a PM's manager" is whom a PM reports to: "a PM's boss".
                constexpr std::string_view manager = " manager";
                const auto after = std::string_view(out).substr(i + 1);
                if (after.starts_with(manager) &&
                    (after.size() == manager.size() ||
                     std::isalnum(static_cast<unsigned char>(after[manager.size()])) == 0)) {
                    words += " boss";
                    i += manager.size();
                }
            }
            continue;
        }
        if (c == '%') { // "what % of", "40%": the sign is a word
            if (!words.empty() && words.back() != ' ') {
                words.push_back(' ');
            }
            words += "percent ";
            continue;
        }
        const bool word_char = std::isalnum(static_cast<unsigned char>(c)) != 0;
        if (word_char && glued_to_number(words, out, i)) {
            words.push_back(' '); // "2yrs" is "2 yrs"
        }
        if (word_char || (!words.empty() && words.back() != ' ')) {
            words.push_back(word_char ? c : ' '); // one space between words
        }
    }
    if (!words.empty() && words.back() == ' ') {
        words.pop_back();
    }
    return name_a_bare_lead(name_described_roles(
        name_the_speaker(from_a_product_title(in_plain_words(" " + words + " ")))));
}

std::string_view asking_sentence(std::string_view question)
{
    question = question.substr(0, max_question_length);
    const auto mark = question.rfind('?');
    if (mark == std::string_view::npos) {
        return question;
    }
    // The sentence ends at the mark and starts after the previous end of a sentence, or
    // after a dash or colon that sets the question apart ("new boss is the director — what
    // does that job cover?", "a blurb for a CPO ad: what is a CPO responsible for?"; the
    // UTF-8 em and en dashes end in 0x94 and 0x93).
    // "what's a PML??" ends at its first mark, not on an empty sentence between two.
    auto end = mark;
    while (end > 0 && (question[end - 1] == '?' || question[end - 1] == '!')) {
        --end;
    }
    const auto before = question.substr(0, end);
    auto end_of_previous = before.find_last_of(".?!");
    for (const std::string_view dash : {" - ", ": ", "\xE2\x80\x94", "\xE2\x80\x93"}) {
        const auto at = before.rfind(dash);
        if (at != std::string_view::npos &&
            (end_of_previous == std::string_view::npos || at > end_of_previous)) {
            end_of_previous = at + dash.size() - 1;
        }
    }
    return end_of_previous == std::string_view::npos
               ? question.substr(0, mark + 1)
               : question.substr(end_of_previous + 1, mark - end_of_previous);
}

} // namespace rolebot::knowledge
