#!/usr/bin/env bash
# Benchmark of signing in with login.gov (docs/benchmarks.md): complete authorization-code round
# trips, registry → provider → callback → account page, against a fast local stand-in for
# login.gov (mock-oauth2-server 6.0.2, its own JVM, from benchmarks/transfer-load's Maven profile
# sign-in-provider). Starts the provider, a local mail server and a fresh WildFly with the EAR on
# an empty embedded Derby (WildFly's default -Xmx512m), configured for the provider with a key
# pair made for the run; imports a synthetic registry, then with Gatling (benchmarks/transfer-load):
#   1. transfer: one "Transfer or Create Account" request for each of ACCOUNTS examiners (default
#      2,000) none of whose emails another account uses; the registry migrates them (only a migrated
#      account links at its first sign-in) and mails them; waits until that is done;
#   2. link: each of them signs in once, which links its login.gov identity (not measured; warms
#      the server up);
#   3. warm-up: WARMUP seconds (default 180) of sign-ins, not measured, their rate growing from a
#      fifth of the first rate to the first rate, as a day's traffic grows: a fresh WildFly still
#      compiles for minutes (its JIT took 2.9 ms of CPU per sign-in after 60 s, 0.1 ms after 180 s),
#      and the full rate at once could tip it into a backlog it never left;
#   4. measure: DURATION seconds (default 60) of new browsers arriving at a constant rate (open
#      model), each signing in an account picked at random: first at the target, 100 a second;
#      then, if the target is met, at 125, 150, 175, 200, 250 and 300 a second until one misses
#      it, else at 80, 60, 50, 40, 30, 20 and 10 a second until one meets it (the target: a 99th
#      percentile of the whole sign-in of at most MAX_P99 ms, default 300, and no failed request).
#      Each run starts with CLIENT_WARMUP seconds (default 15) at the same rate that are not counted:
#      the Gatling JVM is new at each run and compiles its own code on the same 2 cores meanwhile.
# Prints, for each rate, the sign-ins completed per second, the percentiles of the whole round trip
# and of each step, the failures, and who used the 2 cores meanwhile (WildFly, the provider, the
# Gatling JVM, Maven, any other process on the machine), with the CPU of each per sign-in, and the
# highest rate that met the target. Exits 1 when the first rate missed the target.
#
#   benchmarks/sign-in-load.sh
#
# Environment: SIGNIN_ACCOUNTS (2000); SIGNIN_RATES: rates to measure instead, in that order,
# stopping at the first that misses the target (SIGNIN_ALL_RATES=1: going on); SIGNIN_DURATION (60);
# SIGNIN_WARMUP (180); SIGNIN_CLIENT_WARMUP (15); SIGNIN_LINK_RATE (50 a second); SIGNIN_MAX_P99
# (300); SIGNIN_PROFILE=1 to record each measured rate with Java Flight Recorder in WildFly and the
# provider
# (ear/target/benchmarks/sign-in-load/*.jfr; it costs some CPU); BENCHMARK_PORT_OFFSET (900: the
# registry on http://127.0.0.1:8980/, the provider on 8990, mail on 3925/4043/8925, management
# 10890); REGISTRY_SKIP_BUILD=1 to use what was built last.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ACCOUNTS=${SIGNIN_ACCOUNTS:-2000}
TARGET_RATE=100
RATES=${SIGNIN_RATES:-}
DURATION=${SIGNIN_DURATION:-60}
WARMUP=${SIGNIN_WARMUP:-180}
CLIENT_WARMUP=${SIGNIN_CLIENT_WARMUP:-15}
LINK_RATE=${SIGNIN_LINK_RATE:-50}
MAX_P99=${SIGNIN_MAX_P99:-300}
OFFSET=${BENCHMARK_PORT_OFFSET:-900}
HTTP_PORT=$((8080 + OFFSET))
PROVIDER_PORT=$((8090 + OFFSET))
SMTP_PORT=$((3025 + OFFSET))
IMAP_PORT=$((3143 + OFFSET))
MAIL_API_PORT=$((8025 + OFFSET))
# The registry's public address is the one the browsers use: the redirect URI is built from it, and
# the session cookie must come back to the same host.
REGISTRY_URL="http://127.0.0.1:$HTTP_PORT"
ISSUER="http://127.0.0.1:$PROVIDER_PORT/login-gov"
WORK="$ROOT/ear/target/benchmarks/sign-in-load"
GATLING_PROJECT="$ROOT/benchmarks/transfer-load"
# Examiners none of whose emails another account uses are about 95% of them: a margin.
EXAMINERS=$((ACCOUNTS * 11 / 10 + 100))

source "$ROOT/bin/lib/server.sh"
source "$ROOT/bin/lib/benchmark.sh"
source "$ROOT/bin/lib/sign-in-provider.sh"

for port in "$HTTP_PORT" "$PROVIDER_PORT" "$SMTP_PORT" "$IMAP_PORT" "$MAIL_API_PORT" "$((9990 + OFFSET))"; do
    port_answers "$port" && fail "port $port is in use: stop what runs there, or set BENCHMARK_PORT_OFFSET"
done
for tool in curl python3 openssl; do
    command -v "$tool" >/dev/null || fail "$tool is needed (not found)"
done

if [[ "${REGISTRY_SKIP_BUILD:-0}" != "1" ]]; then
    say "Building"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi
require_build
say "Compiling the Gatling simulations; resolving the provider (mock-oauth2-server)"
prepare_provider "$GATLING_PROJECT"

rm -rf "$WORK"
prepare_server "$WORK/server"
mkdir -p "$WORK/import/inbox"
say "Generating $EXAMINERS examiners (and the generator's default other accounts)"
java -jar "$GENERATOR" --examiners "$EXAMINERS" --out "$WORK/registry.csv"
cp "$WORK/registry.csv" "$WORK/import/inbox/registry.csv"

# The registry's login.gov key pair, made for this run the way an operator makes it
# (docs/architecture.md); the provider does not check the client assertions signed with it.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/registry-login-gov.key.pem" 2>/dev/null
chmod 600 "$WORK/registry-login-gov.key.pem"

stop_all() {
    if [[ -n "${GATLING_PID:-}" ]] && kill -0 "$GATLING_PID" 2>/dev/null; then
        kill "$GATLING_PID" 2>/dev/null || true
        wait "$GATLING_PID" 2>/dev/null || true
    fi
    if [[ -n "${SERVER_PID:-}" ]]; then say "Stopping WildFly"; stop_server; fi
    if [[ -n "${MAIL_PID:-}" ]]; then say "Stopping the mail server"; stop_mail_server; MAIL_PID=""; fi
    if [[ -n "${PROVIDER_PID:-}" ]]; then say "Stopping the provider"; stop_provider; fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "Starting the provider: $ISSUER"
start_provider "$WORK" "$PROVIDER_PORT" "$ISSUER"
say "Starting the mail server (SMTP $SMTP_PORT)"
start_mail_server "$WORK/mail-server.log" "$SMTP_PORT" "$IMAP_PORT" "$MAIL_API_PORT"
say "Starting WildFly: $REGISTRY_URL"
# Deep stacks (WildFly's are often deeper than JFR's default 64 frames) for SIGNIN_PROFILE=1.
PROFILE_OPTIONS=""
[[ "${SIGNIN_PROFILE:-0}" != "1" ]] || PROFILE_OPTIONS="-XX:FlightRecorderOptions:stackdepth=512"
JDK_JAVA_OPTIONS="$PROFILE_OPTIONS" start_server "$WORK/server" "$OFFSET" "$WORK/console.log" \
    -Dregistry.derby.dir="$WORK/derby" -Dregistry.import.dir="$WORK/import" \
    -Djboss.mail.server.host=127.0.0.1 -Djboss.mail.server.port="$SMTP_PORT" \
    -Dregistry.public-url="$REGISTRY_URL" \
    -Dregistry.login-gov.issuer="$ISSUER" \
    -Dregistry.login-gov.private-key="$WORK/registry-login-gov.key.pem" \
    -Dregistry.transfer.limit.per-source=1000000
await_deployment "$WORK/server"
SERVER_JVM=$(ps -o pid= --ppid "$SERVER_PID" | tr -d ' ' | head -n 1)
[[ -n "$SERVER_JVM" ]] || fail "cannot find WildFly's JVM (child of $SERVER_PID)"

say "Importing the registry"
until compgen -G "$WORK/import/reports/*.summary.txt" >/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || fail "WildFly stopped during the import"
    sleep 1
done
grep -i 'accounts\|rejected' "$WORK"/import/reports/*.summary.txt | head -n 5 || true

# gatling LOG [-Dname=value ...]: runs SignInLoadSimulation through Maven (in the background, so that
# the CPU of the Gatling JVM it forks can be sampled every half second: GATLING_JVM_TICKS, the last
# sample); sets GATLING_RC.
gatling() {
    local log=$1 maven jvm="" ticks
    shift
    (cd "$GATLING_PROJECT" && exec "$ROOT/mvnw" -B gatling:test \
        -Dgatling.simulationClass=gov.dot.fmcsa.nationalregistry.benchmarks.SignInLoadSimulation \
        -Dgatling.charting.useGroupDurationMetric=true -Dgatling.enableAnalytics=false \
        -DbaseUrl="$REGISTRY_URL" -Dregistry="$WORK/registry.csv" -Daccounts="$ACCOUNTS" \
        -DmaxP99="$MAX_P99" "$@") >"$log" 2>&1 &
    GATLING_PID=$!
    maven=$GATLING_PID
    GATLING_JVM_TICKS=0
    while kill -0 "$maven" 2>/dev/null; do
        # Maven's own child processes before it forks the Gatling JVM are not java.
        [[ -n "$jvm" ]] || jvm=$(ps -o pid=,comm= --ppid "$maven" 2>/dev/null | awk '$2 == "java" { print $1; exit }' || true)
        if [[ -n "$jvm" ]]; then
            ticks=$(process_ticks "$jvm")
            ((ticks == 0)) || GATLING_JVM_TICKS=$ticks
        fi
        sleep 0.5
    done
    GATLING_RC=0
    wait "$maven" || GATLING_RC=$?
    GATLING_PID=""
}

# --- 1. Transfer requests: the accounts become MIGRATED ---
say "Transfer requests for $ACCOUNTS examiners (100 a second), then waiting for the registry to process them"
gatling "$WORK/gatling-transfer.log" -Dphase=transfer -Drate=100 -Dgatling.noReports=true
((GATLING_RC == 0)) || fail "the transfer requests failed; see $WORK/gatling-transfer.log"
await_idle
say "Stopping the mail server (a sign-in sends no mail)"
stop_mail_server
MAIL_PID=""

# --- 2. First sign-ins: the accounts become LINKED ---
say "First sign-ins of the $ACCOUNTS examiners ($LINK_RATE a second): linking their login.gov identities"
gatling "$WORK/gatling-link.log" -Dphase=link -Drate="$LINK_RATE"
((GATLING_RC == 0)) || fail "the first sign-ins failed; see $WORK/gatling-link.log"
LINK_REPORT=$(newest "$GATLING_PROJECT"/target/gatling/signinloadsimulation-*)

# --- 3. Warm-up ---
FIRST_RATE=${RATES%% *}
FIRST_RATE=${FIRST_RATE:-$TARGET_RATE}
if ((WARMUP > 0)); then
    say "Warm-up: from $((FIRST_RATE / 5)) to $FIRST_RATE sign-ins a second over $WARMUP s (not measured)"
    gatling "$WORK/gatling-warmup.log" -Dphase=measure -Drate="$FIRST_RATE" -DrampFrom="$((FIRST_RATE / 5))" \
        -Dduration="$WARMUP" -DclientWarmup=0 \
        -Dassertions=false -Dgatling.noReports=true
fi

# --- 4. Measured rates ---
RESULTS="$WORK/results.txt"
: >"$RESULTS"
# measure RATE: DURATION seconds of RATE new browsers a second; prints the figures, adds a line to
# RESULTS; sets verdict (met or missed).
measure() {
    local rate=$1 count ok ko per_second p50 p95 p99 max mean warm_ok elapsed signins
    say "Measuring: $rate new browsers a second, each signing in once, for $DURATION s; load: $(cut -d ' ' -f 1-3 /proc/loadavg)"
    LOAD_BEFORE=$(cut -d ' ' -f 1 /proc/loadavg)
    SERVER_T0=$(process_ticks "$SERVER_JVM"); PROVIDER_T0=$(process_ticks "$PROVIDER_PID"); MACHINE_T0=$(machine_ticks)
    jvm_threads "$SERVER_JVM" >"$WORK/server-threads-0.txt"; jvm_threads "$PROVIDER_PID" >"$WORK/provider-threads-0.txt"
    if [[ "${SIGNIN_PROFILE:-0}" == "1" ]]; then
        jcmd "$SERVER_JVM" JFR.start name=sign-in settings=profile filename="$WORK/wildfly-$rate.jfr" >/dev/null
        jcmd "$PROVIDER_PID" JFR.start name=sign-in settings=profile filename="$WORK/provider-$rate.jfr" >/dev/null
    fi
    times >"$WORK/times-0.txt"; T0=$(now)
    gatling "$WORK/gatling-$rate.log" -Dphase=measure -Drate="$rate" -Dduration="$DURATION" -DclientWarmup="$CLIENT_WARMUP"
    if [[ "${SIGNIN_PROFILE:-0}" == "1" ]]; then
        jcmd "$SERVER_JVM" JFR.stop name=sign-in >/dev/null || true
        jcmd "$PROVIDER_PID" JFR.stop name=sign-in >/dev/null || true
    fi
    T1=$(now); SERVER_T1=$(process_ticks "$SERVER_JVM"); PROVIDER_T1=$(process_ticks "$PROVIDER_PID"); MACHINE_T1=$(machine_ticks)
    jvm_threads "$SERVER_JVM" >"$WORK/server-threads-1.txt"; jvm_threads "$PROVIDER_PID" >"$WORK/provider-threads-1.txt"
    read -r SERVER_JIT SERVER_GC SERVER_REQ <<<"$(thread_split "$WORK/server-threads-0.txt" "$WORK/server-threads-1.txt")"
    read -r PROVIDER_JIT PROVIDER_GC _ <<<"$(thread_split "$WORK/provider-threads-0.txt" "$WORK/provider-threads-1.txt")"
    times >"$WORK/times-1.txt"
    LOAD_AFTER=$(cut -d ' ' -f 1 /proc/loadavg)
    REPORT=$(newest "$GATLING_PROJECT"/target/gatling/signinloadsimulation-*)
    SECONDS_RUN=$(awk -v a="$T0" -v b="$T1" 'BEGIN { print b - a }')
    SERVER=$((SERVER_T1 - SERVER_T0)); PROVIDER=$((PROVIDER_T1 - PROVIDER_T0)); MACHINE=$((MACHINE_T1 - MACHINE_T0))
    CHILDREN=$(($(children_ticks "$WORK/times-1.txt") - $(children_ticks "$WORK/times-0.txt")))
    # count OK KO %KO count/s min p50 p75 p95 p99 max mean sd, of the whole sign-in
    read -r count ok ko _ _ _ p50 _ p95 p99 max mean _ <<<"$(gatling_row "$REPORT" sign-in)" || true
    read -r _ warm_ok _ <<<"$(gatling_row "$REPORT" warm-up)" || true
    # Completed sign-ins a second: the measured ones over the measured part of the run (which lasts
    # longer than DURATION when the servers fall behind).
    elapsed=$(grep -o '[0-9]* *s elapsed' "$WORK/gatling-$rate.log" | tail -n 1 | tr -dc '0-9')
    per_second=$(awk -v n="${ok:-0}" -v e="${elapsed:-0}" -v w="$CLIENT_WARMUP" -v d="$DURATION" \
        'BEGIN { t = e - w; if (t < d) t = d; printf "%.1f", n / t }')
    echo "=== $rate sign-ins/s for $DURATION s, after $CLIENT_WARMUP s of the same not counted (load average ${LOAD_BEFORE} before, ${LOAD_AFTER} after) ==="
    gatling_table "$REPORT" | awk '/^sign-in / { shown = 1 } shown'
    echo "completed: $per_second sign-ins a second"
    printf 'CPU, in cores of 2, over the %.0f s of the Gatling run (Maven start included): WildFly %s, provider %s, Gatling JVM %s, Maven %s, other processes %s\n' \
        "$SECONDS_RUN" "$(cores "$SERVER" "$SECONDS_RUN")" "$(cores "$PROVIDER" "$SECONDS_RUN")" \
        "$(cores "$GATLING_JVM_TICKS" "$SECONDS_RUN")" "$(cores $((CHILDREN - GATLING_JVM_TICKS)) "$SECONDS_RUN")" \
        "$(cores $((MACHINE - SERVER - PROVIDER - CHILDREN)) "$SECONDS_RUN")"
    signins=$((${ok:-0} + ${warm_ok:-0}))   # CPU per sign-in: the run's CPU over all its sign-ins
    if ((signins > 0)); then
        awk -v s="$SERVER" -v p="$PROVIDER" -v g="$GATLING_JVM_TICKS" -v n="$signins" -v hz="$TICKS" \
            'BEGIN { printf "CPU per sign-in: WildFly %.1f ms, provider %.1f ms, Gatling %.1f ms (its start and report included)\n", s * 1000 / hz / n, p * 1000 / hz / n, g * 1000 / hz / n }'
        awk -v s="$SERVER" -v j="$SERVER_JIT" -v c="$SERVER_GC" -v r="$SERVER_REQ" \
            -v p="$PROVIDER" -v pj="$PROVIDER_JIT" -v pc="$PROVIDER_GC" -v n="$signins" -v hz="$TICKS" \
            'BEGIN { f = 1000 / hz / n
                     printf "  WildFly: request threads %.1f ms, JIT compilers %.1f ms, garbage collector %.1f ms, other threads and ended ones %.1f ms\n", r * f, j * f, c * f, (s - r - j - c) * f
                     printf "  provider: JIT compilers %.1f ms, garbage collector %.1f ms, the rest %.1f ms\n", pj * f, pc * f, (p - pj - pc) * f }'
    fi
    echo "Gatling report: $REPORT/index.html"
    verdict=missed
    [[ "$GATLING_RC" == 0 && -n "${p99:-}" && "${ko:-1}" == 0 && "$p99" -le "$MAX_P99" ]] && verdict=met
    printf '%s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s\n' "$rate" "${count:-0}" "${ko:-?}" "${per_second:-?}" \
        "${mean:-?}" "${p50:-?}" "${p95:-?}" "${p99:-?}" "${max:-?}" "$verdict" \
        "$(awk -v t="$SERVER" -v j="$SERVER_JIT" -v n="$signins" -v hz="$TICKS" 'BEGIN { printf "%.1f(%.1f)", n ? t * 1000 / hz / n : 0, n ? j * 1000 / hz / n : 0 }')" \
        "$(awk -v t="$PROVIDER" -v n="$signins" -v hz="$TICKS" 'BEGIN { printf "%.1f", n ? t * 1000 / hz / n : 0 }')" \
        "$(awk -v t="$GATLING_JVM_TICKS" -v n="$signins" -v hz="$TICKS" 'BEGIN { printf "%.1f", n ? t * 1000 / hz / n : 0 }')" \
        "$(cores $((MACHINE - SERVER - PROVIDER - CHILDREN)) "$SECONDS_RUN")" "$LOAD_BEFORE" "$LOAD_AFTER" >>"$RESULTS"
}

FIRST_OK=""
if [[ -n "$RATES" ]]; then
    for rate in $RATES; do
        measure "$rate"
        [[ -n "$FIRST_OK" ]] || FIRST_OK=$verdict
        [[ "$verdict" == met || "${SIGNIN_ALL_RATES:-0}" == "1" ]] || break
    done
else
    # The target first; then up while it holds, or down until it does.
    measure "$TARGET_RATE"
    FIRST_OK=$verdict
    if [[ "$verdict" == met ]]; then
        for rate in 125 150 175 200 250 300; do
            measure "$rate"
            [[ "$verdict" == met ]] || break
        done
    else
        for rate in 80 60 50 40 30 20 10; do
            measure "$rate"
            [[ "$verdict" == missed ]] || break
        done
    fi
fi

# --- Figures ---
echo
echo "=== First sign-ins (linking), $ACCOUNTS accounts at $LINK_RATE a second ==="
gatling_table "$LINK_REPORT" | grep -E '^(sign-in|4 GET)' || true
echo
echo "=== Sign-ins of linked accounts ($DURATION s each, open model, after a $WARMUP s warm-up; target p99 <= $MAX_P99 ms, no failure) ==="
printf '%-6s %8s %6s %9s %6s %6s %6s %6s %7s  %-7s %-44s %-6s %s\n' rate sign-ins failed "done/s" mean p50 p95 p99 max target \
    "CPU ms/sign-in: WildFly(JIT)/provider/Gatling" others "load avg"
while read -r rate count ko per_second mean p50 p95 p99 max verdict wf pr ga others lb la; do
    printf '%-6s %8s %6s %9s %6s %6s %6s %6s %7s  %-7s %-44s %-6s %s\n' "$rate/s" "$count" "$ko" "$per_second" "$mean" "$p50" \
        "$p95" "$p99" "$max" "$verdict" "$wf / $pr / $ga" "$others" "$lb → $la"
done <"$RESULTS"
printf 'server JVM heap limit: %s\n' "$(grep -o -- '-Xmx[0-9]*[mMgG]' "$WORK/console.log" | head -n 1)"
MET=$(awk '$10 == "met" && $1 > best { best = $1 } END { print best + 0 }' "$RESULTS")
if ((MET > 0)); then
    echo "the highest rate measured that met the target: $MET sign-ins a second"
else
    echo "no rate measured met the target"
fi
[[ "$FIRST_OK" == met ]] || fail "the first rate ($FIRST_RATE a second) missed the target (see above)"
