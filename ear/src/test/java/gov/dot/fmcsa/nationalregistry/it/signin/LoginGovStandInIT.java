package gov.dot.fmcsa.nationalregistry.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import gov.dot.fmcsa.nationalregistry.it.support.StandInBrowser;
import gov.dot.fmcsa.nationalregistry.it.support.TestLoginGov;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that the local login.gov stand-in (TestLoginGov, docs/decisions/0009) behaves as login.gov
 * where the registry relies on it, by acting as the registry's OpenID Connect client over HTTP,
 * without a browser and without the registry: the authorization code flow with PKCE S256, state,
 * nonce, acr_values and prompt=select_account; private_key_jwt client authentication with the
 * throwaway key; the claims of the ID token and of userinfo; what must be refused; logout without
 * id_token_hint.
 */
class LoginGovStandInIT {

    private static final String AUTH_ONLY = "urn:acr.login.gov:auth-only";
    private static final String CARMEN_ID = "294190f8-4d4c-4b20-aedb-e9edf4120c19";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");
    private static final Pattern SESSION_CODE = Pattern.compile("name=\"session_code\" value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static Map<String, Object> discovery;
    private static RSAKey registryKey;

    @BeforeAll
    static void standInIsUp() throws Exception {
        TestLoginGov.awaitReady();
        discovery = JSONObjectUtils.parse(get(TestLoginGov.issuer() + "/.well-known/openid-configuration").body());
        registryKey = throwawayKey();
    }

    @Test
    void signInGivesTheRegistryASignedIdTokenAndEveryEmailInUserinfo() throws Exception {
        StandInBrowser carmen = new StandInBrowser();
        AuthorizationRequest request = new AuthorizationRequest();
        String code = signIn(carmen, request, "carmen.work@example.net", "carmen.work");

        HttpResponse<String> tokens = redeem(code, request.verifier, assertion(registryKey));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        Map<String, Object> tokenResponse = JSONObjectUtils.parse(tokens.body());
        assertThat(tokenResponse).doesNotContainKey("refresh_token");

        SignedJWT idToken = SignedJWT.parse((String) tokenResponse.get("id_token"));
        assertThat(idToken.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(idToken.verify(new RSASSAVerifier(realmKey(idToken.getHeader().getKeyID())))).isTrue();
        JWTClaimsSet claims = idToken.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(TestLoginGov.issuer());
        assertThat(claims.getAudience()).contains(TestLoginGov.clientId());
        assertThat(claims.getSubject()).isEqualTo(CARMEN_ID);
        assertThat(claims.getStringClaim("nonce")).isEqualTo(request.nonce);
        assertThat(claims.getStringClaim("acr")).isEqualTo(AUTH_ONLY);
        assertThat(claims.getExpirationTime()).isAfter(new Date());
        // As at login.gov, emails come from userinfo only
        assertThat(claims.getClaims()).doesNotContainKeys("email", "all_emails");

        Map<String, Object> userinfo = userinfo((String) tokenResponse.get("access_token"));
        assertThat(userinfo).containsEntry("sub", CARMEN_ID)
                .containsEntry("email", "carmen.work@example.net")
                .containsEntry("email_verified", true)
                .containsEntry("ial", TestLoginGov.IAL1)
                .containsEntry("aal", TestLoginGov.AAL_DEFAULT);
        assertThat(userinfo.get("all_emails"))
                .isEqualTo(List.of("carmen.work@example.net", "carmen.secondary@example.org"));
    }

    /** Every user of the realm file signs in with the part of the email before the @, under the same id each start. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("realmUsers")
    void eachRealmUserSignsInWithTheFirstPartOfTheEmailAndKeepsTheirId(String email, String id, List<String> allEmails)
            throws Exception {
        Map<String, Object> userinfo = signInAndGetUserinfo(email, email.substring(0, email.indexOf('@')));

        assertThat(userinfo).containsEntry("sub", id).containsEntry("email", email);
        assertThat(userinfo.get("all_emails")).isEqualTo(allEmails);
    }

    @Test
    void aClientAssertionIsAcceptedOnce() throws Exception {
        AuthorizationRequest first = new AuthorizationRequest();
        String firstCode = signIn(new StandInBrowser(), first, "ada.lovelace@example.com", "ada.lovelace");
        AuthorizationRequest second = new AuthorizationRequest();
        String secondCode = signIn(new StandInBrowser(), second, "ada.lovelace@example.com", "ada.lovelace");
        String assertion = assertion(registryKey);
        assertThat(redeem(firstCode, first.verifier, assertion).statusCode()).isEqualTo(200);

        HttpResponse<String> replay = redeem(secondCode, second.verifier, assertion);

        assertThat(replay.statusCode()).as(replay.body()).isIn(400, 401);
        assertThat(replay.body()).contains("invalid_client");
        // The code itself was good: only the reused jti was refused
        assertThat(redeem(secondCode, second.verifier, assertion(registryKey)).statusCode()).isEqualTo(200);
    }

    @Test
    void aClientAssertionSignedWithAnotherKeyIsRefused() throws Exception {
        AuthorizationRequest request = new AuthorizationRequest();
        String code = signIn(new StandInBrowser(), request, "ada.lovelace@example.com", "ada.lovelace");

        HttpResponse<String> response = redeem(code, request.verifier, assertion(otherKeyWithTheRegistrysKid()));

        assertThat(response.statusCode()).as(response.body()).isIn(400, 401);
        assertThat(response.body()).contains("invalid_client");
        assertThat(redeem(code, request.verifier, assertion(registryKey)).statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeIsRedeemedOnlyWithItsVerifier() throws Exception {
        AuthorizationRequest withoutVerifier = new AuthorizationRequest();
        String firstCode = signIn(new StandInBrowser(), withoutVerifier, "ada.lovelace@example.com", "ada.lovelace");
        AuthorizationRequest wrongVerifier = new AuthorizationRequest();
        String secondCode = signIn(new StandInBrowser(), wrongVerifier, "ada.lovelace@example.com", "ada.lovelace");

        HttpResponse<String> missing = redeem(firstCode, null, assertion(registryKey));
        HttpResponse<String> wrong = redeem(secondCode, new AuthorizationRequest().verifier, assertion(registryKey));

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("invalid_grant");
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(wrong.body()).contains("invalid_grant");
    }

    @Test
    void anAuthorizationRequestWithoutCodeChallengeIsRefused() {
        AuthorizationRequest request = new AuthorizationRequest();
        Map<String, String> parameters = request.parameters();
        parameters.remove("code_challenge");
        parameters.remove("code_challenge_method");

        HttpResponse<String> response = new StandInBrowser().get(authorizationUrl(parameters));

        // Back to the registry with an error and no code, before any login page
        assertThat(response.statusCode()).isEqualTo(302);
        Map<String, String> callback = query(location(response));
        assertThat(callback).containsEntry("error", "invalid_request").containsEntry("state", request.state)
                .doesNotContainKey("code");
    }

    @Test
    void anUnregisteredRedirectUriIsRefused() {
        Map<String, String> parameters = new AuthorizationRequest().parameters();
        parameters.put("redirect_uri", TestLoginGov.registryUrl() + "/login-gov/callback/elsewhere");

        HttpResponse<String> response = new StandInBrowser().get(authorizationUrl(parameters));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("Invalid parameter: redirect_uri");
    }

    @Test
    void signingOutWithoutIdTokenHintConfirmsThenReturnsToTheRegistryWithTheState() throws Exception {
        StandInBrowser ada = new StandInBrowser();
        signIn(ada, new AuthorizationRequest(), "ada.lovelace@example.com", "ada.lovelace");
        String state = randomToken();
        String signedOut = TestLoginGov.registryUrl() + "/login-gov/signed-out";

        HttpResponse<String> confirmation = ada.get(endpoint("end_session_endpoint") + "?" + form(Map.of(
                "client_id", TestLoginGov.clientId(), "post_logout_redirect_uri", signedOut, "state", state)));
        assertThat(confirmation.statusCode()).as(confirmation.body()).isEqualTo(200);
        HttpResponse<String> confirmed = ada.post(absolute(formAction(confirmation.body(), FORM_ACTION)),
                Map.of("session_code", match(SESSION_CODE, confirmation.body()), "confirmLogout", "Logout"));

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
        assertThat(location(confirmed)).isEqualTo(signedOut + "?state=" + state);
        // The session has ended: the next sign-in asks for the password again
        HttpResponse<String> again = ada.get(authorizationUrl(new AuthorizationRequest().parameters()));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("kc-form-login");
    }

    @Test
    void testsCanMakeUsersOfTheirOwnAndChangeTheirEmails() throws Exception {
        String email = "stand-in-" + UUID.randomUUID() + "@example.org";
        String id = TestLoginGov.createUser(email, List.of(email), "a-password");
        assertThat(signInAndGetUserinfo(email, "a-password")).containsEntry("sub", id)
                .containsEntry("email", email).containsEntry("email_verified", true)
                .containsEntry("all_emails", List.of(email)).containsEntry("ial", TestLoginGov.IAL1);

        TestLoginGov.setAllEmails(id, List.of(email, "another." + email));

        assertThat(signInAndGetUserinfo(email, "a-password")).containsEntry("sub", id)
                .containsEntry("all_emails", List.of(email, "another." + email));
    }

    @Test
    void theCommittedPublicKeySetHoldsTheThrowawayKeyUnderItsThumbprintAsTheRealmDoes() throws Exception {
        Path jwksFile = TestLoginGov.privateKeyPath().resolveSibling("THROWAWAY-registry-public-jwks.json");
        JWKSet publicKeys = JWKSet.parse(Files.readString(jwksFile));
        List<RSAKey> keys = publicKeys.getKeys().stream().map(key -> key.toRSAKey()).toList();

        assertThat(keys).hasSize(1);
        RSAKey published = keys.get(0);
        assertThat(published.getModulus()).isEqualTo(registryKey.getModulus());
        assertThat(published.getPublicExponent()).isEqualTo(registryKey.getPublicExponent());
        assertThat(published.getKeyID()).isEqualTo(published.computeThumbprint("SHA-256").toString());
        assertThat(published.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(published.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(published.isPrivate()).isFalse();
        Map<String, Object> client = asObject(JSONObjectUtils.getJSONArray(realm(), "clients").get(0));
        assertThat(JWKSet.parse((String) asObject(client.get("attributes")).get("jwks.string")).toJSONObject())
                .isEqualTo(publicKeys.toJSONObject());
    }

    static Stream<Arguments> realmUsers() throws IOException, ParseException {
        List<Object> users = JSONObjectUtils.getJSONArray(realm(), "users");
        return users.stream().map(LoginGovStandInIT::asObject).map(user -> Arguments.of(
                user.get("email"), user.get("id"), asObject(user.get("attributes")).get("all_emails")));
    }

    /** The realm file as committed (before Keycloak replaces its placeholders). */
    private static Map<String, Object> realm() throws IOException, ParseException {
        return JSONObjectUtils.parse(
                Files.readString(TestLoginGov.privateKeyPath().resolveSibling("login-gov-realm.json")));
    }

    private static Map<String, Object> signInAndGetUserinfo(String email, String password) throws Exception {
        AuthorizationRequest request = new AuthorizationRequest();
        String code = signIn(new StandInBrowser(), request, email, password);
        HttpResponse<String> tokens = redeem(code, request.verifier, assertion(registryKey));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return userinfo((String) JSONObjectUtils.parse(tokens.body()).get("access_token"));
    }

    /** The token request of the registry: the code, its PKCE verifier (if any) and a private_key_jwt assertion. */
    private static HttpResponse<String> redeem(String code, String verifier, String assertion) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("redirect_uri", callbackUrl());
        if (verifier != null) {
            parameters.put("code_verifier", verifier);
        }
        parameters.put("client_assertion_type", JWT_BEARER);
        parameters.put("client_assertion", assertion);
        return send(HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))));
    }

    /** A client assertion as login.gov wants it: iss = sub = client id, aud = token endpoint, fresh jti, 5 minutes. */
    private static String assertion(RSAKey key) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TestLoginGov.clientId())
                .subject(TestLoginGov.clientId())
                .audience(endpoint("token_endpoint"))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static Map<String, Object> userinfo(String accessToken) throws ParseException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint("userinfo_endpoint")))
                .header("Authorization", "Bearer " + accessToken));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSONObjectUtils.parse(response.body());
    }

    /** The realm's signing key with this kid, from the jwks_uri of the discovery document. */
    private static RSAKey realmKey(String keyId) throws ParseException {
        JWKSet realmKeys = JWKSet.parse(get(endpoint("jwks_uri")).body());
        assertThat(realmKeys.getKeyByKeyId(keyId)).as("realm key " + keyId).isNotNull();
        return realmKeys.getKeyByKeyId(keyId).toRSAKey();
    }

    /** The registry's throwaway key pair from its PKCS#8 PEM, with its RFC 7638 thumbprint as kid. */
    private static RSAKey throwawayKey() throws IOException, GeneralSecurityException, JOSEException {
        String pem = Files.readString(TestLoginGov.privateKeyPath()).replaceAll("-----[A-Z ]+-----|\\s", "");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        return new RSAKey.Builder(key).keyIDFromThumbprint().build();
    }

    /** A key of the same size under the registry key's kid, so that only the signature can tell them apart. */
    private static RSAKey otherKeyWithTheRegistrysKid() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
                .keyID(registryKey.getKeyID()).build();
    }

    private static String endpoint(String name) {
        return (String) discovery.get(name);
    }

    private static String callbackUrl() {
        return TestLoginGov.registryUrl() + "/login-gov/callback";
    }

    private static String authorizationUrl(Map<String, String> parameters) {
        return endpoint("authorization_endpoint") + "?" + form(parameters);
    }

    private static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String url) {
        String query = URI.create(url).getRawQuery();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
        }
        return parameters;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location header"));
    }

    private static String formAction(String html, Pattern form) {
        return match(form, html).replace("&amp;", "&");
    }

    private static String absolute(String url) {
        return URI.create(TestLoginGov.issuer()).resolve(url).toString();
    }

    private static String match(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in the page:%n%s", pattern, html).isTrue();
        return matcher.group(1);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object json) {
        return (Map<String, Object>) json;
    }

    /**
     * One authorization request's secrets: state and nonce (43 characters, login.gov wants 22 or
     * more) and the PKCE verifier.
     */
    private static final class AuthorizationRequest {
        final String state = randomToken();
        final String nonce = randomToken();
        final String verifier = randomToken();

        Map<String, String> parameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("response_type", "code");
            parameters.put("client_id", TestLoginGov.clientId());
            parameters.put("redirect_uri", callbackUrl());
            parameters.put("scope", "openid email all_emails");
            parameters.put("state", state);
            parameters.put("nonce", nonce);
            parameters.put("acr_values", AUTH_ONLY);
            parameters.put("prompt", "select_account");
            parameters.put("code_challenge", challenge());
            parameters.put("code_challenge_method", "S256");
            return parameters;
        }

        private String challenge() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Signs {@code visitor} in through the login page; returns the code from the redirect to the
     * registry's callback, unfollowed.
     */
    private static String signIn(StandInBrowser visitor, AuthorizationRequest request, String email, String password) {
        HttpResponse<String> signedIn = visitor.logIn(authorizationUrl(request.parameters()), email, password);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        String callback = location(signedIn);
        assertThat(callback).startsWith(callbackUrl() + "?");
        Map<String, String> parameters = query(callback);
        assertThat(parameters).containsEntry("state", request.state).containsEntry("iss", TestLoginGov.issuer());
        return parameters.get("code");
    }
}
