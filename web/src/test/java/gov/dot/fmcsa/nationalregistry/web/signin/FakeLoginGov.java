package gov.dot.fmcsa.nationalregistry.web.signin;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for login.gov's OpenID Connect endpoints in unit tests, on 127.0.0.1 and a free port: its
 * discovery document (as login.gov's: RS256, {@code private_key_jwt}, no
 * {@code code_challenge_methods_supported}), its keys, a token endpoint that records each request and
 * answers with the ID token a test set, and a userinfo endpoint that answers with the claims a test set
 * to the holder of the access token it issued. It checks nothing else: the tests check what the
 * registry sent.
 */
final class FakeLoginGov implements AutoCloseable {

    static final String DISCOVERY = "/.well-known/openid-configuration";
    static final String AUTHORIZE = "/openid_connect/authorize";
    static final String TOKEN = "/api/openid_connect/token";
    static final String USERINFO = "/api/openid_connect/userinfo";
    static final String KEYS = "/api/openid_connect/certs";
    static final String LOGOUT = "/openid_connect/logout";

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();
    private volatile boolean answering = true;
    private volatile JWKSet publishedKeys = new JWKSet();
    private volatile String idToken;
    private volatile String accessToken;
    private volatile Map<String, Object> userInfo = Map.of();
    private final Map<String, Object> discoveryChanges = new ConcurrentHashMap<>();

    private FakeLoginGov(HttpServer server) {
        this.server = server;
        server.setExecutor(handlers);
        endpoint(DISCOVERY, exchange -> answer(exchange, 200, JSONObjectUtils.toJSONString(discovery())));
        endpoint(KEYS, exchange -> answer(exchange, 200, publishedKeys.toString()));
        endpoint(TOKEN, this::token);
        endpoint(USERINFO, this::userInfo);
    }

    /** A provider publishing the public halves of {@code signingKeys}. */
    static FakeLoginGov start(RSAKey... signingKeys) throws IOException {
        FakeLoginGov loginGov = new FakeLoginGov(HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        loginGov.publishKeys(signingKeys);
        loginGov.server.start();
        return loginGov;
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    URI tokenEndpoint() {
        return URI.create(issuer() + TOKEN);
    }

    /** From now on the key set holds exactly these keys (their public halves). */
    void publishKeys(RSAKey... keys) {
        publishedKeys = new JWKSet(Arrays.stream(keys).<JWK>map(RSAKey::toPublicJWK).toList());
    }

    /** From now on the discovery document says {@code value} for {@code field}. */
    void advertise(String field, Object value) {
        discoveryChanges.put(field, value);
    }

    /** How many requests (of any method) reached {@code endpoint}. */
    int requestsTo(String endpoint) {
        return requestCounts.getOrDefault(endpoint, new AtomicInteger()).get();
    }

    /** The token endpoint answers every code with {@code idToken} and a new access token. */
    void answerTokenRequestsWith(String idToken) {
        this.idToken = idToken;
    }

    /** The userinfo endpoint answers with {@code claims}; or, when null, refuses every access token. */
    void answerUserInfoWith(Map<String, Object> claims) {
        this.userInfo = claims == null ? null : Map.copyOf(claims);
    }

    /** The form parameters of each token request, oldest first. */
    List<Map<String, String>> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    /** The parameters of a query string or form, as login.gov reads them (each given once). */
    static Map<String, String> parameters(String urlEncoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        URLUtils.parseParameters(urlEncoded).forEach((name, values) -> parameters.put(name, String.join(",", values)));
        return parameters;
    }

    /** From now on every endpoint accepts connections and never answers (until {@link #close()}). */
    void stopAnswering() {
        answering = false;
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void endpoint(String path, HttpHandler handler) {
        requestCounts.put(path, new AtomicInteger());
        server.createContext(path, exchange -> {
            requestCounts.get(path).incrementAndGet();
            handler.handle(exchange);
        });
    }

    private Map<String, Object> discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer());
        document.put("authorization_endpoint", issuer() + AUTHORIZE);
        document.put("token_endpoint", issuer() + TOKEN);
        document.put("userinfo_endpoint", issuer() + USERINFO);
        document.put("jwks_uri", issuer() + KEYS);
        document.put("end_session_endpoint", issuer() + LOGOUT);
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("pairwise"));
        document.put("scopes_supported", List.of("openid", "email", "all_emails"));
        document.putAll(discoveryChanges);
        return document;
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.add(parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        accessToken = UUID.randomUUID().toString();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", accessToken);
        response.put("token_type", "Bearer");
        response.put("expires_in", 900);
        if (idToken != null) {
            response.put("id_token", idToken);
        }
        answer(exchange, 200, JSONObjectUtils.toJSONString(response));
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        Map<String, Object> claims = userInfo;
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (claims == null || !("Bearer " + accessToken).equals(authorization)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            answer(exchange, 401, "");
            return;
        }
        answer(exchange, 200, JSONObjectUtils.toJSONString(claims));
    }

    private void answer(HttpExchange exchange, int status, String json) throws IOException {
        try (exchange) {
            if (!answering) {
                closed.await();
                return;
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
