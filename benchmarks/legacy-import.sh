#!/usr/bin/env bash
# Benchmark of the legacy import (docs/benchmarks.md): generates a synthetic registry of ACCOUNTS
# accounts (default 100,000, with their licenses), starts a fresh WildFly with the EAR on an empty
# embedded Derby at WildFly's default heap limit (-Xmx512m), drops the file into the import inbox,
# and prints the server's own figures: rows per second and peak heap.
#
#   benchmarks/legacy-import.sh [ACCOUNTS]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ACCOUNTS=${1:-100000}
OFFSET=${BENCHMARK_PORT_OFFSET:-300}
WORK="$ROOT/ear/target/benchmarks/legacy-import"

source "$ROOT/bin/lib/server.sh"

say "Building"
(cd "$ROOT" && ./mvnw -B -q -DskipTests package)
require_build

rm -rf "$WORK"
prepare_server "$WORK/server"
mkdir -p "$WORK/import"

# 90% examiners, 9% assistants, the rest third parties and 10 administrators: the registry's mix.
EXAMINERS=$((ACCOUNTS * 90 / 100))
ASSISTANTS=$((ACCOUNTS * 9 / 100))
THIRD_PARTIES=$((ACCOUNTS - EXAMINERS - ASSISTANTS - 10))
say "Generating $ACCOUNTS accounts"
java -jar "$GENERATOR" --examiners "$EXAMINERS" --assistants "$ASSISTANTS" \
    --third-parties "$THIRD_PARTIES" --administrators 10 --out "$WORK/registry.csv"
LICENSES=$(awk -F'|' 'NR > 1 { n += (NF - 1) / 3 } END { print n }' "$WORK/registry.csv")

say "Starting WildFly on port $((8080 + OFFSET))"
start_server "$WORK/server" "$OFFSET" "$WORK/console.log" \
    -Dregistry.derby.dir="$WORK/derby" -Dregistry.import.dir="$WORK/import"
trap stop_server EXIT
await_deployment "$WORK/server"

say "Importing $ACCOUNTS accounts with $LICENSES licenses"
STARTED=$(date +%s.%N)
mv "$WORK/registry.csv" "$WORK/import/inbox/registry.csv"
until compgen -G "$WORK/import/reports/*.summary.txt" >/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || fail "WildFly stopped during the import"
    sleep 1
done
FINISHED=$(date +%s.%N)

echo
cat "$WORK"/import/reports/*.summary.txt
printf 'lines in the error report: %d\n' "$(($(wc -l < "$(ls "$WORK"/import/reports/*.errors.csv)") - 1))"
awk -v a="$STARTED" -v b="$FINISHED" \
    'BEGIN { printf "wall clock from drop to report (includes the inbox poll of up to 5 s): %.1f s\n", b - a }'
printf 'server JVM heap limit: %s\n' "$(grep -o -- '-Xmx[0-9]*[mMgG]' "$WORK/console.log" | head -n 1)"
