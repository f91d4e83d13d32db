package gov.dot.fmcsa.nationalregistry.web.securityevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import gov.dot.fmcsa.nationalregistry.application.securityevent.PushedSecurityEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every way a pushed security event token can fail, each with its RFC 8935 error code, and what a good one gives. */
class SecurityEventTokenTest {

    private static final String ISSUER = "https://idp.int.identitysandbox.gov/";
    private static final String PUSH_URL = "https://registry.example/login-gov/security-events";
    private static final String PURGED = "https://schemas.openid.net/secevent/risc/event-type/account-purged";
    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");
    private static final RSAKey LOGIN_GOV = generate("login-gov-1");
    private static final RSAKey STRANGER = generate("stranger");
    private static final JWKSource<SecurityContext> KEYS = new ImmutableJWKSet<>(new JWKSet(LOGIN_GOV.toPublicJWK()));
    private static final SecurityEventToken.Expectations EXPECTED = new SecurityEventToken.Expectations(ISSUER,
            Set.of(PUSH_URL, "urn:gov:gsa:openidconnect.profiles:sp:sso:dot:national-registry"), Duration.ofMinutes(2),
            Duration.ofHours(12));

    @Test
    void aGoodTokenGivesItsEventWithItsSubject() throws Exception {
        PushedSecurityEvent event = check(signed(LOGIN_GOV, header(), claims().build()));

        assertThat(event.jti()).isEqualTo("jti-1");
        assertThat(event.typeUri()).isEqualTo(PURGED);
        assertThat(event.subject()).isEqualTo("sub-1");
        assertThat(event.email()).isNull();
        assertThat(event.issuedAt()).isEqualTo(NOW.minusSeconds(5));
    }

    @Test
    void anEventAboutAnEmailGivesTheEmailAndAReasonIsKept() throws Exception {
        PushedSecurityEvent email = check(signed(LOGIN_GOV, header(), claims().claim("events", Map.of(
                "https://schemas.openid.net/secevent/risc/event-type/identifier-recycled",
                Map.of("subject", Map.of("subject_type", "email", "email", "grace@example.com")))).build()));
        PushedSecurityEvent disabled = check(signed(LOGIN_GOV, header(), claims().claim("events", Map.of(
                "https://schemas.openid.net/secevent/risc/event-type/account-disabled",
                Map.of("subject", subject("sub-2"), "reason", "account-suspension"))).build()));

        assertThat(email.email()).isEqualTo("grace@example.com");
        assertThat(email.subject()).isNull();
        assertThat(disabled.reason()).isEqualTo("account-suspension");
    }

    @Test
    void theIssuerWithOrWithoutItsTrailingSlashAndTheClientIdAsAudienceAreLoginGovs() throws Exception {
        assertThat(check(signed(LOGIN_GOV, header(), claims().issuer("https://idp.int.identitysandbox.gov")
                .audience("urn:gov:gsa:openidconnect.profiles:sp:sso:dot:national-registry").build())).jti())
                .isEqualTo("jti-1");
    }

    @Test
    void whatIsNotASignedSecurityEventTokenIsAnInvalidRequest() throws Exception {
        assertRefused("not a token", SecurityEventError.INVALID_REQUEST);
        assertRefused(new PlainJWT(claims().build()).serialize(), SecurityEventError.INVALID_REQUEST);
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(SecurityEventToken.TYPE)
                .keyID(LOGIN_GOV.getKeyID()).build(), claims().build());
        hmac.sign(new MACSigner(new byte[32]));
        assertRefused(hmac.serialize(), SecurityEventError.INVALID_REQUEST);
        assertRefused(signed(LOGIN_GOV, new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(LOGIN_GOV.getKeyID()).build(), claims().build()), SecurityEventError.INVALID_REQUEST);
    }

    @Test
    void aKeyLoginGovDoesNotHaveIsAnInvalidKeyAndAForgedSignatureFailsAuthentication() throws Exception {
        assertRefused(signed(STRANGER, new JWSHeader.Builder(JWSAlgorithm.RS256).type(SecurityEventToken.TYPE)
                .keyID(STRANGER.getKeyID()).build(), claims().build()), SecurityEventError.INVALID_KEY);
        assertRefused(signed(STRANGER, new JWSHeader.Builder(JWSAlgorithm.RS256).type(SecurityEventToken.TYPE)
                .build(), claims().build()), SecurityEventError.INVALID_KEY);
        assertRefused(signed(STRANGER, header(), claims().build()), SecurityEventError.AUTHENTICATION_FAILED);
    }

    @Test
    void anotherIssuerOrAudienceIsRefusedByName() throws Exception {
        assertRefused(signed(LOGIN_GOV, header(), claims().issuer("https://evil.example/").build()),
                SecurityEventError.INVALID_ISSUER);
        assertRefused(signed(LOGIN_GOV, header(), claims().issuer(null).build()), SecurityEventError.INVALID_ISSUER);
        assertRefused(signed(LOGIN_GOV, header(), claims().audience("https://other-agency.example/events").build()),
                SecurityEventError.INVALID_AUDIENCE);
    }

    @Test
    void anExpiredAFutureOrAnOldTokenWithoutExpiryIsAnInvalidRequest() throws Exception {
        assertTimes(c -> c.expirationTime(Date.from(NOW.minus(Duration.ofMinutes(3)))));
        assertTimes(c -> c.issueTime(Date.from(NOW.plus(Duration.ofMinutes(3)))));
        assertTimes(c -> c.issueTime(null));
        assertTimes(c -> c.expirationTime(null).issueTime(Date.from(NOW.minus(Duration.ofHours(13)))));
        assertThat(check(signed(LOGIN_GOV, header(), claims().expirationTime(Date.from(NOW.minusSeconds(60)))
                .build())).jti()).as("within the skew").isEqualTo("jti-1");
    }

    @Test
    void aTokenWithoutAJtiOrWithoutExactlyOneWellFormedEventIsAnInvalidRequest() throws Exception {
        assertClaims(c -> c.jwtID(null));
        assertClaims(c -> c.claim("events", null));
        assertClaims(c -> c.claim("events", Map.of()));
        assertClaims(c -> c.claim("events", Map.of(PURGED, Map.of("subject", subject("a")),
                "https://schemas.openid.net/secevent/risc/event-type/account-enabled", Map.of("subject", subject("a")))));
        assertClaims(c -> c.claim("events", Map.of(PURGED, "not an object")));
        assertClaims(c -> c.claim("events", Map.of(PURGED, Map.of("subject", Map.of("subject_type", "iss-sub",
                "iss", ISSUER)))));
        assertClaims(c -> c.claim("events", Map.of(PURGED, Map.of("subject", Map.of("subject_type", "iss-sub",
                "iss", "https://evil.example/", "sub", "sub-1")))));
        assertClaims(c -> c.claim("events", Map.of(PURGED, Map.of("subject", Map.of("subject_type", "phone",
                "phone", "+15555550100")))));
    }

    @Test
    void blankOverlongOrControlCharacterFieldsThatTheRegistryCouldNotStoreAreAnInvalidRequest() throws Exception {
        assertClaims(c -> c.claim("events", Map.of(" ", Map.of("subject", subject("sub-1")))));
        assertClaims(c -> c.claim("events", Map.of(PURGED + "x".repeat(500), Map.of("subject", subject("sub-1")))));
        assertClaims(c -> c.claim("events", Map.of(PURGED, Map.of("subject", subject("sub" + (char) 0 + "-1")))));
        assertClaims(c -> c.claim("events", Map.of(PURGED, Map.of("subject", subject("s".repeat(321))))));
        assertClaims(c -> c.claim("events", Map.of(PURGED, Map.of("subject", subject("sub-1"), "reason", ""))));
        assertClaims(c -> c.claim("events", Map.of(PURGED, Map.of("subject", subject("sub-1"), "reason", 42))));
        assertClaims(c -> c.jwtID("jti\n2"));
        assertClaims(c -> c.jwtID("j".repeat(256)));
    }

    @Test
    void theKeysAreNotAskedForWhenTheBodyIsNotASecurityEventToken() {
        assertThatThrownBy(() -> SecurityEventToken.check("not a token", () -> {
            throw new AssertionError("the keys were asked for");
        }, EXPECTED, NOW)).isInstanceOf(SecurityEventRefused.class);
    }

    private void assertTimes(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        assertRefused(signed(LOGIN_GOV, header(), change.apply(claims()).build()), SecurityEventError.INVALID_REQUEST);
    }

    private void assertClaims(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        assertTimes(change);
    }

    private static void assertRefused(String token, SecurityEventError error) {
        assertThatThrownBy(() -> check(token)).isInstanceOfSatisfying(SecurityEventRefused.class,
                refused -> assertThat(refused.error()).as(refused.getMessage()).isEqualTo(error));
    }

    private static PushedSecurityEvent check(String token) throws SecurityEventRefused {
        return SecurityEventToken.check(token, () -> KEYS, EXPECTED, NOW);
    }

    private static JWSHeader header() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).type(SecurityEventToken.TYPE).keyID(LOGIN_GOV.getKeyID())
                .build();
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(PUSH_URL).jwtID("jti-1")
                .issueTime(Date.from(NOW.minusSeconds(5))).expirationTime(Date.from(NOW.plus(Duration.ofHours(12))))
                .claim("events", Map.of(PURGED, Map.of("subject", subject("sub-1"))));
    }

    private static Map<String, Object> subject(String sub) {
        return Map.of("subject_type", "iss-sub", "iss", ISSUER, "sub", sub);
    }

    private static String signed(RSAKey key, JWSHeader header, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
