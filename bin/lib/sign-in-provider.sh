# shellcheck shell=bash
# Shell functions shared by the benchmarks that sign people in (benchmarks/sign-in-load.sh,
# benchmarks/console-load.sh): a fast local stand-in for login.gov, mock-oauth2-server in its own
# JVM, from the Maven profile sign-in-provider of benchmarks/transfer-load. Source it after
# bin/lib/server.sh.

# prepare_provider GATLING_PROJECT: compiles the simulations and resolves the provider's classpath
# (PROVIDER_CLASSPATH).
prepare_provider() {
    (cd "$1" && "$ROOT/mvnw" -B -q test-compile \
        && "$ROOT/mvnw" -B -q -P sign-in-provider dependency:build-classpath -DincludeScope=runtime \
            -Dmdep.outputFile=target/sign-in-provider.classpath)
    PROVIDER_CLASSPATH=$(cat "$1/target/sign-in-provider.classpath")
}

# start_provider DIR PORT ISSUER: starts it in the background (configuration and log in DIR) and
# waits until ISSUER's discovery document answers (60 s at most); sets PROVIDER_PID.
# mock-oauth2-server's standalone main: the issuer id is the first path segment (login-gov); with
# interactiveLogin every browser gets the login form and posts its own username (the sub) and
# claims (what userinfo returns); Netty rather than the default MockWebServer, which serves one
# connection at a time.
start_provider() {
    local dir=$1 port=$2 issuer=$3
    echo '{ "interactiveLogin": true, "httpServer": "NettyWrapper" }' >"$dir/provider.json"
    SERVER_HOSTNAME=127.0.0.1 SERVER_PORT="$port" JSON_CONFIG_PATH="$dir/provider.json" LOG_LEVEL=WARN \
        java -Xmx256m -cp "$PROVIDER_CLASSPATH" no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt \
        >"$dir/provider.log" 2>&1 &
    PROVIDER_PID=$!
    for _ in $(seq 1 120); do
        kill -0 "$PROVIDER_PID" 2>/dev/null || fail "the provider stopped while starting; see $dir/provider.log"
        curl -sf --max-time 2 "$issuer/.well-known/openid-configuration" >/dev/null && return 0
        sleep 0.5
    done
    fail "the provider did not answer within 60 seconds; see $dir/provider.log"
}

stop_provider() {
    kill "$PROVIDER_PID" 2>/dev/null || true
    wait "$PROVIDER_PID" 2>/dev/null || true
}
