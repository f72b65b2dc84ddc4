#include "knowledge/question_text.hpp"

#include "knowledge/question_rewrites.hpp"
#include "knowledge/text_normalize.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace rolebot::knowledge {
namespace {

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

/// True when a sentence starts the way a question or a request does ("what ...", "is ...",
/// "kindly explain ...").
bool opens_as_a_question(std::string_view sentence)
{
    // After a filler word ("like what do they actually own", "so how long does it take").
    // ("And" or "also" adds a second ask, not the one the message is about.)
    for (const std::string_view filler : {"like ", "so ", "ok so "}) {
        if (sentence.size() > filler.size() &&
            std::equal(filler.begin(), filler.end(), sentence.begin(), [](char f, char c) {
                return f == std::tolower(static_cast<unsigned char>(c));
            })) {
            sentence.remove_prefix(filler.size());
            break;
        }
    }
    static constexpr std::array<std::string_view, 20> starts{
        "what",    "how",    "who",      "why",     "which",   "when",   "where",
        "is ",     "are ",   "can ",     "could ",  "should ", "do ",    "does ",
        "explain", "kindly", "describe", "tell me", "walk me", "give me"};
    std::string lower(sentence.substr(0, 8));
    for (auto& c : lower) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return std::any_of(starts.begin(), starts.end(),
                       [&](std::string_view s) { return lower.starts_with(s); });
}

std::string_view without_leading_spaces(std::string_view text)
{
    while (!text.empty() && text.front() == ' ') {
        text.remove_prefix(1);
    }
    return text;
}

/// With no question mark: the last sentence that starts the way a question or a request
/// does ("Kindly explain what an APM does. I am a fresher joining next month."), else all.
/// A dash sets one apart as a full stop would ("the posting reports into a director of
/// product management - what does a director like that do").
std::string_view asking_without_a_mark(std::string_view question)
{
    std::string_view found = question;
    std::size_t start = 0;
    while (start < question.size()) {
        const auto stop = question.find_first_of(".!:\n", start);
        const auto dash = question.find(" - ", start);
        auto end = std::min(stop, dash);
        if (end == std::string_view::npos) {
            end = question.size();
        }
        const auto sentence = without_leading_spaces(question.substr(start, end - start));
        if (sentence.size() < question.size() && opens_as_a_question(sentence)) {
            found = sentence;
        }
        start = end + (end == dash ? std::string_view(" - ").size() : 1);
    }
    return found;
}

} // namespace

std::string question_text(std::string_view text)
{
    std::string out(text.substr(0, max_question_length));
    // An arrow between two titles ("Sr PM -> PL", "senior PM → product lead") reads as "to"
    // once punctuation is gone.
    for (const std::string_view arrow :
         {std::string_view("->"), std::string_view("\xE2\x86\x92")}) {
        for (auto at = out.find(arrow); at != std::string::npos; at = out.find(arrow, at)) {
            out.replace(at, arrow.size(), " to ");
        }
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
                // "a PM's manager" (or "mgr") is whom a PM reports to: "a PM's boss".
                const auto after = std::string_view(out).substr(i + 1);
                for (const std::string_view manager : {" manager", " mgr"}) {
                    if (after.starts_with(manager) &&
                        (after.size() == manager.size() ||
                         std::isalnum(static_cast<unsigned char>(after[manager.size()])) == 0)) {
                        words += " boss";
                        i += manager.size();
                        break;
                    }
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
    return in_the_bases_words(" " + words + " ");
}

bool starts_with_a_title(std::string_view words)
{
    static constexpr std::array<std::string_view, 23> title_words{
        "pm",  "pms",  "product", "senior",     "sr",      "spm",        "lead",      "director",
        "dir", "head", "vp",      "vice",       "chief",   "cpo",        "principal", "associate",
        "apm", "pl",   "pml",     "management", "manager", "individual", "leadership"};
    for (const std::string_view article : {"a ", "an "}) {
        if (words.starts_with(article)) {
            words.remove_prefix(article.size());
            break;
        }
    }
    const auto word = words.substr(0, words.find(' '));
    return std::find(title_words.begin(), title_words.end(), word) != title_words.end();
}

void replace_every(std::string& text, std::string_view said, std::string_view meant)
{
    // Phrases start and end with a space: the next may start on the one `meant` ends with.
    const auto step = meant.ends_with(' ') ? meant.size() - 1 : meant.size();
    for (auto at = text.find(said); at != std::string::npos; at = text.find(said, at + step)) {
        text.replace(at, said.size(), meant);
    }
}

bool has_any_outside(const phrase_text& text, const phrase_set& phrases,
                     std::initializer_list<std::string_view> other_uses, std::string_view meant)
{
    if (!text.has_any(phrases)) {
        return false;
    }
    if (!text.has_any(other_uses)) {
        return true;
    }
    std::string rest(text.text());
    for (const auto use : other_uses) {
        replace_every(rest, use, meant);
    }
    return phrase_text(rest).has_any(phrases);
}

std::string_view asking_sentence(std::string_view question)
{
    question = question.substr(0, max_question_length);
    const auto mark = question.rfind('?');
    if (mark == std::string_view::npos) {
        return asking_without_a_mark(question);
    }
    // A last clause after the mark that is a question typed without one is the one asked
    // ("CPO - is that like a CEO but for products? what do they actually do").
    if (const auto after = without_leading_spaces(question.substr(mark + 1));
        after.find_first_of(".!") == std::string_view::npos && opens_as_a_question(after)) {
        return after;
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
    // One pass back from the mark to where the previous sentence ends.
    const auto ends_a_sentence = [&](std::size_t p) {
        const auto at = [&](std::size_t back) { return back <= p ? question[p - back] : '\0'; };
        const char c = question[p];
        return c == '.' || c == '?' || c == '!' || (c == ' ' && at(1) == '-' && at(2) == ' ') ||
               (c == ' ' && at(1) == ':') ||
               ((c == '\x94' || c == '\x93') && at(1) == '\x80' && at(2) == '\xE2');
    };
    auto end_of_previous = std::string_view::npos;
    for (auto p = end; p-- > 0;) {
        if (ends_a_sentence(p)) {
            end_of_previous = p;
            break;
        }
    }
    // A sentence that starts with "or" finishes the one before ("am I expected to come up
    // with strategy myself? Or do I just execute?"): both ask.
    const auto starts_with_or = [&](std::size_t from) {
        auto rest = question.substr(from + 1);
        while (!rest.empty() && rest.front() == ' ') {
            rest.remove_prefix(1);
        }
        return rest.size() > 3 && (rest[0] == 'o' || rest[0] == 'O') &&
               (rest[1] == 'r' || rest[1] == 'R') && rest[2] == ' ';
    };
    // So does a bare choice after it ("who do product leads report to? CPO or VP?"): a few
    // words with an "or", not opening as a question of its own, or a guess. (Read as typed: most
    // messages have a sentence before their last, and this runs for each.)
    const auto offers_choices = [&](std::size_t from) {
        constexpr std::size_t most_words = 5;
        const auto sentence = without_leading_spaces(question.substr(from + 1, end - from - 1));
        if (static_cast<std::size_t>(std::count(sentence.begin(), sentence.end(), ' ')) >=
            most_words) {
            return false;
        }
        std::string lower(sentence);
        for (auto& c : lower) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        // ("principal PMs - who do they report to? is it a director?" guesses one.)
        return (lower.find(" or ") != std::string::npos && !opens_as_a_question(lower)) ||
               lower.starts_with("is it a ") || lower.starts_with("is it an ") ||
               lower.starts_with("is it the ");
    };
    if (end_of_previous != std::string_view::npos &&
        (starts_with_or(end_of_previous) || offers_choices(end_of_previous))) {
        const auto or_at = end_of_previous;
        end_of_previous = std::string_view::npos;
        for (auto p = or_at; p-- > 0;) {
            if (ends_a_sentence(p)) {
                end_of_previous = p;
                break;
            }
        }
    }
    return end_of_previous == std::string_view::npos
               ? question.substr(0, mark + 1)
               : question.substr(end_of_previous + 1, mark - end_of_previous);
}

std::string_view askers_opening(std::string_view question)
{
    // Openings are a few words long: the first mark that ends one must come early.
    constexpr std::size_t longest = 40;
    constexpr std::size_t most_words = 6;
    const auto head = question.substr(0, longest);
    auto end = head.find_first_of(",:;.?!");
    if (const auto dash = head.find(" - "); dash < end) {
        end = dash;
    }
    // Or, unmarked, where the question starts after "as a PM" ("as a PM what is the head of
    // product responsible for").
    std::string lower(head);
    for (auto& c : lower) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (lower.starts_with("as a ") || lower.starts_with("as an ")) {
        for (const std::string_view asks :
             {" what ", " whats ", " what's ", " how ", " who ", " whom ", " which ", " is ",
              " are ", " does ", " do ", " should ", " can ", " will "}) {
            end = std::min(end, lower.find(asks));
        }
    }
    if (end == std::string_view::npos) {
        return {};
    }
    const auto opening = question.substr(0, end);
    if (static_cast<std::size_t>(std::count(opening.begin(), opening.end(), ' ')) >= most_words) {
        return {};
    }
    const auto words = question_text(opening);
    const bool says_who = words.ends_with(" here ") || words.starts_with(" as a ") ||
                          words.starts_with(" as an ") || words.starts_with(" im a ") ||
                          words.starts_with(" im an ") || words.starts_with(" i am a ") ||
                          words.find(" trying ") != std::string::npos ||
                          words.find(" hoping ") != std::string::npos ||
                          words.find(" wondering ") != std::string::npos ||
                          words.find(" deciding ") != std::string::npos ||
                          words.find(" eyeing ") != std::string::npos ||
                          words.find(" starting as ") != std::string::npos ||
                          words.find(" started as ") != std::string::npos ||
                          words.find(" joining as ") != std::string::npos ||
                          words.find(" joined as ") != std::string::npos;
    return says_who ? opening : std::string_view{};
}

} // namespace rolebot::knowledge
