#!/usr/bin/env bash
# Benchmark of the console's account search (docs/benchmarks.md): AccountSearch itself, on
# EclipseLink in Java SE with the registry's persistence unit, against ACCOUNTS generated accounts
# (default 100,000) on an on-disk Derby database under /tmp and on a throwaway schema of PostgreSQL
# (127.0.0.1:5432, database test, user postgres, no password), both given the real migrations and
# removed afterwards. For each criterion and sort order, times the count and one page of 25 (60
# runs after 10 of warm-up) and prints the median and the 95th percentile ("BENCHMARK ..." lines).
# Builds domain and ejb as they are in the working tree, with the benchmark (benchmarks/account-search,
# a module of the root pom in its profile account-search-benchmark); no WildFly.
#
#   benchmarks/account-search.sh [ACCOUNTS [derby|postgresql]]
#
# Environment: MAVEN_ARGS, options for Maven (e.g. -o to build offline).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
USAGE="usage: benchmarks/account-search.sh [ACCOUNTS [derby|postgresql]]"
ACCOUNTS=${1:-100000}
DATABASE=${2:-}
[[ "$ACCOUNTS" =~ ^[1-9][0-9]*$ && "$DATABASE" =~ ^(derby|postgresql)?$ && $# -le 2 ]] || { echo "$USAGE" >&2; exit 1; }
LOG="$ROOT/benchmarks/account-search/target/account-search.log"

source "$ROOT/bin/lib/server.sh"

mkdir -p "$(dirname "$LOG")"
say "Searching $ACCOUNTS accounts on ${DATABASE:-Derby and PostgreSQL} (Maven's log: $LOG)"
# -am builds domain and ejb first; -Dtest picks the benchmark, and none of their own tests.
(cd "$ROOT" && ./mvnw -B -P account-search-benchmark -pl benchmarks/account-search -am test \
    -Dtest="AccountSearchBenchmark${DATABASE:+#$DATABASE}" -Dsurefire.failIfNoSpecifiedTests=false \
    -Daccounts="$ACCOUNTS") 2>&1 | tee "$LOG" | grep --line-buffered '^BENCHMARK' \
    || { tail -n 40 "$LOG"; fail "the benchmark failed (Maven's log: $LOG)"; }
