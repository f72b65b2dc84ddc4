#pragma once

namespace rolebot::app {

/// Runs the rolebot command line: serve, ask, send, kb check, help. Returns the exit code.
int run_cli(int argc, char** argv);

} // namespace rolebot::app
