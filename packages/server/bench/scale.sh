#!/usr/bin/env bash
# `pnpm bench:scale`: the national-club benchmark (bench/scale.mjs), first on PostgreSQL with a
# million members, then on SQLite with 100,000. PostgreSQL is the one DATABASE_URL names, else the
# one .ci/postgres.sh installs and starts (as `.ci/run` does); when neither is possible the
# PostgreSQL run is skipped with a notice. Arguments go to both runs: `pnpm bench:scale --
# --members 20000` is the quick run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
cd "$here/.."
status=0
if [[ "${DATABASE_URL:-}" =~ ^postgres(ql)?:// ]]; then
  echo "bench:scale: PostgreSQL from DATABASE_URL"
else
  # shellcheck source=../../../.ci/postgres.sh
  source "$root/.ci/postgres.sh"
  if ! start_postgres; then
    echo "bench:scale: NOTICE: PostgreSQL could not be installed or started here (.ci/postgres.sh needs apt-get and root, or set DATABASE_URL); the PostgreSQL run is skipped."
    unset DATABASE_URL
  fi
fi
if [ -n "${DATABASE_URL:-}" ]; then
  node bench/scale.mjs --engine postgres "$@" || status=$?
fi
node bench/scale.mjs --engine sqlite --members 100000 "$@" || status=$?
exit "$status"
