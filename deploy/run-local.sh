#!/usr/bin/env bash
# One command for a newcomer: install dependencies, build, show an answer, then run the
# server on loopback with its embedded knowledge base and data under ./var.
set -euo pipefail
cd "$(dirname "$0")/.."

deploy/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev

echo
echo '$ build/rolebot ask "/role lead"'
build/rolebot ask "/role lead"

# Huge pages for malloc, as deploy/rolebot.service runs it.
export GLIBC_TUNABLES="${GLIBC_TUNABLES:-glibc.malloc.hugetlb=1}"
echo '$ build/rolebot serve --listen 127.0.0.1:3000 --data var'
exec build/rolebot serve --listen 127.0.0.1:3000 --data var "$@"
