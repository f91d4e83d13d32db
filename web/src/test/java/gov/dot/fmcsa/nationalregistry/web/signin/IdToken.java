package gov.dot.fmcsa.nationalregistry.web.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ID token as login.gov would issue it for one sign-in, to be spoilt claim by claim and then signed
 * (or not) in the tests.
 */
final class IdToken {

    private final Map<String, Object> claims = new LinkedHashMap<>();

    private IdToken() {
    }

    /** A current token from {@code issuer} for {@code clientId} about {@code subject}, carrying {@code nonce}. */
    static IdToken of(String issuer, String clientId, String subject, String nonce) {
        Instant now = Instant.now();
        return new IdToken()
                .with("iss", issuer)
                .with("aud", clientId)
                .with("sub", subject)
                .with("nonce", nonce)
                .with("acr", "urn:acr.login.gov:auth-only")
                .with("jti", "id-token-" + now.toEpochMilli())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(900));
    }

    IdToken with(String claim, Object value) {
        claims.put(claim, value instanceof Instant instant ? Date.from(instant) : value);
        return this;
    }

    IdToken without(String claim) {
        claims.remove(claim);
        return this;
    }

    IdToken issuedAt(Instant time) {
        return with("iat", time);
    }

    IdToken expiresAt(Instant time) {
        return with("exp", time);
    }

    /** RS256, with the key's {@code kid} in the header. */
    String signedWith(RSAKey key) {
        return sign(JWSAlgorithm.RS256, key.getKeyID(), () -> new RSASSASigner(key));
    }

    /** HS256 with {@code secret} as the MAC key. */
    String macSignedWith(byte[] secret) {
        return sign(JWSAlgorithm.HS256, null, () -> new MACSigner(secret));
    }

    /** {@code alg: none}. */
    String unsigned() {
        return new PlainJWT(claimsSet()).serialize();
    }

    private String sign(JWSAlgorithm algorithm, String keyId, Signer signer) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(keyId).build(),
                claimsSet());
        try {
            jwt.sign(signer.get());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private JWTClaimsSet claimsSet() {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        return builder.build();
    }

    private interface Signer {
        JWSSigner get() throws JOSEException;
    }
}
