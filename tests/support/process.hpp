#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <sys/types.h>

namespace rolebot::testing {

/// What a finished program did.
struct run_result {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Runs a program to completion (at most `limit`, then it is killed) with exactly the
/// given environment, and captures its output.
run_result run_program(const std::vector<std::string>& argv,
                       const std::map<std::string, std::string>& env,
                       std::chrono::milliseconds limit = std::chrono::seconds(20));

/// A long-running child (e.g. `rolebot serve`) whose stderr is read line by line.
class child_process {
public:
    child_process(const std::vector<std::string>& argv,
                  const std::map<std::string, std::string>& env);
    ~child_process();
    child_process(const child_process&) = delete;
    child_process& operator=(const child_process&) = delete;

    /// Reads stderr until a line contains `needle`; returns that line, or "" on timeout/exit.
    std::string wait_for_line(const std::string& needle, std::chrono::milliseconds limit);
    /// Sends a signal.
    void signal(int number);
    /// Waits for exit (killing it after `limit`); returns the exit code, or 128+signal.
    int wait(std::chrono::milliseconds limit);
    /// Everything read from stderr so far.
    const std::string& stderr_text() const { return err_; }

private:
    pid_t pid_ = -1;
    int err_fd_ = -1;
    std::string err_;
    std::size_t scanned_ = 0;
    bool reaped_ = false;
};

/// Waits for `rolebot serve` to log "listening" (JSON logs) and returns its port; 0
/// (with a test failure) when it does not start.
std::uint16_t listening_port(child_process& child);

} // namespace rolebot::testing
