#include "bot/app/args.hpp"
#include "bot/app/commands.hpp"
#include "bot/store/sqlite_store.hpp"

#include <date/date.h>

#include <filesystem>
#include <iostream>

namespace rolebot::app {
namespace {

void print_questions(std::ostream& out, const std::string& title,
                     const std::vector<store::question_count>& rows)
{
    out << title << "\n";
    if (rows.empty()) {
        out << "  (none yet)\n";
    }
    for (const auto& row : rows) {
        out << "  " << std::to_string(row.count) << "x  " << row.text << "  (last "
            << date::format("%F", std::chrono::floor<date::days>(row.last)) << ")\n";
    }
    out << "\n";
}

} // namespace

int report_main(const std::vector<std::string>& argv)
{
    const args a(argv, {"data", "limit"}, {});
    if (!a.positional().empty()) {
        throw usage_error("report takes no arguments besides options");
    }
    const std::filesystem::path data_dir = a.value("data").value_or("var");
    const std::size_t limit = a.value("limit") ? parse_count("limit", *a.value("limit")) : 20;
    const auto file = data_dir / "rolebot.db";
    if (!std::filesystem::exists(file)) {
        std::cerr << "rolebot: no data in " << data_dir.string()
                  << " (rolebot serve --data " << data_dir.string() << " creates it)\n";
        return 1;
    }
    store::sqlite_store st(file.string());
    print_questions(std::cout, "Questions rolebot could not answer, most asked first:",
                    st.frequent_questions(store::question_kind::unanswered, limit));
    print_questions(std::cout, "Answers people marked not helpful:",
                    st.frequent_questions(store::question_kind::not_helpful, limit));
    const auto dead = st.dead_letters(limit);
    std::cout << "Messages Slack refused (dead letters), newest first:\n";
    if (dead.empty()) {
        std::cout << "  (none)\n";
    }
    for (const auto& d : dead) {
        std::cout << "  " << date::format("%F %R", d.at) << "  " << d.key << "  " << d.channel
                  << "  " << d.error << "\n";
    }
    return 0;
}

} // namespace rolebot::app
