# Shell functions shared by bin/run and the benchmarks: a WildFly of the registry with its own
# base folder (configuration, deployments, data, log), so that several can live side by side.
# Source it after setting ROOT to the repository's root.

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31m%s: %s\033[0m\n' "$(basename "$0")" "$*" >&2; exit 1; }

# require_build: finds the WildFly, EAR and generator that the build produced (JBOSS_HOME, EAR, GENERATOR).
require_build() {
    JBOSS_HOME=$(ls -d "$ROOT"/ear/target/wildfly-* 2>/dev/null | head -n 1)
    EAR="$ROOT/ear/target/national-registry.ear"
    GENERATOR=$(ls "$ROOT"/synthetic-registry/target/synthetic-registry-*.jar 2>/dev/null | head -n 1)
    [[ -d "$JBOSS_HOME" && -f "$EAR" && -f "$GENERATOR" ]] || fail "nothing built yet: run 'mvn -DskipTests package'"
}

# prepare_server BASE: the configuration the build prepared and the EAR, in BASE.
prepare_server() {
    local base=$1
    mkdir -p "$base/deployments"
    rm -rf "$base/configuration"
    cp -r "$JBOSS_HOME/standalone/configuration" "$base/configuration"
    rm -f "$base"/deployments/national-registry.ear.*
    cp "$EAR" "$base/deployments/national-registry.ear"
}

# start_server BASE OFFSET CONSOLE_LOG [-Dname=value ...]: starts it in the background; sets SERVER_PID.
start_server() {
    local base=$1 offset=$2 console=$3
    shift 3
    # In the background the script forwards signals to the JVM, so stop_server stops WildFly itself.
    LAUNCH_JBOSS_IN_BACKGROUND=1 "$JBOSS_HOME/bin/standalone.sh" -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset="$offset" "$@" >"$console" 2>&1 &
    SERVER_PID=$!
}

stop_server() {
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
}

# await_deployment BASE: waits for the deployment scanner's verdict on the EAR (3 minutes at most).
await_deployment() {
    local deployments=$1/deployments
    for _ in $(seq 1 180); do
        kill -0 "$SERVER_PID" 2>/dev/null || fail "WildFly stopped while starting; see $1/log/server.log"
        [[ -f "$deployments/national-registry.ear.deployed" ]] && return 0
        if [[ -f "$deployments/national-registry.ear.failed" ]]; then
            cat "$deployments/national-registry.ear.failed" >&2
            stop_server
            fail "the registry failed to deploy; see $1/log/server.log"
        fi
        sleep 1
    done
    stop_server
    fail "the registry was not deployed within 3 minutes; see $1/log/server.log"
}

# start_mail_server LOG SMTP_PORT IMAP_PORT API_PORT: GreenMail standalone (ear/target/greenmail, from the
# build) on 127.0.0.1, in the background, keeping mail in memory; any password is accepted and every
# recipient gets a mailbox. Waits until its SMTP port answers (30 s at most); sets MAIL_PID.
start_mail_server() {
    local log=$1 smtp=$2 imap=$3 api=$4
    local jar="$ROOT/ear/target/greenmail/greenmail-standalone.jar"
    [[ -f "$jar" ]] || fail "no mail server built yet ($jar): run 'mvn -DskipTests package'"
    java -Xmx256m -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" -Dgreenmail.imap.port="$imap" \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api" -Dgreenmail.auth.disabled \
        -jar "$jar" >"$log" 2>&1 &
    MAIL_PID=$!
    for _ in $(seq 1 60); do
        kill -0 "$MAIL_PID" 2>/dev/null || fail "the mail server stopped while starting; see $log"
        port_answers "$smtp" && return 0
        sleep 0.5
    done
    stop_mail_server
    fail "the mail server did not answer on port $smtp within 30 seconds; see $log"
}

stop_mail_server() {
    kill "$MAIL_PID" 2>/dev/null || true
    wait "$MAIL_PID" 2>/dev/null || true
}

# port_answers PORT: whether something listens on 127.0.0.1:PORT.
port_answers() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
