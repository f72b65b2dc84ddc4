#include "tests/support/process.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>
#include <thread>

namespace rolebot::testing {
namespace {

using steady = std::chrono::steady_clock;

pid_t spawn(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
            int out_fd, int err_fd)
{
    std::vector<char*> args;
    for (const auto& a : argv) {
        args.push_back(const_cast<char*>(a.c_str()));
    }
    args.push_back(nullptr);
    std::vector<std::string> env_lines;
    for (const auto& [k, v] : env) {
        env_lines.push_back(k + "=" + v);
    }
    std::vector<char*> envp;
    for (auto& line : env_lines) {
        envp.push_back(line.data());
    }
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw std::runtime_error("cannot start " + argv[0]);
    }
    return pid;
}

bool read_some(int fd, std::string& into, int wait_ms)
{
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, wait_ms) <= 0) {
        return false;
    }
    char buffer[4096];
    const auto n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0) {
        return false;
    }
    into.append(buffer, static_cast<std::size_t>(n));
    return true;
}

int exit_code_of(int status)
{
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

run_result run_program(const std::vector<std::string>& argv,
                       const std::map<std::string, std::string>& env,
                       std::chrono::milliseconds limit)
{
    int out_pipe[2];
    int err_pipe[2];
    if (::pipe2(out_pipe, O_CLOEXEC) != 0 || ::pipe2(err_pipe, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const pid_t pid = spawn(argv, env, out_pipe[1], err_pipe[1]);
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);
    run_result result;
    const auto deadline = steady::now() + limit;
    bool out_open = true;
    bool err_open = true;
    while ((out_open || err_open) && steady::now() < deadline) {
        pollfd fds[2] = {{out_open ? out_pipe[0] : -1, POLLIN, 0},
                         {err_open ? err_pipe[0] : -1, POLLIN, 0}};
        if (::poll(fds, 2, 100) <= 0) {
            continue;
        }
        char buffer[4096];
        if (fds[0].revents != 0) {
            const auto n = ::read(out_pipe[0], buffer, sizeof buffer);
            out_open = n > 0;
            if (n > 0) {
                result.out.append(buffer, static_cast<std::size_t>(n));
            }
        }
        if (fds[1].revents != 0) {
            const auto n = ::read(err_pipe[0], buffer, sizeof buffer);
            err_open = n > 0;
            if (n > 0) {
                result.err.append(buffer, static_cast<std::size_t>(n));
            }
        }
    }
    if (out_open || err_open) {
        ::kill(pid, SIGKILL);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    result.exit_code = exit_code_of(status);
    return result;
}

child_process::child_process(const std::vector<std::string>& argv,
                             const std::map<std::string, std::string>& env)
{
    int err_pipe[2];
    if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const int null_out = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    pid_ = spawn(argv, env, null_out, err_pipe[1]);
    ::close(null_out);
    ::close(err_pipe[1]);
    err_fd_ = err_pipe[0];
}

child_process::~child_process()
{
    if (!reaped_) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
    ::close(err_fd_);
}

std::string child_process::wait_for_line(const std::string& needle, std::chrono::milliseconds limit)
{
    const auto deadline = steady::now() + limit;
    for (;;) {
        std::size_t eol;
        while ((eol = err_.find('\n', scanned_)) != std::string::npos) {
            const auto line = err_.substr(scanned_, eol - scanned_);
            scanned_ = eol + 1;
            if (line.find(needle) != std::string::npos) {
                return line;
            }
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - steady::now());
        if (left.count() <= 0 || !read_some(err_fd_, err_, static_cast<int>(left.count()))) {
            return "";
        }
    }
}

void child_process::signal(int number)
{
    ::kill(pid_, number);
}

int child_process::wait(std::chrono::milliseconds limit)
{
    const auto deadline = steady::now() + limit;
    int status = 0;
    while (steady::now() < deadline) {
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            reaped_ = true;
            while (read_some(err_fd_, err_, 0)) {
            }
            return exit_code_of(status);
        }
        read_some(err_fd_, err_, 20);
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, &status, 0);
    reaped_ = true;
    return exit_code_of(status);
}

std::uint16_t listening_port(child_process& child)
{
    const auto line = child.wait_for_line("\"listening\"", std::chrono::seconds(20));
    if (line.empty()) {
        ADD_FAILURE() << "server did not start:\n" << child.stderr_text();
        return 0;
    }
    const auto address = nlohmann::json::parse(line)["address"].get<std::string>();
    return static_cast<std::uint16_t>(std::stoi(address.substr(address.rfind(':') + 1)));
}

} // namespace rolebot::testing
