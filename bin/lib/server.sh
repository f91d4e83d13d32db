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
