#!/usr/bin/env bash
# Benchmark of the transfer submission (docs/benchmarks.md): starts a fresh WildFly with the EAR on
# an empty embedded Derby at WildFly's default heap limit (-Xmx512m) and a local mail server
# (GreenMail), imports a synthetic registry, then
#   1. load: after a warm-up of WARMUP seconds (default 60; unknown numbers only, not measured),
#      USERS browsers (default 50) submit "Transfer or Create Account" (GET the form, POST it)
#      without pause for DURATION seconds (default 60), with Gatling (benchmarks/transfer-load, its
#      own Maven project); Gatling's HTML report shows the curves;
#   2. outbox drain: holds the mail server (SIGSTOP) while EMAILS transfer requests (default 6,000)
#      for as many examiners with an email of their own are submitted and processed, so that the
#      outbox holds them all; releases it (SIGCONT) and times the emails arriving in it.
# Prints the figures, and who used the 2 cores meanwhile (WildFly, the mail server, Gatling and
# Maven, any other process on the machine).
#
#   benchmarks/transfer-load.sh             one WildFly on embedded Derby
#   benchmarks/transfer-load.sh --cluster   the same against bin/cluster: two nodes on PostgreSQL
#                                           (database registry_benchmark, made afresh) behind nginx
#
# Environment: TRANSFER_USERS (50), TRANSFER_DURATION (60), TRANSFER_WARMUP (60; 180 with --cluster),
# OUTBOX_EMAILS (6000), BENCHMARK_PORT_OFFSET (300: http://localhost:8380/, mail on 3325/3443/8325),
# REGISTRY_SKIP_BUILD=1 to use what was built last.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CLUSTER=0
case "${1:-}" in
    "") ;;
    --cluster) CLUSTER=1 ;;
    *) echo "usage: benchmarks/transfer-load.sh [--cluster]" >&2; exit 1 ;;
esac
USERS=${TRANSFER_USERS:-50}
DURATION=${TRANSFER_DURATION:-60}
# Each node of a cluster warms up on half the requests: it needs three times as long.
WARMUP=${TRANSFER_WARMUP:-$((CLUSTER == 1 ? 180 : 60))}
EMAILS=${OUTBOX_EMAILS:-6000}
OFFSET=${BENCHMARK_PORT_OFFSET:-300}
HTTP_PORT=$((8080 + OFFSET))
SMTP_PORT=$((3025 + OFFSET))
IMAP_PORT=$((3143 + OFFSET))
MAIL_API="http://127.0.0.1:$((8025 + OFFSET))"
WORK="$ROOT/ear/target/benchmarks/transfer-load"
((CLUSTER == 0)) || WORK="$ROOT/ear/target/benchmarks/transfer-load-cluster"
GATLING_PROJECT="$ROOT/benchmarks/transfer-load"
# The load uses the first LOAD_EXAMINERS examiners; the outbox drain those after them whose email
# no other account shares (about 97% of them), hence a margin.
LOAD_EXAMINERS=10000
EXAMINERS=$((LOAD_EXAMINERS + EMAILS * 11 / 10 + 100))

source "$ROOT/bin/lib/server.sh"
source "$ROOT/bin/lib/benchmark.sh"

for port in "$HTTP_PORT" "$SMTP_PORT" "$IMAP_PORT" "$((8025 + OFFSET))" "$((9990 + OFFSET))"; do
    port_answers "$port" && fail "port $port is in use: stop what runs there, or set BENCHMARK_PORT_OFFSET"
done
command -v curl >/dev/null || fail "curl is needed (not found)"
command -v python3 >/dev/null || fail "python3 is needed (not found)"

if [[ "${REGISTRY_SKIP_BUILD:-0}" != "1" ]]; then
    say "Building"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi
require_build
say "Compiling the Gatling simulations"
(cd "$GATLING_PROJECT" && "$ROOT/mvnw" -B -q test-compile)

rm -rf "$WORK"
mkdir -p "$WORK"
IMPORT="$WORK/import"
((CLUSTER == 0)) || IMPORT="$WORK/cluster/node-1/data/registry-import"
say "Generating $EXAMINERS examiners (and the generator's default other accounts)"
java -jar "$GENERATOR" --examiners "$EXAMINERS" --out "$WORK/registry.csv"

# Mailboxes in the mail server: one per recipient, and the drain's recipients are all distinct.
mailboxes() { { curl -sf --max-time 10 "$MAIL_API/api/user" || true; } | { grep -o '"email"' || true; } | wc -l; }

# Each browser has an address of its own (127.0.1.x), but makes hundreds of requests: the
# per-address limit (20 an hour) would refuse nearly all of them (same answer, no email).
LIMIT=-Dregistry.transfer.limit.per-source=1000000
if ((CLUSTER == 1)); then
    cluster() {
        REGISTRY_CLUSTER_DIR="$WORK/cluster" REGISTRY_PORT_OFFSET="$OFFSET" REGISTRY_CLUSTER_DATABASE=registry_benchmark \
            REGISTRY_CLUSTER_HOST=127.0.0.1 REGISTRY_SYNTHETIC_REGISTRY=0 REGISTRY_SKIP_BUILD=1 REGISTRY_NODE_OPTIONS="$LIMIT" \
            "$ROOT/bin/cluster" "$@"
    }
    stop_all() {
        if [[ -n "${MAIL_PID:-}" ]]; then kill -CONT "$MAIL_PID" 2>/dev/null || true; fi
        cluster stop
    }
    trap stop_all EXIT
    say "Starting the cluster: two nodes on PostgreSQL, nginx on port $HTTP_PORT (bin/cluster)"
    cluster start --reset
    SERVER_JVM="$(cat "$WORK/cluster/pids/node-1") $(cat "$WORK/cluster/pids/node-2")"
    MAIL_PID=$(cat "$WORK/cluster/pids/mail-server")
    SERVER_LOG="$WORK/cluster/node-1/console.log"
    server_alive() { kill -0 "$(cat "$WORK/cluster/pids/node-1")" 2>/dev/null; }
else
    stop_all() {
        if [[ -n "${MAIL_PID:-}" ]]; then kill -CONT "$MAIL_PID" 2>/dev/null || true; fi
        if [[ -n "${SERVER_PID:-}" ]]; then say "Stopping WildFly"; stop_server; fi
        if [[ -n "${MAIL_PID:-}" ]]; then say "Stopping the mail server"; stop_mail_server; fi
    }
    trap stop_all EXIT
    say "Starting the mail server (SMTP $SMTP_PORT, API $MAIL_API)"
    start_mail_server "$WORK/mail-server.log" "$SMTP_PORT" "$IMAP_PORT" "$((8025 + OFFSET))"
    say "Starting WildFly on port $HTTP_PORT"
    prepare_server "$WORK/server"
    start_server "$WORK/server" "$OFFSET" "$WORK/console.log" \
        -Dregistry.derby.dir="$WORK/derby" -Dregistry.import.dir="$IMPORT" \
        -Djboss.mail.server.host=127.0.0.1 -Djboss.mail.server.port="$SMTP_PORT" \
        -Dregistry.public-url="http://localhost:$HTTP_PORT" "$LIMIT"
    await_deployment "$WORK/server"
    SERVER_JVM=$(ps -o pid= --ppid "$SERVER_PID" | tr -d ' ' | head -n 1)
    [[ -n "$SERVER_JVM" ]] || fail "cannot find WildFly's JVM (child of $SERVER_PID)"
    SERVER_LOG="$WORK/console.log"
    server_alive() { kill -0 "$SERVER_PID" 2>/dev/null; }
fi
trap 'exit 130' INT
trap 'exit 143' TERM

say "Importing the registry"
mkdir -p "$IMPORT/inbox"
cp "$WORK/registry.csv" "$IMPORT/inbox/registry.csv"
until compgen -G "$IMPORT/reports/*.summary.txt" >/dev/null; do
    server_alive || fail "WildFly stopped during the import"
    sleep 1
done
grep -i 'accounts\|rejected' "$IMPORT"/reports/*.summary.txt | head -n 5 || true
sleep 5   # let the server settle after the import

gatling() {
    local simulation=$1
    shift
    (cd "$GATLING_PROJECT" && "$ROOT/mvnw" -B gatling:test \
        -Dgatling.simulationClass="gov.dot.fmcsa.nationalregistry.benchmarks.$simulation" \
        -DbaseUrl="http://127.0.0.1:$HTTP_PORT" -Dregistry="$WORK/registry.csv" \
        -DloadExaminers="$LOAD_EXAMINERS" -Dusers="$USERS" "$@")
}

# --- 1. Load ---
if ((WARMUP > 0)); then
    say "Warm-up: $USERS browsers for $WARMUP s, unknown numbers only (not measured)"
    gatling TransferLoadSimulation -Dduration="$WARMUP" -DknownShare=0 -Dassertions=false -Dgatling.noReports=true \
        >"$WORK/gatling-warmup.log" 2>&1 || fail "the warm-up failed; see $WORK/gatling-warmup.log"
fi
say "Load: $USERS browsers submitting the transfer form for $DURATION s (Gatling)"
SERVER_T0=$(process_ticks "$SERVER_JVM"); MAIL_T0=$(process_ticks "$MAIL_PID"); MACHINE_T0=$(machine_ticks)
times >"$WORK/times-0.txt"; T0=$(now)
LOAD_RC=0
gatling TransferLoadSimulation -Dduration="$DURATION" >"$WORK/gatling-load.log" 2>&1 || LOAD_RC=$?
T1=$(now); SERVER_T1=$(process_ticks "$SERVER_JVM"); MAIL_T1=$(process_ticks "$MAIL_PID"); MACHINE_T1=$(machine_ticks)
times >"$WORK/times-1.txt"
LOAD_SECONDS=$(awk -v a="$T0" -v b="$T1" 'BEGIN { print b - a }')
REPORT=$(newest "$GATLING_PROJECT"/target/gatling/transferloadsimulation-*)
grep -E ' : (true|false) \(actual' "$WORK/gatling-load.log" || true

# During the load the transfer queue (one thread) gets little CPU; it catches up afterwards.
say "Waiting for the server to process what the load left (transfer queue, outbox)"
await_idle
T2=$(now); SERVER_T2=$(process_ticks "$SERVER_JVM")
AFTER_SECONDS=$(awk -v a="$T1" -v b="$T2" 'BEGIN { print b - a - 3 }')
LOAD_MAILBOXES=$(mailboxes)

# --- 2. Outbox drain ---
say "Outbox drain: holding the mail server, submitting $EMAILS transfer requests"
curl -sf -X POST "$MAIL_API/api/service/reset" >/dev/null || fail "the mail server did not reset"
sleep 1
kill -STOP "$MAIL_PID"
BURST_T0=$(now)
BURST_RC=0
gatling OutboxBurstSimulation -Demails="$EMAILS" -Dgatling.noReports=true >"$WORK/gatling-burst.log" 2>&1 || BURST_RC=$?
grep -E ' : (true|false) \(actual' "$WORK/gatling-burst.log" || true
# The transfer queue has processed them all (and the outbox holds their emails) once WildFly is idle.
await_idle
QUEUED_SECONDS=$(awk -v a="$BURST_T0" -v b="$(now)" 'BEGIN { print b - a - 3 }')
say "Releasing the mail server; timing the emails as they arrive"
DRAIN_SERVER_T0=$(process_ticks "$SERVER_JVM"); DRAIN_MAIL_T0=$(process_ticks "$MAIL_PID"); DRAIN_MACHINE_T0=$(machine_ticks)
kill -CONT "$MAIL_PID"
RELEASED=$(now)
FIRST_TIME=""; FIRST_COUNT=0; LAST_TIME=""; LAST_COUNT=0
for _ in $(seq 1 1500); do
    count=$(mailboxes); at=$(now)
    if [[ -z "$FIRST_TIME" && "$count" -gt 0 ]]; then FIRST_TIME=$at; FIRST_COUNT=$count; fi
    if ((count > LAST_COUNT)); then LAST_TIME=$at; LAST_COUNT=$count; fi
    ((count < EMAILS)) || break
    # Nothing new for a minute: give up (the report says how many are missing).
    if [[ -n "$LAST_TIME" ]] && awk -v a="$LAST_TIME" -v b="$at" 'BEGIN { exit !(b - a > 60) }'; then break; fi
    sleep 0.2
done
DRAIN_SERVER_T1=$(process_ticks "$SERVER_JVM"); DRAIN_MAIL_T1=$(process_ticks "$MAIL_PID"); DRAIN_MACHINE_T1=$(machine_ticks)

# --- Figures ---
echo
echo "=== Transfer submission load ($USERS browsers, $DURATION s, closed model; after a $WARMUP s warm-up) ==="
[[ -z "$REPORT" ]] || gatling_table "$REPORT"
MACHINE=$((MACHINE_T1 - MACHINE_T0)); SERVER=$((SERVER_T1 - SERVER_T0)); MAIL=$((MAIL_T1 - MAIL_T0)); CHILDREN=$(($(children_ticks "$WORK/times-1.txt") - $(children_ticks "$WORK/times-0.txt")))
printf 'CPU, in cores of 2, over the %.0f s of the Gatling run (Maven start included): WildFly %s, mail server %s, Gatling and Maven %s, other processes (with --cluster: nginx, PostgreSQL, Keycloak) %s\n' \
    "$LOAD_SECONDS" "$(cores "$SERVER" "$LOAD_SECONDS")" "$(cores "$MAIL" "$LOAD_SECONDS")" "$(cores "$CHILDREN" "$LOAD_SECONDS")" \
    "$(cores $((MACHINE - SERVER - MAIL - CHILDREN)) "$LOAD_SECONDS")"
POSTS=$(grep -E '^> submission / POST' "$WORK/gatling-load.log" | tail -n 1 | awk -F'|' '{ gsub(/[ ,]/, "", $2); print $2 }')
awk -v s="$AFTER_SECONDS" -v m="$LOAD_MAILBOXES" -v c=$((SERVER_T2 - SERVER_T1)) -v l="$SERVER" -v p="${POSTS:-0}" -v hz="$TICKS" \
    'BEGIN { printf "the server processed the load'"'"'s requests until %.0f s after it (%.1f CPU s more); %d mailboxes got mail\n", s, c / hz, m;
             if (p > 0) printf "WildFly CPU per submission: %.1f ms during the load, %.1f ms with the processing after it\n", l * 1000 / hz / p, (l + c) * 1000 / hz / p }'
echo "Gatling report: ${REPORT:-none}/index.html"
echo
echo "=== Outbox drain ($EMAILS emails queued while the mail server was held) ==="
awk -v q="$QUEUED_SECONDS" -v n="$EMAILS" \
    'BEGIN { printf "submitted and processed (emails queued) within %.0f s of the start of the Gatling run\n", q }'
if [[ -n "$FIRST_TIME" && "$LAST_COUNT" -gt "$FIRST_COUNT" ]]; then
    DRAIN_SECONDS=$(awk -v a="$RELEASED" -v b="$LAST_TIME" 'BEGIN { print b - a }')
    awk -v a="$FIRST_TIME" -v b="$LAST_TIME" -v m="$FIRST_COUNT" -v n="$LAST_COUNT" -v r="$RELEASED" \
        'BEGIN { printf "emails received: %d; first seen %.1f s after the release, last %.1f s after it\n", n, a - r, b - r;
                 printf "outbox drain rate (first to last email seen): %.0f emails/s\n", (n - m) / (b - a) }'
    DRAIN_MACHINE=$((DRAIN_MACHINE_T1 - DRAIN_MACHINE_T0)); DRAIN_SERVER=$((DRAIN_SERVER_T1 - DRAIN_SERVER_T0)); DRAIN_MAIL=$((DRAIN_MAIL_T1 - DRAIN_MAIL_T0))
    printf 'CPU, in cores of 2, during the drain: WildFly %s, mail server %s, other processes (this script'"'"'s polling included) %s\n' \
        "$(cores "$DRAIN_SERVER" "$DRAIN_SECONDS")" "$(cores "$DRAIN_MAIL" "$DRAIN_SECONDS")" \
        "$(cores $((DRAIN_MACHINE - DRAIN_SERVER - DRAIN_MAIL)) "$DRAIN_SECONDS")"
else
    echo "no emails arrived"
fi
((LAST_COUNT >= EMAILS)) || echo "MISSING: only $LAST_COUNT of $EMAILS emails arrived"
printf 'server JVM heap limit: %s\n' "$(grep -o -- '-Xmx[0-9]*[mMgG]' "$SERVER_LOG" | head -n 1)"
((LOAD_RC == 0)) || fail "the load missed a target (Gatling's assertions above; its log: $WORK/gatling-load.log)"
((BURST_RC == 0 && LAST_COUNT >= EMAILS)) || fail "the outbox drain went wrong (see above; $WORK/gatling-burst.log)"
