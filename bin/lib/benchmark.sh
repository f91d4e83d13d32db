# shellcheck shell=bash
# Shell functions shared by the load benchmarks (benchmarks/*-load.sh): CPU accounting from /proc
# and the figures of a Gatling report. Source it after bin/lib/server.sh.

# --- CPU accounting (clock ticks, from /proc) ---
TICKS=$(getconf CLK_TCK)
# process_ticks PID...: the CPU (user + system) the processes have used so far; 0 for one that is gone.
process_ticks() {
    local pid total=0
    for pid in "$@"; do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
    echo "$total"
}
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }   # user nice system irq softirq
# children_ticks FILE: the CPU of this script's finished children (Maven and the Gatling JVM it forks),
# in ticks, from the output of the shell's `times` saved in FILE (which must run in the benchmark's
# shell, not in a $(...) subshell).
children_ticks() {
    awk -v hz="$TICKS" 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] } printf "%d", t * hz }' "$1"
}
now() { date +%s.%N; }
# cores TICKS SECONDS: average cores busy
cores() { awk -v t="$1" -v s="$2" -v hz="$TICKS" 'BEGIN { printf "%.2f", t / hz / s }'; }

# await_idle: waits until WildFly (SERVER_JVM: one pid, or a cluster's, separated by spaces) has used less
# than 5% of a core for 3 seconds in a row (10 minutes at most): the transfer queue and the outbox have done
# what they had to do.
await_idle() {
    local previous current idle=0
    # shellcheck disable=SC2086 # one word per node
    previous=$(process_ticks $SERVER_JVM)
    for _ in $(seq 1 600); do
        sleep 1
        # shellcheck disable=SC2086
        current=$(process_ticks $SERVER_JVM)
        if ((current - previous < TICKS / 20)); then idle=$((idle + 1)); else idle=0; fi
        previous=$current
        ((idle < 3)) || return 0
    done
    fail "WildFly was still busy after 10 minutes"
}

# gatling_table REPORT_DIR: one line per row of the statistics table of Gatling's HTML report
# (all requests, each group, each request): count, failures, rate, mean and percentiles.
gatling_table() {
    [[ -f "$1/index.html" ]] || { echo "no Gatling report in $1"; return 0; }
    # The table's cells: name, count, OK, KO, % KO, count/s, min, p50, p75, p95, p99, max, mean, std dev.
    python3 - "$1/index.html" <<'PYTHON'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
for row in re.findall(r'<tr id="[^"]+"[^>]*>(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cells = re.findall(r'<td class="value [^"]*">([^<]*)</td>', row)
    if name and len(cells) == 13:
        c = dict(zip(["count", "ok", "ko", "pko", "rate", "min", "p50", "p75", "p95", "p99", "max", "mean", "sd"], cells))
        print(f"{name.group(1):22} {c['count']:>7} ({c['ko']} KO)  {c['rate']:>7}/s  mean {c['mean']:>4} ms"
              f"  p50 {c['p50']:>4}  p95 {c['p95']:>4}  p99 {c['p99']:>4}  max {c['max']:>5} ms")
PYTHON
}

# gatling_row REPORT_DIR NAME: the cells of one row of that table, separated by spaces (count OK KO
# %KO count/s min p50 p75 p95 p99 max mean sd); nothing when the row is missing.
gatling_row() {
    [[ -f "$1/index.html" ]] || return 0
    python3 - "$1/index.html" "$2" <<'PYTHON'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
for row in re.findall(r'<tr id="[^"]+"[^>]*>(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cells = re.findall(r'<td class="value [^"]*">([^<]*)</td>', row)
    if name and name.group(1) == sys.argv[2] and len(cells) == 13:
        print(" ".join(cell.replace(",", "").replace(" ", "") for cell in cells))
        break
PYTHON
}

# jvm_threads PID: one line per live thread of the JVM: its id, its kind and the CPU it has used so
# far (ticks). Kinds: jit (the C1 and C2 compilers), gc (G1's threads and the VM thread), requests
# (WildFly's request threads, Undertow's "default task-N" and "default I/O-N"), other (Netty's event
# loops in the provider, timers, ...).
jvm_threads() {
    for stat in /proc/"$1"/task/*/stat; do cat "$stat" 2>/dev/null || true; done | awk '{
        line = $0; lp = index(line, "("); rp = 0
        for (i = length(line); i > lp; i--) if (substr(line, i, 1) == ")") { rp = i; break }
        name = substr(line, lp + 1, rp - lp - 1)
        split(substr(line, rp + 2), field, " ")
        kind = "other"
        if (name ~ /^C[12] CompilerThre/) kind = "jit"
        else if (name ~ /^(GC Thread|G1 |VM Thread)/) kind = "gc"
        else if (name ~ /^default (task|I\/O)-/) kind = "requests"
        print $1, kind, field[12] + field[13]   # utime and stime, fields 14 and 15 of the whole line
    }'
}

# thread_split BEFORE AFTER: from two jvm_threads listings, the CPU each kind used in between, as
# "JIT GC REQUESTS" ticks; a thread that ended in between is not counted (WildFly ends idle request
# threads), so these are lower bounds.
thread_split() {
    awk 'NR == FNR { before[$1] = $3; next }
         { used = $3 - ($1 in before ? before[$1] : 0); total[$2] += used }
         END { printf "%d %d %d\n", total["jit"], total["gc"], total["requests"] }' "$1" "$2"
}
