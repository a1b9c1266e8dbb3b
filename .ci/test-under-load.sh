#!/usr/bin/env bash
# The README's test command several times in a row (default 3) while stress-ng keeps every core
# busy: a test that depends on the machine's speed fails here first. Needs stress-ng
# (`apt-get install stress-ng`). Each run's output goes to test-under-load-<n>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
command -v stress-ng >/dev/null || { echo "stress-ng is missing: apt-get install stress-ng" >&2; exit 2; }

# Every run executes every task: turbo would otherwise replay the cached results of the first.
export TURBO_FORCE=true

stress-ng --cpu "$(nproc)" --quiet &
load=$!
trap 'kill "$load" 2>/dev/null || true' EXIT
echo "stress-ng keeps $(nproc) cores busy (pid $load)"

for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  if npx -y "pnpm@${pnpm_version}" test > "test-under-load-${run}.log" 2>&1; then
    echo "run ${run}/${runs} passed in $(( $(date +%s) - started )) s"
  else
    echo "run ${run}/${runs} FAILED after $(( $(date +%s) - started )) s: see test-under-load-${run}.log" >&2
    exit 1
  fi
done
