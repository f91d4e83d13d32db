package gov.dot.fmcsa.nationalregistry.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * login.gov pushing security events to a registry, as its own server would: tokens signed with the
 * local run's throwaway key (ear/src/main/login-gov-stand-in; its path in the system property
 * {@code test.security-events.private-key}), whose public set the test server and the local
 * cluster trust ({@code registry.login-gov.security-events.jwks-uri}), sent by HTTP to the
 * registry's push address.
 *
 * @param issuer      login.gov's issuer, as the registry is configured with it
 * @param pushAddress the registry's push address, as login.gov is given it: the tokens' audience
 */
public record SecurityEventPusher(String issuer, String pushAddress) {

    public static final String RISC = "https://schemas.openid.net/secevent/risc/event-type/";
    public static final String LOGIN_GOV = "https://schemas.login.gov/secevent/risc/event-type/";
    public static final String MEDIA_TYPE = "application/secevent+jwt";
    public static final String PATH = "/login-gov/security-events";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Pushing to the test server, from inside it: it reads the server's own settings. */
    public static SecurityEventPusher ofTestServer() {
        return new SecurityEventPusher(System.getProperty("registry.login-gov.issuer"),
                System.getProperty("registry.public-url") + PATH);
    }

    /** The claims of a good token for the event {@code typeUri} about {@code subject}: a new jti, issued now. */
    public JWTClaimsSet.Builder claims(String typeUri, Map<String, Object> subject) {
        return new JWTClaimsSet.Builder().issuer(issuer).audience(pushAddress)
                .jwtID(UUID.randomUUID().toString()).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(12))))
                .claim("events", Map.of(typeUri, Map.of("subject", subject)));
    }

    /** The subject of an event about the login.gov identity {@code sub}. */
    public Map<String, Object> identity(String sub) {
        return Map.of("subject_type", "iss-sub", "iss", issuer, "sub", sub);
    }

    /** The subject of an event about the email address {@code email}. */
    public static Map<String, Object> email(String email) {
        return Map.of("subject_type", "email", "email", email);
    }

    /** {@code claims} signed as login.gov signs its events: RS256, typ secevent+jwt, the key's kid. */
    public static String signed(JWTClaimsSet claims) {
        try {
            Path privateKey = Path.of(System.getProperty("test.security-events.private-key"));
            String keyId = JWKSet.load(privateKey.resolveSibling("THROWAWAY-security-events-public-jwks.json").toFile())
                    .getKeys().get(0).getKeyID();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(new JOSEObjectType("secevent+jwt")).keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(privateKeyIn(privateKey)));
            return jwt.serialize();
        } catch (IOException | ParseException | JOSEException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a security event with the throwaway key", e);
        }
    }

    /** Pushes {@code token} as login.gov does; the registry's answer. */
    public HttpResponse<String> push(String token) {
        return push(token, MEDIA_TYPE);
    }

    /** Pushes {@code body} with the content type {@code contentType}; the registry's answer. */
    public HttpResponse<String> push(String body, String contentType) {
        return pushTo(pushAddress, body, contentType);
    }

    /** Pushes {@code body} to {@code address} (a node's own, say) with the content type {@code contentType}. */
    public static HttpResponse<String> pushTo(String address, String body, String contentType) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", contentType).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKeyIn(Path pem) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] pkcs8 = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }
}
