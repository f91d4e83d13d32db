package gov.dot.fmcsa.nationalregistry.it.support;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The tests' login.gov: the local stand-in (Keycloak with the realm of
 * {@code src/main/login-gov-stand-in/}, docs/decisions/0009) as a process of its own that runs for
 * the whole test run, on 127.0.0.1 and {@code test.login-gov.port}, with the registry's redirect
 * URIs on {@code http://127.0.0.1:<registry.http.port>}. The test server signs in through it
 * (arquillian.xml sets {@code registry.login-gov.*}).
 * <p>
 * Registered as a JUnit launcher session listener (META-INF/services) like {@link TestMailServer}.
 * Keycloak takes 20 seconds to a minute to start, so the session does not wait for it: a test that needs
 * it calls {@link #awaitReady()} first. Every start imports the realm afresh into an in-memory
 * database: the realm's users keep their ids, users made by tests are gone at the next run. Its log
 * is {@code target/login-gov-stand-in.log}.
 */
public final class TestLoginGov implements LauncherSessionListener {

    public static final String CLIENT_ID = "urn:gov:gsa:openidconnect.profiles:sp:sso:dot:national-registry-local";
    public static final String IAL1 = "http://idmanagement.gov/ns/assurance/ial/1";
    public static final String AAL_DEFAULT = "urn:gov:gsa:ac:classes:sp:PasswordProtectedTransport:duo";

    private static final String HOST = "127.0.0.1";
    private static final String REALM = "login-gov";
    private static final String REALM_FILE = "login-gov-realm.json";
    private static final String PRIVATE_KEY_FILE = "THROWAWAY-registry-private-key.pem";
    // Local only: the bootstrap admin of a throwaway in-memory Keycloak
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin";
    // About 50 s the first time after unpacking (Keycloak rebuilds itself), 20 to 40 s later, up to 2
    // minutes while it shares 2 cores with the starting test server
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Process process;
    private static CompletableFuture<Void> ready;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // ClusterIT's cluster brings its own (bin/cluster): test.shared-services=false
        if (Boolean.parseBoolean(System.getProperty("test.shared-services", "true"))) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    public static int port() {
        return Integer.getInteger("test.login-gov.port", 8480);
    }

    /** The issuer, as the registry is configured with it: {@code http://127.0.0.1:<port>/realms/login-gov}. */
    public static String issuer() {
        return "http://" + HOST + ":" + port() + "/realms/" + REALM;
    }

    public static String clientId() {
        return CLIENT_ID;
    }

    /** The registry's throwaway private key (PKCS#8 PEM) whose public key the stand-in's client holds. */
    public static Path privateKeyPath() {
        return standInDir().resolve(PRIVATE_KEY_FILE);
    }

    /** Where the stand-in sends the registry's browser back: the test server, as REGISTRY_URL in the realm. */
    public static String registryUrl() {
        return "http://" + HOST + ":" + Integer.getInteger("registry.http.port", 8280);
    }

    /** Starts the stand-in in the background; does nothing if it runs already. */
    public static synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Process started = launch();
            process = started;
            ready = CompletableFuture.runAsync(() -> awaitDiscovery(started));
        } catch (IOException | IllegalStateException e) {
            ready = CompletableFuture.failedFuture(e);
        }
    }

    /** Waits until the stand-in answers (it may still be starting); fails if it cannot start. */
    public static void awaitReady() {
        CompletableFuture<Void> started;
        synchronized (TestLoginGov.class) {
            if (ready == null) {
                throw new IllegalStateException(
                        "the login.gov stand-in was never started (is TestLoginGov registered?)");
            }
            started = ready;
        }
        try {
            started.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the login.gov stand-in is not available: " + e.getCause().getMessage()
                    + " (its log: " + System.getProperty("test.login-gov.log") + ")", e.getCause());
        }
    }

    /** Stops the stand-in and every process it started (kc.sh runs Keycloak's JVM as its child). */
    public static synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle handle : tree) {
            awaitExit(handle, deadline);
        }
        process = null;
        ready = CompletableFuture.failedFuture(new IllegalStateException("it was stopped"));
    }

    /**
     * Creates an enabled user with a verified email, the given {@code all_emails} (the first being
     * the email) and password, and the realm's default ial and aal; returns its id, which is the
     * {@code sub} the registry sees.
     */
    public static String createUser(String email, List<String> allEmails, String password) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", email);
        user.put("email", email);
        user.put("emailVerified", true);
        user.put("enabled", true);
        user.put("attributes", Map.of("all_emails", allEmails, "ial", List.of(IAL1), "aal", List.of(AAL_DEFAULT)));
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> response = admin("POST", "/users", JSONObjectUtils.toJSONString(user));
        expectStatus(response, 201);
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak created a user but did not say where"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Replaces the user's {@code all_emails}, keeping everything else about them. */
    public static void setAllEmails(String userId, List<String> allEmails) {
        HttpResponse<String> current = admin("GET", "/users/" + userId, null);
        expectStatus(current, 200);
        Map<String, Object> user = parseJson(current.body());
        Map<String, Object> attributes = new LinkedHashMap<>(jsonObject(user.get("attributes")));
        attributes.put("all_emails", allEmails);
        user.put("attributes", attributes);
        expectStatus(admin("PUT", "/users/" + userId, JSONObjectUtils.toJSONString(user)), 204);
    }

    private static Process launch() throws IOException {
        Path home = Path.of(requiredProperty("test.login-gov.keycloak-home"));
        Path javaHome = javaHome();
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kc)) {
            throw new IllegalStateException("no Keycloak at " + home + ": run './mvnw package' first");
        }
        if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
            throw new IllegalStateException("Keycloak needs Java 21 or newer: no JDK at " + javaHome
                    + " (set the Maven property keycloak.java.home)");
        }
        if (portInUse()) {
            throw new IllegalStateException("port " + port() + " is in use: set test.login-gov.port to a free one");
        }
        // Keycloak imports realm files from its own data/import folder only
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(standInDir().resolve(REALM_FILE), imports.resolve(REALM_FILE), StandardCopyOption.REPLACE_EXISTING);

        ProcessBuilder builder = new ProcessBuilder(kc.toString(), "start-dev", "--db=dev-mem", "--import-realm",
                "--http-host=" + HOST, "--http-port=" + port(), "--hostname=http://" + HOST + ":" + port())
                .redirectErrorStream(true)
                .redirectOutput(logFile().toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", javaHome.toString());
        // C1 only: starts about a quarter faster on 2 cores, and a stand-in never runs long enough to gain
        // from C2. The add-opens spares the log a stack trace at every stop on Java 24+ (JBoss Threads).
        environment.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 --add-opens=java.base/java.lang=ALL-UNNAMED");
        environment.put("REGISTRY_URL", registryUrl());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return builder.start();
    }

    private static void awaitDiscovery(Process keycloak) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (!answers()) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit code "
                        + keycloak.exitValue() + ")");
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException("Keycloak did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s");
            }
            sleep(POLL);
        }
    }

    private static boolean portInUse() {
        try {
            new Socket(HOST, port()).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean answers() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    private static void awaitExit(ProcessHandle handle, long deadline) {
        try {
            handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            handle.destroyForcibly();
        } catch (InterruptedException e) {
            handle.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://" + HOST + ":" + port() + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken())
                .timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    /** A fresh token of the bootstrap admin (admin-cli's password grant in the master realm; lives 60 s). */
    private static String adminToken() {
        awaitReady();
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(ADMIN)
                + "&password=" + encode(ADMIN_PASSWORD);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://" + HOST + ":" + port() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response = send(request);
        expectStatus(response, 200);
        return (String) parseJson(response.body()).get("access_token");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Keycloak", e);
        }
    }

    private static void expectStatus(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + response.body());
        }
    }

    private static Map<String, Object> parseJson(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Keycloak answered something that is not a JSON object: " + json, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The Maven property keycloak.java.home, or else the JDK that bin/run would take. */
    private static Path javaHome() throws IOException {
        String configured = System.getProperty("test.login-gov.java-home", "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        Process finder = new ProcessBuilder(requiredProperty("test.login-gov.jdk-finder"))
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String found = new String(finder.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String problem = new String(finder.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (finder.waitFor() != 0) {
                throw new IllegalStateException("the login.gov stand-in cannot start: " + problem
                        + " (or set the Maven property keycloak.java.home)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for a JDK", e);
        }
        return Path.of(found);
    }

    private static Path standInDir() {
        return Path.of(requiredProperty("test.login-gov.dir"));
    }

    private static Path logFile() {
        return Path.of(requiredProperty("test.login-gov.log"));
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (failsafe sets it: ear/pom.xml)");
        }
        return value;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }
}
