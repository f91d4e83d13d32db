package gov.dot.fmcsa.nationalregistry.web.securityevent;

import static gov.dot.fmcsa.nationalregistry.web.securityevent.SecurityEventError.AUTHENTICATION_FAILED;
import static gov.dot.fmcsa.nationalregistry.web.securityevent.SecurityEventError.INVALID_AUDIENCE;
import static gov.dot.fmcsa.nationalregistry.web.securityevent.SecurityEventError.INVALID_ISSUER;
import static gov.dot.fmcsa.nationalregistry.web.securityevent.SecurityEventError.INVALID_KEY;
import static gov.dot.fmcsa.nationalregistry.web.securityevent.SecurityEventError.INVALID_REQUEST;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import gov.dot.fmcsa.nationalregistry.application.securityevent.PushedSecurityEvent;
import gov.dot.fmcsa.nationalregistry.domain.securityevent.SecurityEvent;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The checks of a Security Event Token that login.gov pushes (RFC 8417, RFC 8935 and the RISC
 * profile), in the order that gives each failure its RFC 8935 error code: a signed JWT whose header
 * says RS256 and {@code secevent+jwt} and names a key of login.gov's by {@code kid}, a signature
 * that verifies with it, login.gov's issuer, the registry's audience, a {@code jti}, times within
 * the allowed skew, and exactly one event with its subject.
 */
final class SecurityEventToken {

    static final JOSEObjectType TYPE = new JOSEObjectType("secevent+jwt");
    private static final Set<String> SUBJECT_TYPES_WITH_SUB = Set.of("iss-sub", "iss_sub");

    /**
     * What a token must name and when it may have been issued.
     *
     * @param issuer    login.gov's issuer; a trailing slash is not a difference
     * @param audiences the values of {@code aud} that mean the registry: its push address, its client id
     * @param skew      how far the clocks of login.gov and the registry may differ
     * @param maxAge    how old a token without {@code exp} may be
     */
    record Expectations(String issuer, Set<String> audiences, Duration skew, Duration maxAge) {
    }

    private SecurityEventToken() {
    }

    /** The event that {@code token} carries, if it holds up at {@code now}. */
    static PushedSecurityEvent check(String token, Supplier<JWKSource<SecurityContext>> keys, Expectations expected,
                                     Instant now) throws SecurityEventRefused {
        SignedJWT jwt = parsed(token);
        checkHeader(jwt.getHeader());
        // Only now the keys: a body that is not even a SET makes the registry fetch nothing.
        checkSignature(jwt, keyOf(jwt.getHeader(), keys.get()));
        JWTClaimsSet claims = claimsOf(jwt);
        checkIssuer(claims.getIssuer(), expected.issuer(), INVALID_ISSUER, "the issuer");
        if (claims.getAudience().stream().noneMatch(expected.audiences()::contains)) {
            throw new SecurityEventRefused(INVALID_AUDIENCE, "the audience " + claims.getAudience()
                    + " is not the registry's");
        }
        Instant issuedAt = checkTimes(claims, expected, now);
        String jti = plainText(claims.getJWTID(), SecurityEvent.MAX_JTI_LENGTH, "jti");
        return event(claims, jti, issuedAt, expected.issuer());
    }

    private static SignedJWT parsed(String token) throws SecurityEventRefused {
        try {
            return SignedJWT.parse(token.strip());
        } catch (ParseException e) {
            throw new SecurityEventRefused(INVALID_REQUEST, "the body is not a signed JWT");
        }
    }

    private static void checkHeader(JWSHeader header) throws SecurityEventRefused {
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            throw new SecurityEventRefused(INVALID_REQUEST, "the token is signed with " + header.getAlgorithm()
                    + ", not RS256");
        }
        if (!TYPE.equals(header.getType())) {
            throw new SecurityEventRefused(INVALID_REQUEST, "the token's typ is " + header.getType()
                    + ", not secevent+jwt");
        }
    }

    private static RSAKey keyOf(JWSHeader header, JWKSource<SecurityContext> keys) throws SecurityEventRefused {
        if (header.getKeyID() == null) {
            throw new SecurityEventRefused(INVALID_KEY, "the token names no key (kid)");
        }
        List<JWK> found;
        try {
            found = keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(header.getKeyID()).keyType(KeyType.RSA)
                    .build()), null);
        } catch (RateLimitReachedException e) {
            throw new SecurityEventRefused(INVALID_KEY, "login.gov has no RSA key with the kid " + header.getKeyID()
                    + " (its keys were read again within the last minute)");
        } catch (KeySourceException e) {
            throw new SecurityEventKeysUnavailable(e);
        }
        if (found.isEmpty()) {
            throw new SecurityEventRefused(INVALID_KEY, "login.gov has no RSA key with the kid "
                    + header.getKeyID());
        }
        return found.get(0).toRSAKey();
    }

    private static void checkSignature(SignedJWT jwt, RSAKey key) throws SecurityEventRefused {
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new SecurityEventRefused(AUTHENTICATION_FAILED, "the signature does not verify with login.gov's "
                        + "key " + key.getKeyID());
            }
        } catch (JOSEException e) {
            throw new SecurityEventRefused(INVALID_KEY, "login.gov's key " + key.getKeyID() + " cannot verify: "
                    + e.getMessage());
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) throws SecurityEventRefused {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new SecurityEventRefused(INVALID_REQUEST, "the token's claims cannot be read");
        }
    }

    private static void checkIssuer(String named, String expected, SecurityEventError error, String what)
            throws SecurityEventRefused {
        if (named == null || !withoutTrailingSlash(named).equals(withoutTrailingSlash(expected))) {
            throw new SecurityEventRefused(error, what + " " + named + " is not login.gov's");
        }
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private static Instant checkTimes(JWTClaimsSet claims, Expectations expected, Instant now)
            throws SecurityEventRefused {
        Date issued = claims.getIssueTime();
        if (issued == null) {
            throw new SecurityEventRefused(INVALID_REQUEST, "the token has no iat");
        }
        Instant issuedAt = issued.toInstant();
        if (issuedAt.isAfter(now.plus(expected.skew()))) {
            throw new SecurityEventRefused(INVALID_REQUEST, "the token was issued in the future (" + issuedAt + ")");
        }
        Date expires = claims.getExpirationTime();
        Instant expiresAt = expires != null ? expires.toInstant() : issuedAt.plus(expected.maxAge());
        if (expiresAt.plus(expected.skew()).isBefore(now)) {
            throw new SecurityEventRefused(INVALID_REQUEST, "the token expired at " + expiresAt);
        }
        return issuedAt;
    }

    private static PushedSecurityEvent event(JWTClaimsSet claims, String jti, Instant issuedAt, String issuer)
            throws SecurityEventRefused {
        Map<String, Object> events = jsonObject(claims.getClaim("events"), "the token's events");
        if (events.size() != 1) {
            throw new SecurityEventRefused(INVALID_REQUEST, "the token carries " + events.size()
                    + " events, not one");
        }
        Map.Entry<String, Object> only = events.entrySet().iterator().next();
        String type = plainText(only.getKey(), SecurityEvent.MAX_URI_LENGTH, "event type");
        Map<String, Object> event = jsonObject(only.getValue(), "the event");
        Map<String, Object> subject = jsonObject(event.get("subject"), "the event's subject");
        String reason = event.get("reason") == null ? null
                : plainText(text(event.get("reason")), SecurityEvent.MAX_TEXT_LENGTH, "reason");
        if (SUBJECT_TYPES_WITH_SUB.contains(text(subject.get("subject_type")))) {
            checkIssuer(text(subject.get("iss")), issuer, INVALID_REQUEST, "the subject's issuer");
            return new PushedSecurityEvent(jti, type, required(subject, "sub"), null, reason, issuedAt);
        }
        if ("email".equals(text(subject.get("subject_type")))) {
            return new PushedSecurityEvent(jti, type, null, required(subject, "email"), reason, issuedAt);
        }
        throw new SecurityEventRefused(INVALID_REQUEST, "the subject's type " + subject.get("subject_type")
                + " is neither iss-sub nor email");
    }

    @SuppressWarnings("unchecked") // a JSON object as nimbus parses it: string keys
    private static Map<String, Object> jsonObject(Object value, String what) throws SecurityEventRefused {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new SecurityEventRefused(INVALID_REQUEST, what + " is not a JSON object");
    }

    private static String required(Map<String, Object> subject, String name) throws SecurityEventRefused {
        return plainText(text(subject.get(name)), SecurityEvent.MAX_TEXT_LENGTH, "subject's " + name);
    }

    /** {@code value} if it is text that the registry stores as it is: not blank, not too long, no control character. */
    private static String plainText(String value, int maxLength, String what) throws SecurityEventRefused {
        if (value == null || value.isBlank() || value.length() > maxLength
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new SecurityEventRefused(INVALID_REQUEST, "the " + what + " is missing, blank, longer than "
                    + maxLength + " characters or holds control characters");
        }
        return value;
    }

    private static String text(Object value) {
        return value instanceof String string ? string : null;
    }
}
