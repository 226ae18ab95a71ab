#!/usr/bin/env bash
# Runs a command line on a supported Node.js: the Node first on PATH when it is one (22.12+ or
# 24+), else the pinned Node 24 that scripts/use-node.sh installs from the npm registry. The root
# scripts (`pnpm start`, `pnpm test`, the benches) go through it, so a machine whose own Node is
# older still runs them, and its own Node is left alone.
#
#   bash scripts/with-node.sh '<command line>' [argument…]
#
# Arguments after the command line are appended to it, quoted: `pnpm bench:elements -- --baseline
# <dir>` hands `--baseline <dir>` to the bench.
set -euo pipefail
[ "$#" -ge 1 ] || { echo "usage: bash scripts/with-node.sh '<command line>' [argument…]" >&2; exit 2; }
command_line="$1"
shift
if [ "$#" -gt 0 ]; then
  [ "$1" = "--" ] && shift
  [ "$#" -gt 0 ] && command_line="$command_line$(printf ' %q' "$@")"
fi
set -- # a sourced file sees the caller's arguments: use-node.sh must see none
# shellcheck source=scripts/use-node.sh
source "$(dirname "${BASH_SOURCE[0]}")/use-node.sh"
exec bash -c "$command_line"
