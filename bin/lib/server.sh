# shellcheck shell=bash
# Shell functions shared by bin/run and the benchmarks: a WildFly of the registry with its own
# base folder (configuration, deployments, data, log), so that several can live side by side.
# Source it after setting ROOT to the repository's root.

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
# first_match GLOB-RESULT...: the first path a glob matched, or nothing when it matched none.
first_match() { if [[ -e "$1" ]]; then printf '%s' "$1"; fi; }
# newest GLOB-RESULT...: the most recently modified of the paths a glob matched, or nothing.
newest() {
    local found="" path
    for path in "$@"; do
        if [[ -e "$path" && ( -z "$found" || "$path" -nt "$found" ) ]]; then found=$path; fi
    done
    printf '%s' "$found"
}
fail() { printf '\033[31m%s: %s\033[0m\n' "$(basename "$0")" "$*" >&2; exit 1; }

# require_build: finds the WildFly, EAR and generator that the build produced (JBOSS_HOME, EAR, GENERATOR).
require_build() {
    JBOSS_HOME=$(first_match "$ROOT"/ear/target/wildfly-*)
    EAR="$ROOT/ear/target/national-registry.ear"
    GENERATOR=$(first_match "$ROOT"/synthetic-registry/target/synthetic-registry-*.jar)
    [[ -d "$JBOSS_HOME" && -f "$EAR" && -f "$GENERATOR" ]] || fail "nothing built yet: run './mvnw -DskipTests package'"
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

# SERVER_KEYS: the secret keys a registry server needs, 32 random bytes each in Base64, the same on
# every node: the Faces view state and flash cookie (decision 19) and the outbox's link secrets
# (decision 20). Servers read them from the environment, never from the command line (which
# WildFly writes to its log).
SERVER_KEYS=(REGISTRY_FACES_VIEW_STATE_KEY REGISTRY_FACES_FLASH_KEY REGISTRY_OUTBOX_LINK_KEY)

# use_server_keys FILE: the SERVER_KEYS made once per local installation and kept in FILE, readable by
# its owner only (never in the repository), a key added later being added to it; exported, so that
# the servers started next, every node of a cluster alike, use them. A faces-keys.env beside FILE,
# from before the outbox key, is taken over.
use_server_keys() {
    local file=$1 name
    mkdir -p "$(dirname "$file")"
    [[ ! -e "$file" && -s "$(dirname "$file")/faces-keys.env" ]] && mv "$(dirname "$file")/faces-keys.env" "$file"
    (umask 077 && touch "$file") && chmod 600 "$file"
    for name in "${SERVER_KEYS[@]}"; do
        grep -q "^$name=" "$file" || printf '%s=%s\n' "$name" "$(head -c 32 /dev/urandom | base64)" >>"$file"
    done
    set -a
    # shellcheck source=/dev/null # made just above
    source "$file"
    set +a
}

# all_server_keys_set: whether every one of SERVER_KEYS is in the environment.
all_server_keys_set() {
    local name
    for name in "${SERVER_KEYS[@]}"; do
        [[ -n "${!name:-}" ]] || return 1
    done
}

# start_server BASE OFFSET CONSOLE_LOG [-Dname=value ...]: starts it in the background; sets SERVER_PID.
# Without all SERVER_KEYS in the environment, it uses (or makes) those of BASE/server-keys.env.
start_server() {
    local base=$1 offset=$2 console=$3
    shift 3
    all_server_keys_set || use_server_keys "$base/server-keys.env"
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
    [[ -f "$jar" ]] || fail "no mail server built yet ($jar): run './mvnw -DskipTests package'"
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

# The local stand-in for login.gov: Keycloak (docs/decisions/0009), from the dist the build unpacked
# into ear/target, on the JDK it needs (21 or newer: find_login_gov_jdk).
LOGIN_GOV_FILES="$ROOT/ear/src/main/login-gov-stand-in"
# shellcheck disable=SC2034 # for the scripts that source this file
LOGIN_GOV_CLIENT_ID="urn:gov:gsa:openidconnect.profiles:sp:sso:dot:national-registry-local"
# C1 only: starts about a quarter faster on 2 cores, and a stand-in never runs long enough to gain
# from C2. The add-opens spares the log a stack trace at every stop on Java 24+ (JBoss Threads).
LOGIN_GOV_JAVA_OPTS="-XX:TieredStopAtLevel=1 --add-opens=java.base/java.lang=ALL-UNNAMED"

# find_login_gov_jdk: sets LOGIN_GOV_JAVA_HOME to a JDK 21 or newer (bin/lib/login-gov-jdk says
# where it looks; a LOGIN_GOV_JAVA_HOME already set is checked), or fails saying what to install.
find_login_gov_jdk() {
    LOGIN_GOV_JAVA_HOME=$("$ROOT/bin/lib/login-gov-jdk") || fail "the login.gov stand-in (Keycloak) cannot run"
}

# prepare_login_gov DIR: a Keycloak of its own in DIR (copied from the build once per Keycloak version),
# because Keycloak keeps its state in its own folder (data/, and lib/quarkus when it rebuilds itself),
# which the tests' Keycloak in ear/target must not share. Sets LOGIN_GOV_HOME.
prepare_login_gov() {
    local dir=$1 dist
    dist=$(first_match "$ROOT"/ear/target/keycloak-*)
    [[ -x "$dist/bin/kc.sh" ]] || fail "no Keycloak unpacked yet (ear/target/keycloak-*): run './mvnw -DskipTests package'"
    LOGIN_GOV_HOME="$dir/$(basename "$dist")"
    if [[ ! -d "$LOGIN_GOV_HOME" ]]; then
        rm -rf "$dir"
        mkdir -p "$LOGIN_GOV_HOME"
        # Not data/: the tests' Keycloak may be writing there
        cp -r "$dist"/bin "$dist"/conf "$dist"/lib "$dist"/providers "$dist"/themes "$LOGIN_GOV_HOME"/
    fi
}

# start_login_gov LOG PORT REGISTRY_URL: Keycloak in LOGIN_GOV_HOME on 127.0.0.1:PORT, in the background,
# with the realm login-gov (issuer http://localhost:PORT/realms/login-gov) whose client sends people back to
# REGISTRY_URL. In-memory database: every start imports the realm afresh (its users keep their ids).
# Waits until the realm answers (90 s at most); sets LOGIN_GOV_PID.
start_login_gov() {
    local log=$1 port=$2 registry_url=$3
    [[ -x "${LOGIN_GOV_JAVA_HOME:-}/bin/java" ]] || fail "no JDK for the login.gov stand-in (find_login_gov_jdk)"
    [[ -x "${LOGIN_GOV_HOME:-}/bin/kc.sh" ]] || fail "no Keycloak prepared for the local run (prepare_login_gov)"
    # Keycloak imports realm files from its own data/import folder only
    mkdir -p "$LOGIN_GOV_HOME/data/import"
    cp "$LOGIN_GOV_FILES/login-gov-realm.json" "$LOGIN_GOV_HOME/data/import/"
    # LOCAL ONLY: a throwaway bootstrap admin (admin/admin) of a throwaway in-memory Keycloak.
    JAVA_HOME="$LOGIN_GOV_JAVA_HOME" JAVA_OPTS_APPEND="$LOGIN_GOV_JAVA_OPTS" \
        REGISTRY_URL="$registry_url" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        "$LOGIN_GOV_HOME/bin/kc.sh" start-dev --db=dev-mem --import-realm --http-host=127.0.0.1 \
        --http-port="$port" --hostname="http://localhost:$port" >"$log" 2>&1 &
    LOGIN_GOV_PID=$!
    for _ in $(seq 1 180); do
        kill -0 "$LOGIN_GOV_PID" 2>/dev/null || fail "the login.gov stand-in stopped while starting; see $log"
        http_ok "$port" /realms/login-gov/.well-known/openid-configuration && return 0
        sleep 0.5
    done
    stop_login_gov
    fail "the login.gov stand-in did not answer on port $port within 90 seconds; see $log"
}

# kc.sh passes the signal on to Keycloak's JVM and waits for it.
stop_login_gov() {
    kill "$LOGIN_GOV_PID" 2>/dev/null || true
    wait "$LOGIN_GOV_PID" 2>/dev/null || true
}

# http_ok PORT PATH: whether GET http://127.0.0.1:PORT/PATH answers 200 (bash only: curl may be missing).
http_ok() {
    (
        exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        printf 'GET %s HTTP/1.0\r\nHost: localhost:%s\r\n\r\n' "$2" "$1" >&3
        read -r -t 5 _ status _ <&3 && [[ "$status" == 200 ]]
    ) 2>/dev/null
}

# port_answers PORT: whether something listens on 127.0.0.1:PORT.
port_answers() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
