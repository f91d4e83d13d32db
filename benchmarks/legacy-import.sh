#!/usr/bin/env bash
# Benchmark of the legacy import (issue "Foundation", docs/benchmarks.md): generates a synthetic
# registry of ACCOUNTS accounts (default 100,000, with their licenses), starts a fresh WildFly
# with the EAR on an empty embedded Derby at WildFly's default heap limit (-Xmx512m), drops the
# file into the import inbox, and prints the server's own figures: rows per second and peak heap.
#
#   benchmarks/legacy-import.sh [ACCOUNTS]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ACCOUNTS=${1:-100000}
OFFSET=${BENCHMARK_PORT_OFFSET:-300}
WORK="$ROOT/ear/target/benchmarks/legacy-import"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "Building"
(cd "$ROOT" && mvn -B -q -DskipTests package)
JBOSS_HOME=$(ls -d "$ROOT"/ear/target/wildfly-* | head -n 1)
GENERATOR=$(ls "$ROOT"/synthetic-registry/target/synthetic-registry-*.jar | head -n 1)

rm -rf "$WORK"
mkdir -p "$WORK/server/deployments" "$WORK/import"
cp -r "$JBOSS_HOME/standalone/configuration" "$WORK/server/configuration"
cp "$ROOT/ear/target/national-registry.ear" "$WORK/server/deployments/"

# 90% examiners, 9% assistants, 1% third parties and administrators: the real registry's mix.
EXAMINERS=$((ACCOUNTS * 90 / 100))
ASSISTANTS=$((ACCOUNTS * 9 / 100))
THIRD_PARTIES=$((ACCOUNTS - EXAMINERS - ASSISTANTS - 10))
say "Generating $ACCOUNTS accounts"
java -jar "$GENERATOR" --examiners "$EXAMINERS" --assistants "$ASSISTANTS" \
    --third-parties "$THIRD_PARTIES" --administrators 10 --out "$WORK/registry.csv"
LICENSES=$(awk -F'|' 'NR > 1 { n += (NF - 1) / 3 } END { print n }' "$WORK/registry.csv")

say "Starting WildFly on port $((8080 + OFFSET))"
"$JBOSS_HOME/bin/standalone.sh" -Djboss.server.base.dir="$WORK/server" \
    -Djboss.socket.binding.port-offset="$OFFSET" -Dregistry.derby.dir="$WORK/derby" \
    -Dregistry.import.dir="$WORK/import" >"$WORK/console.log" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null; wait $SERVER_PID 2>/dev/null' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$((8080 + OFFSET))/"; do
    kill -0 "$SERVER_PID" || { tail -n 30 "$WORK/console.log"; exit 1; }
    sleep 1
done

say "Importing (about $LICENSES licenses)"
STARTED=$(date +%s.%N)
mv "$WORK/registry.csv" "$WORK/import/inbox/registry.csv"
until compgen -G "$WORK/import/reports/*.summary.txt" >/dev/null; do
    sleep 1
done
FINISHED=$(date +%s.%N)

echo
cat "$WORK"/import/reports/*.summary.txt
printf 'rejected rows in the error report: %d\n' "$(($(wc -l < "$(ls "$WORK"/import/reports/*.errors.csv)") - 1))"
awk -v a="$STARTED" -v b="$FINISHED" \
    'BEGIN { printf "wall clock from drop to report (includes the inbox poll of up to 5 s): %.1f s\n", b - a }'
printf 'server JVM: %s\n' "$(grep -o -- '-Xmx[0-9]*[mMgG]' "$WORK/console.log" | head -n 1)"
