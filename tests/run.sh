#!/usr/bin/env bash
# Builds and runs every test. Usage: tests/run.sh [preset]   (dev by default;
# asan-ubsan builds with AddressSanitizer and UndefinedBehaviorSanitizer).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j2
