// The real `rolebot` binary: serve, send, ask and kb check, as a user runs them.
#include "tests/support/process.hpp"
#include "tests/support/slack_requests.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include <sys/stat.h>

namespace rolebot::testing {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

const std::string binary = ROLEBOT_BINARY;
const std::string source_dir = ROLEBOT_SOURCE_DIR;

class process_test : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        data_dir = fs::temp_directory_path() /
                   ("rolebot-" + std::string(info->name()) + "-" + std::to_string(::getpid()));
        fs::remove_all(data_dir);
    }
    void TearDown() override { fs::remove_all(data_dir); }

    /// Starts `rolebot serve` on a free port; returns the port it reports.
    std::uint16_t start(child_process& child) { return listening_port(child); }

    fs::path data_dir;
};

std::int64_t unix_now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

TEST_F(process_test, serve_answers_signed_commands_and_stops_on_sigterm)
{
    child_process child({binary, "serve", "--listen", "127.0.0.1:0", "--data", data_dir.string(),
                         "--log-format", "json", "--threads", "2"},
                        {{"SLACK_SIGNING_SECRET", test_secret}});
    const auto port = start(child);
    ASSERT_NE(port, 0);
    const auto res = server::http_request(
        "127.0.0.1", port, signed_command(command_body("/role", "lead"), unix_now()), 5s);
    EXPECT_EQ(res.status, 200U);
    EXPECT_NE(res.body.find("Product Lead"), std::string::npos);

    child.signal(SIGTERM);
    EXPECT_EQ(child.wait(15s), 0);
    EXPECT_NE(child.stderr_text().find("\"stopped\""), std::string::npos);
    // The secret never reaches the log.
    EXPECT_EQ(child.stderr_text().find(test_secret), std::string::npos);
}

TEST_F(process_test, secret_can_come_from_a_file)
{
    fs::create_directories(data_dir);
    const auto secret_file = data_dir / "secret";
    std::ofstream(secret_file) << test_secret << "\n";
    child_process child({binary, "serve", "--listen", "127.0.0.1:0", "--data", data_dir.string(),
                         "--log-format", "json"},
                        {{"SLACK_SIGNING_SECRET_FILE", secret_file.string()}});
    const auto port = start(child);
    ASSERT_NE(port, 0);
    const auto res = server::http_request(
        "127.0.0.1", port, signed_command(command_body("/role", "cpo"), unix_now()), 5s);
    EXPECT_EQ(res.status, 200U);
    EXPECT_NE(res.body.find("Chief Product Officer"), std::string::npos);
}

TEST_F(process_test, local_mode_without_secret_works_with_rolebot_send)
{
    child_process child({binary, "serve", "--listen", "127.0.0.1:0", "--data", data_dir.string(),
                         "--log-format", "json"},
                        {});
    const auto port = start(child);
    ASSERT_NE(port, 0);
    EXPECT_NE(child.wait_for_line("rolebot send", 5s), "");

    const auto secret_file = data_dir / "local-signing-secret";
    struct stat st {};
    ASSERT_EQ(::stat(secret_file.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600U);

    const auto sent =
        run_program({binary, "send", "--url", "http://127.0.0.1:" + std::to_string(port), "--data",
                     data_dir.string(), "/role prodct lead"},
                    {});
    EXPECT_EQ(sent.exit_code, 0) << sent.err;
    EXPECT_NE(sent.out.find("HTTP 200"), std::string::npos);
    EXPECT_NE(sent.out.find("Product Lead"), std::string::npos);

    // An unsigned request still gets nothing.
    server::client_request unsigned_request;
    unsigned_request.target = "/slack/commands";
    unsigned_request.body = command_body("/role", "lead");
    EXPECT_EQ(server::http_request("127.0.0.1", port, unsigned_request, 5s).status, 401U);
}

TEST_F(process_test, local_mode_refuses_to_listen_beyond_loopback)
{
    const auto result =
        run_program({binary, "serve", "--listen", "0.0.0.0:0", "--data", data_dir.string()}, {});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("SLACK_SIGNING_SECRET"), std::string::npos);
}

TEST_F(process_test, invalid_knowledge_directory_stops_start_up_with_its_errors)
{
    const auto result =
        run_program({binary, "serve", "--listen", "127.0.0.1:0", "--data", data_dir.string(),
                     "--knowledge", source_dir + "/tests/fixtures/kb_broken"},
                    {{"SLACK_SIGNING_SECRET", test_secret}});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("roles.json: /roles/1/id: duplicate id"), std::string::npos)
        << result.err;
}

TEST_F(process_test, sighup_and_a_changed_knowledge_directory_swap_in_only_a_valid_base)
{
    const auto kb = data_dir / "kb";
    fs::create_directories(kb);
    for (const auto& file : fs::directory_iterator(source_dir + "/knowledge/data")) {
        if (file.path().extension() == ".json") {
            fs::copy_file(file.path(), kb / file.path().filename());
        }
    }
    std::string original;
    {
        std::ifstream in(kb / "roles.json");
        original.assign(std::istreambuf_iterator<char>(in), {});
    }
    const auto write_roles = [&](const nlohmann::json& doc) {
        std::ofstream(kb / "roles.json") << doc.dump(1);
    };
    const auto with_cpo_summary = [&](const std::string& summary) {
        auto doc = nlohmann::json::parse(original);
        for (auto& role : doc["roles"]) {
            if (role["id"] == "chief-product-officer") {
                role["summary"] = summary;
            }
        }
        return doc;
    };

    child_process child({binary, "serve", "--listen", "127.0.0.1:0", "--data", data_dir.string(),
                         "--knowledge", kb.string(), "--log-format", "json"},
                        {{"SLACK_SIGNING_SECRET", test_secret}});
    const auto port = start(child);
    ASSERT_NE(port, 0);
    const auto cpo_card = [&] {
        return server::http_request("127.0.0.1", port,
                                    signed_command(command_body("/role", "cpo"), unix_now()), 5s)
            .body;
    };
    // Polls the served card until it says `text`; the directory watcher checks every two
    // seconds and waits for the files to settle, so allow several rounds.
    const auto serves = [&](const std::string& text) {
        const auto deadline = std::chrono::steady_clock::now() + 20s;
        while (std::chrono::steady_clock::now() < deadline) {
            if (cpo_card().find(text) != std::string::npos) {
                return true;
            }
            std::this_thread::sleep_for(100ms);
        }
        return false;
    };
    EXPECT_EQ(cpo_card().find("Changed for SIGHUP"), std::string::npos);

    // SIGHUP loads the new files at once.
    write_roles(with_cpo_summary("Changed for SIGHUP: the most senior product executive."));
    child.signal(SIGHUP);
    EXPECT_NE(child.wait_for_line("knowledge base reloaded", 10s), "");
    EXPECT_NE(cpo_card().find("Changed for SIGHUP"), std::string::npos);

    // A broken base is refused with the checker's errors, and the last good one serves on.
    auto broken = nlohmann::json::parse(original);
    broken["roles"][1]["id"] = broken["roles"][0]["id"];
    write_roles(broken);
    child.signal(SIGHUP);
    const auto refused = child.wait_for_line("knowledge base rejected", 10s);
    EXPECT_NE(refused.find("roles.json: /roles/1/id: duplicate id"), std::string::npos) << refused;
    EXPECT_NE(cpo_card().find("Changed for SIGHUP"), std::string::npos);

    // A change to the directory alone is picked up once the files stop changing.
    write_roles(with_cpo_summary("Changed on disk: the most senior product executive."));
    EXPECT_TRUE(serves("Changed on disk")) << child.stderr_text();
}

TEST_F(process_test, ask_prints_the_answer_as_text_and_json)
{
    const auto text = run_program({binary, "ask", "/role lead"}, {});
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_TRUE(text.out.starts_with("Product Lead\n")) << text.out;
    EXPECT_EQ(text.out.find('*'), std::string::npos); // no chat markup in a terminal

    const auto question =
        run_program({binary, "ask", "is a lead PM the same as a product lead?"}, {});
    EXPECT_EQ(question.exit_code, 0);
    EXPECT_TRUE(question.out.starts_with("Is a lead product manager the same as a product lead?"))
        << question.out;

    const auto json = run_program({binary, "ask", "--json", "/role sr pm"}, {});
    EXPECT_EQ(json.exit_code, 0);
    const auto message = nlohmann::json::parse(json.out);
    EXPECT_EQ(message["blocks"][0]["text"]["text"], "Senior Product Manager");
}

TEST_F(process_test, kb_check_accepts_shipped_data_and_reports_errors_by_pointer)
{
    const auto good = run_program({binary, "kb", "check", source_dir + "/knowledge/data"}, {});
    EXPECT_EQ(good.exit_code, 0) << good.out;
    EXPECT_TRUE(good.out.empty());

    const auto bad =
        run_program({binary, "kb", "check", source_dir + "/tests/fixtures/kb_broken"}, {});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.out.find("roles.json: /roles/0/summary: is required\n"), std::string::npos)
        << bad.out;
    EXPECT_NE(bad.out.find("roles.json: /roles/1/next_steps/0: refers to unknown role \"ceo\"\n"),
              std::string::npos)
        << bad.out;
}

TEST_F(process_test, usage_errors_exit_2)
{
    EXPECT_EQ(run_program({binary}, {}).exit_code, 2);
    EXPECT_EQ(run_program({binary, "serve", "--bogus"}, {}).exit_code, 2);
    EXPECT_EQ(run_program({binary, "frobnicate"}, {}).exit_code, 2);
    EXPECT_EQ(run_program({binary, "help"}, {}).exit_code, 0);
}

} // namespace
} // namespace rolebot::testing
