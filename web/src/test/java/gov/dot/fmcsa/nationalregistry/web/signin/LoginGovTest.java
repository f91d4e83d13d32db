package gov.dot.fmcsa.nationalregistry.web.signin;

import static gov.dot.fmcsa.nationalregistry.web.signin.TestKeys.LOGIN_GOV;
import static gov.dot.fmcsa.nationalregistry.web.signin.TestKeys.LOGIN_GOV_NEXT;
import static gov.dot.fmcsa.nationalregistry.web.signin.TestKeys.REGISTRY;
import static gov.dot.fmcsa.nationalregistry.web.signin.TestKeys.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovClaims;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.config.OidcConfiguration;

/**
 * The registry's side of login.gov's authorization code flow ({@link LoginGov}) against a fake
 * login.gov: what the registry sends, and which answers it accepts. Every rejected answer must leave
 * nothing of its sign-in in the session, so that the same answer cannot be used again.
 */
class LoginGovTest {

    private static final String CLIENT_ID = "urn:gov:gsa:openidconnect.profiles:sp:sso:dot:national-registry-test";
    private static final String REGISTRY_URL = "https://registry.example.gov";
    private static final String REDIRECT_URI = REGISTRY_URL + SignInPaths.CALLBACK;
    private static final String AUTH_ONLY = "urn:acr.login.gov:auth-only";
    private static final String VERIFIED = "urn:acr.login.gov:verified";
    private static final String OTHER_CLIENT = "urn:gov:gsa:openidconnect.profiles:sp:sso:other";
    private static final String SUBJECT = "b2d2d115-1d7e-4579-b9d6-f8e84f4f56ca";
    private static final String CODE = "a1b2c3d4-authorization-code";
    private static final String IAL1 = "http://idmanagement.gov/ns/assurance/ial/1";
    private static final String AAL2 = "http://idmanagement.gov/ns/assurance/aal/2";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** pac4j's default, which the registry keeps. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(OidcConfiguration.DEFAULT_MAX_CLOCK_SKEW);
    /** nimbus's reason for a token whose algorithm or key is not one of login.gov's RS256 keys. */
    private static final String NO_MATCHING_KEY =
            "Signed JWT rejected: Another algorithm expected, or no matching key(s) found";
    /** Where pac4j keeps a sign-in's state, nonce and PKCE verifier in the session. */
    private static final String[] AUTHORIZATION_REQUEST_ATTRIBUTES = authorizationRequestAttributes();

    @TempDir
    static Path keys;
    private static Path registryKeyFile;

    private FakeLoginGov loginGov;
    private LoginGov registry;
    private FakeBrowser browser;

    @BeforeAll
    static void writeRegistryKey() {
        registryKeyFile = TestKeys.writePkcs8(keys.resolve("registry.pem"), REGISTRY);
    }

    @BeforeEach
    void startLoginGov() throws IOException {
        loginGov = FakeLoginGov.start(LOGIN_GOV);
        loginGov.answerUserInfoWith(userInfo(SUBJECT));
        registry = new LoginGov(settings(loginGov.issuer(), TIMEOUT));
        browser = new FakeBrowser();
    }

    @AfterEach
    void stopLoginGov() {
        loginGov.close();
    }

    @Test
    void theRedirectAsksLoginGovForWhatItRequires() {
        AuthorizationRequest request = startSignIn();

        assertThat(request.endpoint()).isEqualTo(URI.create(loginGov.issuer() + FakeLoginGov.AUTHORIZE));
        assertThat(request.parameters()).containsOnlyKeys("response_type", "client_id", "redirect_uri", "scope",
                "state", "nonce", "code_challenge", "code_challenge_method", "acr_values", "prompt");
        assertThat(request.parameters())
                .containsEntry("response_type", "code")
                .containsEntry("client_id", CLIENT_ID)
                .containsEntry("redirect_uri", REDIRECT_URI)
                .containsEntry("scope", "openid email all_emails")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("acr_values", AUTH_ONLY)
                .containsEntry("prompt", "select_account");
        assertThat(request.state()).hasSize(32);
        assertThat(request.nonce()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(request.codeChallenge()).isNotBlank();
    }

    @Test
    void aGenuineAnswerGivesTheIdentityWithItsVerifiedEmailsAndIsUsedOnce() {
        loginGov.answerUserInfoWith(Map.of(
                "sub", SUBJECT,
                "email", "pat.examiner@example.gov",
                "email_verified", true,
                // login.gov lists the primary address among all_emails too; linking drops the duplicate
                "all_emails", List.of("pat.examiner@example.gov", "pat@example.com"),
                "ial", IAL1,
                "aal", AAL2));
        String answer = signInAnsweredWith(token -> token.signedWith(LOGIN_GOV));

        LoginGovClaims claims = returnFromLoginGov(answer);

        assertThat(claims).isEqualTo(new LoginGovClaims(SUBJECT,
                List.of("pat.examiner@example.gov", "pat.examiner@example.gov", "pat@example.com"), IAL1, AAL2));
        assertAnswerUsedUp(answer);
    }

    @Test
    void aSecondAudienceIsAcceptedWhenTheTokenIsAuthorizedToTheRegistryAndAHigherAssuranceToo() {
        LoginGovClaims claims = returnFromLoginGov(signInAnsweredWith(token -> token
                .with("aud", List.of(CLIENT_ID, OTHER_CLIENT)).with("azp", CLIENT_ID).with("acr", VERIFIED)
                .signedWith(LOGIN_GOV)));

        assertThat(claims.subject()).isEqualTo(SUBJECT);
    }

    @Test
    void acrValuesThatAskForNoIdentityAssuranceStopTheSignInNamingTheSetting() {
        registry = new LoginGov(settings(loginGov.issuer(), TIMEOUT, "http://idmanagement.gov/ns/assurance/aal/2"));

        assertThatThrownBy(LoginGovTest.this::startSignIn)
                .isInstanceOf(LoginGovException.class)
                .hasMessageContaining("registry.login-gov.acr-values");
    }

    @Test
    void loginGovsDiscoveryDocumentIsReadOnceForAllSignIns() {
        returnFromLoginGov(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV)));
        returnFromLoginGov(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV)));

        assertThat(loginGov.requestsTo(FakeLoginGov.DISCOVERY)).isEqualTo(1);
    }

    @Nested
    class RejectedIdTokens {

        static Stream<Arguments> forgeries() {
            Instant now = Instant.now();
            return Stream.of(
                    forgery("claims altered after signing", "Invalid signature",
                            token -> {
                                String signed = token.signedWith(LOGIN_GOV);
                                return withClaimsReplaced(signed, token.with("sub", "someone-else"));
                            }),
                    forgery("signed by another key under login.gov's kid", "Invalid signature",
                            token -> token.signedWith(
                                    new RSAKey.Builder(STRANGER).keyID(LOGIN_GOV.getKeyID()).build())),
                    forgery("signed by a key login.gov does not publish", NO_MATCHING_KEY,
                            token -> token.signedWith(STRANGER)),
                    forgery("unsigned (alg none)", "Signed ID token expected",
                            IdToken::unsigned),
                    forgery("HS256 with login.gov's public key as the secret", NO_MATCHING_KEY,
                            token -> token.macSignedWith(publicKeyBytes(LOGIN_GOV))),
                    forgery("another issuer", "Unexpected JWT issuer",
                            token -> token.with("iss", "https://idp.example.com").signedWith(LOGIN_GOV)),
                    forgery("another audience", "Unexpected JWT audience",
                            token -> token.with("aud", "urn:gov:gsa:openidconnect.profiles:sp:sso:other")
                                    .signedWith(LOGIN_GOV)),
                    forgery("expired beyond the clock skew", "Expired JWT",
                            token -> token.expiresAt(now.minus(CLOCK_SKEW).minusSeconds(60)).signedWith(LOGIN_GOV)),
                    forgery("issued in the future beyond the clock skew", "issue time ahead of current time",
                            token -> token.issuedAt(now.plus(CLOCK_SKEW).plusSeconds(60)).signedWith(LOGIN_GOV)),
                    forgery("another sign-in's nonce", "Unexpected JWT nonce",
                            token -> token.with("nonce", new Nonce().getValue()).signedWith(LOGIN_GOV)),
                    forgery("no nonce", "Missing JWT nonce",
                            token -> token.without("nonce").signedWith(LOGIN_GOV)),
                    forgery("no sub", "Missing JWT subject (sub) claim",
                            token -> token.without("sub").signedWith(LOGIN_GOV)),
                    forgery("a second audience and no azp", "the ID token has 2 audiences and no azp",
                            token -> token.with("aud", List.of(CLIENT_ID, OTHER_CLIENT)).signedWith(LOGIN_GOV)),
                    forgery("a second audience, authorized to it", "azp is " + OTHER_CLIENT + ", not the registry",
                            token -> token.with("aud", List.of(CLIENT_ID, OTHER_CLIENT)).with("azp", OTHER_CLIENT)
                                    .signedWith(LOGIN_GOV)),
                    forgery("authorized to another client", "azp is " + OTHER_CLIENT + ", not the registry",
                            token -> token.with("azp", OTHER_CLIENT).signedWith(LOGIN_GOV)),
                    forgery("no acr", "the ID token's acr null is not the assurance asked for",
                            token -> token.without("acr").signedWith(LOGIN_GOV)),
                    forgery("an acr login.gov does not have", "the ID token's acr urn:acr.example:gold is not",
                            token -> token.with("acr", "urn:acr.example:gold").signedWith(LOGIN_GOV)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("forgeries")
        void isRejected(String forgery, String reason, IssuedIdToken idToken) {
            assertRejected(signInAnsweredWith(idToken), reason);
        }

        @Test
        void aLowerAssuranceThanAskedForIsRejected() {
            registry = new LoginGov(settings(loginGov.issuer(), TIMEOUT, VERIFIED));

            assertRejected(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV)),
                    "the ID token's acr " + AUTH_ONLY + " is not the assurance asked for (VERIFIED or stronger)");
        }

        @Test
        void aTokenResponseWithoutIdTokenIsRejected() {
            String answer = signInAnsweredWith(token -> null);

            assertRejected(answer, "login.gov's token response holds no ID token");
        }
    }

    @Nested
    class DiscoveryDocument {

        @Test
        void namingAnotherIssuerStopsTheSignIn() {
            loginGov.advertise("issuer", "https://idp.example.com");

            assertThatThrownBy(LoginGovTest.this::startSignIn)
                    .isInstanceOf(LoginGovException.class)
                    .hasMessageContaining("names the issuer https://idp.example.com, not the configured "
                            + loginGov.issuer());
        }

        @Test
        void namingTheIssuerWithAnotherFinalSlashStopsTheSignIn() {
            loginGov.advertise("issuer", loginGov.issuer() + "/");

            assertThatThrownBy(LoginGovTest.this::startSignIn)
                    .isInstanceOf(LoginGovException.class)
                    .hasMessageContaining("names the issuer " + loginGov.issuer() + "/");
        }

        @Test
        void advertisingOtherAlgorithmsOnlyStillMeansRs256() {
            loginGov.advertise("id_token_signing_alg_values_supported", List.of("HS256", "ES256"));

            assertThat(returnFromLoginGov(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV))).subject())
                    .isEqualTo(SUBJECT);
            assertRejected(signInAnsweredWith(token -> token.macSignedWith(publicKeyBytes(LOGIN_GOV))),
                    NO_MATCHING_KEY);
        }
    }

    @Nested
    class RejectedUserInfo {

        @Test
        void aboutAnotherSubject() {
            loginGov.answerUserInfoWith(userInfo("5a2f0c7e-8f3e-4a57-bb36-0d1f9c3e7a21"));

            assertRejected(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV)),
                    "userinfo is about sub 5a2f0c7e-8f3e-4a57-bb36-0d1f9c3e7a21, the ID token about " + SUBJECT);
        }

        @Test
        void refusingTheAccessToken() {
            loginGov.answerUserInfoWith(null);

            assertRejected(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV)),
                    "userinfo is about sub null, the ID token about " + SUBJECT);
        }

        @Test
        void withoutSubject() {
            Map<String, Object> withoutSubject = new LinkedHashMap<>(userInfo(SUBJECT));
            withoutSubject.remove("sub");
            loginGov.answerUserInfoWith(withoutSubject);

            assertRejected(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV)),
                    "Missing or invalid \"sub\" claim");
        }
    }

    @Nested
    class RejectedCallbacks {

        @Test
        void withAnotherState() {
            startSignIn();

            assertRejected("code=" + CODE + "&state=" + RandomState.INSTANCE.next(),
                    "State parameter is different from the one sent in authentication request");
        }

        @Test
        void withoutState() {
            startSignIn();

            assertRejected("code=" + CODE, "Missing state parameter");
        }

        @Test
        void withoutCode() {
            AuthorizationRequest request = startSignIn();

            assertRejected("state=" + request.state(), "Cannot accept empty OIDC credentials");
        }

        @Test
        void onASessionThatNeverStartedASignIn() {
            String answer = signInAnsweredWith(token -> token.signedWith(LOGIN_GOV));
            browser = new FakeBrowser();

            assertRejected(answer, "State cannot be determined");
        }

        @ParameterizedTest
        @ValueSource(strings = {"id_token", "access_token"})
        void carryingATokenInTheAddress(String parameter) {
            String answer = signInAnsweredWith(token -> token.signedWith(LOGIN_GOV));

            assertThatThrownBy(() -> returnFromLoginGov(answer + "&" + parameter + "=eyJhbGciOiJSUzI1NiJ9.e30.c2ln"))
                    .isInstanceOf(LoginGovException.class)
                    .hasMessageContaining("login.gov's answer carries " + parameter + " in its address");
            // the sign-in is over: the same answer without the token does not work either
            assertAnswerUsedUp(answer);
        }

        @Test
        void anErrorAnswerEndsTheSignInOnlyWithItsState() {
            AuthorizationRequest request = startSignIn();

            assertThat(errorAnswer("error=access_denied&state=" + RandomState.INSTANCE.next())).isFalse();
            assertThat(errorAnswer("error=access_denied")).isFalse();
            assertThat(browser.sessionAttributes()).containsKeys(AUTHORIZATION_REQUEST_ATTRIBUTES);

            assertThat(errorAnswer("error=access_denied&state=" + request.state())).isTrue();
            assertSignInForgotten();
        }

        private boolean errorAnswer(String answer) {
            FakeBrowser.Visit visit = browser.visit(REDIRECT_URI + "?" + answer);
            return registry.endsSignInInProgress(visit.request(), visit.response());
        }

        @Test
        void aRejectedAnswerDoesNotStopTheNextSignIn() {
            AuthorizationRequest first = startSignIn();
            assertThatThrownBy(() -> returnFromLoginGov("code=" + CODE + "&state=" + RandomState.INSTANCE.next()))
                    .isInstanceOf(LoginGovException.class);

            AuthorizationRequest second = startSignIn();

            assertThat(second.state()).isNotEqualTo(first.state());
        }
    }

    @Nested
    class ClientAuthentication {

        @Test
        void eachTokenRequestCarriesAFreshAssertionSignedByTheRegistryAndTheVerifierOfItsSignIn() throws Exception {
            List<AuthorizationRequest> signIns = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                AuthorizationRequest request = startSignIn();
                returnFromLoginGov(answerTo(request, token -> token.signedWith(LOGIN_GOV)));
                signIns.add(request);
            }

            List<Map<String, String>> tokenRequests = loginGov.tokenRequests();
            assertThat(tokenRequests).hasSize(2);
            List<String> assertionIds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Map<String, String> tokenRequest = tokenRequests.get(i);
                assertThat(tokenRequest)
                        .containsEntry("grant_type", "authorization_code")
                        .containsEntry("code", CODE)
                        .containsEntry("redirect_uri", REDIRECT_URI)
                        .containsEntry("client_assertion_type",
                                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
                assertThat(CodeChallenge.compute(CodeChallengeMethod.S256,
                        new CodeVerifier(tokenRequest.get("code_verifier"))).getValue())
                        .isEqualTo(signIns.get(i).codeChallenge());
                assertionIds.add(assertRegistryAssertion(tokenRequest.get("client_assertion")).getJWTID());
            }
            assertThat(assertionIds).doesNotHaveDuplicates().doesNotContainNull();
        }

        private JWTClaimsSet assertRegistryAssertion(String serialized) throws ParseException, JOSEException {
            SignedJWT assertion = SignedJWT.parse(serialized);
            assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
            assertThat(assertion.getHeader().getKeyID()).isEqualTo(REGISTRY.computeThumbprint().toString());
            assertThat(assertion.verify(new RSASSAVerifier(REGISTRY.toRSAPublicKey()))).isTrue();
            JWTClaimsSet claims = assertion.getJWTClaimsSet();
            assertThat(claims.getIssuer()).isEqualTo(CLIENT_ID);
            assertThat(claims.getSubject()).isEqualTo(CLIENT_ID);
            assertThat(claims.getAudience()).containsExactly(loginGov.tokenEndpoint().toString());
            Instant now = Instant.now();
            assertThat(claims.getExpirationTime().toInstant())
                    .isAfter(now)
                    .isBeforeOrEqualTo(now.plus(Duration.ofMinutes(5)));
            return claims;
        }
    }

    @Nested
    class KeyRotation {

        /*
         * pac4j 6.3.1 (TokenValidator) checks ID tokens with the IDTokenValidator of oauth2-oidc-sdk
         * 11.30.1, which reads the keys through nimbus-jose-jwt 10.6's deprecated RemoteJWKSet, not
         * through JWKSourceBuilder's rate-limited source: the key set is cached (refreshed on use after
         * 5 minutes, dropped after 15) and, when a token names a kid the cached set lacks, fetched
         * again at once, each time, with no rate limit. So a rotated key is accepted at its first use,
         * without waiting. Should a pac4j upgrade move to JWKSourceBuilder (one refresh per 30 s by
         * default), these counts change and the rotation test has to wait or configure the limit.
         */
        @Test
        void aKeyPublishedAfterTheFirstSignInIsFetchedWhenATokenNamesIt() {
            returnFromLoginGov(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV)));
            assertThat(loginGov.requestsTo(FakeLoginGov.KEYS)).isEqualTo(1);

            loginGov.publishKeys(LOGIN_GOV, LOGIN_GOV_NEXT);
            LoginGovClaims claims = returnFromLoginGov(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV_NEXT)));

            assertThat(claims.subject()).isEqualTo(SUBJECT);
            assertThat(loginGov.requestsTo(FakeLoginGov.KEYS)).isEqualTo(2);
        }

        @Test
        void aKnownKeyNeedsNoFetchButEachUnknownKidCausesOne() {
            returnFromLoginGov(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV)));
            returnFromLoginGov(signInAnsweredWith(token -> token.signedWith(LOGIN_GOV)));
            assertThat(loginGov.requestsTo(FakeLoginGov.KEYS)).isEqualTo(1);

            for (int i = 0; i < 2; i++) {
                assertRejected(signInAnsweredWith(token -> token.signedWith(STRANGER)), NO_MATCHING_KEY);
            }

            assertThat(loginGov.requestsTo(FakeLoginGov.KEYS)).isEqualTo(3);
        }
    }

    @Nested
    class LoginGovUnreachable {

        private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(1);

        @BeforeEach
        void shortTimeout() {
            registry = new LoginGov(settings(loginGov.issuer(), SHORT_TIMEOUT));
        }

        @Test
        void notAnsweringTheTokenRequestFailsTheSignInWithinTheTimeout() {
            String answer = signInAnsweredWith(token -> token.signedWith(LOGIN_GOV));
            loginGov.stopAnswering();

            LoginGovException failure = failureWithinTimeout(() -> returnFromLoginGov(answer));

            assertThat(failure).hasRootCauseInstanceOf(SocketTimeoutException.class);
            assertSignInForgotten();
        }

        @Test
        void notAnsweringTheFirstSignInFailsItWithinTheTimeout() {
            loginGov.stopAnswering();

            LoginGovException failure = failureWithinTimeout(LoginGovTest.this::startSignIn);

            assertThat(failure).hasRootCauseInstanceOf(SocketTimeoutException.class);
        }

        @Test
        void goneAfterTheRedirectFailsTheCallback() {
            String answer = signInAnsweredWith(token -> token.signedWith(LOGIN_GOV));
            loginGov.close();

            LoginGovException failure = unreachableFailure(() -> returnFromLoginGov(answer));

            assertThat(failure).hasRootCauseInstanceOf(ConnectException.class);
        }

        @Test
        void aClosedPortFailsTheRedirect() throws IOException {
            registry = new LoginGov(settings("http://127.0.0.1:" + closedPort(), SHORT_TIMEOUT));

            LoginGovException failure = unreachableFailure(LoginGovTest.this::startSignIn);

            assertThat(failure).hasRootCauseInstanceOf(ConnectException.class);
        }

        /** The failure of {@code step}, which must come after the timeout has passed, not much later. */
        private LoginGovException failureWithinTimeout(ThrowingCallable step) {
            long started = System.nanoTime();
            LoginGovException failure = unreachableFailure(step);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isBetween(SHORT_TIMEOUT, SHORT_TIMEOUT.plusSeconds(2));
            return failure;
        }

        /** The failure of {@code step}, which must say login.gov is unreachable (and must not hang the test). */
        private LoginGovException unreachableFailure(ThrowingCallable step) {
            LoginGovException failure = catchThrowableOfType(LoginGovException.class,
                    () -> assertTimeoutPreemptively(SHORT_TIMEOUT.multipliedBy(10), step::call));
            assertThat(failure).as("LoginGovException").isNotNull();
            assertThat(failure.loginGovUnreachable()).as("login.gov unreachable").isTrue();
            return failure;
        }

        private static int closedPort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }

    /** What the registry asked login.gov for, as the browser was redirected. */
    private record AuthorizationRequest(URI endpoint, Map<String, String> parameters) {

        String state() {
            return parameters.get("state");
        }

        String nonce() {
            return parameters.get("nonce");
        }

        String codeChallenge() {
            return parameters.get("code_challenge");
        }
    }

    /** The ID token login.gov's token endpoint returns, made of the valid one for its sign-in. */
    @FunctionalInterface
    interface IssuedIdToken {
        String of(IdToken valid);
    }

    /** "Log in": the registry redirects the browser to login.gov's authorization endpoint. */
    private AuthorizationRequest startSignIn() {
        FakeBrowser.Visit visit = browser.visit(REGISTRY_URL + SignInPaths.SIGN_IN);
        registry.redirectToSignIn(visit.request(), visit.response());
        assertThat(visit.status()).isEqualTo(302);
        assertThat(browser.sessionAttributes()).containsKeys(AUTHORIZATION_REQUEST_ATTRIBUTES);
        URI location = visit.location();
        return new AuthorizationRequest(URI.create(location.toString().replaceFirst("\\?.*", "")),
                FakeLoginGov.parameters(location.getRawQuery()));
    }

    /** Starts a sign-in; returns login.gov's answer to it (see {@link #answerTo}). */
    private String signInAnsweredWith(IssuedIdToken idToken) {
        return answerTo(startSignIn(), idToken);
    }

    /** login.gov's answer to {@code request}, whose code buys the ID token {@code idToken} makes. */
    private String answerTo(AuthorizationRequest request, IssuedIdToken idToken) {
        loginGov.answerTokenRequestsWith(idToken.of(validIdToken(request)));
        return "code=" + CODE + "&state=" + request.state();
    }

    /** login.gov sends the browser back to the registry's redirect URI with {@code answer}. */
    private LoginGovClaims returnFromLoginGov(String answer) {
        FakeBrowser.Visit visit = browser.visit(REDIRECT_URI + "?" + answer);
        return registry.claimsFromCallback(visit.request(), visit.response());
    }

    private IdToken validIdToken(AuthorizationRequest request) {
        return IdToken.of(loginGov.issuer(), CLIENT_ID, SUBJECT, request.nonce());
    }

    private void assertRejected(String answer, String reason) {
        assertThatThrownBy(() -> returnFromLoginGov(answer))
                .isInstanceOf(LoginGovException.class)
                .hasMessageContaining(reason);
        assertAnswerUsedUp(answer);
    }

    private void assertAnswerUsedUp(String answer) {
        assertSignInForgotten();
        assertThatThrownBy(() -> returnFromLoginGov(answer))
                .as("the same answer again")
                .isInstanceOf(LoginGovException.class)
                .hasMessageContaining("State cannot be determined");
    }

    private void assertSignInForgotten() {
        assertThat(browser.sessionAttributes()).doesNotContainKeys(AUTHORIZATION_REQUEST_ATTRIBUTES);
    }

    private static Arguments forgery(String description, String reason, IssuedIdToken idToken) {
        return Arguments.of(description, reason, idToken);
    }

    /** {@code signed} with its claims swapped for those of {@code altered}, its signature kept. */
    private static String withClaimsReplaced(String signed, IdToken altered) {
        String[] parts = signed.split("\\.");
        String alteredClaims = altered.unsigned().split("\\.")[1];
        return parts[0] + "." + alteredClaims + "." + parts[2];
    }

    private static byte[] publicKeyBytes(RSAKey key) {
        try {
            return key.toRSAPublicKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> userInfo(String subject) {
        return Map.of("sub", subject, "email", "pat.examiner@example.gov", "email_verified", true,
                "all_emails", List.of("pat.examiner@example.gov"), "ial", IAL1, "aal", AAL2);
    }

    private static LoginGovSettings settings(String issuer, Duration timeout) {
        return settings(issuer, timeout, AUTH_ONLY);
    }

    private static LoginGovSettings settings(String issuer, Duration timeout, String acrValues) {
        return new LoginGovSettings(issuer, CLIENT_ID, Optional.of(registryKeyFile), Optional.empty(), acrValues,
                REGISTRY_URL, timeout, Duration.ofMinutes(30), Duration.ofHours(12));
    }

    private static String[] authorizationRequestAttributes() {
        OidcClient named = new OidcClient();
        named.setName(LoginGov.CLIENT_NAME);
        return new String[] {named.getStateSessionAttributeName(), named.getNonceSessionAttributeName(),
                named.getCodeVerifierSessionAttributeName()};
    }
}
