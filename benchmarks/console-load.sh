#!/usr/bin/env bash
# Benchmark of the management console (docs/benchmarks.md): a registry of ACCOUNTS
# accounts (default 100,000) some months into the move to login.gov, with ten audit events per
# account (1,000,000), on a fresh WildFly with the EAR on embedded Derby (WildFly's default
# -Xmx512m). The data set is made once and kept in ear/target/benchmarks/console-load/data (delete
# it, or CONSOLE_FRESH=1, to make it again): the synthetic registry imported through the import
# inbox, then the history written straight into Derby with WildFly stopped
# (benchmarks/console/registry-history.sql: statuses, transfer requests, login.gov links, audit
# events). Then, signed in as the first administrator through a fast local login.gov stand-in
# (mock-oauth2-server, as in sign-in-load.sh), with Gatling (benchmarks/transfer-load):
#   1. search: SEARCHES account searches (default 2,000) one after the other, criteria drawn at
#      random (number, name prefix, email, status, type, State, each alone and combined, paged
#      and sorted); target p95 <= 100 ms;
#   2. dashboard: DASHBOARDS loads of the dashboard (default 200); target p95 <= 300 ms;
#   3. export: the audit log's CSV export of all events (its time and size), while WildFly's live
#      heap is sampled every 2 seconds: memory must stay flat.
# Each of 1 and 2 first runs WARMUP seconds (default 60) of the same requests, not counted.
#
#   benchmarks/console-load.sh
#
# Environment: CONSOLE_ACCOUNTS (100000); CONSOLE_SEARCHES (2000); CONSOLE_DASHBOARDS (200);
# CONSOLE_WARMUP (60); CONSOLE_FRESH=1 to make the data set again; BENCHMARK_PORT_OFFSET (800: the
# registry on http://127.0.0.1:8880/, the provider on 8890, mail on 3825/3943/8825, management
# 10790); REGISTRY_SKIP_BUILD=1 to use what was built last.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ACCOUNTS=${CONSOLE_ACCOUNTS:-100000}
OFFSET=${BENCHMARK_PORT_OFFSET:-800}
HTTP_PORT=$((8080 + OFFSET))
WORK="$ROOT/ear/target/benchmarks/console-load"
DATA="$WORK/data"

source "$ROOT/bin/lib/server.sh"

if [[ "${REGISTRY_SKIP_BUILD:-0}" != "1" ]]; then
    say "Building"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi
require_build

# make_data_set: the registry and its history in $DATA/derby (see the head of this file).
make_data_set() {
    rm -rf "$DATA"
    mkdir -p "$DATA/import/inbox"
    prepare_server "$DATA/server"
    local examiners=$((ACCOUNTS * 90 / 100)) assistants=$((ACCOUNTS * 9 / 100))
    say "Generating $ACCOUNTS accounts"
    java -jar "$GENERATOR" --examiners "$examiners" --assistants "$assistants" \
        --third-parties $((ACCOUNTS - examiners - assistants - 10)) --administrators 10 --out "$DATA/registry.csv"
    say "Importing them"
    start_server "$DATA/server" "$OFFSET" "$DATA/console.log" \
        -Dregistry.derby.dir="$DATA/derby" -Dregistry.import.dir="$DATA/import"
    trap stop_server EXIT
    await_deployment "$DATA/server"
    mv "$DATA/registry.csv" "$DATA/import/inbox/registry.csv"
    until compgen -G "$DATA/import/reports/*.summary.txt" >/dev/null; do
        kill -0 "$SERVER_PID" 2>/dev/null || fail "WildFly stopped during the import"
        sleep 2
    done
    cat "$DATA"/import/reports/*.summary.txt
    stop_server
    trap - EXIT
    say "Writing the registry's history into Derby (a few minutes)"
    local derby="$JBOSS_HOME/modules/org/apache/derby/main"
    java -cp "$derby/derby.jar:$derby/derbytools.jar:$derby/derbyshared.jar" \
        -Dij.connection.registry="jdbc:derby:$DATA/derby;user=registry;password=registry" \
        -Dderby.stream.error.file="$DATA/derby-ij.log" \
        org.apache.derby.tools.ij "$ROOT/benchmarks/console/registry-history.sql" | tee "$DATA/history.log"
    grep -q "ERROR" "$DATA/history.log" && fail "writing the history failed; see $DATA/history.log"
    touch "$DATA/complete"
}

if [[ "${CONSOLE_FRESH:-0}" == "1" || ! -f "$DATA/complete" ]]; then
    make_data_set
fi

PROVIDER_PORT=$((8090 + OFFSET))
REGISTRY_URL="http://127.0.0.1:$HTTP_PORT"
ISSUER="http://127.0.0.1:$PROVIDER_PORT/login-gov"
GATLING_PROJECT="$ROOT/benchmarks/transfer-load"
REGISTRY_FILE=$(first_match "$DATA"/import/done/*registry.csv)
source "$ROOT/bin/lib/benchmark.sh"
source "$ROOT/bin/lib/sign-in-provider.sh"

for port in "$HTTP_PORT" "$PROVIDER_PORT" "$((9990 + OFFSET))"; do
    port_answers "$port" && fail "port $port is in use: stop what runs there, or set BENCHMARK_PORT_OFFSET"
done
say "Compiling the Gatling simulations; resolving the provider (mock-oauth2-server)"
prepare_provider "$GATLING_PROJECT"

rm -rf "$WORK/server" "$WORK/run"
mkdir -p "$WORK/run"
prepare_server "$WORK/server"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/run/registry-login-gov.key.pem" 2>/dev/null
chmod 600 "$WORK/run/registry-login-gov.key.pem"

stop_all() {
    [[ -z "${JSTAT_PID:-}" ]] || kill "$JSTAT_PID" 2>/dev/null || true
    if [[ -n "${SERVER_PID:-}" ]]; then say "Stopping WildFly"; stop_server; fi
    if [[ -n "${PROVIDER_PID:-}" ]]; then say "Stopping the provider"; stop_provider; fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "Starting the provider: $ISSUER"
start_provider "$WORK/run" "$PROVIDER_PORT" "$ISSUER"
say "Starting WildFly on the data set: $REGISTRY_URL (the first start after a change applies new migrations)"
start_server "$WORK/server" "$OFFSET" "$WORK/run/console.log" \
    -Dregistry.derby.dir="$DATA/derby" -Dregistry.import.dir="$WORK/run/import" \
    -Dregistry.public-url="$REGISTRY_URL" -Dregistry.first-administrator=9000000001 \
    -Dregistry.login-gov.issuer="$ISSUER" \
    -Dregistry.login-gov.private-key="$WORK/run/registry-login-gov.key.pem"
await_deployment "$WORK/server"
SERVER_JVM=$(ps -o pid= --ppid "$SERVER_PID" | tr -d ' ' | head -n 1)
[[ -n "$SERVER_JVM" ]] || fail "cannot find WildFly's JVM (child of $SERVER_PID)"

# console_gatling PHASE [-Dname=value ...]: runs ConsoleLoadSimulation; its report's folder in REPORT.
console_gatling() {
    local phase=$1
    shift
    (cd "$GATLING_PROJECT" && "$ROOT/mvnw" -B gatling:test \
        -Dgatling.simulationClass=gov.dot.fmcsa.nationalregistry.benchmarks.ConsoleLoadSimulation \
        -Dgatling.enableAnalytics=false -DbaseUrl="$REGISTRY_URL" -Dregistry="$REGISTRY_FILE" \
        -Dphase="$phase" "$@") >"$WORK/run/gatling-$phase.log" 2>&1 || GATLING_FAILED="$GATLING_FAILED $phase"
    REPORT=$(newest "$GATLING_PROJECT"/target/gatling/consoleloadsimulation-*)
}
GATLING_FAILED=""

say "Searches and dashboards, one administrator, one request after the other"
console_gatling interactive -Dsearches="${CONSOLE_SEARCHES:-2000}" -Ddashboards="${CONSOLE_DASHBOARDS:-200}" \
    -Dwarmup="${CONSOLE_WARMUP:-60}"
INTERACTIVE_REPORT=$REPORT

say "The audit log's CSV export of every event; WildFly's live heap measured every 2 seconds"
# live_heap: a full collection, then the old generation in use (MB): what the server really keeps.
live_heap() {
    jcmd "$SERVER_JVM" GC.run >/dev/null && jstat -gc "$SERVER_JVM" | awk 'NR == 2 { printf "%.0f\n", $8 / 1024 }'
}
live_heap >"$WORK/run/live-heap.txt"
(while sleep 2; do live_heap; done) >>"$WORK/run/live-heap.txt" &
JSTAT_PID=$!
# The export of a million events takes minutes: Gatling's default time-out is one.
console_gatling export -Dgatling.http.requestTimeout=1800000
kill "$JSTAT_PID" 2>/dev/null || true
JSTAT_PID=""
live_heap >>"$WORK/run/live-heap.txt"
EXPORT_REPORT=$REPORT

echo
printf 'registry: %s accounts, %s audit events (Derby, WildFly %s)\n' "$ACCOUNTS" "$((ACCOUNTS * 10))" \
    "$(grep -o -- '-Xmx[0-9]*[mMgG]' "$WORK/run/console.log" | head -n 1)"
gatling_table "$INTERACTIVE_REPORT" | grep -Ev '^(warm-up|[0-9] )' || true
gatling_table "$EXPORT_REPORT" | grep -E "^audit log export" || true
grep -h "audit log export bytes" "$WORK/run/gatling-export.log" || true
printf 'WildFly live heap after a full collection, MB (before, every 2 s of the export, after): %s\n' \
    "$(paste -sd ' ' "$WORK/run/live-heap.txt")"
[[ -z "$GATLING_FAILED" ]] || fail "a target was missed or a request failed in:$GATLING_FAILED (see $WORK/run/gatling-*.log)"
